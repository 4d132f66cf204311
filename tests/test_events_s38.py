"""Failure classes of issue 11 (session 38), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. The aim of an operation. "Rebels launched a massive operation to storm the presidential
   palace" coded the storming with no actor, and "The opposition criticised an operation to storm
   the palace" coded the opposition storming it: the infinitive that says what an operation, an
   offensive, a campaign or an attempt is for took as its doer the noun itself (no one) when the
   parse hung it on the noun, and the subject of whatever verb governs the noun when the parse hung
   it on that verb. Seen on machine-written stories the rules were never written against ("launched a
   massive operation to storm Bahrayn Palace ..., killing a number of soldiers": no actor). The doer
   of an operation's aim is the operation's owner: the subject of a verb that launches or conducts
   it (word class ``events.coding.roles.launching_verbs``), else the operation's own possessor or
   the body named on it ("the army's campaign", "a government operation"), else no one: who
   criticises, supports or opposes an operation does not carry it out. A protest is an operation
   of its own kind: "Workers organised a strike to demand higher wages" is the workers' demand (it
   was coded with the workers as recipient), "The government banned a rally to demand ..." no
   demand of the government's.

2. A participle on those who underwent an act. "Twelve people killed during an army offensive on
   Monday were buried on Tuesday" coded the killing with no actor, where "Twelve people were killed
   during an army offensive" names the army (session 37): the act-owner reading took only a verb
   with a passive auxiliary or subject for a passive, while the roles of the parse already read a
   reduced passive and a participle joined to one as passives. A past participle that describes
   who underwent it ("people killed during ...", "the mayor, wounded in a rebel attack, ...") is a
   passive too: the act it was done in names its doer, under the same limits (the owners of an act
   people attend did no forceful act done at it: "journalists arrested during an opposition rally").
   The act-owner reading now asks the roles (:func:`.roles.undergone`) instead of a test of its own.

3. A frame verb with a particle that unmakes it. "The army launched an offensive to push back rebels
   ... to retake the north" was coded as the army asking the rebels to retake it (seen on
   machine-written stories once class 1 gave the push its doer): "push X to do" frames a request,
   and the frame was read whatever particle the verb had, though the lexicon calls "push back" no
   event. A particle that makes the verb a phrasal verb of no event unmakes its frame as it already
   unmade its plain sense (:meth:`.lexicon.Lexicon.unevented`); "pushed the government to raise
   wages" is still a request.

4. A restriction removed. "The government dropped the lockdown restrictions", "Authorities scrapped
   the curfew", "revoked the ban on opposition rallies" coded nothing (the last a ban imposed), where
   "lifted the restrictions" is an easing: the easing was read only for verbs the lexicon gives an
   event of their own (lift, ease, relax), though the word class of removing verbs already named
   drop, scrap, remove, rescind and revoke. The lexicon now says, as data, that removing a
   restriction (word classes ``events.coding.detect.restrictions`` and ``material_restrictions``)
   eases it, as it said for laws and taxes; dropping leaflets or removing a minister is no easing.

5. Words hit back at. "The president hit back at comments by the opposition leader" was an assault
   (one of the issue's word triggers without sense): a verb of attack was read as words only when
   its direct object is a statement or an act ("attacked the proposal"), not when its target is
   named by "at". What it is aimed at counts as its object does; "The army hit back at the rebels"
   is still an attack.

6. What is shared. "The two leaders share a dislike of the press" was cooperation (another of the
   issue's word triggers without sense), as were "share a monetary award" and "shared their
   insights" on dev-work, where every live event of "share" was wrong: any sharing was read as
   intelligence sharing. Sharing is cooperation when what is shared is handed over (word class
   ``events.coding.detect.shared_goods``: intelligence, information, data, technology ...), as a
   signing is an agreement only of a pact.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. The aim of an operation

@pytest.mark.parametrize("text, event, actor", [
    ("Rebels launched a massive operation to storm the presidential palace on Monday.", "ASSAULT", "Rebels"),
    ("The army's campaign to retake the town of Kidal began on Monday.", "ASSAULT", "army"),
    ("The militants mounted an offensive to seize the airport on Monday.", "ASSAULT", "militants"),
    ("Police launched an operation to arrest the opposition leaders on Monday.", "COERCE", "Police"),
    ("The terrorists and their supporters launched an operation to storm the palace, killing five soldiers.",
     "ASSAULT", "terrorists"),
    ("Workers organised a strike to demand higher wages on Monday.", "REQUEST", "Workers"),
])
def test_the_owner_of_an_operation_does_what_it_is_for(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, wrong", [
    ("The opposition criticised an operation to storm the palace on Monday.", "ASSAULT", "opposition"),
    ("Rebels supported a government operation to storm the palace on Monday.", "ASSAULT", "Rebels"),
    ("The union opposed a police campaign to arrest the strike leaders on Monday.", "COERCE", "union"),
    ("The government banned a rally to demand the release of the prisoners on Monday.", "REQUEST", "government"),
    ("The minister called the efforts of Chad to fight Boko Haram a success story on Monday.", "ASSAULT", "minister"),
])
def test_who_judges_an_operation_does_not_carry_it_out(nlp, text, event, wrong) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, wrong), events


def test_an_operation_named_for_its_body_is_that_bodys(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Rebels supported a government operation to storm the palace on Monday.",
                                  gated=True)
    assert not events_with(events, "ASSAULT", "Rebels"), events
    assert events_with(events, "ASSAULT", "government"), events


def test_a_purpose_of_the_verb_itself_keeps_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    # the infinitive says what the shelling was for, not what a noun of operation is for
    events = coded_article_events(nlp, "The army shelled the town on Monday to force the rebels out.", gated=True)
    assert events_with(events, "ASSAULT", "army"), events


# 2. A participle on those who underwent an act

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Twelve people killed during an army offensive on Monday were buried on Tuesday.", "ASSAULT", "army", "people"),
    ("Three villagers wounded during a rebel raid on Monday were taken to hospital.", "ASSAULT", "rebel",
     "villagers"),
])
def test_a_participle_on_who_underwent_an_act_names_its_owner(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, owner", [
    ("Journalists arrested during an opposition rally on Monday were released on Friday.", "COERCE", "opposition"),
    ("Two people killed during a student protest on Monday were buried on Tuesday.", "ASSAULT", "student"),
])
def test_a_participle_done_at_an_attended_act_is_not_its_owners(nlp, text, event, owner) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, owner), events


# 3. A frame verb with a particle that unmakes it

def test_a_particle_of_no_event_unmakes_a_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The army pushed back the rebels to retake the north of the delta on Monday.",
                                  gated=True)
    assert not events_with(events, "REQUEST"), events


def test_a_frame_without_such_a_particle_holds(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The union pushed the government to raise wages on Monday.", gated=True)
    assert events_with(events, "REQUEST", "union", "government"), events


# 4. A restriction removed

@pytest.mark.parametrize("text, event, actor", [
    ("The government dropped the lockdown restrictions on Monday.", "CONCEDE", "government"),
    ("Authorities scrapped the curfew in the capital on Monday.", "RETREAT", "Authorities"),
    ("The government revoked the ban on opposition rallies on Monday.", "CONCEDE", "government"),
    ("The government rescinded the state of emergency on Monday.", "RETREAT", "government"),
])
def test_removing_a_restriction_eases_it(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, "COERCE"), events  # the ban revoked is no ban imposed


@pytest.mark.parametrize("text", [
    "The army dropped leaflets over the town on Monday.",
    "The government removed the minister from the cabinet on Monday.",
])
def test_removing_what_restricts_no_one_eases_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONCEDE") and not events_with(events, "RETREAT"), events


# 5. Words hit back at

@pytest.mark.parametrize("text, event, actor", [
    ("The president hit back at comments by the opposition leader on Monday.", "ACCUSE", "president"),
    ("The minister hit back at criticism of the plan on Monday.", "ACCUSE", "minister"),
    ("The army hit back at the rebels near the town on Monday.", "ASSAULT", "army"),
])
def test_what_an_attack_verb_is_aimed_at_decides_words_or_force(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    other = "ASSAULT" if event == "ACCUSE" else "ACCUSE"
    assert not events_with(events, other, actor), events


# 6. What is shared

def test_sharing_what_cooperation_hands_over_is_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Britain shared information with France on Monday.", gated=True)
    assert events_with(events, "COOPERATE", "United Kingdom", "France"), events


@pytest.mark.parametrize("text", [
    "The two leaders share a dislike of the press.",
    "The two scientists are to share a prize of nine million crowns.",
    "Kestria and Ostria share a long border.",
])
def test_sharing_a_view_a_prize_or_a_border_is_no_cooperation(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "COOPERATE")
