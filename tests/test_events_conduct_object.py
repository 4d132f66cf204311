"""A judging word on a singular noun of conduct the subject does judges the subject: "the police
used excessive force" condemns the police.

"Force" is also the head of "security forces", so the verdict on it was read as a description of a
participant acted on ("attacked the brutal forces") and the speaker's accusation was lost (issue 11:
the speech act lost). A singular noun of conduct (``events.verdicts.conduct_nouns``) names what is
done; the plural names troops, and words on them still describe them. Sentences written for the
test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

CONDEMNED = [
    ("excessive-force", '"The police used excessive force against peaceful protesters," Amnesty International said.',
     "Amnesty", "police"),
    ("bare", '"The security forces used excessive force," Amnesty International said.', "Amnesty", "security forces"),
    ("reported", "Amnesty International said the police had used excessive force against protesters.", "Amnesty",
     "police"),
]


@pytest.mark.parametrize("text, judge, judged", [c[1:] for c in CONDEMNED], ids=[c[0] for c in CONDEMNED])
def test_judged_conduct_condemns_its_doer(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


def test_words_on_troops_acted_on_still_describe_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"The army attacked the brutal rebel forces near Rask," Amnesty International said.'
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Amnesty", "army"), events
