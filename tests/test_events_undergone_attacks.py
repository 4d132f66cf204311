"""Failure class: an attack told from the side of the attacked made no event: "the opposition
leader survived an assassination attempt", "Ostrian troops repelled a Velmar attack" (no one
attacked), "Ostrian forces came under fire from Velmar positions", "the convoy came under attack
from rebels". A verb of undergoing or fending off (word class ``events.coding.undergone.verbs``:
survive, suffer, repel, withstand) whose object is an attack noun, or "came under" an attack noun
or fire, is an ASSAULT on its subject by whom the attack names (possessor, "by" phrase, name or
demonym, weapon) or its "from" phrase. "Came under" is literal only when the "from" phrase names
an armed side or weapon (word class ``events.coding.undergone.armed_sides``): "came under fire
from critics over the budget" is criticism and no assault. Not attacks: "suffered a heart attack",
"survived a vote of no confidence"; "survived the attack" retells an attack told before. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("The Ostrian opposition leader survived an assassination attempt in Rask on Sunday.", None, "leader"),
    ("Ostrian troops repelled a Velmar attack on the border town of Dask.", "Velmar", "Ostria"),
    ("Ukrainian forces came under fire from Russian positions across the river.", "Russia", "Ukrain"),
    ("Ostrian soldiers came under attack from rebels near Dask.", "rebels", "Ostria"),
    ("The Ostrian garrison suffered a rocket attack by rebels on Monday.", "rebels", "Ostria"),
])
def test_events_attack_undergone_is_done_to_the_subject(nlp, text: str, actor: str | None, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor, recipient), events


def test_events_attack_survived_as_known_is_the_attack_told_before(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Rebels stabbed the Ostrian interior minister in Rask on Monday. "
                                       "The minister, who was visiting a school, survived the attack.")
    assert len([e for e in events if e[0] == "ASSAULT"]) == 1, events


@pytest.mark.parametrize("text", [
    "The Ostrian finance minister came under fire from critics over the budget.",
    "The Ostrian president suffered a heart attack on Monday.",
    "The Ostrian government survived a vote of no confidence in parliament.",
])
def test_events_undergoing_no_attack_is_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == "ASSAULT" for e in events), events
