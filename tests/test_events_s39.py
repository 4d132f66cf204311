"""Failure classes of issue 11 (session 39), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. A wrong committed is no pledge. "The FARC are committing rape" was an agreement (the issue's
   "crimes committed -> AGREE", still firing): "commit" pledges unless its object is a wrongdoing,
   and wrongdoings were a short word list ("crime", "murder", "atrocity"), so every wrong it missed
   ("rape", "arson", "war crimes" said another way) became a pledge. A thing committed is no pledge
   when it is a wrong by the test the culpability reading already applies to "responsible for X"
   (:func:`.culpability.is_a_wrong`: a hostile act of the lexicon, a wrongdoing, a word the judgement
   table condemns), and "rape" is a hostile act noun as the verb is. What can be pledged still is:
   "committed 500 troops", "committed two billion euros", "committed to a ceasefire".

2. Property a crowd destroys is a riot. "Protesters burned tires and looted shops" was an assault on
   the shops: the lexicon's verbs of destruction (burn, torch, loot, set fire: ASSAULT, mode destroy)
   coded a crowd's violence as organised force, where PLOVER files it under PROTEST (riot) and the
   benchmark's coders did so (dev-work: crowds burning, looting and setting fire coded as protests).
   An act of destruction whose every doer is a crowd of protest (protesters, demonstrators, rioters,
   a mob, activists) is a protest in the riot mode (:mod:`.riots`); soldiers and rebels burning
   homes still assault, and a crowd attacking people is no act of destruction.

3. A stance on an act already told. "The opposition opposed the move", "opposed the plan" coded
   nothing where "condemned the move" accuses: a verb of stance (oppose, support, back) is an event
   only towards someone or someone's act, and a definite act noun of the lexicon counted as an act
   already told ("opposed the sanctions"), but the nouns that refer back to an act without naming
   its kind (move, plan, decision, policy: ``data/act_nouns.csv``, read by the anaphora of acts)
   did not. They do now, under the same "the"; a stance on an issue ("opposes abortion", "opposed
   the idea of a tax") is still none.

4. What a thing said not to exist does is not done. "The parties did not issue any formal
   statement opposing the move" was a live rejection (seen on machine-written stories once class 3
   read "opposing the move"), "sent no troops supporting the rebels" a live support: negation was
   read on the trigger's own clause, and a participle describing a noun under "no", or under "any"
   as the object of a denied verb, has none of its own. Such a participle is negated as its noun's
   verb is; a definite noun ("did not stop the protesters marching") still did what it did.

5. A thing named again is its maker's. "Ukraine announced a peace plan on Monday. Russia rejected
   the plan on Friday" had no recipient: whose a judged or rejected thing is was read off its own
   phrase only ("Ukraine's plan", "the plan by Ukraine"). A definite noun that names again a thing
   met before is its maker's: the doers of the nearest earlier mention of the same noun, or the
   subject of the verb that gave it out or made it (announced, unveiled, issued, proposed:
   :func:`.appeals.made_before`). Who judged it before made nothing ("Russia rejected a peace
   plan ... China criticised the plan": no recipient), and an indefinite earlier mention is a new
   thing that ends the search.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

from tidings.extract.events.riots import crowd_of_protest
from tidings.schema import Actor


# 1. A wrong committed is no pledge

@pytest.mark.parametrize("text", [
    "The FARC are committing rape in the villages, the activist said.",
    "The militia committed arson in the market on Monday.",
    "Soldiers committed rape and looting in the town on Monday.",
    "The rebels committed sabotage against the pipeline on Monday.",
])
def test_a_wrong_committed_is_no_pledge(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "AGREE"], events


@pytest.mark.parametrize("text, actor", [
    ("Britain committed 500 troops to the mission on Monday.", "United Kingdom"),
    ("Germany committed two billion euros to the relief fund on Monday.", "Germany"),
    ("Japan committed itself to the reconstruction of the port on Monday.", "Japan"),
])
def test_what_can_be_given_is_still_pledged(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "AGREE", actor), events


def test_rape_committed_is_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The FARC are committing rape in the villages, the activist said.", gated=True)
    assert events_with(events, "ASSAULT", "Revolutionary Armed Forces of Colombia"), events


# 2. Property a crowd destroys is a riot

@pytest.mark.parametrize("text, actor", [
    ("Protesters burned tires and looted shops in the capital on Monday.", "Protesters"),
    ("Some activists set fire to public buildings on Monday.", "activists"),
    ("Rioters torched cars in the capital on Monday.", "Rioters"),
])
def test_property_a_crowd_destroys_is_a_riot(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor) and not [e for e in events if e[0] == "ASSAULT"], events


@pytest.mark.parametrize("text, actor", [
    ("Soldiers torched homes in the village on Monday.", "Soldiers"),
    ("Rebels looted shops in the town on Monday.", "Rebels"),
    ("Protesters attacked police officers with stones on Monday.", "Protesters"),
])
def test_force_and_attacks_on_people_stay_assaults(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor) and not [e for e in events if e[0] == "PROTEST"], events


@pytest.mark.parametrize("name, kind, crowd", [
    ("anti-government protesters", "group", True), ("mob", "group", True), ("Rioters", "group", True),
    ("demonstrator", "group", True), ("Rebels", "group", False), ("police", "group", False),
    ("Mob Smith", "person", False), ("Crowd Control Unit", "organization", False),
])
def test_a_crowd_of_protest_by_its_head_noun(name, kind, crowd) -> None:  # type: ignore[no-untyped-def]
    assert crowd_of_protest(Actor("a1", name, kind, None, None)) is crowd


# 3. A stance on an act already told

@pytest.mark.parametrize("text, event, actor", [
    ("The government announced it would raise fuel prices on Monday. The opposition opposed the move on Tuesday.",
     "REJECT", "opposition"),
    ("The government announced a plan to raise fuel prices on Monday. The opposition opposed the plan on Tuesday.",
     "REJECT", "opposition"),
    ("The government announced it would raise fuel prices on Monday. The unions backed the decision on Tuesday.",
     "SUPPORT", "unions"),
])
def test_a_stance_on_an_act_already_told(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor)


@pytest.mark.parametrize("text", [
    "The party opposes abortion, its leader said on Monday.",
    "The group opposed the idea of a new tax on Monday.",
    "The senators opposed a plan on Monday.",
])
def test_a_stance_on_an_issue_is_none(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] in ("REJECT", "SUPPORT")], events


# 4. What a thing said not to exist does is not done

@pytest.mark.parametrize("text, event", [
    ("The parties did not issue any formal statement condemning the attack on Monday.", "ACCUSE"),
    ("The parties did not issue any statement opposing the move on Monday.", "REJECT"),
    ("The country sent no troops supporting the rebels on Monday.", "SUPPORT"),
])
def test_a_participle_on_what_was_not_is_negated(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == event], events


@pytest.mark.parametrize("text, event", [
    ("The ministry issued a statement condemning the attack on Monday.", "ACCUSE"),
    ("The army did not stop the troops supporting the rebels on Monday.", "SUPPORT"),
])
def test_a_participle_on_what_was_stays_live(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event], events


# 5. A thing named again is its maker's

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ukraine announced a peace plan on Monday. Russia rejected the plan on Friday.", "REJECT", "Russia", "Ukraine"),
    ("The government unveiled a new budget on Monday. The opposition criticised the budget on Tuesday.",
     "ACCUSE", "opposition", "government"),
])
def test_a_thing_named_again_is_its_makers(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


@pytest.mark.parametrize("text, event, actor, wrong", [
    ("Russia rejected a peace plan on Monday. China criticised the plan on Tuesday.", "ACCUSE", "China", "Russia"),
    ("Ukraine announced a peace plan on Monday. Russia rejected a plan on Friday.", "REJECT", "Russia", "Ukraine"),
])
def test_who_judged_a_thing_did_not_make_it(nlp, text, event, actor, wrong) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor) and not events_with(events, event, actor, wrong), events
