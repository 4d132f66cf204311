"""Failure class (issue 11, "another type"; guide 4.2: agreeing or promising to end one's own act is
CONCEDE): "agreed to halt settlement construction", "agreed to suspend the new tax" were coded AGREE
because the halted thing is no hostile act the lexicon types. A promise to halt, stop, suspend,
freeze or scrap something of one's own is a concession; stopping someone ("vowed to stop the
rebels") is not, nor is a promise of something new ("agreed to expand trade"). And freezing a price
level is no sanction ("agreed to freeze fuel prices" was a THREATEN): a freeze is a sanction on
assets, aid or ties, not on prices, wages or rents. Sentences written for these tests, positive and
negative, seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Israeli Prime Minister Benjamin Netanyahu has agreed to halt settlement construction in the West Bank.",
     "CONCEDE", "Netanyahu"),
    ("The Kestrian government agreed to suspend the new tax on fuel.", "CONCEDE", "Kestrian government"),
    ("The Kestrian government promised to scrap the controversial media law.", "CONCEDE", "Kestrian government"),
    # stopping someone, or promising something new, is no concession
    ("The Kestrian army vowed to stop the rebels.", None, "Kestrian army"),
    ("The two Kestrian leaders agreed to expand trade.", "AGREE", "leaders"),
    # a price level frozen is no sanction (promised, a halt of one's own: a concession)
    ("The Kestrian government agreed to freeze fuel prices.", "CONCEDE", "Kestrian government"),
])
def test_events_a_promised_halt_of_ones_own_is_a_concession(nlp, text: str, event: str | None, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    if event is None:
        assert not events_with(events, "CONCEDE", actor), events
    else:
        assert events_with(events, event, actor), events
        assert not [e for e in events if e[0] in ("THREATEN", "SANCTION")], events


def test_events_frozen_prices_are_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Kestrian government froze fuel prices on Monday.", gated=True)
    assert not [e for e in events if e[0] in ("SANCTION", "THREATEN")], events


def test_events_frozen_assets_are_still_a_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The European Union froze the assets of three Kestrian ministers.", gated=True)
    assert events_with(events, "SANCTION", "European Union"), events
