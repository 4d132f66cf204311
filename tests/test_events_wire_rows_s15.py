"""Failure class: wire phrasings of coercive and military acts that the event lexicon had no row
for, so they made no event or the wrong one: blacklisting and asset freezes (SANCTION),
downgrading relations and declaring diplomats persona non grata (SANCTION), sending carriers,
calling up reservists (also with a date: "called up reservists on Monday" calls on no one),
stationing jets (MOBILIZE),
airdrops (AID), taking to the streets (PROTEST), taking hostages and seizing control of a town
or recapturing it (ASSAULT), swapping prisoners (COOPERATE), vowing revenge (THREATEN), lynching (ASSAULT). Each row
is the phrase's sense in news; the negatives keep the verbs' other objects out ("called up three
players", "swapped its computers"). Sentences written for these tests, before the rows.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The United States blacklisted two Ostrian companies over their ties to the Velmar military.", "SANCTION", "United States"),
    ("Washington imposed an asset freeze on the Ostrian defence minister.", "SANCTION", "Washington"),
    ("Ostria downgraded diplomatic relations with Kestria on Monday.", "SANCTION", "Ostria"),
    ("The United States sent an aircraft carrier to the eastern Mediterranean.", "MOBILIZE", "United States"),
    ("The Ostrian government called up 50,000 reservists on Monday.", "MOBILIZE", "Ostria"),
    ("Ostria stationed fighter jets at an air base near the border.", "MOBILIZE", "Ostria"),
    ("The Ostrian air force airdropped food and medicine to the besieged town.", "AID", "Ostria"),
    ("Opposition supporters took to the streets of Rask after the disputed vote.", "PROTEST", "supporters"),
    ("Gunmen took 30 people hostage at a hotel in Rask.", "ASSAULT", "Gunmen"),
    ("Rebels seized control of the town of Dask after heavy fighting.", "ASSAULT", "Rebels"),
    ("Ostrian troops recaptured the town of Dask on Friday.", "ASSAULT", "Ostria"),
    ("Ostria and Kestria swapped prisoners on Sunday.", "COOPERATE", "Ostria"),
    ("The Ostrian government vowed revenge for the killing of its soldiers.", "THREATEN", "Ostria"),
    ("Ostrian soldiers lynched two men accused of theft in Rask.", "ASSAULT", "soldiers"),
])
def test_events_wire_phrase_rows(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


def test_events_persona_non_grata_expels_the_diplomats(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Five Russian diplomats were declared persona non grata on Monday.")
    assert events_with(events, "SANCTION", None, "diplomats"), events


@pytest.mark.parametrize("text, event", [
    ("The Ostrian coach called up three young players for the cup match.", "MOBILIZE"),
    ("The Ostrian firm swapped its old computers for new ones.", "COOPERATE"),
])
def test_events_wire_phrase_rows_keep_other_objects_out(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not any(e[0] == event for e in events), events
