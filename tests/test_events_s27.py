"""Failure classes of issue 11 (session 27), found on the real-news benchmark's dev-work split and
on sentences written for the purpose.

1. Removing someone from a post ("Mugabe fired his vice president", "fired FBI Director James
   Comey", "the health minister was sacked by the prime minister", "dismissed the army chief") is
   a SANCTION by the one who removed them, the reference codes it so: "fire" was read as shooting
   (ASSAULT), "dismiss" as a rejection (REJECT) and "sack" as nothing. Firing weapons ("fired tear
   gas at protesters", "fired on the crowd"), dismissing a case, a claim or someone as something
   ("dismissed the report as baseless"), sacking a town, and a firm laying off its staff ("fired
   300 workers": no political act) are no such sanction.

2. A sentence whose verb the tagger read as a participle modifier (see the tests below).

3. A pronoun subject of a clause that hangs under another doer's clause in a report ("Police
   arrested a militia leader after it fired at government troops, the minister said") was taken for
   the speaker, as the subject of the report itself is ("a ministry spokeswoman said it would send
   aid"): the minister fired at the troops. The speaker stands only for a pronoun of the report's
   own clause, or of a clause under one whose subject is the same pronoun. (Left: "said it had
   expelled two diplomats after they met opposition leaders", where the resolver itself gives
   "they" to the ministry, the sentence's subject.)

4. Admitting what one's own side did wrong ("Iran admitted shooting down the airliner", "admitted
   that its forces had shot down the airliner", "Barak admitted that his government was responsible
   for the failure of the talks") is a concession: the guide has no type for admissions and its
   coders use CONCEDE. The admitted act stays its doers' event; the admission accused the
   admitter's own government (ACCUSE of "his government"). Admitting what someone else did ("the
   minister admitted that the rebels had shelled the town") and admissions of no wrong
   ("acknowledged that he had received the letter") concede nothing.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Mugabe fired his vice president on Monday.", "Mugabe", "vice president"),
    ("President Donald Trump fired FBI Director James Comey on Tuesday.", "Trump", "Comey"),
    ("The health minister was sacked by Prime Minister Boris Johnson on Monday.", "Johnson", "health minister"),
    ("President Zelensky dismissed the army's commander-in-chief on Thursday.", "Zelensky", "commander"),
])
def test_removing_someone_from_a_post_is_a_sanction(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events
    assert not events_with(events, "ASSAULT") and not events_with(events, "REJECT"), events


@pytest.mark.parametrize("text, kept", [
    ("Police fired tear gas at protesters in Nairobi on Monday.", "ASSAULT"),
    ("Soldiers fired on the crowd in Conakry on Sunday.", "ASSAULT"),
    ("The court dismissed the case against the minister on Monday.", None),
    ("The minister dismissed the report as baseless on Monday.", None),
    ("Vandals sacked the museum in Kabul on Monday.", None),
    ("The company fired 300 workers at its plant on Monday.", None),
])
def test_no_removal_from_a_post(nlp, text, kept) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SANCTION"), events
    if kept:
        assert events_with(events, kept), events
    if "workers" in text:
        assert not events, events


# 2. A sentence whose verb the tagger read as a participle modifier ("A top U.N. official accused
#    rebels of breaching the truce" parsed as the noun phrase "official accused rebels") had no
#    clause: no accusation and one actor for the whole phrase. The parse is repaired
#    (tidings.repairs); sentences the parser gave a verb, and participles that are modifiers
#    ("two injured people", "a badly damaged building", "U.S.-backed forces"), are left alone.

@pytest.mark.parametrize("text, actor, recipient", [
    ("A top U.N. official accused rebels of breaching the ceasefire.", "United Nations", "rebels"),
    ("A top U.N. peacekeeper accused rebels in Djibouti of breaching their peace deal, officials said.",
     "peacekeeper", "rebels"),
])
def test_a_verb_read_as_a_modifier_is_the_sentence_verb(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Accused rebels were released on Monday.",
    "Wounded soldiers in Kabul hospital.",
    "A badly damaged building in central Kyiv.",
    "Two injured people at the scene.",
    "The U.S.-backed forces in Syria.",
    "The official accused the rebels of breaching the ceasefire.",
    "The elected president of the republic.",
])
def test_no_repair_where_the_parse_has_its_verb_or_the_participle_modifies(nlp, text) -> None:  # type: ignore[no-untyped-def]
    from tidings.repairs import verb_read_as_modifier

    with nlp.select_pipes(disable=["tidings_parse_repairs"]):
        doc = nlp(text)  # the parser's own parse, before any repair
    assert all(verb_read_as_modifier(s) is None for s in doc.sents), [(t.text, t.dep_) for t in doc]


def test_the_repair_finds_the_verb_on_the_parsers_own_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.repairs import verb_read_as_modifier

    with nlp.select_pipes(disable=["tidings_parse_repairs"]):
        doc = nlp("A top U.N. official accused rebels of breaching the ceasefire.")
    found = verb_read_as_modifier(next(iter(doc.sents)))
    assert found is not None and [t.text for t in found] == ["official", "accused", "rebels"]
    repaired = nlp("A top U.N. official accused rebels of breaching the ceasefire.")
    verb = repaired[4]
    assert (verb.dep_, verb.pos_, repaired[3].dep_, repaired[5].dep_) == ("ROOT", "VERB", "nsubj", "dobj")


@pytest.mark.parametrize("text, event, speaker", [
    ("Police arrested a local militia leader after it fired at government troops, the minister said.",
     "ASSAULT", "minister"),
    ("French authorities put a militia group on high alert after it fired at government troops, "
     "Interior Minister Bernard Cazeneuve said Sunday.", "ASSAULT", "Cazeneuve"),
])
def test_a_pronoun_under_another_doers_clause_is_not_the_speaker(nlp, text, event, speaker) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, speaker), events


@pytest.mark.parametrize("text, event, speaker", [
    ("A police spokesman said they had arrested two suspects on Monday.", "COERCE", "spokesman"),
    ("The ministry said on Monday that it had expelled two Russian diplomats.", "SANCTION", "ministry"),
    ("The police said they arrested the man after they found weapons in his car.", "COERCE", "police"),
])
def test_a_pronoun_of_the_reports_own_clause_is_the_speaker(nlp, text, event, speaker) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, speaker), events


@pytest.mark.parametrize("text, actor", [
    ("Iran admitted shooting down the Ukrainian airliner on Saturday.", "Iran"),
    ("Iran admitted on Saturday that its forces had shot down the Ukrainian airliner.", "Iran"),
    ("Prime Minister Ehud Barak admitted that his government was responsible for the failure of the talks.", "Barak"),
    ("Cardinal Vincent Nichols confessed on Sunday that the church had failed the victims of abuse.", "Nichols"),
    ("The army acknowledged that it had made a mistake in the airstrike on the village.", "army"),
])
def test_admitting_ones_own_wrong_is_a_concession(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONCEDE", actor), events
    assert not events_with(events, "ACCUSE", actor), events


@pytest.mark.parametrize("text", [
    "The minister admitted on Monday that the rebels had shelled the town.",
    "The minister acknowledged on Monday that he had received the letter from the unions.",
    "Iran denied shooting down the Ukrainian airliner on Saturday.",
    "The army did not admit that it had made a mistake in the airstrike.",
])
def test_no_concession_without_an_admitted_wrong_of_ones_own(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONCEDE"), events


# 5. A case filed or brought against someone ("a former secretary filed a case against the mayor",
#    "a case was filed against him by a former secretary", "police registered a case against the
#    MP") is a legal complaint, ACCUSE, as a complaint or charges filed already were. A case the
#    court hears, a case of illness and a case filed with no one named against are no accusation.

@pytest.mark.parametrize("text, actor, recipient", [
    ("His former secretary filed a case against Mayor Park Won-soon on Wednesday.", "secretary", "Park"),
    ("A case was filed against Mayor Park Won-soon by his former secretary on Wednesday.", "secretary", "Park"),
    ("Delhi police registered a case against the MP Ramesh Bidhuri on Monday.", "police", "Bidhuri"),
    ("Ukraine brought a case against Russia at the International Court of Justice.", "Ukraine", "Russia"),
])
def test_a_case_filed_against_someone_accuses_them(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "The Supreme Court heard the case on Monday.",
    "Health officials reported a case of cholera in Harare on Monday.",
    "The minister said that in any case the talks would go ahead.",
])
def test_a_case_heard_or_of_illness_accuses_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events



# 7. An infinitive the tagger read as a noun ("urged the Canadian government to fast-track the
#    screening": "track" tagged a noun, hung as the infinitive) left the appeal with no act asked
#    for, and it was lost. The token takes the verb's tag (tidings.repairs); a noun with no
#    infinitive marker stays a noun.

@pytest.mark.parametrize("text, actor, recipient", [
    ("Human Rights Watch urged the Canadian government to fast-track the screening of the seven.",
     "Human Rights Watch", "Canada"),
    ("Amnesty International called on Canada to fast-track the screening of refugees.", "Amnesty", "Canada"),
])
def test_an_infinitive_read_as_a_noun_is_the_act_asked_for(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REQUEST", actor, recipient), events


@pytest.mark.parametrize("text, word", [
    ("The government announced a fast-track procedure for refugees.", "track"),
    ("They elected him president of the union.", "president"),
])
def test_a_noun_without_the_infinitive_marker_stays_a_noun(nlp, text, word) -> None:  # type: ignore[no-untyped-def]
    from tidings.repairs import infinitive_read_as_noun

    with nlp.select_pipes(disable=["tidings_parse_repairs"]):
        doc = nlp(text)
    assert not any(infinitive_read_as_noun(t) for t in doc if t.text == word)
    assert all(t.pos_ == "NOUN" for t in nlp(text) if t.text == word)


# 8. Giving something back ("returned prehistoric fossils to the Chinese government", "handed over
#    medical equipment to the Ministry of Health", "returned the manuscript to Italy") is done to the
#    one it is given back to: the "to" phrase was no recipient (only "from" was, for withdrawals),
#    so the event had none. Withdrawing to a place ("the troops withdrew to Russia", mode withdraw)
#    names no recipient, and releasing captives keeps the captives.

@pytest.mark.parametrize("text, actor, recipient", [
    ("CBP returned prehistoric fossils to the Chinese government on Monday.", "Customs", "Chin"),
    ("The United States handed over medical equipment to the Ethiopian Ministry of Health.", "United States", "Ethiopia"),
    ("Italian police returned the stolen manuscript to Spain on Friday.", "police", "Spain"),
])
def test_what_is_given_back_is_done_to_its_receiver(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "RETREAT", actor, recipient), events


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    ("Ostrian troops withdrew to Russia on Monday.", "RETREAT", "Ostrian troops", "Russia"),
    ("The rebels released the hostages to the Red Cross on Monday.", "RETREAT", "rebels", None),
])
def test_a_withdrawal_names_no_receiver(nlp, text, event, actor, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    if not_recipient:
        assert not events_with(events, event, actor, not_recipient), events
    else:
        assert events_with(events, event, actor, "hostages"), events


# 9. Ending a strike or protest that names no owner is the protesters' own act when they end it
#    ("the union ended the strike", "protest leaders agreed to end the general strike": RETREAT,
#    and CONCEDE when agreed or promised), as the guide says; it was read as ending someone else's
#    protest (no event), and the promise to end it as a threat to strike. Police or an army ending a
#    strike or protest stops someone else's act: no retreat.

@pytest.mark.parametrize("text, event, actor", [
    ("The union ended the strike at the port on Monday.", "RETREAT", "union"),
    ("Protest leaders in Sudan have agreed to end the general strike.", "CONCEDE", "Protest leaders"),
    ("Striking workers agreed on Monday to end the strike.", "CONCEDE", "workers"),
])
def test_protesters_ending_a_protest_retreat(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, "THREATEN") and not events_with(events, "PROTEST", actor), events


@pytest.mark.parametrize("text", [
    "Police ended the strike at the port on Monday.",
    "The army ended the protest in the capital on Monday.",
])
def test_forces_ending_a_protest_do_not_retreat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "RETREAT") and not events_with(events, "CONCEDE"), events


# 10. What talks are about is no side of them: "Putin discussed Syria with Erdogan" made Syria a
#     recipient of the consultation (a topic, the object of "discuss"), and "Tillerson called Lavrov
#     to discuss the crisis in Syria" gave the call Syria and not Lavrov. The object of a verb of
#     talking over (word class ``events.coding.detect.topic_verbs``) is no recipient; the one met,
#     or talked "with", stays one.

@pytest.mark.parametrize("text, actor, recipient, topic", [
    ("Putin discussed Syria with Erdogan on Monday.", "Putin", "Erdo", "Syria"),
    ("Putin and Erdogan discussed Syria on Monday.", "Putin", None, "Syria"),
    ("The foreign ministers of Ostria and Kestria debated the border dispute in Vienna.", None, None, "border"),
])
def test_a_topic_of_talks_is_no_recipient(nlp, text, actor, recipient, topic) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONSULT", None, topic), events
    if recipient:
        assert events_with(events, "CONSULT", actor, recipient), events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Putin met Erdogan in Geneva on Monday.", "Putin", "Erdo"),
    ("Russia negotiated with Ukraine in Geneva on Monday.", "Russia", "Ukraine"),
])
def test_the_one_met_stays_a_recipient(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor, recipient), events



# 11. A sentence the parser gave no finite verb, its verb read as a participle on the subject
#     ("Russian envoys negotiated with Ukraine in Geneva": "envoys [negotiated with ...]"), had the
#     envoys as the talks' recipient and no actor. An act done without an object (word class
#     ``events.coding.args.intransitive_acts``) is then the subject's act, as protests already were;
#     negotiating, conferring, talking, meeting and clashing are such acts. A participle of a
#     transitive act stays passive ("Three soldiers killed in an ambush on Monday.").

def test_an_intransitive_talk_read_as_a_participle_is_the_subjects_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russian envoys negotiated with Ukraine in Geneva on Monday.", gated=True)
    assert events_with(events, "CONSULT", "Russian envoys", "Ukraine"), events


def test_a_transitive_participle_stays_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Three soldiers killed in an ambush near Kidal on Monday.", gated=True)
    assert not events_with(events, "ASSAULT", "soldiers"), events


# 12. Calling someone to talk something over ("Tillerson called Lavrov to discuss the crisis in
#     Syria") is a phone call with them (CONSULT, phone, by the caller): the talk's infinitive was
#     read as Lavrov's own (object control), with the topic as its recipient. Calling someone
#     something ("called Lavrov a liar") or calling on someone to act ("called on Lavrov to resign")
#     is no call.

@pytest.mark.parametrize("text", [
    "US Secretary of State Rex Tillerson called Russian Foreign Minister Sergey Lavrov to discuss the crisis in Syria.",
    "Secretary of State Rex Tillerson called Sergey Lavrov on Thursday to talk about the ceasefire in Syria.",
])
def test_calling_someone_to_talk_is_a_phone_call(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Tillerson", "Lavrov"), events
    assert not events_with(events, "CONSULT", "Lavrov"), events


@pytest.mark.parametrize("text, event", [
    ("Tillerson called Lavrov a liar on Thursday.", "ACCUSE"),
    ("Tillerson called on Lavrov to resign on Thursday.", "REQUEST"),
])
def test_calling_someone_something_is_no_call(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "CONSULT"), events


# 13. A ceasefire or a state of siege told in other words: "declared an open-ended cessation of
#     hostilities" and "ceased hostilities" (RETREAT, ceasefire) and "declared a state of siege"
#     (COERCE, as a state of emergency) coded nothing, and so did the lexicon's own idioms of halting
#     the fighting ("halted the fighting", "suspended hostilities"): the rule that ending a war cuts
#     no tie with anyone (no SANCTION) dropped them too. A cessation of something else ("the
#     cessation of production at the plant") is no ceasefire, and ending a war is still no sanction.

@pytest.mark.parametrize("text, event, actor", [
    ("President Omar al-Bashir on Monday declared an open-ended cessation of hostilities in Sudan.", "RETREAT", "Bashir"),
    ("The rebels ceased hostilities in Darfur on Monday.", "RETREAT", "rebels"),
    ("The rebels halted the fighting in Darfur on Monday.", "RETREAT", "rebels"),
    ("Bolivian President Evo Morales declared a state of siege in Pando on Friday.", "COERCE", "Morales"),
])
def test_a_ceasefire_or_a_siege_in_other_words(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


def test_a_cessation_of_production_is_no_ceasefire(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The company announced the cessation of production at its plant in Ostria.", gated=True)
    assert not events_with(events, "RETREAT"), events


@pytest.mark.parametrize("text", [
    "The president ended the war with Ostria on Monday.",
    "Kestria halted the conflict with Ostria on Monday.",
])
def test_ending_a_war_is_no_sanction(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SANCTION"), events


def test_the_talk_a_call_was_made_for_is_no_event_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US Secretary of State Rex Tillerson called Sergey Lavrov to discuss a number of Syria-related topics."
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "CONSULT"] == [("CONSULT", ("Rex Tillerson",), ("Sergey Lavrov",))], events


# 14. A town or region named on an attack noun says where it happened, not who did it: "The
#     Kandahar attack killed 12 people" made Kandahar (typed as Afghanistan's government) the
#     attacker. A state or its people on the noun ("an Israeli airstrike", "the Russian offensive")
#     still names the doer.

@pytest.mark.parametrize("text, place", [
    ("The Kandahar attack killed 12 people on Monday.", "Kandahar"),
    ("Islamic State claimed responsibility for the Kabul bombing on Monday.", "Kabul"),
])
def test_a_place_on_an_attack_noun_is_where_not_who(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ASSAULT", place), events


@pytest.mark.parametrize("text, actor", [
    ("An Israeli airstrike killed five people in Gaza on Monday.", "Israel"),
    ("The Russian offensive on Kharkiv killed 12 people on Monday.", "Russia"),
])
def test_a_state_on_an_attack_noun_is_its_doer(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor), events


# 15. Cutting links ("Morocco suspended air links with Spain") is cutting a tie, a SANCTION, as
#     suspending trade or flights was ("link" joins the ties); and a suspension announced of a tie
#     with someone ("announced a suspension of air links with 21 European countries", "of military
#     aid to Mali") is aimed at them: the "with"/"to" phrase of the suspended tie is the recipient.
#     Suspending something that is no tie ("suspended the meeting's live stream") sanctions no one.

@pytest.mark.parametrize("text, actor, recipient", [
    ("Morocco suspended air links with Spain on Saturday.", "Morocco", "Spain"),
    ("Rabat announced a suspension of air links with Spain on Saturday.", "Rabat", "Spain"),
    ("Washington announced a suspension of military aid to Mali on Friday.", "Washington", "Mali"),
])
def test_a_suspended_tie_is_aimed_at_the_other_side(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events


def test_suspending_no_tie_sanctions_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The broadcaster suspended its live stream of the debate on Monday.", gated=True)
    assert not events_with(events, "SANCTION"), events


# 16. Accepting what another side offers ("accepted an invitation to meet Kim", "accepted
#     Erdogan's invitation", "accepted the proposal") agrees to it (AGREE, with whoever made the
#     offer, its possessor): "accept" was a concession whatever was accepted. Accepting demands or
#     conditions still yields (CONCEDE).

@pytest.mark.parametrize("text, actor, recipient", [
    ("Trump has accepted Turkish President Recep Tayyip Erdogan's invitation to visit Turkey.", "Trump", "Erdo"),
    ("Ostria accepted Kestria's peace plan on Monday.", "Ostria", "Kestria"),
    ("The Tanzanian government formally accepted the proposal on Monday.", "Tanzania", None),
])
def test_accepting_an_offer_agrees(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "AGREE", actor, recipient), events
    assert not events_with(events, "CONCEDE", actor), events


@pytest.mark.parametrize("text", [
    "The Mozambique government on Thursday accepted demands from Shona rebels.",
    "Ostria accepted Kestria's conditions for a ceasefire on Monday.",
])
def test_accepting_demands_concedes(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONCEDE"), events
