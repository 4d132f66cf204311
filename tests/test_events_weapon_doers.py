"""Failure class: an attack told with its weapon as the doer had no actor, though the weapon names
whose it is: "Ostrian artillery pounded rebel positions", "the village was shelled by Velmar
artillery", "killed by Israeli tank fire", "struck by a missile fired from a Russian warplane",
"wounded by fire from the Ostrian side", "shot down by Ostrian air defences", "a Velmar drone
strike on a convoy left five dead". A weapon or armed platform (word class
``events.coding.weapons.armed_means``) as the subject or "by" phrase of a violent verb is fired by
whom it names: its possessor, a name or demonym on it or on its weapon compound, or its "from"
phrase (on it or on its participle: "fired from"). Gunfire so named is no blaze: "killed by
Israeli fire" is an attack, "killed by a fire" and "a Rask fire killed ten" are not; a weapon naming
no one ("a roadside bomb killed four soldiers") leaves the attack without an actor. Sentences
written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("Ostrian artillery pounded rebel positions outside Rask on Monday.", "Ostria"),
    ("The village of Mera was shelled by Ostrian artillery overnight.", "Ostria"),
    ("A Velmar cameraman was killed by Ostrian tank fire near Rask.", "Ostria"),
    ("The hospital in Rask was struck by a missile fired from an Ostrian warplane.", "Ostria"),
    ("A Velmar border guard was wounded by fire from the Ostrian side.", "Ostria"),
    ("A Velmar drone was shot down by Ostrian air defences on Monday.", "Ostria"),
    ("A Velmar drone strike on a rebel convoy left five fighters dead on Tuesday.", "Velmar"),
])
def test_events_weapon_as_doer_names_its_wielder(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text", [
    "Four soldiers were killed by a roadside bomb in Helmand on Tuesday.",
    "Three people were killed by a fire in a block of flats in Rask.",
    "A Rask fire killed ten people on Monday.",
])
def test_events_weapon_naming_no_one_gives_no_actor(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == "ASSAULT" and e[1] for e in events), events
