"""The noun of a verb idiom: "announced the end of her campaign" tells what "ended her campaign"
tells (RETREAT), although "end" alone names no event (failure class from the real-news
benchmark's dev-work: an exit from a race reported through the noun of its verb was not coded at
all, or coded by the noun's own sense, "suspension" as a SANCTION). The noun's verb comes from
``data/verb_nouns.csv``; the doer is the noun's own (possessor, "by" phrase), else the subject of
the verb that announces it, else the owner of the thing acted on ("the end of Tal's campaign").
Negatives: a noun whose "of" object makes no idiom, and an idiom noun with no doer in the
sentence. Sentences written for these tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Senator Mira Tal announced the end of her presidential campaign on Friday.", "RETREAT", "Mira Tal"),
    ("Governor Piet Varo announced the suspension of his campaign on Monday.", "RETREAT", "Piet Varo"),
    ("Kestrian markets rose after the end of Senator Mira Tal's campaign on Friday.", "RETREAT", "Mira Tal"),
])
def test_events_idiom_nouns_code_the_idiom(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, "SANCTION"), events


@pytest.mark.parametrize("text", [
    "Senator Mira Tal announced the end of the harvest festival on Friday.",
    "The end of the campaign season came on Friday.",
])
def test_events_idiom_nouns_need_an_idiom_and_a_doer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "RETREAT"), events
