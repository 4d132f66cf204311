"""A speaker who says someone did a wrong accuses them, with no accusing verb: "the army said the Red
Hand Front was behind the bombing", "is responsible for the attack", "were involved in the riots",
"are the culprits". A failure class found on the real-news benchmark's dev split, as tables of
sentences written for these tests (positive and negative cases), written before the fix:

- the accused is the subject of a predicate of culpability (behind, responsible for, involved in,
  guilty of, the culprit of) whose act is a hostile act or a wrongdoing;
- no accusation: a denied culpability ("was not behind"), a responsibility for no wrong ("responsible
  for schools"), taking part in no wrong ("involved in the festival"), a group owning its own act
  (the speaker is never accused by its own words), the victims of a reported act ("claimed ninety
  civilians were wounded": the subject of a passive suffered it).
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

BOMB = "A bomb exploded in a market in Rask, Ostria, on Monday, killing nine people. "


@pytest.mark.parametrize("text, judge, judged", [
    (BOMB + "Army spokesman Dara Quell said the Red Hand Front was behind the bombing.", "Dara Quell", "Red Hand"),
    (BOMB + "Army spokesman Dara Quell said the Red Hand Front was responsible for the attack.",
     "Dara Quell", "Red Hand"),
    (BOMB + "Ostrian President Ali Bakr said the Red Hand Front were involved in the riots that followed.",
     "Ali Bakr", "Red Hand"),
    (BOMB + "Army spokesman Dara Quell said the Red Hand Front were the culprits of the massacre.",
     "Dara Quell", "Red Hand"),
])
def test_events_statement_of_culpability_accuses_its_subject(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


@pytest.mark.parametrize("text, judge, not_judged", [
    (BOMB + "Army spokesman Dara Quell said the Red Hand Front was not behind the bombing.", "Dara Quell", "Red Hand"),
    (BOMB + "Army spokesman Dara Quell said the Red Hand Front was responsible for the schools of the region.",
     "Dara Quell", "Red Hand"),
    (BOMB + "Ostrian President Ali Bakr said the Red Hand Front were involved in the harvest festival.",
     "Ali Bakr", "Red Hand"),
    # a group owning its own act accuses no one
    (BOMB + "The Red Hand Front said it was behind the bombing.", "Red Hand", "Red Hand"),
    # the subject of a passive suffered the act: the victims are not accused
    (BOMB + "Army spokesman Dara Quell claimed ninety Ostrian civilians were wounded.", "Dara Quell", "civilians"),
])
def test_events_statement_of_no_culpability_accuses_no_one(nlp, text: str, judge: str, not_judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", judge, not_judged), events
