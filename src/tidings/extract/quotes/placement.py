"""Where a quote's cue stands: in the clause after the quote, in the clause before it, or at the
end of the paragraph before; and which verbs there are no cue (relative clauses, bare participles).

Split from :mod:`.finder`, which decides in what order these places are tried.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..common import doc_text, word_class
from .coreference import document_before
from .cues import OPENING_MARKS, RELATIVE_PRONOUNS
from .marks import Paragraph, QuoteRegion
from .shape import RegionShape, TokenIndex
from .slips import inverted_document
from .speakers import SPEECH_VERBS, is_speech_verb

TERMINATORS = frozenset({".", "!", "?"})
MAX_CUE_WORDS = 15
# verbs that report speech only when they follow a quote ('"…," she continued')
_AFTER_QUOTE_VERBS = frozenset({"continue", "conclude", "begin"})


def segment(index: TokenIndex, start: int, end: int) -> list[Any]:
    return [t for t in index.within(start, end) if not t.is_space]


def inverted_name_after(region: QuoteRegion, index: TokenIndex, bound: int) -> tuple[Any, Any] | None:
    """``"…" tweeted Mayor of X Ann Vale (…)``, ``"…," enthused Ann Vale, …``: (the speech word, the
    last word of the name) read off the words right after the quote, however the parser took the
    verb (an adjective, a noun). The words up to the next comma, bracket or sentence end are a
    title and a name that closes them, with no verb among them; or a title alone, with a name of
    two words or more after its comma (``"…," promised the builder, Ron Tibbs.``)."""
    toks = segment(index, region.outer_end, bound)
    words = [t for t in toks if not t.is_punct]
    if not words or toks[0].text in TERMINATORS or not words[0].text.islower() or not _speech_word(words[0]):
        return None
    phrase = []
    rest = toks[toks.index(words[0]) + 1:]
    for t in rest:
        if t.text in TERMINATORS or t.text in (",", "(", ";", ":", "\u2013", "\u2014") or t.text in OPENING_MARKS \
                or phrase and t.tag_ == "VBG":
            break  # "… said X commenting on …": the participle starts the next clause
        phrase.append(t)
    if phrase and phrase[-1].pos_ == "NOUN" and not any(t.pos_ in ("VERB", "AUX", "PRON", "PROPN") for t in phrase):
        named = _name_in_apposition(rest[len(phrase):])
        return (words[0], named) if named is not None else None  # '"…," promised the builder, Ron Tibbs.'
    if not phrase or phrase[-1].pos_ != "PROPN" or not phrase[-1].text[:1].isupper():
        return None
    run = 0
    while run < len(phrase) and phrase[-1 - run].pos_ == "PROPN":
        run += 1
    named = run >= 2 or phrase[-1].ent_type_ in ("PERSON", "ORG")
    if not named or any(t.pos_ in ("VERB", "AUX", "PRON") for t in phrase):
        return None
    return words[0], phrase[-1]


def _name_in_apposition(toks: Sequence[Any]) -> Any | None:
    """The last word of ``, First Last`` closed by a comma or the sentence end: a person's name of two
    words or more in apposition to the title before it."""
    if len(toks) < 3 or toks[0].text != ",":
        return None
    run = []
    for t in toks[1:]:
        if t.pos_ != "PROPN" or t.ent_type_ not in ("PERSON", "ORG", "") or not t.text[:1].isupper():
            break
        run.append(t)
    after = toks[1 + len(run)] if len(toks) > 1 + len(run) else None
    if len(run) < 2 or after is not None and after.text != "," and after.text not in TERMINATORS:
        return None
    return run[-1]


def words_of(region: QuoteRegion, index: TokenIndex, bound: int) -> Any | None:
    """``in the words of the prosecutor, X, "…"``: the head of the noun phrase after "in the words of"
    in the words right before the quote."""
    toks = segment(index, bound, region.open)
    for k in range(len(toks) - 4, -1, -1):
        if [t.lower_ for t in toks[k: k + 4]] == ["in", "the", "words", "of"]:
            pobj = next((c for c in toks[k + 3].children if c.dep_ == "pobj"), None)
            return pobj if pobj is not None and not any(t.text in TERMINATORS for t in toks[k + 4:]) else None
    return None


def _speech_word(tok: Any) -> bool:
    """A word whose verb is one of speaking, whatever the tagger made of it ("tweeted", "claims")."""
    lexicon = SPEECH_VERBS | word_class("quotes.manner_speech_verb")
    text = tok.lower_
    stems = {tok.lemma_.lower(), text, text[:-1], text[:-2], text[:-3] if text.endswith("ied") else text}
    return any(stem in lexicon for stem in stems)


def cue_after(region: QuoteRegion, shape: RegionShape, index: TokenIndex, bound: int) -> Any | None:
    """``"…," X said`` / ``"…," said X``: a reporting verb in the clause right after the quote."""
    toks = segment(index, region.outer_end, bound)
    if not toks or toks[0].text in TERMINATORS or toks[0].text in (";",):
        return None
    cut: list[Any] = []
    for t in toks:
        if t.text in TERMINATORS:
            break
        cut.append(t)
    words = [t for t in cut if not t.is_punct]
    if shape.ends_sentence and (not words or words[0].text[:1].isupper() and words[0].pos_ != "PROPN"):
        return None  # "We will win." The next sentence starts: it is not an attribution
    first = next((k for k, t in enumerate(words) if is_speech_verb(t)), len(words))
    if shape.ends_sentence and len(words) > 6 and (first > 3 or any(t.pos_ in ("VERB", "AUX") for t in words[first + 1:])):
        return None  # a long next sentence is its own statement, unless "X told the world on Thursday via Twitter"
    for k, t in enumerate(words[:MAX_CUE_WORDS]):
        if (is_speech_verb(t) or document_reads(t)) and t.dep_ not in ("relcl", "acl", "amod") \
                and not inside(t, region):  # '"…," reads the judge's statement' too
            if _opens_next_quote(t, region, index, bound):
                return None  # '"…?" Ann Vale said, "…"': the new sentence introduces the next quote
            return t
        if k < 4 and t.pos_ == "VERB" and t.lemma_.lower() in _AFTER_QUOTE_VERBS:
            return t  # '"…," Lam continued': a speech verb only in this position
    return attribution_clause(region, toks, doc_text(index.doc))


# words that may open the subject of an attribution clause; its other words are names and nouns
_ATTRIBUTION_PRONOUNS = frozenset({"he", "she", "they"})
_SUBJECT_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


def attribution_clause(region: QuoteRegion, toks: Sequence[Any], text: str) -> Any | None:
    """``"…", Reyes opines, "…"``, ``"…," Ann Vale laughed.``: a clause of a subject and one finite
    verb, and nothing more (an adverb at most), between the quote and a comma or the sentence end,
    attributes the quote whatever the verb: narration would go on ('Reyes stood up and left').
    Not after a quote that ends its sentence with a full stop ('"…." Reyes laughed.' is narration)."""
    if text[region.end - 1: region.end] == "." or not toks:
        return None
    k = 1 if toks[0].text == "," else 0
    subject = []
    while k < len(toks) and len(subject) < 6 and (toks[k].pos_ in _SUBJECT_POS or toks[k].lower_ in _ATTRIBUTION_PRONOUNS
                                                  and not subject):
        subject.append(toks[k])
        k += 1
    if not subject or k >= len(toks):
        return None
    verb = toks[k]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    k += 1
    while k < len(toks) and toks[k].pos_ == "ADV":
        k += 1
    if k < len(toks) and toks[k].text not in TERMINATORS and toks[k].text not in (",", ";"):
        return None
    if not any(t.dep_ == "nsubj" and t.head.i == verb.i for t in subject) \
            or not any(t.pos_ == "PROPN" or t.lower_ in _ATTRIBUTION_PRONOUNS for t in subject):
        return None  # a named or pronoun subject of that very verb: "the sun shone" attributes nothing
    return verb


def _opens_next_quote(cue: Any, region: QuoteRegion, index: TokenIndex, bound: int) -> bool:
    """The quote ends its sentence and the cue's clause runs, with a comma or colon, into the next quote."""
    text = doc_text(index.doc)
    if text[region.end - 1: region.end] not in (".", "!", "?") or bound >= len(text) or text[bound] not in OPENING_MARKS:
        return False
    rest = [t for t in segment(index, cue.idx + len(cue.text), bound) if not t.is_punct]
    return len(rest) <= 3 and all(t.dep_ in ("dobj", "dative", "det", "compound", "pobj", "prep", "npadvmod")
                                  or t.pos_ in ("ADV", "NOUN", "PROPN", "DET", "ADP") for t in rest) \
        and text[:bound].rstrip()[-1:] in (",", ":")


def cue_before(region: QuoteRegion, index: TokenIndex, bound: int) -> Any | None:
    """``X said: "…"`` / ``X told reporters, "…"``: a reporting verb in the clause before the quote."""
    toks = segment(index, bound, region.open)
    if not toks:
        return None
    if toks[-1].text not in (":", ",", "\u2014", "\u2013", "-") and not is_speech_verb(toks[-1]) \
            and not document_reads(toks[-1]) \
            and hearer_verb(toks[-1]) is None:
        return None
    start = max((k + 1 for k, t in enumerate(toks) if t.text in TERMINATORS), default=0)
    clause = toks[start:]
    for t in reversed(clause):
        if (is_speech_verb(t) or document_reads(t)) and (t.dep_ not in ("relcl", "amod") or _who_said(t, clause)) \
                and not t.lower_.startswith("according") and not relative_verb(t) and not bare_participle(t):
            return t
    for k, t in enumerate(clause[:-1]):
        if t.lower_ == "according" and clause[k + 1].lower_ == "to":
            return t
    return attribution_before(clause)


# what a verb that introduces a quote may not have before it: an object or complement of its own
_OWN_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd", "agent"})


def attribution_before(clause: Sequence[Any]) -> Any | None:
    """``Lopez exclaimed, "…"``, ``he laughed: "…"``: a clause that ends in its finite verb, with a
    named, pronoun or noun subject and no object or complement of its own, right before a comma or
    colon and the quote: the quote is what the verb's subject uttered, whatever the verb (a manner
    of speaking no lexicon lists). "Lopez left the room, "…"" has an object and attributes nothing."""
    if len(clause) < 3 or clause[-1].text not in (",", ":"):
        return None
    verb = clause[-2]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or verb.dep_ not in ("ROOT", "conj"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i < clause[0].i or not (
            subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in ("he", "she", "they")):
        return None
    if any(c.dep_ in _OWN_COMPLEMENTS and c.i < verb.i for c in verb.children):
        return None
    return verb


def _who_said(verb: Any, clause: list[Any]) -> bool:
    """``… by Alex Greenwich who said on the floor, "…"``: a relative clause whose speech the quote is;
    no other verb stands between it and the quote."""
    document = verb.head.lemma_.lower() in word_class("quotes.document_noun")  # "a statement which read, …"
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and (c.lower_ in ("who", "that") or document
                                                               and c.lower_ == "which") for c in verb.children) \
        and not any(t.pos_ in ("VERB", "AUX") for t in clause if t.i > verb.i)


def recalled_thought(verb: Any) -> Any | None:
    """``X recalls realizing "…"``: a thought reported through a speech verb right before it."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp") and head.i == verb.i - 1 and is_speech_verb(head):
        return head
    return None


def bare_participle(verb: Any) -> bool:
    """``the manifesto, if written by X, …``: a participle modifying a noun or clause reports nothing."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def document_reads(verb: Any) -> bool:
    """``The decree signed by X read "…"``: a document that reads speaks for its author; also inverted
    after the quote (``"…," read the statement``, the document parsed as the verb's object), and an
    "it" that means a document just named (``X released a statement. It read, "…"``)."""
    documents = word_class("quotes.document_noun")
    return verb.pos_ == "VERB" and verb.lemma_.lower() in word_class("quotes.document_cue") and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in documents or c.lower_ in ("which", "that") and verb.dep_ == "relcl"
                               and verb.head.lemma_.lower() in documents
                               or c.lower_ == "it" and document_before(c) is not None) for c in verb.children) \
        or inverted_document(verb) is not None


def document_cue_before(region: QuoteRegion, index: TokenIndex, bound: int) -> tuple[Any, Any] | None:
    """(cue, document noun) of ``X's statement read: "…"``, ``the X letter reads "…"``, ``part of X's
    ruling reads "…"``, ``X's notice read in part: "…"``: a clause with no other verb whose last word
    before the quote is a document cue (quotes.document_cue) and which holds a document noun. Read
    off the words, since the parser often takes "read" after a noun for a noun or hangs the quote
    elsewhere; the document speaks for its author."""
    toks = segment(index, bound, region.open)
    start = max((k + 1 for k, t in enumerate(toks) if t.text in TERMINATORS), default=0)
    clause = toks[start:]
    while clause and clause[-1].text in (":", ","):
        clause = clause[:-1]
    if len(clause) > 2 and [t.lower_ for t in clause[-2:]] == ["in", "part"]:
        clause = clause[:-2]
    if len(clause) < 2 or clause[-1].lemma_.lower() not in word_class("quotes.document_cue"):
        return None
    cue, words = clause[-1], clause[:-1]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # "Tom read the statement to the crowd, adding: …": a reader, or a clause of its own
    document = next((t for t in words if t.pos_ == "NOUN" and t.lemma_.lower() in word_class("quotes.document_noun")),
                    None)
    return (cue, document) if document is not None else None


def hearer_verb(last: Any) -> Any | None:
    """``told radio host Jo Smith "…"``: the words before the quote are the hearer of a speech verb."""
    node = last
    for _ in range(3):
        if node.dep_ not in ("nsubj", "nsubjpass", "ccomp", "compound") and node.pos_ in ("NOUN", "PRON", "PROPN") \
                and node.right_edge.i == last.i:
            verb = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "to" else node.head
            if is_speech_verb(verb) and verb.i < node.i:
                return verb
        if node.head.i == node.i or node.head.i < node.i and node.dep_ not in ("compound", "flat"):
            break
        node = node.head
    return None


def cue_before_paragraph(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph]) -> Any | None:
    """``X told reporters:`` ending one paragraph, the quote opening the next."""
    par = pars[region.paragraph]
    if region.open != par.start or region.paragraph == 0:
        return None
    prev = pars[region.paragraph - 1]
    if doc_text(index.doc)[prev.end - 1] != ":":
        return None
    fake = QuoteRegion(region.start, region.end, prev.end, region.close, region.family, 0, region.paragraph)
    return cue_before(fake, index, prev.start)


def inside(tok: Any, region: QuoteRegion) -> bool:
    return region.start <= tok.idx < region.end


def own_clause_subject(verb: Any) -> bool:
    """The clause has a subject of its own, not a relative pronoun ("which Ross referred to")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)


def relative_verb(verb: Any) -> bool:
    """A verb of a relative clause, whatever the parser called it: a relative pronoun before it is
    its object or the object of its preposition ("— which the BBC noted as …")."""
    return any(c.lower_ in ("which", "whom") and c.i < verb.i and c.dep_ != "nsubj" for c in verb.children) or any(
        p.dep_ == "prep" and any(g.lower_ in ("which", "whom") and g.i < verb.i for g in p.children)
        for p in verb.children)


__all__ = [
    "MAX_CUE_WORDS", "TERMINATORS", "bare_participle", "cue_after", "cue_before", "cue_before_paragraph",
    "document_cue_before", "document_reads", "hearer_verb", "inside", "inverted_name_after", "own_clause_subject",
    "recalled_thought", "relative_verb", "segment", "words_of",
]
