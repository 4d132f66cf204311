"""Whether a predicate praises or condemns what it is said of: "a decent man", "a dangerous
provocation", "null and void".

A verdict ("called X a Y", "described X as Y") is an event only when Y judges X. The polarity of Y
is the sum of its words' values: the project's table of words of political judgement
(``data/judgement.csv``: praise 1, condemnation -1, feelings that judge nobody 0) first, else
VADER's general-purpose lexicon (valence scaled to -1..1). A negated predicate ("not illegal")
judges nothing: denying a condemnation is not praise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from functools import lru_cache

from ..common import data_rows, word_class

NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "hardly"})
# Clause markers of a supposition ("if they are truthful"): a supposed clause judges no one.
SUPPOSING = frozenset({"if", "unless", "whether"})
THRESHOLD = 0.5  # |sum| at or above which a predicate judges


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[tuple[str, ...], float], dict[str, float]]:
    own = {tuple(r["word"].split()): float(r["polarity"]) for r in data_rows("judgement.csv")}
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    general = {w: v / 4.0 for w, v in SentimentIntensityAnalyzer().lexicon.items()}
    return own, general


def polarity(words: Iterable[str], min_general: float = 0.0) -> float:
    """The summed judgement of a predicate's words (lower-case lemmas or forms, in order).

    ``min_general``: general-purpose valences weaker than this are left out. A whole quote holds
    many everyday words with a faint valence ("treat", "care", "like") that judge no one; summed
    over a sentence they drown the few words that do."""
    own, general = _tables()
    ws = [w.lower() for w in words]
    longest = max((len(k) for k in own), default=1)
    total, i, negated = 0.0, 0, False
    while i < len(ws):
        for n in range(min(longest, len(ws) - i), 0, -1):
            key = tuple(ws[i:i + n])
            if key in own:
                total += own[key]
                i += n
                break
        else:
            negated |= ws[i] in NEGATIONS
            value = general.get(ws[i], 0.0)
            total += value if abs(value) >= min_general else 0.0
            i += 1
    return 0.0 if negated else total


def word_values(words: Sequence[str], min_general: float = 0.0) -> list[float]:
    """The judgement of each word of a sequence (lemmas or forms), without negation: a multi-word
    entry's value sits on its first word, the others get 0. The caller decides what a negation
    denies (see :mod:`tidings.extract.events.verdicts`)."""
    return [v for v, _, _ in word_entries(words, min_general)]


def word_entries(words: Sequence[str], min_general: float = 0.0) -> list[tuple[float, int, bool]]:
    """(value, length of the entry starting here, whether the project's own table gives it) for
    each word: 0 length inside a multi-word entry, so a caller knows which words ("not" in "not
    enough") are part of a judging entry."""
    own, general = _tables()
    ws = [w.lower() for w in words]
    longest = max((len(k) for k in own), default=1)
    out = [(0.0, 0, False)] * len(ws)
    i = 0
    while i < len(ws):
        for n in range(min(longest, len(ws) - i), 0, -1):
            if tuple(ws[i:i + n]) in own:
                out[i] = (own[tuple(ws[i:i + n])], n, True)
                i += n
                break
        else:
            value = general.get(ws[i], 0.0) if ws[i] not in NEGATIONS else 0.0
            out[i] = (value if abs(value) >= min_general else 0.0, 1, False)
            i += 1
    return out


def judgement(words: Iterable[str]) -> int:
    """1 when the words praise, -1 when they condemn, 0 when they pass no judgement."""
    p = polarity(words)
    return 1 if p >= THRESHOLD else -1 if p <= -THRESHOLD else 0


_ASIDE_OPENERS = frozenset({",", "(", "[", "-", "–", "—"})  # an apposition set off so names, it judges nothing


def verdict_predicate(v: Any) -> Any:
    """What a verdict verb says of its object: the predicate ("called it illegal") or the "as"
    phrase ("described him as a hero"); None when it has neither."""
    oprds = [c for c in v.children if c.dep_ == "oprd"]
    if oprds:  # "called Yoon Suk Yeol a traitor", parsed as two predicates: the name is judged, not said
        return oprds[-1]
    objects = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    if len(objects) == 2 and objects[1].pos_ == "NOUN":
        return objects[1]  # "branded Ostria a rogue state": parsed as two objects, the second says what the first is
    for o in objects:  # "called the order swift": parsed as a late modifier
        late = next((a for a in o.children if a.dep_ == "amod" and a.i > o.i), None) or _judging_last(o)
        if late is not None:
            return late
        # "called the report a lie": the predicate noun parsed as the object's apposition (not one set
        # off: "called the minister, a close ally, on Monday", "named the party (PKK)" pass no verdict)
        named = next((a for a in o.children if a.dep_ in ("appos", "npadvmod") and a.i > o.i and a.pos_ == "NOUN"
                      and a.doc[a.left_edge.i - 1].text not in _ASIDE_OPENERS), None)
        if named is not None:
            return named
    objs = [c for c in v.children if c.dep_ == "dobj"]  # the parser may hang "as" from the object
    for p in (c for t in [v, *objs] for c in t.children if c.dep_ in ("prep", "advcl") and c.lower_ == "as"):
        for o in p.children:
            if o.dep_ in ("pobj", "pcomp", "amod", "acomp", "attr"):
                return o
    # "called the attack cowardly": a judging word right after the object, parsed as the verb's adverb
    # (only a judging one: "called the minister immediately" says when, not what)
    for o in objs:
        after = next((a for a in v.children if a.dep_ == "advmod" and a.i == o.right_edge.i + 1), None)
        if after is not None and judgement(t.lemma_ for t in after.subtree):
            return after
        # "branded the president a warmonger": the predicate noun parsed as the verb's adverbial noun
        named = next((a for a in v.children if a.dep_ == "npadvmod" and a.pos_ == "NOUN" and a.i > o.right_edge.i
                      and not a.ent_type_ and any(d.lower_ in ("a", "an") for d in a.children)), None)
        if named is not None:
            return named
    return None


def _judging_last(o: Any) -> Any:
    """A judging adjective that ends an object's phrase after the noun it hangs on ("called the
    decision of the government 'unacceptable'": the parser hangs it on "government"), else None;
    a modifier that judges nothing ("the families of the soldiers responsible") is none."""
    last = next((t for t in reversed(list(o.subtree)) if not t.is_punct), None)
    if last is None or last.dep_ != "amod" or last.head.i >= last.i or last.head == o or last.pos_ != "ADJ":
        return None
    return last if judgement([last.lemma_]) else None


# Verbs that pass a verdict on the object of their "to" ("referred to them as terrorists").
VERDICT_TO = word_class("events.coding.detect.verdict_to_verbs")


def judged_to(v: Any) -> list[Any]:
    """Whom a verb of :data:`VERDICT_TO` judges: the object of its "to" (none for other verbs)."""
    if v.lemma_.lower() not in VERDICT_TO:
        return []
    return [g for p in v.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]


__all__ = ["VERDICT_TO", "judged_to", "NEGATIONS", "SUPPOSING", "THRESHOLD", "judgement", "polarity", "verdict_predicate", "word_entries", "word_values"]
