"""One body named twice side by side, the second name in brackets ("Brenor Ipari Kft. (Brenor
Limited)", "the MTW union (Grand Union of Maritime and Transport Workers)"): one actor, and a short
name that fits both names counts once (:func:`tidings.extract.actors.parsed.bracketed_names`)."""

from __future__ import annotations

import pytest

from tidings.extract.actors.link import merge_map
from tidings.extract.actors.parsed import bracketed_names
from tidings.kb import load_kb
from tidings.schema import Actor, Mention, Provenance, Span

_ACTORS = Provenance("tidings.actors.v1", "ner.org")


def _bodies(text: str, names: list[str]) -> list[Actor]:
    out, at = [], 0
    for k, name in enumerate(names):
        start = text.index(name, at)
        at = start + len(name)
        out.append(Actor(f"a{k + 1}", name.removeprefix("the "), "organization", None, "BUS",
                         mentions=(Mention(Span(start, at, name), "name"),), provenance=_ACTORS))
    return out


@pytest.mark.parametrize("text, names, joined", [
    ("The firm Brenor Ipari Kft. (Brenor Limited) bought the plant.", ["Brenor Ipari Kft", "Brenor Limited"], {1: 0}),
    ("The head of the MTW union (Grand Union of Maritime and Transport Workers) spoke.",
     ["the MTW", "Grand Union of Maritime and Transport Workers"], {1: 0}),
    ("The Velt Trade Office (VTO Corporation) opened.", ["Velt Trade Office", "VTO Corporation"], {}),
    # negatives: another body in brackets; a name far from the bracket
    ("Velt Air (Ostra Holdings) cut its fares.", ["Velt Air", "Ostra Holdings"], {}),
    ("Brenor Ipari Kft said on Monday that it had sold the plant (Brenor Limited) at once.",
     ["Brenor Ipari Kft", "Brenor Limited"], {}),
])
def test_bracketed_names(text: str, names: list[str], joined: dict[int, int]) -> None:
    assert bracketed_names(_bodies(text, names), text) == joined


def test_a_short_name_of_both_bracketed_names_joins_them() -> None:
    text = "The firm Brenor Ipari Kft. (Brenor Limited) bought the plant. Brenor said the deal was done."
    actors = _bodies(text, ["Brenor Ipari Kft", "Brenor Limited", "Brenor"])
    moves = merge_map(actors, text, kb=load_kb())
    assert moves.get(1) == 0 and moves.get(2) == 0


def test_a_short_name_of_two_bodies_joins_neither() -> None:
    text = "Brenor Ipari Kft bought the plant from Brenor Limited. Brenor said the deal was done."
    actors = _bodies(text, ["Brenor Ipari Kft", "Brenor Limited", "Brenor"])
    assert 2 not in merge_map(actors, text, kb=load_kb())
