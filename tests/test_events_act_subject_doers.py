"""Failure class: an attack told by its act noun as the subject of what it did ("A Russian missile
strike killed 12 civilians", "An Israeli airstrike killed ...") had no actor, though the noun names
its doer by a demonym, a name, a possessor or a "by" phrase; only the plural without article
("Russian missile strikes killed") worked. The doers named on an attack noun that is the subject of
a violent verb are the event's actors. An attack noun naming no one keeps no actor ("a car bomb
killed ten"). Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("A Russian missile strike killed 12 civilians in Dnipro on Saturday.", "Russia"),
    ("A Russian attack on the city of Kharkiv injured five people.", "Russia"),
    ("An Israeli airstrike killed 12 civilians in Gaza.", "Israel"),
    ("An attack by Ostrian rebels killed three soldiers near Rask.", "Ostria"),
])
def test_events_attack_noun_subject_names_its_doer(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor), events


def test_events_attack_noun_naming_no_one_has_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "A car bomb killed ten people in the market of Rask.")
    assert not any(e[0] == "ASSAULT" and e[1] for e in events), events
