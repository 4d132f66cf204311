"""Failure classes of issues 10 and 11 (session 45), found on news-like articles written for the
purpose in the register of Wikinews and wire copy (a corruption trial, a diplomat expelled,
journalists detained at a protest, a bill voted down, a doctors' strike, a mine collapse), each seen
failing before its fix.

1. A warning that someone will be punished threatens them. "The interior ministry warned that
   protesters would be arrested" was a threat against no one, "warned that corrupt officials would
   be caught and prosecuted" no threat at all, and "warned that those who refused would face
   prosecution" a refusal by the ministry: a warned act was read for whom it would be done to only
   through its object or "against", a clause's coordinated verbs ("caught and prosecuted") were not
   read, and "those who ..." was no one. Whom a warned coercion or sanction in the passive would be
   done to (its subject), and a group described by a deed that would face a penalty, are the
   threat's recipients. A warning that people would be killed or hurt ("the UN warned that
   civilians could be killed") foretells harm and threatens no one; a past arrest reported is no
   threat.

2. What is done in protest is a protest. "Thousands of trainee doctors walked off the job in
   protest against a government plan" and "farmers drove their tractors into the capital in
   protest against the new tax" coded nothing: the act itself is no event word, and the protest
   noun, with no doer of its own, was left to the article's protesters and dropped. A protest noun
   with no determiner in an "in" phrase on a verb that is no event of its own ("in protest",
   "in protest against X") is a protest by that verb's subject, against what the phrase names; a
   verb that is an event keeps its type ("resigned in protest"), and someone killed "in a protest"
   did not protest.

3. A promise of retribution threatens. "Estonia expelled a Russian diplomat. Moscow promised
   retaliation" and "Moscow pledged reprisals" were promises (AGREE), and "the Kremlin vowed to
   respond to the expulsion of its diplomat" too: only "vowed revenge", "vowed retaliation" and
   "promised revenge" were in the lexicon, and a response was retaliation only to acts of a short
   list (attack, killing ...). Revenge, retaliation, reprisals, retribution or vengeance (word
   class ``events.coding.threats.retribution``) vowed, promised or pledged is a threat, and a
   response vowed to any act the lexicon calls a material conflict (an expulsion, an arrest, a
   sanction) is retaliation; one to complaints, demands or requests is an answer.

4. People named by the state they belong to are people. "The United States charged seven Chinese
   nationals over a hacking campaign" coded nothing: "nationals" was no word of people, so "charged"
   acted on no one (as a battery is charged); "French nationals" arrested were people only
   because an arrest is done to people. Nationals, expatriates, compatriots, immigrants and
   emigres are people (word class ``events.coding.args.group_nouns``; "nationals" in the plural
   only: "national" is most often an adjective, "the national army").

5. A place named with its place noun is where, not whom. "Gunmen abducted four aid workers in Borno
   state" made "Borno state" a second victim: a place the act was done "in" beside someone it was
   done to is dropped, but only when the phrase's head is the name itself ("in Borno"), not when the
   head is the place noun the name is compounded with ("Borno state") or "of" ("the state of
   Borno"). A place noun whose name the gazetteer knows is read as that place; a state attacked by
   name ("attacked the state of Borno") stays the target.

6. The sides of a truce are its parties, not those who announced it. "Sudan's army and the Rapid
   Support Forces agreed to a ceasefire, Saudi Arabia and the United States said. Previous truces
   collapsed, with both sides accusing each other of violations" made the mediators accuse each
   other: "both sides" stood for the last pair set side by side as subjects, and the nearest were
   the subjects of "said". A pair that only says or announces (a verb of speech) is taken for the
   sides only when the text set no other pair side by side before it ("Armenia and Azerbaijan said
   they would talk. Both sides ...").

7. "The observers" are the observers named before. "Observers from the Southern African
   Development Community said the election had fallen short of standards. Government spokesman
   Nick Mangwana accused the observers of exceeding their mandate" accused no one (in a longer
   article, the electoral commission the discourse last addressed): a definite description in the
   plural was never read as an actor met before ("the officials": any officials). A definite plural
   description refers to the one group actor (of kind group) earlier described by every word of it;
   never to a person ("Observer Jane Smith ... the observers"), and to no one when two groups fit.
   "Accused the observers of interfering" is a description too, though the parser hangs the charge
   ("of" a gerund) on the noun as if it were the noun's own "of" phrase.

8. A sanction agreed is a sanction decided, not a threat. "EU foreign ministers agreed to freeze the
   assets of eight individuals" and "EU leaders agreed to impose new sanctions on Russia" were
   threats, as "Russia vowed to freeze the assets of Western companies" is, while "decided to
   freeze" was the sanction: agreeing was read as promising. Agreeing to a measure (word class
   ``events.coding.measures.deciding``) takes it, as deciding does; only where a promise would be a
   threat (a sanction, a coercion): a concession agreed stays a concession ("agreed to release the
   hostages"), a vow stays a threat.

9. "The raid" judged is the raid told before, whatever type the noun alone has. "Police raided the
   offices of Apple Daily on Thursday. The United States condemned the raid" condemned no one: the
   noun "raid" alone is an attack (ASSAULT) in the lexicon, the verb told a police raid (a seizure,
   COERCE), and the judged act was looked for by the noun's type. An act noun whose verb the text
   told before ("raided ... the raid", "charged ... the charges") is that act, of the type it was
   coded with; a noun with no verb of its own before keeps its type.

10. Of a phrase split by country, the first country's share is named for that country alone. "Thai
   and Cambodian soldiers exchanged fire" made two actors, "Cambodian soldiers" and "Thai and
   Cambodian soldiers" (of Thailand), so the first side carried both names and read as a joint
   force. A group phrase whose coordinated modifiers name several countries names its first
   country's share as the others are named ("Thai soldiers", "ministers from Serbia"); a government
   head keeps its "Government of X"; a phrase of one country is not split.

11. One official is a person, not the body that acted. "A court in Myanmar sentenced Aung San Suu Kyi
   to four more years, a legal official said. Suu Kyi has been detained since February" made the
   detention one by "legal official": an agentless legal act is done by a body of the state the
   article names, and "a legal official" was such a body (officials are a group of the government).
   A group noun said once with "a" or "an" ("a legal official", "an official") is one member of
   it, no body; a body named so ("a court", "police") still is.

12. Concern about an act told before is disapproval of its doer. "Police arrested 40 students on
   Monday. The United States expressed concern over the arrests" and "the court banned the party ...
   the European Union expressed concern about the decision" coded nothing: concern was an
   accusation only when the thing it is about names its doer ("concern over Ostria's treatment of
   journalists"). A definite act noun ("the arrests", "the decision", "the move") the concern is
   about points back to the act told before, as a condemnation's object does, and its doer is the
   recipient; concern about a state of things ("the humanitarian situation") or for someone's
   safety accuses no one.

13. Force threatened is aimed at whom it would be used against. "Russia threatened to use force
   against Ukraine" threatened an actor named "force against Ukraine": the embedded verb's object
   was taken as whom the act is done to, and "force" is a word of armed bodies. A means of force
   (word class ``events.coding.constructions.force_instruments``) used by a verb of using
   (``instrument_verbs``) is the instrument; whom the act is done to is whom it is aimed at
   ("against", "on", "at"); a promise to send forces to someone ("to send troops to Haiti") is
   unchanged.

14. A group of a person's is not the person. "Supporters of ousted President Mohamed Morsi
   protested in Cairo" made Morsi the protester: the phrase "Supporters of ... Mohamed Morsi" was
   resolved whole, and the resolver found the person named in it, so the group's mention became
   one of Morsi's ("Supporters of jailed opposition leader Alexei Navalny" stayed a group only
   because the parser hung a common noun on "of"). A group noun (supporters, followers, relatives,
   officials) whose "of" phrase names a person is a group of that person's country, its mention the
   group noun; a title's "of" ("President of Egypt Mohamed Morsi") is unchanged.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_result, events_with


# 1. A warning that someone will be punished threatens them

@pytest.mark.parametrize("text, warner, warned", [
    ("The interior ministry warned that protesters would be arrested.", "ministry", "protesters"),
    ("The party leader warned that corrupt officials would be caught and prosecuted.", "leader", "officials"),
    ("The ministry warned that those who refused would face prosecution.", "ministry", "refused"),
    ("The minister said that those involved in the protests would be dealt with harshly.", "minister", "involved"),
    ("Police warned that striking workers would be detained.", "Police", "workers"),
])
def test_a_warning_that_someone_will_be_punished_threatens_them(nlp, text, warner, warned) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", warner, warned), events


@pytest.mark.parametrize("text, victims", [
    ("The UN warned that thousands of civilians could be killed if the fighting continued.", "civilians"),
    ("Doctors warned that patients would be hurt by the strike.", "patients"),
])
def test_a_warning_of_harm_threatens_no_one(nlp, text, victims) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "THREATEN", None, victims), events


def test_a_past_arrest_reported_is_no_threat(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The ministry said that protesters had been arrested.", gated=True)
    assert not events_with(events, "THREATEN"), events


def test_who_refused_is_not_the_warner(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The ministry warned that those who refused would face prosecution.", gated=True)
    assert not events_with(events, "REJECT", "ministry"), events


# 2. What is done in protest is a protest

@pytest.mark.parametrize("text, protesters, against", [
    ("Thousands of trainee doctors walked off the job on Tuesday in protest against a government plan.", "doctors", "government"),
    ("Hundreds of farmers drove their tractors into the capital in protest against the government's new tax.", "farmers", "government"),
    ("Opposition lawmakers left the chamber in protest.", "lawmakers", None),
])
def test_what_is_done_in_protest_is_a_protest(nlp, text, protesters, against) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", protesters, against), events


@pytest.mark.parametrize("text, event, absent", [
    ("The minister resigned in protest against the plan.", "RETREAT", "PROTEST"),  # the act told is the event
    ("A man was killed in a protest against the tax.", "ASSAULT", "PROTEST"),  # killed at a protest, not protesting
    ("The minister resigned in March and left the country in March.", "RETREAT", "PROTEST"),  # a month
])
def test_an_act_of_its_own_keeps_its_type(nlp, text, event, absent) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event) and not events_with(events, absent, "m"), events


# 3. A promise of retribution threatens; a response promised to a hostile act is retaliation

@pytest.mark.parametrize("text, threatener", [
    ("Estonia expelled a Russian diplomat on Thursday. Moscow promised retaliation.", "Moscow"),
    ("Estonia expelled a Russian diplomat on Thursday. Moscow pledged reprisals.", "Moscow"),
    ("The Kremlin vowed to respond to the expulsion of its diplomat.", "Kremlin"),
    ("The rebels vowed to respond to the arrest of their commander.", "rebels"),
])
def test_a_promise_of_retribution_threatens(nlp, text, threatener) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", threatener), events


@pytest.mark.parametrize("text", [
    "The company vowed to respond to the complaints of its customers.",
    "The minister promised a reply to the letter.",
    "The government pledged to respond to the requests of flood victims.",
])
def test_a_promised_answer_to_no_blow_threatens_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "THREATEN"), events


# 4. People named by the state they belong to are people

@pytest.mark.parametrize("text, charged", [
    ("The United States charged seven Chinese nationals over a hacking campaign.", "nationals"),
    ("Prosecutors in Berlin charged two Russian expatriates with spying.", "expatriates"),
    ("Italian prosecutors charged three immigrants with smuggling.", "immigrants"),
])
def test_people_named_by_their_state_are_people(nlp, text, charged) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", None, charged), events


@pytest.mark.parametrize("text", [
    "The national bank charged a higher fee.",
    "The company charged a national rate for its services.",
])
def test_national_as_an_adjective_is_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events


# 5. A place named with its place noun is where, not whom

@pytest.mark.parametrize("text, victims, place", [
    ("Gunmen abducted four aid workers in Borno state on Thursday.", "aid workers", "Borno"),
    ("Gunmen abducted four aid workers in the state of Borno on Thursday.", "aid workers", "Borno"),
])
def test_a_place_named_with_its_place_noun_is_where(nlp, text, victims, place) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", "Gunmen", victims), events
    assert not events_with(events, "ASSAULT", None, place), events


def test_a_place_attacked_by_name_stays_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Gunmen attacked the state of Borno.", gated=True)
    assert events_with(events, "ASSAULT", "Gunmen", "Borno"), events


# 6. The sides of a truce are its parties, not those who announced it

def test_both_sides_are_the_parties_not_the_announcers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Sudan's army and the Rapid Support Forces agreed on Saturday to a ceasefire, Saudi Arabia and the "
            "United States said. Previous truces collapsed, with both sides accusing each other of violations.")
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "army", "Rapid Support Forces"), events
    assert not events_with(events, "ACCUSE", "Saudi"), events


def test_both_sides_may_be_the_only_pair_that_spoke(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan said on Monday they would resume talks. Both sides accused each other of shelling."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "Armenia", "Azerbaijan"), events


# 7. "The observers" are the observers named before

@pytest.mark.parametrize("text, accused", [
    ("Observers from the Southern African Development Community said the election had fallen short of "
     "regional standards. Government spokesman Nick Mangwana accused the observers of exceeding their mandate.",
     "Observers from the Southern African Development Community"),
    ("Election observers from the European Union criticised the count. The president thanked the electoral "
     "commission. The ruling party accused the observers of interfering in the vote.", "Election observers from the European Union"),
])
def test_a_definite_plural_is_the_group_named_before(nlp, text, accused) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events_with(events, "ACCUSE", None, accused) if e[2] == (accused,)], events


def test_a_definite_plural_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Observer Jane Smith said the vote was fair. The government accused the observers of bias."
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE", None, "Smith"), events


# 8. A sanction agreed is a sanction decided, not a threat

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("EU foreign ministers agreed to freeze the assets of eight individuals.", "SANCTION", "ministers", "individuals"),
    ("EU leaders agreed to impose new sanctions on Russia.", "SANCTION", "European Council", "Russia"),
])
def test_a_sanction_agreed_is_decided(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "THREATEN"), events


@pytest.mark.parametrize("text, event", [
    ("Russia vowed to freeze the assets of Western companies.", "THREATEN"),
    ("Hamas agreed to release the hostages.", "CONCEDE"),
])
def test_a_vow_or_a_concession_keeps_its_type(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event), events


# 9. "The raid" judged is the raid told before

@pytest.mark.parametrize("text, judge, doer", [
    ("Police raided the offices of Apple Daily on Thursday. The United States condemned the raid.", "United States", "Police"),
    ("Troops raided the home of the opposition leader. The European Union condemned the raid.", "European Union", "Troops"),
])
def test_a_raid_judged_is_the_raid_told(nlp, text, judge, doer) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", judge, doer), events


def test_an_attack_judged_with_no_verb_before_keeps_its_type(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested ten students on Monday. Rebels attacked a village on Tuesday. The UN condemned the attack."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "UN", "Rebels") or events_with(events, "ACCUSE", "United Nations", "Rebels"), events
    assert not events_with(events, "ACCUSE", None, "Police"), events


# 10. Of a phrase split by country, the first country's share is named for that country alone

@pytest.mark.parametrize("text, first, second", [
    ("Thai and Cambodian soldiers exchanged fire along the border on Thursday.", "Thai soldiers", "Cambodian soldiers"),
    ("Indian and Pakistani troops exchanged fire on Thursday.", "Indian troops", "Pakistani troops"),
])
def test_the_first_share_of_a_split_phrase_is_its_own(nlp, text, first, second) -> None:  # type: ignore[no-untyped-def]
    result = coded_result(nlp, text)
    names = {a.name for a in result.actors}
    assert first in names and second in names, names
    assert not any(" and " in n for n in names), names


def test_a_phrase_of_one_country_keeps_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = coded_result(nlp, "Thai soldiers and police officers exchanged fire with smugglers on Thursday.")
    assert "Thai soldiers" in {a.name for a in result.actors}, [a.name for a in result.actors]


# 11. One official is a person, not the body that acted

@pytest.mark.parametrize("text, not_doer", [
    ("A court in Myanmar sentenced Aung San Suu Kyi to four more years in prison on Monday, a legal official said. "
     "Suu Kyi has been detained since February.", "official"),
    ("The army seized power in February, an official said. The ousted prime minister has been arrested.", "official"),
])
def test_one_official_is_no_body_that_acted(nlp, text, not_doer) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "COERCE", not_doer), events


def test_police_named_still_did_the_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Carlos Ruiz was arrested in Madrid on Monday. Police said he had fired at officers.", gated=True)
    assert events_with(events, "COERCE", "Police", "Ruiz"), events


# 12. Concern about an act told before is disapproval of its doer

@pytest.mark.parametrize("text, judge, doer", [
    ("Police arrested 40 students on Monday. The United States expressed concern over the arrests.", "United States", "Police"),
    ("The court banned the opposition party on Wednesday. The European Union expressed concern about the decision.",
     "European Union", "court"),
])
def test_concern_about_an_act_told_is_disapproval(nlp, text, judge, doer) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", judge, doer), events


@pytest.mark.parametrize("text", [
    "Police arrested 40 students on Monday. The UN expressed concern about the humanitarian situation.",
    "Pirates seized the ship on Monday. The minister expressed concern for the safety of the sailors.",
])
def test_concern_about_no_act_accuses_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events


# 13. Force threatened is aimed at whom it would be used against

@pytest.mark.parametrize("text, threatener, target", [
    ("Russia threatened to use force against Ukraine.", "Russia", "Ukraine"),
    ("The general threatened to use tear gas against the protesters.", "general", "protesters"),
])
def test_force_threatened_is_aimed_at_its_target(nlp, text, threatener, target) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "THREATEN"]
    assert events_with(events, "THREATEN", threatener, target), events
    assert not any("force" in r or "gas" in r for e in events for r in e[2]), events


# 14. A group of a person's is not the person

@pytest.mark.parametrize("text, group, person", [
    ("Supporters of ousted President Mohamed Morsi protested in Cairo on Friday.", "Supporters", "Mohamed Morsi"),
    ("Followers of President Mohamed Morsi rallied in Cairo on Friday.", "Followers", "Mohamed Morsi"),
])
def test_a_group_of_a_persons_is_not_the_person(nlp, text, group, person) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", group), events
    assert not [e for e in events if e[0] == "PROTEST" and person in e[1]], events  # the person as the actor
