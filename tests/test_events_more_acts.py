"""Failure classes of acts with no event found on the real-news benchmark's dev split, as tables
of sentences written for these tests (positive and negative cases), written before the fix:

- an appeal whose that-clause names who should act asks them ("recommended that the troops
  withdraw", "urged that Ostria release the prisoners"): a REQUEST to the clause's subject;
- naming someone as something is a verdict when the something judges them ("named both groups
  as terrorists"), and no verdict when it does not ("named Roe as his running mate", an
  endorsement of a candidate instead: test_events_chosen_candidates; "as his chief of staff");
- a meal with someone is a meeting ("had lunch with the President"); a plea to someone is a
  request ("made a plea to the president").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Prime Minister Ali Bakr recommended that the Kestrian troops withdraw from the border.", "REQUEST", "Ali Bakr",
     "troops"),
    ("Senator Jane Roe urged that Ostria release the prisoners.", "REQUEST", "Jane Roe", "Ostria"),
    ("President Ali Bakr named both the Northern Front and the Liberation Army as terrorists.", "ACCUSE", "Ali Bakr",
     "Northern Front"),
    ("President Ali Bakr had lunch today with Kestrian Foreign Minister Omar Dell at the palace.", "CONSULT",
     "Ali Bakr", "Omar Dell"),
    ("Senator Jane Roe said: \"We made a plea to President Omar Dell once again.\"", "REQUEST", "Jane Roe",
     "Omar Dell"),
])
def test_events_more_acts_found(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == event and any(actor in a for a in e[1])]
    assert found and any(recipient.lower() in r.lower() for e in found for r in e[2]), events


@pytest.mark.parametrize("text, event", [
    ("Senator Ali Bakr named Jane Roe as his running mate.", "ACCUSE"),
    # a role that judges no one is no verdict; choosing a *candidate* ("as his running mate") is an
    # endorsement (test_events_chosen_candidates), a post on one's staff is not
    ("Senator Ali Bakr named Jane Roe as his chief of staff.", "SUPPORT"),
    ("The report recommended that the fees rise by 2%.", "REQUEST"),
    ("Ali Bakr had lunch at the palace before the vote.", "CONSULT"),
])
def test_events_more_acts_not_found(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event not in coded_types(nlp, text), coded_article_events(nlp, text)
