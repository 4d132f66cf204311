"""Event types of single triggers, as tables of sentences written for these tests (positive and
negative cases), written before the fix. Classes from the misses of both corpora's dev-work split:

- an apology is a verbal concession (CONCEDE), as the benchmark's guide codes it (section 8), not
  support of whoever is apologised to; an apology demanded is still the demand;
- a promise to undo or change one's own policy ("promised to revise the curriculum") is a concession
  (CONCEDE), not an agreement; the same verb in a main clause types no event;
- dropping the charges against someone or granting them amnesty frees them as a pardon does
  (RETREAT, release: the guide, section 7);
- signing a treaty with an infinitive of purpose on the verb ("signed the treaty on Wednesday
  to expand ties") promises that act (AGREE, the guide's "signed a deal to"), as "an agreement
  to expand ties" does; a treaty signed alone stays SUPPORT (session 50: signing an agreement,
  accord or pact is AGREE in itself, tests/test_events_s50.py 2).
"""

from __future__ import annotations

import pytest
from builders import code_events

pytestmark = pytest.mark.model


def _types(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.event for e in code_events(nlp, text).events if "negation" not in e.aux}


@pytest.mark.parametrize("text", [
    "The Ostrian foreign ministry apologised to Kestria for the leaked cable.",
    "Governor Ali Bakr apologized on Monday after his remarks about the strikers.",
    "The Kestrian ambassador offered an apology to Ostria on Friday.",
])
def test_events_apology_is_a_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert "CONCEDE" in types and "SUPPORT" not in types, types


@pytest.mark.parametrize("text, kind", [
    ("Senator Dara Quell demanded an apology from the Ostrian ambassador.", "REQUEST"),
    ("Ostria ordered the Kestrian ambassador to apologise.", "REQUEST"),
])
def test_events_apology_asked_for_stays_a_request(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert kind in types and "CONCEDE" not in types, types


@pytest.mark.parametrize("text", [
    "The Kestrian government promised to revise the school curriculum.",
    "Governor Ali Bakr agreed to repeal the new assembly law.",
    "The Ostrian ministry pledged to abolish the border fees.",
    "President Pell Varo offered to reconsider the decision on the mine.",
    "The Kestrian government said it was willing to amend the election law.",
])
def test_events_promised_change_of_policy_is_a_concession(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert "CONCEDE" in types and "AGREE" not in types, types


@pytest.mark.parametrize("text, kind", [
    ("The Kestrian government promised to build a new hospital in the north.", "AGREE"),
    ("Governor Ali Bakr agreed to help the flood victims.", "AGREE"),
    ("The union demanded that the government revise the pay scale.", "REQUEST"),
])
def test_events_other_promises_keep_their_type(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert kind in types and "CONCEDE" not in types, types


def test_events_policy_changed_is_no_concession_by_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONCEDE" not in _types(nlp, "The Kestrian central bank revised its growth forecast on Monday.")


@pytest.mark.parametrize("text, kind", [
    ("The Kestrian government agreed to restore internet access in the north.", "CONCEDE"),
    ("The Ostrian army promised to dismantle the checkpoints around the town.", "CONCEDE"),
    ("Prosecutors in Ostria dropped the charges against the three activists.", "RETREAT"),
    ("The Kestrian government granted amnesty to the rebels on Monday.", "RETREAT"),
    ("The Kestrian president amnestied forty jailed protesters on Monday.", "RETREAT"),
])
def test_events_concessions_and_releases(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert kind in types and "AGREE" not in types, types


def test_events_dropped_plan_is_no_release(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "RETREAT" not in _types(nlp, "The Ostrian finance ministry dropped the plan for a new airport tax.")


@pytest.mark.parametrize("text, kind, other", [
    ("Ostria and Kestria signed a major agreement on Wednesday to expand trade ties.", "AGREE", "SUPPORT"),
    ("The two governments signed an accord on Monday to build a railway to the coast.", "AGREE", "SUPPORT"),
    ("Ostria and Kestria signed the treaty on Wednesday to expand trade ties.", "AGREE", "SUPPORT"),
    ("Ostria and Kestria signed a trade agreement on Wednesday.", "AGREE", "SUPPORT"),
    ("Ostria signed the treaty in the capital on Monday, hoping to end the dispute.", "SUPPORT", "AGREE"),
])
def test_events_signing_for_a_later_act(nlp, text: str, kind: str, other: str) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, text)
    assert kind in types and other not in types, types


def test_events_signing_with_a_clause_between_stays_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ostria signed the treaty after its envoy was in Kestria on Friday to attend the talks."
    assert "AGREE" not in _types(nlp, text)


def test_events_signing_before_another_phrase_stays_support(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ostria signed the treaty in anticipation of the envoy's trip to visit the Kestrian capital."
    assert "AGREE" not in _types(nlp, text)
