"""Cross-document event clusters scored against SemEval-2015 Task 4 timelines (``tidings evaluate``).

The folder holds ``semeval2015_task4_event_clusters.jsonl`` (one gold event a line: the mentions
on a line are one event, grouped into timelines by target entity) and
``semeval2015_task4_docs.jsonl`` (the tokenised articles, with their dates). Each timeline is a
partition of its annotated mentions; both systems cluster those mentions and are scored with MUC,
B³ and CEAF-e, whose mean is the CoNLL F1, summed over the timelines:

* ``tidings``: each mention becomes a :class:`~tidings.crossdoc.EventMention` (its event type the
  stem of the trigger word, its participants the names in its sentence, its date the first time
  its sentence states as the ``times`` component resolves it against the article's date - unless
  that is a month or year around the article's own date, when the article's date is the sharper -
  else its article's) and :func:`tidings.crossdoc.cluster` groups them with the same rules the
  store merges by;
* ``lemma+time``: the baseline merges mentions with the same stem and the same time (the date the
  sentence states, else the article's date).

No model is needed: the mentions and their sentences are the gold ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any, Hashable, Iterable, Sequence

from ..crossdoc.match import Entity, EventMention, MatchConfig, cluster, parse_period_start
from ..errors import ConfigError

CLUSTERS = "semeval2015_task4_event_clusters.jsonl"
DOCS = "semeval2015_task4_docs.jsonl"

Clusters = list[set[Hashable]]


def is_timelines(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / CLUSTERS).is_file()


# --- metrics --------------------------------------------------------------------------------

def _prf(num_r: float, den_r: float, num_p: float, den_p: float) -> tuple[float, float, float]:
    r = num_r / den_r if den_r else 0.0
    p = num_p / den_p if den_p else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def muc_counts(key: Clusters, response: Clusters) -> tuple[int, int, int, int]:
    """(recall numerator, recall denominator, precision numerator, precision denominator) of MUC."""
    def part(a: Clusters, b: Clusters) -> tuple[int, int]:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            pieces = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(pieces)
            den += len(c) - 1
        return num, den

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return rn, rd, pn, pd


def b3_counts(key: Clusters, response: Clusters) -> tuple[float, int, float, int]:
    def part(a: Clusters, b: Clusters) -> tuple[float, int]:
        where = {m: c for c in b for m in c}
        total = 0.0
        n = 0
        for c in a:
            for m in c:
                total += len(c & where.get(m, {m})) / len(c)
                n += 1
        return total, n

    rn, rd = part(key, response)
    pn, pd = part(response, key)
    return rn, rd, pn, pd


def ceafe_counts(key: Clusters, response: Clusters) -> tuple[float, int, float, int]:
    """Entity-based CEAF: the best one-to-one alignment of clusters by 2|K∩R| / (|K|+|R|)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not key or not response:
        return 0.0, len(key), 0.0, len(response)
    sim = np.zeros((len(key), len(response)))
    where = {m: j for j, c in enumerate(response) for m in c}
    for i, k in enumerate(key):
        for m in k:
            j = where.get(m)
            if j is not None and sim[i, j] == 0:
                sim[i, j] = 2 * len(k & response[j]) / (len(k) + len(response[j]))
    rows, cols = linear_sum_assignment(-sim)
    best = float(sim[rows, cols].sum())
    return best, len(key), best, len(response)


def score(pairs: Iterable[tuple[Clusters, Clusters]]) -> dict[str, dict[str, float]]:
    """MUC, B³, CEAF-e (counts summed over the (key, response) pairs) and their CoNLL mean."""
    sums = {name: [0.0, 0.0, 0.0, 0.0] for name in ("muc", "b3", "ceafe")}
    for key, response in pairs:
        for name, fn in (("muc", muc_counts), ("b3", b3_counts), ("ceafe", ceafe_counts)):
            for i, v in enumerate(fn(key, response)):  # type: ignore[operator]
                sums[name][i] += v
    out: dict[str, dict[str, float]] = {}
    for name, (rn, rd, pn, pd) in sums.items():
        p, r, f = _prf(rn, rd, pn, pd)
        out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    out["conll"] = {"f1": round(sum(out[n]["f1"] for n in ("muc", "b3", "ceafe")) / 3, 4)}
    return out


# --- mentions from the gold data --------------------------------------------------------------

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ers", "er", "ed",
             "es", "s", "y", "e")
_MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"))}
_DATE = re.compile(r"\b(?:(\d{1,2}) )?(" + "|".join(m.title() for m in _MONTHS) + r")(?: (\d{1,2}))?(?: ?, )?"
                   r"(?: ?(\d{4}))?\b|\b(?:in|since|until|by|of) (\d{4})\b")
_NAME = re.compile(r"\b[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*")
_STOP = {"The", "A", "An", "In", "On", "It", "He", "She", "They", "This", "That", "But", "And", "For", "As", "At",
         "Its", "We", "I", "If", "After", "Mr", "Ms", "Mrs"}


def stem(word: str) -> str:
    """A crude stem that folds inflection and common derivations ("deliveries", "delivered")."""
    parts = []
    for w in re.split(r"[_\s]+", word.casefold()):
        for _ in range(2):
            for suf in _SUFFIXES:
                if w.endswith(suf) and len(w) - len(suf) >= 3:
                    w = w[: -len(suf)]
                    break
        parts.append(w)
    return "_".join(parts)


def sentence_date(text: str, doc_date: dt.date | None) -> tuple[dt.date, str] | None:
    """The first date the sentence states (a month without a year takes the article's year)."""
    for m in _DATE.finditer(text):
        if m.group(5):
            return dt.date(int(m.group(5)), 1, 1), "year"
        month = _MONTHS[m.group(2).casefold()]
        year = int(m.group(4)) if m.group(4) else (doc_date.year if doc_date else None)
        if year is None:
            continue
        day = m.group(1) or m.group(3)
        try:
            return (dt.date(year, month, int(day)), "day") if day else (dt.date(year, month, 1), "month")
        except ValueError:
            continue
    return None


def stated_time(text: str, doc_date: dt.date | None) -> tuple[dt.date, str] | None:
    """The first time the sentence states, found and resolved against its article's date as the
    ``times`` component does ("Friday", "last month", "today", "in 2004"), without a parser."""
    from ..extract.times.finder import PATTERNS
    from ..extract.times.temporal import resolve

    # one sentence has no story: what counts from the story's date ("the previous month") is left out
    spans = sorted({(m.start(), m.end()) for name, pattern in PATTERNS if name != "narrative"
                    for m in pattern.finditer(text)},
                   key=lambda sp: (-(sp[1] - sp[0]), sp[0]))
    chosen: list[tuple[int, int]] = []
    for start, end in spans:  # the longest of overlapping candidates, as the component keeps
        if all(end <= a or start >= b for a, b in chosen):
            chosen.append((start, end))
    for start, end in sorted(chosen):
        found = resolve(text[start:end], doc_date)
        day = parse_period_start(found.value) if found.value else None
        if day is not None and found.precision:
            return day, found.precision
    return None


def names(text: str, skip: str) -> tuple[Entity, ...]:
    """Capitalised names in the sentence (but the trigger word), as participants."""
    out: dict[str, Entity] = {}
    for m in _NAME.finditer(text):
        words = [w for w in m.group(0).split() if w not in _STOP and w.casefold() != skip.casefold()]
        if words and not all(w.casefold() in _MONTHS for w in words):
            name = " ".join(words)
            out.setdefault(name.casefold(), Entity(f"name:{name.casefold()}|", name))
    return tuple(out.values())


@dataclasses.dataclass(frozen=True)
class GoldMention:
    key: tuple[str, int, str]  # (doc, sentence, word): one mention, whichever timeline lists it
    timeline: str
    doc_id: str
    word: str
    sentence: str
    doc_date: dt.date | None


def load(folder: str | Path, limit: int | None = None) -> list[GoldMention]:
    folder = Path(folder)
    if not is_timelines(folder):
        raise ConfigError(f"{folder}: no {CLUSTERS} (a SemEval-2015 Task 4 timelines folder)")
    dates: dict[str, dt.date | None] = {}
    if (folder / DOCS).is_file():
        with open(folder / DOCS, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                try:
                    dates[str(d["doc_id"])] = dt.date.fromisoformat(d["date"]) if d.get("date") else None
                except ValueError:
                    dates[str(d["doc_id"])] = None
    out: list[GoldMention] = []
    with open(folder / CLUSTERS, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            timeline = rec["cluster_id"].rsplit(":", 1)[0]
            for m in rec["mentions"]:
                if not m.get("sentence_text"):  # a few gold lines name tokens the documents lack
                    continue
                doc = str(m["doc_id"])
                out.append(GoldMention((doc, int(m["sentence"]), m["word"]), timeline, doc, m["word"],
                                       m["sentence_text"], dates.get(doc)))
    return out


def gold_clusters(folder: str | Path, limit: int | None = None) -> dict[str, Clusters]:
    """Each timeline's gold events as sets of mention keys (each mention once per timeline)."""
    out: dict[str, dict[str, set[Hashable]]] = {}
    with open(Path(folder) / CLUSTERS, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            timeline = rec["cluster_id"].rsplit(":", 1)[0]
            keys = {(str(m["doc_id"]), int(m["sentence"]), m["word"]) for m in rec["mentions"] if m.get("sentence_text")}
            if keys:
                out.setdefault(timeline, {})[rec["cluster_id"]] = keys
    result: dict[str, Clusters] = {}
    for timeline, groups in out.items():
        seen: set[Hashable] = set()
        result[timeline] = []
        for keys in groups.values():  # a mention listed twice in one timeline counts in its first event
            fresh = keys - seen
            seen |= fresh
            if fresh:
                result[timeline].append(fresh)
    return result


def _contains(found: tuple[dt.date, str], day: dt.date) -> bool:
    start, precision = found
    if precision == "year":
        return start.year == day.year
    if precision == "month":
        return (start.year, start.month) == (day.year, day.month)
    return False


def to_mention(g: GoldMention, ref: int) -> EventMention:
    found = stated_time(g.sentence, g.doc_date)
    if found and g.doc_date and _contains(found, g.doc_date):
        found = None  # "this year", "in March" around the article's own date: its date is the sharper
    day, precision = found if found else (g.doc_date, "article" if g.doc_date else None)
    return EventMention(ref=ref, article_id=g.doc_id, event=stem(g.word), day=day, precision=precision,
                        actors=names(g.sentence, g.word), evidence=g.sentence)


def tidings_clusters(mentions: Sequence[GoldMention], cfg: MatchConfig) -> Clusters:
    records = sorted((to_mention(g, i) for i, g in enumerate(mentions)),
                     key=lambda m: (m.day or dt.date.min, m.article_id, m.ref))
    return [{mentions[m.ref].key for m in group} for group in cluster(records, cfg)]


def baseline_clusters(mentions: Sequence[GoldMention]) -> Clusters:
    groups: dict[tuple[str, Any], set[Hashable]] = {}
    for g in mentions:
        found = sentence_date(g.sentence, g.doc_date)
        groups.setdefault((stem(g.word), found[0] if found else g.doc_date), set()).add(g.key)
    return list(groups.values())


# Gold mentions carry no in-article merge: two mentions of one article may be one event here.
EVAL_CONFIG = MatchConfig(same_article=True)


def evaluate_timelines(folder: str | Path, limit: int | None = None) -> dict[str, Any]:
    """The report: MUC, B³, CEAF-e and CoNLL F1 of tidings and of the lemma+time baseline."""
    mentions = load(folder, limit)
    gold = gold_clusters(folder, limit)
    by_timeline: dict[str, dict[Hashable, GoldMention]] = {}
    for g in mentions:
        by_timeline.setdefault(g.timeline, {}).setdefault(g.key, g)
    systems = {"tidings": lambda ms: tidings_clusters(ms, EVAL_CONFIG), "lemma+time": baseline_clusters}
    report: dict[str, Any] = {
        "dataset": str(folder), "format": "timelines", "timelines": len(gold),
        "mentions": sum(len(c) for cs in gold.values() for c in cs),
        "gold_events": sum(len(cs) for cs in gold.values()),
        "gold_cross_article_events": sum(1 for cs in gold.values() for c in cs if len({k[0] for k in c}) > 1),  # type: ignore[index]
        "systems": {},
    }
    for name, fn in systems.items():
        pairs = [(gold[t], fn(list(by_timeline.get(t, {}).values()))) for t in sorted(gold)]
        report["systems"][name] = {**score(pairs), "events": sum(len(r) for _, r in pairs)}
    return report


def format_timelines_report(report: dict[str, Any]) -> str:
    lines = [f"SemEval-2015 Task 4 timelines: {report['timelines']} timelines, {report['mentions']} mentions, "
             f"{report['gold_events']} gold events ({report['gold_cross_article_events']} across articles)", "",
             f"{'system':12} {'events':>6}  {'MUC F1':>7} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'CEAFe F1':>8} "
             f"{'CoNLL F1':>8}"]
    for name, s in report["systems"].items():
        lines.append(f"{name:12} {s['events']:>6}  {s['muc']['f1']:>7.3f} {s['b3']['precision']:>6.3f} "
                     f"{s['b3']['recall']:>6.3f} {s['b3']['f1']:>6.3f} {s['ceafe']['f1']:>8.3f} {s['conll']['f1']:>8.3f}")
    return "\n".join(lines)


__all__ = ["b3_counts", "baseline_clusters", "ceafe_counts", "evaluate_timelines", "format_timelines_report",
           "gold_clusters", "is_timelines", "load", "muc_counts", "score", "stated_time", "stem", "tidings_clusters",
           "to_mention"]
