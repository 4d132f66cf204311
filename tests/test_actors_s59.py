"""Actor classes of issue 10 (session 59), written for these tests, each seen failing before its fix.

1. *"them" stands for people or groups named in the plural, never for a state or a body named in
   the singular.* "The State Department said it had held talks with officials from Pakistan and
   India, urging them to work together" gave "them" to India, and "The Italian government said the
   detainees were not known to police, and some of them were still held" to the government: every
   plural pronoun agreed with every state and body. "they" and "their" may stand for one in British
   use ("the government said they would appeal", "Stagecoach said their thoughts were with the
   families"); on the benchmark's dev articles a "them" so linked was right 0 times and wrong 9
   times. "them" now agrees with a state or a body only when the text names it in the plural ("the
   governments of Canada and Ontario"; :func:`tidings.extract.agreement.agrees`, word class
   ``agreement.people_plurals``); with a group it agrees as before. (Ruling out "their" too cost a
   right speaker and a junk actor on dev-check, and was left.)
2. *An Arabic name written with a lower-case article and a hyphen is one name.* "Kenyan police said
   al-Shabab carried out the attack" made a person "al" beside the group "Shabab", the doer of the
   attack: the tokenizer cuts "al-Shabab" in three, a known name was looked for only from a
   capitalised word, and a tagged person "al-Shabab" read as forename "al" and surname "Shabab"
   made the next "al-Shabab" a person of that surname. A known name is now looked for from such an
   article too (:func:`tidings.extract.actors.spans.hyphened_article`, word class
   ``actors.spans.hyphened_articles``), and the article is no forename.
"""

from __future__ import annotations

import pytest
from builders import word_owner

from tidings.extract.agreement import agrees
from tidings.schema import Actor, Mention, Span


def _actor(kind: str, text: str) -> Actor:
    return Actor("a1", text, kind, mentions=(Mention(Span(0, len(text), text)),))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind, name, pronoun, ok", [
    ("organization", "State Department", "them", False),
    ("organization", "Government of Italy", "their", True),  # "Stagecoach said their thoughts were with ..."
    ("country", "India", "them", False),
    ("country", "India", "themselves", False),
    ("organization", "Government of Italy", "they", True),   # British use: "the government said they"
    ("country", "India", "they", True),
    ("group", "protesters", "them", True),
    ("group", "riot police", "them", True),
    ("person", "Foreign ministers", "them", False),          # without a parse a person is one person
])
def test_plural_pronoun_agreement_with_states_and_bodies(kind: str, name: str, pronoun: str, ok: bool) -> None:
    assert agrees(_actor(kind, name), pronoun) is ok


@pytest.mark.model
@pytest.mark.parametrize("text, word, nth, not_owner", [
    ("The State Department said it had held talks with officials from Pakistan and India, urging them to work "
     "together on security.", "them", 0, {"India", "State Department", "Pakistan"}),
    ("The Italian government said the detainees were not known to police, and some of them were still being held.",
     "them", 0, {"Government of Italy"}),
    ("The ministry said police had detained the men and would question them on Monday.", "them", 0,
     {"ministry"}),
])
def test_them_is_no_singular_body(text: str, word: str, nth: int, not_owner: set[str]) -> None:  # type: ignore[no-untyped-def]
    from tidings import Article, Pipeline

    result = Pipeline().code(Article(id="t", text=text))
    assert word_owner(result, text, word, nth) not in not_owner


@pytest.mark.model
@pytest.mark.parametrize("text, word, owner", [
    ("The protesters marched on parliament, and police fired tear gas at them.", "them", "protesters"),
    ("Gunmen kidnapped three aid workers on Monday. Soldiers freed them on Friday.", "them", "aid workers"),
    ("The governments of Canada and Ontario signed the deal, and the minister thanked them for their roles.",
     "their", "Government of Canada"),  # a body the text names in the plural
])
def test_them_and_their_still_find_plural_groups_and_bodies(text: str, word: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    from tidings import Article, Pipeline

    result = Pipeline().code(Article(id="t", text=text))
    found = word_owner(result, text, word)
    assert found is not None and owner.lower() in found.lower()


@pytest.mark.model
@pytest.mark.parametrize("text, names", [
    ("Kenyan police said al-Shabab carried out the attack.", {"Kenyan police", "Al-Shabaab"}),
    ("The army said al-Shabab had attacked the base and that al-Shabab would be punished.", {"army", "Al-Shabaab"}),
    ("Officials said al-Qaeda carried out the bombing.", {"Officials", "Al-Qaeda"}),
    # negative: a person's name with an article inside keeps its surname
    ("He met Bashar al-Assad in Damascus. Assad said the war was over.", {"Bashar al-Assad"}),
    # negative: an unknown name with an article stays one person
    ("Police said al-Harbi was arrested on Monday.", {"Police", "al-Harbi"}),
])
def test_hyphened_arabic_article_is_part_of_the_name(text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    from tidings import Article, Pipeline

    result = Pipeline().code(Article(id="t", text=text))
    assert {a.name for a in result.actors} == names


@pytest.mark.parametrize("words, spaces, at, ok", [
    (["said", "al", "-", "Shabab"], [True, False, False, False], 1, True),
    (["said", "el", "-", "Sisi"], [True, False, False, False], 1, True),
    (["said", "al", "-", "Shabab"], [True, True, True, False], 1, False),    # "al - Shabab": words apart
    (["the", "el", "-", "vote"], [True, False, False, False], 1, False),     # no capital after the hyphen
    (["said", "all", "-", "Party"], [True, False, False, False], 1, False),  # no article
    (["said", "al", "Qaeda"], [True, True, False], 1, False),                # no hyphen
])
def test_hyphened_article_needs_the_hyphen_and_a_capital(words: list[str], spaces: list[bool], at: int,
                                                         ok: bool) -> None:
    import spacy
    from spacy.tokens import Doc

    from tidings.extract.actors.spans import hyphened_article

    assert hyphened_article(Doc(spacy.blank("en").vocab, words=words, spaces=spaces), at) is ok
