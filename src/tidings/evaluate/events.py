"""Event evaluation on sentence-level gold data: the PLOVER GSR and ConfliBERT's CAMEO set.

Each gold sentence is coded as a one-sentence article through one :class:`Pipeline` batch.
Negated events are left out of the scores, as PLOVER leaves them out of its data.

PLOVER GSR actor matching: for each sentence the gold source codes (ISO3 or PLOVER non-state
codes, legacy codes mapped by :data:`~.metrics.CODE_ALIASES`) are compared as a set with the
countries of the actors of the coded event of the gold type (else of the main coded event);
true positives, false positives and false negatives are summed over sentences (micro F1). The
same is done for targets against recipients.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterable

from ..extract.events.relevance import is_live
from ..ontology import EVENT_TYPES, normalise_type
from ..schema import Article, ArticleResult, Event
from .metrics import PRF, MultiLabel, confusion, locate, normalise_code, overlap_f1, span_overlap_counts

TYPES = tuple(EVENT_TYPES)

# The GSR's free-text context labels and tidings' PLOVER contexts, both folded into the same
# coarse families so that they can be compared (the GSR predates PLOVER's context list).
GSR_CONTEXT_FAMILY = {
    "military": "military", "diplomatic": "diplomatic", "foreign": "diplomatic", "legal": "legal",
    "economic": "economic", "assets": "economic", "election": "election", "terrorism": "terrorism",
    "refugee": "refugee", "refugees": "refugee", "rights": "rights", "cbrn": "cbrn", "cyber": "cyber",
    "resource": "resource", "resources": "resource", "political": "political", "government": "political",
    "politics": "political", "discrimination": "discrimination", "religion": "religion",
}
CONTEXT_FAMILY = {
    "military": "military", "peacekeeping": "military", "diplomatic": "diplomatic", "legal": "legal",
    "crime": "legal", "corruption": "legal", "economic": "economic", "election": "election",
    "terrorism": "terrorism", "asylum": "refugee", "migration": "refugee", "human_rights": "rights",
    "rights_freedoms": "rights", "repression": "rights", "cbrn": "cbrn", "cyber": "cyber",
    "natural_resource": "resource", "environment": "resource", "executive": "political",
    "legislative": "political", "political_institutions": "political", "pro_democracy": "political",
    "inequality": "discrimination", "gender": "discrimination", "lgbt": "discrimination",
    "religion_ethnicity": "religion",
}


def gold_context_families(label: Any) -> set[str]:
    if not isinstance(label, str):
        return set()
    return {GSR_CONTEXT_FAMILY[w.strip()] for w in label.split(",") if w.strip() in GSR_CONTEXT_FAMILY}


def context_families(contexts: Iterable[str]) -> set[str]:
    return {CONTEXT_FAMILY[c] for c in contexts if c in CONTEXT_FAMILY}


def read_jsonl(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def live_events(result: ArticleResult) -> list[Event]:
    return [e for e in result.events if is_live(e)]


def main_event(result: ArticleResult) -> Event | None:
    """The event a one-sentence article is mostly about: the most confident, then the first."""
    events = live_events(result)
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.evidence.start, -(e.trigger.start if e.trigger else 0)))


def _countries(result: ArticleResult, ids: Iterable[str]) -> set[str]:
    by_id = {a.id: a for a in result.actors}
    return {c for c in (normalise_code(by_id[i].country) for i in ids if i in by_id) if c}


def _gold_codes(items: Any) -> set[str]:
    if not items or isinstance(items, str):
        return set()
    return {c for c in (normalise_code(x.get("code")) for x in items) if c}


def code_records(pipeline: Any, records: list[dict[str, Any]], text_key: str = "text") -> list[ArticleResult]:
    arts = []
    for i, r in enumerate(records):
        date = None
        if r.get("date"):
            try:
                date = dt.date.fromisoformat(str(r["date"])[:10])
            except ValueError:
                date = None
        arts.append(Article(id=str(r.get("id", i)), text=r.get(text_key) or r.get("text_tokens") or "", date=date, origin=f"line {i + 1}"))
    return list(pipeline.code_many(arts))


def _gsr_part(records: list[dict[str, Any]], results: list[ArticleResult]) -> dict[str, Any]:
    labels = MultiLabel(TYPES)
    actor, recipient, context = PRF(), PRF(), PRF()
    hits = 0
    pairs = []
    misses = []
    for rec, res in zip(records, results):
        gold = normalise_type(rec["event"])
        events = live_events(res)
        coded = {e.event for e in events}
        labels.add(gold, coded)
        hit = gold in coded
        hits += hit
        main = main_event(res)
        pairs.append((gold, main.event if main else "-"))
        ev = next((e for e in events if e.event == gold), main)
        actor.add_sets(_gold_codes(rec.get("source")), _countries(res, ev.actor) if ev else set())
        recipient.add_sets(_gold_codes(rec.get("target")), _countries(res, ev.recipient) if ev else set())
        gold_ctx = gold_context_families(rec.get("context"))
        if gold_ctx:
            context.add_sets(gold_ctx, context_families(ev.context) if ev else set())
        if not hit:
            misses.append({"id": rec.get("id"), "gold": gold, "coded": sorted(coded), "text": rec["text"]})
    n = len(records)
    return {
        "sentences": n,
        "type_among_coded": round(hits / n, 4) if n else 0.0,
        "macro_f1": round(labels.macro_f1(), 4),
        "per_type": {k: v.as_dict() for k, v in labels.per.items()},
        "actor_country": actor.as_dict(),
        "recipient_country": recipient.as_dict(),
        "context": context.as_dict(),
        "confusion": confusion(pairs),
        "misses": misses,
    }


def evaluate_gsr(path: str | Path, pipeline: Any, limit: int | None = None) -> dict[str, Any]:
    """PLOVER GSR: gold type among coded events, macro-F1, actor and recipient country F1.

    Also reports the two halves (even and odd lines) separately: rules were tuned looking at
    the first, the second is the check against overfitting.
    """
    records = read_jsonl(path, limit)
    results = code_records(pipeline, records)
    report = {"dataset": "plover-gsr", "path": str(path), **_gsr_part(records, results)}
    halves = {}
    for name, k in (("half_a_even_lines", 0), ("half_b_odd_lines", 1)):
        part = _gsr_part(records[k::2], results[k::2])
        halves[name] = {key: part[key] for key in ("sentences", "type_among_coded", "macro_f1")}
        halves[name]["actor_country_f1"] = part["actor_country"]["f1"]
        halves[name]["recipient_country_f1"] = part["recipient_country"]["f1"]
        halves[name]["context_f1"] = part["context"]["f1"]
    report["halves"] = halves
    return report


def _actor_spans(result: ArticleResult, ids: Iterable[str]) -> list[tuple[int, int]]:
    by_id = {a.id: a for a in result.actors}
    return [(m.span.start, m.span.end) for i in ids if i in by_id for m in by_id[i].mentions]


def evaluate_conflibert(path: str | Path, pipeline: Any, limit: int | None = None) -> dict[str, Any]:
    """ConfliBERT CAMEO: quad class of the main event; source/target span overlap F1."""
    records = read_jsonl(path, limit)
    results = code_records(pipeline, records)
    labelled = correct = 0
    half_counts = [[0, 0], [0, 0]]  # [labelled, correct] of even and odd lines
    pairs = []
    counts = [0, 0, 0, 0]
    misses = []
    for k, (rec, res) in enumerate(zip(records, results)):
        main = main_event(res)
        quad = main.quad if main else 0
        if rec.get("quad_label") is not None:
            labelled += 1
            gold_q = int(rec["quad_label"])
            correct += quad == gold_q
            half_counts[k % 2][0] += 1
            half_counts[k % 2][1] += quad == gold_q
            pairs.append((str(gold_q), str(quad)))
            if quad != gold_q:
                misses.append({"gold": gold_q, "coded": quad, "event": main.event if main else None,
                               "text": res.article.text})
        gold_spans = []
        for sp in rec.get("spans") or []:
            loc = locate(res.article.text, sp.get("text", ""))
            if loc:
                gold_spans.append((sp.get("role", "source"), loc))
        if not gold_spans:
            continue
        pred = []
        if main is not None:
            pred += [("source", s) for s in _actor_spans(res, main.actor)]
            pred += [("target", s) for s in _actor_spans(res, main.recipient)]
        for k, v in enumerate(span_overlap_counts(gold_spans, pred)):
            counts[k] += v
    p, r, f = overlap_f1(*counts)
    return {
        "dataset": "conflibert", "path": str(path), "sentences": len(records), "labelled": labelled,
        "quad_accuracy": round(correct / labelled, 4) if labelled else 0.0,
        "halves": {name: {"labelled": n, "quad_accuracy": round(c / n, 4) if n else 0.0}
                   for name, (n, c) in zip(("half_a_even_lines", "half_b_odd_lines"), half_counts)},
        "span_overlap": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                         "pred_hit": counts[0], "pred": counts[1], "gold_hit": counts[2], "gold": counts[3]},
        "confusion": confusion(pairs), "misses": misses,
    }


__all__ = ["CONTEXT_FAMILY", "GSR_CONTEXT_FAMILY", "context_families", "evaluate_conflibert", "evaluate_gsr",
           "gold_context_families", "live_events", "main_event", "read_jsonl"]
