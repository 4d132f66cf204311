"""A ruling whose complement is a clause with its own verb ("the court ruled Evers lacked authority
to reschedule the election", "ruled that the ministry had violated the constitution") judges that
clause's subject: REJECT by the court, as the guide codes a ruling against a party. Found on the
real-news benchmark's dev split: only a clause with a predicate adjective or noun ("ruled the law
unconstitutional") was read. Negatives: a ruling clause that judges nothing ("ruled the election
will go ahead", "found that turnout was low") is no event. Sentences written for these tests
before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, court, party", [
    ("On Monday, the Rask Supreme Court ruled Governor Ana Tell lacked authority to reschedule the election.",
     "Court", "Ana Tell"),
    ("The Kestrian constitutional court ruled that the interior ministry had violated the constitution.", "court",
     "ministry"),
    ("A federal judge, Omar Varo, ruled the Ostrian government exceeded its powers in the case.", "Omar Varo",
     "government"),
])
def test_events_a_ruled_clause_judges_its_subject(nlp, text: str, court: str, party: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", court, party), events


@pytest.mark.parametrize("text", [
    "The Rask Supreme Court ruled the election will go ahead on Tuesday as planned.",
    "The electoral commission found that turnout was low in the northern provinces.",
])
def test_events_a_ruled_clause_that_judges_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("REJECT", "ACCUSE", "SUPPORT")], events
