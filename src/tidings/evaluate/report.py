"""Choosing an evaluator for a data set and printing its report for people.

``detect_format`` decides from the file name, then from the first record; ``run_evaluation``
runs the evaluator; ``format_report`` turns any report into text (the actors and places
evaluators, written elsewhere, bring their own ``format_report``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from ..errors import ConfigError

FORMATS = ("plover-gsr", "conflibert", "actors", "tidings-gold", "places", "facts", "news", "timelines", "stories")


def _is_checklist(p: Path) -> bool:
    """A fact checklist (JSONL whose records carry a "facts" list), whatever its file name says:
    checklists are named after what they check ("actors_cases.jsonl")."""
    if p.suffix != ".jsonl":
        return False
    try:
        with open(p, encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        rec = json.loads(first)
    except (OSError, ValueError):
        return False
    return isinstance(rec, dict) and isinstance(rec.get("facts"), list)


def detect_format(path: str | Path) -> str:
    p = Path(path)
    name = p.name.lower()
    if p.is_dir():
        from .crossdoc import is_timelines

        return "timelines" if is_timelines(p) else "news"  # the real-news corpus is a folder of records
    from .stories import is_stories

    if is_stories(p):
        return "stories"
    if _is_checklist(p):
        return "facts"
    if name.endswith(".gold.json"):
        return "tidings-gold"
    for key, fmt in (("plover_gsr", "plover-gsr"), ("gsr", "plover-gsr"), ("conflibert", "conflibert"),
                     ("actor_resolution", "actors"), ("actors", "actors"), ("place", "places"), ("geo", "places")):
        if key in name:
            return fmt
    try:
        with open(p, encoding="utf-8") as fh:
            first = fh.readline() if p.suffix == ".jsonl" else fh.read()
        rec = json.loads(first)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot tell the format of {path}: {exc}; pass --format") from None
    if isinstance(rec, dict):
        if "events" in rec and "article" in rec:
            return "tidings-gold"
        if "quad_label" in rec or "spans" in rec:
            return "conflibert"
        if "event" in rec and "text" in rec:
            return "plover-gsr"
        if "query_date" in rec or "code_1" in rec or "actor" in rec:
            return "actors"
    raise ConfigError(f"cannot tell the format of {path}; pass --format ({', '.join(FORMATS)})")


def run_evaluation(path: str | Path, fmt: str | None = None, *, pipeline: Any = None,
                   limit: int | None = None, split: str = "dev", articles: str | Path | None = None,
                   min_confidence: float | None = None) -> tuple[dict[str, Any], Callable[[dict[str, Any]], str]]:
    """(report, formatter) for the data set at ``path`` (``split`` and ``articles`` are for the
    real-news corpus)."""
    fmt = fmt or detect_format(path)
    if fmt == "actors":
        from . import actors  # type: ignore[attr-defined]

        return actors.evaluate_actors(path), actors.format_report
    if fmt == "timelines":  # gold mentions: no model needed
        from .crossdoc import evaluate_timelines, format_timelines_report

        return evaluate_timelines(path, limit), format_timelines_report
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline(errors="record")
    if fmt == "news":
        from .news_format import format_news_report
        from .news_run import evaluate_news

        return (evaluate_news(path, pipeline, split, articles=articles, limit=limit, min_confidence=min_confidence),
                format_news_report)
    if fmt == "stories":
        from .stories import DEFAULT_LIMIT, evaluate_stories, format_stories_report

        return (evaluate_stories(path, pipeline, DEFAULT_LIMIT if limit is None else limit, min_confidence),
                format_stories_report)
    if fmt == "places":
        from . import places  # type: ignore[attr-defined]

        return places.evaluate_places(path, pipeline), places.format_report
    if fmt == "facts":
        from . import facts

        return facts.evaluate_facts(path, lambda articles: pipeline.code_many(articles)), facts.format_report
    from . import events, seed

    if fmt == "plover-gsr":
        return events.evaluate_gsr(path, pipeline, limit), format_report
    if fmt == "conflibert":
        return events.evaluate_conflibert(path, pipeline, limit), format_report
    if fmt == "tidings-gold":
        return seed.evaluate_seed(path, pipeline), format_report
    raise ConfigError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _confusion_lines(table: dict[str, dict[str, int]]) -> list[str]:
    cols = sorted({c for row in table.values() for c in row})
    width = max([len(c) for c in cols] + [5])
    lines = ["confusion (rows gold, columns main coded event):",
             " " * 10 + " ".join(c[:width].rjust(width) for c in cols)]
    for gold, row in table.items():
        lines.append(gold[:10].ljust(10) + " ".join(str(row.get(c, "")).rjust(width) for c in cols))
    return lines


def format_report(report: dict[str, Any], misses: int = 10) -> str:
    """A plain-text report of an event evaluation."""
    ds = report.get("dataset")
    out = [f"dataset: {ds} ({report.get('path')})"]
    if ds == "plover-gsr":
        out += [f"sentences: {report['sentences']}",
                f"gold type among coded events: {_pct(report['type_among_coded'])}",
                f"macro-F1 over types: {report['macro_f1']:.3f}",
                f"actor country F1: {report['actor_country']['f1']:.3f} "
                f"(P {report['actor_country']['precision']:.3f}, R {report['actor_country']['recall']:.3f})",
                f"recipient country F1: {report['recipient_country']['f1']:.3f} "
                f"(P {report['recipient_country']['precision']:.3f}, R {report['recipient_country']['recall']:.3f})"]
        if "context" in report:
            out.append(f"context family F1: {report['context']['f1']:.3f} (P {report['context']['precision']:.3f}, "
                       f"R {report['context']['recall']:.3f})")
        for name, h in report.get("halves", {}).items():
            out.append(f"  {name}: n={h['sentences']} type {_pct(h['type_among_coded'])} macro-F1 "
                       f"{h['macro_f1']:.3f} actor F1 {h['actor_country_f1']:.3f} "
                       f"recipient F1 {h['recipient_country_f1']:.3f}"
                       + (f" context F1 {h['context_f1']:.3f}" if "context_f1" in h else ""))
        out.append("per type:        P      R      F1   (tp/fp/fn)")
        for t, v in report["per_type"].items():
            out.append(f"  {t:<10} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   "
                       f"({v['tp']}/{v['fp']}/{v['fn']})")
        out += _confusion_lines(report["confusion"])
        out.append(f"worst misses (first {misses}):")
        for m in report["misses"][:misses]:
            out.append(f"  [{m['gold']} coded {','.join(m['coded']) or '-'}] {m['text']}")
    elif ds == "conflibert":
        so = report["span_overlap"]
        out += [f"sentences: {report['sentences']} (quad-labelled {report['labelled']})",
                f"quad class of the main event: {_pct(report['quad_accuracy'])}",
                *(f"  {name}: labelled {h['labelled']} quad {_pct(h['quad_accuracy'])}"
                  for name, h in report.get("halves", {}).items()),
                f"source/target span overlap F1: {so['f1']:.3f} (P {so['precision']:.3f}, R {so['recall']:.3f})"]
        out += _confusion_lines(report["confusion"])
        out.append(f"worst misses (first {misses}):")
        for m in report["misses"][:misses]:
            out.append(f"  [gold {m['gold']} coded {m['coded']} {m['event'] or ''}] {m['text']}")
    elif ds == "tidings-gold":
        out += [f"required events found (type, actor, recipient): {report['required_found']} of {report['required']}",
                f"coded events matching a reference event: {report['coded_matching']} of {report['coded_events']} "
                f"({_pct(report['precision'])})"]
        for a in report["aux"]:
            out.append(f"  aux {a['id']}: want {a['want']} coded {a['coded']} {'ok' if a['ok'] else 'MISSING'}")
        out.append("missed required events:")
        for m in report["misses"]:
            out.append(f"  {m['id']} {m['event']}: {m['evidence']}")
        out.append("coded events matching no reference event:")
        for u in report["unmatched"]:
            out.append(f"  {u['id']} {u['event']} ({u['rule']}): {u['evidence'][:120]}")
    else:
        out.append(json.dumps(report, indent=2, default=str))
    return "\n".join(out)


__all__ = ["FORMATS", "detect_format", "format_report", "run_evaluation"]
