"""A name the knowledge base does not know, used only to say what kind of thing a noun is ("the
Kepler space telescope", "the Zorvath pipeline", "Android devices", "LGBT rights"), names no actor
(issue 10, "Typing").

Failure class seen on the benchmark's dev articles: junk actors with no country and no sector made
of the modifier of a thing: telescopes named after people, an oil field, a pipeline, phones by
their system, rights by whose they are, a movement by its cause. Negative cases: a name before a
noun of people or of an office ("Acme spokesman John Doe", "Velorin workers"), a possessive
("Marta Kowal's lawyer"), a name the knowledge base knows, and the same name acting on its own.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import modifies_thing, never_an_actor

pytestmark = pytest.mark.model


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,thing", [
    ("The planet was first identified in 2015 by the Kepler space telescope.", "Kepler", True),
    ("The agency's Horvath space telescope is to be launched next year.", "Horvath", True),
    ("Drones struck the Khurais oil field on Saturday.", "Khurais", True),
    ("The Zorvath pipeline is meant to carry gas to Europe.", "Zorvath", True),
    ("Earlier this year, Android devices managed to outsell rivals.", "Android", True),
    ("Adamowicz has supported LGBT rights for years.", "LGBT", True),
    # negative: people or an office after the name, a possessive, a known name, the name alone
    ("Acme spokesman John Doe said the deal was off.", "Acme", False),
    ("Velorin workers went on strike.", "Velorin", False),
    ("Marta Kowal's lawyer said she would appeal.", "Kowal", False),
    ("Kremlin officials said the talks would go on.", "Kremlin", False),
    ("Arnor rejected the Zorvath peace offer.", "Zorvath", False),
    ("Zorvath said the pipeline would carry gas to Europe.", "Zorvath", False),
    ("Adamowicz has supported the rights of minorities.", "Adamowicz", False),
])
def test_kinds_modifies_thing(nlp, text: str, word: str, thing: bool) -> None:  # type: ignore[no-untyped-def]
    tok = _token(nlp(text), word)
    assert (modifies_thing(tok) is not None) is thing
    if thing:
        assert never_an_actor(tok) is not None


@pytest.mark.parametrize("text,mention", [
    ("The planet was first identified in 2015 by the Kepler space telescope.", "Kepler"),
    ("NASA's James Webb space telescope is scheduled for launch in 2021.", "James Webb"),
    ("Drones struck the Khurais oil field on Saturday.", "Khurais"),
    ("The Zorvath pipeline is meant to carry gas to Europe, officials said.", "Zorvath"),
])
def test_actors_thing_modifier_is_no_actor(actors_only, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    result = actors_only(text)
    assert mention not in {m.span.text for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text,mention", [
    ("NASA's James Webb space telescope is scheduled for launch in 2021.", "NASA"),
    ("Zorvath said the pipeline would carry gas to Europe.", "Zorvath"),
    ("Marta Kowal's lawyer said she would appeal.", "Marta Kowal"),
    ("The Kepler team, led by astronomer Lena Varga, said the data were clear.", "Lena Varga"),
])
def test_actors_names_beside_things_still_act(actors_only, text: str, mention: str) -> None:  # type: ignore[no-untyped-def]
    result = actors_only(text)
    assert any(mention in m.span.text for a in result.actors for m in a.mentions)
