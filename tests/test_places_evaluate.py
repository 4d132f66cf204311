"""The event-location evaluation: name matching rules and the score on the PLOVER gold records."""

from __future__ import annotations

import pytest

from tidings.evaluate.places import evaluate_places, format_report, name_matches
from tidings.gazetteer import load_gazetteer
from tidings.schema import Location, Span


@pytest.mark.parametrize(("gold", "name", "surface", "ok"), [
    ("Algers", "Algiers", "Algiers", True),
    ("province of Herat", "Herat", "Herat", True),
    ("Khatmandu", "Kathmandu", "Kathmandu", True),
    ("Oval Office, Washington", "Oval Office, Washington", "Oval Office", True),
    ("Kabul", "Kandahar", "Kandahar", False),
    ("Serbia", "Belgrade", "Belgrade", False),
])
def test_places_evaluate_name_matches(gold, name, surface, ok) -> None:  # type: ignore[no-untyped-def]
    loc = Location(name=name, span=Span(0, len(surface), surface))
    assert name_matches(gold, loc, load_gazetteer()) is ok


def test_places_evaluate_none_is_a_miss() -> None:
    assert name_matches("Kabul", None, load_gazetteer()) is False


@pytest.mark.model
@pytest.mark.shared
def test_places_evaluate_gold(shared_data, pipeline) -> None:  # type: ignore[no-untyped-def]
    report = evaluate_places(shared_data / "plover_gsr_dev.jsonl", pipeline)
    assert report["records"] >= 30
    # regression floors under the measured figures (event 74%/69%, sentence 77%/71%)
    assert report["sentence"]["name_accuracy"] >= 0.7 and report["sentence"]["country_accuracy"] >= 0.65
    assert report["event"]["name_accuracy"] >= 0.65 and report["event"]["country_accuracy"] >= 0.6
    assert "event location" in format_report(report)
