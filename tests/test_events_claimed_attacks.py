"""Failure class: a claim of responsibility for a violent act made no event, and a passive claim
("an attack claimed by X") gave the attack no doer. Wire copy reports who did an attack by its
claim: "X claimed responsibility for the bombing", "X claimed the attack", "the attack was claimed
by X", "a shooting claimed by X". The claimant is the doer of the attack claimed: ASSAULT, actor
the claimant. Not claims of an attack: claiming victory, a title or asylum; admitting or accepting
responsibility (a concession); a claim no one made ("no group has claimed the attack", which stays
negated). Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor", [
    ("The Pakistani Taliban claimed the attack on the police post.", "Taliban"),
    ("The Velmar Liberation Front claimed responsibility for the bombing of the pipeline.", "Velmar Liberation Front"),
    ("The attack was claimed by the Ostrian People's Army.", "Ostrian People's Army"),
    ("Two soldiers were killed in a shooting attack claimed by the Ostrian People's Army.", "Ostrian People's Army"),
    ("The attack, claimed by the Islamic State group, killed 17 people.", "Islamic State"),
])
def test_events_claim_of_an_attack_names_its_doer(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text", [
    "The Velmar team claimed victory in the relay on Sunday.",
    "The Velmar dissident claimed asylum in Ostria.",
    "The Ostrian champion claimed the title in Rask.",
    "No group has claimed the attack on the police post.",
    "The Velmar Liberation Front claimed responsibility for the success of the harvest festival.",
])
def test_events_claims_of_no_attack_are_no_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == "ASSAULT" and e[1] for e in events), events
