"""Failure class found on the real-news benchmark's dev split: a pronoun object of an act ("endorsed
him", "shot him dead", "fired tear gas at them") was left without an actor, or taken for the act's
own subject. A plain pronoun never refers to the subject of its own clause (that is what "himself"
is for), so its antecedent is found before that clause; the subject of a *reporting* clause above
it still may be ("the leaders said they would ..."). Sentences written for these tests, positive
and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    ("Governor Ali Bakr won the primary on Saturday. The state party endorsed him by acclamation.",
     "SUPPORT", "Ali Bakr"),
    ("Opposition supporters tried to storm parliament on Friday. Police fired tear gas at them.",
     "ASSAULT", "supporters"),
    ("Rebel commander Omar Varo fled the town on Monday. Soldiers later shot him dead near the border.",
     "ASSAULT", "Omar Varo"),
])
def test_events_pronoun_object_finds_its_antecedent(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, recipient=recipient), events


@pytest.mark.parametrize("text, event, not_recipient", [
    # the subject of the pronoun's own clause is never its antecedent
    ("Residents gathered on Sunday. Police fired tear gas at them.", "ASSAULT", "Police"),
    ("Omar Varo spoke on Monday. Governor Ali Bakr praised him warmly.", "SUPPORT", "Ali Bakr"),
])
def test_events_pronoun_object_is_not_its_own_subject(nlp, text: str, event: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, recipient=not_recipient), events


def test_events_reported_subject_pronoun_still_binds_to_the_reporter(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Ali Bakr met Senator Dara Quell on Monday. Bakr said he would sanction the rebels."
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("SANCTION", "THREATEN") and any("Quell" in a for a in e[1])], events


@pytest.mark.parametrize("text, event, recipient", [
    ("Soldiers fired rubber bullets at the protesters in Rask.", "ASSAULT", "protesters"),
    ("Rebels shot at a convoy of police officers near the border.", "ASSAULT", "police"),
])
def test_events_shooting_at_someone_targets_them(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert [e for e in events if e[0] == event and any(recipient in r.lower() for r in e[2])], events


@pytest.mark.parametrize("text", [
    "Soldiers fired rubber bullets at dawn on Friday.",
    "Rebels attacked the town at night.",
])
def test_events_at_a_time_or_place_is_no_target(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if any(w in r.lower() for r in e[2] for w in ("dawn", "night"))], events


@pytest.mark.parametrize("text, event, recipient, not_recipient", [
    # "him" in a coordinated clause is a person: not the government that is the first clause's subject
    ("Omar Varo led the militia for years. In 2019 the Ostrian government labeled Varo a terrorist and "
     "imposed sanctions on him.", "SANCTION", "Omar Varo", "government"),
])
def test_events_person_pronoun_skips_a_body_subject(nlp, text: str, event: str, recipient: str,  # type: ignore[no-untyped-def]
                                                    not_recipient: str) -> None:
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == event]
    assert found and any(recipient in r for e in found for r in e[2]), events
    assert not any(not_recipient in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text, event, actor", [
    ("Governor Ali Bakr spoke on Monday. His plan, he said, was for the army, with the help of France "
     "(which he thanked for its role), to rebuild the bridges.", "SUPPORT", "Ali Bakr"),
    ("Judge Ali Bakr heard the case on Monday. The ministry asked Bakr to delay his ruling, but he declined.",
     "REJECT", "Ali Bakr"),
])
def test_events_subject_pronoun_skips_things_and_other_clauses(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
