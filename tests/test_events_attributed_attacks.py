"""Failure class found on the real-news benchmark's dev split: an attack told without its doer
("the mayor was stabbed on stage", "oil facilities were hit by drone strikes", "a mass shooting
killed 50 people") was coded with no actor, although the article names who did it elsewhere: the
one arrested or charged for a violent act ("charged with murder", "arrested the attacker, X"), or
the one who claimed it ("Houthi rebels claimed responsibility for the attack"). An agentless attack
takes those as its actors. Arrests and charges for something else name no attacker, and an
article that names no one keeps the attack without an actor. Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer", [
    ("Ana Tell, the mayor of Rask, was stabbed on stage on Sunday evening. Police arrested the attacker, "
     "Jan Wolski, at the scene.", "Jan Wolski"),  # the attacker is Jan Wolski: one actor once the linker merges them
    ("Oil facilities of the state company Kestra Oil were hit by drone strikes on Saturday. Houthi rebels "
     "claimed responsibility for the attack.", "Houthi"),
    ("Fifty people were shot dead at two mosques in Rask on Friday. Omar Varo, 28, appeared in court on "
     "Saturday, charged with murder.", "Omar Varo"),
])
def test_events_an_agentless_attack_takes_the_doer_the_article_names(nlp, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", doer), events


@pytest.mark.parametrize("text, not_doer", [
    # an arrest for something else names no attacker
    ("Ana Tell, the mayor of Rask, was stabbed on stage on Sunday evening. In a separate case, police "
     "arrested Jan Wolski for tax fraud.", "Wolski"),
    # no one named: the attack keeps no actor (and never the police)
    ("Ana Tell, the mayor of Rask, was stabbed on stage on Sunday evening. Police have not identified "
     "the attacker.", "Police"),
    # an attack with its own doer keeps it
    ("Ostrian troops shelled the town of Vell on Monday. Police arrested Jan Wolski, charged with murder, "
     "in Rask.", "Wolski"),
])
def test_events_no_doer_where_the_article_names_none(nlp, text: str, not_doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ASSAULT", not_doer), events
