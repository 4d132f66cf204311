"""People the article described by a common noun, called by that noun again.

"Keith Ashfield, a powerful businessman, was arrested. The businessman denied the charges": the
article said what Ashfield is, and "the businessman" after it is Ashfield, not a nameless
businessman of its own. A title is followed to the one person holding such an office elsewhere
(:func:`tidings.extract.actors.cluster.cluster`); a description is followed here, to the one person
the article described by that noun before it: by an appositive ("Ashfield, a powerful
businessman") or by the noun before the name ("powerful businessman Keith Ashfield").

Only a definite singular description of no one's ("the businessman", "the veteran activist"; not
"a businessman", "the businessmen", "his lawyer", "the Ostrian businessman") whose head noun is the
head of such a description is read so; two people described by the same noun leave it alone, and
so does a description told before anyone was described by it.
"""

from __future__ import annotations

from typing import Any

from .mention import Cand

# Ties by which a word before a description's head says whose, which or how many it is: such a
# description picks someone out by more than the noun ("his lawyer", "the Ostrian businessman",
# "the two activists") and is left alone.
_PICKING_TIES = frozenset({"poss", "nummod"})


def _noun(tok: Any) -> str:
    return tok.lemma_.lower()


def _descriptions(cands: list[Cand], doc: Any) -> list[tuple[str, int, Cand]]:
    """(head noun, where the description starts, the person) of every description the article gave
    a person: their absorbed appositives ("The officer, a 24-year-old soldier": the officer is the
    soldier), and a common noun inside a named person's mention before the name itself."""
    out = []
    for c in cands:
        if c.kind == "appositive" and c.owner is not None and c.head >= 0 and doc[c.head].tag_ == "NN":
            out.append((_noun(doc[c.head]), c.start, c.owner))
        elif c.kind in {"name", "honorific"} and c.res.kind == "person":
            out += [(_noun(t), c.start, c) for t in doc[c.start:c.end] if t.pos_ == "NOUN" and t.tag_ == "NN"
                    and t.text.islower()]
    return out


def _described_again(doc: Any, c: Cand) -> bool:
    """Whether a candidate is a definite singular description of no one's: "the (veteran) businessman"."""
    if c.kind != "nominal" or c.res.named is not None or c.head < 0 or not c.key.startswith("nominal:"):
        return False
    head = doc[c.head]
    if head.tag_ != "NN" or not any(k.dep_ == "det" and k.lower_ == "the" for k in head.children):
        return False
    return not any(k.dep_ in _PICKING_TIES or k.pos_ == "PROPN" or k.ent_type_ for k in head.children if k.i < head.i)


def join_described_people(cands: list[Cand], doc: Any) -> None:
    """Move every definite description of a person the article described before it by the same
    noun into that person, when exactly one person was so described."""
    described = _descriptions(cands, doc)
    if not described:
        return
    for c in cands:
        if not _described_again(doc, c):
            continue
        noun = _noun(doc[c.head])
        people = {p.key: p for n, start, p in described if n == noun and start < c.start and p.key and c is not p}
        if len(people) == 1:
            person = next(iter(people.values()))
            c.key, c.res, c.owner = person.key, person.res, person


__all__ = ["join_described_people"]
