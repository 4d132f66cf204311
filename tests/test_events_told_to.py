"""Telling someone to do something asks it of them; the act told has not happened.

"Ostria told Kestria to withdraw its troops" was coded as Kestria's withdrawal (issue 11:
statements coded backwards, modality): a speech verb with a person object and an infinitive is
a demand on that person (REQUEST), as "ordered X to" and "urged X to" are, and the act demanded
is folded into it. Telling someone that something happened ("told reporters that the talks had
failed") demands nothing. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient, not_done", [
    ("Ostria told Kestria to withdraw its troops from the border.", "Ostria", "Kestria", "RETREAT"),
    ("The police told residents to leave the area before the march.", "police", "residents", None),
], ids=["told-kestria-to-withdraw", "told-residents-to-leave"])
def test_telling_someone_to_act_asks_it_of_them(nlp, text: str, actor: str, recipient: str, not_done: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REQUEST", actor, recipient), events
    if not_done:
        assert not [e for e in events if e[0] == not_done], events


def test_telling_someone_what_happened_asks_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister told reporters that the talks with Kestria had failed.", gated=True)
    assert not [e for e in events if e[0] == "REQUEST"], events
