"""Failure classes of issues 10 and 11 (session 29), found on machine-written stories outside the
corpus (3701-4200 in hash order) and on sentences written for the purpose.

1. The one who undergoes a passive infinitive ("650 women were said to have been raped", "two
   journalists are believed to have been abducted by the militants", "the prisoners want to be
   released"): the subject of the verb the infinitive completes is its undergoer, and the "by"
   phrase its doer. The subject was taken for the doer (the women raped), or lost beside the doer.
   An active infinitive ("X is believed to have killed Y", "X was forced to resign") keeps its
   subject as the doer. So with a bare participle completing a passive ("five soldiers were reported
   killed", "two journalists are feared kidnapped by the rebels"): the soldiers were the killers.

2. A known person's name with a further surname ("David Lee DeWitt", "John Kerry Smith") is someone
   else: the person matched by the first words was given ("David Lee", Taiwan's foreign minister).
   A particle and the name it leads ("Mohammed bin Salman Al Saud") and the person's own names
   ("Joe Robinette Biden" is no extension) stay the person.

3. A known name the tagger cut short at a typographic apostrophe ("Malawi and Cote d’Ivoire have
   agreed", tagged a person "Cote") became a person of no country: the known name that runs on past
   the tagger's span is taken whole, as it was with a straight apostrophe. A person's name followed
   by other words ("Jordan Peterson said") stays the person's.

4. People held ("police are holding three suspects", "many of these men are being held by border
   officers", "held without charge", "has been held in a jail for 11 days") were detained by no
   event: "hold" is in the lexicon only in its idioms (talks, in custody, in contempt). Holding
   someone is detention (COERCE), holding hostages or holding someone hostage is an abduction
   (ASSAULT). Holding a thing, a place or a body ("held talks", "held the town", "Democrats held
   the House"), holding someone to account or responsible, and holding up or back are no detention.

5. Being on strike ("teachers have been on strike since Monday", "detainees are on a hunger
   strike", "remained on strike") was no protest, where going on strike was. (A crowd pouring into
   the streets was tried as a protest too and taken back: on stories outside the corpus it fired as
   often on worshippers pouring out of prayers into the street as on protesters; the subject says
   which, and the lexicon's patterns cannot.) An act one is "on" as its doer (a strike,
   a visit) is done by the subject of "be", or by the person the phrase describes ("the activist,
   on hunger strike since May, ..."); one "on trial" undergoes it.

6. Prisoners, detainees and inmates were no actors ("prisoners launched a hunger strike" had no
   actor): they are civilians (CVL) as hostages and captives are (the reference types political
   prisoners so).

7. A warning that someone would face a penalty ("Congo warned that New Zealand would face
   sanctions", "warned Iran could face serious consequences") was no event: a warning is a threat
   only when addressed to someone or of a hostile act, and facing sanctions is no act. Someone
   warned to face a penalty is threatened with it (word class ``events.coding.detect.penalties``);
   a warning that things may face hardship ("hospitals could face shortages") stays no threat.

8. Disbanding ("the rebels formally disbanded", "began their disarmament") was no event: the
   lexicon had demobilising and disarming, not disbanding, and no noun of them. A force or an armed
   group disbanding is a RETREAT (disarm); a party or a band disbanding is none (found on the
   Wikinews articles outside the corpus: "the Boston Tea Party, which disbanded in 2012").

9. Military exercises held with a partner ("held military exercises with China", "joined exercises
   with U.S. and Ukrainian naval forces") were a show of force at the partner (MOBILIZE, the partner
   its recipient): exercises with another party by name or nationality are military cooperation, as
   joint ones were. Exercises with one's own troops or arms ("with 10,000 troops", "with live
   ammunition") stay a mobilisation, and so does a deployment "with" anyone (only a noun the
   lexicon has a joint form of, "joint exercise", is held with a partner: "ordered the deployment of
   troops to the border with Somalia" was read as cooperation with Somalia before that check).

10. A court handing down, passing or imposing sentences ("handed down six-year sentences to four
   members of parliament") was no event: "sentence" was an event as a verb only. The sentence given
   convicts whom it is given to (SANCTION); a sentence served is no new act.

11. Money released ("the IMF released 2 billion dollars to Honduras") was a release of captives
   (RETREAT); "disbursed" was no event. Funds released or disbursed to someone are aid (AID,
   economic; word class ``events.coding.detect.funds``); people released stay freed.

12. Leaders speaking by phone with each other ("Putin and Erdogan spoke by phone", "the two
   leaders spoke by telephone") consulted no one: a call was a consultation only with a "to" or
   "with" phrase. Several speakers by phone consult each other; one alone ("Putin spoke by phone")
   still consults no one named.

13. A joint act told without its doers but with its sides ("an agreement was reached between the
   Rwandan government and the rebels", "talks were held between Russia and Ukraine") had no actor:
   the "between" phrase names who acted together. One side ("talks between the rebels") names no
   pair.

14. An envoy sent to talk ("France sent an envoy to meet the Georgian government", "sent an
   emissary to meet with ...") was aid given (AID of the sender), and an emissary was no one, so the
   meeting had no doer: envoys sent are a mission, not help (word class
   ``events.coding.detect.envoys``), and an emissary is an official as an envoy is. Doctors or
   medicine sent stay aid.

15. A generic noun for a body ("the group", "the organisation") after a body named by a name that
   lacks the word ("the National Islamic Front ... The group accused the government") was no one:
   "the coalition" found "Coalition of the Willing" by its word only. A generic body noun stands
   for the nearest body named within the last sentences as the subject of its clause; people and
   states are no bodies ("police arrested a group of protesters. The group was released" names no
   body), and a body named as an object is passed over ("in its submission to the WTO, the group
   alleges": not the WTO), as are bodies named in the noun's own sentence and the media ("a Reuters
   witness saw police firing on the group"; both found on stories outside the corpus).

16. Groups told by a collective head ("rebel groups", "militant groups") were no actors of the
   actors stage (the head "group" has no sector; the events stage made one of its own), and "the
   rebels" after them was a second actor: a collective head takes the sector of the noun before it,
   and that noun says which group it is, so "rebel groups" and "the rebels" are one. Groups of other
   kinds stay apart ("rebel groups" and "the police").

17. A verb joined to a passive with no subject, auxiliary or object of its own shares the passive
   ("three protesters were arrested and beaten by police": the protesters were beaten; "two
   Israelis were wounded by stones or shot with plastic bullets": the Israelis were shot, where the
   tagger's past tense "shot" made them the shooters). An act one does alone ("was defeated and
   resigned") or with an object ("was released and thanked the army") stays the subject's own.

18. A past tense joined by "and" to an infinitive ("Argentina's opposition denounced a government plan
   to deport immigrants and called on authorities to back down") was parsed as the infinitive's
   conjunct, so the call was the plan's maker's (the government's). A tense cannot be coordinated
   with an infinitive: it joins the nearest finite verb above (tidings.repairs). Infinitives joined
   to infinitives ("decided to withdraw its troops and sign a deal"), and a bare form the tagger
   took for a past ("planned to disband and lay down arms", "to withdraw and set up"), stay as
   parsed. (Checked on machine-written stories 3701-4500 and the Wikinews articles outside the
   corpus: of 17 places the repair moved, 2 were such bare forms.)

19. An appeal "on" someone "for" something ("the minister called on the army for help", "the UN
   called on Russia for restraint") asked no one: the "for" reading took only objects as the ones
   asked. The one called on is asked; an appeal for something with no one called on ("called for
   restraint") asks no one named.

21. Designating a group as something ("Turkey designated the PKK a terrorist organization") passed
   no verdict: "designate" was no verb of verdicts. And the predicate, parsed as a second object
   ("designated the group | a terrorist organization"), became an actor and the verdict's recipient:
   a verdict verb's second object says what the first is, as a predicate does.

22. Revenge vowed "for" an act ("Khamenei vowed revenge for the killing of General Soleimani") was
   aimed at the one the act was done to (Soleimani): the act answered names its doers as the
   target, or no one when they are not named there ("The US killed General Soleimani. Iran vowed
   revenge for the killing": the US, by the earlier act).

23. Sides trading accusations ("Armenia and Azerbaijan traded accusations of shelling") cooperated
   (trade), and sides exchanging fire ("India and Pakistan exchanged fire") attacked no one: what is
   traded between coordinated sides is each side's act on the others (ACCUSE for words of blame,
   word class ``events.coding.reciprocal.accusations``). Trading goods or exchanging prisoners stays
   cooperation, done together.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with, hand_parsed

from tidings.resolve import resolve


# 1. The undergoer of a passive infinitive

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Some 650 women were said to have been raped in the attack on Sunday.", "ASSAULT", None, "women"),
    ("Two journalists are believed to have been abducted by the militants on Monday.",
     "ASSAULT", "militants", "journalists"),
    ("Three soldiers were reported to have been killed by the rebels on Friday.", "ASSAULT", "rebels", "soldiers"),
    ("The opposition leader is thought to have been arrested by the police on Tuesday.",
     "COERCE", "police", "opposition leader"),
    ("Five soldiers were reported killed in the attack on Friday.", "ASSAULT", None, "soldiers"),
    ("Two journalists are feared kidnapped by the rebels.", "ASSAULT", "rebels", "journalists"),
])
def test_a_passive_infinitive_is_undergone_by_the_subject(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not [e for e in events if e[0] == event and any(recipient in a for a in e[1])], events


@pytest.mark.model
@pytest.mark.parametrize("text, event, actor", [
    ("The rebels are believed to have killed three soldiers on Friday.", "ASSAULT", "rebels"),
    ("The militants were said to have abducted two journalists on Monday.", "ASSAULT", "militants"),
    ("The police are reported to have arrested the opposition leader on Tuesday.", "COERCE", "police"),
])
def test_an_active_infinitive_keeps_its_doer(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


# 2. A known name with a further surname is someone else (no model needed: the resolver reads the KB)

@pytest.mark.parametrize("name, not_person", [
    ("David Lee DeWitt", "David Lee"),
    ("John Kerry Smith", "John Kerry"),
])
def test_a_further_surname_is_another_person(name, not_person) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).name != not_person


@pytest.mark.parametrize("name, person", [
    ("Mohammed bin Salman Al Saud", "Mohammed bin Salman"),
    ("John Kerry", "John Kerry"),
    ("Secretary of State John Kerry", "John Kerry"),
    ("Kim Jong Un", "Kim Jong-un"),
])
def test_the_person_with_own_names_stays(name, person) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).name == person


# 3. A known name cut short at a typographic apostrophe

@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    ("Malawi and Cote d\u2019Ivoire have agreed to strengthen diplomatic ties.", "d\u2019Ivoire", "CIV"),
    ("Ghana and C\u00f4te d\u2019Ivoire signed a border agreement on Monday.", "d\u2019Ivoire", "CIV"),
])
def test_a_known_name_runs_past_the_apostrophe(code_text, text, name, country) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    actor = next((a for a in result.actors if any(name in result.article.text[m.span.start:m.span.end]
                                                  for m in a.mentions)), None)
    assert actor is not None and actor.country == country, result.actors


@pytest.mark.model
def test_a_person_followed_by_words_stays_a_person(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Jordan Peterson said the government had failed.")
    assert [a for a in result.actors if a.kind == "person" and "Peterson" in a.name], result.actors


# 4. People held are detained

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Police are holding three suspects in connection with the bombing.", "COERCE", "Police", "suspects"),
    ("Many of these men are being held by border security officers.", "COERCE", "officers", None),
    ("The rebels held two journalists for a week before releasing them.", "COERCE", "rebels", "journalists"),
    ("Authorities held the activist without charge for three days.", "COERCE", "Authorities", "activist"),
    ("Gunmen were holding hostages in a hotel in the capital on Friday.", "ASSAULT", "Gunmen", "hostages"),
    ("The militants held him hostage for two years.", "ASSAULT", "militants", None),
])
def test_people_held_are_detained(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The rebels held talks with the government on Monday.",
    "The army held the town for three days.",
    "Democrats held the House in the midterm elections.",
    "The court held the minister responsible for the losses.",
    "Parliament must hold the government to account.",
    "Protesters held up traffic on the main road.",
    "The party held a rally in the capital.",
    "The Democratic Party held caucuses in the territory on Saturday.",
    "A military funeral was held for the former president on Wednesday.",
    "Rallies took place across the island. They are held to protest violence against migrants.",
])
def test_holding_no_one_is_no_detention(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "COERCE" or (e[0] == "ASSAULT")], events


# 5. Being on strike

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Teachers have been on strike since Monday.", "Teachers"),
    ("Nurses remained on strike on Tuesday despite the offer.", "Nurses"),
    ("Migrants at the camp are on a hunger strike.", "Migrants"),
    ("The activist, on hunger strike since May, was moved to a hospital on Monday.", "activist"),
])
def test_being_on_strike_protests(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The former minister is on trial for corruption.",
    "The teachers' union is on the government's side.",
])
def test_being_on_no_act_is_no_event(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] in ("PROTEST", "CONSULT")], events


@pytest.mark.model
def test_on_the_phone_is_a_means_not_an_act_one_is_on(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The foreign minister spoke to his counterpart on the phone on Friday.", gated=True)
    assert events_with(events, "CONSULT", "minister", "counterpart"), events


@pytest.mark.model
def test_the_one_on_a_visit_consults(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The president is on a visit to China this week.", gated=True)
    assert events_with(events, "CONSULT", "president", "China"), events


# 6. Prisoners are civilians

@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Prisoners launched a hunger strike on Monday.", "Prisoners"),
    ("Inmates at the jail launched a hunger strike.", "Inmates"),
    ("A group of detainees launched a hunger strike.", "detainees"),
])
def test_prisoners_are_civilian_actors(code_text, text, name) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert [a for a in result.actors if name in a.name and a.sector == "CVL"], result.actors


# 7. A warning that someone would face a penalty

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Congo warned on Monday that New Zealand would face sanctions.", "Congo", "New Zealand"),
    ("The United States warned that Iran could face serious consequences.", "United States", "Iran"),
])
def test_warned_of_a_penalty_is_threatened(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", actor, recipient), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The WHO warned that hospitals could face shortages of oxygen.",
    "Economists warned that the country could face a recession next year.",
])
def test_warned_of_hardship_is_no_threat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "THREATEN"], events


# 8. Disbanding

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("The rebels formally disbanded on Monday.", "rebels"),
    ("The militia began its disarmament on Monday.", "militia"),
])
def test_disbanding_is_a_retreat(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "RETREAT", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Boston Tea Party, which disbanded in 2012, fielded a candidate.",
    "The rock band disbanded after their last tour.",
])
def test_a_party_or_band_disbanding_is_no_retreat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "RETREAT"], events


# 9. Exercises with a partner

@pytest.mark.model
@pytest.mark.parametrize("text, actor, partner", [
    ("Russia held military exercises with China on Monday.", "Russia", "China"),
    ("Russia joined military exercises with Chinese naval forces in the Pacific.", "Russia", "Chinese"),
])
def test_exercises_with_a_partner_are_cooperation(nlp, text, actor, partner) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "COOPERATE", actor, partner), events
    assert not events_with(events, "MOBILIZE", actor, partner), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia launched military drills with 10,000 troops near the border.",
    "The army held exercises with live ammunition on Monday.",
    "Obama ordered the deployment of 1,200 troops to the border with Somalia.",
])
def test_exercises_with_own_forces_mobilise(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "MOBILIZE"] and not [e for e in events if e[0] == "COOPERATE"], events


# 10. Sentences handed down

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The court in Goma handed down six-year sentences to four members of parliament.", "court", "members"),
    ("The court imposed a ten-year sentence on the activist on Monday.", "court", "activist"),
])
def test_a_sentence_handed_down_convicts(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events


@pytest.mark.model
def test_a_sentence_served_is_no_new_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The former minister is serving a life sentence.", gated=True)
    assert not [e for e in events if e[0] == "SANCTION"], events


# 11. Money released is aid

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The IMF released 2 billion dollars to Honduras on Monday.", "Monetary", "Honduras"),
    ("The World Bank disbursed 500 million dollars to Kenya.", "World Bank", "Kenya"),
])
def test_money_released_is_aid(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "AID", actor, recipient), events
    assert not [e for e in events if e[0] == "RETREAT"], events


@pytest.mark.model
def test_people_released_are_freed(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Police released the journalist on Monday.", gated=True)
    assert events_with(events, "RETREAT", "Police", "journalist"), events


# 12. Speaking by phone with each other

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Putin and Erdogan spoke by phone on Thursday.", "Putin"),
    ("The two leaders spoke by telephone on Monday.", "leaders"),
])
def test_speakers_by_phone_consult_each_other(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor), events


@pytest.mark.model
def test_one_speaker_by_phone_consults_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Putin spoke by phone on Thursday.", gated=True)
    assert not [e for e in events if e[0] == "CONSULT"], events


# 13. The sides of a joint act told without its doers

@pytest.mark.model
@pytest.mark.parametrize("text, event, sides", [
    ("An agreement was reached between the Rwandan government and the rebels on Monday.", "AGREE",
     ("government", "rebels")),
    ("Talks were held between Russia and Ukraine in Minsk on Monday.", "CONSULT", ("Russia", "Ukraine")),
])
def test_a_joint_act_is_done_by_its_sides(nlp, text, event, sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event and all(any(s in a for a in e[1]) for s in sides)], events


@pytest.mark.model
def test_one_side_is_no_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Talks were held between the rebels on Monday.", gated=True)
    assert not [e for e in events if e[0] == "CONSULT" and e[1]], events


# 14. Envoys sent are no aid

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "France sent an envoy to meet the Georgian government on Monday.",
    "The Czech Republic has sent an emissary to meet with the Georgian government.",
])
def test_an_envoy_sent_is_no_aid_and_meets(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "AID"], events
    assert [e for e in events if e[0] == "CONSULT" and e[1] and any("Georgia" in r for r in e[2])], events


@pytest.mark.model
def test_doctors_sent_are_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The EU sent doctors and medicine to Haiti on Monday.", gated=True)
    assert events_with(events, "AID", "European Union", "Haiti"), events


# 15. "The group" after a named body

@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The National Islamic Front called for protests on Monday. The group accused the government of fraud.",
     "National Islamic Front"),
    ("Amnesty International criticised Egypt on Monday. President Sisi rejected the report. "
     "The group said it would publish more.", "Amnesty International"),
])
def test_the_group_is_the_body_named_before(code_text, text, body) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    actor = next((a for a in result.actors if a.name == body), None)
    assert actor is not None and any(result.article.text[m.span.start:m.span.end].lower() == "the group"
                                     for m in actor.mentions), result.actors


@pytest.mark.model
def test_the_group_is_not_a_body_named_as_an_object(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Oceania Group filed a complaint on Monday. In its first submission to the WTO this month, "
                       "the group alleges that Yemen broke the rules.")
    wto = [a for a in result.actors if "World Trade" in a.name]
    assert wto and not any(result.article.text[m.span.start:m.span.end].lower() == "the group" for m in wto[0].mentions)


@pytest.mark.model
def test_the_group_fired_on_is_not_the_reporter(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Protesters gathered at the port on Monday. A Reuters witness saw police firing on the group.")
    assert not [a for a in result.actors if "Reuters" in a.name and any(
        result.article.text[m.span.start:m.span.end].lower() == "the group" for m in a.mentions)], result.actors


@pytest.mark.model
def test_a_group_of_people_is_no_body(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Police arrested a group of protesters on Monday. The group was released later.")
    assert not [a for a in result.actors if any(result.article.text[m.span.start:m.span.end].lower() == "the group"
                                                for m in a.mentions)], result.actors


# 16. "Rebel groups" and "the rebels"

@pytest.mark.model
@pytest.mark.parametrize("text, first, second, sector", [
    ("On Monday, rebel groups attacked the town. The rebels also killed a commander.", "rebel groups", "The rebels", "REB"),
    ("Militant groups attacked police on Monday. The militants fled.", "Militant groups", "The militants", "REB"),
])
def test_a_collective_head_is_its_kind(code_text, text, first, second, sector) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    said = {a.id: {result.article.text[m.span.start:m.span.end] for m in a.mentions} for a in result.actors}
    both = [a for a in result.actors if {first, second} <= said[a.id]]
    assert both and both[0].sector == sector, result.actors
    police = [a for a in result.actors if "police" in said[a.id]]
    assert all(first not in said[a.id] for a in police), result.actors


# 17. A verb joined to a passive shares it

@pytest.mark.model
@pytest.mark.parametrize("text, trigger_event, actor, undergoer", [
    ("Three protesters were arrested and beaten by police on Monday.", "ASSAULT", "police", "protesters"),
    ("Two Israelis were wounded by stones or shot with plastic bullets on Wednesday.", "ASSAULT", None, "Israelis"),
])
def test_a_verb_joined_to_a_passive_shares_it(nlp, text, trigger_event, actor, undergoer) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, trigger_event, actor, undergoer), events
    assert not [e for e in events if any(undergoer in a for a in e[1])], events


@pytest.mark.model
def test_a_joined_act_with_an_object_is_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The journalist was released and thanked the army on Monday.", gated=True)
    assert not [e for e in events if e[0] == "SUPPORT" and any("journalist" in r for r in e[2])], events


# 18. A tense joined to an infinitive joins the finite verb above

def test_a_tense_joined_to_an_infinitive_finds_the_finite_verb() -> None:
    from tidings.repairs import finite_verb_under_infinitive

    doc = hand_parsed(["They", "denounced", "a", "plan", "to", "deport", "migrants", "and", "called", "on", "us"],
                       [1, 1, 3, 1, 5, 3, 5, 5, 5, 8, 9],
                       ["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj", "cc", "conj", "prep", "pobj"],
                       ["PRP", "VBD", "DT", "NN", "TO", "VB", "NNS", "CC", "VBD", "IN", "PRP"])
    assert finite_verb_under_infinitive(doc[8]).text == "denounced"
    assert finite_verb_under_infinitive(doc[5]) is None


def test_an_infinitive_tagged_a_past_is_left() -> None:
    from tidings.repairs import finite_verb_under_infinitive

    doc = hand_parsed(["They", "planned", "to", "disband", "and", "lay", "down", "arms"],
                       [1, 1, 3, 1, 3, 3, 5, 5],
                       ["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "prt", "dobj"],
                       ["PRP", "VBD", "TO", "VB", "CC", "VBD", "RP", "NNS"])
    assert finite_verb_under_infinitive(doc[5]) is None


def test_an_infinitive_joined_to_an_infinitive_is_left() -> None:
    from tidings.repairs import finite_verb_under_infinitive

    doc = hand_parsed(["They", "decided", "to", "withdraw", "and", "sign", "a", "deal"],
                       [1, 1, 3, 1, 3, 3, 7, 5],
                       ["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "det", "dobj"],
                       ["PRP", "VBD", "TO", "VB", "CC", "VB", "DT", "NN"])
    assert finite_verb_under_infinitive(doc[5]) is None


@pytest.mark.model
def test_the_call_joined_to_a_denounced_plan_is_the_denouncers(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Argentina's opposition denounced a government plan to deport immigrants and "
                                       "called on authorities Saturday to back down.", gated=True)
    assert events_with(events, "REQUEST", "opposition", "authorities"), events
    assert not events_with(events, "REQUEST", "government"), events


# 19. Called on someone for something

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The minister called on the army for help on Monday.", "minister", "army"),
    ("The UN called on Russia for restraint.", "United Nations", "Russia"),
])
def test_the_one_called_on_for_something_is_asked(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REQUEST", actor, recipient), events


@pytest.mark.model
def test_an_appeal_for_something_asks_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The UN called for restraint on Monday.", gated=True)
    assert [e for e in events if e[0] == "REQUEST" and not e[2]], events


# 21. Designated a terrorist organization

@pytest.mark.model
def test_a_designation_is_a_verdict_on_the_designated(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Turkey designated the PKK a terrorist organization on Monday.", gated=True)
    assert events_with(events, "ACCUSE", "Turkey", "Kurdistan"), events


@pytest.mark.model
def test_the_second_object_of_a_verdict_is_no_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The US State Department designated the group a terrorist organization.")
    assert not [a for a in result.actors if "terrorist organization" in a.name], result.actors


# 22. Revenge for an act is aimed at its doers

@pytest.mark.model
def test_revenge_is_not_aimed_at_the_victim(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Khamenei vowed revenge for the killing of General Soleimani.", gated=True)
    assert [e for e in events if e[0] == "THREATEN"] and not events_with(events, "THREATEN", None, "Soleimani"), events


@pytest.mark.model
def test_revenge_for_an_act_with_its_doer_is_aimed_at_the_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Iran vowed revenge for the US killing of General Soleimani.", gated=True)
    assert not events_with(events, "THREATEN", None, "Soleimani"), events


@pytest.mark.model
def test_revenge_for_a_told_act_is_aimed_at_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The US killed General Soleimani on Friday. Iran vowed revenge for the killing.",
                                  gated=True)
    assert events_with(events, "THREATEN", "Iran", "United States"), events


# 23. Traded between sides

@pytest.mark.model
@pytest.mark.parametrize("text, event, a, b", [
    ("Armenia and Azerbaijan traded accusations of shelling along the border.", "ACCUSE", "Armenia", "Azerbaijan"),
    ("India and Pakistan exchanged fire across the Line of Control on Monday.", "ASSAULT", "India", "Pakistan"),
    ("Russia and Ukraine exchanged insults at the UN on Monday.", "ACCUSE", "Russia", "Ukraine"),
])
def test_traded_acts_are_each_sides(nlp, text, event, a, b) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, a, b) and events_with(events, event, b, a), events


@pytest.mark.model
def test_prisoners_exchanged_are_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "India and Pakistan exchanged prisoners on Monday.", gated=True)
    assert not [e for e in events if e[0] in ("ACCUSE", "ASSAULT")], events
