"""A reaction that an act or an actor drew, sparked or earned is aimed at that act's doer.

"Russia's decision to expel the diplomats drew a swift rebuke from Germany": Germany rebukes
Russia. The reaction noun had its maker ("from Germany") and no recipient, or no event at all
(issue 11: who did what to *whom*). The clause says whom it befalls, as "X faced criticism" does:
the subject of an eliciting verb (word class ``events.coding.recipient.eliciting``: draw, spark,
earn, provoke ...) if it is an actor, else the doer its act noun names ("Russia's decision",
"the decision by Russia"). An act with no doer named (a storm, "the arrests") gives none.
Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

AIMED = [
    ("possessor-act", "Russia's decision to expel the diplomats drew a swift rebuke from Germany.", "ACCUSE",
     "Germany", "Russia"),
    ("actor-subject", "Russia drew sharp criticism from Germany over the arrests.", "ACCUSE", "Germany", "Russia"),
    ("by-agent", "The decision by Russia sparked condemnation from Germany.", "ACCUSE", "Germany", "Russia"),
    ("earned-praise", "Russia's offer earned praise from the United Nations.", "SUPPORT", "United Nations", "Russia"),
]


@pytest.mark.parametrize("text, event, actor, recipient", [c[1:] for c in AIMED], ids=[c[0] for c in AIMED])
def test_a_drawn_reaction_is_aimed_at_the_doer(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


NO_DOER = [
    ("storm", "The storm drew criticism from Germany."),
    ("doerless-act", "The arrests drew sharp criticism from Germany."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DOER], ids=[c[0] for c in NO_DOER])
def test_a_reaction_to_no_named_doer_keeps_no_recipient(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    accusing = events_with(events, "ACCUSE", "Germany")
    assert accusing and all(not e[2] for e in accusing), events
