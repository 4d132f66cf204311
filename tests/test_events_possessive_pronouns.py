"""Failure class found on the real-news benchmark's dev split: a possessive pronoun names who did a
judged thing ("ruled against its request", "condemned its invasion") or whose thing was acted on
("threatened their licence"), and was dropped: events came out without the recipient. A possessive
pronoun is resolved like any pronoun, and an event's recipient is never its own actor, so where the
nearest antecedent is the actor itself the next compatible one is taken. Sentences written for
these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("The Trump administration asked the court to allow the question. The Supreme Court ruled against "
     "its request on Thursday.", "REJECT", "Government of the United States"),
    ("Russia sent tanks across the border in August. Georgia condemned its invasion on Friday.",
     "ACCUSE", "Russia"),
    ("Senator Dara Quell proposed the bill in May. Governor Ali Bakr criticised her plan on Monday.",
     "ACCUSE", "Dara Quell"),
])
def test_events_possessive_pronoun_names_the_recipient(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, recipient=recipient), events


@pytest.mark.parametrize("text, event, not_recipient", [
    # "his" is a man: never the senator called Dara Quell, nor a body
    ("Senator Dara Quell met the Ostrian government in May. Governor Ali Bakr criticised his plan.",
     "ACCUSE", "government"),
    # defending one's own decision is no event against oneself
    ("France defended its decision on Monday.", "SUPPORT", "France"),
])
def test_events_possessive_pronoun_not_an_incompatible_or_own_party(nlp, text: str, event: str,  # type: ignore[no-untyped-def]
                                                                     not_recipient: str) -> None:
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, recipient=not_recipient), events


def test_events_possessive_takes_the_nearest_agreeing_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A jury convicted Omar Varo, the lawyer who represented the singer Dara Quell in her lawsuit "
            "against Governor Ali Bakr, of fraud.")
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and any("Omar Varo" in a for a in e[1])
                and any("Ali Bakr" in r for r in e[2])], events
