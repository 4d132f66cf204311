"""Failure classes of issue 10 (session 11): a different entity nested inside one actor's mention
became a second actor, splitting the one the text names.

1. A state or body named inside a person's title is the title's, not an actor of its own: a
   dotted abbreviation ("U.S. Senator X", "U.K. Foreign Secretary X") ended the title, and so did
   a body's name whose last word the title took ("Labour Party leader X").
2. A state's name right after the name it ends ("CNN Philippines", "Sustainable Australia") is
   part of one body's name, the body of that state, not the state acting: compass and region
   words ("Western Australia") and honorifics ("Mrs Australia") are not such names.
3. A state named as the complement of a person's office ("the President of the Republic of
   Kestria") says which office it is: it is part of that person's mention, not the state acting.
   A state after "of" that is no office's, after "to" (a relation to another state: "the
   ambassador to Greece"), or one of several states of plural offices stays.
4. A place named by whose home it is ("his home state of Vermont", "her native city") is a
   place, not a state's or a city's government acting; "the state" and "the city" still are.
5. A publication named by a word that names a kind of periodical ("The Kestria Chronicle",
   "LA Weekly", "the Velt Tribune") was typed a person with no sector: it is media (JRN), like
   "Times", "Herald" and "Gazette" already were. A name with no such word stays a person.
6. Two titles joined by "and" before a name ("former archbishop and cardinal X", "chairman and
   chief executive X") are both that person's: the first was a person of its own. Two titled
   people joined by "and" ("President X and Senator Y") stay two.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _mentions(nlp, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2020, 3, 1)))
    return {m.span.text: (a.kind, a.country, a.sector) for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text, mention, country, nested", [
    ("U.S. Senator Dana Kellow praised the agency on Monday.", "U.S. Senator Dana Kellow", "USA", "U.S."),
    ("U.K. Foreign Secretary Tom Arden met the envoy on Monday.", "U.K. Foreign Secretary Tom Arden", "GBR", "U.K."),
    ("Labour Party leader Tom Arden criticised the decision on Monday.", "Labour Party leader Tom Arden", "GBR", "Labour"),
    # a state named after "of" in an office is the office's, not the state acting
    ("Tom Vell, the President of the People's Republic of China, met Lula on Monday.",
     "the President of the People's Republic of China", "CHN", "the People's Republic of China"),
    ("Dana Kell, the ambassador of Canada, said the talks failed.", "the ambassador of Canada", "CAN", "Canada"),
])
def test_state_or_body_inside_a_title_is_the_title(nlp, text: str, mention: str, country: str, nested: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert mention in found and found[mention][0] == "person" and found[mention][1] == country, found
    assert nested not in found, found


@pytest.mark.parametrize("text, mention, codes", [
    # negatives: a state beside a title, not inside it, stays an actor of its own
    ("The U.S. and Senator Dana Kellow disagreed on Monday.", "The U.S.", ("country", "USA", "GOV")),
    ("Labour and its leader Tom Arden disagreed on Monday.", "Labour", ("organization", "GBR", "PTY")),
])
def test_state_beside_a_title_stays(nlp, text: str, mention: str, codes: tuple) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert found.get(mention) == codes, found


@pytest.mark.parametrize("text, mention, codes, nested", [
    ("Four people died in the quake, CNN Philippines reported on Tuesday.", "CNN Philippines",
     ("organization", "PHL", "JRN"), "Philippines"),
    ("Sustainable Australia said it would contest every seat in the election.", "Sustainable Australia",
     ("organization", "AUS", None), "Australia"),
    ("The senator decided to join Sustainable Australia last year.", "Sustainable Australia",
     ("organization", "AUS", None), "Australia"),
])
def test_state_ending_a_body_name_is_the_body(nlp, text: str, mention: str, codes: tuple, nested: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert found.get(mention) == codes, found
    assert nested not in found, found


@pytest.mark.parametrize("text, state", [
    # negatives: a state's own multi-word name, an honorific, a state after a verb stay the state
    ("Mainland China said the plan would fail.", "China"),
    ("Mrs Australia said the plan would fail.", "Australia"),
    ("The minister thanked Brazil for its help on Monday.", "Brazil"),
    ("Nearby Chad sent troops to the border on Monday.", "Chad"),
    ("Food Standards Australia New Zealand said that all salt should be iodised.", "New Zealand"),
])
def test_state_names_that_are_no_body(nlp, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    ending = [codes for m, codes in found.items() if m.endswith(state)]
    assert ending and all(kind == "country" for kind, _, _ in ending), found


@pytest.mark.parametrize("text, state, code", [
    # negatives: "of" after no office, "to" after a verb
    ("The president welcomed the support of Germany on Monday.", "Germany", "DEU"),
    ("The ambassador apologised to Greece for the remarks.", "Greece", "GRC"),
    ("The minister of Kestria sent aid to Greece on Monday.", "Greece", "GRC"),
])
def test_state_after_no_office_stays(nlp, text: str, state: str, code: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert found.get(state, (None, None, None))[:2] == ("country", code), found


def _proposed(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The mentions the actors stage proposes (before unused actors are dropped)."""
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(["actors"], errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2020, 3, 1)))
    return {m.span.text for a in result.actors + result.proposals for m in a.mentions}


@pytest.mark.parametrize("text, mention", [
    ("Warren lost her home state of Massachusetts on Tuesday.", "her home state of Massachusetts"),
    ("The mayor flew back to her native city on Friday.", "her native city"),
])
def test_home_place_is_no_actor(nlp, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert not any(m.startswith(mention.split()[0]) for m in found), found


@pytest.mark.parametrize("text, mention", [
    # negatives: the state or the city acting, and a ministry called "home"
    ("The state sued the company on Monday.", "The state"),
    ("The home ministry banned the rally on Monday.", "The home ministry"),
])
def test_state_or_city_acting_stays(nlp, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert mention in found, found


@pytest.mark.parametrize("text, mention, sector", [
    ("The Kestria Chronicle said the mayor resigned.", "Kestria Chronicle", "JRN"),
    ("LA Weekly reported that the man was arrested.", "LA Weekly", "JRN"),
    ("The Velt Tribune reported that the mayor resigned.", "Velt Tribune", "JRN"),
    ("The Manila Bulletin reported that four people died.", "Manila Bulletin", "JRN"),
    # negative: a person's name with no periodical's word stays a person
    ("Mayor Dana Welly said the council would resign.", "Mayor Dana Welly", "GOV"),
])
def test_periodical_names_are_media(nlp, text: str, mention: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert mention in found and found[mention][2] == sector, found
    assert (found[mention][0] == "person") == (sector != "JRN"), found


@pytest.mark.parametrize("text, mention, others", [
    ("Former archbishop and cardinal Tom Vell was expelled on Friday.", "Former archbishop and cardinal Tom Vell", 0),
    ("The company's chairman and chief executive Dana Kell resigned on Friday.",
     "chairman and chief executive Dana Kell", 0),
    # negative: two people, each with a title
    ("President Tom Vell and Senator Dana Kell met on Friday.", "President Tom Vell", 1),
])
def test_titles_joined_by_and_are_one_persons(nlp, text: str, mention: str, others: int) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, text)
    assert any(m.endswith(mention) for m in found), found
    assert sum(1 for m, (kind, _, _) in found.items() if kind == "person" and not m.endswith(mention)) == others, found


def test_the_title_next_to_the_name_is_the_current_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(nlp, "Former archbishop and cardinal Tom Vell was expelled on Friday.")
    assert found.get("Former archbishop and cardinal Tom Vell") == ("person", None, "REL"), found
