"""Failure class (issue 11, duplicates): a quote that both condemns someone and tells a hostile deed
of theirs ("Russia has violated the ceasefire dozens of times," Zelensky said) was coded twice, as a
condemnation and as an allegation: two ACCUSE events of one speaker against one actor for one act
of speech. An allegation is not added where the quote's judgement already codes the accusation.
A speaker accusing two different actors in two quotes keeps both. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    '"Russia has violated the ceasefire dozens of times," Ukrainian President Volodymyr Zelensky said.',
    '"The Azerbaijani army has shelled our villages again and again," Armenian Defence Minister Suren '
    "Papikyan said on Tuesday.",
])
def test_one_quote_is_one_accusation(nlp, text: str) -> None:
    accusations = events_with(coded_article_events(nlp, text), "ACCUSE")
    assert len(accusations) == 1, accusations


def test_two_quotes_against_two_actors_stay_two(nlp) -> None:
    text = ('"Russia has violated the ceasefire dozens of times," Ukrainian President Volodymyr Zelensky said. '
            '"Belarus has shelled our border posts," Zelensky added.')
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", "Zelensky", "Russia")
    assert events_with(events, "ACCUSE", "Zelensky", "Belarus")
