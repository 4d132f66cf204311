"""Repair the tagger's entity spans before the finder reads them: one named entity cut into
pieces, or glued to the name after it.

Five classes, each over the text and the parse of one sentence:

1. A body's name with "and", "&", "of", "for" or commas inside, cut at them ("Vestmark Fire" +
   "Rescue"; "Grand Union of Rail" + "Transport Workers"; "the Ostrian League" + "the Defence of
   Human Rights"; "the Navy's Research and" + "Referral Hospital"). The pieces, with the connector
   words and capitalised field words between them ("Scientific and"), are one name when the left
   piece ends in a word that says what a body does or is (a field word: "Fire", "Rail",
   "League") and the right piece could name nothing alone: all its words are field words, it is
   no name the knowledge base knows, no lone sector noun ("Police"), no body's kind with its
   complement ("Ministry of Finance"), begins no noun phrase of its own ("and the ..."), and
   modifies no noun after the name ("the Ministry of Health and Defence officials" may be two
   bodies' people). Two bodies ("the Red Cross and Amnesty International") and two people
   ("Smith and Jones") stay apart: a piece of theirs has a word of its own. A person's name
   before "of" is the person of a body ("Dana Holt of Health Services"), never part of its name.
2. A person's name glued after the name of the body they speak for ("director of Amnesty
   International Tam Wing-lok said"): a body the knowledge base knows, then two or more
   capitalised words that are no field words and no name it knows ("Amnesty International
   Australia" is a body's branch), become the body and the person.
3. A company's name cut before its legal form ("KVT" + "Brenor Ipari Kft"): a body's name right
   before a piece that ends in a legal form is one company's name.
4. A person's name cut at a lower-case particle ("Jose Eduardo" + "dos" + "Santos", tagged a
   place, or "Tomas Eduardo" + "dos Varela", tagged nothing): a person's name, one or two particles
   (:data:`~tidings.kb.model.NAME_PARTICLES`: "dos", "da", "de la", "van der", "bin") and the
   capitalised proper nouns right after them are one person's name.
5. A body's name whose first words the tagger left out ("AU Peace and" + "Security Council"): a
   capitalised modifier joined by "and" to the name's first word, of the name's own head, begins
   the name (:func:`conjoined_start`); the name the knowledge base knows at its end ("Security
   Council") is not what it names, nor is one after a single unknown capitalised word ("National
   Security Council": :func:`lone_word_before`, read by the finder).

The repaired entities replace the document's, for every later stage.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from spacy.tokens import Span

from ...kb import KnowledgeBase
from ...kb.model import NAME_PARTICLES, Entity, fold
from ..common import word_class
from .variants import NAME_SUFFIXES

# Words a body's name may have inside, where the tagger cuts it ("and", "of", "for", "the", ",").
CONNECTORS = word_class("actors.spans.connectors")
# Capitalised words saying what a body does or is, not whose it is ("Rescue", "Workers", "Hospital").
FIELD_WORDS = word_class("actors.spans.field_words")
# Words a company's full legal name ends in ("Ltd", "PLC"); the knowledge base's legal forms ("Kft") too.
LEGAL_SUFFIXES = word_class("actors.alike.legal_suffixes")
# Connectors after which a name's complement follows ("League for ...", "Union of ..."): a body's, not a person's.
COMPLEMENTS = frozenset({"of", "for"})
# Labels of the pieces a body's name may be cut into; one of them must be a body's.
PIECE_LABELS = frozenset({"ORG", "PERSON", "FAC"})
BODY_LABELS = frozenset({"ORG", "FAC"})
# Dependencies by which a piece modifies a noun: "Defence officials" is no name of its own.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# The most tokens between two pieces of one name ("Educational, Scientific and Cultural").
MAX_GAP = 6
# Knowledge-base kinds of a body whose name a person's may be glued after.
BODY_KINDS = frozenset({"organization", "group"})
# Where the document keeps the names the repair joined from pieces.
JOINED = "tidings.actors.joined_names"
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def repair_entities(doc: Any, kb: KnowledgeBase) -> None:
    """Replace ``doc.ents`` by the repaired entities (see the module docstring); idempotent."""
    ents = sorted(doc.ents, key=lambda e: e.start)
    out: list[Any] = []
    for ent in ents:
        out.extend(_unglued(doc, kb, ent))
    out = _particled(doc, out)
    out = [_widened(doc, e) for e in out]
    i = 0
    while i < len(out) - 1:
        joined = _joined(doc, kb, out[i], out[i + 1])
        if joined is not None:
            out[i:i + 2] = [joined]
        else:
            i += 1
    if [(e.start, e.end, e.label_) for e in out] != [(e.start, e.end, e.label_) for e in ents]:
        doc.ents = out
    kept = {(e.start, e.end) for e in ents}
    doc.user_data[JOINED] = doc.user_data.get(JOINED, frozenset()) | frozenset(
        (e.start, e.end) for e in out if (e.start, e.end) not in kept and e.label_ == "ORG"
        and not any(s <= e.start and e.end <= t for s, t in kept))


def joined_name(doc: Any, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` lie inside a name the repair joined from pieces (the finder
    takes it whole, not a name the knowledge base knows at its start: "United Nations" of
    "United Nations Educational, Scientific and Cultural Organization")."""
    return any(s <= start and end <= t and (s, t) != (start, end) for s, t in doc.user_data.get(JOINED, ()))


def _word(tok: Any) -> str:
    return fold(tok.text).rstrip(".")


def _field(tok: Any) -> bool:
    return _word(tok) in FIELD_WORDS


def _legal_form(kb: KnowledgeBase, tok: Any) -> bool:
    term = kb.sector_term(_word(tok))
    return _word(tok) in LEGAL_SUFFIXES or (term is not None and term.kind == "form")


def _capitalised(tok: Any) -> bool:
    return tok.text[:1].isupper()


def _same_sentence(doc: Any, i: int, j: int) -> bool:
    if not doc.has_annotation("SENT_START"):
        return True
    return doc[i].sent.start == doc[j].sent.start


def _joined(doc: Any, kb: KnowledgeBase, e: Any, f: Any) -> Any | None:
    """The one entity pieces ``e`` and ``f`` are (class 1 or 3 of the module), or None."""
    if e.label_ not in PIECE_LABELS or f.label_ not in PIECE_LABELS or f.start < e.end \
            or not (e.label_ in BODY_LABELS or f.label_ in BODY_LABELS) or not _same_sentence(doc, e.start, f.end - 1):
        return None
    if f.start == e.end and e.label_ in BODY_LABELS and _legal_form(kb, doc[f.end - 1]) \
            and all(_capitalised(t) for t in f):
        return Span(doc, e.start, f.end, label="ORG")  # "KVT" + "Brenor Ipari Kft"
    core_end = e.end
    while core_end > e.start and _word(doc[core_end - 1]) in CONNECTORS:
        core_end -= 1  # "the Navy's Research and": the connector belongs between the pieces
    f_start = f.start
    while f_start < f.end and _word(doc[f_start]) in CONNECTORS:
        f_start += 1  # "the Defence of Human Rights"
    if core_end <= e.start or f_start >= f.end or not _field(doc[core_end - 1]):
        return None
    gap = list(doc[core_end:f_start])
    if not gap or len(gap) > MAX_GAP or not any(_word(t) in CONNECTORS - {"the"} for t in gap):
        return None
    if not all(_word(t) in CONNECTORS or (_capitalised(t) and _field(t)) for t in gap):
        return None
    if _word(gap[0]) in COMPLEMENTS and e.label_ not in BODY_LABELS:
        return None  # "Dana Holt of Health Services": a person of a body
    if any(t.lower_ == "the" and _word(p) not in COMPLEMENTS for p, t in pairwise(gap)):
        return None  # "the Ministry of Health and the Ministry of Finance": "the" begins another name
    own = [t for t in doc[f_start:f.end] if _word(t) not in CONNECTORS and t.text not in POSSESSIVE]
    if not own or not all(_field(t) and _capitalised(t) for t in own):
        return None  # "Amnesty International", "Jones": a name of its own
    head = kb.sector_term(_word(own[0]))
    if head is not None and head.kind == "org" and len(own) > 1:
        return None  # "Ministry of Finance", "Union of Nurses": a body's kind and whose it is, a name of its own
    text = doc[f_start:f.end].text
    if kb.lookup(text) or (len(own) == 1 and kb.sector_term(_word(own[0])) is not None):
        return None  # "Human Rights Watch", "Police": a name alone
    if f.end < len(doc) and doc[f.end].pos_ == "NOUN" and doc[f.end].text.islower() \
            and any(t.head.i == f.end and t.dep_ in MODIFIER_DEPS for t in doc[e.start:f.end]):
        return None  # "the Ministry of Health and Defence officials": the pieces may be two bodies' people
    return Span(doc, e.start, f.end, label="ORG")


def conjoined_start(doc: Any, i: int, j: int) -> int | None:
    """Where a longer name begins whose capitalised modifier the first word of name ``[i, j)`` is
    joined to by "and" ("Peace" of "Peace and Security Council": "Security" its conjunct, "Council"
    the head of both), or None (class 5). A state, a people or a person before "and" is none."""
    first = doc[i]
    h = first.head
    if first.dep_ != "conj" or h.i >= i or not i <= h.head.i < j or h.dep_ not in MODIFIER_DEPS \
            or not h.text[:1].isupper() or h.ent_type_ in {"GPE", "NORP", "PERSON"}:
        return None
    return h.i if all(_word(t) in CONNECTORS or t.text == "," for t in doc[h.i + 1:i]) else None


def _widened(doc: Any, ent: Any) -> Any:
    """An ORG entity with the first words of its name the tagger left out (class 5)."""
    start = ent.start + (doc[ent.start].lower_ == "the")
    if ent.label_ != "ORG" or start >= ent.end:
        return ent
    begin = conjoined_start(doc, start, ent.end)
    if begin is None or any(t.ent_type_ and t.ent_iob_ != "O" for t in doc[begin:ent.start]):
        return ent
    return Span(doc, begin, ent.end, label="ORG")


def lone_word_before(doc: Any, i: int, kb: KnowledgeBase) -> bool:
    """Whether one capitalised word the knowledge base knows as nothing comes before token ``i``:
    the first word of a longer name than the known one at ``i`` ("National" of "National Security
    Council"); a run of them is another name before it ("Combined Joint Task Force Operation X")."""
    def unknown(k: int) -> bool:
        t = doc[k] if k >= 0 else None
        return t is not None and t.is_alpha and t.text[:1].isupper() and t.pos_ not in ("DET", "ADP") \
            and not kb.lookup(t.text) and not kb.demonym(t.text)
    return unknown(i - 1) and not unknown(i - 2)


def _particled(doc: Any, ents: list[Any]) -> list[Any]:
    """Each person's name with the particles and capitalised proper nouns right after it (class 4),
    the entities those cover dropped."""
    out: list[Any] = []
    for ent in ents:
        if out and out[-1].label_ == "PERSON" and ent.start < out[-1].end:
            continue  # taken into the person's name before it
        end = _particle_end(doc, ent) if ent.label_ == "PERSON" else ent.end
        if end > ent.end:
            ent = Span(doc, ent.start, max([end, *(e.end for e in ents if ent.end <= e.start < end)]), label="PERSON")
        out.append(ent)
    return out


# What the parser may call a capitalised name after a particle ("dos Santos": "Santos" an adjective)
_AFTER_PARTICLE = frozenset({"PROPN", "NOUN", "VERB", "ADJ"})


def _particle_end(doc: Any, ent: Any) -> int:
    """Where a person's name ends that goes on with particles ("dos Santos", "de la Fuente")."""
    k = ent.end
    while k < len(doc) and k - ent.end < 2 and doc[k].is_lower and fold(doc[k].text) in NAME_PARTICLES:
        k += 1  # one or two: "dos", "de la"
    if k == ent.end:
        return ent.end
    end = k
    while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() \
            and doc[end].pos_ in _AFTER_PARTICLE and _same_sentence(doc, ent.start, end):
        end += 1
    return end if end > k else ent.end


def _unglued(doc: Any, kb: KnowledgeBase, ent: Any) -> list[Any]:
    """An ORG entity that is a known body's name and a person's name after it, as the two (class 2)."""
    if ent.label_ != "ORG":
        return [ent]
    start = ent.start + (doc[ent.start].lower_ == "the")
    for cut in range(ent.end - 2, start, -1):
        rest = doc[cut:ent.end]
        words = [t for t in rest if t.text != "-"]
        if not _capitalised(rest[0]) or len(words) < 2 or any(_field(t) or _legal_form(kb, t)
                                                              or _word(t) in NAME_SUFFIXES for t in words):
            continue
        if not all(t.pos_ == "PROPN" or t.text == "-" for t in rest) or kb.lookup(rest.text) \
                or any(kb.lookup(t.text) for t in words if _capitalised(t)):
            continue  # "Amnesty International Australia": a branch of the body, no person
        if not any(isinstance(n, Entity) and n.kind in BODY_KINDS for n in kb.lookup(doc[start:cut].text)):
            continue
        return [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]
    return [ent]


# Lower-case articles an Arabic name begins with, joined to it by a hyphen ("al-Shabab", "el-Sisi").
HYPHENED_ARTICLES = word_class("actors.spans.hyphened_articles")


def hyphened_article(doc: Any, i: int) -> bool:
    """Whether token ``i`` is an article an Arabic name begins with, written in lower case and joined
    by a hyphen to the capitalised word after it ("al-Shabab", "el-Sisi"; the tokenizer cuts them in
    three): the name begins there, so a name the knowledge base knows is looked for from it."""
    return (doc[i].lower_ in HYPHENED_ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-"
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and doc[i + 2].text[:1].isupper())


__all__ = ["HYPHENED_ARTICLES", "conjoined_start", "hyphened_article", "joined_name", "lone_word_before", "repair_entities"]
