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

from tidings.extract.events.relevance import is_live

pytestmark = pytest.mark.model


def _live(result, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in result.events if e.event == kind and is_live(e)]


def _names(result, ids):  # type: ignore[no-untyped-def]
    actors = {a.id: a for a in result.actors}
    return [actors[i].name for i in ids if i in actors]


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
