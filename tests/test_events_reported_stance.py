"""A stance verb inside what someone says is the stance of its own subject, never a verdict on it.

'"Omar Bakr condemned the shameful and cowardly attack," Karel Brandt said': the shame and the
cowardice are the attack's, and the condemnation Bakr's. Summing the clause's words as a verdict on
its subject made Brandt accuse Bakr (and "welcomed the historic agreement" made a news agency praise
the president; issue 11: statements coded backwards). A verb the event lexicon types as verbal
cooperation or conflict (welcome, praise, hail, condemn, denounce, reject, meet) says what its
subject thinks of its object; the clause judges no one for the speaker. A clause that is a verdict
("is a hero", "has betrayed the nation") or a deed done badly still judges its subject.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


STANCE = [
    ("welcomed-historic", '"Omar Bakr welcomed the historic agreement," Karel Brandt said.', "SUPPORT"),
    ("condemned-shameful", '"Omar Bakr condemned the shameful and cowardly attack," Karel Brandt said.', "ACCUSE"),
    ("denounced-brutal", '"Omar Bakr denounced the brutal, criminal and disgraceful crackdown," Karel Brandt said.',
     "ACCUSE"),
    ("reported-welcome", "Karel Brandt said Omar Bakr had welcomed the historic agreement.", "SUPPORT"),
]


@pytest.mark.parametrize("text, event", [c[1:] for c in STANCE], ids=[c[0] for c in STANCE])
def test_a_reported_stance_is_no_verdict_of_the_speaker(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, "Karel Brandt", "Omar Bakr"), events


def test_a_news_agency_reports_the_welcome_it_does_not_give(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to the state news agency, Omar Bakr welcomed the historic agreement."
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if any("agency" in a for a in e[1])], events


VERDICTS = [
    ("is-a-hero", '"Omar Bakr is a hero," Karel Brandt said.', "SUPPORT"),
    ("betrayed", '"Omar Bakr has betrayed the nation," Karel Brandt said.', "ACCUSE"),
    ("brutal-deed", '"Omar Bakr brutally murdered innocent civilians," Karel Brandt said.', "ACCUSE"),
    ("lied-and-stole", '"Omar Bakr has lied to the people and stolen their money," Karel Brandt said.', "ACCUSE"),
    ("corrupt-criminal", '"Omar Bakr is a corrupt and dangerous criminal," Karel Brandt said.', "ACCUSE"),
]


@pytest.mark.parametrize("text, event", [c[1:] for c in VERDICTS], ids=[c[0] for c in VERDICTS])
def test_a_verdict_on_the_subject_still_judges_it(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, "Karel Brandt", "Omar Bakr"), events
