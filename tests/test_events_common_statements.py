"""Failure class: common news phrasings of statements and deals coded nothing or the wrong type,
for want of a lexicon row: "struck a deal" (an attack, by the verb "strike"), "hit out at" (an
attack, by "hit"), "took aim at", "threw its weight behind", "lauded", "voiced solidarity with",
"sought help". ("Voted against" was tried and left out: on the benchmark's dev articles it coded
areas that voted in a referendum and a parliament's votes of years past.) Their negatives keep the words without the statement ("struck the
convoy", "hit the town", "aimed at reducing", "voted for"). Sentences written for these tests,
before the rows were added.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Velmar and Ostria struck a deal on gas prices on Monday.", "AGREE", "Velmar"),
    ("The Velmar president hit out at Ostria over the border dispute.", "ACCUSE", "Velmar"),
    ("The Ostrian president took aim at Velmar in his speech on Monday.", "ACCUSE", "Ostria"),
    ("Velmar threw its weight behind Ostria's bid to join the union.", "SUPPORT", "Velmar"),
    ("The Velmar president lauded Ostria's role in the talks.", "SUPPORT", "Velmar"),
    ("Velmar voiced solidarity with Ostria after the earthquake.", "SUPPORT", "Velmar"),
    ("The Ostrian government sought international help to fight the fires.", "REQUEST", "Ostria"),
])
def test_events_common_phrasings_of_statements(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor)


@pytest.mark.parametrize("text, event", [
    ("Velmar jets struck a convoy of Ostrian trucks near Rask.", "AGREE"),
    ("The Velmar parliament voted for the Ostrian trade deal.", "REJECT"),
    ("The Ostrian plan is aimed at reducing prices.", "ACCUSE"),
    ("Velmar rebels hit the town of Rask with rockets.", "ACCUSE"),
])
def test_events_same_words_without_the_statement(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), event)
