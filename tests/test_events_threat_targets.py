"""A threat is aimed at whom the threatened act would be done to.

"Israel warned it would attack Hamas" coded a THREATEN with no recipient (issue 11: half the
events lack a participant): the attack, the content of the warning, is folded into it, and its
target went with it. When the threatened act is the threatener's own (its subject is a pronoun
or the threatener itself), the threat takes that act's target and objects; an act the warning
only foresees of someone else ("warned that militants would attack the city") gives it none.
"Retaliate" is an attack of its own ("retaliated against X"), so a promise of it threatens.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Israel warned on Monday it would attack Hamas.", "Israel", "Hamas"),
    ("Ostria warned that it would strike Kestrian army bases if its ships were attacked.", "Ostria", "Kestria"),
    ("Iran said on Monday it would retaliate against Israel.", "Iran", "Israel"),
    ("Turkey warned that it would cut diplomatic ties with Sweden.", "Turkey", "Sweden"),
], ids=["warned-attack", "warned-strike-bases", "said-retaliate", "warned-cut-ties"])
def test_a_threat_is_aimed_at_the_target_of_the_threatened_act(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", actor, recipient), events


def test_an_act_foreseen_of_someone_else_gives_the_warning_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Ostrian army warned that Kestrian militants would attack Darna.", gated=True)
    assert not [e for e in events if e[0] == "THREATEN" and "Ostrian army" in " ".join(e[1])
                and any("Darna" in r for r in e[2])], events


def test_retaliation_done_is_an_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Israel retaliated against Hamas on Monday with air strikes on Gaza.", gated=True)
    assert events_with(events, "ASSAULT", "Israel", "Hamas"), events


@pytest.mark.parametrize("text, word, someone", [
    ("Israel warned on Monday it would attack Hamas.", "Monday", False),
    ("Israel warned on Monday it would attack Hamas.", "Israel", True),
    ("The talks will resume in March in Geneva.", "March", False),
], ids=["monday", "israel", "march"])
def test_a_date_is_no_participant(nlp, text: str, word: str, someone: bool) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.phrases import is_participant_like

    tok = next(t for t in nlp(text) if t.text == word)
    assert is_participant_like(tok) is someone


def test_the_victims_of_a_clause_further_down_are_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Iran threatened to shell Iraqi towns in retaliation for an air raid on the city of Susangerd where 100 "
            "people were killed.")
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "THREATEN"]
    assert events and not any("people" in r for e in events for r in e[2]), events
