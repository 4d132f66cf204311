"""Fact checklists: score coded articles against a reviewer's list of what must (not) be found.

A checklist is JSON Lines, one article per line: ``{"id", "date", "text", "facts": [...]}``.
Each fact names what a careful reader expects, in the article's own words, so a checklist can
be written for any corpus without offsets:

=====================  ============================================================================
kind                   passes when
=====================  ============================================================================
``actor``              an actor has a mention equal to ``mention`` and the given ``country`` /
                       ``sector`` (``alt_sector`` also accepted)
``actor_not``          no actor has a mention equal to ``mention``
``same_actor``         all ``mentions`` belong to one actor
``quote``              a quote whose text contains ``contains`` has that ``speaker`` (a mention of
                       the speaker actor, or the speaker text) and ``quote_kind``
``quote_not_speaker``  no quote containing ``contains`` is attributed to ``speaker``
``event``              an event of type ``event`` (or ``alt_event``) meets every constraint given:
                       ``actor``, ``recipient`` (mention texts), ``actor_country``,
                       ``recipient_country``, ``evidence`` (text in its evidence), ``date``,
                       ``location`` (in the place name), ``mode`` (or ``alt_mode``), ``aux``,
                       ``aux_not``
``event_aux``          an event of type ``event`` with ``evidence`` in its evidence has ``aux``
``no_event``           no event of type ``event`` has its trigger inside the text ``evidence``
=====================  ============================================================================
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from ..ingest import article_id
from ..schema import Actor, Article, ArticleResult, Event

Fact = dict[str, Any]


def _norm(s: str | None) -> str:
    """Lower case, accents folded, leading article dropped: "the Élysée" -> "elysee"."""
    s = unicodedata.normalize("NFKD", (s or "").strip().lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for art in ("the ", "a ", "an "):
        if s.startswith(art):
            s = s[len(art):]
    return s


def _has_mention(actor: Actor, text: str, titled: bool = True) -> bool:
    """A mention is the text itself or (``titled``) the text after a title ("Chilean President X" names X)."""
    want = _norm(text)
    return any(_norm(m.span.text) == want or (titled and _norm(m.span.text).endswith(" " + want))
               for m in actor.mentions) or _norm(actor.name) == want


def _actors_named(result: ArticleResult, text: str, titled: bool = True) -> list[Actor]:
    return [a for a in result.actors if _has_mention(a, text, titled)]


def _ids_named(result: ArticleResult, text: str) -> set[str]:
    return {a.id for a in _actors_named(result, text)}


def _countries(result: ArticleResult, ids: Iterable[str]) -> set[str | None]:
    by_id = {a.id: a for a in result.actors}
    return {by_id[i].country for i in ids if i in by_id}


def _event_ok(result: ArticleResult, e: Event, f: Fact) -> bool:
    types = {f["event"], f.get("alt_event")}
    checks: list[bool] = [e.event in types]
    if "actor" in f:
        checks.append(bool(set(e.actor) & _ids_named(result, f["actor"])))
    if "recipient" in f:
        checks.append(bool(set(e.recipient) & _ids_named(result, f["recipient"])))
    if "actor_country" in f:
        checks.append(f["actor_country"] in _countries(result, e.actor))
    if "recipient_country" in f:
        checks.append(f["recipient_country"] in _countries(result, e.recipient))
    if "evidence" in f:
        spans = (e.evidence,) + e.mentions
        checks.append(any(f["evidence"].lower() in s.text.lower() for s in spans))
    if "date" in f:
        checks.append(e.date is not None and e.date.value == f["date"])
    if "location" in f:
        checks.append(e.location is not None and f["location"].lower() in e.location.name.lower())
    if "mode" in f:
        checks.append(e.mode in {f["mode"], f.get("alt_mode")})
    if "aux" in f:
        checks.append(f["aux"] in e.aux)
    if "aux_not" in f:
        checks.append(f["aux_not"] not in e.aux)
    return all(checks)


def _quote_speaker_is(result: ArticleResult, speaker_id: str | None, speaker_text: str | None, name: str) -> bool:
    if speaker_id and speaker_id in _ids_named(result, name):
        return True
    by_id = {a.id: a for a in result.actors}
    if speaker_id in by_id and name.lower() in by_id[speaker_id].name.lower():  # type: ignore[index]
        return True
    return bool(speaker_text) and name.lower() in (speaker_text or "").lower()


def check(result: ArticleResult, f: Fact) -> bool:
    """Whether one fact holds for a coded article."""
    kind = f["kind"]
    if kind == "actor":
        for a in _actors_named(result, f["mention"]):
            if "country" in f and a.country != f["country"]:
                continue
            if "sector" in f and a.sector not in {f["sector"], f.get("alt_sector")}:
                continue
            return True
        return False
    if kind == "actor_not":  # exact: "Ms Gahl" is a person, and does not make the town "Gahl" an actor
        return not _actors_named(result, f["mention"], titled=False)
    if kind == "same_actor":
        owners = [{a.id for a in _actors_named(result, m)} for m in f["mentions"]]
        return bool(owners) and bool(set.intersection(*owners))
    if kind in ("quote", "quote_not_speaker"):
        found = [q for q in result.quotes if f["contains"].lower() in q.text.lower()]
        if kind == "quote_not_speaker":
            return not any(_quote_speaker_is(result, q.speaker, q.speaker_text, f["speaker"]) for q in found)
        return any(_quote_speaker_is(result, q.speaker, q.speaker_text, f["speaker"])
                   and q.kind == f.get("quote_kind", q.kind) for q in found)
    if kind == "event":
        return any(_event_ok(result, e, f) for e in result.events)
    if kind == "event_aux":
        return any(e.event == f["event"] and f["evidence"].lower() in e.evidence.text.lower() and f["aux"] in e.aux
                   for e in result.events)
    if kind == "no_event":
        return not any(e.event == f["event"] and e.trigger is not None
                       and e.trigger.text.lower() in f["evidence"].lower() for e in result.events)
    raise ValueError(f"unknown fact kind {kind!r}")


def load_checklist(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate_facts(path: str | Path, code: Callable[[list[Article]], Iterable[ArticleResult]]) -> dict[str, Any]:
    """Code every checklist article with ``code`` and check its facts."""
    cases = load_checklist(path)
    articles = [Article(id=c.get("id") or article_id(c["text"]), text=c["text"],
                        date=dt.date.fromisoformat(c["date"]) if c.get("date") else None,
                        title=c["text"].split("\n", 1)[0]) for c in cases]
    rows = []
    for case, result in zip(cases, code(articles)):
        for f in case["facts"]:
            rows.append({"article": case.get("id"), "fact": f, "ok": check(result, f)})
    by_kind: dict[str, list[int]] = {}
    for r in rows:
        by_kind.setdefault(r["fact"]["kind"], [0, 0])
        by_kind[r["fact"]["kind"]][0] += r["ok"]
        by_kind[r["fact"]["kind"]][1] += 1
    passed = sum(r["ok"] for r in rows)
    return {"facts": len(rows), "passed": passed, "rate": passed / len(rows) if rows else 0.0,
            "by_kind": by_kind, "rows": rows}


def format_report(report: dict[str, Any]) -> str:
    out = [f"facts: {report['passed']}/{report['facts']} hold ({report['rate']:.1%})"]
    for kind, (ok, n) in sorted(report["by_kind"].items()):
        out.append(f"  {kind:18} {ok}/{n}")
    out.append("failing:")
    for r in report["rows"]:
        if not r["ok"]:
            f = {k: v for k, v in r["fact"].items() if k != "note"}
            out.append(f"  [{r['article']}] {json.dumps(f, ensure_ascii=False)}")
    return "\n".join(out)


__all__ = ["check", "evaluate_facts", "format_report", "load_checklist"]
