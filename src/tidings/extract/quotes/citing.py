"""The original source a medium cites: "…, the news agency reported, citing diplomats".

The annotation guide gives a quote relayed by an agency to its original source ("KCNA said,
according to Yonhap": KCNA). A medium's report that closes with ", citing Y" (or opens with "Citing
Y,") relays Y: Y speaks
when Y can speak (a person or body the recogniser names, or a common noun naming a body, group or
office holder: "officials", "diplomats", "a senior official"). This holds for the verb "report"
(``quotes.relaying_verb``) and for "say" / "tell" with a news medium for subject ("the newspaper
said, citing …"). A person or a ministry that "said …, citing Y" keeps speaking, and so does a
medium citing a thing ("citing the weather", "citing a report"): no original source.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .nouns import speaking_body

_MEDIUM_VERBS = frozenset({"say", "tell"})
_SPEAKING_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_MEDIA_SECTOR = "JRN"


def cited_source(verb: Any) -> Any | None:
    """The token naming whom a medium's reporting verb cites (", citing Y" after the verb and its own
    phrases, in its sentence), or None."""
    lemma = verb.lemma_.lower()
    if lemma not in word_class("quotes.relaying_verb") and not (lemma in _MEDIUM_VERBS and _medium_subject(verb)):
        return None
    doc = verb.doc
    # opening the sentence only: "The Daily Telegraph, citing local groups, reported" stays the paper's
    # (as the benchmark's coders read it), where "Citing X, the paper reported" is X's
    fronted = next((c for c in verb.children if c.dep_ == "advcl" and c.i == verb.sent.start and _citing(c)
                    and c.right_edge.i + 1 < verb.i and doc[c.right_edge.i + 1].text == ","), None)
    if fronted is not None:  # "Citing people familiar with the matter, the newspaper reported …"
        source = next((c for c in fronted.children if c.dep_ == "dobj"), None)
        return source if source is not None and _can_speak(source) else None
    for k in range(verb.i + 1, verb.sent.end):
        tok = doc[k]
        if _citing(tok) and doc[k - 1].text == ",":
            source = next((c for c in tok.children if c.dep_ == "dobj"), None)
            return source if source is not None and _can_speak(source) else None
        if tok.pos_ in ("VERB", "AUX") or tok.is_quote or tok.text == ";":
            return None  # another clause, or a quote, before any "citing"
    return None


def _citing(tok: Any) -> bool:
    return tok.lemma_.lower() == "cite" and tok.tag_ == "VBG"


def _medium_subject(verb: Any) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    body = speaking_body(subj) if subj is not None and subj.pos_ == "NOUN" else None
    return body is not None and body[0] == _MEDIA_SECTOR or subj is not None and subj.lemma_.lower() == "agency" \
        and any(c.dep_ == "compound" and c.lower_ in ("news", "press") for c in subj.children)


def _can_speak(tok: Any) -> bool:
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in _SPEAKING_LABELS
    return tok.pos_ == "NOUN" and tok.lemma_.lower() not in word_class("quotes.document_noun") \
        and speaking_body(tok) is not None


__all__ = ["cited_source"]
