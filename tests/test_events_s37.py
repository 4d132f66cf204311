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

2. A state's words judging its own country's rebels. "Rebels attacked a soldier ... Liberian
   authorities said the attack was totally unwarranted" coded no accusation: the doer of an act a
   quote judges was never of the speaking state's country, so that a state defending its own army
   accuses no one. That held for the rebels, gunmen and protesters of the country too, whom their
   state judges every day; the verbs' judging (:func:`.anaphora.doers_of_judged_acts`) already
   took only the state's own organs out (:func:`.anaphora.state_country`), the quotes did not. They
   now read their own side the same way: a state's words about its own army's act still accuse no
   one; an opposition leader still accuses the government's troops.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. The act a killing was done during

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Twelve people were killed during an army offensive on the town on Monday.", "ASSAULT", "army", "people"),
    ("Five soldiers were killed during a rebel attack on their base on Monday.", "ASSAULT", "rebel", "soldiers"),
    ("The mayor was killed in a government counterassault on Saturday.", "ASSAULT", "government", "mayor"),
    ("A woman was shot and killed during a police raid on her home on Monday.", "ASSAULT", "police", "woman"),
    ("Three civilians were wounded in an exchange of fire between the army and the rebels on Monday.", "ASSAULT",
     "rebels", "civilians"),
    ("A curfew was declared in an agreement between the governor and the protesters on Monday.", "COERCE",
     "governor", None),
    ("Two soldiers were killed during clashes between the army and the rebels on Monday.", "ASSAULT", "rebels",
     "soldiers"),
])
def test_the_owner_of_an_act_a_passive_was_done_during_did_it(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, event, None, actor), events  # the actor is no recipient of its own act


@pytest.mark.parametrize("text, owner", [
    ("Two people were killed in a student protest in Dhaka on Monday.", "student"),
    ("Two people were killed during a student protest in Dhaka on Monday.", "student"),
    ("Three people were killed during an opposition rally in the capital on Monday.", "opposition"),
    ("Two guards were shot during talks between the government and the rebels on Monday.", "rebels"),
])
def test_the_owner_of_an_act_people_attend_did_no_killing(nlp, text, owner) -> None:  # type: ignore[no-untyped-def]
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


# 2. A state's words judging its own country's rebels

@pytest.mark.parametrize("text, actor, recipient", [
    ("Rebels attacked a soldier in Monrovia on Monday. Liberian authorities said the attack on the soldier was "
     "totally unwarranted.", "Liberian authorities", "Rebels"),
    ("Gunmen attacked a police station in Kano on Monday. The Nigerian government said the attack was cowardly.",
     "Nigeria", "Gunmen"),
    ("Protesters stormed the parliament building in Lima on Monday. Peru's interior minister said the assault "
     "was unacceptable.", "minister", "Protesters"),
    ("Israeli troops attacked a village in Gaza on Monday. The Israeli opposition leader said the attack was "
     "unacceptable.", "opposition leader", "Israeli troops"),
])
def test_a_states_words_judge_its_own_countrys_rebels(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text, judge, own", [
    ("Nigerian troops attacked a village in Borno on Monday. The Nigerian government said the attack was "
     "justified.", "Nigeria", "troops"),
    ("Nigerian troops attacked a village in Borno on Monday. The Nigerian defence minister said the operation "
     "was a success.", "minister", "troops"),
])
def test_a_states_words_on_its_own_armys_act_accuse_no_one(nlp, text, judge, own) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE", judge, own), events


def test_an_active_verbs_during_phrase_may_be_its_targets_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "A navy vessel fired warning shots at the pirates during their attack on a "
                                       "tanker on Monday.", gated=True)
    assert not events_with(events, "ASSAULT", "pirates"), events
