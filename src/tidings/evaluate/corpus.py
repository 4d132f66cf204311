"""The real-news benchmark corpus: hand-coded stand-off records over ``../shared`` articles.

A record names an article by id and keeps only character offsets and labels, never the text
(``corpus/wikinews/``; the guide is ``docs/annotation.md``). Coders write *drafts* whose spans
are exact strings of the article; :func:`anchor_draft` turns a draft into a record and refuses
strings it cannot find. :func:`validate_record` checks a record against its article: every span
inside the text, every referenced actor defined, every label in the ontology.

The split is fixed by a hash of the article id (:func:`split_of`), so it never depends on who
coded what or in which order. A corpus whose texts were read while the rules were written (a file
``dev_only.txt`` in its folder says why) has no test split: every record is ``dev``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..ontology import EVENT_TYPES, NONSTATE_CODES, SECTORS, normalise_type

TEST_SHARE = 34  # percent of articles (by id hash) reserved for the test split
DEV_ONLY_FILE = "dev_only.txt"  # in a corpus folder: its texts were read in development, so none is test
KINDS = ("person", "organization", "country", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")
AUX = ("negation", "hypothetical", "future", "historical")
WHY = ("negated", "hypothetical", "background", "not-political", "no-sense", "inside-quote", "future", "other")
PRECISIONS = ("day", "month", "year")


class CorpusError(ValueError):
    """A draft or record that does not fit its article or the ontology."""


def split_of(article_id: str, dev_only: bool = False) -> str:
    """``test`` for about a third of article ids, ``dev`` for the rest, fixed by a hash of the id;
    ``dev`` for every id of a dev-only corpus (texts read while rules were written)."""
    if dev_only:
        return "dev"
    h = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if h % 100 < TEST_SHARE else "dev"


def is_dev_only(folder: str | Path) -> bool:
    """Whether a corpus folder (or its ``primary``/``second`` subfolder) is declared dev-only."""
    folder = Path(folder)
    return any((f / DEV_ONLY_FILE).is_file() for f in (folder, folder.parent))


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class GoldActor:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    mentions: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldQuote:
    id: str
    span: tuple[int, int]
    speaker: str | None
    kind: str
    cue: tuple[int, int] | None


@dataclass(frozen=True)
class GoldEvent:
    id: str
    event: str
    evidence: tuple[int, int]
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    alt_actor: tuple[str, ...] = ()
    alt_recipient: tuple[str, ...] = ()
    mode: str | None = None
    date: str | None = None
    precision: str | None = None
    place: tuple[str, str | None] | None = None  # (name, country)
    aux: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class GoldNotEvent:
    event: str
    evidence: tuple[int, int]
    why: str


@dataclass(frozen=True)
class GoldArticle:
    article: str
    coder: str
    coded: str
    split: str
    political: bool
    actors: tuple[GoldActor, ...]
    quotes: tuple[GoldQuote, ...]
    events: tuple[GoldEvent, ...]
    not_events: tuple[GoldNotEvent, ...]
    text_sha1: str | None = None


# --- drafts -> records -----------------------------------------------------------------------

def _word_re(s: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


def _find(text: str, s: str, within: str | None = None, *, what: str) -> tuple[int, int]:
    """The offsets of ``s`` in ``text``: its first occurrence, or its first inside the first ``within``."""
    if not isinstance(s, str) or not s.strip():
        raise CorpusError(f"{what}: empty text")
    base = 0
    if within:
        base = text.find(within)
        if base < 0:
            raise CorpusError(f"{what}: context {within!r} not in the article")
        i = within.find(s)
        if i < 0:
            raise CorpusError(f"{what}: {s!r} not inside its context {within!r}")
        return base + i, base + i + len(s)
    i = text.find(s)
    if i < 0:
        raise CorpusError(f"{what}: {s!r} not in the article (copy it character for character)")
    return i, i + len(s)


def _mention_spans(text: str, mention: Any, what: str) -> list[tuple[int, int]]:
    if isinstance(mention, dict):
        return [_find(text, mention.get("text", ""), mention.get("in"), what=what)]
    if not isinstance(mention, str) or not mention.strip():
        raise CorpusError(f"{what}: a mention must be a string or {{'text', 'in'}}")
    spans = [(m.start(), m.end()) for m in _word_re(mention).finditer(text)]
    if not spans:
        raise CorpusError(f"{what}: {mention!r} not in the article as a whole word")
    return spans


def _drop_nested(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted unique spans without those inside a longer span of the same actor."""
    uniq = sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int]] = []
    for s in uniq:
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
            kept.append(s)
    return tuple(kept)


def _nearest(text: str, s: str, anchor: tuple[int, int], what: str) -> tuple[int, int]:
    spans = [(m.start(), m.end()) for m in _word_re(s).finditer(text)] or \
            [(m.start(), m.start() + len(s)) for m in re.finditer(re.escape(s), text)]
    if not spans:
        raise CorpusError(f"{what}: cue {s!r} not in the article")
    mid = (anchor[0] + anchor[1]) / 2
    return min(spans, key=lambda sp: min(abs(sp[0] - anchor[1]), abs(sp[1] - anchor[0]), abs(sp[0] - mid)))


def _evidence(text: str, item: dict[str, Any], key: str, what: str) -> tuple[int, int]:
    val = item.get(key)
    if isinstance(val, dict):
        return _find(text, val.get("text", ""), val.get("in"), what=what)
    return _find(text, val, item.get("in"), what=what)


def anchor_draft(draft: dict[str, Any], text: str, dev_only: bool = False) -> dict[str, Any]:
    """The stand-off record of a coder's draft over ``text`` (for a dev-only corpus with ``dev_only``);
    raises CorpusError on the first problem."""
    aid = draft.get("article")
    if not aid:
        raise CorpusError("draft has no 'article' id")
    actors = []
    for a in draft.get("actors", []):
        what = f"actor {a.get('id')}"
        spans: list[tuple[int, int]] = []
        for m in a.get("mentions", []):
            spans += _mention_spans(text, m, what)
        actors.append({k: a.get(k) for k in ("id", "name", "kind", "country", "sector", "role")}
                      | {"mentions": [list(s) for s in _drop_nested(spans)]})
    quotes = []
    for q in draft.get("quotes", []):
        what = f"quote {q.get('id')}"
        span = _evidence(text, q, "text", what)
        cue = _nearest(text, q["cue"], span, what) if q.get("cue") else None
        quotes.append({"id": q.get("id"), "span": list(span), "speaker": q.get("speaker"),
                       "kind": q.get("kind"), "cue": list(cue) if cue else None})
    events = []
    for e in draft.get("events", []):
        what = f"event {e.get('id')}"
        span = _evidence(text, e, "evidence", what)
        events.append({"id": e.get("id"), "event": normalise_type(str(e.get("event", ""))), "mode": e.get("mode"),
                       "actor": list(e.get("actor") or []), "recipient": list(e.get("recipient") or []),
                       "alt_actor": list(e.get("alt_actor") or []), "alt_recipient": list(e.get("alt_recipient") or []),
                       "date": e.get("date"), "precision": e.get("precision"), "place": e.get("place"),
                       "aux": list(e.get("aux") or []), "required": bool(e.get("required")),
                       "evidence": list(span)})
    not_events = []
    for i, n in enumerate(draft.get("not_events", [])):
        span = _evidence(text, n, "evidence", f"not-event {i + 1}")
        not_events.append({"event": normalise_type(str(n.get("event", ""))), "evidence": list(span),
                           "why": n.get("why")})
    record = {"article": aid, "text_sha1": text_digest(text), "coder": draft.get("coder"),
              "coded": draft.get("coded"), "split": split_of(aid, dev_only), "political": draft.get("political"),
              "actors": actors, "quotes": quotes, "events": events, "not_events": not_events}
    parse_record(record, text, dev_only=dev_only)  # labels and references
    return record


# --- records ---------------------------------------------------------------------------------

def _span(v: Any, n: int, what: str) -> tuple[int, int]:
    if not (isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(x, int) for x in v)):
        raise CorpusError(f"{what}: a span is [start, end]")
    s, e = v
    if not 0 <= s < e <= n:
        raise CorpusError(f"{what}: span {v} outside the article (length {n})")
    return (s, e)


def _country_ok(code: Any, known: set[str] | None) -> bool:
    if code is None:
        return True
    if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
        return False
    return known is None or code in known or code in NONSTATE_CODES


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise CorpusError(msg)


def parse_record(rec: dict[str, Any], text: str | None = None, countries: set[str] | None = None,
                 dev_only: bool = False) -> GoldArticle:
    """A validated :class:`GoldArticle`; with ``text``, spans are checked against the article;
    ``dev_only`` for the records of a dev-only corpus (every split ``dev``)."""
    n = len(text) if text is not None else 10**9
    aid = rec.get("article", "?")
    _check(isinstance(rec.get("political"), bool), f"{aid}: 'political' must be true or false")
    _check(bool(rec.get("coder")), f"{aid}: no coder")
    want = "dev (a dev-only corpus)" if dev_only else "the one the id's hash gives"
    _check(rec.get("split") == split_of(aid, dev_only), f"{aid}: split is not {want}")
    if text is not None and rec.get("text_sha1"):
        _check(rec["text_sha1"] == text_digest(text), f"{aid}: the article's text has changed since coding")
    actors = []
    for a in rec.get("actors", []):
        w = f"{aid} actor {a.get('id')}"
        _check(bool(a.get("id")) and bool(a.get("name")), f"{w}: needs id and name")
        _check(a.get("kind") in KINDS, f"{w}: kind {a.get('kind')!r} not one of {KINDS}")
        _check(_country_ok(a.get("country"), countries), f"{w}: country {a.get('country')!r} unknown")
        _check(a.get("sector") is None or a["sector"] in SECTORS, f"{w}: sector {a.get('sector')!r} unknown")
        ms = tuple(_span(m, n, w) for m in a.get("mentions", []))
        _check(bool(ms), f"{w}: no mentions")
        actors.append(GoldActor(a["id"], a["name"], a["kind"], a.get("country"), a.get("sector"), a.get("role"), ms))
    ids = [a.id for a in actors]
    _check(len(ids) == len(set(ids)), f"{aid}: actor ids repeat")
    known = set(ids)
    quotes = []
    for q in rec.get("quotes", []):
        w = f"{aid} quote {q.get('id')}"
        _check(q.get("kind") in QUOTE_KINDS, f"{w}: kind {q.get('kind')!r} not one of {QUOTE_KINDS}")
        _check(q.get("speaker") is None or q["speaker"] in known, f"{w}: speaker {q.get('speaker')!r} undefined")
        cue = _span(q["cue"], n, w) if q.get("cue") else None
        quotes.append(GoldQuote(q.get("id") or w, _span(q.get("span"), n, w), q.get("speaker"), q["kind"], cue))
    events = []
    for e in rec.get("events", []):
        w = f"{aid} event {e.get('id')}"
        typ = e.get("event")
        _check(typ in EVENT_TYPES, f"{w}: type {typ!r} is not a PLOVER type")
        _check(e.get("mode") is None or e["mode"] in EVENT_TYPES[typ][2], f"{w}: mode {e.get('mode')!r} not a mode of {typ}")
        for key in ("actor", "recipient", "alt_actor", "alt_recipient"):
            for ref in e.get(key) or []:
                _check(ref in known, f"{w}: {key} {ref!r} undefined")
        _check(all(x in AUX for x in e.get("aux") or []), f"{w}: aux {e.get('aux')} not in {AUX}")
        _check(e.get("precision") in (None, *PRECISIONS), f"{w}: precision {e.get('precision')!r}")
        date = e.get("date")
        _check(date is None or bool(re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", str(date))), f"{w}: date {date!r}")
        place = e.get("place")
        if place is not None:
            _check(isinstance(place, dict) and bool(place.get("name")), f"{w}: place needs a name")
            _check(_country_ok(place.get("country"), countries), f"{w}: place country {place.get('country')!r}")
        _check(not (e.get("required") and e.get("aux")), f"{w}: an event with aux flags is never required")
        events.append(GoldEvent(
            e.get("id") or w, typ, _span(e.get("evidence"), n, w), tuple(e.get("actor") or ()),
            tuple(e.get("recipient") or ()), tuple(e.get("alt_actor") or ()), tuple(e.get("alt_recipient") or ()),
            e.get("mode"), date, e.get("precision"),
            (place["name"], place.get("country")) if place else None, tuple(e.get("aux") or ()), bool(e.get("required"))))
    not_events = []
    for i, x in enumerate(rec.get("not_events", [])):
        w = f"{aid} not-event {i + 1}"
        _check(x.get("event") in EVENT_TYPES, f"{w}: type {x.get('event')!r} is not a PLOVER type")
        _check(x.get("why") in WHY, f"{w}: why {x.get('why')!r} not one of {WHY}")
        not_events.append(GoldNotEvent(x["event"], _span(x.get("evidence"), n, w), x["why"]))
    return GoldArticle(aid, rec["coder"], str(rec.get("coded")), rec["split"], rec["political"], tuple(actors),
                       tuple(quotes), tuple(events), tuple(not_events), rec.get("text_sha1"))


# --- the corpus on disk ----------------------------------------------------------------------

CORPUS_DIR = Path(__file__).resolve().parents[3] / "corpus" / "wikinews"


def record_name(article_id: str) -> str:
    """A file name for an article id: readable, safe on every file system, unique by a short hash."""
    slug = re.sub(r"[^A-Za-z0-9]+", "_", article_id.removeprefix("wn:")).strip("_")[:70]
    return f"{slug}-{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:6]}.json"


def iter_records(folder: str | Path) -> Iterator[dict[str, Any]]:
    for path in sorted(Path(folder).glob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def write_record(record: dict[str, Any], folder: str | Path) -> Path:
    """Write a record as one small, diff-friendly JSON file (one item a line)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    head = {k: v for k, v in record.items() if not isinstance(v, list)}
    lines = ["{" + json.dumps(head, ensure_ascii=False)[1:-1] + ","]
    lists = [k for k, v in record.items() if isinstance(v, list)]
    for j, key in enumerate(lists):
        items = record[key]
        body = ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in items)
        lines.append(f' "{key}": [' + ("\n" + body + "\n ]" if items else "]") + ("," if j < len(lists) - 1 else ""))
    lines.append("}")
    path = folder / record_name(record["article"])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


__all__ = sorted(["CORPUS_DIR", "DEV_ONLY_FILE", "CorpusError", "GoldActor", "GoldArticle", "GoldEvent", "GoldNotEvent", "GoldQuote",
                  "TEST_SHARE", "anchor_draft", "is_dev_only", "iter_records", "parse_record", "record_name", "split_of",
                  "text_digest", "write_record"])
