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
   decision welcomed by X"), and the remark's act noun is the object a verb that needs one has; a
   participle set off on an act noun judges it ("The move, hailed by activists as a victory, came
   after weeks of pressure": the move's doer is the one hailed, :func:`.anaphora.act_judged_by`).
2. *The first to act is the one said to be it.* "Kestria became the first country to recognise
   Ostria" had no actor (held back), and "Ivo Marsh was the only minister to condemn the attack"
   made Marsh the one condemned: an infinitive on a noun was read as done by that noun ("a
   country", "the only minister": no one named). On a ranked noun ("the first", "the only") that
   is what the subject of "be" or "become" is said to be, the infinitive is the subject's act
   (:func:`.candidate.said_to_be`); a passive one ("Rask was the first city to be bombed by
   Kestrian jets") is done to it, as before, and a noun not ranked ("Bosnia is a candidate to
   receive NATO's forces", "this is our moment to fight") makes no one its doer.
3. *An act of force on a body's seat is aimed at the body.* "Police raided a local office of the
   Kestrian Boycott Coalition" had for its recipient a new actor "office of the Kestrian Boycott
   Coalition" (a government office, by the noun), and "Gunmen attacked the offices of the opposition
   Kestrian Unity Party" an actor "offices": the seat a protest was held at and a visit was paid to
   was read as its owner's (word class ``events.coding.recipient.seat_nouns``), the seat an act of
   force landed on was not, and a seat noun with a sector ("office") was an actor of its own. An act
   of force (ASSAULT, COERCE, MOBILIZE, SANCTION) or a protest on a seat
   whose owner is named (its "of" phrase, possessor, name or demonym before it) is aimed at the
   owner (:func:`.visits.seat_owners`), and a seat noun with a named owner is no actor (the owner
   is); a body by its name ("raided the Ministry of the Interior") is what it is.
4. *Words against someone disapprove of them.* "The council released a statement against the
   attempt by Ostrian agents to incite unrest", "Senator Ivo Marsh gave a speech against Ostria's
   government" had no event: a noun of what someone said (word class ``utterances``: statement,
   speech, remark ...) was an event only as the object of a verb of opposing. With an "against"
   phrase it is an ACCUSE (disapprove) of whom it is against, or of the doers of the act it is
   against (:func:`.nominals.entry_for_noun`), issued (word class ``quotes.issuing_verb``), given
   or made by the subject of its verb, or given "during" or "in" what it does; a "by" phrase on
   what it is against names that act's doer, not the speaker's. A statement with no "against"
   ("released a statement on the talks") is none, and "an official statement" has no official for
   a doer (an adjective is no participant on a noun of acts, :func:`.doers.act_modifier_doers`).
5. *Disapproval of something is disapproval of its doer.* "Many unions have expressed disapproval
   of the new labour code passed by the government" had no event: the concern voiced was looked
   for in an "over" / "about" / "at" phrase only. For a noun whose "of" phrase says what it is
   about (word class ``events.coding.concern.of_nouns``: disapproval), that phrase is what the
   disapproval is of (:func:`.concern.voiced_concern`); "expressed the disapproval of its members"
   (theirs) is none.
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


@pytest.mark.parametrize("verb", ["hailed by activists as a victory", "welcomed by activists"])
def test_a_participle_set_off_judges_the_act(code_text, verb: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(f"Kestria released the blogger Ivo Marsh on Monday. The move, {verb}, came after weeks of pressure.")
    assert any("Kestria" in _names(result, e.recipient) for e in _live(result, "SUPPORT")), result.events


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


@pytest.mark.parametrize("text, kind, owner", [
    ("Police raided a local office of the Kestrian Boycott Coalition on Monday.", "COERCE", "Kestrian Boycott Coalition"),
    ("Gunmen attacked the offices of the opposition Kestrian Unity Party in Rask.", "ASSAULT", "Kestrian Unity Party"),
    ("Protesters rallied outside the headquarters of the Kestrian Unity Party in Rask.", "PROTEST", "Kestrian Unity Party"),
])
def test_force_on_a_seat_is_aimed_at_its_owner(code_text, text: str, kind: str,  # type: ignore[no-untyped-def]
                                               owner: str) -> None:
    result = code_text(text)
    found = _live(result, kind)
    assert found and all(owner in _names(result, e.recipient) for e in found), (result.events, result.actors)
    seats = [n for e in found for n in _names(result, e.recipient) if n.lower().startswith(("office", "headquarters"))]
    assert not seats, result.events


@pytest.mark.parametrize("text, recipient", [
    ("Police raided the Ministry of the Interior on Monday.", "Ministry of the Interior"),
])
def test_a_body_by_its_name_is_no_seat(code_text, text: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any(recipient in _names(result, e.recipient) for e in _live(result, "COERCE")), result.events


@pytest.mark.parametrize("text, actor, recipient", [
    ("The council of Kestria released a statement against the attempt by Ostria's government to incite unrest.", "council",
     "government"),
    ("Senator Ivo Marsh gave a speech against the Ostrian government on Monday.", "Ivo Marsh", "government"),
    ("Ivo Marsh's remarks against the Ostrian government drew no reply.", "Ivo Marsh", "government"),
    ("Ivo Marsh read the letter aloud during a speech against the Ostrian government.", "Ivo Marsh", "government"),
])
def test_words_against_someone_disapprove_of_them(code_text, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                  recipient: str) -> None:
    result = code_text(text)
    found = [e for e in _live(result, "ACCUSE") if any(actor in n for n in _names(result, e.actor))]
    assert found and any(recipient in n for e in found for n in _names(result, e.recipient)), (result.events, result.actors)
    assert not any(actor in n for e in found for n in _names(result, e.recipient)), result.events


def test_a_statement_against_no_one_is_no_accusation(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The council of Kestria released a statement on the talks with Ostria on Monday.")
    assert not _live(result, "ACCUSE"), result.events


@pytest.mark.parametrize("text, actor, recipient", [
    ("Many unions have expressed disapproval of the new labour code passed by the government of Kestria.", "unions",
     "government"),
    ("Kestria expressed its disapproval of Ostria's decision to expel the envoy.", "Kestria", "Ostria"),
])
def test_disapproval_of_something_is_of_its_doer(code_text, text: str, actor: str,  # type: ignore[no-untyped-def]
                                                 recipient: str) -> None:
    result = code_text(text)
    found = [e for e in _live(result, "ACCUSE") if actor in _names(result, e.actor)]
    assert found and any(recipient in n for e in found for n in _names(result, e.recipient)), (result.events, result.actors)


def test_the_disapproval_of_its_members_is_theirs(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Kestrian Teachers Union expressed the disapproval of its members.")
    assert not _live(result, "ACCUSE"), result.events


def test_an_official_statement_has_no_official(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Kestria's foreign ministry released an official statement against Ostria's decision to expel the envoy.")
    found = _live(result, "ACCUSE")
    assert found and all(n != "official" for e in found for n in _names(result, e.recipient + e.actor)), result.events
    assert any("Ostria" in n for e in found for n in _names(result, e.recipient)), result.events


def test_a_group_adjective_still_names_the_doers(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Western powers condemned the rebel raids on Rask.")
    assert any(any("rebel" in n for n in _names(result, e.recipient)) for e in _live(result, "ACCUSE")), result.events
