"""The doer of an infinitive after a verb with a person object is that object (object control).

"The killing prompted Hezbollah to deploy its fighters": Hezbollah deploys. The infinitive has no
subject of its own, and the governing verb's subject ("the killing") is no one, so the deployment
had no actor (issue 11: no actor). Grammar says who acts: after a verb with an object that is
someone ("forced Ostria to withdraw", "allowed police to arrest"), the object does the infinitive.
A thing as the object leaves the subject as the doer ("Police used tear gas to disperse the crowd"),
and so does a verb of subject control ("promised Kestria to withdraw": the promiser withdraws).
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The killing prompted the militant group Hezbollah to deploy its fighters to the capital.", "MOBILIZE",
     "Hezbollah"),
    ("The attack forced Ostria to withdraw its troops from the border.", "RETREAT", "Ostria"),
    ("The new law allowed the police to arrest the protest leaders without a warrant.", "COERCE", "police"),
    ("The United States helped Kestrian forces to attack the rebel town of Ruma.", "ASSAULT", "Kestria"),
], ids=["prompted", "forced", "allowed", "helped"])
def test_the_object_of_a_control_verb_does_the_infinitive(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("Police used tear gas to disperse the crowd in Darna.", None, "Police", "gas"),
    ("The United States helped Kestrian forces to attack the rebel town of Ruma.", "ASSAULT", "Kestria", "United States"),
], ids=["thing-object", "helper-is-not-the-attacker"])
def test_a_thing_object_or_the_helper_is_not_the_doer(nlp, text: str, event: str | None, actor: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if event is None or e[0] == event]
    assert any(actor in a for e in events for a in e[1]), events
    assert not any(not_actor in a for e in events for a in e[1]), events


def test_a_promise_to_someone_is_the_promiser_s_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ostria promised Kestria to withdraw its troops from the border.", gated=True)
    assert not events_with(events, "RETREAT", "Kestria"), events
