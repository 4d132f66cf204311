"""Failure class (issue 11, no actor): an act approved or authorised by a body ("The Senate approved
sanctions against Russia", "The IMF approved a loan for Pakistan", "The cabinet authorised the
deployment of troops") is the approver's act, as one it announces, imposes or orders is; the noun
was coded with no actor (and gated out) or not at all. Verbs of approving join the light verbs whose
subject does the act their object names. An approved thing that is no event ("approved the
budget", "approved the merger of two banks") stays nothing. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ("The United States Senate approved new sanctions against Russia on Tuesday.", "SANCTION", "Senate", "Russia"),
    ("The International Monetary Fund approved a loan for Pakistan on Friday.", "AID", "International Monetary Fund",
     "Pakistan"),
    ("The Kenyan cabinet authorised the deployment of police officers to Haiti.", "MOBILIZE", "Kenya", "Haiti"),
])
def test_an_approved_act_is_the_approvers(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:
    assert events_with(coded_article_events(nlp, text), event, actor, recipient)


@pytest.mark.parametrize("text", [
    "The Kenyan parliament approved the budget on Thursday.",
    "Shareholders approved the merger of the two banks.",
])
def test_approving_what_is_no_event_codes_nothing(nlp, text: str) -> None:
    assert not coded_article_events(nlp, text), text
