"""A feeling of approval or disappointment aimed at someone's act judges the one who did it.

"Moscow is satisfied that NATO countries have agreed to the embargo" and "I'm very happy that the
president is committed to this initiative" coded nothing (issue 11: the speech act is lost): a
feeling passed a verdict only through a preposition ("disappointed with X"), only when everyday
valence weighed it enough, and "pleased", "satisfied" or "disappointed" weigh little there. Words
of feeling are data (word classes ``events.verdicts.pleased`` and ``events.verdicts.displeased``):
aimed by a preposition or a "that" clause, they praise or condemn its subject (or a passive's
agent); with nothing aimed at, or aimed at no one ("happy with the weather"), or denied, they judge
no one, least of all the one who feels. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Spokeswoman Maria Zakharova said Moscow is satisfied that NATO countries have agreed to the arms embargo.",
     "SUPPORT", "Zakharova", "NATO"),
    ('Italian President Sergio Mattarella promised on Monday to pass the law. "I am very happy that the president is '
     'committed to this initiative," said Mayor Gianni Alemanno.', "SUPPORT", "Alemanno", "Mattarella"),
    ("Mayor Ana Varo said she was disappointed that the Kestrian government had refused to release the prisoners.",
     "ACCUSE", "Varo", "Kestria"),
    ("Mayor Ana Varo said she was disappointed with the Kestrian government.", "ACCUSE", "Varo", "Kestria"),
], ids=["satisfied-that", "happy-that", "disappointed-that", "disappointed-with"])
def test_a_feeling_aimed_at_an_act_judges_its_doer(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text", [
    "Mayor Ana Varo said she was happy with the weather.",
    "Mayor Ana Varo said she was disappointed.",
    "Mayor Ana Varo said she was not satisfied that the Kestrian government had released the prisoners.",
    '"The minister was disappointed," said Ana Varo, a party spokeswoman.',
], ids=["aimed-at-no-one", "aimed-at-nothing", "denied", "the-one-who-feels"])
def test_a_feeling_aimed_at_no_one_judges_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] in ("SUPPORT", "ACCUSE")], events
