"""What someone will not allow, and what an accord paves the way for, has not happened.

- "He won't allow opposition parties to gain strength" was coded as the speaker's praise of the
  parties (issue 11: statements coded backwards): the clause's words were weighed as a verdict
  although a denied verb of permitting, or a verb of preventing, governs it. A clause that is the
  complement of a negated verb or of a verb of stopping (word class ``events.verdicts.hindering``)
  judges no one.
- "An agreement intended to pave the way for peace talks between X and Y" was coded as talks held
  (issue 11: background and modality). An act named in the "for"/"to" phrase of a verb of
  preparing the ground (word class ``events.coding.paving_verbs``: pave, clear, prepare, set the
  stage) may come or not, as the act of "a plan to deploy troops": no event.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Greek leader Nikos Anastasiades says he won't allow opposition parties to gain strength at home by disrupting "
    "the vote.",
    "President Ana Varo said she would prevent the Ostrian Liberation Front from winning support in the north.",
], ids=["won't-allow", "prevent-from"])
def test_a_denied_or_prevented_clause_judges_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "SUPPORT"], events


def test_an_asserted_clause_still_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "President Ana Varo said the opposition parties had acted with great courage.",
                                  gated=True)
    assert [e for e in events if e[0] == "SUPPORT" and any("opposition" in r for r in e[2])], events


@pytest.mark.parametrize("text", [
    "The ceasefire agreement is intended to pave the way for peace talks between the government and the militants.",
    "The deal clears the way for talks between Ostria and Kestria next month.",
], ids=["pave-the-way", "clear-the-way"])
def test_talks_an_accord_paves_the_way_for_are_not_held(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "CONSULT"], events


def test_talks_that_pave_the_way_were_held(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks between Ostria and Kestria in Geneva on Monday paved the way for a ceasefire."
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "CONSULT"], events
