"""Releasing the names of people frees no one.

"Police released the names of the three victims" was coded as a RETREAT (release) of the victims
(issue 11: word triggers without sense): a release is one only when what is given out can be
held captive; a name, an identity, a picture or a finding (word class
``events.coding.detect.non_captives``) cannot, whoever it is of. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Police released the names of the three victims on Monday.",
    "The army released the identities of the soldiers killed in the attack.",
    "Investigators released pictures of the two suspects on Friday.",
], ids=["names", "identities", "pictures"])
def test_releasing_what_is_about_people_frees_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "RETREAT"], events


def test_releasing_people_frees_them(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Police released the three suspects on Monday.", gated=True)
    assert events_with(events, "RETREAT", "Police", "suspects"), events
