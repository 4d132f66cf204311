"""Red-team checks of the events stage on unseen wire articles and the general rules they exposed."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Span

pytestmark = pytest.mark.model

CASES = Path(__file__).resolve().parent / "fixtures" / "unseen" / "events_redteam_cases.jsonl"


def _actor(text: str, name: str, sector: str | None, country: str = "XXA") -> Actor:
    start = text.index(name)
    return Actor("a1", name, "group", country=country, sector=sector,
                 mentions=(Mention(Span(start, start + len(name), name)),))


@pytest.mark.parametrize("text,name,sector,event,mode", [
    # armed or police forces blocking people or boats coerce them
    ("The soldiers blocked journalists from entering the compound.", "The soldiers", "MIL", "COERCE", "restrict"),
    ("The riot police blocked the marchers at the bridge.", "The riot police", "COP", "COERCE", "restrict"),
    # civilians blocking a road protest by obstruction
    ("The farmers blocked the motorway with tractors.", "The farmers", "CVL", "PROTEST", "obstruct"),
])
def test_obstruction_by_armed_forces_is_coercion(nlp, text: str, name: str, sector: str, event: str,
                                                 mode: str) -> None:
    result = code_events(nlp, text, [_actor(text, name, sector)])
    ev = next(e for e in result.events if e.trigger is not None and e.trigger.text.startswith("blocked"))
    assert (ev.event, ev.mode) == (event, mode)


@pytest.mark.parametrize("text,event,mode", [
    ("Government troops halted their offensive on the city.", "RETREAT", "ceasefire"),
    ("The army suspended the shelling for two days.", "RETREAT", "ceasefire"),
    ("The ministry halted fuel exports to its neighbour.", "SANCTION", "discontinue"),  # no fighting halted
    ("The authorities shut down the internet in the capital.", "COERCE", "censor"),
    ("The ministry lodged a diplomatic protest with the embassy.", "ACCUSE", "disapprove"),
    ("Hundreds of students held a protest outside the embassy.", "PROTEST", "demo"),  # a street protest stays one
])
def test_lexicon_additions(nlp, text: str, event: str, mode: str) -> None:
    subject = text.split(" held")[0] if " held" in text else None
    result = code_events(nlp, text, [_actor(text, subject, "CVL")] if subject else ())
    assert (event, mode) in {(e.event, e.mode) for e in result.events}


@pytest.mark.shared
@pytest.mark.slow
def test_redteam_checklist_rate(pipeline) -> None:  # type: ignore[no-untyped-def]
    from tidings.evaluate.facts import evaluate_facts

    report = evaluate_facts(CASES, lambda arts: [pipeline.code(a) for a in arts])
    assert report["facts"] >= 35
    assert report["rate"] >= 0.85  # 32/36 (88.9%) when written; 30/36 before the fixes
