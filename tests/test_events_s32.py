"""Failure classes of issue 11 (session 32), found on sentences written for the purpose, each seen
failing before its fix.

1. Forces an actor moves were made the recipients of the move ("the Kenyan government deployed
   troops to the border": MOBILIZE against "troops"; "Turkey massed tanks on the border"): the
   object of a verb of mobilising is what it moves, its own forces or arms, not whom the move is
   aimed at (the guide codes such moves with no recipient). A target named by a preposition
   ("deployed police against the protesters") stays the recipient; forces moved in a passive with
   no agent named ("troops were deployed to the border") are the mobilised side, its actor.

2. A preposition right after an idiom's object noun was read as the idiom's own complement
   whatever it was ("restored diplomatic relations in a deal brokered by China": China the
   recipient, through the deal's broker). A preposition of setting (place, time, frame: word class
   ``events.coding.setting_preps``: "in", "during", "under", "amid") names no counterpart; "with",
   "on", "at" still do ("cut ties with Iran", "opened fire on the convoy").

3. A part of a group told by a pronoun ("Police detained two of them") named no one: a quantity
   with an "of" phrase stood for nothing unless the actors stage had made the whole phrase a
   mention ("several of the protesters"). A quantity's "of" phrase names whom it counts, a
   pronoun included; a quantity of things ("seized several of them", the rifles) names no one.

4. The possessor of an act done to someone was never its doer ("the UN condemned Iran's execution
   of protesters": no one condemned): for such acts (word class ``patient_possessor``: arrest,
   execution, treatment) a bare possessor is the one it was done to ("Navalny's arrest"), but with
   an "of" phrase naming that one the possessor did it ("Russia's arrest of the journalist").

5. A place taken "from" someone named no one it was taken from ("Somali forces retook the town of
   Adan Yabaal from al-Shabaab": the recipient was a piece of the town's name): the "from" phrase
   of a verb of taking (word class ``events.coding.transfers.taking_verbs``) names whom the act is
   done to, where it names someone; "fired at the rebels from a helicopter" (no taking) and
   "seized weapons from a house" (no one) name no one.

6. "The bloc" after an international body named no one ("The African Union suspended Niger. The
   bloc demanded ..."): an international body has no sector of its own, and the general heads of
   descriptions were matched by sector only. "The bloc" and "the alliance" name the body in mind
   of the code of its kind (IGO, EUR; ``data/general_kinds.csv``); never a state or an armed group.

7. A judgement an act drew ("The charges drew condemnation from Washington and London") went to
   whom the last earlier act of its type was aimed at (the activists charged), not to the act's
   doers: what drew a judgement is what it judges, and a noun naming back an earlier verb's act by
   the verb's own word ("charged ... the charges") is that act, whose doers are judged.

8. A vow to respond ("Hamas vowed to respond") was a vow of cooperation (AGREE): a verb of
   responding (word class ``events.coding.threats.retaliating``) with no object, answering nothing
   named or a hostile act (``events.coding.threats.provocations``), promises retaliation, as "vowed
   to retaliate" does; "vowed to respond to the letter" promises no blow.

9. "The group" pointed back to the nearest body named as a subject, whatever its sector ("The
   Israeli military said it killed a Hezbollah commander. The group vowed to respond": the
   military's vow): a generic body noun is never said of a state's own organs (its army, police,
   ministries, courts, parliament). (A first version allowed only the sectors
   ``data/general_kinds.csv`` gives "group"; on unseen stories it cut "the group" off from a party
   named before it, GERB, and was widened.)

10. Exercises with a partner whose name the parser hangs as a modifier of its forces ("joined
    military exercises with U.S. naval forces", "U.S." an ``nmod``) were a show of force
    (MOBILIZE), not cooperation: such a name names the partner as an adjective or compound does.
    Exercises with forces told by number only stay MOBILIZE.

11. A place in what talks are about was taken for their partner ("arrived in Cairo for talks on a
    ceasefire in Gaza": talks with the Palestinian side): a place named "in" a topic of talks is
    where the topic lies, no party. Talks a visitor travelled for with no partner named are held
    with the state of the place gone to (word class ``events.coding.visits.talk_nouns``: Cairo).

12. Pushing back was a demand ("Spanish police pushed them back": REQUEST, from the frame verb
    "push" read as a plain verb): a particle after the object counts as the phrasal verb's
    ("push back": no event of its own, like "press on"); "pushed Israel to allow more aid" stays
    a demand.

13. Fighting between two sides after "as" ("people fled as fighting between the army and rebels
    intensified") was the fleeing people's: the parser makes the gerund the complement of "as",
    and only a gerund that was a subject gave the sides of its "between" phrase as its doers.

14. Stripping critics of their citizenship was no event: the lexicon's "PREP noun" idioms now
    have "strip ... of citizenship / nationality" (COERCE); "stripped the athlete of her medal"
    stays nothing.
"""

from __future__ import annotations

import pytest
from builders import actor_mentions, coded_article_events, events_with


# 1. Forces moved are no recipients

@pytest.mark.model
@pytest.mark.parametrize("text, actor, moved", [
    ("The Kenyan government deployed troops to the northern border.", "Kenya", "troops"),
    ("Turkey massed tanks on the Syrian border.", "Turkey", "tanks"),
    ("NATO deployed fighter jets to Lithuania.", "NATO", "jets"),
    ("Beijing mobilised 20,000 reservists on Monday.", "Beijing", "reservists"),
])
def test_forces_moved_are_no_recipients(nlp, text, actor, moved) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "MOBILIZE", actor), events
    assert not events_with(events, "MOBILIZE", recipient=moved), events


@pytest.mark.model
def test_a_mobilisations_target_stays_its_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The government deployed police officers against the protesters.", gated=True)
    assert events_with(events, "MOBILIZE", "government", "protesters"), events
    assert not events_with(events, "MOBILIZE", recipient="police"), events


@pytest.mark.model
def test_forces_moved_with_no_agent_are_the_mobilised_side(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Thousands of Russian troops were deployed to the border on Monday.", gated=True)
    assert events_with(events, "MOBILIZE", "troops"), events
    assert not events_with(events, "MOBILIZE", recipient="troops"), events


# 2. A preposition of setting is no idiom's complement

@pytest.mark.model
@pytest.mark.parametrize("text, broker", [
    ("Saudi Arabia and Iran restored diplomatic relations in a deal brokered by China.", "China"),
    ("Egypt and Turkey restored diplomatic relations during a summit hosted by Qatar.", "Qatar"),
])
def test_a_setting_preposition_names_no_counterpart(nlp, text, broker) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events, events
    assert not any(broker in r for e in events for r in e[2]), events


@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Canada cut diplomatic ties with Iran on Friday.", "SANCTION", "Canada", "Iran"),
    ("The rebels opened fire on the army convoy.", "ASSAULT", "rebels", "army"),
])
def test_a_counterparts_preposition_stays_the_idioms(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


# 3. A quantity's "of" phrase names whom it counts

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Thousands of farmers protested in Warsaw. Police detained several of them.", "COERCE", "Police", "farmers"),
    ("Journalists gathered outside the court. Police arrested two of them.", "COERCE", "Police", "Journalists"),
])
def test_a_quantity_of_a_pronoun_names_its_antecedent(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


@pytest.mark.model
def test_a_quantity_of_things_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Officers found ten rifles in the house. Police seized several of them.", gated=True)
    assert not [e for e in events if e[2]], events


# 4. The possessor of an act done to someone named by "of" did it

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The UN condemned Iran's execution of protesters.", "United Nations", "Iran"),
    ("Washington condemned Russia's arrest of the American journalist.", "Washington", "Russia"),
    ("Rights groups condemned Egypt's detention of activists.", "Rights groups", "Egypt"),
])
def test_the_possessor_of_an_act_on_someone_named_by_of_did_it(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", actor, recipient)


@pytest.mark.model
@pytest.mark.parametrize("text, victim", [
    ("The EU condemned Navalny's arrest.", "Navalny"),
    ("The EU condemned the arrest of Navalny.", "Navalny"),
])
def test_the_possessor_of_an_act_on_them_is_no_doer(nlp, text, victim) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE", recipient=victim), events


# 5. A place taken "from" someone is taken from them

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Somali forces retook the town of Adan Yabaal from al-Shabaab.", "Somali forces", "Shabaab"),
    ("The army recaptured Bakhmut from Russian forces on Friday.", "army", "Russian forces"),
    ("Government troops seized the airport from the rebels.", "troops", "rebels"),
])
def test_a_place_taken_from_someone_is_taken_from_them(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] in ("ASSAULT", "COERCE") and any(actor in a for a in e[1])
            and any(recipient in r for r in e[2])], events


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("The soldiers fired at the rebels from a helicopter.", "helicopter"),
    ("Police seized weapons from a house in the capital.", "house"),
])
def test_a_from_phrase_of_no_taking_or_no_one_is_no_recipient(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not any(place in r for e in events for r in e[2]), events


# 6. "The bloc", "the alliance": the international body in mind

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor", [
    ("The African Union suspended Niger after the coup. The bloc demanded the release of the president.", "REQUEST", "African Union"),
    ("The European Union imposed sanctions on Iran on Monday. The bloc also froze the assets of ten officials.", "SANCTION", "European Union"),
])
def test_the_bloc_is_the_international_body_in_mind(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event and e[1] == (actor,)], events
    assert not events_with(events, event, "bloc"), events


@pytest.mark.model
def test_the_bloc_is_no_state_or_armed_group(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Hamas fired rockets at Israel on Monday. The bloc condemned the attack.", gated=True)
    assert not events_with(events, "ACCUSE", "Hamas"), events
    assert not events_with(events, "ACCUSE", "Israel"), events


# 7. An act that drew a judgement is judged for its doers

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient, not_recipient", [
    ("Authorities in Hong Kong charged 47 pro-democracy activists with subversion. "
     "The charges drew condemnation from Washington and London.", "Washington", "Authorities", "activists"),
    ("Police arrested 20 protesters in the capital on Monday. The arrests drew condemnation from the United Nations.",
     "United Nations", "Police", "protesters"),
])
def test_an_act_that_drew_a_judgement_is_judged_for_its_doers(nlp, text, actor, recipient, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events
    assert not events_with(events, "ACCUSE", actor, not_recipient), events


@pytest.mark.model
def test_a_decision_that_drew_a_rebuke_is_its_owners(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russia's decision to expel the diplomats drew a sharp rebuke from Washington.", gated=True)
    assert events_with(events, "ACCUSE", "Washington", "Russia"), events


# 8. A vow to respond is a vow to retaliate

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Israel killed a Hamas commander in Gaza on Monday. Hamas vowed to respond.", "Hamas"),
    ("The militants pledged to respond forcefully to the killing of their leader.", "militants"),
])
def test_a_vow_to_respond_threatens(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", actor), events
    assert not events_with(events, "AGREE", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister vowed to respond to the letter within a week.",
    "The company promised to respond to customer complaints.",
])
def test_a_promise_to_answer_a_request_is_no_threat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "THREATEN")


# 9. "The group" is no state's army

@pytest.mark.model
def test_the_group_is_no_states_army(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Israeli military said it killed a senior Hezbollah commander in an air strike in Beirut. "
            "The group confirmed his death and vowed to respond.")
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] in ("THREATEN", "AGREE") and any("Israel" in a for a in e[1])], events


@pytest.mark.model
def test_the_group_is_the_armed_group_in_mind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Hamas fighters attacked an army post near the border on Monday. The group said it would continue the fight."
    # its last mentions: the group, and the "it" the group says (session 57: a subject "it" bound to a body)
    assert actor_mentions(nlp, text, "Hamas")[-2:] == ["The group", "it"]


# 10. A partner named by a name the parser hangs as a modifier of its forces

@pytest.mark.model
@pytest.mark.parametrize("text, partner", [
    ("Russia joined military exercises with U.S. naval forces.", "United States"),
    ("Japan held naval drills with U.S. forces in the Pacific.", "United States"),
])
def test_exercises_with_a_named_partners_forces_are_cooperation(nlp, text, partner) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "COOPERATE"], events
    assert not events_with(events, "MOBILIZE"), events


@pytest.mark.model
def test_exercises_with_numbered_forces_stay_a_show_of_force(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russia held military exercises with 10,000 troops near the border.", gated=True)
    assert events_with(events, "MOBILIZE", "Russia"), events


# 11. A place in what talks are about is no party to them

@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Blinken arrived in Cairo on Tuesday for talks on a ceasefire in Gaza.", "Palestine"),
    ("The envoys held talks on the war in Sudan.", "Sudan"),
])
def test_a_place_in_the_topic_of_talks_is_no_party(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not any(place in r for e in events if e[0] == "CONSULT" for r in e[2]), events


@pytest.mark.model
def test_the_partner_of_talks_on_a_place_stays_their_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Blinken held talks with Egyptian officials on a ceasefire in Gaza.", gated=True)
    assert events_with(events, "CONSULT", "Blinken", "Egyptian officials"), events


@pytest.mark.model
def test_talks_a_visitor_travelled_for_are_with_the_host(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Blinken arrived in Cairo on Tuesday for talks on a ceasefire in Gaza.", gated=True)
    assert events_with(events, "CONSULT", "Blinken", "Cairo"), events  # the capital standing for its state


# 12. Pushing back is no demand

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Several hundred migrants stormed the border fence. Spanish police pushed them back.",
    "Police pushed back the protesters near the palace.",
    "The commission pushed back the vote by a week.",
])
def test_pushing_back_is_no_demand(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "REQUEST")


@pytest.mark.model
def test_pushing_someone_to_act_stays_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, "The US pushed Israel to allow more aid into Gaza.", gated=True),
                       "REQUEST", "United States", "Israel")


# 13. Fighting between two sides, after "as", is theirs

@pytest.mark.model
def test_fighting_between_sides_after_as_is_theirs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of people fled their homes as fighting between the army and rebels intensified."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", "army"), events
    assert not events_with(events, "ASSAULT", "people"), events


# 14. Stripping someone of their citizenship coerces them

@pytest.mark.model
def test_stripping_citizenship_coerces(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Nicaraguan government stripped 94 critics of their citizenship.", gated=True)
    assert events_with(events, "COERCE", "Nicaragua", "critics"), events


@pytest.mark.model
def test_stripping_a_medal_is_no_coercion(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, "The committee stripped the athlete of her medal.", gated=True), "COERCE")

