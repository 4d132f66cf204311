"""People taken for bodies: a person named once in full and then by one word alone ("Rozalina" after
"Deputy Home Minister Rozalina Othman Karim", "Schaff" after "Adam Schaff", "Kavehi" after "Nafiseh
Rostami-Kavehi") that the tagger, or the quotes stage meeting it as a speaker, took for an
organisation, or that the events stage proposed as a participant of no type ("Ng" after "Ng Eng
Hen": a family name told first, which the tagger left untagged).

Read by the linker (:mod:`.link`). The lone word is the person (:func:`people_taken_for_bodies`) when:

- it was proposed as an organisation or a group with nothing else of a body: one capitalised word,
  named only (no description), with no country, sector, role or Wikidata id of its own (an untyped
  participant of the events stage, a "group", may be a place or a thing named after a person, so
  it is the person only when it opens their name: a family name told first or a forename);
- it is a whole word of the name of exactly one named person of the article (a forename, a surname
  or a part of a hyphenated one), mentioned before it;
- no body of the article has that word in its name ("Schaff" after "Schaff Industries" may be the
  company).

Unresolved is better than wrong: two people it may name, or a body it may shorten, leave it alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...schema import Actor
from .alike import NAMING, body_words, person_words, unnamed
from .variants import BODY_KINDS


_LONE_KINDS = frozenset({"organization", "group"})


def _first(a: Actor) -> int:
    return min((m.span.start for m in a.mentions), default=0)


def _lone_body(a: Actor) -> str | None:
    """The one word of a proposal typed as a body with nothing of a body but its type, or None."""
    words = person_words(a.name)
    if a.kind not in _LONE_KINDS or a.country or a.sector or a.role or a.wikidata or len(words) != 1 \
            or len(a.name.split()) != 1 or not a.name[:1].isupper() or not a.mentions \
            or not all(m.kind in NAMING for m in a.mentions):
        return None
    return words[0]


def _name_words(a: Actor) -> set[str]:
    """Every word of a named person's names."""
    names = [a.name] + [m.span.text for m in a.mentions if m.kind in NAMING]
    return {w for n in names for w in person_words(n)}


def _opens(word: str, person: Actor) -> bool:
    """Whether ``word`` is the first word of one of a person's names ("Ng" of "Ng Eng Hen")."""
    names = [person.name] + [m.span.text for m in person.mentions if m.kind in NAMING]
    return any(person_words(n)[:1] == [word] for n in names)


def people_taken_for_bodies(actors: Sequence[Actor]) -> dict[int, int]:
    """For each lone word taken for a body that names one person of the article met before it, the
    index of that person (see the module's rules)."""
    people = [(k, _name_words(b)) for k, b in enumerate(actors) if b.kind == "person" and not unnamed(b)]
    body_names = [set(body_words(b.name)) for b in actors if b.kind in BODY_KINDS and not unnamed(b)]
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        word = _lone_body(a)
        if word is None or sum(word in names for names in body_names) > 1:  # itself, and another body
            continue
        holders = [k for k, words in people if word in words and len(words) > 1
                   and (a.kind != "group" or _opens(word, actors[k]))]
        if len(holders) == 1 and _first(actors[holders[0]]) < _first(a):
            out[i] = holders[0]
    return out


__all__ = ["people_taken_for_bodies"]
