"""Failure class found on the real-news benchmark's dev split, with its pronoun yardstick (reference
pronoun mentions resolved right / wrong): a pronoun that is no subject ("levied sanctions against
him", "praised her for her courage") was given the subject of an earlier sentence although its
own sentence names, before it, the one person or body it can mean. A pronoun is read where it
stands: an agreeing actor of its own sentence is nearer than any earlier sentence's subject
(sentence recency outweighs subject emphasis), unless its own sentence has a subject that fits
(the subject keeps its pull) or names two that fit (then nothing here is clearly the one).
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import codes_event

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, recipient", [
    # the object of a coordinated clause is the nearer antecedent
    ("Prime Minister Ali Bakr condemned the strike on Monday. In 2007 the Ostrian government labeled "
     "general Omar Varo a terrorist and levied sanctions against him.", "SANCTION", "Omar Varo"),
    # a possessor before the pronoun, the subject a group
    ("Governor Ali Bakr spoke on Monday. Senators met Omar Varo's wife and praised him.", "SUPPORT", "Omar Varo"),
])
def test_coref_object_pronoun_takes_its_own_sentences_actor(nlp, text: str, event: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert codes_event(nlp, text, event, recipient=recipient)


def test_coref_own_sentence_subject_keeps_its_pull(nlp) -> None:  # type: ignore[no-untyped-def]
    # a fitting subject of the pronoun's own sentence still wins (the reporter of its clause)
    assert codes_event(nlp, "Omar Varo spoke on Monday. Ali Bakr said police had arrested him.", "COERCE",
                       recipient="Ali Bakr")


def test_coref_two_fitting_actors_in_its_sentence_are_no_answer(nlp) -> None:  # type: ignore[no-untyped-def]
    # two agreeing actors before it in its own sentence: neither is clearly the one
    text = ("Omar Varo spoke on Monday. The Ostrian police questioned Governor Ali Bakr and Senator Ian Roe "
            "and arrested him.")
    assert not codes_event(nlp, text, "COERCE", recipient="Ali Bakr")
    assert not codes_event(nlp, text, "COERCE", recipient="Ian Roe")
