"""A participant's country comes from its head's own words, not from a name inside its other phrases."""

from __future__ import annotations

import pytest
from builders import code_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,head,country", [
    # the head's own modifiers or possessor say whose the group is
    ("Syrian troops shelled the village on Tuesday.", "Syrian troops", "SYR"),
    ("Norway's police detained the smugglers.", "Norway's police", "NOR"),
    ("Members of the Thai royal family attended the ceremony and praised the monks.", "Members", "THA"),
    ("Agents within the Peruvian intelligence service detained two reporters.", "Agents", "PER"),
    # negative: a place named inside the group's phrase is where it was, not whose it is
    ("Protesters outside the Norwegian embassy burned flags on Friday.", "Protesters", None),
    ("Foreign troops stationed near the Syrian border attacked the convoy.", "Foreign troops", None),
    ("Foreign troops in Homs attacked the convoy of aid workers.", "Foreign troops", None),
    # onlookers take no country from where they came from; a group does, through its own context
    ("Journalists from Norway criticised the ruling party on Monday.", "Journalists", None),
    ("Rebels from Chad fired on the convoy.", "Rebels", "TCD"),
    ("Thousands of nurses throughout Chile marched on Monday to demand higher pay.", "nurses", "CHL"),
])
def test_country_from_the_heads_own_words(nlp, text: str, head: str, country: str | None) -> None:
    result = code_events(nlp, text)
    actor = next(a for a in result.actors if a.name.lower().startswith(head.lower()))
    assert actor.country == country, actor
