"""A state's own body called by its bare kind ("the Senate", "Parliament") after the article named
it with its state ("the Puerto Rico Senate", "the Senate of Puerto Rico", "the Kenyan Parliament").

The knowledge base resolves a bare kind to one state's body by default (the United States Senate,
the British Parliament), so the country it gives tells nothing against the article's own: the bare
kind joins the one body of the article whose name is that kind with the words of its state before
it or after "of". Where the article names two such bodies (both senates, or the state the knowledge
base would take as well), it joins none; a name that goes on after the kind ("the Puerto Rico
Senate Finance Committee") is another body.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...kb import KnowledgeBase
from ...kb.model import fold
from ...schema import Actor
from .alike import NAMING, body_words, names_country, unnamed
from .variants import BODY_KINDS


def _bare_kind(actor: Actor, kb: KnowledgeBase) -> list[str] | None:
    """The kind's words ("senate") if every name of ``actor`` the text gives is a bare kind of body."""
    texts = {" ".join(body_words(m.span.text)) for m in actor.mentions if m.kind in NAMING}
    if actor.kind not in BODY_KINDS or len(texts) != 1:
        return None
    (text,) = texts
    term = kb.sector_terms.get(text)
    return text.split() if term is not None and term.kind == "org" else None


def _of_its_state(text: str, kind: list[str], code: str, kb: KnowledgeBase) -> bool:
    """Whether a name is the ``kind`` with the state ``code`` named before it or after "of"."""
    words = [w for w in text.replace(",", "").split() if w.lower() != "the"]  # as written: the state's name
    folded = [fold(w) for w in words]
    n = len(kind)
    if len(words) > n and folded[-n:] == kind and names_country(words[:-n], code, kb):
        return True
    return folded[:n] == kind and folded[n:n + 1] == ["of"] and len(words) > n + 1 \
        and names_country(words[n + 1:], code, kb)


def bare_kinds(actors: Sequence[Actor], kb: KnowledgeBase) -> dict[int, int]:
    """For each body named only by its bare kind, the index of the one body of the article that is
    that kind of its own state, named with the state."""
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        kind = _bare_kind(a, kb)
        if kind is None:
            continue
        fits = [k for k, b in enumerate(actors) if k != i and b.kind in BODY_KINDS and b.country and not unnamed(b)
                and any(_of_its_state(t, kind, b.country, kb)
                        for t in {b.name} | {m.span.text for m in b.mentions if m.kind in NAMING})]
        if len(fits) == 1:
            out[i] = fits[0]
    return out


__all__ = ["bare_kinds"]
