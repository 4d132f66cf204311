"""Failure classes of issues 10 and 11 (session 46), found on news-like articles written for the
purpose in the register of Wikinews and wire copy (deportations, a hostage release, peace talks, an
embassy stormed, a minister dismissed, a trade pact, a crackdown on protesters, a journalist shot,
military drills, a hunger strike), each seen failing before its fix.

1. *A body that acted goes on acting as "it".* "The Iraqi government condemned the attack. It
   expelled the Swedish ambassador" and "Hamas condemned the raid. It also fired rockets at Israel"
   gave the second act no doer: a subject "it" was resolved only to a subject of its own sentence,
   "it" alone being too often no one ("it was unclear"). A subject "it" of an act, first subject of
   its sentence, stands for the body or state the sentence before had for its subject (the centre
   of attention): by name or by its common noun ("the ministry"). Not a person before it, not a
   thing ("The attack killed four soldiers. It ..."), not an "it" of a passive, and not where the
   act is harm something may do ("It killed four soldiers") and the sentence before told of an
   attack or a weapon that may be "it".

2. *"The two countries" are the pair set side by side.* "The foreign ministers of Armenia and
   Azerbaijan met in Washington ... Russia criticised the meeting ... The two countries signed a
   border agreement" made the United States and Russia sign: a counted phrase stood for the last
   states named within two sentences. It stands first for the nearest states the text coordinated
   as a pair ("Armenia and Azerbaijan", "India and Pakistan"), within five sentences, and only
   without one for the last states named ("Turkey's president visited Russia. The two countries
   signed ...").

3. *A verb read as a reduced relative in a sentence with no verb.* "Gunmen on a motorcycle fired at
   the journalist as he left a radio station" gave the shooting no doer: the parser made the
   sentence one noun phrase rooted in "Gunmen", with "fired" a participle modifying "motorcycle"
   (tidings.repairs). A sentence whose root is a noun and whose only verb with a tense of the past
   hangs as a modifier right after the noun phrase of one of the root's own phrases ("on a
   motorcycle") has that verb for its verb and the root for its subject. A modifier of a sentence
   that has a verb ("The gunmen on a motorcycle seized in the raid were charged"), an irregular
   participle ("Soldiers on a bus taken to hospital"), and a caption with no verb at all, are left
   alone.

4. *A place named by its place noun is where, whatever the name.* "A journalist was shot dead in
   Guerrero state" made "Guerrero" (taken for a person) a second victim, and "in Sinaloa state" the
   state's government: a place the act was done "in" was known only by a name the tagger or the
   gazetteer calls a place. A place noun (word class ``actors.finder.context.place_nouns``) that a
   name is compounded with or "of" ("Guerrero state", "the city of Chilpancingo") names a place,
   and so does such a phrase inside another ("in the city of Chilpancingo in Guerrero state"); a
   name compounded with "state" or "territory" is no actor of its own (it was a person). A place
   attacked ("attacked the state of Borno") and an official "of" a state stay who they are.

5. *A call for someone's own act asks them.* "Oleksii Reznikov faced criticism. Lawmakers called for
   his resignation" asked no one, where "called for the resignation of the minister" and "demanded
   her resignation" asked the minister: the owner of the act called for was taken only when a noun
   or a name. A possessive pronoun of the third person owning it ("his", "her", "their") is the
   owner, resolved as any pronoun; an act done to the possessor ("called for her release") still
   asks no one of it.

6. *"The storming" judged is the storming told before.* "Protesters stormed the Swedish embassy ...
   Iraq's government condemned the storming" and "Police beat dozens of students ... Human Rights
   Watch condemned the beatings" judged no one when the act was told sentences before: an act noun
   named its act back only by the verb's own lemma ("raided ... the raid"), and "storming" is no
   lemma of "storm". An "-ing" noun names back the act of its verb's stem (the stems of
   ``extract.common.gerund_stems``); a noun of no verb told before ("the meeting") is left to the
   other readings.

7. *One's own chargé d'affaires recalled is no target.* "Iraq recalled its own charge d'affaires
   from Stockholm" made the chargé (and the city) the recalled-from party, where "recalled its
   ambassador from Sweden" named Sweden, and with "on Thursday" after it no recall at all:
   "d'affaires", the head of the title as parsed, was no word of envoys (word class
   ``events.coding.constructions.diplomats``) nor of people (``events.coding.args.group_nouns``),
   so the recall acted on no one. Own envoys recalled stand for
   the post they leave ("from Stockholm", the capital of Sweden); another's chargé summoned is still
   the one summoned.

8. *Troubled by an act told before is disapproval of its doer.* "Veloria deported 200 asylum
   seekers. The UN refugee agency said it was deeply troubled by the deportations" and "the United
   States was alarmed by the arrests" coded nothing: displeasure felt was read only in words of
   being let down or offended ("appalled", "dismayed") and only at an act whose doer the phrase
   itself names. Being troubled, alarmed, disturbed or worried (word class
   ``events.coding.concern.troubled``) by an act is disapproval too, and an act told before ("the
   deportations") is judged through the judged acts' pass, as concern over it is. Troubled by a
   state of things ("the humanitarian situation") or by a death no one caused judges no one.

9. *A part of the world's adjective names no state.* "The European Union and the South American
   trade bloc Mercosur signed a free trade agreement" gave the bloc the United States' code:
   the events stage read a phrase's state from its last capitalised word, "American", where the
   actors stage already reads "South American", "West African", "Latin American" as no one
   state's (``resolve.words.REGION_QUALIFIERS``). A one-word demonym right after a region
   qualifier names no state; a two-word one that does ("South Korean", "South African") still does.

10. *An act that "will not be tolerated" is threatened.* "President William Ruto warned that
   violence would not be tolerated" coded nothing, where "would not go unpunished" was a threat:
   a clause saying an act will not be tolerated or condoned (word class
   ``events.coding.threats.tolerating``; negated, passive, with a modal of the future) threatens
   whoever does it, whatever verb reports it. Tolerated ("dissent would be tolerated") or not
   tolerated in the past is no threat.

11. *"They" after a pair are the pair.* "Armenia and Azerbaijan held talks in Washington. They
   signed a border agreement" gave the signing to Armenia alone, and "Brazilian President Lula met
   Japanese Prime Minister Fumio Kishida. They signed a cooperation agreement" to no one: a plural pronoun
   took one antecedent. A subject "they" opening its sentence stands for the pair the sentence
   before had for its subject ("Armenia and Azerbaijan"), or for the two who met there ("X met
   Y"); not for a pair of which one met many ("X met protesters. They demanded ...").

12. *A joint act of a pair and one's act on the other are two acts.* With class 11, "They signed the
   agreement ... Brazil supports Korea in its effort to join the bank" merged the signing (SUPPORT
   of both) with Brazil's support of Korea: events of one type whose doers share an actor merged.
   A joint act of several doers and an act one does to another of them are kept apart; acts that
   sides do together (an agreement, talks) told either way stay one ("X and Y agreed to a truce",
   "X agreed to a truce with Y").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


# --- 1. a body that acted goes on acting as "it" ------------------------------------------------------
@pytest.mark.parametrize("text, event, doer", [
    ("The Iraqi government condemned the attack. It expelled the Swedish ambassador on Thursday.", "SANCTION",
     "Government of Iraq"),
    ("Hamas condemned the raid on Tuesday. It also fired rockets at Israel.", "ASSAULT", "Hamas"),
    ("The Veloria foreign ministry condemned the attack on its embassy. It summoned the Ostrian ambassador "
     "on Friday.", "ACCUSE", "ministry"),
])
def test_a_body_that_acted_goes_on_acting_as_it(nlp, text: str, event: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, doer)


@pytest.mark.parametrize("text, event", [
    # a person is no "it"
    ("President Rivera condemned the attack. It expelled the Swedish ambassador on Thursday.", "SANCTION"),
    # the "it" of harm may be the attack told before
    ("The Iraqi government condemned the bombing in Basra. It killed four soldiers.", "ASSAULT"),
    # a thing for subject before
    ("The new law took effect on Monday. It bans protests outside parliament.", "COERCE"),
])
def test_it_stands_for_no_one_else(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert all(not e[1] for e in events if e[0] == event), events


# --- 2. "the two countries" are the pair set side by side ---------------------------------------------
def test_two_countries_are_the_pair_set_side_by_side(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The foreign ministers of Armenia and Azerbaijan met in Washington on Thursday. "
            "The talks were hosted by the United States. Russia criticised the meeting. "
            "The two countries signed a border agreement on Friday.")
    events = coded_article_events(nlp, text, gated=True)
    signed = [e for e in events if e[0] == "AGREE"]  # a signed pact: AGREE since session 50
    assert signed and set(signed[0][1]) == {"Armenia", "Azerbaijan"}, events


def test_two_countries_without_a_pair_are_the_last_two_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turkey's president visited Russia on Monday. The two countries signed a trade agreement."
    events = coded_article_events(nlp, text, gated=True)
    signed = [e for e in events if e[0] == "AGREE"]  # a signed pact: AGREE since session 50
    assert signed and set(signed[0][1]) == {"Turkey", "Russia"}, events


# --- 3. a verb read as a reduced relative in a sentence with no verb --------------------------------
@pytest.mark.parametrize("text, doer, target", [
    ("Gunmen on a motorcycle fired at the journalist as he left a radio station.", "Gunmen", "journalist"),
    ("Gunmen in a car fired at the police station in Kara on Monday.", "Gunmen", "police"),
    ("Gunmen on a motorcycle fired at Mauricio Cruz as he left a radio station, the state prosecutor's office said.",
     "Gunmen", "Mauricio Cruz"),
])
def test_a_verb_read_as_a_reduced_relative_is_the_sentence_verb(nlp, text: str, doer: str,
                                                                target: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ASSAULT", doer, target)


@pytest.mark.parametrize("text", [
    "The gunmen on a motorcycle seized in the raid were charged on Monday.",
    "Soldiers on a bus taken to hospital.",
    "Protesters at a rally in Veloria on Sunday.",
])
def test_no_reduced_relative_repair_where_the_parse_has_its_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from tidings.repairs import verb_read_as_relative

    with nlp.select_pipes(disable=["tidings_parse_repairs"]):
        doc = nlp(text)  # the parser's own parse, before any repair
    assert all(verb_read_as_relative(s) is None for s in doc.sents), [(t.text, t.dep_, t.tag_) for t in doc]


# --- 4. a place named by its place noun is where, whatever the name ----------------------------------
@pytest.mark.parametrize("text", [
    "A journalist was shot dead on Monday in Guerrero state.",
    "A journalist was shot dead on Monday in Sinaloa state.",
    "Gunmen shot a journalist on Monday in the city of Chilpancingo in Guerrero state.",
])
def test_a_place_named_by_its_place_noun_is_where(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    shootings = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ASSAULT"]
    assert shootings and all(e[2] == ("journalist",) for e in shootings), shootings


@pytest.mark.parametrize("text, target", [
    ("Police arrested the governor of Guerrero state on Monday.", "governor"),
    ("Gunmen attacked the state of Borno on Monday.", "Borno"),
])
def test_a_place_acted_on_stays_the_target(nlp, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert any(any(target in r for r in e[2]) for e in events), events


# --- 5. a call for someone's own act asks them --------------------------------------------------------
def test_a_call_for_someones_own_act_asks_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Oleksii Reznikov faced criticism over corruption. Lawmakers called for his resignation."
    assert events_with(coded_article_events(nlp, text, gated=True), "REQUEST", "Lawmakers", "Reznikov")


def test_a_call_for_an_act_done_to_someone_does_not_ask_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Anna Berg was arrested on Monday. Protesters called for her release."
    assert not events_with(coded_article_events(nlp, text, gated=True), "REQUEST", "Protesters", "Berg")


# --- 6. "the storming" judged is the storming told before --------------------------------------------
@pytest.mark.parametrize("text, judge, doer", [
    ("Protesters stormed the Swedish embassy in Baghdad on Thursday. Police later dispersed them with water cannon. "
     "No staff were hurt. Sweden summoned Iraq's envoy. Iraq's government condemned the storming.",
     "Government of Iraq", "Protesters"),
    ("Police beat dozens of students at the university on Monday. The rector called an emergency meeting. "
     "Classes were cancelled. Human Rights Watch condemned the beatings.", "Human Rights Watch", "Police"),
])
def test_a_gerund_judged_is_the_act_told_before(nlp, text: str, judge: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", judge, doer)


# --- 7. one's own charge d'affaires recalled is no target ---------------------------------------------
def test_ones_own_charge_daffaires_recalled_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Iraq recalled its own charge d'affaires from Stockholm on Thursday.", gated=True)
    recalls = [e for e in events if e[0] == "SANCTION"]
    assert recalls and all(r == "Stockholm" for e in recalls for r in e[2]) and recalls[0][2], events


def test_anothers_charge_daffaires_summoned_is_the_one_summoned(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Sweden summoned Iraq's charge d'affaires on Thursday.", gated=True)
    assert any("affaires" in r or r == "Iraq" for e in events for r in e[2]), events


# --- 8. troubled by an act told before is disapproval of its doer ------------------------------------
@pytest.mark.parametrize("text, judge, doer", [
    ("Veloria deported 200 asylum seekers on Tuesday. The UN refugee agency said it was deeply troubled by "
     "the deportations.", "UNHCR", "Veloria"),
    ("Police arrested 40 students on Monday. The United States was alarmed by the arrests.", "United States", "Police"),
])
def test_troubled_by_an_act_told_before_disapproves_its_doer(nlp, text: str, judge: str,
                                                             doer: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", judge, doer)


@pytest.mark.parametrize("text", [
    "Fighting continued in Kara on Monday. The United States was alarmed by the humanitarian situation.",
    "The singer died on Monday. Her fans were deeply troubled by the death.",
])
def test_troubled_by_no_ones_act_judges_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ACCUSE" and e[2]]


# --- 9. a part of the world's adjective names no state ------------------------------------------------
@pytest.mark.parametrize("phrase, code", [
    ("the South American trade bloc", None),
    ("West African leaders", None),
    ("Latin American governments", None),
    ("South Korean troops", "KOR"),
    ("South African police", "ZAF"),
    ("American troops", "USA"),
])
def test_a_part_of_the_worlds_adjective_names_no_state(phrase: str, code: str | None) -> None:
    from tidings.extract.events.countries import CountryNames

    assert CountryNames().of_text(phrase) == code


# --- 10. an act that "will not be tolerated" is threatened --------------------------------------------
@pytest.mark.parametrize("text, threatener", [
    ("President William Ruto warned that violence would not be tolerated.", "Ruto"),
    ("The Veloria government said that attacks on police would not be tolerated.", "government"),
])
def test_an_act_that_will_not_be_tolerated_is_threatened(nlp, text: str, threatener: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "THREATEN", threatener)


@pytest.mark.parametrize("text", [
    "The minister said that dissent would be tolerated.",
    "Officials said such delays were not tolerated in the past.",
])
def test_tolerance_is_no_threat(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "THREATEN"]


# --- 11. "they" after a pair are the pair ---------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Armenia and Azerbaijan held talks in Washington on Thursday. They signed a border agreement.",
     {"Armenia", "Azerbaijan"}),
    ("Brazilian President Lula met Japanese Prime Minister Fumio Kishida in Tokyo on Monday. They signed a "
     "cooperation agreement.", {"Luiz Inácio Lula da Silva", "Fumio Kishida"}),
])
def test_they_after_a_pair_are_the_pair(nlp, text: str, pair: set[str]) -> None:  # type: ignore[no-untyped-def]
    signed = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "AGREE"]  # since session 50
    assert signed and set(signed[0][1]) == pair, signed


def test_they_after_one_met_many_are_not_the_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The interior minister met protesters in Veloria on Monday. They demanded the release of prisoners."
    demands = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "REQUEST"]
    assert all(set(e[1]) != {"interior minister", "protesters"} for e in demands), demands


# --- 12. a joint act of a pair and one's act on the other are two acts ---------------------------------
def test_a_joint_act_and_ones_act_on_the_other_are_two(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.merging import _joint_and_directed
    from tidings.schema import Event, Span

    def ev(actor, recipient, event="SUPPORT"):  # type: ignore[no-untyped-def]
        return Event(id="e", event=event, actor=tuple(actor), recipient=tuple(recipient), evidence=Span(0, 1, "x"))

    assert _joint_and_directed(ev(["a1", "a2"], []), ev(["a1"], ["a2"]))
    assert not _joint_and_directed(ev(["a1"], []), ev(["a1"], ["a2"]))  # one doer: no joint act
    assert not _joint_and_directed(ev(["a1", "a2"], ["a3"]), ev(["a1"], ["a3"]))  # one done to a third


def test_an_agreement_told_either_way_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ostria and Velmar agreed to a ceasefire on Monday. Ostria agreed to the ceasefire with Velmar "
            "after talks in Geneva.")
    agreements = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "AGREE"]
    assert len(agreements) <= 1, agreements
