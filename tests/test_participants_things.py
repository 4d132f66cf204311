"""Failure classes found on the real-news benchmark's dev split (issues 10 and 11): event
participants that name things became actors (junk actors: no country, no sector, no one).

- **an unlabelled name undergoing the act**: a proper name the recogniser gives no label and that
  is the object, the passive subject or a prepositional object of the act ("praised Quillnet",
  "tried to storm Area 12", "a post on Quillnet") is a product, a place or a work as
  often as someone; as the doer ("Gondor dispatched warships") or the modifier of an act ("the
  Tarnogroup meeting") the syntax says it acts;
- **a modifier inside a thing**: the actors inside a non-participant phrase ("an Indian proposal",
  "the Hamas plan") are the modifiers that name a state, a people of a state or a labelled
  organisation or person, or an unlabelled name making a thing ("Gondor peace offer"), not a
  word of a longer name ("Pet Patrol") or the unit of an amount ("VRN9 million"). (Left: a people's adjective of no state, "another Islamic religious garment", is
  still taken for a people: the recogniser labels fictional demonyms the same way.)

Tried and left out: a place named after a state or people ("the Persian Gulf") made no actor of
that state; the coder then took the people's word inside it ("Persian") as the participant, and
dev moved nowhere.

Sentences written for these tests (positive and negative cases), before the fix.
"""

from __future__ import annotations

import pytest
from builders import code_events

pytestmark = pytest.mark.model


def _names(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name.lower() for a in code_events(nlp, text).actors]


@pytest.mark.parametrize("text, word", [
    ("Varo praised Quillnet in a speech.", "quillnet"),
    ("Fans tried to storm Area 12 on Friday.", "area 12"),
    ("The two scientists will share a prize of VRN9 million from the Kestrel Foundation.", "vrn9"),  # an amount
])
def test_participants_things_name_no_one(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, text)
    assert not [n for n in names if word in n], names


@pytest.mark.parametrize("text, word", [
    ("Gondor dispatched warships to the coast.", "gondor"),  # an unlabelled name as the doer
    ("The Tarnogroup meeting was the last of many this week.", "tarnogroup"),  # the modifier of an act
    ("Ferin and Arvo signed the Friendship for the XXII Century agreement.", "ferin"),  # a coordinated doer
    ("Gondor dispatched warships to the coast. Arnor condemned Gondor.", "gondor"),  # named as the doer before
    ("The minister welcomed an Indian proposal.", "india"),  # a demonym inside a thing
    ("The minister criticised the Hamas plan.", "hamas"),  # a known organisation inside a thing
    ("A Gondorian camp was attacked by rebels.", "gondorian"),  # a people's adjective inside a thing
    ("Arnor rejects Gondor peace offer", "gondor"),  # an unlabelled name as the maker of a thing
    ("The minister urged Gondor to withdraw its troops.", "gondor"),  # an object that acts next
    ("Arnor accused Gondor of blocking the strait.", "gondor"),  # the doer of the charge
    ("Arnor criticised Europe's plan on Monday.", "europe"),  # a one-word region stands for its states
])
def test_participants_things_keep_someone(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    names = _names(nlp, text)
    assert [n for n in names if word in n], names


def test_participants_things_named_doer_is_also_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    """A name that acts in one sentence is someone when it undergoes an act in the next."""
    result = code_events(nlp, "Gondor dispatched warships to the coast. Arnor condemned Gondor.")
    names = {a.id: a.name for a in result.actors}
    assert any(e.event == "ACCUSE" and [names[r] for r in e.recipient] == ["Gondor"] for e in result.events), \
        [(e.event, e.actor, e.recipient) for e in result.events]
