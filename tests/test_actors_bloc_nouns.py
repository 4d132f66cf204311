"""A bloc named by its kind is the body of states named before it (issue 10: coreference of
definite descriptions, session 43).

Class: "The European Union imposed new sanctions on Russia. The bloc said ..." left "the bloc" no
one (the union is a body of states with a government's sector, which "the group" must not take for
itself), and "Chamisa called on the Southern African Development Community to intervene. Observers
from the regional bloc said ..." made "Observers from the regional bloc" an actor of no country: a
bloc or an alliance (word class ``actors.cluster.bloc_nouns``), with or without adjectives in small
letters ("the regional bloc", "the military alliance"), is the nearest body of states named before
it (a code of international bodies: IGO, UNO, EUR), as a subject or not. A lede may describe the
bloc before naming it ("West Africa's main regional bloc on Thursday ordered ... Leaders of the
Economic Community of West African States (ECOWAS) ..."): with no body of states before it, a bloc
described by its place is the first named in its own or the next sentence.
Negative cases: no body of states before it (a state's army is none), one named only further on,
and a party is no bloc.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _holder(result, mention):  # type: ignore[no-untyped-def]
    return next((a for a in result.actors for m in a.mentions if m.span.text == mention), None)


@pytest.mark.parametrize("text, mention, body", [
    ("The European Union imposed new sanctions on Russia. The bloc said the measures would take effect at once.",
     "The bloc", "European Union"),
    ("Chamisa called on the Southern African Development Community to intervene. Observers from the regional bloc "
     "said the election had fallen short of democratic standards.", "the regional bloc",
     "Southern African Development Community"),
    ("NATO said on Monday it would send more troops. The military alliance also condemned the attack.",
     "The military alliance", "NATO"),
    ("West Africa's main regional bloc on Thursday ordered the activation of a standby force. Leaders of the "
     "Economic Community of West African States (ECOWAS), meeting in Abuja, said they preferred diplomacy.",
     "West Africa's main regional bloc", "ECOWAS"),
])
def test_a_bloc_is_the_body_of_states_before_it(actors_only, text, mention, body) -> None:  # type: ignore[no-untyped-def]
    actor = _holder(actors_only(text), mention)
    assert actor is not None and actor.name == body, actors_only(text).actors


@pytest.mark.parametrize("text, mention", [
    ("The Kestrian army attacked the town on Monday. The bloc said the attack was illegal.", "The bloc"),
    ("The European Union imposed new sanctions on Russia. The ruling party said the measures were unfair.",
     "The ruling party"),
    ("Europe's main military alliance met on Monday. Ministers said little. Prices rose. The talks ended. Leaders "
     "of the North Atlantic Treaty Organization (NATO) then spoke.", "Europe's main military alliance"),
])
def test_no_body_of_states_no_bloc(actors_only, text, mention) -> None:  # type: ignore[no-untyped-def]
    actor = _holder(actors_only(text), mention)
    assert actor is None or actor.country not in ("EUR", "IGO", "UNO") and "army" not in actor.name, actor
