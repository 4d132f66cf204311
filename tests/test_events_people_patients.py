"""Failure class found on the real-news benchmark's dev split: the people an act is done to, named
by a common noun the knowledge base does not know ("a gunman shot shoppers", "337 suspected users
were arrested", "police arrested the accused", "the mayor thanked the emergency services"), became
no actor, so the event lost its recipient (or took a place or a company from elsewhere in the
sentence). A verb whose patient can only be someone (arrest, shoot dead, thank, kidnap: word class
``events.coding.args.person_patients``) says its object is people, whatever the noun. Only the
object of such a verb: the same nouns elsewhere, things the recogniser names (works, products), a
verb with a particle ("shot down a drone") and vague nouns ("members") stay no actor (a man
arrested is someone since session 35: tests/test_events_s35.py).
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("On Saturday morning, a gunman shot shoppers at a supermarket in the border city of Vell.", "ASSAULT",
     "shoppers"),
    ("Police in Rask said 337 suspected users in 38 countries were arrested after an investigation.", "COERCE",
     "users"),
    # the accused is Omar Varo: one actor once the linker resolves the description
    ("Omar Varo was charged with murder on Friday. Police arrested the accused near Strickland Street.", "COERCE",
     "Omar Varo"),
    ("The mayor of Rask thanked the emergency services for their swift response.", "SUPPORT", "emergency services"),
    ("Masked men kidnapped two aid workers in the north of Ostria on Monday.", "ASSAULT", "aid workers"),
    ("Soldiers detained dozens of demonstrators outside the parliament on Tuesday.", "COERCE", "demonstrators"),
])
def test_events_object_of_a_person_verb_is_someone(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, recipient=recipient), events


@pytest.mark.parametrize("text, word", [
    # a thing acted on by a verb that takes things: no actor
    ("Officials in Rask demolished over 6,000 shanties on Monday.", "shanties"),
    ("The air force shot down a drone over the border on Monday.", "drone"),
    # the same noun as the object of a verb that does not select people
    ("Shoppers at the supermarket praised the new opening hours.", "hours"),
    # a vague noun stays no one a reader could name (but a man arrested is someone: session 35,
    # tests/test_events_s35.py)
    ("Police met individuals near the station on Friday.", "individuals"),
])
def test_events_things_and_vague_nouns_stay_no_actor(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(word in r for e in events for r in e[2]), events
