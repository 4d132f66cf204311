"""Actor classes of issue 10 (session 40), on sentences written for the purpose, each seen failing
before its fix.

1. A town the places stage reads is a place, not a participant. "Demonstrators have taken to the
   streets of Istanbul", "strikes in ... the cities of Mosul and Ramadi", "flew to Okinawa, Japan"
   made Istanbul, Ramadi and Okinawa actors of no country and no sector (junk the reader cannot
   use, and the recipient of the act): the event coder added a participant for any proper name
   that is no known actor and no country, and a city is neither. A name the places stage reads,
   confidently, as a city or region of one country is where the act was, not who took part; a
   capital or seat that stands for its government ("Moscow insisted", "the Kremlin said") is read
   by the country names as before, and a name the places stage does not read as a place (a person,
   a company, a name it is unsure of) is left to the other rules.
"""

from __future__ import annotations

import pytest
from builders import coded_result


def _actor_names(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in result.actors]


@pytest.mark.parametrize("text, place", [
    ("Demonstrators have taken to the streets of Istanbul and other cities since Thursday.", "Istanbul"),
    ("Iraqi military units carried out strikes in nine provinces, including the cities of Mosul and Ramadi.",
     "Ramadi"),
    ("Former U.S. president George W. Bush flew to Okinawa, Japan on a trip.", "Okinawa"),
])
def test_a_town_read_as_a_place_is_no_participant(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    result = coded_result(nlp, text)
    assert place not in _actor_names(result), [(a.name, a.kind, a.country) for a in result.actors]


@pytest.mark.parametrize("text, actor, country", [
    # a capital or seat standing for its government is still its state
    ("Moscow insisted that the talks would go ahead.", "Moscow", "RUS"),
    ("The Kremlin rejected the proposal on Monday.", "Kremlin", "RUS"),
    # a person and a company keep being someone
    ("Police arrested Paris Hilton in Las Vegas on Friday.", "Paris Hilton", None),
    ("Istanbul Metropolitan Municipality banned the rally on Friday.", "Istanbul Metropolitan Municipality", None),
])
def test_a_name_that_stands_for_someone_stays_an_actor(nlp, text, actor, country) -> None:  # type: ignore[no-untyped-def]
    result = coded_result(nlp, text)
    found = [a for a in result.actors if actor in a.name or a.name in actor]
    assert found, [(a.name, a.kind, a.country) for a in result.actors]
    assert country is None or found[0].country == country
