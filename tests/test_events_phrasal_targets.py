"""The phrase right after a phrasal verb's particle, or an idiom's object, names whom the act is aimed at.

"Nasser lashed out at Prime Minister Ali Reza", "Brandt hit out at the European Union", "took aim at
the central bank": the accusation was coded with no recipient (issue 11: who did what to *whom*),
because "at" names no recipient of an accusation by itself ("criticised the plan at a press
conference" is where). Adjacency decides: the preposition that follows the particle ("out at") or
the idiom's object ("aim at") is the verb's own complement. What stands there must still be an
actor: "lashed out at a press conference" aims at no one. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

AIMED = [
    ("lash-out-at", "Opposition leader Omar Nasser lashed out at Prime Minister Ali Reza on Monday.", "Omar Nasser",
     "Ali Reza"),
    ("hit-out-at", "The Kestrian minister Karel Brandt hit out at the European Union for its slow response.",
     "Karel Brandt", "European Union"),
    ("take-aim-at", "Opposition leader Omar Nasser took aim at the central bank, saying it had failed the country.",
     "Omar Nasser", "central bank"),
]


@pytest.mark.parametrize("text, actor, recipient", [c[1:] for c in AIMED], ids=[c[0] for c in AIMED])
def test_phrasal_accusation_aims_at_its_complement(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


NOT_AIMED = [
    ("at-a-conference", "Opposition leader Omar Nasser lashed out at a press conference on Monday.", "conference"),
    ("at-a-rally", "The Kestrian minister Karel Brandt hit out at a rally in the capital.", "rally"),
]


@pytest.mark.parametrize("text, stray", [c[1:] for c in NOT_AIMED], ids=[c[0] for c in NOT_AIMED])
def test_an_at_phrase_that_is_no_complement_is_no_recipient(nlp, text: str, stray: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and any(stray in r for r in e[2])], events
