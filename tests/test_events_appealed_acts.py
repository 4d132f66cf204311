"""Appeals and offers whose object names the act asked for or offered, as tables of sentences
written for these tests (positive and negative cases), written before the fix. The class, from
the misses of both corpora's dev-work split ("another type here" / "nothing here"):

- a verb of appeal with an act noun as its object and no infinitive ("urged an end to the
  killings", "urged restraint", "recommended the closure of the border") asks for that act: a
  REQUEST of its subject, as "called for an end" already is; an act it asks for has not happened,
  so the act noun is no event of its own;
- a verb of proposing with an act noun as its object ("proposed the lifting of visa rules",
  "proposed talks with Y") offers it: AGREE (PLOVER's offer);
- no event when the object is no act ("urged the ministers", "proposed a budget", "suggested a
  name") or when the verb embeds a clause (the frames code that).
"""

from __future__ import annotations

import pytest
from builders import stage_events

pytestmark = pytest.mark.model


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    return stage_events(nlp, text)


@pytest.mark.parametrize("text, kind, actor", [
    ("The Ostrian foreign ministry urged an end to the violence in the border towns.", "REQUEST", "Ostria"),
    ("Senator Dara Quell urged restraint on both sides after the riots.", "REQUEST", "Quell"),
    ("Governor Ali Bakr on Monday urged the release of the detained reporters.", "REQUEST", "Bakr"),
    ("The Kestrian army chief urged international assistance for the flood victims.", "REQUEST", "Kestria"),
    ("Minister Pell Varo recommended the closure of the northern border crossing.", "REQUEST", "Varo"),
    ("The Kestrian government has proposed the lifting of visa restrictions with Ostria.", "AGREE", "Kestria"),
    ("President Dara Quell proposed talks with the rebel leaders.", "AGREE", "Quell"),
])
def test_events_appealed_act_is_coded(nlp, text: str, kind: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert any(t == kind and any(actor in a for a in acts) for t, _m, acts, _r in events), events


@pytest.mark.parametrize("text, asked_type", [
    ("Governor Ali Bakr on Monday urged the release of the detained reporters.", "RETREAT"),
    ("The Kestrian army chief urged international assistance for the flood victims.", "AID"),
    ("Minister Pell Varo recommended the closure of the northern border crossing.", "COERCE"),
])
def test_events_appealed_act_is_not_done(nlp, text: str, asked_type: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == asked_type for t, _m, _a, _r in _events(nlp, text))


def test_events_appealed_act_mode_from_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Kestrian army chief urged international assistance for the flood victims.")
    assert ("REQUEST", "assist") in {(t, m) for t, m, _a, _r in events}


@pytest.mark.parametrize("text", [
    "Senator Dara Quell urged the ministers on Tuesday.",
    "The finance minister proposed a budget for next year.",
    "Governor Ali Bakr suggested a name for the new bridge.",
    "The committee recommended a candidate for the post.",
])
def test_events_appealed_thing_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t in ("REQUEST", "AGREE") for t, _m, _a, _r in _events(nlp, text))


@pytest.mark.parametrize("text, kind", [
    ("The Kestrian rebels declared that they are open to negotiation with the government.", "AGREE"),
    ("Rebel leader Pell Varo said he was ready for peace talks.", "AGREE"),
    ("Rebel leader Pell Varo said he was ready for a ceasefire.", "CONCEDE"),
])
def test_events_readiness_for_an_act_offers_it(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert kind in {t for t, _m, _a, _r in events} and "CONSULT" not in {t for t, _m, _a, _r in events}, events


@pytest.mark.parametrize("text", [
    "The northern border crossing is open to traffic again.",
    "Governor Ali Bakr said the new museum is open to the public.",
    "The Kestrian team said it was ready for the final on Sunday.",
    "The new rules leave the ministry open to accusations of favouritism.",
])
def test_events_readiness_for_a_thing_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t in ("AGREE", "CONCEDE") for t, _m, _a, _r in _events(nlp, text))
