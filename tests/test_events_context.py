"""Contexts of events: cues by place (clause, sentence, headline), two-word terms, defaults."""

from __future__ import annotations

import pytest

from tidings.extract.events.context import contexts, cues

pytestmark = pytest.mark.model


def _root(doc):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.dep_ == "ROOT")


@pytest.mark.parametrize("text,expected,absent", [
    ("Arnor and Gondor signed a free trade pact on Monday.", "economic", None),
    ("Police fired tear gas at the crowd.", None, "natural_resource"),  # "gas" alone names no resource
    ("Arnor demanded the release of the water engineers.", None, "natural_resource"),
    ("Gondor opened talks on the natural gas field.", "natural_resource", None),
    ("The Arnorian court jailed the journalists for violating press freedom.", "rights_freedoms", None),
    ("Arnor held a press conference in the capital.", None, "rights_freedoms"),
    ("Arnorian troops shelled the town.", "military", None),
])
def test_contexts_from_cues(nlp, text: str, expected: str | None, absent: str | None) -> None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    found = contexts(sent, lexical=None, event="ASSAULT" if "shell" in text else "REQUEST", clause=_root(doc))
    if expected:
        assert expected in found, found
    if absent:
        assert absent not in found, found


def test_sentence_cue_outside_the_clause_needs_the_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Trade row deepens\nArnor rejected the proposal during the tariff talks.")
    head, body = list(doc.sents)[:2]
    clause = next(t for t in body if t.lower_ == "proposal")  # "tariff" lies outside this clause
    head_cues = cues(head)
    assert [c for _, c in head_cues] == ["economic"]
    assert "economic" not in contexts(body, lexical=None, event="REJECT", clause=clause)
    assert "economic" in contexts(body, lexical=None, event="REJECT", clause=clause, headline=head_cues)


@pytest.mark.parametrize("interstate,event,expected", [
    (True, "REJECT", ("diplomatic",)),
    (False, "REJECT", ()),
    (True, "ASSAULT", ("military",)),  # not a verbal exchange: the type's default
])
def test_interstate_verbal_events_are_diplomatic(nlp, interstate: bool, event: str, expected: tuple) -> None:
    doc = nlp("Arnor rejected the proposal.")
    sent = next(iter(doc.sents))
    assert contexts(sent, lexical=None, event=event, clause=sent.root, interstate=interstate) == expected


def test_lexical_context_first_and_limit(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Arnorian troops and lawmakers seized oil pipelines after the election and the court trial.")
    sent = next(iter(doc.sents))
    found = contexts(sent, lexical="economic", event="COERCE", clause=sent.root, limit=3)
    assert found[0] == "economic" and len(found) == 3
