"""Where a motion happens ("marched through X", "drove along X") and places named as "the city
of X" that a verb acts on."""

from __future__ import annotations

import pytest
from builders import locate_event

pytestmark = pytest.mark.model


def _locate(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    return locate_event(nlp, text, trigger, "PROTEST")


@pytest.mark.parametrize(("text", "trigger", "name", "country", "rule"), [
    ("Thousands of students marched through Nairobi on Friday.", "marched", "Nairobi", "KEN", "locative"),
    ("Farmers in Veldoria marched through the capital, Augsburg, to demand subsidies.", "marched", "Augsburg",
     None, "locative"),
    ("Army units shelled the southern town of Kherson overnight.", "shelled", "Kherson", "UKR", "acted-on"),
    ("Rebels captured the northern city of Goma on Tuesday.", "captured", "Goma", "COD", "acted-on"),
])
def test_path_and_city_of(nlp, text, trigger, name, country, rule) -> None:  # type: ignore[no-untyped-def]
    loc = _locate(nlp, text, trigger)
    assert loc is not None
    assert (loc.name, loc.country, loc.provenance.rule) == (name, country, rule)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The minister said the talks went through Geneva's mediators.", "said"),  # not a verb of motion
    ("He criticised the mayor of Lima for the delay.", "criticised"),  # a person's title, not a place acted on
])
def test_no_path_location(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _locate(nlp, text, trigger) is None
