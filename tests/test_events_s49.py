"""Event classes of issue 11 (session 49), written for these tests (invented names), each seen
failing before its fix.

1. *An act judged by its doer's nationality is a verdict on the doer.* "Kofi Annan says the
   Serbian response was inadequate", "the minister said the Russian decision was illegal": a
   statement that condemns an act whose doer is named only by the word before it (a nationality or
   a name: "the Serbian response", "an Israeli raid", "the Ostria move") judged no one, where "the
   Russian government's decision" (a possessor) and "the decision by Russia" (a "by" phrase)
   already judged Russia. Seen on the stories' dev-work among reference accusations with no event
   at their evidence. The act's owners told before the noun (:func:`.act_owners.owners_before`,
   the same reading a "Turkish drone strike" gets) now stand for the doer of a judged act noun;
   a thing that is no act ("the Serbian economy is weak"), the speaker's own state's act, and an
   unjudged act stay without a verdict.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, judged, kind", [
    ("UN Secretary-General Kofi Annan said the Serbian response was inadequate.", "Serbia", "ACCUSE"),
    ("The foreign minister of Ostria said the Russian decision was illegal.", "Russia", "ACCUSE"),
    ('"The Israeli raid on the village was a crime," a spokesman for Ostria said.', "Israel", "ACCUSE"),
    ("The president of Ostria said the Turkish proposal was a constructive step forward.", "Turkey", "SUPPORT"),
])
def test_an_act_judged_by_its_doers_nationality(code_text, text: str, judged: str,  # type: ignore[no-untyped-def]
                                                kind: str) -> None:
    result = code_text(text)
    events = _live(result, kind)
    assert any(judged in " ".join(_names(result, e.recipient)) for e in events), result.events


@pytest.mark.parametrize("text", [
    "UN Secretary-General Kofi Annan said the Serbian economy was weak.",
    "The Russian foreign minister said the Russian decision was illegal.",
    "The foreign minister of Ostria said the Russian decision was expected on Monday.",
])
def test_no_verdict_on_a_thing_an_own_act_or_an_unjudged_act(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not any(e.recipient for e in _live(result, "ACCUSE") + _live(result, "SUPPORT")), result.events


@pytest.mark.parametrize("text, asked", [
    ("Kuwait wants Christmas Island to end its five-year-old ban on oil and gas production.", "Christmas Island"),
    ('"We want this government to step down," the opposition leader Ivo Marsh said.', "government"),
    ("Russia wants Syria to host the next round of talks in Damascus.", "Syria"),
    ("The Ostrian opposition wants the president to resign before the election.", "president"),
])
def test_wanting_a_party_to_act_asks_it(code_text, text: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    requests = _live(result, "REQUEST")
    assert any(asked.lower() in " ".join(_names(result, e.recipient)).lower() and e.actor for e in requests), result.events


@pytest.mark.parametrize("text", [
    "Kuwait wants to join the alliance next year.",
    "The two governments want the talks to finish by the end of June.",
    "Kuwait does not want Ostria to join the alliance.",
    "Do we want NATO to exist at all?",
])
def test_a_wish_that_asks_no_party_is_no_request(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not any(e.recipient for e in _live(result, "REQUEST")), result.events


def _hand(words, heads, deps, pos, lemmas, ents):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_a_reporting_clause_parsed_as_the_wants_complement_names_no_one_asked() -> None:
    """'Marsh told the public, "Vale wants to cancel the vote"' with "told" hung on "wants" as its
    complement (as the parser did on Wikinews dev-work): the one who told is not asked to act; the
    same wish with its party after it ("Vale wants Marsh to cancel the vote") asks Marsh."""
    from tidings.extract.events.appeals import addressed_appeal

    told = _hand(["Marsh", "told", "the", "public", ",", "Vale", "wants", "to", "cancel", "the", "vote"],
                 [1, 6, 3, 1, 6, 6, 6, 8, 6, 10, 8],
                 ["nsubj", "ccomp", "det", "dobj", "punct", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj"],
                 ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN"],
                 ["Marsh", "tell", "the", "public", ",", "Vale", "want", "to", "cancel", "the", "vote"],
                 ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert addressed_appeal(told[6], lambda t: None) is None
    asks = _hand(["Vale", "wants", "Marsh", "to", "cancel", "the", "vote"], [1, 1, 4, 4, 1, 6, 4],
                 ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
                 ["PROPN", "VERB", "PROPN", "PART", "VERB", "DET", "NOUN"],
                 ["Vale", "want", "Marsh", "to", "cancel", "the", "vote"],
                 ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O"])
    found = addressed_appeal(asks[1], lambda t: None)
    assert found is not None and [t.text for t in found.recipients] == ["Marsh"], found
