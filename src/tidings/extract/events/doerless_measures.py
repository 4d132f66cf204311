"""State measures told without their doer are the state's.

"A curfew had been imposed in Chad", "a state of emergency was declared in Peru": a curfew, a state
of emergency, a lockdown or martial law (word class ``events.implicit.state_measures``) is imposed
by the state on its own territory; told in the passive or by its noun alone, with no one named as
its doer, it is the government's of the country where it was imposed (guide, section 4.3: the doer
of an agentless passive when it is plain who acts; section 7: such a measure has no recipient).

The country is the one the event already holds as its recipient (a place target: "imposed in
Chad"), else the one its place phrase names: a country by name ("across Chad"), or a place in a
country the article has as an actor ("in Bamako", the article naming Mali). A place in no country
the article or the knowledge base knows ("in the town") leaves the measure without a doer, and so
does any clause with a subject or a "by" phrase (someone named did it, or the parse failed to
resolve whom: "rebels imposed a curfew").
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...schema import Event
from ..common import token_at, word_class
from .args import ActorBook
from .phrases import phrase_tokens, span_of

MEASURES = word_class("events.implicit.state_measures")
_PLACE_PREPS = frozenset({"in", "across", "throughout"})
_NAMED_DOER = frozenset({"nsubj", "agent"})
_OBJECTS = frozenset({"nsubjpass", "dobj"})
_MEASURE_DEPS = frozenset({"compound", "amod", "prep", "pobj"})  # "martial law", "state of emergency"


def _measure_noun(tok: Any) -> Any:
    """The noun phrase head of the measure a trigger names: itself, or its object or passive
    subject holding a measure word ("a curfew was imposed", "a state of emergency was declared",
    "martial law"), else None."""
    if any(t.lemma_.lower() in MEASURES for t in tok.subtree if t.dep_ in _MEASURE_DEPS or t is tok) \
            and tok.pos_ == "NOUN":
        return tok
    return next((c for c in tok.children if c.dep_ in _OBJECTS
                 and any(t.lemma_.lower() in MEASURES for t in c.subtree)), None)


def _places(tok: Any, noun: Any) -> list[Any]:
    return [g for h in (tok, noun) for p in h.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS
            for g in p.children if g.dep_ == "pobj"]


def _state_of(ev: Event, tok: Any, noun: Any, book: ActorBook) -> str | None:
    """The actor of the state where the measure was imposed (see the module docstring), or None."""
    held = next((r for r in ev.recipient if (a := book.get(r)) is not None and a.kind == "country"), None)
    if held is not None:
        return held
    for place in _places(tok, noun):
        text = span_of(phrase_tokens(place)).text
        code = book.countries.of_text(text)
        if code is None:
            continue
        state = book.countries.kb.countries.get(code)
        by_name = place.ent_type_ == "GPE" and state is not None and state.name.lower() in text.lower()
        found = book.state(code, place if by_name else None)
        if found is not None:
            return found
    return None


def state_measures(doc: Any, events: list[Event], book: ActorBook) -> list[Event]:
    """The events with the states that imposed their agentless measures."""
    out = []
    for ev in events:
        tok = token_at(doc, ev.trigger) if ev.event == "COERCE" and not ev.actor else None
        noun = _measure_noun(tok) if tok is not None else None
        if noun is None or any(c.dep_ in _NAMED_DOER for c in tok.children):
            out.append(ev)
            continue
        state = _state_of(ev, tok, noun, book)
        if state is None:
            out.append(ev)
            continue
        words = span_of(list(noun.subtree))  # "a state of emergency" names no recipient
        kept = tuple(r for r in ev.recipient if r != state and not any(
            words.start <= m.span.start and m.span.end <= words.end for m in book.get(r).mentions))
        out.append(dataclasses.replace(ev, actor=(state,), recipient=kept))
    return out


__all__ = ["MEASURES", "state_measures"]
