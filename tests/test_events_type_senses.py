"""Event types of single triggers, as tables of sentences written for these tests (positive and
negative cases), written before the fix. Classes from the misses of both corpora's dev-work split:

- an apology is a verbal concession (CONCEDE), as the benchmark's guide codes it (section 8), not
  support of whoever is apologised to; an apology demanded is still the demand.
"""

from __future__ import annotations

import pytest
from builders import code_events

pytestmark = pytest.mark.model


def _types(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.event for e in code_events(nlp, text).events if "negation" not in e.aux}


@pytest.mark.parametrize("text", [
    "The Ostrian foreign ministry apologised to Kestria for the leaked cable.",
    "Governor Ali Bakr apologized on Monday after his remarks about the strikers.",
    "The Kestrian ambassador offered an apology to Ostria on Friday.",
])
def test_events_apology_is_a_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert "CONCEDE" in types and "SUPPORT" not in types, types


@pytest.mark.parametrize("text, kind", [
    ("Senator Dara Quell demanded an apology from the Ostrian ambassador.", "REQUEST"),
    ("Ostria ordered the Kestrian ambassador to apologise.", "REQUEST"),
])
def test_events_apology_asked_for_stays_a_request(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert kind in types and "CONCEDE" not in types, types
