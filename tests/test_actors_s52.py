"""Actor classes of issue 10 (session 52), written for these tests (invented names), each seen
failing before its fix.

1. *A person the lede describes is the one the next sentence names.* "The director of an
   organization that monitors killings was arrested this week, authorities said. Ivo Marsh, who is
   accused of running a smuggling ring, was taken into custody ..." kept the director and Marsh
   apart, and the arrest's recipient was a nameless "director": the largest share of the "name and
   description" splits of the stories' dev-work. A description of one person in the first sentence
   names the first person named after it within two sentences when nothing said of that person
   contradicts it (:mod:`.actors.lede`); a person named in the lede itself, a body ("a federal
   jury"), a relation to another ("his brother"), another description of the person ("Ann Lee, a
   witness") and one who speaks of what befell the one described ("The leader of the opposition
   has been beaten ... Ann Lee said") keep them apart.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("The director of an organization that monitors killings in Ostria was arrested this week, authorities said. "
     "Ivo Marsh, who is accused of running a smuggling ring, was taken into custody a day after the announcement.", "COERCE"),
    ("A lawmaker was killed in Rask when a gun was fired at him today, police said. Ivo Marsh, a lawmaker from the "
     "ruling coalition, was found in his car.", "ASSAULT"),
])
def test_a_person_the_lede_describes_is_the_one_named_next(code_text, text: str,  # type: ignore[no-untyped-def]
                                                          kind: str) -> None:
    result = code_text(text)
    assert any("Ivo Marsh" in _names(result, e.recipient) for e in _live(result, kind)), result.events
    assert not any(a.name in ("director", "lawmaker") for a in result.actors), result.actors


@pytest.mark.parametrize("text, described", [
    ("A soldier was shot dead in Rask on Monday, Mayor Tom Varo said. Ivo Marsh, 35, was arrested later.", "soldier"),
    ("A soldier was shot dead in Rask on Monday. Ivo Marsh, a witness, said he heard three shots.", "soldier"),
    ("The leader of the Ostrian opposition has been beaten in a metro station, his wife said. Ann Lee said that "
     "a dozen men had attacked her husband.", "leader"),
])
def test_a_description_no_one_named_next_may_be(code_text, text: str, described: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    named = [a for a in result.actors if a.kind == "person" and any(m.kind == "name" for m in a.mentions)]
    assert not any(described in m.span.text.lower() for a in named for m in a.mentions), result.actors
