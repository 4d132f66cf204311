"""Country context for places of the same name: descriptions of the place ("the northern
Lebanese city"), countries named in the sentence, paragraph and article, and actors whose
country only echoes the toponym."""

from __future__ import annotations

import pytest

from tidings.extract.places import extract_places
from tidings.gazetteer import load_gazetteer
from tidings.schema import Actor, Mention, Span


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def _countries(found, surface: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [p.country for p in found if p.span is not None and p.span.text == surface]


# --- the gazetteer's tiers, no model ----------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "country"), [
    ({}, "LBY"),  # by population alone
    ({"article_countries": {"LBN"}}, "LBY"),  # a mention somewhere in the article is weak
    ({"paragraph_countries": {"LBN"}}, "LBN"),
    ({"sentence_countries": {"LBN"}}, "LBN"),
    ({"sentence_countries": {"LBY", "LBN"}}, "LBY"),  # both named: population decides
    ({"sentence_countries": {"LBY"}, "described": {"LBN": "the Lebanese port"}}, "LBN"),
    ({"described": {"LBY": "the Libyan capital"}, "sentence_countries": {"LBN"}}, "LBY"),
])
def test_places_context_tiers(gaz, kwargs, country) -> None:  # type: ignore[no-untyped-def]
    res = gaz.resolve("Tripoli", **kwargs)
    assert res is not None and res.place.country == country


def test_places_context_described_reason(gaz) -> None:  # type: ignore[no-untyped-def]
    res = gaz.resolve("Tripoli", described={"LBN": "the Lebanese port"})
    assert res is not None and "described as 'the Lebanese port'" in res.reason


# --- descriptions in parsed text ----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "surface", "country"), [
    # a definite description later in the sentence refers back to the place
    ("Gunmen clashed in Tripoli overnight as rockets slammed into the northern Lebanese city.", "Tripoli", "LBN"),
    ("Gangs fought in Tripoli until the army entered the Lebanese port on Sunday.", "Tripoli", "LBN"),
    # ... or in the next sentence of the paragraph
    ("Gunmen clashed in Tripoli overnight. Calm returned to the Lebanese city at dawn.", "Tripoli", "LBN"),
    # appositions, by the parse or by a comma
    ("Tripoli, the Lebanese port, was calm on Sunday.", "Tripoli", "LBN"),
    ("Fighting broke out in Tripoli, Lebanon's second city, on Sunday.", "Tripoli", "LBN"),
    ("The Lebanese port city Tripoli was calm on Sunday.", "Tripoli", "LBN"),
    # a country name in the sentence is enough on its own
    ("Troops from Lebanon patrolled Tripoli on Sunday.", "Tripoli", "LBN"),
    # the description agrees with the population reading
    ("Rebels entered Tripoli on Sunday and the Libyan capital fell within hours.", "Tripoli", "LBY"),
    # a demonym in the sentence, without any description
    ("Talks on Tripoli resumed as Lebanese negotiators arrived.", "Tripoli", "LBN"),
])
def test_places_context_descriptions(nlp, gaz, text, surface, country) -> None:  # type: ignore[no-untyped-def]
    assert _countries(extract_places(nlp(text), gaz), surface) == [country]


@pytest.mark.model
@pytest.mark.parametrize(("text", "surface", "country"), [
    # with a Libyan actor in the sentence, only a description of Tripoli itself could outweigh it:
    # the description names its own place, so it says nothing of the earlier one
    ("Libyan families fled Tripoli for the Lebanese town of Halba.", "Tripoli", "LBY"),
    # a description after "near" is another place
    ("Libyan smugglers left Tripoli and camped near the Lebanese town.", "Tripoli", "LBY"),
    # a description two sentences later is too far to refer back
    ("Libyan gunmen clashed in Tripoli overnight. The army said little. Calm returned to the Lebanese city.",
     "Tripoli", "LBY"),
    # a description in another paragraph refers to nothing here
    ("Libyan gunmen clashed in Tripoli overnight.\nCalm returned to the Lebanese city at dawn.", "Tripoli", "LBY"),
    # a demonym on a person is no description of a place
    ("Libyan police in Tripoli questioned a Lebanese man.", "Tripoli", "LBY"),
])
def test_places_context_descriptions_elsewhere(nlp, gaz, text, surface, country) -> None:  # type: ignore[no-untyped-def]
    assert _countries(extract_places(nlp(text), gaz), surface) == [country]


@pytest.mark.model
def test_places_context_one_place_per_name(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    text = ("The Lebanese port city of Tripoli was quiet on Monday.\n\n"
            "By Tuesday, gunmen in Tripoli had opened fire again.")
    assert _countries(extract_places(nlp(text), gaz), "Tripoli") == ["LBN", "LBN"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Lebanese troops deployed on Monday. Later, clashes spread to Tripoli.", "LBN"),  # same paragraph
    ("Lebanese troops deployed on Monday.\nLater, clashes spread to Tripoli.", "LBY"),  # another paragraph
])
def test_places_context_paragraph(nlp, gaz, text, country) -> None:  # type: ignore[no-untyped-def]
    assert _countries(extract_places(nlp(text), gaz), "Tripoli") == [country]


@pytest.mark.model
def test_places_context_actor_named_after_the_place_is_no_evidence(nlp, gaz) -> None:  # type: ignore[no-untyped-def]
    text = "Mediators left as gangs in Tripoli traded fire and mortar rounds hit the northern Lebanese city."
    start = text.index("gangs")
    echo = Actor(id="a1", name="gangs in Tripoli", kind="group", country="LBY",
                 mentions=(Mention(Span(start, start + 5, "gangs"), kind="nominal"),))
    assert _countries(extract_places(nlp(text), gaz, (echo,)), "Tripoli") == ["LBN"]
    plain = "Mediators left as gangs in Tripoli traded fire."
    other = Actor(id="a1", name="Libyan gangs", kind="group", country="LBY",
                  mentions=(Mention(Span(18, 23, "gangs"), kind="nominal"),))
    assert _countries(extract_places(nlp(plain), gaz, (other,)), "Tripoli") == ["LBY"]


# --- a toponym the gazetteer does not know -----------------------------------------------------
# Class: a small place the gazetteer lacks ("Ain Qarsa", a street) is most often in the one country
# its sentence (else its paragraph) names; where that names none, or two, it keeps no country.
@pytest.mark.model
@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Turkish jets struck a camp at Ain Qarsa in northern Syria on Sunday.", "Ain Qarsa", "SYR"),
    ("Police in New Zealand searched the area. Officers arrested the man near Pellow Street.", "Pellow Street", "NZL"),
    # no country named around it: none
    ("Officers arrested the man near Pellow Street.", "Pellow Street", None),
    # two countries in the sentence, none in the paragraph beyond them: none
    ("Envoys of Syria and Turkey met at Ain Qarsa.", "Ain Qarsa", None),
])
def test_places_unknown_takes_the_one_country_around_it(nlp, gaz, text, surface, country) -> None:  # type: ignore[no-untyped-def]
    found = _countries(extract_places(nlp(text), gaz), surface)
    assert found in ([country], [] if country is None else [country])
