"""Four general errors: descriptive participles, events described in a reported clause, sentence
countries taken from a body of states or from the other side, and "failed to agree" read as future."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Quote, Span

pytestmark = pytest.mark.model


def _code(nlp, text: str, actors=(), quotes=()):  # type: ignore[no-untyped-def]
    return code_events(nlp, text, actors, quotes)


def _actor(text: str, name: str, aid: str = "a1", kind: str = "person", country: str | None = None) -> Actor:
    start = text.index(name)
    return Actor(aid, name, kind, country=country, mentions=(Mention(Span(start, start + len(name), name)),))


@pytest.mark.parametrize("text,unwanted,wanted", [
    ("Velmar sent tents to flood-hit villages in the south.", "ASSAULT", None),
    ("Aid workers reached the war-torn province of Drava.", "ASSAULT", None),
    ("Rescuers searched quake-struck towns near Osk.", "ASSAULT", None),
    ("Storm-hit farmers in Drava asked the government for help.", "ASSAULT", None),
    ("Korvan troops shelled the rebel-held town of Osk.", None, "ASSAULT"),  # the verb is an event
    # negative: the same verbs as verbs still report attacks
    ("Rebels hit a convoy near Osk on Monday.", None, "ASSAULT"),
    ("Missiles struck the port of Velt overnight.", None, "ASSAULT"),
])
def test_descriptive_participle_is_no_event(nlp, text: str, unwanted: str | None, wanted: str | None) -> None:
    found = [e.event for e in _code(nlp, text).events]
    if unwanted is not None:
        assert unwanted not in found
    if wanted is not None:
        assert wanted in found


def _indirect(text: str, speaker: str, content: str) -> tuple[Actor, Quote]:
    actor = _actor(text, speaker)
    start = text.index(content)
    return actor, Quote("q1", content, "indirect", Span(start, start + len(content), content), speaker="a1")


@pytest.mark.parametrize("text,speaker,content,event,speaker_acts", [
    # a described event keeps its own participants
    ("Mr Orlan said that the riots were organised by foreign spies.", "Mr Orlan",
     "the riots were organised by foreign spies", "PROTEST", False),
    ("Ms Tavi said the demonstrations were organised by paid agitators.", "Ms Tavi",
     "the demonstrations were organised by paid agitators", "PROTEST", False),
    ("Ms Tavi said that the boycott was organised by rival traders.", "Ms Tavi",
     "the boycott was organised by rival traders", "PROTEST", False),
    # negative: first-person content or a pronoun tied to the speaker is the speaker's own act
    ("Mr Orlan said that he would not resign.", "Mr Orlan", "he would not resign", "REJECT", True),
    ("Mr Orlan said we will send food to the region.", "Mr Orlan", "we will send food to the region", "AGREE", True),
])
def test_reported_event_keeps_its_participants(nlp, text: str, speaker: str, content: str, event: str,
                                               speaker_acts: bool) -> None:
    actor, quote = _indirect(text, speaker, content)
    result = _code(nlp, text, actors=[actor], quotes=[quote])
    ev = next(e for e in result.events if e.event == event)
    assert ("a1" in ev.actor) == speaker_acts


@pytest.mark.parametrize("text,body,body_country,body_sector,addressee,country", [
    # a body of states is never a default country
    ("The European Union urged the authorities to release the detained journalists.", "European Union",
     "EUR", "GOV", "authorities", None),
    ("The United Nations called on the authorities to lift the curfew.", "United Nations", "UNO", "GOV",
     "authorities", None),
    # nor, for a government's appeal to state organs, the country of the other side of the event
    ("The Peruvian foreign minister urged the authorities to reopen the border.", "Peruvian foreign minister",
     "PER", "GOV", "authorities", None),
    # negative: citizens addressing the authorities placed in their own country address their own
    ("Peruvian students urged the authorities in Lima to reopen the universities.", "Peruvian students", "PER",
     "EDU", "authorities", "PER"),
    # a country named only by the speaker's modifier is not the addressee's own context
    ("Peruvian students urged the authorities to reopen the universities.", "Peruvian students", "PER", "EDU",
     "authorities", None),
])
def test_addressee_takes_no_borrowed_country(nlp, text: str, body: str, body_country: str, body_sector: str,
                                             addressee: str, country: str | None) -> None:
    def actor(aid: str, name: str, code: str | None, sector: str) -> Actor:  # as the actors stage gives them
        start = text.index(name)
        return Actor(aid, name, "group", country=code, sector=sector,
                     mentions=(Mention(Span(start, start + len(name), name)),))

    result = _code(nlp, text, actors=[actor("a1", body, body_country, body_sector),
                                      actor("a2", addressee, None, "GOV")])
    ev = next(e for e in result.events if e.event == "REQUEST")
    by_id = {a.id: a for a in result.actors}
    assert "a2" in ev.recipient and by_id["a2"].country == country


def test_named_addressee_keeps_its_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union urged the Peruvian authorities to release the journalists."
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == "REQUEST")
    assert "PER" in {a.country for a in result.actors if a.id in ev.recipient}


@pytest.mark.parametrize("text,event,future", [
    ("The two delegations met in Velt but failed to agree on a new border.", "REJECT", False),
    ("Kenyan negotiators failed to reach a deal on grain exports.", "REJECT", False),
    # negative: a promise to agree is future
    ("The two delegations pledged to agree on a new border by May.", "AGREE", True),
])
def test_failed_to_agree_is_not_future(nlp, text: str, event: str, future: bool) -> None:
    ev = next(e for e in _code(nlp, text).events if e.event == event)
    assert ("future" in ev.aux) == future
