"""Failure class found by tracing the missed events of the real-news benchmark (dev, studied part):
a reaction to another party's statement ("agreed to the request of X to ...", "rejected X's offer of
talks") dropped that statement as the mere content of the reaction, so X's request or offer was
lost. A statement noun with a named maker of its own, not the reacting side, is that maker's act and
stays an event; what the gate was for stays: a statement noun without a maker of its own ("rejected
calls for talks"), or the reacting side's own ("withdrew its own proposal"), and acts that are not
statements ("rejected the prospect of troops being deployed") remain the reaction's content.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("President Omar Varo agreed to the request of Prime Minister Lena Quell to dissolve the assembly.",
     "REQUEST", "Quell", None),
    ("Ostrian foreign minister Tomas Varo rejected Kestria's request for talks on Monday.", "REQUEST", "Kestria", None),
    ("The Ostrian government accepted the offer of Kestria to mediate between the two sides.", "AGREE", "Kestria", None),
    ("The Ostrian government turned down a Kestrian request for talks on Friday.", "REQUEST", "Kestria", None),
])
def test_events_an_answered_statement_is_its_makers_act(nlp, text: str, event: str, actor: str,
                                                       recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, actor", [
    ("Ostrian foreign minister Tomas Varo rejected calls for talks on Monday.", "REQUEST", None),
    ("Ostrian foreign minister Tomas Varo rejected the prospect of troops being deployed.", "MOBILIZE", None),
    ("Ostrian foreign minister Tomas Varo rejected his request for talks.", "REQUEST", None),
    ("Ostria and Kestria signed the Friendship for Common Prosperity in the Century agreement.", "AGREE", "Century"),
])
def test_events_a_statement_without_its_own_maker_stays_content(nlp, text: str, event: str,
                                                                actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("Ostrian foreign minister Tomas Varo rejected Kestria's request for talks on Monday.", "REJECT", "Varo"),
    ("President Omar Varo agreed to the request of Prime Minister Lena Quell to dissolve the assembly.", "AGREE", "Varo"),
])
def test_events_the_reaction_itself_stays(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
