"""A strike aimed at a place or a state is an attack; a strike by workers or over pay is a walkout.

"Obama authorized the first US strikes on Syria" was coded PROTEST (a labour strike) above the
threshold, while "Workers launched a strike over pay" was an attack (issue 11: word triggers
without sense). The noun's own phrase decides: a weapon modifier, an "on"/"against" phrase or a
state's name on it make it an attack, and so does a light verb of military action; a workforce
(its subject or modifier), a hunger strike or a phrase of pay make it a walkout, first.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("US President Barack Obama last month authorized the first US strikes on Syria.", "ASSAULT", "Obama"),
    ("The president ordered air strikes on rebel positions.", "ASSAULT", "president"),
    ("Israeli strikes on Gaza killed twelve people on Monday.", "ASSAULT", "Israel"),
    ("Workers launched a strike over pay on Monday.", "PROTEST", "Workers"),
    ("The teachers' union called a national strike for better pay.", "PROTEST", "union"),
], ids=["authorized-strikes-on", "ordered-air-strikes", "state-strikes-on", "workers-launched", "union-national"])
def test_the_strike_s_phrase_tells_its_sense(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    other = "PROTEST" if event == "ASSAULT" else "ASSAULT"
    assert not [e for e in events if e[0] == other], events
