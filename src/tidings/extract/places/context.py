"""The countries around a toponym, which decide between places of the same name.

Two kinds of evidence, strongest first:

* A *description* of the place: a common noun of settlement ("port", "city", "enclave")
  modified by a demonym or a country name ("the north Lebanese port", "Lebanon's second
  city"). It describes a toponym when it is built on it ("the Lebanese port of Tripoli"),
  stands beside it as an apposition ("Tripoli, the Lebanese port city"; "the port city
  Tripoli"), or, as a definite description later in the sentence (or the next sentence of the
  paragraph), refers back to the nearest toponym before it ("militias in Tripoli as shells
  crashed into the north Lebanese port"). What a description says of one mention holds for
  every mention of that name in the article: one article, one Tripoli.
* The countries *named* around the toponym, by tier: its sentence, its paragraph, the
  article. A country is named by a demonym ("Lebanese"), a name with a single reading (a
  country, a unique city) or an actor resolved to it. An actor whose own name contains the
  toponym ("rival militias in Tripoli") is not evidence for it: its country was read off
  that same name and would only echo the reading being decided.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from ...gazetteer import Gazetteer, Place, normalize
from ...schema import Actor

SETTLEMENT_NOUNS = {"city", "town", "village", "capital", "port", "seaport", "enclave", "province", "region",
                    "district", "state", "county", "island", "governorate", "oblast", "resort", "metropolis",
                    "municipality", "settlement", "stronghold", "suburb", "hometown"}
_SETTLEMENT_RE = re.compile(r"\b(?:" + "|".join(sorted(SETTLEMENT_NOUNS | {n + "s" for n in SETTLEMENT_NOUNS} | {
    n[:-1] + "ies" for n in SETTLEMENT_NOUNS if n.endswith("y")}, key=len, reverse=True)) + r")\b")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]*")
MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
DEFINITE = {"the", "this", "that"}
# a description after these prepositions names a second place, not the one before it
AWAY_PREPS = {"near", "to", "toward", "towards", "from", "outside", "beyond", "past", "off", "between", "with",
              "for", "via", "than"}


@dataclass(frozen=True)
class Description:
    """A settlement noun phrase with a country modifier ("the north Lebanese port")."""

    start: int
    end: int
    text: str
    country: str  # ISO3
    head: int  # token index of the settlement noun
    definite: bool
    away: bool  # governed by a preposition that points to another place ("near the Syrian town")
    named: bool  # carries its own name ("the Lebanese town of Halba"), so it refers back to nothing


def _country_of_modifier(tok: Any, gaz: Gazetteer) -> str | None:
    """ISO3 of a modifier that is a demonym or a country name ("South Korean", "Lebanon's")."""
    words = [t for t in tok.subtree if t.dep_ != "case" and t.tag_ != "POS"]
    texts = [" ".join(t.text for t in words), tok.text] if len(words) > 1 else [tok.text]
    for text in texts:
        if not text[:1].isupper():
            continue
        iso3 = gaz.demonym(text)
        if iso3:
            return iso3
        for place, primary in gaz.candidates(text):
            if primary and place.feature == "country":
                return place.country
    return None


def find_descriptions(doc: Any, gaz: Gazetteer, text: str | None = None) -> list[Description]:
    """Every settlement noun phrase of the text whose modifier names a country."""
    out: list[Description] = []
    for m in _SETTLEMENT_RE.finditer(doc.text if text is None else text):
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if not tok.is_lower or tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in SETTLEMENT_NOUNS:
            continue
        iso3 = None
        for child in tok.lefts:
            if child.dep_ in MODIFIER_DEPS:
                iso3 = _country_of_modifier(child, gaz)
                if iso3:
                    break
        if iso3 is None:
            continue
        first = tok.left_edge
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.lefts) or any(
            c.dep_ == "poss" for c in tok.lefts)
        away = tok.dep_ == "pobj" and tok.head.lower_ in AWAY_PREPS
        named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
            for c in tok.children) or (tok.dep_ in ("compound", "appos") and tok.head.pos_ == "PROPN")
        out.append(Description(first.idx, tok.idx + len(tok.text), doc[first.i:tok.i + 1].text, iso3, tok.i,
                               definite, away, named))
    return out


def _between(text: str, a: int, b: int) -> str | None:
    return text[a:b] if a <= b else None


_STRENGTH = {"of": 0, "apposition": 1, "beside": 2}


def describes(desc: Description, cand_start: int, cand_end: int, cand_tok: Any, text: str) -> str | None:
    """How ``desc`` is tied to the toponym at ``[cand_start, cand_end)``, or ``None``.

    ``"of"`` (built on it), ``"apposition"`` (by the parse), ``"beside"`` (next to it, or
    separated by a comma only), or ``None`` when not directly tied; anaphora is decided by :func:`link_descriptions`.
    """
    if cand_tok is not None:
        if cand_tok.dep_ == "pobj" and cand_tok.head.lower_ == "of" and cand_tok.head.head.i == desc.head:
            return "of"
        if cand_tok.dep_ in ("appos", "compound") and cand_tok.head.i == desc.head:
            return "apposition"
        head = cand_tok.doc[desc.head]
        if head.dep_ in ("appos", "compound") and head.head.i == cand_tok.i:
            return "apposition"
    for gap in (_between(text, cand_end, desc.start), _between(text, desc.end, cand_start)):
        if gap is not None and gap.strip() in (",", ""):
            return "beside"
    return None


def link_descriptions(descriptions: Sequence[Description], spans: Sequence[tuple[int, int, Any]], text: str,
                      sentence_of: Any, paragraph_of: Any) -> dict[int, list[tuple[Description, str]]]:
    """Which candidate each description describes: index into ``spans`` -> [(description, how)].

    ``spans`` are the candidates' ``(start, end, root token)`` in text order;
    ``sentence_of``/``paragraph_of`` map a character offset to the bounds that contain it.
    """
    out: dict[int, list[tuple[Description, str]]] = {}
    for desc in descriptions:
        if any(s <= desc.end - 1 and desc.end <= e for s, e, _ in spans):
            continue  # the description is itself a candidate ("the Chinese capital")
        tied = [(_STRENGTH[how], i, how) for i, (s, e, tok) in enumerate(spans)
                if not (s < desc.end and desc.start < e)  # "Lebanon" in "Lebanon's second city" is its modifier
                and (how := describes(desc, s, e, tok, text)) is not None]
        if tied:
            best = min(t[0] for t in tied)  # "Tripoli, the Syrian port of Latakia" describes Latakia only
            for strength, i, how in tied:
                if strength == best:
                    out.setdefault(i, []).append((desc, how))
            continue
        if not desc.definite or desc.away or desc.named:
            continue
        s0, _s1 = sentence_of(desc.start)
        p0, _p1 = paragraph_of(desc.start)
        before = [i for i, (s, e, _) in enumerate(spans) if e <= desc.start and s >= p0
                  and not (s < desc.end and desc.start < e)]
        if not before:
            continue
        i = before[-1]
        if spans[i][0] < s0 and _previous_sentence_start(sentence_of, s0, p0) > spans[i][0]:
            continue  # two sentences back is too far for a definite description
        out.setdefault(i, []).append((desc, "anaphora"))
    return out


def _previous_sentence_start(sentence_of: Any, s0: int, floor: int) -> int:
    if s0 <= floor:
        return s0
    return sentence_of(max(floor, s0 - 1))[0]


class CountryContext:
    """The countries named in each stretch of an article, gathered once per article.

    Positions are character offsets; ``countries(start, end, ...)`` answers for any stretch
    without rescanning the text.
    """

    def __init__(self, text: str, gaz: Gazetteer, actors: Iterable[Actor]) -> None:
        words: list[tuple[int, str]] = []
        for m in _CAPITALISED.finditer(text):  # the text, not the tokens: a Token per word is costly
            iso3 = gaz.demonym(m.group())
            if iso3:
                words.append((m.start(), iso3))
        self.words = words
        self.word_starts = [w[0] for w in words]
        self.actors = [a for a in actors if a.country]
        self.places: list[tuple[int, int, Place]] = []

    def add_places(self, places: Iterable[tuple[int, int, Place]]) -> None:
        self.places.extend(places)

    def countries(self, start: int, end: int, exclude: tuple[int, int] | None = None,
                  echo: str | None = None) -> set[str]:
        """Countries named in ``[start, end)``, less the place at ``exclude`` and actors whose
        name contains the toponym ``echo``."""
        out: set[str] = set()
        lo, hi = bisect.bisect_left(self.word_starts, start), bisect.bisect_left(self.word_starts, end)
        out.update(iso3 for _, iso3 in self.words[lo:hi])
        key = normalize(echo) if echo else None
        for actor in self.actors:
            if key and key in normalize(actor.name):
                continue
            if any(start <= m.span.start < end and not _overlap(m.span.start, m.span.end, exclude)
                   for m in actor.mentions):
                out.add(actor.country)  # type: ignore[arg-type]
        for s, e, place in self.places:
            if start <= s < end and place.country and not _overlap(s, e, exclude):
                out.add(place.country)
        return out


def _overlap(s: int, e: int, other: tuple[int, int] | None) -> bool:
    return other is not None and s < other[1] and other[0] < e


__all__ = ["CountryContext", "Description", "describes", "find_descriptions", "link_descriptions"]
