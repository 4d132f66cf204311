"""Failure classes of issue 11 (session 42), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. A passive joined to an active verb is done to the active verb's subject. "Tom Baker founded the
   Velmar Union in 1963 but was arrested in 1964" and "The opposition leader returned home on
   Monday and was arrested at the airport" coded the arrest as Tom Baker's and the leader's own: a
   passive conjunct with no subject of its own took the subject of the verb it is joined to as its
   doer. That subject undergoes it; its "by" phrase, if any, did it ("and was arrested by police":
   the police, where the police then arrested no one). A verb one does oneself after a passive
   ("was defeated in the vote and resigned") stays the subject's own, and two passives share their
   patient as before ("were arrested and beaten by police").

2. An act carried out by someone is theirs. "Two journalists were killed in an airstrike carried
   out by the Saudi-led coalition" and "An attack carried out by gunmen on Monday killed six
   people" coded killings by no one, while "killed in an airstrike by the coalition" had its
   actor: the "by" phrase of a participle of carrying out on the act noun (carried out, conducted,
   launched, mounted: word class ``events.coding.detect.military_light_verbs``) names who did the
   act, as its own "by" phrase and who ordered it do. A participle of judging it ("the attack,
   condemned by the United Nations") names no one who did it.

3. A gerund after a coordinated preposition has the first one's doer. "The spokesman accused
   protesters of breaking the law and of using force against security forces" made the spokesman
   use force, "arrested the men for stealing cars and for attacking a guard" the police attack: the
   second "of" or "for" hangs on the first, so the verb that says who does the gerund (the accused,
   the arrested) was not found, and the clause's subject was taken. A coordinated preposition reads
   the first one's governor. Where the subject does the first gerund ("apologised for the delay and
   for attacking the press") it does the second.

4. A state's own forces it moves are no one it acts on. "Donald Trump withdrew US troops from the
   border area" and "Russia withdrew Russian forces from the area" made the troops the withdrawal's
   recipient, where "withdrew its troops" did not: only a possessive said whose the forces were.
   The armed forces or police moved by a withdrawal, a deployment or a concession (its object) that
   are of the actor's own country are its means, whoever names them ("US troops", "Russian
   forces"); another state's ("withdrew support from Ukrainian forces") or a group of no country
   stays.

5. Verbs joined by "and" share the object after the last. "Police arrested and charged three men"
   coded the arrest of no one, "The government condemned and rejected Israel's decision" a
   condemnation of no one, "Russia warned it would destroy and obliterate Ukraine's army" a warning
   to no one: the parser hangs the object on the last verb only. A verb with no object and nothing
   after it but "and" and the next verb has that verb's object too; not a verb that takes no object
   ("resigned and left the country", "marched and blocked the road"), nor one with a phrase of its
   own after it.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. A passive joined to an active verb is done to the active verb's subject

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Tom Baker founded the Velmar Union in 1963 and was arrested by police in 1964.", "COERCE", "police", "Tom Baker"),
    ("The journalist Ann Vale travelled to Velt in May and was shot by a sniper.", "ASSAULT", "sniper", "Ann Vale"),
    ("The opposition leader returned home on Monday and was arrested at the airport.", "COERCE", None,
     "opposition leader"),
    ("Tom Baker founded the Velmar Union in 1963 but was arrested in 1964.", "COERCE", None, "Tom Baker"),
])
def test_a_passive_conjunct_is_done_to_the_first_verbs_subject(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, event, recipient), events  # the one arrested arrested no one


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Three protesters were arrested and beaten by police.", "ASSAULT", "police", "protesters"),
    ("Three protesters were arrested and beaten by police.", "COERCE", "police", "protesters"),
    ("The minister was defeated in the vote and resigned on Monday.", "RETREAT", "minister", None),
    ("Police arrested Tom Baker on Monday and charged him with murder.", "COERCE", "Police", "Tom Baker"),
])
def test_other_conjuncts_keep_their_roles(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


# 2. An act carried out by someone is theirs

@pytest.mark.parametrize("text, actor, recipient", [
    ("Two journalists were killed in an airstrike carried out by the Saudi-led coalition.", "coalition", "journalists"),
    ("An attack carried out by gunmen on Monday killed six people.", "gunmen", "people"),
    ("The airstrike, carried out by the coalition on Monday, killed six people.", "coalition", "people"),
    ("Six people were killed in a raid conducted by police.", "police", "people"),
])
def test_an_act_carried_out_by_someone_is_theirs(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor, recipient), events


def test_an_act_judged_by_someone_is_not_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The attack, condemned by the United Nations, killed six people.", gated=True)
    assert not events_with(events, "ASSAULT", "United Nations"), events


# 3. A gerund after a coordinated preposition has the first one's doer

@pytest.mark.parametrize("text, actor, wrong", [
    ("The spokesman accused protesters of breaking the law and of using force against security forces.",
     "protesters", "spokesman"),
    ("Police arrested the men for stealing cars and for attacking a guard.", "men", "Police"),
])
def test_a_coordinated_preposition_keeps_the_gerunds_doer(nlp, text, actor, wrong) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor), events
    assert not events_with(events, "ASSAULT", wrong), events


def test_a_subjects_own_gerunds_stay_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister apologised for the delay and for attacking the press.", gated=True)
    assert events_with(events, "ASSAULT", "minister", "press"), events


# 4. A state's own forces it moves are no one it acts on

@pytest.mark.parametrize("text, event, actor, own", [
    ("Donald Trump withdrew US troops from the border area on Monday.", "RETREAT", "Donald Trump", "US troops"),
    ("Russia withdrew Russian forces from the area on Monday.", "RETREAT", "Russia", "Russian forces"),
])
def test_own_forces_moved_are_no_recipient(nlp, text, event, actor, own) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, own), events


def test_another_states_forces_stay_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Britain deployed troops against Russian forces on Monday.", gated=True)
    assert not [e for e in events if any("British" in r or "United Kingdom" in r for r in e[2])], events


# 5. Verbs joined by "and" share the object after the last

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Police arrested and charged three men on Monday.", "COERCE", "Police", "three men"),
    ("The government condemned and rejected Israel's decision on Monday.", "ACCUSE", "government", "Israel"),
    ("Russia warned it would destroy and obliterate Ukraine's army.", "THREATEN", "Russia", "Ukraine"),
])
def test_coordinated_verbs_share_the_object(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, thing", [
    ("The minister resigned and left the country on Monday.", "RETREAT", "country"),
    ("Protesters marched and blocked the main road on Monday.", "PROTEST", "road"),
])
def test_a_verb_without_an_object_shares_none(nlp, text, event, thing) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, None, thing), events
