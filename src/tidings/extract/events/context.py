"""PLOVER contexts of an event: what policy area it belongs to (military, economic, legal…).

A context needs evidence, not a stray word: the cues are lemmas and two-word terms ("press
freedom", "natural gas", "human rights") chosen to mean one area whatever the sentence, and they
count by where they occur — in the event's own clause most, elsewhere in its sentence less, in
the headline least (the article's topic). A context is kept when its evidence reaches a
threshold; the lexicon entry's own context always comes first. An event between two states in
words (talks, demands, rejections) is diplomatic unless the text names another area.
"""

from __future__ import annotations

from typing import Any, Iterable

# One area per cue. Words with several common senses are left out or given as two-word terms:
# "water", "gas", "bank", "press", "border" and "monitor" alone say nothing of the area.
_CUES = {
    "military": "troop army military soldier missile weapon tank war airstrike navy artillery militia warplane "
                "offensive bomb bombing combat frontline gunship drone battalion brigade shelling|armed force|"
                "air force|armed forces|military base",
    "peacekeeping": "peacekeeper peacekeeping ceasefire cease-fire truce|peace force|peace mission",
    "diplomatic": "diplomat diplomatic ambassador embassy summit envoy negotiation treaty mediation mediator "
                  "consulate negotiator|foreign ministry|peace talk|peace process",
    "economic": "trade economy economic tariff export import investment loan debt tax budget currency subsidy "
                "goods|free trade|trade pact|central bank|world bank",
    "legal": "court judge lawsuit trial prosecutor verdict legal indictment tribunal lawyer|legal action",
    "election": "election vote ballot candidate poll referendum electoral voter",
    "legislative": "parliament congress lawmaker legislature senate legislator|special law",
    "political_institutions": "constitution constitutional coup cabinet|opposition party|political party|"
                              "political reform",
    "human_rights": "atrocity torture|human rights|rights violation|rights abuse|rights violations",
    "health": "health hospital vaccine disease epidemic pandemic virus",
    "migration": "migrant migration immigrant deportation|border crossing",
    "asylum": "asylum refugee|displaced people|displaced persons",
    "terrorism": "terrorist terror terrorism jihadist hostage hostage-taker kidnapper|suicide bomber",
    "cyber": "hacker cyber hack cyberattack|computer network",
    "crime": "crime criminal gang murder robbery",
    "corruption": "corruption bribe bribery kickback embezzlement",
    "environment": "climate pollution emission environmental",
    "natural_resource": "oil mining pipeline mineral irrigation|natural gas|gas field|water supply|water right|"
                        "oil field",
    "cbrn": "nuclear chemical biological radiological|mass destruction",
    "religion_ethnicity": "ethnic religious sectarian",
    "repression": "crackdown repression dissident",
    "rights_freedoms": "censorship|press freedom|freedom of speech|political freedom",
    "disasters": "earthquake flood hurricane famine drought",
    "illegal_drugs": "drug cocaine heroin narcotic",
    "trafficking": "trafficking smuggling smuggler",
    "territory": "territory annexation|border dispute|occupied territory",
    "intelligence": "intelligence spy espionage",
}


def _index() -> tuple[dict[str, str], dict[str, str]]:
    words: dict[str, str] = {}
    pairs: dict[str, str] = {}
    for ctx, spec in _CUES.items():
        single, *multi = spec.split("|")
        for w in single.split():
            words.setdefault(w, ctx)
        for m in multi:
            pairs.setdefault(m, ctx)
    return words, pairs


_WORDS, _PAIRS = _index()

# Where a cue sits: in the event's clause, elsewhere in its sentence, in the headline.
CLAUSE, SENTENCE, HEADLINE = 3, 2, 1
THRESHOLD = 3
_VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
_TYPE_CONTEXT = {"CONSULT": "diplomatic", "MOBILIZE": "military", "ASSAULT": "military"}


def cues(tokens: Iterable[Any]) -> list[tuple[int, str]]:
    """(token index, context) for each cue among ``tokens``: two-word terms first, then words."""
    out: list[tuple[int, str]] = []
    for t in tokens:
        lemma = t.lemma_.lower()
        prev = t.nbor(-1) if t.i > t.sent.start else None
        if prev is not None:
            ctx = _PAIRS.get(f"{prev.lemma_.lower()} {lemma}") or _PAIRS.get(f"{prev.lower_} {t.lower_}")
            if ctx:
                out.append((t.i, ctx))
                continue
        if lemma in _WORDS:
            out.append((t.i, _WORDS[lemma]))
    return out


def contexts(sentence: Any, *, lexical: str | None, event: str, clause: Any = None,
             headline: Iterable[tuple[int, str]] = (), interstate: bool = False, limit: int = 3) -> tuple[str, ...]:
    """The event's contexts: the lexicon's, then those its clause, sentence and headline support."""
    found = [c for c in (lexical or "").split("|") if c]
    in_clause = {t.i for t in clause.subtree} if clause is not None else set()
    score: dict[str, int] = {}
    first: dict[str, int] = {}
    local = cues(sentence)
    for i, ctx in local:
        score[ctx] = score.get(ctx, 0) + (CLAUSE if i in in_clause else SENTENCE)
        first.setdefault(ctx, i)
    local_idx = {i for i, _ in local}
    for i, ctx in headline:
        if i not in local_idx:  # the headline is not the event's own sentence
            score[ctx] = score.get(ctx, 0) + HEADLINE
            first.setdefault(ctx, i)
    for ctx, _n in sorted(score.items(), key=lambda kv: (-kv[1], first[kv[0]])):
        if _n >= THRESHOLD and ctx not in found:
            found.append(ctx)
    if interstate and event in _VERBAL and "diplomatic" not in found:
        found.append("diplomatic")
    if not found and event in _TYPE_CONTEXT:
        found.append(_TYPE_CONTEXT[event])
    return tuple(found[:limit])


__all__ = ["CLAUSE", "HEADLINE", "SENTENCE", "THRESHOLD", "contexts", "cues"]
