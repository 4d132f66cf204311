"""Failure classes of issue 11 (session 31), found on sentences written for the purpose and on
machine-written stories outside the corpus, each seen failing before its fix.

1. A warning that what others do will be answered ("the government warned that violations of the
   curfew will be dealt with sternly", "Iran warned that any attack on its soil would trigger a
   crushing response", "warned that any such move would be met with force") was no threat: only a
   warning addressed to someone, one "against" something, one of a penalty of the warner's, or one
   whose clause tells a hostile act of the warner's or a penalty someone will face was. A clause
   saying an act will be answered, punished or dealt with (word class
   ``events.coding.threats.answering``, in the passive, under "will", "would" or "could"), or will
   bring about a penalty of no one named (word class ``events.coding.detect.penalties``: "trigger a
   crushing response"), is a threat of the warner's. A forecast ("warned that the crisis would
   trigger a recession", "that the vote would be met with applause") and another's answer ("would
   trigger a response from China") are not.

2. A campaign "of" acts ("vowed to renew their campaign of attacks against the highlands", "waged
   a campaign of bombings") named no act: "campaign" wraps the act told by its modifier ("a
   bombing campaign") and not the one told by its "of" phrase. A campaign measures out its acts as
   a wave or a series does (word class ``events.coding.detect.measures``). A campaign of no act
   ("a campaign of the opposition") stays nothing.

3. Fire named as a weapon's ("Hamas intensified rocket fire on Israel", "the army stepped up
   artillery fire on rebel positions") was no act: fire is a weapon only when a weapon compound or
   a demonym names it so (:mod:`tidings.extract.events.weapons`), and that reading was made only for
   the doers of an attack, not for the act a light verb carries. Fire so named is an attack (and a
   vow to intensify it a threat); a blaze ("the fire spread to the forest") stays nothing. A
   weapon is no owner of the act ("killed by Israeli tank fire": Israel, not the tank).

4. A main verb the parser hung on its subject as a participle ("Russian air strikes killed at least
   20 civilians in Idlib", parsed as "strikes [that were] killed ...") was a passive on the strikes,
   and folded into them with its victims lost: a participle right after its noun with an object of
   its own is no passive (a passive takes no object); the noun is its subject, an act noun standing
   for its owners. A participle with no object stays a passive on its noun ("Government troops
   killed in the ambush were buried").

5. Envoys received "from" someone ("Iran received a delegation from Hamas on Monday") lost their
   sender: the parser hangs the "from" phrase on the verb, and the delegation alone names no
   actor, so the meeting had no guest. The sender is a guest beside its envoys (word class
   ``events.coding.detect.envoys``); people received "from" a place who are no envoys ("received
   400 refugees from Syria") make no meeting.

6. An act decided ("Gabon announced its decision to sever relations with France", "the president
   has taken the decision to extend the state of emergency") had no actor: the infinitive's doer is
   the decision's, and a decision owned by a pronoun ("its decision") or by whoever took, made,
   reached or announced it named no one. An act or decision a pronoun owns (word classes
   ``statement_or_act`` and ``events.coding.recipient.doer_modified``) stands for the pronoun's
   antecedent, as one a name owns stands for that name ("Gabon's decision"); other things a
   pronoun owns do not ("killed by his lions" is no killing by their owner, "his former rival" is
   the rival); a decision is an instrument its taker enacts (word classes
   ``events.coding.instruments`` and ``events.coding.enacting_verbs``), as a decree its signer. A
   decision criticised or welcomed is not the critic's ("the opposition criticised the decision to
   expel the ambassador": no expulsion by the opposition).

7. A future told in a past report ("the European Union said on Monday it would impose new
   sanctions on Russia", "Rossello announced he would resign") was flagged hypothetical: "would"
   was read as a condition's modal, where under a verb of saying in the past (word class
   ``events.coding.modality.reporting_verbs``) it is "will" told in the past, an announced act to
   come (``future``). A "would" with a condition ("said it would impose sanctions if Russia
   invaded"), under a report in the present ("analysts say the EU would impose sanctions") or under
   none ("the EU would impose sanctions") stays hypothetical.

8. A phone call was turned round by the host rule ("Palestinian President Mahmoud Abbas phoned
   Egyptian President Abdel Fattah al-Sisi on Monday to discuss the situation in Gaza": Sisi
   calling Abbas; "Tobgay said he had called Somalia's ambassador in Thimpu": the ambassador
   calling): a place in its clause (its topic's, class 10, or the one called's) was read as where
   it was held. A call (mode ``phone``) is held nowhere: the caller stays its actor. "Spoke with"
   is no call by itself (met on a forum's sidelines as often: the lexicon gave it the phone mode,
   and the audit on unseen stories turned such meetings round when calls were exempted): a
   meeting held in a side's country keeps its host ("Kerry spoke with Lavrov in Washington",
   "Abbas met Sisi in Cairo": the guest acts).

9. A protest outside a state's seat ("hundreds of people protested outside the US embassy in
   Baghdad", "demonstrators gathered in front of the Russian embassy in Kyiv") was against no one:
   the building was read as a place only. A protest at a seat (word class
   ``events.coding.recipient.protested_seats``) whose owner the seat names (a demonym or name
   before it, a possessor, an "of" phrase) is against that owner. A seat of no owner named ("outside
   the parliament"), a body by its name ("in front of the Ministry of the Interior": its of phrase
   is part of the name, no owner) or a place that is no seat ("outside a shopping mall") names no
   one here.

10. The topic of a meeting's purpose was taken for its venue ("Abbas met Sisi on Monday to discuss
   the situation in Gaza": held in Gaza, so hosted by the Palestinian side and turned round): a
   place phrase on a noun that a talk purpose of the event is about ("to discuss the situation in
   Gaza", "to talk about the war in Sudan"; word class ``events.coding.detect.topic_verbs``) tells
   what the talk is about, not where the event was. A place on what another purpose acts on ("met
   to sign the agreement in Cairo") or on the event's own verb ("met in Cairo to discuss the
   situation") is still where it was.

11. An inquiry opened "into" someone ("the European Commission opened an investigation into Google",
   "prosecutors began a probe into the former president") looked into no one: the parser hangs
   the "into" phrase on the light verb, and only the noun's own phrase was read. The light verb's
   "into" phrase is the inquiry's, as the noun's is; a thing looked into ("into the deaths of three
   miners") still names no one.

12. A verdict on a person told by a pronoun ("Putin arrived in Beijing. Xi called him an old
   friend") judged no one: the object of a verb of calling or describing was the recipient only
   when it could name a participant by itself, and a pronoun cannot; the pronoun was taken for the
   act judged. A pronoun for people ("him", "her", "them") judged is the one judged; "it" ("called
   it a disgrace") stays a thing.

13. A verdict on an act whose doer the verdict itself names ("Cazeneuve said the attack was an act
   of aggression by ISIS") condemned no one: a judged act's doers were read from its possessor
   and its own "by" phrase only. The "by" phrase of the verdict's predicate names its doers too.
   (A doer named on the act by a demonym, "said the Russian strike on the hospital was a war
   crime", was already read, as an allegation: kept as a guard.) An act judged with no doer named
   ("said the shelling was a war crime") still condemns no one.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. A warning that what others do will be answered

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("The government warned that violations of the curfew will be dealt with sternly.", "government"),
    ("Iran warned that any attack on its soil would trigger a crushing response.", "Iran"),
    ("Russia warned that any such move would be met with a firm response.", "Russia"),
    ("The ministry warned that those who violate the order will be punished.", "ministry"),
    ("China warned on Monday that any provocation would provoke retaliation.", "China"),
])
def test_a_warning_that_acts_will_be_answered_threatens(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "THREATEN", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Economists warned that the crisis would trigger a recession.",
    "Forecasters warned that flooding may hit the coast on Monday.",
    "Analysts warned that the vote would be met with applause in Brussels.",
    "Exporters warned that the tariffs would trigger a response from China.",
    "The company warned that it might run out of money by March.",
    "The agency warned that the actions could have grave consequences for the rights of refugees.",
])
def test_a_forecast_or_anothers_answer_is_no_threat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "THREATEN")


# 2. A campaign of acts

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The rebels renewed their campaign of attacks against the government on Monday.", "ASSAULT", "rebels", "government"),
    ("The rebels vowed to renew their campaign of attacks against the government.", "THREATEN", "rebels", None),
    ("The militants waged a campaign of bombings against the capital.", "ASSAULT", "militants", None),
])
def test_a_campaign_of_acts_is_those_acts(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "AGREE"), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The party continued its campaign of the past year in the north.",
    "The candidate launched a campaign of town hall meetings.",
])
def test_a_campaign_of_no_act_is_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    hostile = {"ASSAULT", "COERCE", "THREATEN", "PROTEST"}
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] in hostile]


# 3. Fire named as a weapon's

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Hamas intensified rocket fire on Israel on Monday.", "ASSAULT", "Hamas", "Israel"),
    ("The army stepped up artillery fire on rebel positions.", "ASSAULT", "army", "rebel"),
    ("Hamas vowed to intensify rocket fire on Israel.", "THREATEN", "Hamas", "Israel"),
])
def test_fire_named_as_a_weapons_is_an_attack(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "AGREE"), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Firefighters battled the fire for three days before it was contained.",
    "The fire spread quickly to the nearby forest on Monday.",
])
def test_a_blaze_is_no_attack(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "ASSAULT")


@pytest.mark.model
def test_a_weapon_is_no_owner_of_its_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Three soldiers were killed by Israeli tank fire.", gated=True)
    assert events_with(events, "ASSAULT", "Israel", "soldiers"), events
    assert not [e for e in events if any("tank" in a for a in e[1])], events


# 4. A main verb hung on its subject as a participle

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian air strikes killed at least 20 civilians in Idlib on Monday.", "Russia", "civilians"),
])
def test_a_participle_with_an_object_is_the_main_verb(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor, recipient), events


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("Government troops killed in the ambush were buried on Monday.", "troops"),
    ("Protesters arrested by police on Friday.", "Protesters"),
])
def test_a_participle_with_no_object_stays_a_passive(nlp, text, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if any(recipient in r for r in e[2])], events
    assert not [e for e in events if any(recipient in a for a in e[1])], events


# 5. Envoys received from someone

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran received a delegation from Hamas on Monday.", "Hamas", "Iran"),
    ("Egypt hosted an envoy from Qatar on Monday.", "Qatar", "Egypt"),
])
def test_envoys_received_from_someone_bring_their_sender(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor, recipient), events


@pytest.mark.model
def test_people_received_from_a_place_are_no_envoys(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Germany received 400 refugees from Syria on Monday.", gated=True)
    assert not events_with(events, "CONSULT"), events


# 6. An act decided

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Gabon announced its decision to sever relations with France.", "SANCTION", "Gabon", "France"),
    ("Gabon announced the decision to sever relations with France.", "SANCTION", "Gabon", "France"),
    ("The cabinet made a decision to expel the ambassador.", "SANCTION", "cabinet", "ambassador"),
    ("The junta did not reveal the reasons for its decision to dismiss the prime minister.", "SANCTION", "junta", "prime minister"),
])
def test_an_act_decided_is_the_deciders(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The opposition criticised the decision to expel the ambassador.",
    "The opposition welcomed the decision to expel the ambassador.",
])
def test_a_decision_judged_is_not_the_judges(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SANCTION", "opposition"), events


# 7. A future told in a past report

def _aux_of(nlp, text: str, lemma: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    from tidings.extract.events.modality import aux_flags, chain
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    return aux_flags(chain(verb))


@pytest.mark.model
@pytest.mark.parametrize("text, lemma", [
    ("The European Union said on Monday it would impose new sanctions on Russia.", "impose"),
    ("Argentina said it would offer its full cooperation to the United States.", "offer"),
    ("Rossello announced he would resign as party leader.", "resign"),
    ("The ministry told reporters that the talks would resume on Friday.", "resume"),
])
def test_would_in_a_past_report_is_the_future(nlp, text, lemma) -> None:  # type: ignore[no-untyped-def]
    aux = _aux_of(nlp, text, lemma)
    assert "future" in aux and "hypothetical" not in aux, aux


@pytest.mark.model
@pytest.mark.parametrize("text, lemma", [
    ("The European Union said it would impose sanctions if Russia invaded.", "impose"),
    ("Analysts say the European Union would impose sanctions on Russia.", "impose"),
    ("The European Union would impose sanctions on Russia.", "impose"),
])
def test_would_of_a_condition_stays_hypothetical(nlp, text, lemma) -> None:  # type: ignore[no-untyped-def]
    assert "hypothetical" in _aux_of(nlp, text, lemma)


# 8. A call keeps its caller

@pytest.mark.model
def test_a_call_keeps_its_caller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Palestinian President Mahmoud Abbas phoned Egyptian President Abdel Fattah al-Sisi on Monday to "
            "discuss the situation in Gaza.")
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Abbas", "Sisi"), events
    assert not events_with(events, "CONSULT", "Sisi", "Abbas"), events


@pytest.mark.model
def test_a_call_to_someone_where_they_are_keeps_its_caller(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bhutan's Foreign Minister Tshering Tobgay said he had called Somalia's ambassador in Thimpu to discuss the dispute."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Tobgay", "ambassador"), events


@pytest.mark.model
@pytest.mark.parametrize("text, guest, host", [
    ("Palestinian President Mahmoud Abbas met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.", "Abbas", "Sisi"),
    ("US Secretary of State John Kerry spoke with Russian Foreign Minister Sergei Lavrov in Washington on Monday.", "Lavrov", "Kerry"),
])
def test_a_meeting_in_a_sides_country_keeps_its_host(nlp, text, guest, host) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", guest, host), events


# 9. A protest outside a state's seat

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Hundreds of people protested outside the US embassy in Baghdad on Friday.", "people", "United States"),
    ("Demonstrators gathered in front of the Russian embassy in Kyiv on Sunday.", "Demonstrators", "Russia"),
    ("Students rallied outside the embassy of France in Dakar on Monday.", "Students", "France"),
])
def test_a_protest_at_a_states_seat_is_against_its_owner(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor, recipient), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds of people protested outside a shopping mall in Baghdad on Friday.",
    "Hundreds of people protested outside the hospital on Friday.",
    "Demonstrators protested in front of the Ministry of the Interior in Rabat on Monday.",
])
def test_a_protest_at_no_seat_names_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "PROTEST"] and not [e for e in events if e[0] == "PROTEST" and e[2]], events


# 10. The topic of a purpose is no venue

def _location(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    import datetime as dt
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    ev = next(e for e in result.events if e.trigger is not None and e.trigger.text == trigger)
    return ev.location.name if ev.location is not None else None


@pytest.mark.model
def test_the_topic_of_a_purpose_is_no_venue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Palestinian President Mahmoud Abbas met Egyptian President Abdel Fattah al-Sisi on Monday to discuss the situation in Gaza."
    assert _location(nlp, text, "met") is None
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Abbas", "Sisi"), events


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Palestinian President Mahmoud Abbas met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday to discuss the situation in Gaza.", "Cairo"),
    ("The two ministers met on Monday to sign the agreement in Cairo.", "Cairo"),
])
def test_a_place_on_a_verb_is_still_the_venue(nlp, text, place) -> None:  # type: ignore[no-untyped-def]
    assert _location(nlp, text, "met") == place


# 11. An inquiry opened into someone

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The European Commission opened an investigation into Google on Monday.", "European Commission", "Google"),
    ("Prosecutors began a probe into the former president on Friday.", "Prosecutors", "president"),
])
def test_an_inquiry_opened_into_someone_looks_into_them(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.model
def test_an_inquiry_into_a_thing_looks_into_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Police opened an investigation into the deaths of three miners.", gated=True)
    assert events_with(events, "ACCUSE", "Police") and not [e for e in events if e[0] == "ACCUSE" and e[2]], events


# 12. A verdict on a person told by a pronoun

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Russian President Vladimir Putin arrived in Beijing on Thursday. Xi Jinping called him an old friend.", "SUPPORT", "Xi", "Putin"),
    ("Opposition leader Maria Kolesnikova spoke in Minsk on Monday. President Alexander Lukashenko described her as a traitor.",
     "ACCUSE", "Lukashenko", "Kolesnikova"),
])
def test_a_verdict_on_a_pronoun_judges_its_person(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.model
def test_a_verdict_on_it_judges_a_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia expelled two British diplomats on Monday. The British foreign secretary called it a disgrace."
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "ACCUSE" and any("diplomats" in r for r in e[2])], events


# 13. A verdict on an act whose doer is named on it or in the verdict

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The Ukrainian foreign minister said the Russian strike on the hospital was a war crime.", "Ukrain", "Russia"),
    ("French Interior Minister Bernard Cazeneuve said the attack was an act of aggression by ISIS.", "Cazeneuve", "Islamic State"),
])
def test_a_verdict_on_an_act_condemns_its_named_doer(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.model
def test_a_verdict_on_an_act_of_no_named_doer_condemns_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister said the shelling was a war crime.", gated=True)
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events
