"""Failure class (issue 11, "no recipient"): a verdict on an act already told ("Israeli airstrikes
killed 12 people ... Mikati condemned the strikes") is against whoever did it, but "strike" is read
as a walkout unless its words say otherwise, so the condemnation looked for an earlier protest and
found no one. A bare "the strikes" points back at the nearest material act of either kind; an air or
missile strike is an attack, a workers' strike a walkout, as before. Sentences written for these
tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israeli airstrikes killed 12 people in southern Lebanon on Tuesday. Lebanese Prime Minister Najib Mikati "
     "condemned the strikes.", "Mikati", "Israel"),
    ("Israeli jets struck a school in Gaza on Tuesday. The United Nations condemned the strike.", "United Nations",
     "Israeli jets"),
    ("Greek dock workers went on strike on Monday. The Greek transport minister condemned the strike.",
     "minister", "workers"),
])
def test_events_a_condemned_strike_is_against_its_doers(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", actor, recipient)
