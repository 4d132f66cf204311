"""An act told in a time phrase ("after meeting X", "a day after signing Y") is an act of its own,
done by the subject of the clause it hangs from.

"After meeting Reza, Varo criticised the government" lost the meeting: a gerund under a
preposition was taken for the content of the judging verb above it, as it is in "criticised X for
meeting Y" (issue 11: no actor, lost events). A gerund after a preposition of time (word class
``events.coding.time_preps``: after, before, since, upon, while) is a clause of its own; its doer is
the main clause's subject, also when the time phrase hangs from a measure of time ("a day after
signing"). A gerund after "for" or "of" stays what the judgement is about. Sentences written for the
test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("After meeting Prime Minister Ali Reza, President Ana Varo criticised the Kestrian government.", "CONSULT",
     "Varo", "Reza"),
    ("A day after signing a new treaty with Ostria, the government of Kestria welcomed the Ostrian ambassador.",
     "SUPPORT", "Kestria", "Ostria"),
    ("Hours before resigning on Monday, Defence Minister Ali Reza accused the army of plotting a coup.", "RETREAT",
     "Reza", None),
], ids=["after-meeting", "a-day-after-signing", "hours-before-resigning"])
def test_an_act_in_a_time_phrase_is_the_subject_s_own(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text", [
    "President Ana Varo criticised Prime Minister Ali Reza for meeting the rebel leader Omar Tal.",
    "President Ana Varo accused Prime Minister Ali Reza of meeting the rebel leader Omar Tal.",
], ids=["criticised-for", "accused-of"])
def test_what_a_judgement_is_about_is_not_the_judge_s_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONSULT", "Varo"), events
