"""Failure class (issue 11, wrong recipients; found on wire-style text written for the purpose in
session 23): a call for someone's release was addressed to the captives ("Qatar demanded the release
of the hostages" -> REQUEST to the hostages) or to no one ("Russia called for the release of two
journalists detained by Ukraine"). A release is asked of whoever holds the captives: the agent of
their captivity told beside them ("detained by Ukraine", "who was arrested by police"), else the doer
of the article's last capture of them before the call (an arrest, a seizure, a detention, an
abduction: "Hamas seized 40 hostages. Qatar demanded the release of the hostages").

Not: a call that asks the holder by name already ("urged Belarus to release political prisoners"),
a release of something no one holds ("the release of the report"), and captives whose capture the
article does not tell (the captives stop being the recipients; no holder is guessed).
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


def _requests(nlp, text: str) -> list[tuple]:  # type: ignore[type-arg,no-untyped-def]
    return [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, asker, holder", [
    ("Hamas seized 40 hostages on Monday. Qatar demanded the release of the hostages.", "Qatar", "Hamas"),
    ("Russia called for the release of two journalists detained by Ukraine.", "Russia", "Ukraine"),
    ("Amnesty International called for the release of the activist, who was arrested by Egyptian police last week.",
     "Amnesty", "police"),
    ("Kenyan police arrested a journalist on Tuesday. The Media Council of Kenya demanded his immediate release.",
     "Media Council", "police"),
    ("Iran's Revolutionary Guards detained 23 crew members of a British tanker on Thursday. Britain demanded the "
     "immediate release of the crew members.", "United Kingdom", "Revolutionary Guard"),
])
def test_events_a_release_is_asked_of_the_holder(nlp, text, asker, holder) -> None:  # type: ignore[no-untyped-def]
    asks = [e for e in _requests(nlp, text) if any(asker in a for a in e[1])]
    assert asks and all(any(holder in r for r in e[2]) for e in asks), asks


@pytest.mark.parametrize("text, asker, recipient, not_recipient", [
    ("The EU urged Belarus to release political prisoners.", "European Union", "Belarus", "prisoners"),
    ("Qatar demanded the release of the hostages on Monday.", "Qatar", None, "hostages"),
])
def test_events_a_release_is_never_asked_of_the_captives(nlp, text, asker, recipient, not_recipient) -> None:  # type: ignore[no-untyped-def]
    asks = [e for e in _requests(nlp, text) if any(asker in a for a in e[1])]
    assert asks, asks
    assert not [e for e in asks if any(not_recipient in r for r in e[2])], asks
    if recipient is not None:
        assert all(any(recipient in r for r in e[2]) for e in asks), asks


def test_events_a_release_of_a_thing_is_asked_of_no_captor(nlp) -> None:  # type: ignore[no-untyped-def]
    """The report is no captive: the police who arrested others are not asked to release it."""
    text = "Police arrested two opposition activists on Monday. Opposition MPs demanded the release of the audit report."
    asks = _requests(nlp, text)
    assert asks and not [e for e in asks if any("olice" in r for r in e[2])], asks
