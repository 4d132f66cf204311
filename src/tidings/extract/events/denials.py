"""Denials: calling a claim false rejects it.

"The accusations are baseless", "dismissed Ostria's allegations as fabricated", "called the report a
lie": a verdict of falsity (word class ``events.coding.denials.falsity_words``) said of a noun of
saying (``events.coding.denials.claim_nouns``: claim, allegation, accusation, report…) is a REJECT
of the claim, not a condemnation; its maker (the claim's possessor, its "by" / "from" phrase, or a
name or demonym on it: "the Ostrian accusations") is the one rejected. A verdict on a claim that is
not about its truth ("the accusations are shocking") is a condemnation as before, and a falsity
said of an act ("the election was fake") is no denial.

Dismissing an act, a policy or a proposal ("dismissed the move as irrelevant", "dismissed the offer
as an insult": a verb of word class ``events.coding.denials.rejecting_verdicts``) rejects it too,
where branding or denouncing it criticises it and dismissing people ("dismissed the protesters as
thugs") is criticism of them (session 43).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..common import word_class
from .appeals import possessors
from .judgement import NEGATIONS
from .lexicon import SPEECH_VERBS, act_nouns

CLAIM_NOUNS = word_class("events.coding.denials.claim_nouns")
FALSITY_WORDS = word_class("events.coding.denials.falsity_words")
EITHER_WAY = word_class("events.coding.denials.either_way")
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_MAKER_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def is_claim(tok: Any) -> bool:
    """Whether a token is a noun of saying whose truth can be denied."""
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() in CLAIM_NOUNS


def says_false(tokens: Iterable[Any]) -> bool:
    """Whether the words call something false ("baseless", "a lie", "fabricated")."""
    return any(t.lemma_.lower() in FALSITY_WORDS or t.lower_ in FALSITY_WORDS for t in tokens)


REJECTING_VERDICTS = word_class("events.coding.denials.rejecting_verdicts")
# what a rejection may dismiss besides a claim: an act, a proposal, a policy
REJECTABLE = word_class("events.coding.unsaid.proposals") | word_class("events.coding.detect.policies")


def rejected_as(verb: str, objects: Iterable[Any]) -> str | None:
    """What a verdict "as" of ``verb`` on ``objects`` rejects: "claim" ("dismissed the claims as
    baseless"), "act" ("dismissed the move as a stunt", a verb of dismissing only), else None."""
    objects = list(objects)
    if any(is_claim(o) for o in objects):
        return "claim"
    rejectable = REJECTABLE | act_nouns()
    if verb in REJECTING_VERDICTS and any(o.pos_ == "NOUN" and o.lemma_.lower() in rejectable for o in objects):
        return "act"
    return None


def claim_makers(noun: Any) -> list[Any]:
    """Who made a claim, as its own phrase says: possessor, "by" / "from" phrase, a name or demonym on it."""
    out = possessors(noun)
    out += [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
            for g in c.children if g.dep_ == "pobj"]
    out += [c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in _MAKER_LABELS]
    return out


def denied_claims(span: Any) -> list[tuple[Any, Any]]:
    """(clause head, claim) for each clause of ``span`` that calls a claim false ("these claims are
    completely false", "the report is a lie"); a negated clause ("are not false") denies nothing."""
    out = []
    for tok in span:
        if tok.dep_ not in _PREDICATE_DEPS or not says_false([tok, *tok.children]):
            continue
        head = tok.head
        claim = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if is_claim(claim) and not any(c.lower_ in NEGATIONS for c in head.children):
            out.append((head, claim))
    return out


def either_way(v: Any) -> bool:
    """Whether a verb of denying or confirming is coordinated with its opposite ("declined to confirm
    or deny the report", "would neither confirm nor deny that ...", word class
    ``events.coding.denials.either_way``): a statement that says nothing either way, no denial."""
    lemma = v.lemma_.lower()
    if lemma not in EITHER_WAY:
        return False
    return any(o.lemma_.lower() in EITHER_WAY and o.lemma_.lower() != lemma for o in v.conjuncts)


TELLING_NOUNS = word_class("events.coding.denials.telling_nouns")
COMMENTING = word_class("events.coding.detect.commenting_verbs")


def withheld_word(target: Any) -> bool:
    """Whether what a refusal governs is only telling something ("declined to comment", "refused to
    describe the meeting", "declined to give further details", "declining to be identified"): a
    verb of saying (the lexicon's speech verbs) or commenting (word class ``events.coding.detect.commenting_verbs``),
    or giving, making or providing what is told (``events.coding.denials.telling_nouns``). Declining
    comment rejects no one; refusing to discuss demands or to give up weapons still does."""
    lemma = target.lemma_.lower()
    if lemma in SPEECH_VERBS or lemma in COMMENTING:
        return True
    return any(o.dep_ == "dobj" and o.lemma_.lower() in TELLING_NOUNS for o in target.children)


__all__ = ["CLAIM_NOUNS", "COMMENTING", "TELLING_NOUNS", "withheld_word", "rejected_as", "EITHER_WAY", "either_way", "FALSITY_WORDS", "claim_makers", "denied_claims", "is_claim", "says_false"]
