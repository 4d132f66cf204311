"""Failure classes of issue 11 (session 35), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. Cutting a transfer to someone told by the transfer's own noun ("Canada suspended arms sales to
   Turkey", "The World Bank suspended lending to Sudan") coded nothing, and stopping a tie by a
   verb of ending that is no trigger of its own ("Norway stopped its aid to Tanzania", "Japan
   ceased oil shipments to Iran") coded the tie itself (AID) or nothing: reducing aid, trade or
   talks is SANCTION (discontinue; CAMEO's 16). Sales, lending and credit are ties (word class
   ``events.coding.detect.ties``), and "stop"/"cease" a tie is the lexicon's idiom. A company
   stopping its own sales to no one ("Apple suspended sales of the phone") and stopping one's own
   fighting (RETREAT) or work (a strike) are no sanction.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. Cutting a transfer or stopping a tie is a sanction

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Canada suspended arms sales to Turkey.", "Canada", "Turkey"),
    ("The World Bank suspended lending to Sudan.", "World Bank", "Sudan"),
    ("Norway stopped its aid to Tanzania.", "Norway", "Tanzania"),
    ("Japan ceased oil shipments to Iran.", "Japan", "Iran"),
    ("The government stopped the talks with the union.", "government", "union"),
])
def test_cutting_a_transfer_or_a_tie_is_a_sanction(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events
    assert not [e for e in events if e[0] == "AID"], events


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The rebels stopped the fighting on Sunday.", "RETREAT"),  # one's own fighting
    ("Workers stopped work at the plant to demand higher wages.", "PROTEST"),  # a strike
    ("The store stopped selling cigarettes.", None),
])
def test_stopping_what_is_no_tie_is_no_sanction(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "SANCTION"], events
    assert event is None or [e for e in events if e[0] == event], events


@pytest.mark.model
def test_a_company_stopping_its_own_sales_is_no_sanction_shown(nlp) -> None:  # type: ignore[no-untyped-def]
    """To no one, among private bodies: at most a candidate held back, never in the default output."""
    events = coded_article_events(nlp, "Apple suspended sales of the phone after reports of fires.")
    assert not [e for e in events if e[0] == "SANCTION"], events
