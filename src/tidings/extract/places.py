"""The ``places`` component: toponyms of the text, resolved offline with the gazetteer.

Candidates are spaCy's GPE, LOC and FAC entities (less bare demonyms: "Sri Lankan" is not a
place); capitalised words that the gazetteer knows, whatever spaCy labelled them, after a
locative preposition ("in Kyiv" tagged PERSON), before a place noun ("the Jaffna
peninsula") or as the object of a verb acting on places ("shut down Kathmandu" tagged
ORG); and descriptions built from a demonym or a country and the word *capital* ("the
Chinese capital", "Lebanon's capital"), which take in the capital's name when the text
gives it ("East Timor's capital Dili"). Each is resolved in two passes: first the names
with a single reading (countries, unique cities) and the actors' countries give the
article's countries; then every name is ranked with those countries, and the sentence's
own, as context. An actor whose mention is the toponym itself ("militias in Tripoli"
resolved by the actor stage) does not count as context for that toponym: it would only
echo an earlier reading of the same name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterable

from ..gazetteer import Gazetteer, Place, load_gazetteer
from ..registry import Resources
from ..schema import Actor, ArticleResult, Location, Provenance, Span

COMPONENT = "tidings.places.v1"
ENTITY_LABELS = ("GPE", "LOC", "FAC")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "to",
                  "into", "from", "toward", "towards", "outside"}
DIRECTIONS = {"west", "east", "north", "south", "western", "eastern", "northern", "southern"}
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "state", "enclave", "port",
               "county", "island", "governorate", "oblast"}
CAPITAL_RE = re.compile(r"(?P<desc>\b(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?P<poss>\u2019s|'s)?\s+capital\b)"
                        r"(?:,?\s+(?:city\s+(?:of\s+)?)?(?P<name>[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+)?))?")
PLACE_SUFFIX_NOUNS = {"peninsula", "province", "region", "district", "valley", "governorate", "oblast", "county",
                      "enclave", "island", "islands", "strip"}
PLACE_OBJECT_VERBS = {"block", "blockade", "shut", "close", "seize", "capture", "occupy", "storm", "raid", "besiege",
                      "surround", "encircle", "enter", "invade", "visit", "tour", "shell", "bomb", "bombard",
                      "attack", "overrun", "recapture", "retake", "liberate", "paralyse", "paralyze", "evacuate"}


@dataclass(frozen=True)
class Candidate:
    """A toponym of the text before resolution."""

    start: int
    end: int
    text: str
    rule: str
    place: Place | None = None  # already resolved (descriptions like "the Chinese capital")
    within: str | None = None  # a qualifier the text gives ("Paris, Texas")


def gazetteer(resources: Resources) -> Gazetteer:
    return resources.get("gazetteer", load_gazetteer)


def _strip_the(text: str, start: int) -> tuple[str, int]:
    m = re.match(r"(?i)the\s+", text)
    if m and len(text) > m.end():
        return text[m.end():], start + m.end()
    return text, start


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)


def _capital_candidates(doc: Any, gaz: Gazetteer) -> Iterable[Candidate]:
    for m in CAPITAL_RE.finditer(doc.text):
        who = m["who"]
        iso3 = gaz.demonym(who) if not m["poss"] else None
        if iso3 is None:
            res = gaz.resolve(who)
            iso3 = res.place.country if res and res.place.feature == "country" else None
        cap = gaz.capital(iso3) if iso3 else None
        if cap is None:
            continue
        named = m["name"] and any(p == cap for p, _ in gaz.candidates(m["name"]))
        end = m.end("name") if named else m.end("desc")
        yield Candidate(m.start(), end, doc.text[m.start():end], "capital-description", cap)


def _qualifier(doc: Any, end_char: int, gaz: Gazetteer) -> str | None:
    """The region or country named right after a comma ("Paris, Texas")."""
    m = re.match(r",\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)", doc.text[end_char:end_char + 40])
    if not m:
        return None
    for cand, _ in gaz.candidates(m.group(1)):
        if cand.feature in ("region", "country"):
            return m.group(1)
    return None


def _introduces_place(tok: Any) -> bool:
    """A preposition of place, "town of", or a place noun before a name ("the capital Kabul")."""
    if tok.lower_ in LOCATIVE_PREPS:
        return True
    if tok.lower_ == "of" and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in PLACE_NOUNS:
        return True
    return tok.lemma_.lower() in PLACE_NOUNS and tok.is_lower


def _place_context(ent: Any) -> str | None:
    """Why a known name labelled PERSON/ORG/NORP is a place here, or ``None``.

    After a locative preposition ("in Kyiv"), before a lowercase place noun ("the Jaffna
    peninsula"), or as the object of a verb that acts on places ("shut down Kathmandu").
    """
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and _introduces_place(prev):
        return "after-prep"
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.lower_ in PLACE_SUFFIX_NOUNS:
        return "before-place-noun"
    root = ent.root
    if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS:
        return "object-of-place-verb"
    return None


def _gazetteer_candidates(doc: Any, gaz: Gazetteer) -> Iterable[Candidate]:
    """Capitalised tokens after a locative preposition or place noun that name a known place."""
    for tok in doc:
        if not _introduces_place(tok) or tok.i + 1 >= len(doc):
            continue
        i = tok.i + 1
        if doc[i].lower_ == "the":
            i += 1
        j = i
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j - i < 4:
            j += 1
        # the longest run of capitalised words that the gazetteer knows
        for k in range(j, i, -1):
            text = doc[i:k].text
            if gaz.contains(text) and not gaz.demonym(text):
                yield Candidate(doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text), text, "gazetteer-after-prep")
                break


def find_candidates(doc: Any, gaz: Gazetteer) -> list[Candidate]:
    """All toponym candidates, overlaps resolved in favour of the longer span."""
    found: list[Candidate] = list(_capital_candidates(doc, gaz))
    for ent in doc.ents:
        text, start = _strip_the(ent.text, ent.start_char)
        text = _strip_possessive(text)
        if ent.label_ in ENTITY_LABELS:
            if gaz.demonym(text) and not gaz.contains(text):
                continue  # "Sri Lankan" tagged GPE is a nationality, not a place
            found.append(Candidate(start, start + len(text), text, f"ner-{ent.label_.lower()}",
                                   within=_qualifier(doc, ent.end_char, gaz)))
        elif ent.label_ in ("PERSON", "ORG", "NORP") and gaz.contains(text) and not gaz.demonym(text):
            # spaCy's label is wrong for a known place used as one ("in Kyiv" as PERSON)
            why = _place_context(ent)
            if why is not None:
                rule = f"gazetteer-relabel-{ent.label_.lower()}" + ("" if why == "after-prep" else f"-{why}")
                found.append(Candidate(start, start + len(text), text, rule))
    found.extend(_gazetteer_candidates(doc, gaz))
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _sentence_of(doc: Any, char: int) -> tuple[int, int]:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0, len(doc.text)
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _overlaps(span: Span, other: tuple[int, int] | None) -> bool:
    return other is not None and span.start < other[1] and other[0] < span.end


def _countries_in(doc: Any, start: int, end: int, gaz: Gazetteer, actors: Iterable[Actor],
                  resolved: dict[tuple[int, int], Place], exclude: tuple[int, int] | None = None) -> set[str]:
    """Countries a stretch of text names: actors' countries, demonyms, unambiguous places."""
    out: set[str] = set()
    for actor in actors:
        if actor.country and any(start <= m.span.start < end and not _overlaps(m.span, exclude) for m in actor.mentions):
            out.add(actor.country)
    for tok in doc.char_span(start, end, alignment_mode="expand") or ():
        if tok.text[:1].isupper():
            iso3 = gaz.demonym(tok.text)
            if iso3:
                out.add(iso3)
    for (s, _e), place in resolved.items():
        if start <= s < end and place.country:
            out.add(place.country)
    return out


def resolve_candidates(doc: Any, candidates: list[Candidate], gaz: Gazetteer,
                       actors: tuple[Actor, ...] = ()) -> list[Location]:
    """Resolve candidates to locations with the article's and each sentence's countries as context."""
    sure: dict[tuple[int, int], Place] = {}
    for c in candidates:
        if c.place is not None:
            sure[(c.start, c.end)] = c.place
            continue
        cands = gaz.candidates(c.text)
        if len(cands) == 1 or (cands and cands[0][0].feature == "country"):
            sure[(c.start, c.end)] = cands[0][0]
    places_and_words = {p.country for p in sure.values() if p.country}
    places_and_words |= _countries_in(doc, 0, len(doc.text), gaz, (), {})
    out: list[Location] = []
    for c in candidates:
        span = Span(c.start, c.end, doc.text[c.start:c.end])
        if c.place is not None:
            prov = Provenance(COMPONENT, c.rule, 0.9, f"capital of {c.place.country}")
            out.append(c.place.to_location(span, prov))
            continue
        s0, s1 = _sentence_of(doc, c.start)
        sentence = _countries_in(doc, s0, s1, gaz, actors, {k: v for k, v in sure.items() if k != (c.start, c.end)},
                                 exclude=(c.start, c.end))
        article = places_and_words | {a.country for a in actors if a.country and any(
            not _overlaps(m.span, (c.start, c.end)) for m in a.mentions)}
        res = gaz.resolve(c.text, article, sentence, within=c.within)
        if res is None:
            if c.text.lower() in DIRECTIONS:
                continue  # "the West" is a bloc, not a place
            out.append(Location(name=c.text, span=span, provenance=Provenance(
                COMPONENT, c.rule, 0.2, "not in the gazetteer: name kept unresolved")))
            continue
        out.append(res.place.to_location(span, Provenance(COMPONENT, c.rule, res.score, res.reason)))
    return out


def extract_places(doc: Any, gaz: Gazetteer, actors: tuple[Actor, ...] = ()) -> list[Location]:
    return resolve_candidates(doc, find_candidates(doc, gaz), gaz, actors)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``places``: every toponym with its GeoNames-style resolution and span."""
    return dataclasses.replace(draft, places=tuple(extract_places(doc, gazetteer(resources), draft.actors)))


__all__ = ["COMPONENT", "Candidate", "extract_places", "find_candidates", "gazetteer", "resolve_candidates", "run"]
