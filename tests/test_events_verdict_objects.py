"""A verdict verb with two objects: the first is judged, the second is what it is called.

"Kestria branded Ostria a rogue state", "the minister branded the protesters traitors": the parser
gives such a sentence two objects (or a dative and an object, or an object and its apposition)
instead of an object and its predicate, and the verdict was lost (issue 11: the speech act itself
lost). The predicate decides, as for "called the report a lie": a condemnation is ACCUSE of the
one judged, praise SUPPORT, a predicate that judges nothing ("named Ostria its main trading
partner") no event. Words of condemnation that the general-purpose valence misses ("traitor",
"aggressor", "occupier", "invader") are in ``data/judgement.csv``. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

JUDGED = [
    ("branded-two-objects", "Kestria branded Ostria a rogue state.", "ACCUSE", "Kestria", "Ostria"),
    ("branded-plural", "The Kestrian minister Ali Reza branded the protesters traitors.", "ACCUSE", "Ali Reza",
     "protesters"),
    ("branded-dative-appos", "The Veland president Omar Bakr branded the Ostrian leader Ivo Marsh a war criminal.",
     "ACCUSE", "Omar Bakr", "Ivo Marsh"),
    ("labelled-traitor", "Omar Nasser labelled Ali Reza a traitor.", "ACCUSE", "Omar Nasser", "Ali Reza"),
    ("called-aggressor", "Kestria called Ostria an aggressor.", "ACCUSE", "Kestria", "Ostria"),
    ("branded-hero", "Kestria branded the Ostrian president Ivo Marsh a hero of peace.", "SUPPORT", "Kestria",
     "Ivo Marsh"),
]


@pytest.mark.parametrize("text, event, judge, judged", [c[1:] for c in JUDGED], ids=[c[0] for c in JUDGED])
def test_verdict_on_the_first_of_two_objects(nlp, text: str, event: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, judge, judged), events


NO_VERDICT = [
    ("named-partner", "Kestria named Ostria its main trading partner."),
    ("called-later", "The Kestrian ministry called the Ostrian ambassador a day later."),
    ("named-member", "The council named Omar Bakr a member of the board."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_VERDICT], ids=[c[0] for c in NO_VERDICT])
def test_two_objects_that_judge_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE") and not events_with(events, "SUPPORT"), events
