"""Recipients the clause names by grammar outside the event's own objects (session 11).

Classes (each with sentences written for these tests):

- an act told as an answer names whom it answers: "withdrew in response to a statement from X",
  "in reaction to X's offer" -> X; an answer to no one ("in response to the poor polls") has none;
- an act done to "anyone"/"those" described by a participle or relative clause ("banned anyone
  wearing a mask", "arrested those who blocked the road") is done to that described group; a bare
  "everyone" describes no one;
- a protest whose target its sentence tells through a protest noun ("X protested; the protest
  started out against the government's tax") is against that target; a protest noun with no such
  phrase ("the police watched the protest") gives none.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _code(nlp, text: str):  # type: ignore[no-untyped-def]
    """The whole pipeline over a one-paragraph article (the actors stage included)."""
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    return Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))


def _recipients(nlp, text: str, event: str) -> list[str]:  # type: ignore[no-untyped-def]
    result = _code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    found = [e for e in result.events if e.event == event and e.actor]
    assert found, f"no {event} with an actor in {text!r}"
    return [names.get(r, r) for e in found for r in e.recipient]


def _assert_recipient(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    """The events of ``event`` with an actor have a recipient whose name holds ``expected``, or none at all."""
    got = _recipients(nlp, text, event)
    if expected is None:
        assert got == []
    else:
        assert any(expected in r for r in got), got


@pytest.mark.parametrize("text,event,expected", [
    ("The Velorian Party withdrew from the race in response to a statement from President Adam Korsk.",
     "RETREAT", "Korsk"),
    ("The Velorian Party withdrew from the race in response to President Adam Korsk's statement.",
     "RETREAT", "Korsk"),
    ("The Velorian Party withdrew from the race in response to a statement from its founder's son, Adam Korsk.",
     "RETREAT", "Korsk"),
    ("The Marenian army pulled out of the border town in reaction to a warning issued by the Ostrian government.",
     "RETREAT", "Ostrian government"),
    # whom the act answers is no participant: no recipient
    ("The Velorian Party withdrew from the race in response to the poor results of the polls.", "RETREAT", None),
])
def test_recipient_of_an_answer(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)


@pytest.mark.parametrize("text,event,expected", [
    ("The Ostrian government banned anyone wearing a mask from entering parliament.", "COERCE", "anyone wearing a mask"),
    ("Ostrian police arrested those who blocked the highway.", "COERCE", "those who blocked the highway"),
    # no description: no one in particular
    ("Ostrian police arrested everyone.", "COERCE", None),
])
def test_described_group_as_recipient(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)


def test_described_group_is_not_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    result = _code(nlp, "Anyone wearing a mask was banned from the hall by the Ostrian government.")
    names = {a.id: a.name for a in result.actors}
    assert not any("anyone" in names.get(a, a).lower() for e in result.events for a in e.actor)


@pytest.mark.parametrize("text,expected", [
    ("Thousands of Ostrian farmers protested on Monday; the protest started out against the government's "
     "new tax but grew into a wider movement.", "government"),
    # the protest noun names no target
    ("Thousands of Ostrian farmers protested on Monday; the police watched the protest from across the square.", None),
])
def test_protest_target_told_by_its_noun(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, "PROTEST", expected)


@pytest.mark.parametrize("text,event,expected", [
    ("The Ostrian embassy was the target of an attack by Kestrian militants.", "ASSAULT", "Ostrian embassy"),
    ("The Norwegian ambassador was the victim of an attack by Kestrian militants.", "ASSAULT", "Norwegian ambassador"),
    ("The Ostrian bank faces an investigation by the Kestrian regulator.", "ACCUSE", "Ostrian bank"),
    # a subject "it" stands for the named body its sentence began with
    ("Ostrabank said its profits fell and it has become the subject of an investigation by the Kestrian regulator.",
     "ACCUSE", "Ostrabank"),
])
def test_recipient_the_act_befalls(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = _recipients(nlp, text, event)
    assert any(expected in r for r in got), got


def test_topic_of_talks_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    result = _code(nlp, "The Ostrian border was the focus of talks between the Kestrian and Marenian ministers.")
    names = {a.id: a.name for a in result.actors}
    assert not any("border" in names.get(r, r) for e in result.events for r in e.recipient)
