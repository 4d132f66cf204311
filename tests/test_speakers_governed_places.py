"""A town that speaks, and people named by their household (sentences written for these tests,
fictional names and places).

Class 1: "the city said …", "the town stated …": a definite city, town or municipality as the
subject of a speech verb is its local government speaking (as "the ministry said" is the
ministry's); it becomes a government body when no earlier actor is described so. A city that is
only the place ("residents of the city said", "in the city, police said"), an indefinite or
plural one ("a city said", "cities said") and a city's official ("a city official said") are not
the city speaking.
Class 2: "his roommates said …": people named by whom they live or study with speak as the
friends and neighbours of the speaking nouns do.
"""

from __future__ import annotations

import pytest

from builders import quotes_with_cast

pytestmark = pytest.mark.model


def speakers(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    result = quotes_with_cast(nlp, text, {})
    names = {a.id: a.name for a in result.actors}
    return {q.text: (names[q.speaker] if q.speaker else None) for q in result.quotes}


SPEAKING_PLACES = [
    ("city-said", "The mayor of Palu said roads were closed. The city said that buses would run on Tuesday.",
     "buses would run on Tuesday", "city"),
    ("city-stated-coordinated", "A water main burst in Palu on Monday. By 5 pm the city issued an advisory and "
     "stated the crews had located the leak.", "the crews had located the leak", "city"),
    ("town-partial", "The town council asked schools to pay the tax. The town reasoned that \"private schools "
     "charge a fee for it\".", "private schools charge a fee for it", "town"),
    ("municipality", "The municipality said on Friday that the bridge would reopen.", "the bridge would reopen",
     "municipality"),
    ("roommates", "The manager said his roommates said they last saw him on Saturday.",
     "they last saw him on Saturday", "roommates"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in SPEAKING_PLACES], ids=[c[0] for c in SPEAKING_PLACES])
def test_speakers_governed_place_speaks(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(nlp, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote].lower(), got


NOT_SPEAKING_PLACES = [
    ("residents-of-city", "Residents of the city said the water was brown.", "the water was brown", "residents"),
    ("in-the-city", "In the city, police said the road would reopen on Monday.", "the road would reopen on Monday",
     "police"),
    ("city-official", "A city official said the road would reopen on Monday.", "the road would reopen on Monday",
     "official"),
    ("city-as-object", "Police told the city that the road would reopen on Monday.",
     "the road would reopen on Monday", "police"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_SPEAKING_PLACES],
                         ids=[c[0] for c in NOT_SPEAKING_PLACES])
def test_speakers_governed_place_only_as_subject(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(nlp, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote].lower() and got[quote].lower() != "city", got


def test_speakers_governed_place_indefinite_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    got = speakers(nlp, "Cities said the rules were too strict.")
    assert got.get("the rules were too strict") is None, got
