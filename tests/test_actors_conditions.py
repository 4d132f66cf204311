"""Class (session 22): a body noun whose "of" phrase names a condition, not whose it is ("the state of
emergency", "a state of war", "the state of affairs") was made an actor, "state" a government, and
then the recipient of lifting the emergency. It names a condition, no one. Not: the state or a body
with an "of" phrase naming whose it is ("the State of Israel", "the state of Goa" is the place's, and
"the state" acting alone stays). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _proposed(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The mentions the actors stage proposes (before unused actors are dropped)."""
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(["actors"], errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2020, 3, 1)))
    return {m.span.text.lower() for a in result.actors + result.proposals for m in a.mentions}


@pytest.mark.parametrize("text", [
    "The government lifted the state of emergency on Monday.",
    "Ostria declared a state of war against Velmar.",
    "The minister criticised the state of affairs in the ministry.",
])
def test_a_state_of_a_condition_is_no_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert not any(m.split()[-1] == "state" for m in found), found


@pytest.mark.parametrize("text, mention", [
    ("The state sued the company on Monday.", "the state"),
    ("The state of Ostria sued the company on Monday.", "state"),
])
def test_a_state_acting_stays(nlp, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert any(mention in m for m in found), found


# Class (session 22): when the parser hangs a clause's verb on its object as a modifier ("denied that
# Russian forces had targeted civilians": "targeted" an adjective of "civilians"), the noun phrase of
# the object reached back over the clause's subject and auxiliary, and "that Russian forces had
# targeted civilians" became one actor. A noun phrase never holds a clause's subject, auxiliary or
# "that"; a plain noun phrase is kept whole.
@pytest.mark.parametrize("text, bad", [
    ("The Kremlin denied that Russian forces had targeted civilians.", "forces had"),
])
def test_a_noun_phrase_never_spans_a_clause(nlp, text: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert not any(bad in m for m in found), found


@pytest.mark.parametrize("text, whole", [
    ("The Kremlin praised the heavily armed Russian border guards.", "russian border guards"),
])
def test_a_plain_noun_phrase_stays_whole(nlp, text: str, whole: str) -> None:  # type: ignore[no-untyped-def]
    found = _proposed(nlp, text)
    assert any(whole in m for m in found), found
