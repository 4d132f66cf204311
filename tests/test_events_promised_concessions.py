"""Failure class: a promise, agreement or decision to make a concession with material effect
(withdraw, release, lift a curfew, pull out) was coded AGREE. PLOVER codes a promised easing, a
declared but not yet implemented withdrawal or release as CONCEDE: AGREE is promised cooperation,
THREATEN a promised blow. The act done (not promised) stays RETREAT; a refusal stays REJECT; a
decision takes the measure itself (RETREAT, SANCTION: see test_events_material_acts).
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("The Ostrian interior ministry agreed to lift the curfew in the capital.", "ministry"),
    ("Ostria agreed to withdraw its troops from the border with Velmar.", "Ostria"),
    ("The junta promised to release the detained opposition leaders.", "junta"),
    ("The Velmar defence ministry vowed to pull out its forces from the region.", "Velmar"),
])
def test_events_a_promised_concession_is_concede(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONCEDE", actor), events
    assert not events_with(events, "AGREE", actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("Ostria agreed to provide Velmar with food aid.", "AGREE", "Ostria"),
    ("Ostria threatened to expel the Velmar ambassador.", "THREATEN", "Ostria"),
    # a decision takes the measure (test_events_material_acts): withdrawn, expelled
    ("The Velmar defence ministry decided to pull out its forces from the region.", "RETREAT", "Velmar"),
    ("Ostria decided to expel the Velmar ambassador.", "SANCTION", "Ostria"),
    ("Ostria refused to withdraw its troops from the border.", "REJECT", "Ostria"),
    ("Ostria withdrew its troops from the border on Monday.", "RETREAT", "Ostria"),
])
def test_events_other_promises_and_done_acts_keep_their_type(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, "CONCEDE", actor), events


# Class (session 22): a promise to *end* a restriction of one's own ("agreed to end the blockade") was
# coded THREATEN, the blockade taken for the promised act. Ending a restriction done is RETREAT
# (a material one) or CONCEDE; promised, it is CONCEDE. Imposing or tightening one stays a threat.
@pytest.mark.parametrize("text, actor", [
    ("The Ostrian government agreed on Friday to end the blockade of the main road to the capital.", "Ostrian"),
    ("The junta promised to end the state of emergency in the north.", "junta"),
    ("Velmar vowed to lift the siege of the port city.", "Velmar"),
])
def test_events_a_promised_end_of_a_restriction_is_concede(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "CONCEDE", actor), events
    assert not events_with(events, "THREATEN", actor), events


@pytest.mark.parametrize("text, actor", [
    ("The Ostrian government vowed to impose a blockade on the port.", "Ostrian"),
    ("Velmar threatened to tighten the siege of the port city.", "Velmar"),
])
def test_events_a_promised_restriction_stays_a_threat(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "THREATEN", actor), events
    assert not events_with(events, "CONCEDE", actor), events
