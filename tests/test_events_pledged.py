"""Whom a pledged act is for, where only the promised act's clause names it (session 17).

Class: a pledge told by a noun or an adjective ("made a commitment to …", "is ready to …") names
no recipient of its own; the act it promises does: whom it gives to ("to send aid to X"), whom it
helps ("ready to help X"), or whom the thing it acts on bears on ("to ease restrictions on X's
trade"). A promised act for no one ("to build more schools", "to provide details of the plan")
gives no recipient.
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s14 import _coded

pytestmark = pytest.mark.model


PLEDGES = [
    # a made-up state: Ostrava is also a Czech city, which the places stage reads as a place, no one (session 40)
    ("The Velkan government made a commitment to send food aid to Ostravia.", "AGREE", "Ostravia"),
    ("The Kestrian minister said his government was ready to help Ostrava.", "AGREE", "Ostrava"),
    ("The Velkan council made a firm commitment to ease restrictions on Ostrava's oil trade.", "CONCEDE",
     "Ostrava"),
    ("The Velkan government made a promise to build more schools in the north.", "AGREE", None),
    ("The Kestrian ministry is ready to provide details of the plan.", "AGREE", None),
]


@pytest.mark.parametrize("text,event,expected", PLEDGES)
def test_pledge_is_for_whom_its_promised_act_is(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(nlp, text, event)
    assert coded, text
    found = [r for a, rs, _ in coded if a for r in rs]
    if expected is None:
        assert not found, found
    else:
        assert any(expected in r for r in found), found


def test_pledged_for_reads_the_promised_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.pledged import pledged_for, promised_acts

    doc = nlp("The council made a commitment to send aid to Ostrava and to help the farmers.")
    made = next(t for t in doc if t.lower_ == "made")
    noun = next(t for t in doc if t.lower_ == "commitment")
    acts = promised_acts([made, noun])
    assert "send" in [v.lower_ for v in acts]
    someone, things = pledged_for(acts)
    assert "Ostrava" in [t.text for t in someone]
    assert "aid" in [t.text for t in things]


# Class: an attack on places told with an appositive that names their holders ("targeted several
# towns, particularly areas controlled by X") is aimed at the holders; an appositive naming no
# holder ("several towns, particularly areas near the border") gives none.
HELD_APPOSITIVES = [
    ("The Velkan army's air strikes have targeted several towns, particularly areas controlled by rebel forces.",
     "forces"),
    ("The Kestrian air force struck several targets, including camps run by the insurgents.", "insurgents"),
    ("The Velkan army's air strikes have targeted several towns, particularly areas near the border.", None),
]


@pytest.mark.parametrize("text,holder", HELD_APPOSITIVES)
def test_attack_on_places_an_appositive_says_who_holds(nlp, text: str, holder: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, _ in _coded(nlp, text, "ASSAULT") for r in rs]
    if holder is None:
        assert not found, found
    else:
        assert any(holder in r for r in found), found


def test_late_appositive_hung_on_the_subject_still_names_the_places(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser may hang a sentence-final appositive on the subject; after the verb it tells of the object
    found = [r for a, rs, _ in _coded(nlp, "The Saudi-led coalition's air strikes have targeted several places along "
                                      "the front, particularly areas dominated by Houthi forces.", "ASSAULT") for r in rs]
    assert any("Houthi" in r for r in found), found


# Class: a collective of states named by a bloc adjective ("foreign powers", "donor countries") is
# a participant with no one country, as an appeal's addressee.
@pytest.mark.parametrize("text,event,role,expected", [
    ("President Arno Kell said foreign powers should leave the region.", "REQUEST", "recipient", "foreign powers"),
    ("The Norwegian government asked donor countries for help.", "REQUEST", "recipient", "donor countries"),
])
def test_collectives_of_states_are_participants(nlp, text: str, event: str, role: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(nlp, text, event)
    found = [x for a, rs, _ in coded for x in (a if role == "actor" else rs)]
    assert any(expected in x for x in found), found
