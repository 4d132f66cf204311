"""Seeking someone's act asks it of them: "Pakistan sought India's cooperation in the investigation"
is a REQUEST of Pakistan to India.

Only a "from" party was read as whom a seeker asks ("seeks loans from the IMF"), so the possessor's
cooperation became India's own COOPERATE (issue 11: word triggers without sense, who asks whom).
The possessor of the thing sought is asked, unless the thing is done to them ("sought X's
extradition" asks someone else to extradite X). Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, asked", [
    ("Pakistan sought India's cooperation in the investigation.", "Pakistan", "India"),
    ("Ukraine sought Germany's help to rebuild the power grid.", "Ukraine", "Germany"),
], ids=["cooperation", "help"])
def test_a_possessed_act_sought_asks_its_possessor(nlp, text: str, actor: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REQUEST", actor, asked), events


def test_an_act_done_to_the_possessor_does_not_ask_them(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Turkey sought the extradition of Fethullah Gulen's aides and Gulen's arrest.")
    assert not events_with(events, "REQUEST", "Turkey", "Gulen"), events
