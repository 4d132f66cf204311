"""Parser slips around a cue verb's subject, repaired by rule (split from :mod:`.cues`, which asks
them while it looks for a speaker): a subject the parser hung inside an opening phrase, an
appositive or an "according to" phrase; a passive agent hung on the quoted words; a narrative
clause hung under the quoted words after it; a source named through "confirmed with"; the
place after an affiliation taken for the subject; a name after an abbreviation that ended a
sentence ("in the U.S. Jobs noted"); and a coordinated verb of saying taken for an inverted one.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .nouns import speaking_body

OPENING_MARKS = frozenset({'"', "'", "\u2018", "\u201c", "\u00ab", "\u201e"})
CLOSING_MARKS = frozenset({'"', "'", "\u2019", "\u201d", "\u00bb", "\u201c"})


def checked_with(verb: Any) -> Any | None:
    """``The Herald confirmed with Vantrix that …``: who confirms *with* a source asked it; the source
    (a name, or a noun that can speak) is the speaker of the clause ("confirmed with regret": none)."""
    if verb.lemma_.lower() not in word_class("quotes.source_with_verb"):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > verb.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.pos_ == "NOUN" and speaking_body(pobj) is not None):
                return pobj
    return None


def glued_to_quote(node: Any) -> bool:
    """A narrative clause the parser hung as the complement of the quoted words after it ('X
    paraphrased Y, commenting: "We are go"' with "go" taken for the root): a quote mark stands between
    the clause's words and its head."""
    head, doc = node.head, node.doc
    if node.dep_ not in ("ccomp", "parataxis") or head.i <= node.right_edge.i:
        return False
    return any(t.text in OPENING_MARKS for t in doc[node.right_edge.i + 1: head.i])


def stray_agent(verb: Any) -> Any | None:
    """``was described as "reckless" by X`` with "by X" hung on the quoted word: the passive's agent
    in its own clause, wherever the parser attached it."""
    for t in verb.subtree:
        if t.i <= verb.i or t.lower_ != "by" or t.dep_ not in ("prep", "agent"):
            continue
        node = t.head
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i == verb.i:
            return next((c for c in t.children if c.dep_ == "pobj"), None)
    return None


def name_swallowed_by_opening_phrase(verb: Any) -> Any | None:
    """``On Friday Ford Motor Company announced …`` parsed with the name as the object of "On": a
    name right before a subjectless verb, ending the phrase that opens the sentence, is its subject."""
    if verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "pobj":
        return None
    prep = name.head
    if name.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and prep.head.i == verb.i \
            and prep.left_edge.i == verb.sent.start:
        return name
    # "… welcomed it and in a reaction to the news Commissioner X said": a name closing the phrase that
    # opens a conjoined clause (right after its "and"), however deep the parser hung it
    top = name
    while top.head.i != verb.i and top.head.i != top.i and top.head.i < verb.i:
        top = top.head
    if verb.dep_ != "conj" or top.head.i != verb.i or top.dep_ != "prep" or name.ent_type_ not in ("PERSON", "") \
            or top.left_edge.i == 0 or verb.doc[top.left_edge.i - 1].lower_ not in ("and", "but"):
        return None
    return name


def swallowed_by_participle(verb: Any) -> Any | None:
    """``Speaking to X, the president of Y, Ann Vale, said …`` parsed with the subject in apposition
    to the participle's object X: a subjectless verb right after an opening participle phrase takes
    the phrase's last appositive (the name nearest the verb) after a comma, never X itself."""
    doc = verb.doc
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                    and doc[verb.i - 1].text == "," and c.right_edge.i >= verb.i - 2), None)
    if opening is None:
        return None
    appositives = [t for t in opening.subtree if t.dep_ in ("appos", "npadvmod") and t.head.i != opening.i
                   and doc[t.left_edge.i - 1].text == "," and not post_nominal(t)]
    if not appositives:
        return None
    names = [t for t in appositives if t.pos_ == "PROPN" and t.ent_type_ == "PERSON"]
    return (names or appositives)[-1]


_PLACE_LABELS = frozenset({"GPE", "LOC"})
_AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from"})


def place_after_affiliation(verb: Any, subj: Any) -> Any | None:
    """``Ann Vale of the University of California, Los Angeles said …`` parsed with the place after
    the comma as the subject: a place name right after the comma that closes an "of/at/from X"
    phrase takes the noun that phrase hangs on, when that noun opens the sentence (a place does not
    speak; the person or body it locates does)."""
    doc = subj.doc
    if subj.pos_ != "PROPN" or subj.ent_type_ not in _PLACE_LABELS or subj.i > verb.i:
        return None
    comma = subj.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    tok, affiliated = doc[comma - 1], False
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _AFFILIATION_PREPOSITIONS:
        tok, affiliated = tok.head.head, True
    if not affiliated or tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in _PLACE_LABELS:
        return None
    if any(not t.is_punct for t in doc[verb.sent.start: tok.left_edge.i]):
        return None  # the noun must open the sentence: "… in the lab of X, Boston said" is another matter
    return tok


def name_after_abbreviation(verb: Any) -> Any | None:
    """``… on a mobile browser in the U.S. Jobs also noted that …``: the abbreviation's full stop also
    ended the sentence, and the parser read one sentence, with the clause before as the verb's subject
    and the name as part of "the U.S. Jobs". A capitalised name right before the verb (past its
    adverbs), right after a word ending in a full stop, is the subject when the parser's subject is a verb."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if not subjects or subjects[0].pos_ not in ("VERB", "AUX") or subjects[0].i > verb.i:
        return None
    k = verb.i - 1
    while k > 0 and doc[k].pos_ == "ADV":
        k -= 1
    name = doc[k]
    if k < 1 or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return None
    return name if abbreviation_cut(name) is not None else None


def abbreviation_cut(name: Any) -> int | None:
    """Where a name starts when the word before it is an abbreviation whose full stop ended the
    sentence before ("in the U.S. Steve Jobs": the index of "Steve"), or None."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].text.endswith("."):
        first -= 1  # "… in the U.S. Steve Jobs noted": the whole name after the abbreviation
    before = doc[first - 1] if first > 0 else None
    return first if before is not None and len(before.text) > 1 and before.text.endswith(".") else None


def inverted_document(verb: Any) -> Any | None:
    """``"…," read the statement``: the document after a subjectless "read" right after the quote's
    closing mark, which the parser took for the verb's object; it is the subject."""
    if verb.lemma_.lower() not in word_class("quotes.document_cue") or verb.i == 0 \
            or verb.doc[verb.i - 1].text not in CLOSING_MARKS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ in ("dobj", "nsubj", "attr")
                 and c.lemma_.lower() in word_class("quotes.document_noun")), None)


def post_nominal(tok: Any) -> bool:
    """``Tom Baker, SC, said``: a short capital abbreviation after a name is a rank, not a name."""
    return tok.text.isupper() and len(tok.text) <= 3 and tok.i > 1 and tok.doc[tok.i - 1].text == ","


def swallowed_by_according(verb: Any) -> Any | None:
    """``According to X, the prosecutor, Y, said …`` parsed with the subject in apposition to X
    (or X as the subject and "to" left bare): the appositive after X's comma is the subject."""
    according = next((c for c in verb.children if c.lower_ == "according" and c.i < verb.i), None)
    to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:  # "to" left bare: the source was taken for the subject
        source = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == to.i + 1), None)
    elif any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if source is None:
        return None
    doc = verb.doc
    return next((c for c in source.children if c.dep_ == "appos" and c.i < verb.i
                 and doc[c.left_edge.i - 1].text == ","), None)


__all__ = ["CLOSING_MARKS", "OPENING_MARKS", "abbreviation_cut", "checked_with", "glued_to_quote", "inverted_document", "name_after_abbreviation",
           "name_swallowed_by_opening_phrase", "place_after_affiliation", "post_nominal", "stray_agent", "swallowed_by_according", "swallowed_by_participle"]


def coordinated_cue(verb: Any) -> bool:
    """``X expressed hope …, but warned the strikers, "…"``: a verb of saying coordinated after an
    earlier verb, with "and" or "but" right before it, is no inverted cue ('"…," warned X'): the noun
    after it is whom it is said to, and its speaker is the earlier verb's subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.dep_ == "conj" and verb.head.i < verb.i and before is not None and before.dep_ == "cc"
