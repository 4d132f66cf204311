"""Failure class found on the real-news benchmark's dev split (a verdict with no target): "Those who
want to link the attack to Norway are lying", said by Ostria's president, judges whoever the
relative clause describes: the article's actors who told such a thing against the speaker's side
(an accusation of Ostria by Kestria, before or after the quote). With no such act in the article,
or a relative clause that is not about the speaker's side, "those" judges no one. Sentences
written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipients", [
    ('Norwegian prime minister Piet Varga said on Monday, "Those who want to link the pipeline attack to Norway are '
     'lying." The attack was claimed by a rebel group, but the Swedish and Danish governments accused Norway of the '
     "attack.", "ACCUSE", "Varga", ("Sweden", "Denmark")),
])
def test_events_those_who_judges_the_accusers(nlp, text: str, event: str, actor: str,
                                              recipients: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert all(events_with(events, event, actor, r) for r in recipients), events


@pytest.mark.parametrize("text, event, actor", [
    # no one in the article told it against the speaker's side
    ('Norwegian prime minister Piet Varga said on Monday, "Those who want to link the pipeline attack to Norway are '
     'lying." The attack was claimed by a rebel group.', "ACCUSE", "Varga"),
])
def test_events_those_who_without_accusers(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert all(not e[2] for e in events_with(events, event, actor)), events
