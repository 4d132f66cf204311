"""A verb in the perfect coordinated with a passive is done by the passive's subject, not its agent.

"The group is backed by the government and has staged protests against opposition figures" made
the government stage the protests, and "The minister was criticised by the opposition and has
resigned" made the opposition resign (issue 11: wrong actor). A finite active verb after a passive
already shared the passive's subject ("X was defeated and resigned"); a perfect ("has resigned",
"have staged") is active too. A bare participle after a passive ("was arrested and charged") still
shares the passive. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("The minister was criticised by the opposition and has resigned.", "RETREAT", "minister", "opposition"),
    ("The militia is backed by the government and has staged several attacks on opposition figures.", "ASSAULT",
     "militia", "government"),
], ids=["has-resigned", "has-staged"])
def test_a_perfect_after_a_passive_is_its_subject_s(nlp, text: str, event: str, actor: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == event]
    assert any(actor in a for e in events for a in e[1]), events
    assert not any(not_actor in a for e in events for a in e[1]), events


def test_a_bare_participle_after_a_passive_shares_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ali Hassan was arrested by police and charged with fraud.", gated=True)
    assert not events_with(events, "ACCUSE", "Hassan"), events
