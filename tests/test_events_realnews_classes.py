"""Failure classes found on the real-news benchmark's dev split, each as a table of sentences
written for these tests (positive and negative cases), written before the fix:

- a trigger word inside a name ("Organisation of Regional Cooperation") is not an event;
- ending or suspending a campaign or bid is a withdrawal (RETREAT), not a sanction or a threat;
- a verdict ("called X a Y", "described X as Y") is SUPPORT or ACCUSE by what Y says, and no event
  when Y passes no judgement;
- a person named by a common noun ("the suspect") is a participant like a named one.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, stage_events

pytestmark = pytest.mark.model


def _events(nlp, text: str):  # type: ignore[no-untyped-def]
    return stage_events(nlp, text)


@pytest.mark.parametrize("text, absent, present", [
    ("Ali Bakr, head of the Organisation of Regional Cooperation (ORC), denounced the bombing.", "COOPERATE", None),
    ("Officials of the Alliance for Humanitarian Assistance met Kenyan ministers in Nairobi.", "AID", "CONSULT"),
    ("The Council for Mutual Economic Cooperation praised the Kenyan plan.", "COOPERATE", "SUPPORT"),
    ("Kenya's cooperation with Uganda on border security deepened, officials said.", None, "COOPERATE"),
    ("The attack on the convoy killed four soldiers.", None, "ASSAULT"),
])
def test_events_trigger_inside_a_name_is_no_event(nlp, text: str, absent: str | None, present: str | None) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in _events(nlp, text)]
    if absent:
        assert absent not in types
    if present:
        assert present in types


@pytest.mark.parametrize("text, want, not_want", [
    ("Senator Jane Roe ended her bid for the governorship on Wednesday.", "RETREAT", "SANCTION"),
    ("Roe suspended her presidential campaign on Tuesday.", "RETREAT", "THREATEN"),
    ("Governor Ali Bakr abandoned his campaign for the presidency.", "RETREAT", "SANCTION"),
    ("Kestria ended diplomatic relations with Ostria on Monday.", "SANCTION", "RETREAT"),
    ("The government suspended aid to the province.", "SANCTION", "RETREAT"),
])
def test_events_ending_a_campaign_is_a_withdrawal(nlp, text: str, want: str, not_want: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in _events(nlp, text)]
    assert want in types and not_want not in types


@pytest.mark.parametrize("text, want, recipient", [
    ("The minister called Roe a decent and honest man.", "SUPPORT", "Roe"),
    ("Senator Ali Bakr described Jane Roe as a brave and humble leader.", "SUPPORT", "Roe"),
    ("The minister called Ostria's incursion a dangerous provocation.", "ACCUSE", None),
    ("Bakr described the bombing as a cowardly and barbaric crime.", "ACCUSE", None),
    ("Ostria's leader called the border deal illegal.", "ACCUSE", None),
    ("Senator Dara Quell called the governor's conduct a breach of the constitution.", "ACCUSE", None),
    ("The minister called the king's order swift and decisive.", "SUPPORT", None),
    ("Quell called the vote an inappropriate stunt.", "ACCUSE", None),
])
def test_events_verdict_takes_its_polarity(nlp, text: str, want: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, text) if e[0] == want]
    assert found, _events(nlp, text)
    other = "ACCUSE" if want == "SUPPORT" else "SUPPORT"
    assert not [e for e in _events(nlp, text) if e[0] == other]
    if recipient:
        assert any(recipient in r for e in found for r in e[3])


@pytest.mark.parametrize("text", [
    "Roe called the choice hard and painful for her family.",
    "Roe described the talks as lengthy.",
    "The spokesman called the meeting a first step.",
])
def test_events_verdict_without_judgement_is_no_event(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, text) if e[0] in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize("text, event, recipient", [
    ("State prosecutors charged the suspect with murder on Sunday.", "ACCUSE", "suspect"),
    ("Police arrested the suspect near the border.", "COERCE", "suspect"),
    ("Police arrested two protesters near the border.", "COERCE", "protesters"),
])
def test_events_common_noun_person_is_a_participant(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, text) if e[0] == event]
    assert any(recipient in r for e in found for r in e[3]), _events(nlp, text)


@pytest.mark.parametrize("text, event, actor", [
    ("The officers eventually shot the attacker outside a shop.", "ASSAULT", "officers"),
    ("The minister condemned the bombing on Tuesday.", "ACCUSE", "minister"),
])
def test_events_people_named_by_office_act(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, text) if e[0] == event]
    assert any(actor in a for e in found for a in e[2]), _events(nlp, text)


def test_events_statement_nouns_are_not_participants(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "Police arrested the decline in morale, the chief said.")
    assert not any("decline" in r for e in found for r in e[3])


def _coded_article(nlp, text: str):  # type: ignore[no-untyped-def]
    return coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event, actor, recipient", [
    ('Senator Jane Roe spoke on Monday. "The Senate has wasted years and betrayed the voters who elected it," '
     'Roe said.', "ACCUSE", "Roe", "Senate"),
    ('The opposition leader spoke in Lusaka. "Ali Bakr wants to rule by decree, which is reckless and deeply '
     'dangerous," said Jane Roe.', "ACCUSE", "Roe", "Bakr"),
    ('Tributes poured in on Friday. "Ali Bakr was a brave, honest and humble leader," Jane Roe said.',
     "SUPPORT", "Roe", "Bakr"),
])
def test_events_quote_that_judges_a_named_actor_is_a_speech_act(nlp, text: str, event: str, actor: str,
                                                                recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _coded_article(nlp, text) if e[0] == event]
    assert any(actor in " ".join(e[1]) and recipient in " ".join(e[2]) for e in found), _coded_article(nlp, text)


@pytest.mark.parametrize("text", [
    'The minister spoke on Monday. "The situation is terrible and dangerous," Jane Roe said.',
    'Ali Bakr visited the camp on Monday. "Ali Bakr met the families," Jane Roe said.',
    'Jane Roe spoke on Monday. "I am deeply sad and tired," Roe said.',
])
def test_events_quote_without_judged_actor_is_only_a_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _coded_article(nlp, text) if e[0] in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize("text, recipient", [
    ('Senator Jane Roe spoke on Monday. "I urge my colleagues to pass the budget before the recess," Roe said.',
     "colleagues"),
    ('NATO met on Monday. "I count on Ostria to respect the border," NATO chief Ali Bakr said.', "Ostria"),
])
def test_events_first_person_appeal_in_a_quote_is_the_speakers_request(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _coded_article(nlp, text) if e[0] == "REQUEST"]
    assert any(recipient in " ".join(e[2]) for e in found), _coded_article(nlp, text)


def test_events_counting_without_an_addressed_action_is_no_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Officials met on Monday. "We count on the weather," Jane Roe said.'
    assert not [e for e in _coded_article(nlp, text) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ostrian troops shelled the border town of Rask on Monday. Kestria's foreign ministry condemned the attack "
     "on Tuesday.", "ACCUSE", "Kestria", "Ostria"),
    ("Gunmen shot three police officers in Rask on Saturday. The interior ministry is investigating the shooting.",
     "ACCUSE", "ministry", "Gunmen"),
    ("Prime Minister Ali Bakr suspended parliament on Monday. Opposition leader Jane Roe called the move an "
     "outrage.", "ACCUSE", "Roe", "Bakr"),
    ("Ostrian troops shelled the border town of Rask on Monday. The shelling was criticised by the African Union.",
     "ACCUSE", "African Union", "Ostria"),
    # a compatriot out of government judges the government's act: its own country is no excuse
    ("British Prime Minister Pell Varo suspended parliament on Monday. The British opposition leader Dara Quell condemned the "
     "move.", "ACCUSE", "Quell", "Varo"),
])
def test_events_verdict_on_an_act_is_against_its_doer(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _coded_article(nlp, text) if e[0] == event and actor in " ".join(e[1])]
    assert any(recipient in " ".join(e[2]) for e in found), _coded_article(nlp, text)


@pytest.mark.parametrize("text, event, actor", [
    ("The foreign ministry of Kestria condemned the attack on Tuesday.", "ACCUSE", "Kestria"),
    ("Russian troops shelled the border town of Rask on Monday. Russia's defence ministry defended the attack on "
     "Tuesday.", "SUPPORT", "Russia"),
])
def test_events_verdict_on_an_act_never_targets_its_judge(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    for e in _coded_article(nlp, text):
        if e[0] == event and actor in " ".join(e[1]):
            assert not any(actor in r for r in e[2]), e


@pytest.mark.parametrize("text, event, actor", [
    ("Police said Tomas Ramon left the station at noon. He stabbed a guard outside the museum.", "ASSAULT", "Ramon"),
    ("Foreign ministers of Egypt and Greece met in Athens on Friday. They called on Libya to close its ports.",
     "REQUEST", "Egypt"),
    ("Governor Maria Lopez faced two weeks of protests. On Wednesday she resigned.", "RETREAT", "Lopez"),
])
def test_events_third_person_pronoun_subject_is_its_antecedent(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _coded_article(nlp, text) if e[0] == event]
    assert any(actor in " ".join(e[1]) for e in found), _coded_article(nlp, text)


def test_events_pronoun_without_a_compatible_antecedent_stays_unresolved(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The storm hit the coast on Monday. She stabbed a guard outside the museum."
    for e in _coded_article(nlp, text):
        assert not any("storm" in a or "coast" in a for a in e[1]), e


@pytest.mark.parametrize("text, event, actor", [
    ("Daniel Ruiz, 19, was arrested in Clearwater on Monday. Police said he had taken the keys.", "COERCE", "Police"),
    ("Daniel Ruiz was charged with theft on Tuesday, the sheriff's office said.", "ACCUSE", "sheriff"),
    ("A local court sat on Friday. Daniel Ruiz was sentenced to five years in prison after the court heard the "
     "case.", "SANCTION", "court"),
])
def test_events_agentless_legal_act_is_done_by_the_article_s_authority(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _coded_article(nlp, text) if e[0] == event]
    assert any(actor.lower() in " ".join(e[1]).lower() for e in found), _coded_article(nlp, text)


@pytest.mark.parametrize("text, event, not_actor", [
    ("Daniel Ruiz, 19, was arrested in Clearwater on Monday, his family said.", "COERCE", "family"),
    ("Rebels arrested two aid workers on Monday, police said.", "COERCE", "police"),
])
def test_events_no_authority_or_a_named_agent_keeps_its_actor(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    for e in _coded_article(nlp, text):
        if e[0] == event:
            assert not any(not_actor in a.lower() for a in e[1]), e


@pytest.mark.parametrize("text, want, not_want", [
    # a promised or announced withdrawal is a concession (CONCEDE), not an agreement
    ("The Kestrian government will withdraw the bill next month.", "CONCEDE", "AGREE"),
    # an announced resignation is a retreat (guide: "RETREAT for an announced resignation"), not a concession
    ("Governor Dara Quell announced she would resign as party leader.", "RETREAT", "CONCEDE"),
    ("Prime Minister Ivo Tal said he will step down next week.", "RETREAT", "CONCEDE"),
    # a guess about the past ("may have killed") is no threat and no promise
    ("Kestrian troops may have shelled the village on Monday, officials said.", "ASSAULT", "THREATEN"),
    # negatives: a promised blow is a threat, promised help an agreement
    ("Kestria will attack the port if the talks fail.", "THREATEN", "ASSAULT"),
    ("Kestria will send aid to Ostria next week.", "AGREE", "CONCEDE"),
])
def test_events_future_acts_take_plover_types(nlp, text: str, want: str, not_want: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in _coded_article(nlp, text)]  # the whole pipeline: the actors stage finds the leaders
    assert want in types and not_want not in types, _coded_article(nlp, text)
