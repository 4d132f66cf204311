"""Failure class: common news phrasings of acts the lexicon's types already cover coded nothing,
because the act is named by a phrase the lexicon had no row for: martial law declared or imposed,
ties cut, forces put on alert, workers going on strike, a state admitting responsibility, police
dispersing a crowd, a state annexing a region. Their negatives keep the same words without the act ("the law was declared
void", "cut taxes", "the crowd dispersed", "admitted to hospital"). Sentences written for these
tests, before the rows were added.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("The Velmar government declared martial law on Monday.", "COERCE", "Velmar"),
    ("The Ostrian army imposed martial law in Rask after the riots.", "COERCE", "Ostria"),
    ("Ostria cut diplomatic ties with Velmar on Monday.", "SANCTION", "Ostria"),
    ("Ostria put its forces on high alert after the attack.", "MOBILIZE", "Ostria"),
    ("The Velmar army placed its troops on alert on Sunday.", "MOBILIZE", "Velmar"),
    ("Velmar dock workers went on strike on Monday.", "PROTEST", "Velmar"),
    ("Twelve Ostrian prisoners went on hunger strike in Rask.", "PROTEST", "Ostria"),
    ("The Ostrian government admitted responsibility for the downing of the airliner.", "CONCEDE", "Ostria"),
    ("Velmar riot police dispersed the protesters with tear gas.", "ASSAULT", "Velmar"),
    ("Velmar annexed the Ostrian region of Rask in March.", "COERCE", "Velmar"),
    ("Ostria condemned Velmar's annexation of Rask.", "ACCUSE", "Ostria"),
])
def test_events_common_phrasings_of_acts(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor)


@pytest.mark.parametrize("text, event", [
    ("The Velmar court declared the new election law void.", "COERCE"),
    ("The Velmar government cut taxes for farmers on Monday.", "SANCTION"),
    ("The crowd of Ostrian fans dispersed peacefully after the match.", "ASSAULT"),
    ("The Ostrian minister was admitted to hospital on Monday.", "CONCEDE"),
    ("The Velmar striker went on to score twice against Ostria.", "PROTEST"),
])
def test_events_same_words_without_the_act(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event)
