"""Failure class (issue 11, acts lost or mistyped; found in session 23 by running the verbs wire copy
uses for the sixteen PLOVER types through the coder, one sentence each, written for the purpose):
frequent verbs and idioms of wire copy were in no lexicon row or read without their sense:

- criticism: "lambasted", "blasted" (a person or a body), "questioned the result", "cast doubt on the
  result" (ACCUSE);
- tariffs and duties imposed on another's goods (SANCTION, economic);
- a siege (ASSAULT), a hanging (ASSAULT), jets scrambled (MOBILIZE);
- a snub (REJECT); a deal inked, sealed or clinched (AGREE, with its parties: the light verb's);
- websites and platforms blocked are censorship (COERCE), not a protest.

Not: "an explosion blasted a hole", "questioned the cost", a domestic tax imposed, "hung banners",
"fans scrambled for tickets", a road blocked by protesters (still a protest).
Sentences written for these tests, before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Ostrian foreign minister lambasted Velmar over the decision.", "ACCUSE", "minister", "Velmar"),
    ("The Ostrian president blasted the opposition on Monday.", "ACCUSE", "president", "opposition"),
    ("Ostria questioned the result of the Velmar election.", "ACCUSE", "Ostria", None),
    ("The Ostrian opposition cast doubt on the election result.", "ACCUSE", "opposition", None),
    ("The United States imposed tariffs on Chinese steel.", "SANCTION", "United States", "China"),
    ("China imposed duties of 25 percent on Australian wine.", "SANCTION", "China", "Australia"),
    ("Ostrian forces besieged the rebel-held city of Varo.", "ASSAULT", "forces", None),
    ("The Velmar junta hanged two opposition activists on Tuesday.", "ASSAULT", "junta", "activists"),
    # (the tagger reads "scrambled" as an adjective in most sentences: the row fires where it is a verb)
    ("Japan scrambled jets on Monday to intercept Chinese drones.", "MOBILIZE", "Japan", None),
    ("Ostria snubbed the Velmar summit.", "REJECT", "Ostria", None),
    ("Ostria inked a trade deal with Velmar on Monday.", "AGREE", "Ostria", "Velmar"),
    ("Ostria sealed a gas deal with Velmar.", "AGREE", "Ostria", "Velmar"),
    ("Ostria clinched a deal with Velmar on grain exports.", "AGREE", "Ostria", "Velmar"),
    ("The Ostrian government blocked several news websites on Monday.", "COERCE", "government", None),
])
def test_events_wire_verbs_coded(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("An explosion blasted a hole in the wall of the Ostrian embassy.", "ACCUSE"),
    ("The Ostrian auditor questioned the cost of the new bridge.", "ACCUSE"),
    ("Ostria imposed a new tax on sugar on Monday.", "SANCTION"),
    ("Protesters hung banners from the bridge in Varo.", "ASSAULT"),
    ("Fans scrambled for tickets to the final in Varo.", "MOBILIZE"),
])
def test_events_wire_verbs_without_their_sense(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event), events


def test_events_protesters_blocking_a_road_still_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Protesters blocked the main road into Varo on Monday.", gated=True)
    assert events_with(events, "PROTEST", "Protesters"), events
    assert not events_with(events, "COERCE"), events
