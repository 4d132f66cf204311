"""What a source reports as a noun phrase is its report.

"The Arnor Herald reported a sharp rise in arrests", "the agency reported no overall results yet",
"researchers reported the invention of a new coating": a verb of reporting (word class
``quotes.object_report_verbs``) whose object is a finding named as a noun phrase, not told as a
clause, reports that finding; the coders of the real-news benchmark take it as the subject's
indirect speech, as they take "reported that arrests rose". The object must be a noun phrase of
three words or more with no clause of the verb beside it: a pronoun ("reported him to the police"),
a bare noun ("reported the story") or an infinitive ("reported seeing ...") is none. The caller
leaves out denied verbs and verbs inside quotation marks.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class

_MIN_WORDS = 3
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN_CLAUSES = frozenset({"ccomp", "xcomp", "dative", "oprd"})


def reported_object(verb: Any) -> list[Any] | None:
    """The tokens of the noun phrase a verb of reporting takes as what it reports, or None."""
    if verb.lemma_.lower() not in word_class("quotes.object_report_verbs") or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    finite = verb.tag_ in _FINITE or any(c.dep_ == "aux" for c in kids)
    if not finite or not any(c.dep_ == "nsubj" for c in kids) or any(c.dep_ in _OWN_CLAUSES for c in kids):
        return None
    objs = [c for c in kids if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    toks = list(objs[0].subtree)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS else None


__all__ = ["reported_object"]
