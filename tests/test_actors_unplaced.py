"""People and bodies the knowledge base does not know take the country the article is about when one
state dominates it, and only then (written before the change, on articles written for the test)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

KENYA = ("Kenyan police arrested dozens of protesters in Nairobi on Monday. Kenya's interior ministry said the "
         "march was illegal. Opposition lawmaker Joseph Mwangi condemned the arrests, and the Mwangi Foundation "
         "for Justice said it would sue. President William Ruto of Kenya defended the police.")
MIXED = ("Kenyan and Ugandan officials met in Nairobi on Monday. Uganda's foreign minister and Kenya's trade "
         "minister signed a deal. Analyst Joseph Mwangi said the deal would help Uganda and Kenya.")


def _country(result, name: str) -> str | None:  # type: ignore[no-untyped-def]
    actor = next(a for a in result.actors if name in a.name)
    return actor.country


def test_actors_unknown_person_takes_the_dominant_country(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(KENYA)
    assert _country(result, "Joseph Mwangi") == "KEN"


def test_actors_unknown_person_stays_unplaced_without_a_dominant_country(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(MIXED)
    assert _country(result, "Joseph Mwangi") is None


def test_actors_country_word_beats_the_dominant_country(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(KENYA + " Ugandan activist Grace Okello joined the march.")
    assert _country(result, "Grace Okello") == "UGA"


SURNAME_CITY = ("Police in London shot dead a man named Rafiq Amman on Sunday. Amman had stabbed two people on a "
                "busy street. Officers said Amman was released from prison last month. He had once lived in Amman.")


def test_actors_surname_of_an_earlier_person_is_that_person(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(SURNAME_CITY)
    person = next(a for a in result.actors if a.name == "Rafiq Amman")
    bare = [m for m in person.mentions if m.span.text == "Amman"]
    assert len(bare) == 2  # the two subjects; "in Amman" stays the city
    assert not any(a.country == "JOR" and a.kind != "person" and any(
        m.span.start < SURNAME_CITY.index("He had") for m in a.mentions) for a in result.actors)
