"""Failure class found on the real-news benchmark's third batch (dev): the hidden doer of an
agentless legal act was the nearest body of any sector that may do it, so "X was arrested on
Friday ... the city court will rule on his detention ... police said" became an arrest by the
court. The sectors of ``data/legal_acts.csv`` are listed in the order of who does the act (an
arrest is the police's before a court's): the first listed sector present in the article wins, the
nearest of it first. A speaker who is such an authority still comes first, and with no body of the
first sector the next one does it. Sentences written for these tests, positive and negative,
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("Omar Varo, a tennis player, was arrested on Friday. The Rask city court will rule on his detention on "
     "Monday. The Rask police declined to comment.", "COERCE", "police", "court"),
    # a place name standing alone is no authority: the body named after it is
    ("Omar Varo was arrested on Friday. The Rask city court will rule on his detention.", "COERCE", "court", None),
    # the speaker who reports it is the authority
    ("Omar Varo was arrested on Friday, the Rask city court said. Police patrols were increased.", "COERCE",
     "court", None),
    # no police in the article: the court
    ("Omar Varo was arrested on Friday. The Rask city court ordered him held for two months.", "COERCE", "court",
     None),
])
def test_events_agentless_act_goes_to_the_sector_that_does_it(nlp, text: str, event: str, actor: str,
                                                              not_actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    if not_actor:
        assert not events_with(events, event, not_actor), events


# A judge the article names is the court of an agentless sentence or conviction; a person of any
# other sector (a lawyer, a police chief) is no hidden authority, nor is a judge for an arrest.
@pytest.mark.parametrize("text, event, actor, ok", [
    ("Judge Mara Venn heard the case in Rask. On Wednesday, nine men were jailed for fraud.", "SANCTION",
     "Mara Venn", True),
    ("Judge Mara Venn heard the case in Rask. Omar Varo was sentenced to five years.", "SANCTION", "Mara Venn", True),
    ("Lawyer Tom Brell spoke in Rask. On Wednesday, nine men were jailed for fraud.", "SANCTION", "Tom Brell", False),
    ("Judge Mara Venn spoke in Rask. Omar Varo was arrested on Friday.", "COERCE", "Mara Venn", False),
])
def test_events_named_judge_sentences(nlp, text: str, event: str, actor: str, ok: bool) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert bool(events_with(events, event, actor)) == ok, events
