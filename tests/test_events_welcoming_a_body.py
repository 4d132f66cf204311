"""Failure class (issue 11, "word triggers without sense"): "welcome" is hosting a visit when what is
welcomed is someone who comes (a person, a delegation, observers) or is welcomed somewhere ("to
Vilnius"); welcoming a body by itself ("formally welcomed a UN-backed tribunal", "welcomed the
commission's inquiry") says what the speaker thinks of it, as welcoming a thing already did: SUPPORT,
not CONSULT. Sentences written for these tests, positive and negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Kestria and Ostria have formally welcomed a UN-backed tribunal looking at possible war crimes in Veldonia.",
     "SUPPORT", "Kestria"),
    ("The Kestrian government welcomed the International Criminal Court on Tuesday.", "SUPPORT", "Kestrian government"),
    # someone who comes, or a body welcomed somewhere, is a guest
    ("President Omar Varo welcomed the Ostrian prime minister on Monday.", "CONSULT", "Omar Varo"),
    ("The Kestrian government welcomed an Ostrian delegation on Monday.", "CONSULT", "Kestrian government"),
    ("President Omar Varo welcomed NATO to the Kestrian capital on Monday.", "CONSULT", "Omar Varo"),
])
def test_events_welcoming_a_body_is_support_and_a_guest_a_visit(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    other = "CONSULT" if event == "SUPPORT" else "SUPPORT"
    assert not events_with(events, other, actor), events
