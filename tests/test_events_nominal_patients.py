"""Failure class found on the real-news benchmark's dev split: the participants of an act noun done
to someone (word class ``patient_possessor``: killing, arrest, release, assassination, ...). Table of
sentences written for these tests (positive and negative cases), written before the fix.

"the United States' killing of Soleimani": the possessor did it, the "of" phrase had it done to
them; "Soleimani's killing", "Navalny's arrest": a possessor alone is whom it was done to, never
its doer. Nouns of acts done by their possessor ("Ostria's attack on Kestria") keep the possessor
as the doer.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The vote follows the United States' killing of Qasem Soleimani in an airstrike.", "ASSAULT", "United States",
     "Soleimani"),
    ("Protests followed Ostria's arrest of the opposition leader Ali Bakr.", "COERCE", "Ostria", "Bakr"),
    ("Ostria's attack on Kestria drew condemnation.", "ASSAULT", "Ostria", "Kestria"),
])
def test_events_nominal_doer_and_patient(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == event]
    assert any(any(actor in a for a in e[1]) and any(recipient in r for r in e[2]) for e in found), events


@pytest.mark.parametrize("text, event, not_actor", [
    ("Protests followed Qasem Soleimani's killing in Baghdad.", "ASSAULT", "Soleimani"),
    ("Crowds gathered after opposition leader Ali Bakr's arrest in Ostria.", "COERCE", "Bakr"),
])
def test_events_nominal_possessor_alone_is_the_patient(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == event and any(not_actor in a for a in e[1])], events
