"""A phrasal verb whose particle the parser tagged as an adverb is still the phrasal verb.

"Doctors at public hospitals walked out over unpaid salaries": the parse made "out" an adverb, the
phrasal "walk out" (PROTEST) was not looked up and the strike was lost (issue 11). A particle word
(``events.coding.particles``) right after the verb counts as its particle; the phrasal verb must
still be in the event lexicon ("walked back to the hospital" is no event). Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Doctors at public hospitals in Kenya walked out over unpaid salaries.", "PROTEST", "Doctors"),
    ("Doctors in Kenya walked out on Monday.", "PROTEST", "Doctors"),
], ids=["walked-out-over", "walked-out-on"])
def test_an_adverb_particle_makes_the_phrasal_verb(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


def test_a_particle_the_lexicon_pairs_with_nothing_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Doctors in Kenya walked back to the hospital on Monday.", gated=True)
    assert not events_with(events, "PROTEST"), events
