"""Session 35 actor classes, each a table of hand-built inputs, positive and negative.

1. A state noun's owner where the state is named only as a place or a people: "Protests spread across
   Chile on Tuesday. The country's president called for calm." The only state the text names
   before "the country's" is Chile, a place and no actor; the owner stayed with no country. The one
   state named (as a place, "across Chile", or a people, "Chilean police") is the one meant; two
   states named ("between Niger and Nigeria"), a state actor besides, or no state at all: unplaced.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tidings.extract.actors.state_nouns import state_owned
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Span


@dataclass(frozen=True)
class _Ent:  # the tagger's entity, as state_nouns reads it
    text: str
    label_: str
    end_char: int


@dataclass(frozen=True)
class _Doc:  # entities only: no sentences, no tokens (so no salience to weigh)
    ents: tuple[_Ent, ...]
    sents: tuple[()] = ()

    def char_span(self, *args: object, **kwargs: object) -> None:
        return None


def _at(text: str, phrase: str) -> Span:
    k = text.index(phrase)
    return Span(k, k + len(phrase), phrase)


def _doc(text: str, ents: list[tuple[str, str]]) -> _Doc:
    return _Doc(tuple(_Ent(t, label, _at(text, t).end) for t, label in ents))


def _owner(text: str, phrase: str) -> Actor:
    return Actor("o", phrase, "group", None, "GOV", mentions=(Mention(_at(text, phrase), "nominal"),))


@pytest.mark.parametrize("text, ents, others, phrase, country", [
    # the one state named as a place
    ("Protests spread across Chile on Tuesday. The country's president called for calm.",
     [("Chile", "GPE")], [], "The country's president", "CHL"),
    # ... or as a people
    ("Chilean police fired tear gas at students. The country's interior minister defended them.",
     [("Chilean", "NORP")], [], "The country's interior minister", "CHL"),
    # two states named: unresolved beats wrong
    ("Talks between Niger and Nigeria ended. The country's president said the border stays shut.",
     [("Niger", "GPE"), ("Nigeria", "GPE")], [], "The country's president", None),
    # a state actor besides the place: the existing rule decides (none here: two states)
    ("Kenya sent aid to flooded Uganda. The country's health ministry said 40 people died.",
     [("Kenya", "GPE"), ("Uganda", "GPE")], [("Kenya", "KEN")], "The country's health ministry", None),
    # the state named only after it is not the one meant
    ("The country's president called for calm after protests spread across Chile.",
     [("Chile", "GPE")], [], "The country's president", None),
    # no state named at all
    ("Protests spread on Tuesday. The country's president called for calm.",
     [], [], "The country's president", None),
    # not a state noun's owner
    ("Protests spread across Chile on Tuesday. The president called for calm.",
     [("Chile", "GPE")], [], "The president", None),
    # "another country's": a state not in mind
    ("Protests spread across Chile on Tuesday. Another country's president called for calm.",
     [("Chile", "GPE")], [], "Another country's president", None),
])
def test_state_noun_owner_takes_the_one_state_named_as_a_place(text, ents, others, phrase, country) -> None:  # type: ignore[no-untyped-def]
    actors = [Actor(f"s{i}", name, "country", code, "GOV", mentions=(Mention(_at(text, name), "name"),))
              for i, (name, code) in enumerate(others)]
    actors.append(_owner(text, phrase))
    assert state_owned(actors, text, _doc(text, ents), load_kb())[-1].country == country
