"""Quotes: ours against textacy's ``direct_quotations`` on the same parsed texts.

    python -m benchmarks.quotes [--limit 500] [--samples 6]

Both run on the same spaCy Docs of ../shared/data/synthetic_stories.csv (the parse is timed
once, apart). Ours runs after the actors stage, as in the pipeline. textacy is the optional
``bench`` extra; where it is missing we still report our own figures. textacy only extracts
direct quotes with a speaker and raises on an odd number of quote marks; such texts are counted.
Agreement: a textacy quote matches one of ours when their contents overlap; the speakers agree
when the two speaker texts share a word. Before that, the quote facts of the unseen fact
checklists in tests/fixtures/unseen/ are scored (the whole pipeline codes those articles).
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Sequence

from benchmarks import shared_file

_MARKS = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


@dataclass
class Tally:
    texts: int = 0
    ours: Counter = field(default_factory=Counter)
    ours_with_speaker: int = 0
    ours_with_actor: int = 0
    theirs: int = 0
    theirs_raised: int = 0
    matched: int = 0
    speaker_agree: int = 0
    parse_s: float = 0.0
    actors_s: float = 0.0
    ours_s: float = 0.0
    theirs_s: float = 0.0
    only_theirs: list[str] = field(default_factory=list)
    only_ours: list[str] = field(default_factory=list)
    disagree: list[str] = field(default_factory=list)


def _stories(limit: int) -> list[str] | None:
    path = shared_file("synthetic_stories.csv")
    if path is None:
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r["text"] for r in csv.DictReader(fh) if (r.get("text") or "").strip()]
    return rows[:limit]


def _textacy() -> Any:
    try:
        from textacy.extract import triples
    except Exception as exc:  # any import failure means: report ours only
        print(f"textacy not available ({type(exc).__name__}: {exc}); install the 'bench' extra to compare")
        return None
    return triples.direct_quotations


def _inner(span: Any) -> tuple[int, int]:
    start, end = span.start_char, span.end_char
    text = span.doc.text
    while start < end and (text[start] in _MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _words(text: str | None) -> set[str]:
    return {w.strip(".,'\u2019").lower() for w in (text or "").split() if len(w.strip(".,'\u2019")) > 1}


def _clip(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def run(texts: Sequence[str], samples: int) -> Tally:
    from tidings.extract import actors as actors_stage
    from tidings.extract import quotes as quotes_stage
    from tidings.nlp import load
    from tidings.registry import Resources
    from tidings.schema import Article, ArticleResult

    nlp = load()
    direct_quotations = _textacy()
    tally = Tally(texts=len(texts))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    tally.parse_s = time.perf_counter() - t0
    resources = Resources()
    for k, doc in enumerate(docs):
        draft = ArticleResult(Article(id=f"s{k}", text=doc.text))
        t0 = time.perf_counter()
        try:
            draft = actors_stage.run(doc, draft, resources)
        except Exception as exc:  # the actors stage is another engineer's; its failure is not ours
            print(f"  actors stage failed on story {k}: {type(exc).__name__}: {exc}")
        t1 = time.perf_counter()
        result = quotes_stage.run(doc, draft, resources)
        tally.ours_s += time.perf_counter() - t1
        tally.actors_s += t1 - t0
        ours = [q for q in result.quotes]
        tally.ours.update(q.kind for q in ours)
        tally.ours_with_speaker += sum(1 for q in ours if q.speaker_text)
        tally.ours_with_actor += sum(1 for q in ours if q.speaker)
        if direct_quotations is None:
            continue
        t2 = time.perf_counter()
        try:
            theirs = list(direct_quotations(doc))
        except Exception:
            tally.theirs_raised += 1
            theirs = []
        tally.theirs_s += time.perf_counter() - t2
        tally.theirs += len(theirs)
        marked = [q for q in ours if q.kind != "indirect"]
        hit_ours: set[str] = set()
        for speaker, cue, content in theirs:
            s, e = _inner(content)
            mine = next((q for q in marked if q.span.start < e and s < q.span.end), None)
            their_speaker = " ".join(t.text for t in speaker)
            if mine is None:
                if len(tally.only_theirs) < samples:
                    tally.only_theirs.append(f"{_clip(doc.text[s:e])!r} — {their_speaker} ({' '.join(t.text for t in cue)})")
                continue
            hit_ours.add(mine.id)
            tally.matched += 1
            if _words(their_speaker) & _words(mine.speaker_text):
                tally.speaker_agree += 1
            elif len(tally.disagree) < samples:
                tally.disagree.append(f"{_clip(mine.text, 70)!r}: textacy {their_speaker!r} / ours {mine.speaker_text!r}")
        for q in marked:
            if q.id not in hit_ours and q.kind == "direct" and len(tally.only_ours) < samples:
                tally.only_ours.append(f"{_clip(q.text)!r} — {q.speaker_text} ({q.cue}) [{q.provenance.rule if q.provenance else ''}]")
    return tally


def report(t: Tally, with_theirs: bool) -> None:
    n = max(1, t.texts)
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(t.ours.items()))
    total = sum(t.ours.values())
    print(f"stories: {t.texts}   parse (spaCy, shared by both): {t.parse_s:.1f}s ({1000 * t.parse_s / n:.1f} ms/story)")
    print(f"ours:    {total} quotes ({kinds}); {t.ours_with_speaker} with a speaker text, "
          f"{t.ours_with_actor} with an actor id")
    print(f"         quotes stage {1000 * t.ours_s / n:.2f} ms/story ({n / max(t.ours_s, 1e-9):.0f} stories/s); "
          f"actors stage before it {1000 * t.actors_s / n:.2f} ms/story")
    if not with_theirs:
        return
    print(f"textacy: {t.theirs} direct quotes; raised on {t.theirs_raised} of {t.texts} stories "
          f"({100 * t.theirs_raised / n:.1f}%); {1000 * t.theirs_s / n:.2f} ms/story ({n / max(t.theirs_s, 1e-9):.0f} stories/s)")
    marked = t.ours["direct"] + t.ours["partial"]
    print(f"agreement: {t.matched} of textacy's {t.theirs} quotes overlap one of our {marked} direct/partial quotes "
          f"({100 * t.matched / max(1, t.theirs):.1f}%); same speaker text in {t.speaker_agree} of {t.matched} "
          f"({100 * t.speaker_agree / max(1, t.matched):.1f}%)")
    for title, rows in (("found by textacy only", t.only_theirs), ("direct quotes found by us only", t.only_ours),
                        ("speaker differs", t.disagree)):
        print(f"\nsample: {title}")
        for row in rows:
            print(f"  - {row}")


# fact checklists of unseen articles (in the repository); only their quote facts are scored here
CHECKLISTS = ("tests/fixtures/unseen/cases.jsonl", "tests/fixtures/unseen/quotes_cases.jsonl")


def facts_report(samples: int) -> None:
    """Quote and quote_not_speaker facts of the unseen checklists, coded by the whole pipeline."""
    from benchmarks import ROOT
    from tidings.evaluate.facts import check, load_checklist
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    pipeline = Pipeline()
    for rel in CHECKLISTS:
        path = ROOT / rel
        if not path.is_file():
            print(f"checklist {rel}: not found")
            continue
        cases = load_checklist(path)
        articles = [Article(id=c["id"], text=c["text"], title=c["text"].split("\n", 1)[0]) for c in cases]
        held: Counter = Counter()
        total: Counter = Counter()
        failing: list[str] = []
        for case, result in zip(cases, pipeline.code_many(articles)):
            for fact in case["facts"]:
                if fact["kind"] not in ("quote", "quote_not_speaker"):
                    continue
                ok = check(result, fact)
                total[fact["kind"]] += 1
                held[fact["kind"]] += ok
                if not ok and len(failing) < samples:
                    failing.append(f"[{case['id']}] {fact['kind']} {fact['contains']!r} -> {fact['speaker']!r}")
        parts = ", ".join(f"{k} {held[k]}/{total[k]}" for k in sorted(total))
        print(f"checklist {rel}: {sum(held.values())}/{sum(total.values())} quote facts hold ({parts})")
        for row in failing:
            print(f"  - failing {row}")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quotes", description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=500, help="stories to code (default 500, of 4,500)")
    ap.add_argument("--samples", type=int, default=6, help="sample cases to print per kind of difference")
    args = ap.parse_args(list(argv) if argv is not None else None)
    facts_report(args.samples)
    texts = _stories(args.limit)
    if texts is None:
        return
    tally = run(texts, args.samples)
    report(tally, with_theirs=_textacy() is not None)


if __name__ == "__main__":
    main()
