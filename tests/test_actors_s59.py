"""Actor classes of issue 10 (session 59), written for these tests, each seen failing before its fix.

1. *"them" and "their" stand for people or groups named in the plural, never for a state or a body
   named in the singular.* "The State Department said it had held talks with officials from Pakistan
   and India, urging them to work together" gave "them" to India, and "The Italian government said
   the detainees were not known to police, and some of them were still held" to the government:
   every plural pronoun agreed with every state and body. "they" may stand for one in British use
   ("the government said they would appeal"); as an object or an owner, on the benchmark's dev
   articles a plural pronoun so linked was right 3 times and wrong 15 times. Such a pronoun now
   agrees with a state or a body only when the text names it in the plural ("the governments of
   Canada and Ontario"; :func:`tidings.extract.agreement.agrees`, word class
   ``agreement.people_plurals``); with a group it agrees as before.
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
    ("organization", "Government of Italy", "their", False),
    ("country", "India", "them", False),
    ("country", "India", "themselves", False),
    ("organization", "Government of Italy", "they", True),   # British use: "the government said they"
    ("country", "India", "they", True),
    ("group", "protesters", "them", True),
    ("group", "riot police", "their", True),
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
    ("Congress held two Cabinet officers in contempt on Wednesday, citing their refusal to hand over documents.",
     "their", 0, {"United States Congress", "Congress"}),
])
def test_them_and_their_are_no_singular_body(text: str, word: str, nth: int, not_owner: set[str]) -> None:  # type: ignore[no-untyped-def]
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
def test_them_and_their_still_find_plural_groups(text: str, word: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    from tidings import Article, Pipeline

    result = Pipeline().code(Article(id="t", text=text))
    found = word_owner(result, text, word)
    assert found is not None and owner.lower() in found.lower()
