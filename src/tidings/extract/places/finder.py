"""The ``places`` component: toponyms of the text, resolved offline with the gazetteer.

Candidates are spaCy's GPE, LOC and FAC entities (less bare demonyms: "Sri Lankan" is not a
place); capitalised words that the gazetteer knows, whatever spaCy labelled them, after a
locative preposition ("in Kyiv" tagged PERSON), before a place noun ("the Jaffna
peninsula") or as the object of a verb acting on places ("shut down Kathmandu" tagged
ORG); and descriptions built from a demonym or a country and the word *capital* ("the
Chinese capital", "Lebanon's capital"), which take in the capital's name when the text
gives it ("East Timor's capital Dili"). Each is resolved in two passes: first the names
with a single reading (countries, unique cities) and the actors' countries give the
countries named in each sentence, paragraph and the article; then every name is ranked
with those tiers and with what descriptions of the place say ("the north Lebanese port",
"Lebanon's second city"), see :mod:`tidings.extract.places.finder.context`. An actor whose mention
or name is the toponym itself ("militias in Tripoli" resolved by the actor stage) does not
count as context for that toponym: it would only echo an earlier reading of the same name.
A description tied to the name also keeps a place the gazetteer lacks, or has only abroad
("the Bosnian town of Srebrenica"), in the country it gives.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from ...gazetteer import Gazetteer, Place, load_gazetteer, normalize
from ...registry import Resources
from ...schema import Actor, ArticleResult, Location, Provenance, Span
from ..common import doc_text, token_at
from .context import CountryContext, find_descriptions, link_descriptions

COMPONENT = "tidings.places.v1"
ENTITY_LABELS = ("GPE", "LOC", "FAC")
DATE_LABELS = ("DATE", "TIME")  # a word spaCy reads as part of a date is not a place
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "to",
                  "into", "from", "toward", "towards", "outside"}
DIRECTIONS = {"west", "east", "north", "south", "western", "eastern", "northern", "southern"}
PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "state", "enclave", "port",
               "county", "island", "governorate", "oblast"}
CAPITAL_RE = re.compile(r"(?P<desc>\b(?:the\s+)?(?P<who>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?P<poss>\u2019s|'s)?\s+capital\b)"
                        r"(?:,?\s+(?:city\s+(?:of\s+)?)?(?P<name>[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+)?))?")
_QUALIFIER_RE = re.compile(r",\s+([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)")
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
    apposed_to: str | None = None  # the place noun the name stands beside ("the capital, Lindau")


def gazetteer(resources: Resources) -> Gazetteer:
    return resources.get("gazetteer", load_gazetteer)


def _strip_the(text: str, start: int) -> tuple[str, int]:
    m = re.match(r"(?i)the\s+", text)
    if m and len(text) > m.end():
        return text[m.end():], start + m.end()
    return text, start


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text)


def _capital_candidates(text: str, gaz: Gazetteer) -> Iterable[Candidate]:
    for m in CAPITAL_RE.finditer(text):
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
        yield Candidate(m.start(), end, text[m.start():end], "capital-description", cap)


def _qualifier(text: str, end_char: int, gaz: Gazetteer) -> str | None:
    """The region or country named right after a comma ("Paris, Texas")."""
    m = _QUALIFIER_RE.match(text, end_char)
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
    if tok.lower_ == "of" and tok.i > 0 and (tok.doc[tok.i - 1].lemma_.lower() in PLACE_NOUNS or
                                             tok.doc[tok.i - 1].lower_ == "out"):
        return True  # "the town of X", "shipped out of X"
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


def _apposed_noun(ent: Any) -> str | None:
    """The lowercase place noun that a name is the apposition of ("the capital, X"; "the town, X"):
    the noun makes it a place whatever spaCy labelled the name and whether or not the gazetteer
    knows it."""
    root = ent.root
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and head.is_lower and head.lemma_.lower() in PLACE_NOUNS:
        return head.lemma_.lower()
    return None


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


_INTRO_WORDS = LOCATIVE_PREPS | {"of"} | PLACE_NOUNS | {_plural(n) for n in PLACE_NOUNS}
# a word that may introduce a place, followed by a capitalised word: only these are worth a token
_INTRO_RE = re.compile(r"\b([A-Za-z]+)\s+(?:[Tt]he\s+)?(?=[A-Z])")


def _introducers(doc: Any, text: str) -> Iterator[Any]:
    """The tokens that introduce a place, found in the text first: building a spaCy token for
    every word of the article costs more than the whole look-up."""
    for m in _INTRO_RE.finditer(text):
        if m.group(1).lower() not in _INTRO_WORDS:
            continue
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and len(span) == 1 and _introduces_place(span[0]):
            yield span[0]


def _gazetteer_candidates(doc: Any, gaz: Gazetteer, text: str) -> Iterable[Candidate]:
    """Capitalised tokens after a locative preposition or place noun that name a known place."""
    for tok in _introducers(doc, text):
        if tok.i + 1 >= len(doc):
            continue
        i = tok.i + 1
        if doc[i].lower_ == "the":
            i += 1
        j = i
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j - i < 4 \
                and doc[j].ent_type_ not in DATE_LABELS:  # "in March": a month, not March in England
            j += 1
        # the longest run of capitalised words that the gazetteer knows
        for k in range(j, i, -1):
            text = doc[i:k].text
            if gaz.contains(text) and not gaz.demonym(text):
                yield Candidate(doc[i].idx, doc[k - 1].idx + len(doc[k - 1].text), text, "gazetteer-after-prep")
                break


def find_candidates(doc: Any, gaz: Gazetteer, text: str | None = None) -> list[Candidate]:
    """All toponym candidates, overlaps resolved in favour of the longer span.

    ``text`` is the document's text when the caller has it (spaCy rebuilds ``doc.text`` from
    the tokens on every access)."""
    text = doc.text if text is None else text
    found: list[Candidate] = list(_capital_candidates(text, gaz))
    for ent in doc.ents:
        name, start = _strip_the(ent.text, ent.start_char)
        name = _strip_possessive(name)
        if ent.label_ in ENTITY_LABELS:
            if gaz.demonym(name) and not gaz.contains(name):
                continue  # "Sri Lankan" tagged GPE is a nationality, not a place
            if ent.root.dep_ == "compound" and ent.root.head.ent_type_ in DATE_LABELS:
                continue  # "Super Tuesday": a word of a named day
            found.append(Candidate(start, start + len(name), name, f"ner-{ent.label_.lower()}",
                                   within=_qualifier(text, ent.end_char, gaz), apposed_to=_apposed_noun(ent)))
        elif ent.label_ in ("PERSON", "ORG") and (noun := _apposed_noun(ent)) is not None:
            found.append(Candidate(start, start + len(name), name, f"apposition-of-{noun}", apposed_to=noun))
        elif ent.label_ in ("PERSON", "ORG", "NORP") and gaz.contains(name) and not gaz.demonym(name):
            # spaCy's label is wrong for a known place used as one ("in Kyiv" as PERSON)
            why = _place_context(ent)
            if why is not None:
                rule = f"gazetteer-relabel-{ent.label_.lower()}" + ("" if why == "after-prep" else f"-{why}")
                found.append(Candidate(start, start + len(name), name, rule))
    found.extend(_gazetteer_candidates(doc, gaz, text))
    chosen: list[Candidate] = []
    for c in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


class _Bounds:
    """Sentence and paragraph bounds of an article, looked up by character offset."""

    def __init__(self, doc: Any, text: str) -> None:
        self.sents = [(s.start_char, s.end_char) for s in doc.sents] or [(0, len(text))]
        self.sent_starts = [s for s, _ in self.sents]
        paras, pos = [], 0
        for block in text.split("\n"):
            paras.append((pos, pos + len(block)))
            pos += len(block) + 1
        self.paras = paras
        self.para_starts = [s for s, _ in paras]
        self.length = len(text)

    def sentence(self, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, char) - 1
        return self.sents[i] if i >= 0 else (0, self.length)

    def paragraph(self, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.para_starts, char) - 1
        return self.paras[i] if i >= 0 else (0, self.length)


def _described(doc: Any, text: str, candidates: list[Candidate], gaz: Gazetteer,
               bounds: _Bounds) -> list[tuple[dict[str, str], set[str]]]:
    """For each candidate, the countries descriptions give its name anywhere in the article
    (country -> description), and those that a description tied to the name itself gives
    (built on it or beside it, not referring back)."""
    spans = [(c.start, c.end, token_at(doc, Span(c.start, c.end, c.text))) for c in candidates]
    links = link_descriptions(find_descriptions(doc, gaz, text), spans, text, bounds.sentence, bounds.paragraph)
    by_name: dict[str, dict[str, str]] = {}
    direct: dict[str, set[str]] = {}
    for i, found in links.items():
        key = normalize(candidates[i].text)
        for desc, how in found:
            by_name.setdefault(key, {}).setdefault(desc.country, desc.text)
            if how != "anaphora":
                direct.setdefault(key, set()).add(desc.country)
    return [(dict(by_name.get(k, {})), set(direct.get(k, ()))) for k in (normalize(c.text) for c in candidates)]


def resolve_candidates(doc: Any, candidates: list[Candidate], gaz: Gazetteer,
                       actors: tuple[Actor, ...] = (), text: str | None = None) -> list[Location]:
    """Resolve candidates with descriptions of the place and the countries named around it
    (sentence, paragraph, article) as context; see :mod:`tidings.extract.places.finder.context`."""
    text = doc.text if text is None else text
    bounds = _Bounds(doc, text)
    sure: dict[tuple[int, int], Place] = {}
    for c in candidates:
        if c.place is not None:
            sure[(c.start, c.end)] = c.place
            continue
        cands = gaz.candidates(c.text)
        country = next((p for p, primary in cands if primary and p.feature == "country"), None)
        if country is not None or len(cands) == 1:  # a country outranks every town of its name
            sure[(c.start, c.end)] = country or cands[0][0]
    context = CountryContext(text, gaz, actors)
    context.add_places((s, e, p) for (s, e), p in sure.items())
    described = _described(doc, text, candidates, gaz, bounds)
    out: list[Location] = []
    for c, (desc, direct) in zip(candidates, described):
        span = Span(c.start, c.end, text[c.start:c.end])
        if c.place is not None:
            prov = Provenance(COMPONENT, c.rule, 0.9, f"capital of {c.place.country}")
            out.append(c.place.to_location(span, prov))
            continue
        own = (c.start, c.end)
        sentence = context.countries(*bounds.sentence(c.start), exclude=own, echo=c.text)
        paragraph = context.countries(*bounds.paragraph(c.start), exclude=own, echo=c.text)
        article = context.countries(0, len(text), exclude=own, echo=c.text)
        res = gaz.resolve(c.text, article, sentence, within=c.within, paragraph_countries=paragraph, described=desc)
        if c.apposed_to == "capital" and (res is None or gaz.capital(res.place.country or "") != res.place):
            # "the capital, Lindau": a namesake town that is no country's capital is not it
            iso3 = next((i for i in sorted(sentence) if (cap := gaz.capital(i)) is not None
                         and normalize(cap.name) == normalize(c.text)), None)
            out.append(Location(name=c.text, country=iso3, feature="city", span=span, provenance=Provenance(
                COMPONENT, c.rule, 0.35, "apposition of 'capital': a place by the text; no capital of that name "
                "among the sentence's countries, so no country")))
            continue
        if res is not None and direct and res.place.feature == "city" and res.place.country not in direct:
            # "the besieged Syrian town of Madaya": a town too small for the gazetteer must not
            # become a namesake abroad; the description gives its country
            iso3 = sorted(direct)[0]
            out.append(Location(name=c.text, country=iso3, feature="place", span=span, provenance=Provenance(
                COMPONENT, c.rule, 0.4, f"described as {desc[iso3]!r} but no place of that name in {iso3} is "
                f"in the gazetteer: name kept, country from the description")))
            continue
        if res is None:
            if c.text.lower() in DIRECTIONS:
                continue  # "the West" is a bloc, not a place
            iso3 = sorted(direct)[0] if direct else None
            if iso3 is not None:
                why = f"not in the gazetteer: name kept, country from the description {desc[iso3]!r}"
            else:
                iso3, why = _country_around(doc, c, gaz, sentence, paragraph)
            out.append(Location(name=c.text, country=iso3, feature="place" if iso3 else None, span=span,
                                provenance=Provenance(COMPONENT, c.rule, 0.3 if direct else 0.25 if iso3 else 0.2, why)))
            continue
        out.append(res.place.to_location(span, Provenance(COMPONENT, c.rule, res.score, res.reason)))
    return out


def _country_around(doc: Any, c: Candidate, gaz: Gazetteer, sentence: set[str], paragraph: set[str]
                    ) -> tuple[str | None, str]:
    """The country of a toponym the gazetteer lacks: the country its own "in" phrase names ("a camp
    at Ain Qarsa in northern Syria"), else the one country its sentence names, else the one its
    paragraph names; none where they name none or several."""
    tok = token_at(doc, Span(c.start, c.end, c.text))
    for prep in (ch for ch in (tok.children if tok is not None else ()) if ch.dep_ == "prep" and ch.lower_ == "in"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            words = " ".join(w.text for w in obj.subtree if w.pos_ == "PROPN")
            country = next((p for p, primary in gaz.candidates(words) if primary and p.feature == "country"), None)
            if country is not None and country.country:
                return country.country, f"not in the gazetteer: name kept, in {words!r} by the text"
    for tier, found in (("sentence", sentence), ("paragraph", paragraph)):
        if len(found) == 1:
            (iso3,) = found
            return iso3, f"not in the gazetteer: name kept, country the only one its {tier} names"
        if found:
            break
    return None, "not in the gazetteer: name kept unresolved"


def extract_places(doc: Any, gaz: Gazetteer, actors: tuple[Actor, ...] = (), text: str | None = None
                   ) -> list[Location]:
    """Every toponym of ``doc`` resolved; ``text`` is ``doc.text`` where the caller has it."""
    text = doc_text(doc, text)
    return resolve_candidates(doc, find_candidates(doc, gaz, text), gaz, actors, text)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``places``: every toponym with its GeoNames-style resolution and span."""
    return dataclasses.replace(draft, places=tuple(extract_places(doc, gazetteer(resources), draft.actors,
                                                                  draft.article.text)))


__all__ = ["COMPONENT", "Candidate", "extract_places", "find_candidates", "gazetteer", "resolve_candidates", "run"]
