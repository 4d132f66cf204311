"""Failure classes of issue 11 (session 37), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. The act a killing was done during. "Twelve people were killed during an army offensive", "He
   was killed in a government counterassault": only an "in" or "by" phrase was read as the act the
   killing was done in, and a noun "counter" + an attack ("counterassault", "counteroffensive") was
   no act at all, so the killing had no actor and the government became its recipient. Seen on
   machine-written stories the rules were never written against. A "during" phrase names that act
   as an "in" phrase does, and "counter" before a noun of attack makes one of the same kind. The act's
   owners did the killing only when the act is hostile (an attack, a raid, an offensive, clashes):
   "killed in a student protest" was coded as the students killing; the protest and its owners are
   neither the killing's actors nor its recipients. A named subject keeps its act ("Police killed
   two people during a student protest": the police).
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. The act a killing was done during

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Twelve people were killed during an army offensive on the town on Monday.", "ASSAULT", "army", "people"),
    ("Five soldiers were killed during a rebel attack on their base on Monday.", "ASSAULT", "rebel", "soldiers"),
    ("The mayor was killed in a government counterassault on Saturday.", "ASSAULT", "government", "mayor"),
    ("An explosion killed four soldiers during a Taliban raid on Monday.", "ASSAULT", "Taliban", "soldiers"),
    ("Two soldiers were killed during clashes between the army and the rebels on Monday.", "ASSAULT", "rebels",
     "soldiers"),
])
def test_the_owner_of_a_hostile_act_a_killing_was_done_during_did_it(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, event, None, actor), events  # the actor is no recipient of its own act


@pytest.mark.parametrize("text, owner", [
    ("Two people were killed in a student protest in Dhaka on Monday.", "student"),
    ("Two people were killed during a student protest in Dhaka on Monday.", "student"),
    ("Three people were killed during an opposition rally in the capital on Monday.", "opposition"),
])
def test_the_owner_of_a_peaceful_act_did_no_killing(nlp, text, owner) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ASSAULT", owner), events
    assert not events_with(events, "ASSAULT", None, owner), events


@pytest.mark.parametrize("text, actor, wrong", [
    ("Police killed two people during a student protest on Monday.", "Police", "student"),
    ("Rebels killed five soldiers during an attack on a Taliban base on Monday.", "Rebels", None),
])
def test_a_named_subject_keeps_its_act_in_a_during_phrase(nlp, text, actor, wrong) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor), events
    if wrong:
        assert not events_with(events, "ASSAULT", wrong), events
        assert not events_with(events, "ASSAULT", None, wrong), events
