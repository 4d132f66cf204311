"""Failure class (issue 11, the speech act lost): a quote whose "this" or "it" is named by the
speech cue's "of" phrase ('"This is an act of piracy," the spokesman said of the seizure of the
tanker by the United States') judges what that phrase names: an actor, or an act and so its doer
(its "by" phrase or possessor). The pointing word was read as the act told before the quote, and
with none there, judged no one. A phrase that names a thing done by no one accuses no one.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "actor", "recipient"), [
    ('"This is an act of piracy," Iranian Foreign Ministry spokesman Nasser Kanaani said of the seizure of '
     "the tanker by the United States.", "ACCUSE", "Kanaani", "United States"),
    ('"It was a cowardly and barbaric act," Kenyan President William Ruto said of the attack by al-Shabaab.',
     "ACCUSE", "Ruto", "Shabaab"),
    ('"This is a very positive and welcome step," U.S. Secretary of State Antony Blinken said of Saudi '
     "Arabia's decision.", "SUPPORT", "Blinken", "Saudi Arabia"),
])
def test_a_quote_judges_what_its_cue_speaks_of(nlp, text: str, event: str, actor: str, recipient: str) -> None:
    assert events_with(coded_article_events(nlp, text), event, actor, recipient)


def test_a_thing_done_by_no_one_is_no_one_judged(nlp) -> None:
    text = '"It is a terrible and sad day," Kenyan President William Ruto said of the floods in Nairobi.'
    assert not events_with(coded_article_events(nlp, text), "ACCUSE"), text
