"""Failure classes of issue 11 (session 26), found on long Wikinews articles outside the corpus.

1. An act judged whose own phrase names whose it is ("a Nevada law", "the Bavarian ban") takes no
   doer from the discourse: "Biden criticized Trump ... Trump filed lawsuits challenging a Nevada
   law" made Biden the target of Trump's lawsuits (the last doer before it), though the law is
   Nevada's. An act judged that names no owner still takes the doer just told ("Ostrian troops
   shelled the town. Kestria condemned the attack.").

2. Attacking a person "for" what they said or did ("Biden attacked Trump for the tweet",
   "attacked the governor for his handling of the pandemic") is criticism (ACCUSE), not an
   assault. Armed actors attacking a group for its acts ("jets attacked Hamas for firing rockets")
   and an attack on someone who is no named person stay assaults.
3. A campaign or election rally ("held his first campaign rally", "attended an election rally") is
   a candidate's event, no protest. A rally against or for a cause stays a protest.

4. A claim that someone did something accuses them even when the article names them only by
   their office ("The opposition claimed the president had rigged the vote" coded nothing: the
   accused had to be an actor already). A pronoun is still no accused.
5. A claim that only describes someone ("Pierce claimed Abraham Lincoln was the last third party
   candidate to be elected") alleges nothing; one that says they did wrong or were wrong
   ("claimed Lincoln was corrupt") still accuses.

6. A state named "like" or "unlike" something said ("called for the decriminalization of drugs
   like Portugal") is a comparison, no recipient. After a class of parties ("sanctions on
   countries like Iran") it names members of that class and stays.

7. Released "from hospital" (or a clinic, or care) is a patient sent home, no release of a
   captive: "Trump was released from the hospital" was a RETREAT. Released from prison or
   custody stays one.

8. An act in a clause marked "whether" (an embedded question: "would not say whether he supported
   court packing", "it is unclear whether Ostria will withdraw") is not asserted: it is flagged
   hypothetical, as one marked "if" already was. An act said to have happened stays unflagged.

9. "Referred to X as Y" passes a verdict on X as "described X as Y" does ("referred to the
   protesters as terrorists" condemns them; "referred to her as a hero" praises her); referring
   to someone as a title ("referred to him as the minister") judges no one.

10. Calling someone the doer of a crime or a vice ("a climate arsonist", "a murderer and a thief",
    "a warmonger", "a puppet") condemns them: these nouns were unknown to the judgement words
    and the general valence, so the verdict judged nothing. Naming the arsonist passes no verdict.

11. (Not kept: acts of one actor on two people of one country, "accused Biden ... accused Pelosi",
    are still merged into one event; keeping them apart lowered the dev-check figures.)

12. A relation noun ("his former rival, Joe Biden", "its ally") names a party, not a thing whose
    doer is judged: "Bloomberg endorsed his former rival, Joe Biden" was aimed at the possessor
    ("his"), so at whoever "his" resolved to. The name set beside it is the recipient. A thing
    judged ("endorsed his rival's plan") still points at its owner.

13. "The Trump campaign accused Biden ..." had no actor: the name's mention had taken the article
    that belongs to "campaign" ("The Trump"), so the subject's phrase held no whole mention. A
    mention is matched without its leading article. (Left: "The Biden campaign", where the name
    alone before the noun was found as no actor at all.)

14. A participle set off by a comma after a clause with an infinitive ("ordered a Russian diplomat
    to leave the country within 72 hours, accusing Moscow of ...") is the main subject's act (Moldova
    accuses), not the infinitive's controlled subject's (the diplomat); the parser hangs it from the
    infinitive. An infinitive's own act stays its controller's ("forced Ostria to withdraw").
15. "Unfriendly", "hostile", "destabilising" and "escalatory" condemn ("called the decision an
    unfriendly step"): they judged nothing.

16. Concern about someone's wellbeing ("concerns about West's mental state", "about the health of
    the president") is sympathy, no accusation: the owner of the condition was the recipient of an
    ACCUSE. Concern about someone's conduct ("about the Ostrian crackdown") stays one.
17. Refusing to answer or comment ("refused to answer questions about the deal", "refused to
    answer whether ...") declines comment: no rejection of anyone. Refusing to act ("refused to
    withdraw its troops") stays a REJECT.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, not_recipient", [
    ("Biden criticized Trump for his stance on Monday. In addition, Trump filed lawsuits challenging "
     "a Nevada law mandating mail-in ballots.", "ACCUSE", "Trump", "Biden"),
    ("Scholz praised the Austrian chancellor on Monday. On Tuesday, Macron criticized the Bavarian ban "
     "on headscarves.", "ACCUSE", "Macron", "Scholz"),
])
def test_an_act_judged_that_names_its_owner_takes_no_doer_from_before(nlp, text, event, actor, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, actor, not_recipient), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ostrian troops shelled the border town on Monday. Kestria condemned the attack.", "ACCUSE", "Kestria", "Ostrian troops"),
    ("Russian troops shelled Kharkiv on Monday. Ukraine condemned the attack.", "ACCUSE", "Ukraine", "Russia"),
])
def test_an_act_judged_that_names_no_owner_takes_the_doer_just_told(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Biden attacked Trump for the tweet, claiming he used it to distract from the funeral.", "Biden", "Trump"),
    ("On Tuesday, Senator Rand Paul attacked Tony Evers for his handling of the pandemic.", "Paul", "Evers"),
])
def test_attacking_a_person_for_words_or_acts_is_criticism(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events
    assert not events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text, actor", [
    ("Israeli jets attacked Hamas positions in Gaza for firing rockets at Tel Aviv.", "Israel"),
    ("Gunmen attacked the journalist for his reporting on corruption.", "Gunmen"),
])
def test_armed_attacks_for_a_reason_stay_assaults(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text", [
    "Kanye West held his first campaign rally in Charleston on Sunday.",
    "Herman Cain attended an election rally in Tulsa in June without a mask.",
])
def test_a_campaign_rally_is_no_protest(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "PROTEST"), events


@pytest.mark.parametrize("text", [
    "Thousands of people held a rally in Charleston against police violence on Sunday.",
    "Opposition supporters held a rally in Tbilisi on Sunday demanding new elections.",
])
def test_a_rally_for_a_cause_stays_a_protest(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "PROTEST"), events


@pytest.mark.parametrize("text, actor, recipient", [
    ("The opposition claimed the president had rigged the vote.", "opposition", "president"),
    ("Opposition leader Ivo Tann claimed the interior minister had ordered the arrests.", "Ivo Tann", "minister"),
])
def test_a_claimed_deed_accuses_its_doer_named_by_office(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


def test_a_claimed_deed_of_a_pronoun_accuses_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The opposition claimed they had rigged the vote.")
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events


@pytest.mark.parametrize("text, accuses", [
    ("Pierce claimed Abraham Lincoln was the last third party candidate to be elected president.", False),
    ("Blankenship claimed Howie Hawkins was the only candidate on the stage with a plan.", False),
    ("Pierce claimed Abraham Lincoln was corrupt.", True),
])
def test_a_claimed_description_alleges_nothing(nlp, text, accuses) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert bool(events_with(events, "ACCUSE")) is accuses, events


def test_a_state_named_in_a_comparison_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Hawkins called for the decriminalization of drugs like Portugal.")
    assert events_with(events, "REQUEST", "Hawkins"), events
    assert not events_with(events, "REQUEST", "Hawkins", "Portugal"), events


def test_members_of_a_class_of_parties_stay_recipients(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The senator demanded new sanctions on countries like Iran on Monday.")
    assert events_with(events, "REQUEST", "senator", "Iran") or events_with(events, "SANCTION", None, "Iran"), events


@pytest.mark.parametrize("text", [
    "After a three day stay, Trump was released from the hospital on Monday.",
    "Doctors released the injured minister from hospital on Friday.",
])
def test_released_from_hospital_is_no_release(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("RETREAT", "CONCEDE")], events


@pytest.mark.parametrize("text", [
    "The authorities released the opposition leader from prison on Monday.",
    "The army released twelve protesters from custody on Friday.",
])
def test_released_from_prison_stays_a_release(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert [e for e in events if e[0] in ("RETREAT", "CONCEDE")], events


def _flags(nlp, text: str, event: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    return [e.aux for e in result.events if event in (e.event, "*")]


@pytest.mark.parametrize("text, event", [
    ("During the debate, Biden would not say whether he supported Court packing.", "*"),
    ("It is unclear whether Ostria will withdraw its troops from the border.", "*"),
])
def test_an_act_in_an_embedded_question_is_unasserted(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp, text, event)
    assert flags and all("hypothetical" in f for f in flags), flags


@pytest.mark.parametrize("text, event", [
    ("Ostria said it had withdrawn its troops from the border.", "RETREAT"),
    ("The minister said the army had shelled the village.", "ASSAULT"),
])
def test_an_act_said_to_have_happened_stays_asserted(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(nlp, text, event) or _flags(nlp, text, "CONCEDE")
    assert flags and not any("hypothetical" in f for f in flags), flags


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Ostrian minister referred to the Kestrian protesters as terrorists on Monday.", "ACCUSE", "minister", "protesters"),
    ("President Ivo Tann referred to Ana Velt as a national hero on Monday.", "SUPPORT", "Ivo Tann", "Ana Velt"),
])
def test_referring_to_someone_as_something_judges_them(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


def test_referring_to_someone_by_a_title_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "President Ivo Tann referred to Ana Velt as the deputy minister on Monday.")
    assert not [e for e in events if e[0] in ("ACCUSE", "SUPPORT")], events


@pytest.mark.parametrize("text", [
    "Biden called Trump a \"climate arsonist\" on Monday.",
    "The opposition leader called the president a murderer and a thief.",
    "Ostria's foreign minister branded the Kestrian president a warmonger.",
    "The senator called the prime minister a puppet of Beijing.",
])
def test_calling_someone_a_wrongdoer_condemns_them(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE"), events


def test_naming_a_wrongdoer_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Police named the arsonist on Monday.")
    assert not events_with(events, "ACCUSE"), events



@pytest.mark.parametrize("text", [
    "On Wednesday, Bloomberg endorsed his former rival, Joe Biden.",
    "Tulsi Gabbard stayed in the race on Tuesday. On Wednesday, Bloomberg endorsed his former rival, Joe Biden.",
])
def test_a_relation_noun_names_the_party_beside_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SUPPORT", "Bloomberg", "Biden"), events
    assert not events_with(events, "SUPPORT", "Bloomberg", "Gabbard"), events


def test_a_thing_of_a_rival_points_at_its_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Bloomberg praised Joe Biden's health care plan on Wednesday.", gated=True)
    assert events_with(events, "SUPPORT", "Bloomberg", "Biden"), events


@pytest.mark.parametrize("text, actor", [
    ("The Trump campaign accused Biden of siding with criminals.", "Trump"),
    ("The Trump administration accused Iran of attacking tankers in the Gulf.", "Government of the United States"),
])
def test_a_campaign_named_by_its_candidate_acts_for_them(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor), events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Moldova on Tuesday ordered a Russian diplomat to leave the country within 72 hours, accusing Moscow of "
     "trying to interfere in the election.", "Moldova", "Moscow"),
    ("Kenya asked the Somali ambassador to leave Nairobi within two days, accusing Mogadishu of meddling in "
     "its affairs.", "Kenya", "Mogadishu"),
])
def test_a_participle_after_an_infinitive_is_the_main_subjects(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


def test_an_infinitives_act_stays_its_controllers(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kestria forced Ostrian troops to withdraw from the border town on Monday.")
    assert [e for e in events if e[0] in ("RETREAT", "CONCEDE") and any("Ostria" in a for a in e[1])], events


@pytest.mark.parametrize("text", [
    "Russia's embassy called the decision by Moldova \"an unfriendly step\".",
    "The ministry called Kestria's deployment a hostile act.",
    "Ostria described the Kestrian drills as destabilising and escalatory.",
])
def test_words_of_hostility_condemn(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE"), events


@pytest.mark.parametrize("text", [
    "West's family expressed concerns about West's mental state on Monday.",
    "Doctors voiced concern about the health of President Ivo Tann.",
])
def test_concern_about_wellbeing_accuses_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events


def test_concern_about_conduct_still_accuses(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The UN expressed concern about the Ostrian government's crackdown on protesters.")
    assert events_with(events, "ACCUSE", "United Nations"), events


@pytest.mark.parametrize("text", [
    "The minister refused to answer questions about the deal on Monday.",
    "Biden and Harris both refused to answer whether they would support court packing.",
    "The Kestrian spokesman refused to comment on the report.",
])
def test_refusing_to_comment_rejects_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "REJECT"), events


def test_refusing_to_act_stays_a_rejection(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Kestria refused to withdraw its troops from the Ostrian border on Monday.", gated=True)
    assert events_with(events, "REJECT", "Kestria"), events
