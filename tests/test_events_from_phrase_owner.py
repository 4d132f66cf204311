"""A verb's "from" phrase belongs to its object when it has one: "The deal drew condemnation from
Israel" is Israel's condemnation, not Israel's deal.

An act noun that is a clause's subject took its source from the verb's "from" phrase
("Statements of condemnation have come from X": X's statements), also when the verb had an object
that phrase belongs to, and "the deal" became an AGREE of Israel (issue 11: word triggers without
sense, wrong actors). With an object, the subject noun takes no source from the verb. Sentences
written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("The deal drew condemnation from Israel.", "AGREE"),
    ("The ceasefire drew praise from Germany.", "RETREAT"),
], ids=["deal-drew", "ceasefire-drew"])
def test_the_subject_noun_takes_no_source_from_the_objects_phrase(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    owner = "Israel" if "Israel" in text else "Germany"
    assert not events_with(events, event, owner), events


@pytest.mark.parametrize("text, event, actor", [
    ("The deal drew condemnation from Israel.", "ACCUSE", "Israel"),
    ("Statements of condemnation have come from Germany.", "ACCUSE", "Germany"),
], ids=["object-keeps-it", "intransitive-subject"])
def test_the_from_phrase_still_names_a_source(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
