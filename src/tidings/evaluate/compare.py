"""Two real-news reports of one split side by side: what a change to the coder gained and lost.

    tidings evaluate corpus/wikinews --split dev-work --min-confidence 0 --json > before.json
    ... change the coder ...
    tidings evaluate corpus/wikinews --split dev-work --min-confidence 0 --json > after.json
    python -m tidings.evaluate.compare before.json after.json

Prints the headline figures of both reports (events found and claimed, precision, actors, split
and untyped actors, speakers, pronouns, misses by reason) and, from their per-article error
listings, the required events the change found or lost and the wrong events it added or took away,
each with its article, type, participants, confidence, rule and the words of its evidence. A
dev-check report has no error listing (its cases are not read): only the figures are compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable

# (label, path into the report) of the figures printed side by side
FIGURES = (
    ("required events found", ("events", "found")),
    ("events claimed", ("events", "claimed")),
    ("event precision", ("events", "precision")),
    ("event recall", ("events", "recall")),
    ("actor F1 (country + sector)", ("actors", "f1")),
    ("split actors per article", ("split_actors_per_article",)),
    ("untyped actors not in the reference per article", ("junk_actors_per_article",)),
    ("speakers right of the quotes found", ("quotes_speaker_of_matched", "right")),
    ("speakers wrong of the quotes found", ("quotes_speaker_of_matched", "wrong")),
    ("reference pronouns right", ("pronouns", "right")),
    ("reference pronouns wrong", ("pronouns", "wrong")),
)


def figure(report: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at ``path`` in a report, or None where the report has none."""
    value: Any = report
    for key in path:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _events(report: dict[str, Any], kind: str) -> dict[tuple[Any, ...], dict[str, Any]]:
    """The report's listed events of one error kind ("event-missed", "event-false"), keyed by what
    stays the same when the coder changes: article, type, participants and evidence words."""
    out = {}
    for article in report.get("articles_detail", ()):
        for e in article.get("errors", ()):
            if e.get("kind") == kind:
                key = (article["article"], e["event"], tuple(e.get("actor", ())), tuple(e.get("recipient", ())),
                       e.get("text", "")[:200])
                out[key] = e
    return out


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]]:
    """Required events found and lost, wrong events added and taken away, from two reports'
    error listings (a miss that is gone was found; a miss that is new was lost)."""
    out: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {}
    for name, kind, old, new in (("found", "event-missed", before, after), ("lost", "event-missed", after, before),
                                 ("wrong added", "event-false", after, before),
                                 ("wrong taken away", "event-false", before, after)):
        a, b = _events(old, kind), _events(new, kind)
        out[name] = [(k, a[k]) for k in sorted(set(a) - set(b), key=str)]
    return out


def _line(key: tuple[Any, ...], e: dict[str, Any]) -> str:
    article, event, actor, recipient, text = key
    extra = f" {e['confidence']:.2f} {e.get('rule', '')}" if "confidence" in e else ""
    return f"  {article} {event} {list(actor)} -> {list(recipient)}{extra} :: {text[:140]}"


def render(before: dict[str, Any], after: dict[str, Any]) -> Iterable[str]:
    for label, path in FIGURES:
        yield f"{label:52s} {figure(before, path)!s:>10} -> {figure(after, path)!s:<10}"
    yield f"{'misses by reason':52s} {figure(before, ('missed',))} -> {figure(after, ('missed',))}"
    for name, rows in changes(before, after).items():
        yield f"{name}: {len(rows)}"
        yield from (_line(k, e) for k, e in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path, help="the report before the change (tidings evaluate ... --json)")
    ap.add_argument("after", type=Path, help="the report after it")
    args = ap.parse_args(argv)
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    for line in render(before, after):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
