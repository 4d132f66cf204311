"""Aid told by its noun and announced for the future is a promise (AGREE), as a verb of giving is.

"General Motors and Chrysler will receive bridge loans from the government of Canada" was coded
AID: the verb's future made promised help AGREE ("will provide aid"), but an aid noun under a future
verb kept its material type (the guide: money or loans are AID when given, AGREE when promised; an
announced act is coded once, as its announcement). Aid given stays AID. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("General Motors and Chrysler will receive bridge loans from the government of Canada.", "Canada", "General Motors"),
    ("Kenya will get emergency food aid from the European Union next month.", "European Union", "Kenya"),
], ids=["will-receive-loans", "will-get-aid"])
def test_aid_announced_for_the_future_is_a_promise(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "AGREE", actor, recipient), events
    assert not events_with(events, "AID", actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("Kenya received emergency food aid from the European Union on Monday.", "AID", "European Union"),
    ("The European Union sent emergency food aid to Kenya on Monday.", "AID", "European Union"),
], ids=["aid-received", "aid-sent"])
def test_aid_given_keeps_its_type(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
