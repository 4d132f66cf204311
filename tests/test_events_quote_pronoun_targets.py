"""Failure class found on the real-news benchmark's dev split: a quote that condemns or praises
someone it names only by a pronoun ("She is just doing this to split the movement", "His use of
the office has been unconstitutional") was no event, because a quote's judged party had to be a
name. A third-person pronoun (personal or possessive) is resolved like any other, never to the
speaker; "it" and first or second persons judge no one named. Sentences written for these
tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ('Governor Ali Bakr defended the new curfew on Monday. "He is lying to the people, and his conduct '
     'has been reckless and illegal," said Senator Dara Quell.', "ACCUSE", "Dara Quell", "Ali Bakr"),
    ('Senator Dara Quell resigned on Monday. "She served the country with honour and great courage," '
     'said Governor Ali Bakr.', "SUPPORT", "Ali Bakr", "Dara Quell"),
])
def test_events_quote_judging_a_pronoun(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, speaker", [
    # the speaker judges themself: no event against anyone
    ('Governor Ali Bakr apologised on Monday. "I made a reckless and disgraceful mistake," he said.', "Ali Bakr"),
    # "it" is a thing here, and "we" the speaker's side
    ('Senator Dara Quell spoke about the new curfew. "It is illegal and reckless, and we will fight it," '
     'Quell said.', "Dara Quell"),
])
def test_events_quote_pronoun_judging_no_other(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("ACCUSE", "SUPPORT") and e[2]
                and any(speaker in a for a in e[1]) and e[1] != e[2]
                and any(r in ("curfew", "Dara Quell", "Ali Bakr") and r not in e[1] for r in e[2])], events
