"""Failure class found on the real-news benchmark's dev split (two acts fused by the merge): an act
the text marks as a further one ("X also asked ...", "In addition to stepping down as governor, X
will resign the party's leadership") is not another report of the act told before it, although
type and doer are the same: an additive adverb on its clause, or an "in addition to" / "besides"
phrase holding the other act, keeps the two apart. Without such a marker a repeated report still
merges. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ('Nadia Orlov, the Ostrian spokeswoman, said, "We urge the governments of the region to open their '
     'ports." Orlov also asked the governments of Kestria not to turn away the boats.', "REQUEST", "Orlov"),
    ("In addition to stepping down as governor, Piet Varga announced he would resign the leadership of "
     "the Ostrian Liberal Party.", "RETREAT", "Varga"),
])
def test_events_further_act_stays_apart(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert len(events_with(events, event, actor)) == 2, events


@pytest.mark.parametrize("text, event, actor", [
    # the same act told twice, with no additive marker: one event
    ('Nadia Orlov, the Ostrian spokeswoman, urged the governments of the region to open their ports. '
     'Orlov asked the governments of the region to open their ports on Monday.', "REQUEST", "Orlov"),
])
def test_events_repeated_report_still_merges(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert len(events_with(events, event, actor)) == 1, events


@pytest.mark.parametrize("text, word, further", [
    ("Orlov also asked the governments of Kestria to open their ports.", "asked", True),
    ("Orlov also announced his resignation on Friday.", "resignation", True),
    # a passive clause: the adverb may add the doer ("also ... by X"), not another act
    ("Additional aid will also be provided by the Kestrian government.", "provided", False),
    ("Orlov asked the governments of Kestria to open their ports.", "asked", False),
])
def test_events_additive_adverb_marks_a_further_act(nlp, text: str, word: str, further: bool) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.further import marked_further

    tok = next(t for t in nlp(text) if t.text == word)
    assert marked_further(tok) is further
