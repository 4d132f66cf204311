"""Event classes of issues 10 and 11 (session 52), written for these tests (invented names), each
seen failing before its fix.

1. *Staff and personnel are people.* "The asylum seekers have been abused and harassed by Ostrian
   personnel" had no actor, and "Embassy staff were attacked by a mob" no recipient: neither noun
   was a group noun (word class ``events.coding.args.group_nouns``), so neither named a
   participant. Seen on the stories' dev-work among assaults with the right type and no actor.
2. *Meeting a thing is no meeting.* "Public servants can continue to meet their duties", "the
   ministry met its targets" were CONSULT events: "meet" was read as a meeting whatever it met.
   A verb of meeting (word class ``events.coding.objects.meeting_verbs``) with an object is a
   meeting only when the object is someone ("met the ambassador"); meeting demands is conceding
   them, as before (an idiom), and "the two leaders met" has no object to check.
3. *An acquittal is the court's.* "Marsh was convicted of fraud and acquitted of bribery" gave the
   conviction to the court the article named and the acquittal to no one (held back for want of
   an actor): acquitting was not among the legal acts whose hidden doer the article names
   (``data/legal_acts.csv``). With no court named, the acquittal keeps no actor.
4. *"It" stands for a body named by its common noun.* "The militia withdrew from the village after
   it fired at government troops" gave the firing no actor: a subject "it" stood for an earlier
   subject of its sentence only when that was a name or one of a short list of institution nouns
   ("ministry", "army"). A singular common noun that names a participant and not one person
   ("the militia", "the navy", "the rebel group"; never "the soldier", "the minister": nouns for one
   person, word class ``quotes.person_role``) is such a body now (:func:`.binding.bound_it`).
5. *What a verdict verb says of its object, set last in the object's phrase.* "The Spanish foreign
   minister called the decision of the Montserrat government 'unacceptable'" had no event: the
   parser hangs the quoted adjective on the last noun of the object's phrase ("government"), and
   the predicate was looked for on the object's head only. A judging adjective that ends the
   object's phrase after the noun it hangs on is the predicate (:func:`.judgement.verdict_predicate`);
   a modifier that judges nothing ("the people responsible") is none.
6. *Talks told as the time of a statement.* "The commander said in a statement following talks
   with the foreign affairs ministry that ..." gave the talks no actor, where "said after talks
   with X" has the speaker at the talks: the parser hangs "following" on the statement noun, not
   on the verb. A meeting noun after a time preposition hung on the noun of a verb's "in" or "at"
   phrase ("in a statement", "at a news conference") is the time of that verb's act
   (:func:`.nominals._meeting_around`).
7. *A pact's name says what kind of pact it is.* "Brazil and South Korea signed the Broad
   Relationship of Cooperation for Common Prosperity in the XXI Century agreement" was a SUPPORT
   with the title as its recipient (a new actor), where "signed the Paris agreement" is an AGREE: the
   parser makes the title's first words the object and hangs "agreement" deep inside it, and the
   lexicon's "sign an agreement" was looked up on the object's head only. The pact word that ends a
   capitalised title (word class ``events.coding.detect.pacts``) is the object the idiom reads
   (:func:`.objects.pact_in_name`); "signed a letter to the head of the trade agreement committee"
   signs no pact.
8. *What must be done is not done.* "The authorities must arrest the protesters", "the authorities
   have to start arresting people" were COERCE events told as done: "should" marked a clause
   hypothetical, "must" and "have to" did not. An obligation in the present ("must", "has / have
   to") is hypothetical now (:mod:`.modality`); "had to withdraw" tells what was done, and "must
   have" a guess, hypothetical as "may have" is.
9. *Met by protests is no meeting.* "On his visit to Rask, the chancellor was met by a series of
   protests from local Muslim groups" was a CONSULT of the groups with the chancellor, and "was met
   with protests from X" a PROTEST with no recipient: a passive verb of meeting with an act for its
   "by" phrase is a reception, as one with a "with" phrase was (:func:`.objects.received_with`),
   and the one who met with the act ("from" whom it came names its doer) is its recipient
   (:func:`.appeals.noun_sources`). "Was met by the foreign minister" is still a meeting.
10. *Overthrowing a ruler is a coup.* "Monaco's president was overthrown after months of clashes",
   "the army overthrew President X" had no event (the lexicon knew "coup" and "putsch" as a
   seizure, COERCE, but no verb of it), and a later "condemned the coup" no recipient. Overthrowing,
   toppling and deposing someone is a seizure of power (COERCE, seize; of someone only: "toppled the
   statue" is none, word class ``events.coding.detect.done_to_people``). Removing a post holder is a
   dismissal (SANCTION, :mod:`.dismissals`) unless armed forces remove them: then it is the
   lexicon's removal by force (COERCE). Ousting is a coup when armed forces do it ("the army ousted
   him"), and no event otherwise: a leader ousting a minister dismisses, a coalition or a revolt
   ousting a ruler seizes power, and the verb does not say which (on dev-work, read as a seizure or a
   dismissal whoever did it, its five other readings were all wrong: :mod:`.dismissals`).
11. *An aim told of someone is no threat.* "Hezbollah seeks to overthrow the Syrian government" was
   a THREATEN at 0.71: session 51 let intending verbs (plan, seek, intend, aim, prepare; word class
   ``events.coding.measures.mere_intentions``) embed no pledge but kept a hostile aim as a threat.
   On dev-work those threats were right in none of their readings (0 of 4: two plans, a preparation,
   an aim), and the guide's threat is one made known to its target. A hostile aim (word class
   ``events.coding.measures.aims``: seek, aim) is a threat only when announced: the frame is what
   someone says, announces or warns ("warned that it aims to ...";
   :func:`.measures.mere_intention`); told by the writer it is no event. A plan of a hostile act
   ("Ostria plans to suspend flights to Kestria") stays a threat, as an older table has it (a plan
   is mostly a policy made known). An attempt under way ("rebel groups trying to topple Assad",
   "while trying to set up a camp") is an aim too (dev-work: the "try" frame's events were right in
   none of six); one reported in the past ("tried to storm the building") is the act itself, as
   before (:func:`.measures.reported_attempt`), and one announced ("will try to assassinate the
   king") a threat, as before.
12. *Two titled names joined by "and" are two participants.* "US President Donald Trump and
   Turkish President Recep Tayyip Erdoğan spoke on the phone" had no event and "... met in Ankara"
   a meeting of Erdoğan alone: the parser reads the whole run as one name, Erdoğan's, with
   "President Donald Trump and Turkish President" as its modifiers, so no conjunct was found. A
   name buried with "and" before the head of a subject's own name run (not in an "of" phrase or a
   possessive) is coordinated with it (:func:`.phrases.coordinated`, :func:`..common.buried_names`).
13. *A wrong said to be someone's doing accuses them.* "The order is a reaction to a series of
   violations committed by the pro-NIF activists, the government said", "Avakov said the violence was
   caused by local self-defense forces", "Cazeneuve told reporters the attack was an act of aggression
   by a group of individuals connected to ISIS" had no event: a statement accused the subject of a
   predicate of culpability ("was behind the bombing") only. A wrong (:func:`.culpability.is_a_wrong`)
   whose doer the statement names by "by" (on the noun, on a participle that tells it, "committed /
   caused / carried out by X", or on the passive it is the subject of) is an accusation of that
   doer by the speaker (:func:`.culpability.wrongdoers`); a denied or supposed one ("was not caused by
   X", "if the violence was caused by X") and a good thing done ("the aid delivered by X") accuse no
   one.
14. *A duty not met blames.* "'It's clear that Congress has not met its duty to act as a check on
   these actions,' Hagel said" had no event, where "has not shown any respect" blames (denied good
   conduct: word class ``events.verdicts.good_conduct``). What one owes (a duty, an obligation, a
   commitment, a promise) is good conduct too: denied, it blames the one who owed it
   (:mod:`.verdicts`) when the verb that denies it is one of meeting or keeping (the lexicon's
   verbal cooperation, whose object otherwise is only what the subject's stance is on); met
   ("Kestria met its obligations") it blames no one; forsaken ("broke its promises", word class
   ``events.verdicts.forsaking_verbs``) it blames, and a forsaking denied ("has never renounced his
   commitment") does not.
15. *Concerned about someone's conduct is concern voiced.* "Pakistan's government was concerned about
   the lack of communication from India" and "... was concerned about India's silence" had no event,
   where "was alarmed by India's silence" and "expressed concern about" accuse: "concerned" was not
   among the words of feeling troubled (word class ``events.coding.concern.troubled``: alarmed,
   worried, disturbed ...). Worry about what someone did accuses them; worry about someone's safety
   or about what no one did (:mod:`.concern`) accuses no one, and "the parties concerned" is no
   feeling.
16. *The platform words were aimed on is no recipient.* "Ivo Marsh took a swipe at Mayor Tom Varo on
   Twitter" was an ACCUSE of Twitter as well as of Varo: "on Twitter" names where the words went
   only after a verb of speaking or posting, or with no object. A name "on" which a verb's act of
   words is taken ("a swipe", "a jab": the lexicon's nouns of words, and word class
   ``events.coding.detect.aimed``) is a channel too (:func:`.actors.context.is_channel`); "imposed a
   ban on Twitter" still acts on it. (Tried with it and dropped: "took a shot at X" as an accusation,
   which "took a shot of whisky at the bar" also read as one.)
17. *What an appeal asks for has not happened, in a "for" clause too.* "The parliament called for
   the UN to pass a resolution condemning Kestria" was also an ACCUSE of the UN against Kestria,
   told as done, where "urged the UN to pass a resolution condemning Kestria" was not: the parser
   reads "for the UN to pass" as an adverbial clause, and only the appeal's objects and
   complements were held back as what it asks. The appeal's "for" clause (:func:`.appeals.for_clause`)
   is what it asks too.
18. *Establishing a thing is no support.* "Kyrgyzstan's parliament on Thursday established a special
   investigative committee", "the deal will see the two states establish a cultural exchange" were
   SUPPORT events (0.61, 0.78): the lexicon read "establish" alone as establishing ties. On dev-work
   its events were right in none of 22 readings. Establishing relations or ties (the lexicon's idiom
   with ``events.coding.detect.relations``) is support; establishing anything else is no event.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("The asylum seekers have been abused and harassed by Ostrian personnel.", "ASSAULT", "personnel", "asylum seekers"),
    ("Embassy staff were attacked by a mob in Rask on Monday.", "ASSAULT", "mob", "staff"),
])
def test_staff_and_personnel_are_people(code_text, text: str, kind: str, actor: str,  # type: ignore[no-untyped-def]
                                        recipient: str) -> None:
    result = code_text(text)
    events = _live(result, kind)
    assert any(actor in " ".join(_names(result, e.actor)) and recipient in " ".join(_names(result, e.recipient))
               for e in events), result.events


def test_personnel_changes_are_no_one(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian ministry announced personnel changes on Monday.")
    assert not any("personnel" in a.name.lower() for a in result.actors), result.actors


@pytest.mark.parametrize("text", [
    "Now all public service personnel in Ostria can continue to meet their duties.",
    "The Ostrian ministry met its targets for the year.",
    "The Kestrian government met its obligations under the treaty.",
])
def test_meeting_a_thing_is_no_meeting(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "CONSULT"), result.events


@pytest.mark.parametrize("text, kind", [
    ("The Ostrian foreign minister met the Kestrian ambassador on Monday.", "CONSULT"),
    ("The Ostrian and Kestrian leaders met in Rask on Monday.", "CONSULT"),
    ("The Ostrian government met the protesters' demands on Monday.", "CONCEDE"),
])
def test_meeting_someone_still_meets(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, kind), result.events


def test_an_acquittal_is_the_courts(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Rask district court heard the case of activist Ivo Marsh on Monday. "
                       "Marsh was convicted of fraud and acquitted of bribery.")
    events = _live(result, "RETREAT")
    assert events and all(_names(result, e.actor) == ["Rask district court"] for e in events), result.events


def test_an_acquittal_with_no_court_keeps_no_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostrian police arrested the activist Ivo Marsh in March. On Monday, Marsh was acquitted of bribery.")
    assert not any("police" in " ".join(_names(result, e.actor)) for e in _live(result, "RETREAT")), result.events


@pytest.mark.parametrize("text, kind, actor", [
    ("The militia withdrew from the village after it fired at government troops.", "ASSAULT", "militia"),
    ("The Ostrian navy said it had rescued 200 migrants off the coast of Kestria.", "AID", "navy"),
])
def test_it_stands_for_a_body_named_by_its_noun(code_text, text: str, kind: str,  # type: ignore[no-untyped-def]
                                                 actor: str) -> None:
    result = code_text(text)
    events = _live(result, kind)
    assert events and all(actor in " ".join(_names(result, e.actor)) for e in events), result.events


def test_it_stands_for_no_one_person(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian commander withdrew from the hill after it fired at the Kestrian troops.")
    assert not any("commander" in " ".join(_names(result, e.actor)) for e in _live(result, "ASSAULT")), result.events


@pytest.mark.parametrize("text", [
    "The Spanish foreign minister called the decision of the Montserrat government \"unacceptable\".",
    "The Ostrian foreign minister called the decision of the Kestrian government unacceptable.",
])
def test_a_verdict_set_last_in_the_objects_phrase(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "ACCUSE")
    assert any(_names(result, e.recipient) and "government" in " ".join(_names(result, e.recipient)).lower()
               or "Montserrat" in " ".join(_names(result, e.recipient)) for e in events), result.events


def test_a_modifier_that_judges_nothing_is_no_verdict(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian minister called the families of the soldiers responsible on Monday.")
    assert not _live(result, "ACCUSE") and not _live(result, "SUPPORT"), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian commander said in a statement following talks with the Kestrian foreign ministry that the "
    "rebels would not surrender.",
    "The Ostrian commander told a news conference after talks with the Kestrian foreign ministry that the "
    "rebels would not surrender.",
])
def test_talks_told_as_the_time_of_a_statement(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "CONSULT")
    assert any("commander" in " ".join(_names(result, e.actor)) for e in events), result.events


def test_talks_hung_on_a_thing_are_no_ones(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian commander praised a report following talks with the Kestrian foreign ministry.")
    assert not any("commander" in " ".join(_names(result, e.actor)) for e in _live(result, "CONSULT")), result.events


def test_a_pacts_name_says_what_kind_of_pact_it_is(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostria and Kestria signed the Broad Relationship of Cooperation for Common Prosperity in the "
                       "XXI Century agreement on Monday.")
    assert _live(result, "AGREE") and not _live(result, "SUPPORT"), result.events
    assert not any("Century" in a.name for a in result.actors), result.actors


def test_a_letter_about_an_agreement_is_no_pact(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian minister signed a letter to the head of the Kestrian trade agreement committee.")
    assert not _live(result, "AGREE"), result.events


@pytest.mark.parametrize("text, kind", [
    ("The Ostrian authorities must arrest the protesters.", "COERCE"),
    ("The Ostrian authorities have to arrest the protesters.", "COERCE"),
    ("The Kestrian army has to withdraw from the town.", "RETREAT"),
    ("The Ostrian authorities have to start arresting people.", "COERCE"),
])
def test_what_must_be_done_is_not_done(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, kind)
    assert events and all("hypothetical" in e.aux for e in events), result.events


def test_what_had_to_be_done_was_done(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Kestrian army had to withdraw from the town on Monday.")
    events = _live(result, "RETREAT")
    assert events and not any("hypothetical" in e.aux for e in events), result.events


@pytest.mark.parametrize("text", [
    "In Rask on Monday, the Ostrian chancellor was met by a series of protests from local Muslim groups.",
    "The Ostrian chancellor was met with protests from local Muslim groups in Rask.",
])
def test_met_by_protests_is_no_meeting(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "CONSULT"), result.events
    events = _live(result, "PROTEST")
    assert any("Muslim groups" in " ".join(_names(result, e.actor)) and "chancellor" in " ".join(_names(result, e.recipient))
               for e in events), result.events


def test_met_by_a_minister_is_a_meeting(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("In Rask on Monday, the Ostrian chancellor was met by the Kestrian foreign minister.")
    assert _live(result, "CONSULT"), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian army overthrew President Ivo Marsh on Monday.",
    "President Ivo Marsh was toppled by the Ostrian army on Monday.",
    "Ostrian soldiers deposed President Ivo Marsh on Monday.",
    "President Ivo Marsh ruled Ostria for ten years. Shortly before the Ostrian army ousted him, the government "
    "unveiled a new constitution.",
])
def test_overthrowing_a_ruler_is_a_coup(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "COERCE")
    assert any("army" in " ".join(_names(result, e.actor)) or "soldiers" in " ".join(_names(result, e.actor))
               for e in events), result.events
    assert any(_names(result, e.recipient) == ["Ivo Marsh"] for e in events), result.events


def test_a_coup_condemned_is_aimed_at_its_doers(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian army overthrew President Ivo Marsh on Monday. The head of the opposition, "
                       "Tom Varo, condemned the coup.")
    assert any("army" in " ".join(_names(result, e.recipient)) for e in _live(result, "ACCUSE")), result.events


def test_removing_a_minister_is_a_dismissal(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("President Ivo Marsh removed his defence minister, Tom Varo, on Monday.")
    assert _live(result, "SANCTION") and not _live(result, "COERCE"), result.events


def test_soldiers_removing_a_president_is_no_dismissal(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostrian soldiers removed President Ivo Marsh from office on Monday.")
    assert _live(result, "COERCE") and not _live(result, "SANCTION"), result.events


def test_toppling_a_statue_is_no_coup(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Protesters in Rask toppled a statue of the former Ostrian king on Monday.")
    assert not _live(result, "COERCE"), result.events


@pytest.mark.parametrize("text", [
    "The Kestrian militia seeks to overthrow the Ostrian government and to create a state of its own.",
    "The Southern Front, an alliance of Kestrian rebel groups trying to topple the Ostrian president, rejected the deal.",
])
def test_an_aim_told_of_someone_is_no_threat(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "THREATEN"), result.events


def test_an_attempt_reported_is_the_act(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Kestrian gunmen tried to storm the Ostrian embassy in Rask on Monday.")
    assert _live(result, "ASSAULT"), result.events


def test_an_aim_announced_is_a_threat(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian government said on Monday it seeks to impose sanctions on Kestria.")
    events = _live(result, "THREATEN") + _live(result, "SANCTION")
    assert any(_names(result, e.recipient) == ["Kestria"] for e in events), result.events


@pytest.mark.parametrize("text", [
    "President Ivo Marsh was ousted in a popular revolt in March.",
    "The United States has retreated from its goal of ousting President Ivo Marsh.",
])
def test_ousting_by_no_armed_force_is_unsaid(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "COERCE") and not _live(result, "SANCTION"), result.events


@pytest.mark.parametrize("text, kind", [
    ("US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone on Sunday.", "CONSULT"),
    ("US President Donald Trump and Turkish President Recep Tayyip Erdoğan met in Ankara on Monday.", "CONSULT"),
])
def test_two_titled_names_joined_by_and(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, kind)
    both = {"Donald Trump", "Recep Tayyip Erdoğan"}
    assert any(both <= set(_names(result, e.actor + e.recipient)) for e in events), result.events


def test_names_in_an_of_phrase_are_no_participants(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Tom Varo, a friend of Ivo Marsh and Ann Lee, resigned as Ostrian defence minister on Monday.")
    events = _live(result, "RETREAT")
    assert events and all(_names(result, e.actor) == ["Tom Varo"] for e in events), result.events


@pytest.mark.parametrize("text, accused", [
    ("\"The order is a reaction to a series of violations committed by the Kestrian activists,\" the Ostrian "
     "government said.", "activists"),
    ("Ostrian Interior Minister Ivo Marsh said the violence was caused by Kestrian militias.", "militias"),
    ("Ostrian minister Ivo Marsh told reporters the attack was an act of aggression by the Kestrian army.", "army"),
])
def test_a_wrong_said_to_be_someones_doing(code_text, text: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "ACCUSE")
    assert any(accused in " ".join(_names(result, e.recipient)) for e in events), result.events


@pytest.mark.parametrize("text", [
    "Ostrian Interior Minister Ivo Marsh said the violence was not caused by Kestrian militias.",
    "Ostrian Interior Minister Ivo Marsh said the aid was delivered by Kestrian volunteers.",
])
def test_a_wrong_denied_or_a_good_deed_accuses_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not any(_names(result, e.recipient) for e in _live(result, "ACCUSE")), result.events


@pytest.mark.parametrize("text", [
    "\"It's clear that the Kestrian parliament has not met its duty to act as a check on these actions,\" Ivo Marsh said.",
    "\"The Kestrian government has not kept its promises to the farmers,\" the Ostrian minister said.",
    "\"The Kestrian government broke its promises to the farmers,\" the Ostrian minister said.",
])
def test_a_duty_not_met_blames(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any("Kestria" in " ".join(_names(result, e.recipient)) for e in _live(result, "ACCUSE")), result.events


@pytest.mark.parametrize("text", [
    "\"The Kestrian government has met its obligations under the treaty,\" the Ostrian minister said.",
    "\"Ivo Marsh has never renounced his commitment to Kestria,\" the Ostrian minister said.",
])
def test_a_duty_met_blames_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ACCUSE"), result.events


def test_concerned_about_someones_conduct(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian government was concerned about Kestria's silence after the killing of the guard.")
    assert any(_names(result, e.recipient) == ["Kestria"] for e in _live(result, "ACCUSE")), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian government was concerned about the safety of the Kestrian sailors.",
    "The Ostrian minister said the parties concerned would meet in Rask on Monday.",
])
def test_worry_for_someone_accuses_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ACCUSE"), result.events


def test_the_platform_words_were_aimed_on_is_no_recipient(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ivo Marsh took a swipe at Mayor Tom Varo on Twitter on Monday.")
    assert any(_names(result, e.recipient) == ["Tom Varo"] for e in _live(result, "ACCUSE")), result.events


def test_what_an_appeal_asks_for_in_a_for_clause(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian parliament called for the UN to pass a resolution condemning Kestria.")
    assert _live(result, "REQUEST") and not _live(result, "ACCUSE"), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian parliament on Thursday established a special investigative committee to look into the disappearance.",
    "The deal will see Ostria and Kestria establish a cultural exchange between their peoples.",
])
def test_establishing_a_thing_is_no_support(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "SUPPORT"), result.events


def test_establishing_relations_is_support(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostria and Kestria established diplomatic relations on Monday.")
    assert _live(result, "SUPPORT"), result.events
