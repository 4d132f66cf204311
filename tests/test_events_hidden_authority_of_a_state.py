"""Failure class (issue 11, "wrong actor"; issue 10, "wrong resolution"): an agentless arrest or
detention ("A man has been arrested") is done by the authority the article names, and the coder
took the nearest body of a listed sector whoever it was: an arrest in a Polish city was made by the
European Council, because its president was quoted. Police and governments arrest for a state; a
body of the EU, the UN or another intergovernmental or non-state code is no hidden arrester (an
international court may still be the hidden court of an indictment). Sentences written for these
tests, positive and negative, seen failing before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("A man has been arrested after the mayor of the Ostrian city of Rask was stabbed on stage. "
     "The European Commission called the attack barbaric.", "COERCE", "European Commission"),
    ("Two Ostrian activists were detained in Rask on Monday. The African Union said it was concerned.",
     "COERCE", "African Union"),
])
def test_events_no_international_body_is_the_hidden_arrester(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("Two activists were detained in Rask on Monday. The Ostrian interior ministry defended the detentions.",
     "COERCE", "interior ministry"),
    ("Two Ostrian activists were arrested on Monday. NATO and the Ostrian government held talks on Tuesday.",
     "COERCE", "Ostrian government"),
])
def test_events_a_states_body_is_still_the_hidden_arrester(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
