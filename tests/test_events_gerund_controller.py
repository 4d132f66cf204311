"""Failure class found on the real-news benchmark (dev): the doer of an act told by a gerund after a
preposition ("found guilty of assaulting a tourist", "arrested X for attacking a diplomat") was
taken from the wrong place: the subject of an active clause ("police arrested X for attacking Y":
an attack by the police), or nobody, with the passive subject as a patient ("officers were found
guilty of assaulting a tourist": the officers assaulted). Grammar decides who does a gerund:
- in a passive clause, its subject ("X was charged with attacking Y", "X was jailed after attacking Y");
- after a preposition of cause or charge (for, of, with, from, over) in an active clause, the
  object the clause is about ("arrested X for attacking Y", "thanked X for helping Y");
- otherwise the subject ("police searched the house after arresting X").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient, not_actor", [
    ("The Rask police arrested Omar Varo on Friday for attacking a Kestrian diplomat.", "ASSAULT", "Varo",
     "diplomat", "police"),
    ("Two Ostrian soldiers were found guilty on Thursday of assaulting a Kestrian tourist.", "ASSAULT", "soldiers",
     "tourist", None),
    ("Omar Varo was jailed for six years on Monday after attacking a Kestrian diplomat.", "ASSAULT", "Varo",
     "diplomat", None),
    # subject control stays where nothing else is named
    ("The Rask police searched the house on Friday after arresting Omar Varo.", "COERCE", "police", "Varo", None),
])
def test_events_gerund_doer_by_grammar(nlp, text: str, event: str, actor: str, recipient: str,
                                       not_actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events
    if not_actor:
        assert not events_with(events, event, not_actor), events


@pytest.mark.parametrize("text, event, not_recipient", [
    # the passive subject did the act: it is never the act's patient
    ("Two Ostrian soldiers were found guilty on Thursday of assaulting a Kestrian tourist.", "ASSAULT", "soldiers"),
])
def test_events_gerund_doer_is_no_patient(nlp, text: str, event: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, None, not_recipient), events
