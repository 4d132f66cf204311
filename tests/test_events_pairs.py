"""A definite counted phrase stands for the states just named (session 17).

Class: "the two countries", "both nations" act for (or undergo the act of) the last states the
text named before them, as many as they count; an indefinite count ("two countries signed") or a
text that named fewer states stands for no one. "Both sides", "the two sides" count out states in
the same way (session 22).
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s14 import _coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,event,role,expected", [
    ("Norway's prime minister will visit Denmark next week. The two countries signed a fishing accord on "
     "Monday.", "AGREE", "actor", {"Norway", "Denmark"}),
    ("Panama and Chile have long been partners. On Wednesday both countries signed an agreement to expand "
     "trade.", "AGREE", "actor", {"Panama", "Chile"}),
    ("Russia proposed visa-free travel with Romania and urged the two nations to strengthen their ties.",
     "REQUEST", "recipient", {"Romania"}),
    # session 22: "both sides", "the two sides" of a conflict between states just named
    ("Fighting between Armenia and Azerbaijan continued on Monday. The UN called on both sides to exercise "
     "restraint.", "REQUEST", "recipient", {"Armenia", "Azerbaijan"}),
    ("Armenia and Azerbaijan exchanged fire on Monday. The two sides agreed to hold talks in Geneva.",
     "AGREE", "actor", {"Armenia", "Azerbaijan"}),
    ("The UN called on both sides to exercise restraint.", "REQUEST", "recipient", set()),
    ("Two countries signed an agreement on Monday.", "AGREE", "actor", set()),
    ("Only Norway has spoken so far. The two countries signed an agreement on Monday.", "AGREE", "actor", set()),
])
def test_counted_states_are_those_just_named(nlp, text: str, event: str, role: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    coded = [c for ev in (event, "SUPPORT", "AGREE") for c in _coded(nlp, text, ev)] if not expected else \
        _coded(nlp, text, event)
    found = {x for a, rs, _ in coded for x in (a if role == "actor" else rs)}
    if expected:
        assert expected <= found, found
    else:
        assert not found, found


@pytest.mark.parametrize("text,size", [
    ("The two countries met.", 2),
    ("Both nations agreed.", 2),
    ("The three governments signed.", 3),
    ("Two countries signed.", None),
    ("The countries signed.", None),
    ("The two men met.", None),
])
def test_pair_size(nlp, text: str, size: int | None) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.pairs import pair_size

    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    assert pair_size(head) == size
