"""Failure class found on the real-news benchmark (dev): an act done by signing or issuing an
instrument ("signed a decree banning the niqab in public buildings", "issued an order imposing a
curfew") was coded as the signing (SUPPORT) while the act the instrument does was dropped as the
mere content of the signing. Enacting an instrument (word classes ``enacting_verbs`` and
``instruments``) does what the instrument says: the act is the enactor's. Supporting, criticising
or discussing an instrument does not: there the act stays the instrument's content. Sentences
written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Ostrian prime minister Omar Varo signed a decree banning the niqab in public buildings on Friday.", "COERCE",
     "Varo", None),
    ("The Kestrian parliament passed a law imposing sanctions on Ostria on Tuesday.", "SANCTION", "parliament",
     "Ostria"),
    ("The governor of Rask issued an order imposing a curfew on the city on Monday.", "COERCE", "governor", None),
    ("Ostrian prime minister Omar Varo signed a decree that bans the niqab in public buildings.", "COERCE", "Varo", None),
])
def test_events_enacting_an_instrument_does_its_act(nlp, text: str, event: str, actor: str,
                                                    recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event, not_actor", [
    ("The Kestrian foreign minister criticised a decree banning the niqab in public buildings.", "COERCE", "minister"),
    ("The Kestrian foreign minister supported a plan imposing sanctions on Ostria.", "SANCTION", "minister"),
    ("The Kestrian foreign minister criticised a decree that bans the niqab in public buildings.", "COERCE", "minister"),
])
def test_events_judging_an_instrument_does_not_do_its_act(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events
