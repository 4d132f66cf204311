"""What a claim says is no one's making of it: "denied accusations that its troops had shelled the
town" rejects whoever accused, not the troops.

A clause on a noun names who made the thing when it is a relative clause ("the plan Russia
announced", "the deal that Russia signed"); a content clause ("accusations that its troops had
shelled the town", "reports that soldiers had killed civilians") tells what the thing says, and its
subject made nothing. Read as a maker, the subject became the recipient of the denial: the denier's
own troops (issue 11: who did what to whom). The content clause is told by its mark ("that",
"whether") on a noun of claiming (word class ``events.coding.denials.claim_nouns``): "the decision
that X would lead" is left as it was. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

CONTENT = [
    ("own-troops", "Russia denied accusations that its troops had shelled the town.", "Russia", "troops"),
    ("own-soldiers", "The Russian army denied reports that its soldiers had killed civilians.", "Russian",
     "soldiers"),
    ("maker-named", "Russia denied Ukraine's claims that Russian troops had shelled the town.", "Russia", "troops"),
]


@pytest.mark.parametrize("text, actor, not_recipient", [c[1:] for c in CONTENT], ids=[c[0] for c in CONTENT])
def test_the_content_of_a_claim_is_not_its_maker(nlp, text: str, actor: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    rejecting = events_with(events, "REJECT", actor)
    assert rejecting and not [e for e in rejecting if any(not_recipient in r for r in e[2])], events


def test_the_named_maker_of_a_denied_claim_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russia denied Ukraine's claims that Russian troops had shelled the town.")
    assert events_with(events, "REJECT", "Russia", "Ukraine"), events


MADE = [
    ("relative-plan", "Germany rejected the plan that Russia announced on Monday.", "REJECT", "Germany", "Russia"),
    ("bare-relative", "Germany criticised the deal Russia signed with Iran.", "ACCUSE", "Germany", "Russia"),
]


@pytest.mark.parametrize("text, event, actor, recipient", [c[1:] for c in MADE], ids=[c[0] for c in MADE])
def test_a_relative_clause_still_names_the_maker(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events
