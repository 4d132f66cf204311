"""Failure class (issue 11, "no event"; found in session 25 on a written probe of an election):
"Opposition parties refused to recognise the results and accused the government of rigging the
vote" lost the accusation: the parser coordinated "accused" with the infinitive "recognise", and
the refusal took the infinitive's whole phrase as its content. A finite verb coordinated with an
infinitive is the governing verb's conjunct, an act of its own with the same subject
(``candidate.finite_conjuncts``). Negative: a second infinitive ("refused to resign and to
apologise") stays the refusal's content. Sentences written for these tests."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Opposition parties refused to recognise the results and accused the government of rigging the vote.",
     "ACCUSE", "Opposition", "government"),
    ("The rebels agreed to release the hostages and withdrew from the town of Goma.", "RETREAT", "rebels", None),
])
def test_events_a_finite_conjunct_of_an_infinitive_is_an_act(nlp, text: str, event: str, actor: str,
                                                              recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text, gated=True), event, actor, recipient)


def test_events_a_second_infinitive_stays_content(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister refused to resign and to apologise.", gated=True)
    assert [e[0] for e in events] == ["REJECT"], events
