"""Story-level event types on labelled news-like stories (``tidings evaluate STORIES.csv``).

A CSV of stories, each labelled with the one PLOVER event type it was written about (``label``,
sometimes a ``mode``), such as ``../shared/data/synthetic_stories.csv``: machine-written stories
made to train a document-level classifier. They are no gold for events one by one (a story names
other acts too), but they are thousands of texts no rule was written for, so they tell whether a
change of the coder's type decisions carries beyond the benchmark's few hundred articles:

- **label found**: the share of stories whose output holds an event of the story's type, in the
  default output (confidence at or above the threshold) and among every live event;
- **main type right**: of the stories with an event in the default output, the share whose most
  confident event has the story's type (ties: the first in the text);
- **mode right**: of the stories with a labelled mode whose type was found, the share where an
  event of that type carries the mode;
- events per story, stories with no event, and a confusion of story type against main type.

Stories are taken in the order of a SHA-256 hash of their text, so ``--limit N`` is a fixed,
unbiased sample. The report holds figures only, never story texts: these stories are kept as a
check, and a rule written from one of them would make the check worthless.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..errors import ConfigError
from ..extract.events.relevance import is_live
from ..schema import Article, ArticleResult, Event
from ..ontology import EVENT_TYPES

DEFAULT_LIMIT = 600  # about two minutes on one core; 0 or None: every story
REQUIRED = ("text", "label")


def is_stories(path: str | Path) -> bool:
    """A CSV whose header has ``text`` and ``label``."""
    p = Path(path)
    if p.suffix.lower() != ".csv" or not p.is_file():
        return False
    with open(p, encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh), [])
    return all(col in header for col in REQUIRED)


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_stories(path: str | Path, limit: int | None = DEFAULT_LIMIT) -> list[dict[str, str]]:
    """The stories with a known PLOVER label, in hash order, the first ``limit`` (all with 0/None)."""
    if not is_stories(path):
        raise ConfigError(f"{path}: not a stories CSV (a header with {' and '.join(REQUIRED)})")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if (r.get("text") or "").strip()
                and (r.get("label") or "").strip().upper() in EVENT_TYPES]
    rows.sort(key=lambda r: _key(r["text"]))
    return rows[:limit] if limit else rows


def _title(row: dict[str, str]) -> str | None:
    """The story's headline: the prompt's first line (filled in), else the title column."""
    prompt = (row.get("prompt") or "").strip()
    return prompt.splitlines()[0].strip() if prompt else (row.get("title") or "").strip() or None


STORY_PREFIX = "story:"


def story_id(text: str) -> str:
    """A story's id: ``story:`` and the first 12 hex digits of the SHA-256 of its text."""
    return f"{STORY_PREFIX}{_key(text)[:12]}"


def to_article(row: dict[str, str]) -> Article:
    return Article(id=story_id(row["text"]), text=row["text"], title=_title(row))


def story_records(path: str | Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The stories of ``ids`` as article records (``id``, ``text``, ``title``, ``date`` None), for
    a hand-coded corpus that names stories by id (``corpus/stories/``)."""
    return {a.id: {"id": a.id, "text": a.text, "title": a.title, "date": None}
            for a in map(to_article, read_stories(path, 0)) if a.id in ids}


def main_event(events: Iterable[Event]) -> Event | None:
    """The most confident event (the first in the text among equals)."""
    best = None
    for ev in sorted(events, key=lambda e: e.evidence.start):
        if best is None or ev.confidence > best.confidence:
            best = ev
    return best


def _share(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def score_stories(rows: list[dict[str, str]], results: Iterable[ArticleResult], threshold: float) -> dict[str, Any]:
    """Figures of the coded ``results`` (one per row, same order) against the stories' labels."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for row, res in zip(rows, results):
        label = row["label"].strip().upper()
        mode = (row.get("mode") or "").strip().lower() or None
        live = [e for e in res.events if is_live(e)]
        shown = [e for e in live if e.confidence >= threshold]
        main = main_event(shown)
        c = per[label]
        c["stories"] += 1
        c["found"] += any(e.event == label for e in shown)
        c["found_live"] += any(e.event == label for e in live)
        c["with_event"] += bool(shown)
        c["main_right"] += bool(main and main.event == label)
        if mode and any(e.event == label for e in live):
            c["mode_asked"] += 1
            c["mode_right"] += any(e.event == label and (e.mode or "").lower() == mode for e in live)
        c["events"] += len(shown)
        c["events_live"] += len(live)
        c["off_label"] += sum(e.event != label for e in shown)
        c["problems"] += bool(res.problems)
        confusion[label][main.event if main else "-"] += 1
    for c in per.values():
        total.update(c)
    return {
        "stories": total["stories"], "threshold": threshold,
        "label_found": _share(total["found"], total["stories"]),
        "label_found_live": _share(total["found_live"], total["stories"]),
        "main_type_right": _share(total["main_right"], total["with_event"]),
        "no_event": _share(total["stories"] - total["with_event"], total["stories"]),
        "mode_right": _share(total["mode_right"], total["mode_asked"]), "mode_asked": total["mode_asked"],
        "events_per_story": _share(total["events"], total["stories"]),
        "live_events_per_story": _share(total["events_live"], total["stories"]),
        "off_label_share": _share(total["off_label"], total["events"]),
        "stories_with_problems": total["problems"],
        "per_label": {lab: {"stories": c["stories"], "label_found": _share(c["found"], c["stories"]),
                            "label_found_live": _share(c["found_live"], c["stories"]),
                            "main_type_right": _share(c["main_right"], c["with_event"])}
                      for lab, c in sorted(per.items())},
        "confusion": {lab: dict(row.most_common()) for lab, row in sorted(confusion.items())},
    }


def evaluate_stories(path: str | Path, pipeline: Any, limit: int | None = DEFAULT_LIMIT,
                     min_confidence: float | None = None) -> dict[str, Any]:
    """Code a hash-ordered sample of the stories at ``path`` and score their types."""
    from ..extract.events.confidence import default_threshold

    rows = read_stories(path, limit)
    threshold = default_threshold() if min_confidence is None else min_confidence
    report = score_stories(rows, pipeline.code_many(to_article(r) for r in rows), threshold)
    return {"dataset": "stories", "path": str(path), **report}


def format_stories_report(report: dict[str, Any]) -> str:
    pct = lambda x: f"{100 * x:.1f}%"  # noqa: E731
    out = [f"stories: {report['stories']} ({report['path']}), default output: confidence >= {report['threshold']}",
           f"story's type found: {pct(report['label_found'])} (every live event: {pct(report['label_found_live'])})",
           f"main event of the story's type: {pct(report['main_type_right'])} of the stories with an event; "
           f"no event: {pct(report['no_event'])}",
           f"mode right: {pct(report['mode_right'])} of {report['mode_asked']} stories with a mode whose type was found",
           f"events per story: {report['events_per_story']} (live {report['live_events_per_story']}); "
           f"of another type than the story's: {pct(report['off_label_share'])}",
           "per type:     stories  found  found-live  main-right"]
    for lab, v in report["per_label"].items():
        out.append(f"  {lab:<10} {v['stories']:>7}  {pct(v['label_found']):>6}  {pct(v['label_found_live']):>9}  "
                   f"{pct(v['main_type_right']):>9}")
    out.append("main event's type by story type (- none):")
    for lab, row in report["confusion"].items():
        out.append(f"  {lab:<10} " + ", ".join(f"{k} {n}" for k, n in row.items()))
    return "\n".join(out)


__all__ = ["DEFAULT_LIMIT", "STORY_PREFIX", "evaluate_stories", "format_stories_report", "is_stories", "main_event",
           "read_stories", "score_stories", "story_id", "story_records", "to_article"]
