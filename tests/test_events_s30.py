"""Failure classes of issues 10 and 11 (session 30), found on sentences written for the purpose in
the constructions wire copy uses most, and on machine-written stories outside the corpus.

1. A phrasal verb's particle after its object ("Russia pulled its troops back from the border") was
   no particle: the parser attaches it to the verb as an adverb, and only an adverb right after the
   verb was read as one. So the withdrawal was no event, where "pulled back its troops" was one.
   A particle word after the object of a verb with no phrasal pattern ("moved its tanks back")
   stays nothing.

2. Measures put on someone with a verb of putting or tightening ("placed sanctions on three
   officials", "tightened sanctions on Venezuela", "unveiled new sanctions against Moscow") had no
   actor: the measure was read as a noun standing alone, the verb carrying it unknown. Such verbs
   carry the noun's act as "imposed" does (the light verbs). Placing an order, unveiling a plan or
   expanding a business is still no event.

3. Backing given ("the senate gave its backing to the prime minister", "gave the go-ahead for the
   deployment") was aid: "give" is a verb of aid unless what is given is no help. A word of
   approval given is support (SUPPORT), like the green light; so is it granted or lent.

4. Protesters gathering ("hundreds of demonstrators gathered outside the parliament", "thousands of
   protesters converged on the palace") was no protest: a verb of gathering names none. A gathering
   whose subject is protesters, or whose purpose is a protest ("gathered to demand his
   resignation"), is a protest; fans, residents or worshippers gathering are not.

5. Aid sent "to help" someone ("Greece sent firefighting planes to help Turkey battle wildfires")
   had no recipient: the one helped, the object of the purpose clause's verb of helping, is the
   recipient. ("to help Turkey battle wildfires" is left: the parser reads "Turkey battle wildfires" as one
   noun.)

6. A decision to charge, sue or investigate someone ("prosecutors decided to charge 37 companies")
   was an agreement (AGREE, the frame's reading): as with other measures an authority decides, the
   decision is the act itself (ACCUSE), as the reference codes "decided to ask NATO partners" as the
   request. A decision to help stays an announced intent.

7. A wrong alleged of a group no event had named yet ("Amnesty International said the army had
   committed war crimes"; "the UN said the government was responsible for the massacre") accused
   no one: the judged group became an actor only when an event of its own named it. The group
   judged by a quote's verdict is an actor of its own when it is a state organ or an armed group
   (word class ``events.speech.accused_bodies``) owned by no one. A named actor was accused already
   and stays the one accused ("its neighbor Austria": Austria); "his organization", "the
   country" stand for someone named elsewhere and make no new actor.

8. A visit told on a verb of going ("the Saudi crown prince arrived in Washington on Monday for a
   three-day visit", "Modi arrived in Moscow on a two-day visit") had no host, so it was no
   consultation (or no event at all, "on" a visit being read only after "be"): the visit is paid
   where the visitor goes, the verb's "to" or "in" place. A visit to a building of no one named
   ("went to the hospital for a visit") has no host.

9. A warning "of" a penalty ("North Korea warned of retaliation", "warned of serious consequences",
   "of a nuclear response to the drills") was no threat: only a warning addressed to someone, one
   "against" something, or one whose clause tells a hostile act was. A penalty of the warner's
   own (word class ``events.coding.detect.penalties``) warned of is a threat; a hardship ("warned
   of imminent bankruptcy", "of flooding") or another's penalty ("warned of Iran's retaliation") is
   none.

10. What is asked for, when the parser hangs the "for" phrase on the one asked ("Zelensky asked
   Western allies for more air defence systems"), was not found, so the appeal was no request:
   the one asked's "for" phrase is what the appeal asks for. (The one asked is named with the
   phrase, a fault of the actors stage left for later.)

11. The victims of a condemned act were the ones condemned ("the United Nations condemned the attack
   on the peacekeepers": an accusation of the peacekeepers; "Russia condemned the sanctions
   against Iran": of Iran): the judged act was resolved as an actor through the name inside its
   phrase. A judged thing is read for its doers only (its "by" phrase, even when the parser hangs
   it on the verb: "condemned the attack on the peacekeepers by the rebels"; its possessor or
   modifier: "criticised the US decision"); whom it was aimed "at", "on" or "against" is never
   judged (word class ``events.coding.inside.aimed_preps``). With no doer named in the sentence the
   doer of the act told before is judged, as it was.

12. Letting someone act ("Iran allowed UN inspectors to visit the site", "the court allowed the
   opposition leader to leave the country") was no event: the parser makes the one let act the
   subject of the act, so the verb of permission had no object, and it needs one. The one let act
   is its object and its recipient (RETREAT, access, as the reference codes "are to be allowed to
   bid"). Letting things happen ("the rain allowed the fire to spread") stays no event, and so does
   what a thing lets someone do ("the law allows police to enter homes", "the agreement will allow
   Andorra to ..."): on machine-written stories outside the corpus two firings in three were such
   enabling statements before a permission was required to be someone's; "it" or "this" letting
   someone act ("It allows authorities to detain anyone") is read as such a thing too.

13. A name two bodies share ("RSF": the Rapid Support Forces of Sudan, and Reporters Without
   Borders) went to the first the knowledge base lists, whatever the article: "Sudan's army and
   the RSF agreed to a truce" made the press freedom group a party to the truce (the KB had the
   acronym for one body only). A shared name goes to the body whose state the article names, when
   the first is of no state it names, unless the first is spelt out in the article ("Reporters
   Without Borders (RSF)").

14. A measure as the subject of a verb of hitting or targeting ("US sanctions targeted Venezuela's
   oil company", "the new sanctions hit Russian banks") was an assault: the verb's type was kept.
   A measure of no violence (a noun the lexicon types SANCTION or COERCE) that strikes at someone
   is that measure, by whom it names ("US sanctions": the United States); an attack noun ("a
   Russian missile strike killed 12", "Israeli air strikes hit Gaza") stays an assault, and so does
   killing by a measure ("the crackdown killed 30 people": found on machine-written stories outside
   the corpus); only verbs of aiming (``events.coding.implicit.aiming_verbs``) tell the measure.

15. A protest lodged ("Seoul lodged a protest with Beijing") was a demonstration (PROTEST) unless
   called "formal" or "diplomatic": a protest lodged, filed or registered is a complaint in writing
   (ACCUSE), whatever its adjective; one held or staged stays a demonstration.

16. An official's trip to a place with no visit noun ("a U.S. diplomatic delegation arrived in Buenos
   Aires", "Foreign Minister Wang Yi arrived in Moscow") was no event (the reference codes the
   first a required consultation): an official or a delegation travelling to a named place visits
   it (CONSULT, visit). Refugees arriving, a leader going home, or a trip within one's own state
   ("the Nigerian president travelled to Lagos", read through the places stage) visit no one. A trip
   made to meet someone ("arrived in Myanmar to meet President Thein Sein") is that meeting: on
   stories outside the corpus the place had taken the person's place as the one visited; one made
   "to discuss the crisis" meets no one named and stays a visit of the place.

17. Joining someone in an act ("Britain joined the US in strikes against the Houthis") left the act
   with no doer: only "participate", "engage" and "partake in" passed their subject to the act
   noun. Joining someone in an act takes part in it (not "joined forces in March": a date).

18. A quote's "she" went to the last person named before a woman no actor stands for ('"We are
   ready," said Ali, a 34-year-old teacher. His wife agreed. "We have no choice," she said.': Ali,
   whose one-word name says no gender): a subject that is one person of the pronoun's gender by its
   noun alone ("his wife", "a woman", "the boy") is nearer than any actor, so the pronoun is that
   person (an actor if one stands for them, else unresolved, which is no wrong speaker).

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. A phrasal verb's particle after its object

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Russia pulled its troops back from the border on Monday.", "Russia"),
    ("The army pulled its soldiers back from the front line.", "army"),
    ("Israel pulled its forces back to the boundary on Tuesday.", "Israel"),
])
def test_a_particle_after_the_object_is_the_verbs(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "RETREAT", actor)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army moved its tanks back to their bases on Monday.",
    "The minister put the report back on the shelf.",
])
def test_a_particle_word_of_no_phrasal_pattern_is_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "RETREAT"]


# 2. Measures put on someone

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States placed sanctions on three Iranian officials.", "United States", "Iranian officials"),
    ("The United States tightened sanctions on Venezuela on Monday.", "United States", "Venezuela"),
    ("The European Union unveiled new sanctions against Russia on Friday.", "European Union", "Russia"),
    ("Washington slapped new sanctions on Belarus on Monday.", "Washington", "Belarus"),
    ("Britain widened its sanctions against Iran on Tuesday.", "United Kingdom", "Iran"),
])
def test_measures_put_on_someone_are_the_putters(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "SANCTION", actor, recipient)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The airline placed an order for 50 jets on Monday.",
    "The company unveiled a plan to cut costs on Monday.",
    "The retailer expanded its business in Asia.",
])
def test_putting_things_is_no_measure(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not coded_article_events(nlp, text, gated=True)


# 3. Backing given

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The senate gave its backing to the prime minister on Tuesday.", "senate", "prime minister"),
    ("The party gave its blessing to the coalition with the Greens.", "party", None),
    ("Parliament granted its approval to the government on Friday.", "Parliament", "government"),
    ("The United States lent its support to the Afghan government.", "United States", "Afghan government"),
])
def test_backing_given_is_support(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SUPPORT", actor, recipient), events
    assert not events_with(events, "AID"), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Parliament gave the go-ahead for the deployment of troops to Mali.",
    "The cabinet gave its approval to the budget on Monday.",
])
def test_approval_of_a_thing_is_no_aid(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "AID")


@pytest.mark.model
def test_supplies_given_stay_aid(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Germany gave medical supplies to Italy on Monday.")
    assert events_with(events, "AID", "Germany", "Italy"), events


# 4. Protesters gathering

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Hundreds of demonstrators gathered outside the parliament in Belgrade on Monday.", "demonstrators"),
    ("Thousands of protesters converged on the presidential palace in Khartoum.", "protesters"),
    ("Thousands of people assembled in Tahrir Square to demand the president's resignation.", "people"),
    ("Hundreds of students gathered in front of the ministry to protest the new law.", "students"),
])
def test_protesters_gathering_protest(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds of fans gathered outside the stadium to celebrate the victory.",
    "Residents gathered in the town square for the festival.",
    "Worshippers gathered at the mosque for Friday prayers.",
    "Reporters gathered outside the courthouse on Monday.",
])
def test_others_gathering_do_not_protest(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "PROTEST")


# 5. Aid sent to help someone

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Greece sent firefighting planes on Monday to help Turkey.", "Greece", "Turkey"),
    ("Germany sent medical supplies to help Italy fight the pandemic.", "Germany", "Italy"),
    ("Japan provided funds to assist the Philippines after the typhoon.", "Japan", "Philippines"),
])
def test_aid_sent_to_help_someone_goes_to_them(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "AID", actor, recipient), events


@pytest.mark.model
def test_aid_sent_to_help_with_a_task_has_no_one_helped(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Greece sent firefighting planes to help fight the wildfires.", gated=True)
    assert events_with(events, "AID", "Greece"), events
    assert not [e for e in events if e[0] == "AID" and e[2]], events


# 6. A decision to charge or sue is the act

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Prosecutors decided on Tuesday to charge the former minister with corruption.", "Prosecutors", "minister"),
    ("The government decided to sue the company over the oil spill.", "government", "company"),
])
def test_a_decision_to_accuse_accuses(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events
    assert not events_with(events, "AGREE"), events


@pytest.mark.model
def test_a_decision_to_help_stays_an_intent(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Russia decided to send humanitarian aid to Syria.", gated=True)
    assert not events_with(events, "ACCUSE"), events


# 7. A wrong alleged of a group no event named

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Amnesty International said the army had committed war crimes in Tigray.", "Amnesty", "army"),
    ("Human Rights Watch said the militia had committed atrocities against civilians.", "Human Rights Watch",
     "militia"),
    ("The United Nations said the government was responsible for the massacre.", "United Nations", "government"),
])
def test_a_wrong_alleged_of_a_group_accuses_it(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.model
def test_a_named_one_judged_stays_the_named(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Switzerland says that its neighbor Austria violated a series of treaties.",
                                  gated=True)
    assert events_with(events, "ACCUSE", "Switzerland", "Austria"), events
    assert not events_with(events, "ACCUSE", None, "neighbor"), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Smith says his organization has been complicit in a campaign of misinformation.",
    "A spokesman said the country was working day and night to prevent crime.",
    "The minister said the system was broken.",
    "The mayor said the situation was terrible after the floods.",
])
def test_a_thing_judged_is_no_one_accused(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "ACCUSE")


# 8. A visit told on a verb of going

@pytest.mark.model
@pytest.mark.parametrize("text, actor, host", [
    ("The Saudi crown prince arrived in Washington on Monday for a three-day visit.", "Mohammed bin Salman",
     "Washington"),
    ("The Saudi crown prince travelled to Washington on Monday for a three-day visit.", "Mohammed bin Salman",
     "Washington"),
    ("Modi arrived in Moscow on Monday on a two-day visit.", "Narendra Modi", "Moscow"),
])
def test_a_visit_on_a_verb_of_going_is_paid_where_one_goes(nlp, text, actor, host) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "CONSULT", actor, host)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister went to the hospital on Monday for a visit.",
    "The minister went to Paris on a private holiday.",
    "The asylum seekers went to the Netherlands on March 6 to seek shelter.",
])
def test_a_visit_to_no_place_has_no_host(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "CONSULT" and e[2]], events
    assert not events_with(events, "PROTEST"), events  # "on March 6" is a date, no march


# 9. A warning of a penalty

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("North Korea warned of retaliation on Monday.", "North Korea"),
    ("Iran warned of serious consequences on Tuesday.", "Iran"),
    ("North Korea warned of a nuclear response to the drills.", "North Korea"),
])
def test_a_warning_of_a_penalty_threatens(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "THREATEN", actor)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "General Motors warned of imminent bankruptcy.",
    "The agency warned of flooding in the south.",
    "Israel warned of Iran's retaliation.",
])
def test_a_warning_of_hardship_or_anothers_penalty_is_no_threat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "THREATEN")


# 10. What is asked for, hung on the one asked

@pytest.mark.model
def test_what_is_asked_for_may_hang_on_the_one_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Zelensky asked Western allies for more air defence systems.")
    assert events_with(events, "REQUEST", "Zelensky", "Western allies"), events


# 11. The victims of a condemned act are not the ones condemned

@pytest.mark.model
@pytest.mark.parametrize("text, victim", [
    ("The United Nations condemned the attack on the peacekeepers.", "peacekeepers"),
    ("Russia condemned the sanctions against Iran.", "Iran"),
    ("France condemned the attack against the embassy.", "embassy"),
])
def test_the_victims_of_a_condemned_act_are_not_condemned(nlp, text, victim) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE"), events
    assert not events_with(events, "ACCUSE", None, victim), events


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    ("The United Nations condemned the attack on the peacekeepers by the rebels.", "rebels"),
    ("Rebels attacked a UN base on Monday. The United Nations condemned the attack on the peacekeepers.", "Rebels"),
    ("China criticised the US decision on tariffs.", "United States"),
    ("The opposition criticised the government's crackdown on protesters.", "government"),
])
def test_the_doers_of_a_condemned_act_are_condemned(nlp, text, doer) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "ACCUSE", None, doer)


# 12. Letting someone act

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran allowed UN inspectors to visit the site on Monday.", "Iran", "UN inspectors"),
    ("The court allowed the opposition leader to leave the country.", "court", "opposition leader"),
])
def test_letting_someone_act_lets_them(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), "RETREAT", actor, recipient)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The rain allowed the fire to spread.",
    "The law allows police to enter homes at night.",
    "The agreement will allow Andorra to enter all European Union countries.",
    "The decree was signed on Monday. It allows authorities to detain anyone for 30 days.",
])
def test_letting_things_happen_is_no_event(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)  # (a candidate with no one in it may stay, gated)
    assert not [e for e in events if e[0] in ("RETREAT", "CONCEDE") and (e[1] or e[2])], events


# 13. A name two bodies share

@pytest.mark.model
@pytest.mark.parametrize("text, mention, name", [
    ("Sudan's army and the RSF agreed to a seven-day truce.", "the RSF", "Rapid Support Forces"),
    ("Fighting between the Sudanese army and the RSF continued in Khartoum.", "the RSF", "Rapid Support Forces"),
    ("The RSF said the journalist had been detained in Istanbul.", "The RSF", "Reporters Without Borders"),
    ("Reporters Without Borders (RSF) condemned the arrest of a Sudanese journalist in Khartoum.", "RSF",
     "Reporters Without Borders"),
])
def test_a_shared_name_is_the_body_of_the_articles_state(code_text, text, mention, name) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    named = [a.name for a in result.actors if any(m.span.text == mention for m in a.mentions)]
    assert named == [name], [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]


# 14. A measure that strikes at someone

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("US sanctions targeted Venezuela's oil company on Monday.", "SANCTION", "United States", "oil company"),
    ("The new sanctions hit Russian banks.", "SANCTION", None, "Russian banks"),
    ("Israeli air strikes hit Gaza on Monday.", "ASSAULT", "Israel", None),
    ("A Russian missile strike killed 12 people.", "ASSAULT", "Russia", "people"),
    ("The government's crackdown on the protests killed 30 people.", "ASSAULT", None, "people"),
])
def test_a_measure_that_strikes_is_the_measure(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert len({e[0] for e in events}) == 1, events


# 15. A protest lodged is a complaint

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Seoul lodged a protest with Beijing on Monday.", "ACCUSE", "Seoul", "Beijing"),
    ("Japan lodged a formal protest with China.", "ACCUSE", "Japan", "China"),
    ("Thousands of students staged a protest in the capital on Monday.", "PROTEST", "students", None),
    ("The opposition held a protest outside parliament.", "PROTEST", "opposition", None),
])
def test_a_protest_lodged_is_a_complaint(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


# 16. An official's trip is a visit

@pytest.mark.model
@pytest.mark.parametrize("text, actor, host", [
    ("A U.S. diplomatic delegation arrived in Buenos Aires on Monday.", "United States", "Buenos Aires"),
    ("Foreign Minister Wang Yi arrived in Moscow on Tuesday.", "Wang Yi", "Moscow"),
    ("The Turkish foreign minister travelled to Athens on Monday.", "minister", "Athens"),
])
def test_an_officials_trip_is_a_visit(nlp, text, actor, host) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "CONSULT", actor, host)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of refugees arrived in Germany on Monday.",
    "The president returned to Paris on Monday.",
    "The Nigerian president travelled to Lagos on Monday.",
])
def test_other_trips_visit_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "CONSULT" and e[2]]


@pytest.mark.model
def test_a_trip_to_meet_someone_is_that_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Ireland's Prime Minister Enda Kenny arrived in Myanmar on Monday to meet "
                                       "President Thein Sein.")
    assert events_with(events, "CONSULT", "Enda Kenny", "Thein Sein"), events


@pytest.mark.model
def test_a_trip_to_discuss_a_matter_visits_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Turkish foreign minister flew to Athens on Monday to discuss the crisis.")
    assert events_with(events, "CONSULT", "minister", "Athens"), events


# 17. Joining someone in an act

@pytest.mark.model
def test_joining_someone_in_an_act_does_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Britain joined the US in strikes against the Houthis on Monday.")
    assert events_with(events, "ASSAULT", "United Kingdom", "Houthis"), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands joined in the celebrations on Monday.",
    "Uruguay and Peru joined forces in March to adopt a joint climate policy.",
])
def test_joining_in_no_act_is_no_event(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text, gated=True), "PROTEST")


# 18. A gendered noun nearer than any actor

@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ('"We are ready," said Ali, a 34-year-old teacher. His wife agreed. "We have no choice," she said.', None),
    ('Jane Smith was arrested in May. A woman from the village said she saw it. "It was terrible," she said.',
     "woman"),
    ('Jane Smith was arrested in May. "It was terrible," she said.', "Jane Smith"),
])
def test_a_gendered_noun_nearer_than_any_actor_is_the_antecedent(code_text, text, speaker) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    names = {a.id: a.name for a in result.actors}
    last = result.quotes[-1]
    assert (names.get(last.speaker) if last.speaker else None) == speaker, [(q.text, names.get(q.speaker)) for q in result.quotes]
