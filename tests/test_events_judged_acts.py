"""Judgements of an act named by a pointing or event noun ("criticized the move", "characterized
the attack as a violation"): the recipient is whoever did that act. Failure classes found on the
real-news benchmark's dev split, each as a table of sentences written for these tests (positive and
negative cases), written before the fix:

- an act only planned or purposed ("came to Rask to fight the rebels") is no act already done: "the
  attack" judged later points past it, at the attack that was carried out;
- a definite noun names again the act an earlier mention of the same noun gave a doer ("a move by
  Tovey ... called the move a disgrace");
- "the move" with no earlier material act points at the act the article reports first, when
  someone other than the judge did it (a pledge, a decision announced);
- with no act of anyone else before it, the judgement keeps no recipient rather than a wrong one.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, judge, doer", [
    # a purpose clause is no attack done: the airstrike is
    (("Ostrian jets bombed the airport of Rask on Monday, killing two guards. Kestrian troops came to Vella "
     "years ago to fight the rebels. The Foreign Ministry of Vella characterized the attack as a serious "
     "violation of its sovereignty."), "Vella", "Ostria"),
    # the same noun named before with its doer
    (("Queen Ilsa agreed on Monday to the request of Prime Minister Bram Tovey to close the assembly. "
     "Critics said this was a move by Tovey to silence the opposition. Opposition leader Dara Quell "
     "called the move a disgrace."), "Dara Quell", "Bram Tovey"),
    (("The Ostrian army seized the port of Rask on Monday. Kestria called the seizure by Ostria an act of "
     "aggression. The Vellan foreign ministry also condemned the seizure."), "Vella", "Ostria"),
    # the article's first act, when nothing material came between
    (("President Ali Bakr of Ostria pledged on Wednesday to turn the Rask museum into a mosque. The "
     "Kestrian Commission on Religious Freedom criticized the move on Thursday."), "Commission", "Ali Bakr"),
])
def test_events_judged_act_points_at_its_doer(nlp, text: str, judge: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, doer), events


@pytest.mark.parametrize("text, judge, not_doer", [
    # only a purpose clause before: no one attacked, no one is accused
    (("Kestrian troops came to Vella years ago to fight the rebels. The Foreign Ministry of Vella "
     "characterized the attack as a serious violation of its sovereignty."), "Vella", "Kestria"),
    # the judge's own act is not judged
    (("Senator Dara Quell of Ostria pledged on Monday to close the Rask mine. Senator Dara Quell called "
     "the move a necessary step."), "Dara Quell", "Dara Quell"),
    # the same noun's earlier doer is the judge: nobody else is judged
    ("Kestria announced a move by Kestria to close the border. Kestria called the move a necessity.",
     "Kestria", "Kestria"),
])
def test_events_judged_act_no_wrong_doer(nlp, text: str, judge: str, not_doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    judging = [e for e in events if e[0] in ("ACCUSE", "SUPPORT") and any(judge in a for a in e[1])]
    assert not [e for e in judging if any(not_doer in r for r in e[2])], events


def test_events_judged_act_nothing_before_keeps_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Senator Dara Quell of Ostria criticized the move on Monday.")
    assert all(not e[2] for e in events if e[0] == "ACCUSE"), events


@pytest.mark.parametrize("text, judge, doer", [
    # the stabbing is told without its doer; the suspect named for it is whom the verdict is against
    (("Mayor Ilsa Varn of Rask was stabbed on stage on Sunday. Police detained a suspect, Omar Tell, at the "
     "scene. Interior Minister Dara Quell described the stabbing as barbaric."), "Dara Quell", "suspect"),
])
def test_events_judged_agentless_act_points_at_its_suspect(nlp, text: str, judge: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert [e for e in events_with(events, "ACCUSE", judge) if any(doer in r or "Omar Tell" in r for r in e[2])], events


def test_events_judged_agentless_act_no_suspect_keeps_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Mayor Ilsa Varn of Rask was stabbed on stage on Sunday. Interior Minister Dara Quell described the "
            "stabbing as barbaric.")
    events = coded_article_events(nlp, text)
    assert all(not e[2] or all("Varn" not in r and "Quell" not in r for r in e[2])
               for e in events_with(events, "ACCUSE", "Dara Quell")), events


@pytest.mark.parametrize("text, verdict", [
    # the parser hangs the "as" phrase from the object, not the verb: the verdict is still the verb's
    (("Ostrian militants bombed the Rask cathedral on Sunday. Kestrian minister Dara Quell described the "
     "attacks as a dastardly act."), "ACCUSE"),
    (("Ostrian militants bombed the Rask cathedral on Sunday. Kestrian minister Dara Quell described the "
     "attacks as dastardly."), "ACCUSE"),
])
def test_events_verdict_as_phrase_on_the_object(nlp, text: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, verdict, "Dara Quell", "Ostria"), events


def test_events_as_phrase_naming_a_role_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    # "as" naming a role, with no judging word, passes no verdict
    text = "Kestrian minister Dara Quell described the attacks as a military operation."
    assert not [e for e in coded_article_events(nlp, text) if e[0] in ("ACCUSE", "SUPPORT")]


@pytest.mark.parametrize("text, judge, doer", [
    # what came "of" an act (its conclusions, its results) is that act's doers'
    (("Ostria and Kestria held a summit in Rask on Monday. Vella's foreign ministry denounced the conclusions "
     "of the summit on Tuesday."), "Vella", "Ostria"),
])
def test_events_judged_outcome_of_an_act_points_at_its_doers(nlp, text: str, judge: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, doer), events


def test_events_judged_outcome_of_a_thing_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the conclusions of the report" with no act before: no recipient is made up
    text = "Vella's foreign ministry denounced the conclusions of the report on Tuesday."
    assert all(not e[2] for e in events_with(coded_article_events(nlp, text), "ACCUSE", "Vella"))


def test_events_judged_meeting_the_judge_took_part_in_names_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ostria and Kestria held a summit in Rask on Monday. Ostria denounced the conclusions of the summit."
    assert all(not e[2] for e in events_with(coded_article_events(nlp, text), "ACCUSE", "Ostria"))


def test_events_judged_act_named_before_by_its_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the sentence of the court" named its doer; "called the sentence dangerous" judges the court
    text = ("Observers discussed the sentence of the Supreme Court of Ostria on Monday. Bishop Dara Quell called "
            "the sentence dangerous and ideological.")
    assert events_with(coded_article_events(nlp, text), "ACCUSE", "Dara Quell", "Supreme Court"), \
        coded_article_events(nlp, text)


def test_events_judged_act_named_before_done_to_its_of_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the arrest of Bakr" was done to Bakr: the arrest judged is not Bakr's
    text = "Observers discussed the arrest of Ali Bakr on Monday. Senator Dara Quell called the arrest illegal."
    assert not events_with(coded_article_events(nlp, text), "ACCUSE", "Dara Quell", "Ali Bakr")
