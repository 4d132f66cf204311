"""Failure classes of judgements found on the real-news benchmark's dev split, each as a table of
sentences written for these tests (positive and negative cases), written before the fix:

- the recipient of a judgement of a thing is whoever did or said the thing: "called Bakr's conduct
  a breach" is against Bakr, although the predicate ("a breach") is no participant and the light
  verb's phrase hangs from the verb ("launched an inquiry into the conduct of Bakr");
- a quote that reports harm done to someone ("Bakr has been killed in an operation") judges no one:
  words of violence describe the act, they are no verdict on the people named beside it.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model

INTRO = "Governor Ali Bakr of Ostria spoke on Monday. "


@pytest.mark.parametrize("text, event, recipient", [
    ("Senator Dara Quell called Bakr's conduct a breach of the constitution.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell called Bakr's decision a disgrace.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell described Bakr's plan as reckless and dangerous.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell said she would launch an inquiry into the conduct of Ali Bakr.", "ACCUSE", "Ali Bakr"),
    ("Senator Dara Quell criticized Bakr's conduct.", "ACCUSE", "Ali Bakr"),
])
def test_events_judged_thing_points_at_its_doer(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in coded_article_events(nlp, INTRO + text) if e[0] == event]
    assert found and any(recipient in r for e in found for r in e[2]), coded_article_events(nlp, INTRO + text)


@pytest.mark.parametrize("text, event, not_recipient", [
    # an act done to Bakr: the judgement is of its doers, not of Bakr
    ("Senator Dara Quell called Bakr's arrest a disgrace.", "ACCUSE", "Ali Bakr"),
    # the predicate names someone else, who is not judged
    ("Senator Dara Quell called the vote a gift to Ali Bakr.", "SUPPORT", "Ali Bakr"),
])
def test_events_judged_thing_not_its_patient(nlp, text: str, event: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in coded_article_events(nlp, INTRO + text) if e[0] == event]
    assert not any(not_recipient in r for e in found for r in e[2]), found


@pytest.mark.parametrize("text", [
    'Quell said, "Ali Bakr, the son of the rebel leader Omar Bakr, was killed in a counter-terrorism operation."',
    'Quell said: "Ali Bakr died in the attack on the convoy, along with four guards."',
    'According to Quell, "the bombing killed Ali Bakr and two of his aides."',
])
def test_events_quote_reporting_harm_judges_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Senator Dara Quell of Ostria spoke on Monday. " + text)
    assert not [e for e in events if e[0] == "ACCUSE" and any("Bakr" in r for r in e[2])], events


@pytest.mark.parametrize("text, recipient", [
    ('Quell said, "Ali Bakr is a liar and a coward who has betrayed his country."', "Ali Bakr"),
    ('Quell said, "For too long, Ali Bakr has abused his power and ignored the law."', "Ali Bakr"),
])
def test_events_quote_judging_someone_still_accuses(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Governor Ali Bakr and Senator Dara Quell of Ostria met on Monday. " + text)
    assert [e for e in events if e[0] == "ACCUSE" and any(recipient in r for r in e[2])], events


@pytest.mark.parametrize("text, actor", [
    ("Ostria's Justice Ministry was performing a criminal investigation of the firm's practices.", "Justice Ministry"),
    ("The Justice Ministry is conducting an investigation into the contract.", "Justice Ministry"),
])
def test_events_investigation_performed_by_its_doer(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert [e for e in events if e[0] == "ACCUSE" and any(actor in a for a in e[1])], events


@pytest.mark.parametrize("text, recipient", [
    ('"President Ali Bakr treats the rule of law with utter contempt," said Senator Jane Roe.', "Ali Bakr"),
    ('"Ali Bakr has shown a complete disregard for the constitution," Senator Jane Roe said.', "Ali Bakr"),
])
def test_events_quote_of_contempt_accuses(nlp, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    assert [e for e in events if e[0] == "ACCUSE" and any(recipient in r for r in e[2])], events


@pytest.mark.parametrize("text", [
    '"Ali Bakr was held in contempt of court in 2010," Senator Jane Roe recalled.',
    '"We will not let the abuse of children go unpunished," said Governor Ali Bakr.',
])
def test_events_quote_naming_an_offence_accuses_no_named_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    assert not [e for e in events if e[0] == "ACCUSE" and any("Bakr" in r for r in e[2])], events


@pytest.mark.parametrize("text", [
    "NPR reported that Russian troops had shelled villages near the Ukrainian border.",
    "The BBC said Russian troops had shelled villages near the Ukrainian border.",
])
def test_events_news_outlet_reporting_alleges_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    assert not [e for e in events if e[0] == "ACCUSE" and any(o in a for o in ("NPR", "BBC") for a in e[1])], events


def test_events_party_reporting_the_other_side_still_alleges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Ukrainian army said Russian troops had shelled villages near the border."
    events = coded_article_events(nlp, INTRO + text)
    assert [e for e in events if e[0] == "ACCUSE" and any("Ukrain" in a for a in e[1])], events


@pytest.mark.parametrize("text", [
    # reporting what the other side said (a rejection, a criticism) is reporting words, not alleging a deed
    "The Ukrainian army said Russian officials had rejected the proposal for a ceasefire.",
    "The Ukrainian army said Russian officials had criticised the plan for a ceasefire.",
])
def test_events_party_reporting_the_other_sides_words_alleges_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, INTRO + text)
    assert not [e for e in events if e[0] == "ACCUSE" and any("Ukrain" in a for a in e[1])
                and any("Russia" in r for r in e[2])], events
