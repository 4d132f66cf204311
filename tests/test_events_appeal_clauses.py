"""Failure class found in the articles added to the real-news benchmark's dev split this session:
appeals whose requested act the parser hangs as an adverbial clause were no event: "appealed for
the population to remain calm", "calling for the killers to be brought to justice" ("for" marks a
clause, not a phrase) and "advised residents to make plans" (the infinitive as an adverbial).
An infinitival clause of an appeal verb is what is asked: the one asked is the verb's object, or
the subject of a "for" clause; when that subject undergoes the act (a passive), no one named is
asked. A purpose clause of a verb that is no appeal ("travelled to Rask to meet the envoy") is no
request. Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Interior Minister Ana Ruiz appealed for the population to remain calm.", "Ana Ruiz", "population"),
    # advice to the public at large ("advised residents to ...") is a candidate since session 48
    # (tests/test_events_s48.py); the infinitive as an adverbial is read the same for a body advised
    ("The mayor of Rask, Ali Bakr, advised hospitals in the city to make plans and stay open.", "Ali Bakr",
     "hospitals"),
    ("Dara Quell addressed reporters in Rask, calling for the killers of the journalist to be brought to justice.",
     "Dara Quell", None),
])
def test_events_appeal_with_clause_is_a_request(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    found = [e for e in events if e[0] == "REQUEST" and any(actor in a for a in e[1])]
    assert found, events
    if recipient:
        assert any(recipient in r for e in found for r in e[2]), events
    else:
        assert not any("killers" in r for e in found for r in e[2]), events


@pytest.mark.parametrize("text", [
    "Governor Ali Bakr travelled to Rask to meet the envoy.",
    "Governor Ali Bakr called the meeting to discuss the budget.",
])
def test_events_purpose_clause_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "REQUEST"], events
