"""Judgements carried by what a speaker says, with no judging verb. Failure classes found on the
real-news benchmark's dev split, each as a table of sentences written for these tests (positive and
negative cases), written before the fix:

- the judged one is the subject of the clause that judges, not the first name in the quote ("People
  need this government to act, but this latest move by Bakr is clumsy and reckless" judges Bakr);
- a negation denies only its own clause: "cannot change the fact that the authorities have chosen
  to crush protests in a grossly unlawful way" still condemns the authorities;
- a judged "it", "this" or act noun points at an act and so at its doer: its own "by" phrase or
  possessor, else the act reported before the quote ("It is a propaganda stunt");
- no judgement of anyone: a negated verdict ("is not a criminal"), harm suffered by the speaker's
  own side, a passive's subject (the victim), a judged thing with no act before it.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

MET = "Governor Ali Bakr and Senator Dara Quell of Ostria met on Monday. "


@pytest.mark.parametrize("text, judge, judged", [
    (MET + 'Quell said: "Ali Bakr is trying to use the courts to take power into his own hands. This is a '
     'deeply dangerous and irresponsible way to govern."', "Dara Quell", "Ali Bakr"),
    (MET + 'Quell said: "Farmers clearly need the state to help them, but this latest move by Bakr is clumsy '
     'and reckless."', "Dara Quell", "Ali Bakr"),
    (MET + 'Quell said: "The vote cannot change the fact that Ali Bakr has chosen to crush the protests in a '
     'grossly unlawful way."', "Dara Quell", "Ali Bakr"),
    (("Ostrian police arrested twelve Kestrian diplomats on Monday. Kestrian envoy Dara Quell said: \"It is a "
     "propaganda stunt that no one takes seriously.\""), "Dara Quell", "Ostria"),
])
def test_events_quote_judges_the_subject_of_its_verdict(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


@pytest.mark.parametrize("text, judge, not_judged", [
    # a negated verdict judges no one
    (MET + 'Quell said: "Ali Bakr is not a criminal and never was one."', "Dara Quell", "Ali Bakr"),
    # the subject of a passive suffered the act: no one judges the victim
    (MET + 'Quell said: "Ali Bakr was brutally and cowardly attacked by unknown men."', "Dara Quell", "Ali Bakr"),
    # a judgement of the first name is not made by a clause about someone else
    (MET + 'Quell said: "Ali Bakr visited the farmers, but the drought is a terrible and dangerous disaster."',
     "Dara Quell", "Ali Bakr"),
])
def test_events_quote_judges_no_one_else(nlp, text: str, judge: str, not_judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", judge, not_judged), events


@pytest.mark.parametrize("text", [
    # a judged "it" with no act of anyone else before it
    'Senator Dara Quell of Ostria said: "It is a terrible and dangerous situation for everyone."',
    # harm to the speaker's own side: words of grief, no accusation
    'Senator Dara Quell of Ostria said: "It was a terrible, tragic day for our people."',
])
def test_events_quote_judging_nothing_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events


@pytest.mark.parametrize("text, judge, judged", [
    # a judged thing's possessor did it, whatever the thing ("use", "suggestion")
    (MET + 'Quell said: "His use of the courts to further this agenda has been unconstitutional."',
     "Dara Quell", "Ali Bakr"),
    (MET + 'Quell said: "Bakr\'s suggestion evokes a cruel and shameful mentality."', "Dara Quell", "Ali Bakr"),
])
def test_events_quote_judged_thing_points_at_its_owner(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


def test_events_quote_judged_thing_done_to_its_owner_judges_no_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Bakr's arrest" was done to Bakr: condemning it is no accusation of Bakr
    events = coded_article_events(nlp, MET + 'Quell said: "Bakr\'s arrest was unlawful and shameful."')
    assert not events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events


@pytest.mark.parametrize("text", [
    # the category an act is put in ("as terrorism") is no verdict on who classes it
    MET + 'Quell said: "The police are investigating the shooting as domestic terrorism."',
    MET + 'Quell said: "Ali Bakr described the shooting as terrorism and murder."',
    MET + 'Quell said: "The victims have a right to concrete measures against the abuse and the violence."',
])
def test_events_quote_category_of_an_act_judges_no_subject(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and "Dara Quell" in e[1] and e[2]], events


def test_events_quote_judged_act_noun_named_before_with_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the ruling" judged in a quote is the ruling named before as the judge's ("his ruling")
    text = ("Judge Ali Bakr of Ostria found for the government on Monday, but he put a stay on his ruling. "
            'Senator Dara Quell said: "The ruling is unwelcome and inappropriate."')
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events


def test_events_quote_judged_act_noun_never_named_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, 'Senator Dara Quell of Ostria said: "The ruling is unwelcome and inappropriate."')
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events


@pytest.mark.parametrize("text, judged", [
    # a feeling toward someone's act judges the one who did it, never the one who feels it
    (MET + 'Quell said: "I am deeply disappointed and appalled by Bakr\'s decision to close the port."', "Ali Bakr"),
    (MET + 'Quell said: "We are disgusted and outraged with the governor\'s conduct."', "Ali Bakr"),
])
def test_events_quote_feeling_toward_an_act_judges_its_doer(nlp, text: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", "Dara Quell", judged), events


def test_events_quote_feeling_judges_not_who_feels_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, MET + 'Quell said: "Ali Bakr was deeply disappointed and appalled by the storm."')
    assert not events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events


@pytest.mark.parametrize("text", [
    # words of suffering or fear describe what people go through: no verdict on them
    MET + 'Quell said: "The Ostrian villagers were crying and screaming in panic."',
    MET + 'Quell said: "The Ostrian farmers are frightened and suffering, and they weep in sorrow."',
])
def test_events_quote_suffering_judges_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and "Dara Quell" in e[1] and e[2]], events


@pytest.mark.parametrize("text", [
    # a clause as subject ("the seats the plane offers") is no one judged
    ("Senator Dara Quell and Air Ostria met on Monday. Air Ostria said that the 20 extra seats the 787 offers "
     "over a similarly-sized Kestrian plane was a decisive factor."),
    # illness and suicide are what people suffer, no verdict on them
    MET + 'Quell said: "Ostrian farmers are more likely to suffer depression and attempt suicide."',
])
def test_events_quote_no_one_judged_in_a_description(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("ACCUSE", "SUPPORT") and e[2]], events
