"""Constructions whose event differs from their head word: headline verbs, conditions inside
threats, addressed appeals, orders to leave, weapons, recalls, verdicts, crowds, junk actors."""

from __future__ import annotations

import pytest
from builders import code_events


pytestmark = pytest.mark.model


def _code(nlp, text: str):  # type: ignore[no-untyped-def]
    return code_events(nlp, text)


def _found(result, event: str, **want):  # type: ignore[no-untyped-def]
    """Events of type ``event`` meeting every constraint (actor/recipient name parts, mode, aux, cameo)."""
    by_id = {a.id: a for a in result.actors}
    out = []
    for e in result.events:
        if e.event != event:
            continue
        if "actor" in want and not any(want["actor"] in by_id[a].name for a in e.actor):
            continue
        if "recipient" in want and not any(want["recipient"] in by_id[r].name for r in e.recipient):
            continue
        if "mode" in want and e.mode != want["mode"]:
            continue
        if "aux" in want and want["aux"] not in e.aux:
            continue
        if "no_aux" in want and want["no_aux"] in e.aux:
            continue
        if "cameo" in want and not e.cameo.startswith(want["cameo"]):
            continue
        out.append(e)
    return out


@pytest.mark.parametrize("text, event, want", [
    ("Arnor rejects Gondor peace offer", "REJECT", {"actor": "Arnor", "recipient": "Gondor"}),
    # a threat's terms are not its mood (session 44, tests/test_events_s44.py class 5): the threat is made
    ("Arnor warned that its army would respond if Gondorian troops crossed the river.", "THREATEN",
     {"actor": "Arnor", "no_aux": "hypothetical"}),
    ("The Arnorian minister urged Gondor to withdraw its troops.", "REQUEST",
     {"recipient": "Gondor", "cameo": "02"}),
    ("Arnor called on Gondor to release the prisoners.", "REQUEST", {"actor": "Arnor", "recipient": "Gondor"}),
    ("Arnor ordered the Gondorian ambassador to leave the country.", "SANCTION", {"actor": "Arnor", "mode": "expel"}),
    ("Arnor ordered the Gondorian journalists to leave the country.", "COERCE", {"mode": "deport"}),
    ("Arnor fired rockets at Gondorian border posts.", "ASSAULT", {"mode": "aerial"}),
    ("Arnor fired mortar shells at Gondorian border posts.", "ASSAULT", {"mode": "heavy-weapons"}),
    ("Arnor will recall its own ambassador from Gondor.", "SANCTION",
     {"aux": "future", "no_aux": "hypothetical"}),
    ("Gondor called the decision unjustified.", "ACCUSE", {"actor": "Gondor", "mode": "disapprove"}),
    ("Thousands marched through the Gondorian capital.", "PROTEST", {"actor": "Thousands"}),
    ("The Arnorian president said that no civilians were harmed and announced sanctions on Gondor.", "SANCTION",
     {"actor": "president", "recipient": "Gondor"}),
    ("Arnorian and Gondorian negotiators return to Minas this week for talks on trade.", "CONSULT",
     {"actor": "negotiators"}),
    ("A Gondorian lawyer has been put under investigation in Portugal for fraud.", "ACCUSE",
     {"actor": "Portugal", "recipient": "Gondorian", "mode": "investigate"}),
    ("The Arnorian army imposed a news blackout on the fighting.", "REJECT", {"actor": "army"}),
    ("Forty Arnorian peacekeepers were shipped out of the Gondorian enclave on Friday.", "SANCTION",
     {"actor": "peacekeepers", "mode": "withdraw"}),
])
def test_construction_codes_event(nlp, text: str, event: str, want: dict) -> None:  # type: ignore[type-arg]
    result = _code(nlp, text)
    assert _found(result, event, **want), [(e.event, e.mode, e.actor, e.recipient, e.aux) for e in result.events]


@pytest.mark.parametrize("text, event, want", [
    ("Arnor rejects Gondor peace offer", "AGREE", {}),  # the rejected offer is no agreement
    ("Arnor warned that its army would respond with force.", "THREATEN", {"aux": "hypothetical"}),
    ("Arnor urged the delegates.", "REQUEST", {}),  # an addressee, no act asked for
    ("The Arnorian envoy called the Gondorian minister to discuss trade.", "REQUEST", {}),  # a phone call
    ("Arnor ordered the Gondorian ambassador to explain the remarks.", "SANCTION", {}),
    ("Arnor fired rockets at Gondorian border posts.", "ASSAULT", {"mode": "firearms"}),
    ("Arnor said it would recall its own ambassador if Gondor attacked.", "SANCTION", {"aux": "future",
                                                                                      "no_aux": "hypothetical"}),
    ("A power blackout hit the Gondorian capital.", "REJECT", {}),  # nobody imposed it
    ("Arnorian tourists return to Minas for the holidays.", "CONSULT", {}),
    ("Arnorian troops were shipped out of the Gondorian enclave.", "SANCTION", {}),  # troops leaving: RETREAT
])
def test_construction_does_not_code(nlp, text: str, event: str, want: dict) -> None:  # type: ignore[type-arg]
    assert not _found(_code(nlp, text), event, **want)


@pytest.mark.parametrize("text, junk", [
    ("Arnor refused to withdraw from the disputed Pell valley on Thursday.", "Pell"),
    ("Gondorian forces shelled the eastern city of Varnholt on Thursday.", "Varnholt"),
    ("Arnorian forces attacked the Gondorian garrison on Thursday.", "Thursday"),
    ("Demonstrators accused the government of corruption.", "government of corruption"),
    ("Arnorian troops fired on villagers in Tolmir.", "Tolmir"),
    ("Rebels attacked a convoy near the town of Dask. The army imposed a curfew on Dask.", "Dask"),
])
def test_no_junk_participants(nlp, text: str, junk: str) -> None:
    result = _code(nlp, text)
    assert result.events, "the sentence must still be coded"
    assert junk not in {a.name for a in result.actors}, [a.name for a in result.actors]


def test_charge_is_cut_but_the_accused_stays(nlp) -> None:
    result = _code(nlp, "Demonstrators accused the government of corruption.")
    assert _found(result, "ACCUSE", actor="Demonstrators", recipient="government")


def test_construction_announced_recall_of_own_envoy_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    """"said it would recall its own ambassador": an announced step, future, not hypothetical (the
    speaker, found by the quotes stage, is its actor)."""
    from tidings.schema import Actor, Mention, Quote, Span

    text = "Arnor said it would recall its own ambassador from Gondor."
    content = "it would recall its own ambassador from Gondor"
    start = text.index(content)
    arnor = Actor("a1", "Arnor", "country", mentions=(Mention(Span(0, 5, "Arnor")),))
    quote = Quote("q1", content, "indirect", Span(start, start + len(content), content), speaker="a1")
    result = code_events(nlp, text, actors=[arnor], quotes=[quote])
    found = _found(result, "SANCTION", aux="future", no_aux="hypothetical")
    assert found, [(e.event, e.actor, e.aux) for e in result.events]
