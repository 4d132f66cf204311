"""Failure class (issue 11, "statements coded backwards"), seen on the real-news benchmark's dev
split: a gerund with no subject of its own inside what a speaker says ("Banning the party would
only make things worse", "the purpose of suspending Parliament is to stop the debate") names an
act in general, not one the speaker does; the coder gave it to the speaker, who became the one
banning or suspending. The speaker keeps the acts of first-person and pronoun subjects the quotes
stage tied to them ("we will ban", "said he would ban"). Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, speaker", [
    ('The interior minister, Omar Varo, said: "Banning the party would only make the problem worse."', "COERCE",
     "Omar Varo"),
    ('Speaker Ana Tell said: "It is obvious that the purpose of suspending parliament now is to stop the debate."',
     "SANCTION", "Ana Tell"),
    ('"Arresting journalists is never the answer," said Omar Varo, the opposition leader.', "COERCE", "Omar Varo"),
])
def test_events_a_quoted_gerund_is_no_act_of_the_speaker(nlp, text: str, event: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, speaker), events


@pytest.mark.parametrize("text, event, speaker", [
    ('"We will ban the party next week," the interior minister, Omar Varo, said.', "THREATEN", "Omar Varo"),
    ("The interior minister, Omar Varo, said he had banned the party on Monday.", "COERCE", "Omar Varo"),
    ("Omar Varo said his government would suspend parliament for five weeks.", None, "Omar Varo"),
])
def test_events_the_speakers_own_acts_stay_his(nlp, text: str, event: str | None, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    if event is None:
        assert any(any(speaker in a or "government" in a for a in e[1]) for e in events), events
    else:
        assert events_with(events, event, speaker), events
