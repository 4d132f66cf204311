"""A subject no actor stands for ("His rival", "Her friend") is the name set beside it.

"His rival, Ali Reza, dismissed the speech": the relational noun resolved to no actor, the name in
apposition was not read, and the rejection had no actor (issue 11: no actor, "pronoun subjects
right beside the name"). When the head resolves to no one, a proper name in apposition to it does.
A head that resolves keeps its own actor, and a description in apposition ("a coalition of
farmers") is no name. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("His rival, Ali Reza, dismissed the speech on Monday.", "REJECT", "Ali Reza"),
    ("Her longtime friend, Anna Berg, praised the decision of the court.", "SUPPORT", "Anna Berg"),
], ids=["rival", "friend"])
def test_the_name_beside_an_unresolved_subject_acts(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


def test_a_resolved_head_keeps_its_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The German government, led by Olaf Scholz, rejected the plan on Monday.")
    assert events_with(events, "REJECT", "Germany") or events_with(events, "REJECT", "German"), events
    assert not events_with(events, "REJECT", "Scholz"), events


def test_a_described_apposition_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The group, a coalition of farmers, rejected the plan on Monday.")
    assert not [e for e in events if e[0] == "REJECT" and any("coalition" in a for a in e[1])], events
