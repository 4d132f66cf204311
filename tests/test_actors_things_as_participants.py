"""Things an event's participant phrase names are no actors.

Class (junk actors of the real-news benchmark, session 14): the events stage proposes the phrase
it meets as a participant, and an untyped one became an actor with no country and no sector:
a disease the tagger calls a person ("discussed COVID-19"), a named natural feature ("the nearby
Velora Trench contributes to earthquakes"), a vehicle ("the minibus exploded") and animals ("the
lions were killed"). Each is turned away by
:func:`tidings.extract.actors.kinds.never_an_actor`, the test every stage asks; the words are data
(``data/word_classes.csv``). Negative cases: a body named after a feature, groups that act
with vehicles, people named by a religion's adjective. (A religion's adjective before a thing,
"another Islamic religious garment was banned", is left: a people's adjective there says whose
the thing is, "a Gondorian camp was attacked", and the two are not told apart yet.)
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.pipeline import Pipeline
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


def _code(pipe: Pipeline, text: str) -> ArticleResult:
    return pipe.code(Article(id="t", text=text, date=dt.date(2021, 3, 1)))


def _mentions(result: ArticleResult) -> set[str]:
    return {m.span.text for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text,mention", [
    ("The senator discussed taxes, COVID-19 and housing.", "COVID-19"),
    ("The Kalo Fault makes the province seismically active, while the nearby Velora Trench contributes "
     "to earthquakes regionally.", "Velora Trench"),
    ("Officers were present where the minibus exploded outside the local administration.", "minibus"),
    ("The ranger said the lions were killed.", "lions"),
    ("The EU banned the airlines after a string of accidents, among them the losses of Velmar Air Flight 574 "
     "and Skyline Flight 200, which killed 102 and 21 people respectively.", "Velmar Air Flight 574"),
])
def test_thing_participant_is_no_actor(pipeline: Pipeline, text: str, mention: str) -> None:
    assert mention not in _mentions(_code(pipeline, text))


@pytest.mark.parametrize("text,mention", [
    ("Islamic militants attacked a checkpoint near the border.", "Islamic militants"),
    ("Iranian officials criticised the new sanctions.", "Iranian officials"),
    ("The Velora Trench Authority fined the mining firm.", "Velora Trench Authority"),
    ("Rebels shot down a helicopter over the valley.", "Rebels"),
    ("The minibus driver attacked two passengers.", "The minibus driver"),
    ("Velmar Air cancelled 40 flights on Monday.", "Velmar Air"),
])
def test_actor_beside_a_thing_word_stays(pipeline: Pipeline, text: str, mention: str) -> None:
    assert mention in _mentions(_code(pipeline, text))


@pytest.mark.parametrize("text,mention", [
    # the first word of a place's name in a long list is a piece of that name, not an actor
    ("Tomas Verano is joined in this legal action by attorneys general from Maine, New York, New Jersey, "
     "Connecticut, and Hawaii.", "New"),
])
def test_piece_of_a_place_name_is_no_actor(pipeline: Pipeline, text: str, mention: str) -> None:
    assert mention not in _mentions(_code(pipeline, text))


def test_place_acting_by_its_whole_name_stays(pipeline: Pipeline) -> None:
    assert "New Zealand" in _mentions(_code(pipeline, "New Zealand criticised the new sanctions."))
