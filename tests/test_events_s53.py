"""Event classes of issue 11 (session 53), written for these tests (invented names), each seen
failing before its fix.

1. *A remark on the act before it is an event of its own.* "Kestria lifted the ban, a move praised
   by the European Union" had no SUPPORT, where "Russia expelled ten diplomats, a move condemned by
   Britain" had its ACCUSE: a participle hung from an act noun set beside the clause ("a move", "a
   decision", "a step": the act nouns of ``data/act_nouns.csv``) with its own "by" agent was read as
   the content of the act before it whenever that act's type takes content (a concession, an
   agreement, a rejection ...), and dropped. The remark is its agent's own stance on the act, with
   the act's doer for its recipient (:func:`.events.anaphora.remark_on_act`), and the act noun is no
   recipient of the act before it (it was: "rejected the plan, a move criticised by the EU" was a
   rejection of the EU). A participle that tells the act itself ("agreed to a truce, a deal
   brokered by Kestria") is no remark. Welcoming a thing takes the noun its participle is on ("a
   decision welcomed by X"), and the remark's act noun is the object a verb that needs one has.
2. *The first to act is the one said to be it.* "Kestria became the first country to recognise
   Ostria" had no actor (held back), and "Ivo Marsh was the only minister to condemn the attack"
   made Marsh the one condemned: an infinitive on a noun was read as done by that noun ("a
   country", "the only minister": no one named). On a ranked noun ("the first", "the only") that
   is what the subject of "be" or "become" is said to be, the infinitive is the subject's act
   (:func:`.candidate.said_to_be`); a passive one ("Rask was the first city to be bombed by
   Kestrian jets") is done to it, as before, and a noun not ranked ("Bosnia is a candidate to
   receive NATO's forces", "this is our moment to fight") makes no one its doer.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind, remark, doer", [
    ("Kestria lifted the ban on imports from Ostria, a move praised by the European Union.", "SUPPORT", "European Union",
     "Kestria"),
    ("Kestria agreed to release the prisoners, a decision welcomed by the United Nations.", "SUPPORT", "United Nations",
     "Kestria"),
    ("Ostria rejected the peace plan on Monday, a move criticised by the European Union.", "ACCUSE", "European Union",
     "Ostria"),
])
def test_a_remark_on_the_act_before_it_is_an_event(code_text, text: str, kind: str, remark: str,  # type: ignore[no-untyped-def]
                                                    doer: str) -> None:
    result = code_text(text)
    found = _live(result, kind)
    assert any(remark in _names(result, e.actor) and doer in _names(result, e.recipient) for e in found), result.events
    assert not any(remark in _names(result, e.recipient) for e in result.events), result.events  # not the act's own


def test_the_act_told_by_its_participle_is_no_remark(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Kestria agreed to a truce with the rebels, a deal brokered by the United Nations.")
    assert not any("United Nations" in _names(result, e.actor) for e in result.events
                   if e.event in ("SUPPORT", "ACCUSE")), result.events


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Kestria became the first country to recognise Ostria.", "SUPPORT", "Kestria", "Ostria"),
    ("Ivo Marsh was the only minister to condemn the attack on the Ostrian embassy.", "ACCUSE", "Ivo Marsh", None),
])
def test_the_first_to_act_is_the_one_said_to_be_it(code_text, text: str, kind: str, actor: str,  # type: ignore[no-untyped-def]
                                                  recipient: str | None) -> None:
    result = code_text(text)
    found = [e for e in _live(result, kind) if actor in _names(result, e.actor)]
    assert found and all(actor not in _names(result, e.recipient) for e in found), result.events
    assert recipient is None or any(recipient in _names(result, e.recipient) for e in found), result.events


def test_the_first_to_undergo_it_is_no_doer(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Rask was the first city to be bombed by Kestrian jets.")
    assert not any("Rask" in _names(result, e.actor) for e in result.events), result.events
    assert any(e.event == "ASSAULT" and any("jets" in n for n in _names(result, e.actor)) for e in result.events), result.events


@pytest.mark.parametrize("text, subject", [
    ("Kestria is a candidate to receive NATO's rapid reaction forces in 2027.", "Kestria"),
    ("Ivo Marsh said this was the moment to fight for the workers of Rask.", "Ivo Marsh"),
])
def test_a_noun_not_ranked_makes_no_doer(code_text, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not any(e.event in ("CONSULT", "ASSAULT") and subject in _names(result, e.recipient + e.actor)
                   for e in _live(result, "CONSULT") + _live(result, "ASSAULT")), result.events
