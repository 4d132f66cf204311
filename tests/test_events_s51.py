"""Event classes of issue 11 (session 51), written for these tests (invented names), each seen
failing before its fix.

1. *Passives in a series share their "by" phrase.* "Two protesters were shot and killed by
   soldiers", "the asylum seekers have been beaten and robbed by Ostrian guards": the parser hangs
   the "by" phrase on the last participle only, so the shooting and the beating had no actor (and
   were held back for want of one). Seen on the stories' dev-work among reference assaults coded
   with the right type and no actor. A passive participle with no "by" phrase of its own takes the
   one of the participles it is listed with, when nothing but the list stands between them
   (:func:`.roles.series_agents`): "was shot in the head and taken to hospital by paramedics"
   keeps the shooting apart from the paramedics, who only took the victim.
2. *A reporter's demand after a judged thing is the reporter's.* "Kagame said the deployment of
   the troops was unacceptable and demanded they be withdrawn" was a REQUEST by the troops: the
   demand is coordinated with the reported clause, whose subject is a thing, and only a conjunct
   with an object was given back to the reporter. A reporter's verbal act (word class
   ``events.coding.roles.reporters_acts``) with a clause of what it asks is the reporter's too;
   a conjunct of a clause whose subject can act stays that subject's ("said the protesters were
   angry and demanded that the governor resign": the protesters demanded).
3. *A meeting is hosted only where its sentence places it.* "Prime Minister David Cameron was met
   with protests in Edinburgh today. ... David Cameron has had discussions with other EU leaders
   at a summit this weekend" was a CONSULT by the EU leaders with Cameron: the hosted-meeting rule
   (:mod:`.hosts`) turned the roles round because the talks were placed in Cameron's country, and
   that place was carried from an earlier sentence. Seen on the stories' dev-work among meetings
   coded with their roles reversed. Only a place the event's own clause or sentence names makes
   its sides host and guest now; "met Pakistani officials in Kabul" still has the guests acting.
4. *The one who says is not inside what is said.* "Botswana has agreed to remove legal restrictions
   on the Thabangu indigenous group, the president of the local community council, Julius Mwazi,
   has said" was a CONCEDE to Mwazi and the council: the parse hangs the sayer, the subject of the
   closing "has said", as appositives of the last noun, and the recipient was read inside the
   object's phrase. Seen on the stories' dev-work among concessions with a wrong recipient. The
   appositives that make up a subjectless main verb's stray subject (:func:`.roles.stray_subject`)
   are no part of the phrase they hang on (:func:`.roles.stray_subject_phrase`); an appositive of
   a sentence whose main verb has its subject ("agreed to free the rebel leader, Ivo Marsh") still
   names who it is.
5. *A description is who the name beside it is.* "Madagascar's government applauded its western
   neighbor, Monaco, for being courageous" was a SUPPORT of a new actor "its western neighbor",
   with no country, and Monaco was dropped: the events stage resolved the description, a group
   noun, before the name the parse set beside it. Seen on the stories' dev-work among supports with
   a wrong recipient. A description with a known name as its appositive stands for that name's
   actor (:func:`.roles.appositive_names`); an unknown name beside it ("its northern neighbour,
   Kestria") leaves the description as it was, and a sayer hung there stays out (class 4).
6. *Declining to tell is no rejection.* "Police declined to give further details", "the official
   declined to make any announcements", "declined to describe the contents of the meeting",
   "declined to predict when ..." were REJECT events (the dev-work coders code none of the five:
   no sense), and "gave details of the plan" an AID: only declining to comment or to say was known
   as declining comment. A refusal whose act is a verb of describing, predicting, confirming,
   identifying or detailing (word class ``events.coding.detect.commenting_verbs``) or giving,
   making or providing what is told (``events.coding.denials.telling_nouns``: details,
   information, announcements; :func:`.denials.withheld_word`) is no event, and giving or providing
   what is told is no aid (``data/event_lexicon.csv``); refusing to discuss demands, to give up
   weapons or to make concessions still rejects.
7. *Planning on doing is planning to do.* "Trump also plans on meeting early next year with
   President Park" was a CONSULT, unflagged, where "plans to meet" is read through the frame of
   planning: the frame reader knew the to-infinitive only. An intending verb's gerund under "on"
   (:func:`.candidate.gerund_aim`) is its infinitive now: the act is planned, never told as done
   (and, by class 9, no event).
8. *Not yet done and about to be done.* "have yet to sign a memorandum of understanding" was an
   AGREE with no flag, and "Argentina is on the verge of signing a free trade agreement" one told as
   done. "Have / be yet to" an act is its negation (:func:`.modality.not_yet`; "has yet again
   attacked" is done), and being "on the verge / brink / cusp of" an act is its future
   (:func:`.modality.imminent`, word class ``events.coding.modality.imminence_nouns``).
9. *An intention is no pledge.* "The president plans to meet the Kestrian leader", "Ostria seeks to
   expand ties", "Ostria intends to provide aid" were AGREE events (flagged future): a frame of
   intending embedded its act as a commitment. On dev-work few such events were right (AGREE or
   CONCEDE under plan 1 of 7, seek 0 of 4, intend 0 of 3, prepare 0 of 1): an aim is pledged to no
   one, and the guide keeps scheduled meetings out. A verb of intending (word class
   ``events.coding.measures.mere_intentions``: :func:`.measures.mere_intention`) embeds no
   cooperative event now; a hostile aim announced stays a threat (the guide's announcement rule:
   "plans to suspend flights to Kestria", "warned that his country intends to attack"), and a
   decision ("decided to withdraw its troops": the measure taken), a pledge or a vow ("vowed to
   punish the rebels") and an attempt ("tried to storm the parliament") are as before.
10. *The one a charge names is not the accused.* "Ankara accuses the groups of being linked to the
   Islamic State" was an ACCUSE of the Islamic State (0.86): "the groups" named no one the coder
   knew, and the recipient was then read inside the phrase, through the charge hung on it. A verbal
   clause inside a phrase ("of being linked to X", "of working with X") has participants of its
   own and is not read for whose the phrase is (:func:`.inside._walk`); "the militants" accused of
   the same stay the recipient, and "Kestria's plan to join the alliance" is still Kestria's.
11. *An attack hung on who underwent it.* "(Shajarian) was killed with four other people in a
   government counterassault" had no actor: the parse hangs "in a government counterassault" on
   "people", and only an act phrase on the verb, or on a passive joined to it, named the attackers.
   A forceful passive with no act phrase of its own takes the attack the parse hung on its subject
   or on its "with" phrase (:func:`.act_owners.acts_in_passive`); a place there ("five people in
   the village were killed") and an act people attend ("protesters in a demonstration were shot
   by police") name no attacker.
12. *Who underwent it with them, and a "by" phrase hung on them.* "was killed with four other
   people in a government counterassault" lost the four others (the reference requires both
   recipients), and "was charged with murder by the prosecutor", "was killed together with his
   driver by the rebels" had no actor: the parse hangs the "by" phrase on the noun of the "with"
   phrase. Those a forceful passive's "with" phrase names underwent it too
   (:func:`.act_owners.acts_in_passive`; "with a knife" names no one), and a "by" phrase on the
   object of a passive's "with" phrase that names someone is its agent (:func:`.roles.stray_agents`).
13. *Doing nothing wrong is no wrong done.* "The spokeswoman said Israeli forces did nothing to
   violate Lebanese law" was the spokeswoman's ACCUSE of the Israeli forces: the verdict reader knew
   negation by "not", "no" and "never" only. A verb of the judged clause that did "nothing" negates
   it (:func:`.verdicts._negated`: "did nothing wrong" too); "did nothing but destroy" says all it did.
14. *Removing people.* "Police at the building began removing citizens", "the president removed the
   interior minister" were no events: the lexicon knew "remove" only of restrictions. Removing or
   evicting people is a COERCE (``data/event_lexicon.csv``, of people only: word class
   ``events.coding.detect.done_to_people``), removing someone who holds a post a SANCTION (word class
   ``events.coding.dismissals.dismissing_verbs``), removing one's own troops a withdrawal (word class
   ``events.coding.measures.commanded``), removing restrictions a concession as before, and removing
   rubble no event.
15. *Protesters occupying a building protest.* "The protesters had occupied the consulate in
   Tallinn", "Protesters occupying a Russian consulate ... were given a week to leave" were
   COERCE events (a seizure) where the dev-work coders code a protest: an occupation by civilians is
   a sit-in, as their blockade or siege already was (:mod:`.obstruction`, word class
   ``events.coding.obstruction.siege_words``). Rebels or troops occupying a town still seize it.
16. *A truce agreed between two sides.* "An open-ended ceasefire was agreed between Russian-backed
   rebels and government forces" was no event: a passive "agreed" with nothing after it but its
   "between" phrase was read as accord with a view ("X agreed"), since only a "to"/"on" phrase or a
   joint active subject made it an undertaking (:func:`.objects.agrees_with_view`). A thing agreed
   as the passive's subject undertakes now, and a retreat or concession so agreed is a concession
   (:func:`.concessions.conceded`), as "the rebels and the army agreed a truce" is; "it was agreed
   that the talks had been long" stays a view shared.
17. *A mob of police is police.* "The man was attacked by a mob of over 20 police" was an ASSAULT by
   "mob", "a gang of youths attacked" one by "gang": a collective head counts the people its "of"
   phrase names, as "a group of", "a crowd of" already did (word class
   ``events.coding.args.quantities`` += mob, gang, handful, contingent, detachment, squad;
   :func:`.phrases.counted`); a mob alone is still the mob.
18. *Saving people is rescuing them.* "The Indonesian Navy reportedly saved 200 more" had no event
   where "rescued" is AID: the lexicon lacked "save". Saving people is AID (``data/event_lexicon.csv``,
   of people only: word class ``events.coding.detect.done_to_people``); saving money or the economy
   is none.
19. *A document's call the parse hung on its subject.* "The resolution called on Angola to
   'immediately and fully implement ...'" was no event: the parser reads "called" as a participle
   on "resolution" ("the resolution (that was) called on Angola") and makes the infinitive the main
   verb, so the appeal had no action. The to-infinitive hung beside such an appeal, or made the
   main verb with the appeal's noun as its subject, is the action asked for
   (:func:`.appeals._hung_beside`); the resolution's issuer, named before, is the actor as for
   any document.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kinds, doer", [
    ("Two Ostrian protesters were shot and killed by soldiers on Friday.", ("ASSAULT",), "soldiers"),
    ("The asylum seekers have been beaten and robbed by Ostrian guards.", ("ASSAULT",), "guards"),
    ("Dozens of villagers were beaten, detained and tortured by Ostrian security forces.", ("ASSAULT", "COERCE"),
     "security forces"),
])
def test_passives_in_a_series_share_their_by_phrase(code_text, text: str, kinds: tuple[str, ...],  # type: ignore[no-untyped-def]
                                                    doer: str) -> None:
    result = code_text(text)
    events = [e for k in kinds for e in _live(result, k)]
    assert events and all(doer in " ".join(_names(result, e.actor)) for e in events), result.events


@pytest.mark.parametrize("text, kind, other", [
    ("A protester was shot in the head and taken to hospital by paramedics.", "ASSAULT", "paramedics"),
    ("The convoy was attacked near the border and later escorted home by Ostrian soldiers.", "ASSAULT", "soldiers"),
])
def test_a_participle_with_its_own_phrases_keeps_apart(code_text, text: str, kind: str,  # type: ignore[no-untyped-def]
                                                       other: str) -> None:
    result = code_text(text)
    assert not any(other in " ".join(_names(result, e.actor)) for e in _live(result, kind)), result.events


def test_a_reporters_demand_after_a_judged_thing(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ivo Marsh said the deployment of troops from the Ostrian force was unacceptable "
                       "and demanded they be withdrawn soon.")
    events = _live(result, "REQUEST")
    assert events and all(_names(result, e.actor) == ["Ivo Marsh"] for e in events), result.events


def test_a_demand_after_a_clause_of_someone_is_theirs(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian ministry said the protesters were angry and demanded that the governor resign.")
    events = _live(result, "REQUEST")
    assert events and all("protesters" in " ".join(_names(result, e.actor)) for e in events), result.events


def test_a_meeting_placed_by_inference_keeps_its_roles(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Afghan President Ivo Marsh was met with protests in Kabul today.\n\nHowever, Ivo Marsh has had "
                       "discussions with Pakistani leaders this weekend, suggesting he believes his case is not losing ground.")
    events = _live(result, "CONSULT")
    assert events and all(_names(result, e.actor) == ["Ivo Marsh"] for e in events), result.events


def test_a_meeting_placed_in_its_sentence_is_hosted(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Afghanistan's foreign minister Ivo Marsh met Pakistani officials in Kabul on Monday.")
    events = _live(result, "CONSULT")
    assert events and all(_names(result, e.recipient) == ["Ivo Marsh"] for e in events), result.events


def test_the_one_who_says_is_not_inside_what_is_said(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostria has agreed to remove legal restrictions on the Kestrian indigenous group, the president "
                       "of the local community council, Ivo Marsh, has said.")
    events = _live(result, "CONCEDE")
    assert events and not any(n in ("Ivo Marsh", "local community council") for e in events
                              for n in _names(result, e.recipient)), result.events


def test_an_appositive_of_a_sentence_with_its_subject_names_someone(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian government agreed on Monday to lift the travel ban on the rebel leader, Ivo Marsh.")
    assert any("Ivo Marsh" in _names(result, e.recipient) for e in result.events), result.events


@pytest.mark.parametrize("text, kind, name", [
    ("The government of Ostria applauded its neighbor, France, for being tough on smugglers.", "SUPPORT", "France"),
    ("The Kestrian president criticised its southern neighbour, Uganda, on Monday.", "ACCUSE", "Uganda"),
])
def test_a_description_is_the_name_beside_it(code_text, text: str, kind: str, name: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, kind)
    assert events and all(_names(result, e.recipient) == [name] for e in events), result.events


def test_an_unknown_name_beside_a_description_invents_no_one(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian president criticised its northern neighbour, Kestria, on Monday.")
    assert all(a.country is None for a in result.actors if "neighbour" in a.name), result.actors


@pytest.mark.parametrize("text", [
    "Ostrian police declined to give further details about the raid.",
    "The Ostrian official declined to make any announcements until the framework is ready.",
    "A Kestrian official declined to describe the contents of the meeting with Ostria.",
    "The Ostrian minister declined to predict when the talks with the rebels would resume.",
    "The Ostrian minister gave details of the plan on Monday.",
])
def test_declining_to_tell_is_no_rejection(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "REJECT") and not _live(result, "AID"), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian government refused to discuss the protesters' demands.",
    "The rebels refused to give up their weapons to the Ostrian army.",
    "Ostria refused to make any concessions to the rebels.",
])
def test_refusing_an_act_still_rejects(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "REJECT"), result.events


def test_planning_on_doing_is_planned(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian president plans on meeting the Kestrian leader early next year.")
    assert not _live(result, "CONSULT") and all("future" in e.aux for e in result.events), result.events


@pytest.mark.parametrize("text, flag", [
    ("The Ostrian and Kestrian presidents have yet to sign a memorandum of understanding.", "negation"),
    ("The Ostrian government is yet to sign the agreement with Kestria.", "negation"),
    ("Ostria is on the verge of signing a free trade agreement with the European Union.", "future"),
    ("Ostria is on the brink of signing a peace accord with the rebels.", "future"),
])
def test_not_yet_and_about_to_be_done(code_text, text: str, flag: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = [e for e in result.events if e.event == "AGREE"]
    assert events and all(flag in e.aux for e in events), result.events


def test_done_again_is_done(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian and Kestrian presidents have yet again signed a trade agreement.")
    events = [e for e in result.events if e.event == "AGREE"]
    assert events and not any(f in e.aux for e in events for f in ("negation", "future")), result.events


@pytest.mark.parametrize("text, kind", [
    ("The Ostrian president plans to meet the Kestrian leader next week.", "AGREE"),
    ("Ostria is seeking to expand its ties with Kestria, the minister said.", "AGREE"),
    ("The Ostrian government intends to provide aid to the Kestrian refugees.", "AGREE"),
])
def test_an_intention_is_no_pledge(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, kind), result.events


@pytest.mark.parametrize("text, kind", [
    ("Ostria decided to withdraw its troops from Kestria.", "RETREAT"),
    ("The Ostrian president vowed to punish the rebels.", "THREATEN"),
    ("The rebels tried to storm the parliament building in Ostria City on Monday.", "ASSAULT"),
])
def test_decisions_pledges_and_attempts_stay(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, kind), result.events


def test_the_one_a_charge_names_is_not_the_accused(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Ostria accuses the groups of being linked to the Kestrian Liberation Front.")
    assert not any("Kestrian Liberation Front" in _names(result, e.recipient) for e in result.events), result.events


@pytest.mark.parametrize("text, kind, recipient", [
    ("Ostria accuses the militants of being linked to the Kestrian Liberation Front.", "ACCUSE", "militants"),
    ("Ostria criticised Kestria's plan to join the alliance.", "ACCUSE", "Kestria"),
])
def test_the_accused_and_a_plans_owner_stay(code_text, text: str, kind: str,  # type: ignore[no-untyped-def]
                                            recipient: str) -> None:
    result = code_text(text)
    assert any(recipient in " ".join(_names(result, e.recipient)) for e in _live(result, kind)), result.events


@pytest.mark.parametrize("text, doer", [
    ("Ivo Marsh was killed with four other people in a government offensive on Saturday.", "government"),
    ("The mayor was killed with two aides in an army offensive on the town.", "army"),
])
def test_an_attack_hung_on_who_underwent_it(code_text, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "ASSAULT")
    assert events and all(doer in " ".join(_names(result, e.actor)) for e in events), result.events


@pytest.mark.parametrize("text, doer", [
    ("Five people in the village of Rask were killed on Saturday.", None),
    ("Protesters in a demonstration in Ostria City were shot by police.", "police"),
])
def test_a_place_or_attended_act_names_no_attacker(code_text, text: str,  # type: ignore[no-untyped-def]
                                                   doer: str | None) -> None:
    result = code_text(text)
    assert all(_names(result, e.actor) == ([doer] if doer else []) for e in _live(result, "ASSAULT")), result.events


@pytest.mark.parametrize("text, kind, actor, recipients", [
    ("The Ostrian minister was killed with four other people in a government offensive on Saturday.", "ASSAULT",
     "government", ["Ostrian minister", "people"]),
    ("The Ostrian minister was arrested along with three journalists by police.", "COERCE", "police",
     ["Ostrian minister", "journalists"]),
    ("The Ostrian minister was killed together with his driver by the rebels.", "ASSAULT", "rebels",
     ["Ostrian minister", "driver"]),
    ("The Ostrian minister was killed with a knife by the rebels.", "ASSAULT", "rebels", ["Ostrian minister"]),
    ("The Ostrian minister was charged with murder by the prosecutor.", "ACCUSE", "prosecutor", ["Ostrian minister"]),
])
def test_who_underwent_it_with_them(code_text, text: str, kind: str, actor: str,  # type: ignore[no-untyped-def]
                                    recipients: list[str]) -> None:
    result = code_text(text)
    events = _live(result, kind)
    assert events and all(_names(result, e.actor) == [actor] and _names(result, e.recipient) == recipients
                          for e in events), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian spokeswoman said Kestrian forces did nothing to violate Ostrian law.",
    "The Ostrian spokeswoman said the Kestrian soldiers did nothing wrong.",
])
def test_doing_nothing_wrong_is_no_wrong_done(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ACCUSE"), result.events


def test_violating_the_law_is_still_condemned(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian spokeswoman said Kestrian forces violated Ostrian law.")
    assert _live(result, "ACCUSE"), result.events


@pytest.mark.parametrize("text, kind, recipient", [
    ("Ostrian police began removing the protesters from the square.", "COERCE", "protesters"),
    ("Ostrian police evicted the protesters from the square.", "COERCE", "protesters"),
    ("The Ostrian president removed the interior minister on Monday.", "SANCTION", "interior minister"),
])
def test_removing_people(code_text, text: str, kind: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any(recipient in " ".join(_names(result, e.recipient)) for e in _live(result, kind)), result.events


@pytest.mark.parametrize("text, kind", [
    ("Ostrian workers removed the rubble from the street.", "COERCE"),
    ("Ostria removed its troops from the Kestrian border.", "COERCE"),
    ("The Ostrian government removed restrictions on imports from Kestria.", "COERCE"),
])
def test_removing_things_is_no_coercion(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, kind), result.events


def test_protesters_occupying_a_building_protest(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The protesters occupied the Kestrian consulate in Ostria City on Thursday.")
    assert _live(result, "PROTEST") and not _live(result, "COERCE"), result.events


@pytest.mark.parametrize("text", [
    "Rebels occupied the town of Rask on Monday.",
    "Ostrian troops occupied the border town of Rask on Monday.",
])
def test_armed_men_occupying_a_town_seize_it(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "COERCE") and not _live(result, "PROTEST"), result.events


@pytest.mark.parametrize("text, kind", [
    ("A truce was agreed between the Ostrian rebels and the army.", "CONCEDE"),
    ("An open-ended ceasefire was agreed between the rebels and government forces in Ostria.", "CONCEDE"),
    ("A trade deal was agreed between Ostria and Kestria.", "AGREE"),
])
def test_a_truce_agreed_between_two_sides(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, kind)
    assert events and all(len(e.actor) == 2 for e in events), result.events


def test_a_view_shared_is_no_undertaking(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("It was agreed at the Ostrian ministry that the talks had been long.")
    assert not _live(result, "AGREE") and not _live(result, "CONCEDE"), result.events


@pytest.mark.parametrize("text, doer", [
    ("The Ostrian journalist was attacked by a mob of over 20 police on Monday.", "police"),
    ("A gang of Ostrian youths attacked the police station in Rask.", "youths"),
    ("A mob attacked the police station in Rask.", "mob"),
])
def test_a_mob_of_police_is_police(code_text, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    events = _live(result, "ASSAULT")
    assert events and all(doer in " ".join(_names(result, e.actor)) for e in events), result.events


def test_saving_people_is_rescuing_them(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Ostrian navy saved 200 asylum seekers off the coast of Kestria.")
    assert any("asylum seekers" in _names(result, e.recipient) for e in _live(result, "AID")), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian government saved the economy from collapse.",
    "The Ostrian minister saved money on the arms deal.",
])
def test_saving_things_is_no_aid(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "AID"), result.events


def test_a_documents_call_hung_on_its_subject(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("On Tuesday, the Kestrian parliament passed a resolution on the crisis. The resolution called on Ostria "
                       "to \"immediately and fully implement relevant human rights instruments\".")
    events = _live(result, "REQUEST")
    assert any(_names(result, e.recipient) == ["Ostria"] for e in events), result.events


def test_doing_nothing_at_the_end_of_a_text(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.verdicts import _negated

    doc = nlp("Kestrian forces did nothing")  # no word after "nothing": nothing to read past the text
    assert _negated([doc[2]])
