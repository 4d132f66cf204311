"""Same input, same bytes; long texts in bounded pieces; a time budget; results stored as they are coded."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

import pytest
import spacy

from tidings.cli.code import coded
from tidings.pipeline import Pipeline, split_text
from tidings.registry import Component, Registry
from tidings.schema import Article, ArticleResult, Problem
from tidings.store import connect, ingest_items

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("text", "size", "pieces"), [
    ("short", 10, ["short"]),
    ("aaaa\nbbbb\ncccc\n", 10, ["aaaa\nbbbb\n", "cccc\n"]),
    ("aaaa bbbb cccc dddd", 10, ["aaaa bbbb ", "cccc dddd"]),
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # no break at all: cut at the size
    ("a\n" + "x" * 18, 10, ["a\nxxxxxxxx", "x" * 10]),  # a break in the first half is too early
    ("", 10, [""]),
])
def test_reliability_split_text_joins_back(text: str, size: int, pieces: list[str]) -> None:
    assert split_text(text, size) == pieces
    assert "".join(pieces) == text and all(len(p) <= size for p in pieces)


def _slow(doc, draft, res):  # type: ignore[no-untyped-def]
    started = time.thread_time()
    while time.thread_time() - started < 0.05:  # work, not waiting: the budget counts CPU time
        pass
    return draft


def _waiting(doc, draft, res):  # type: ignore[no-untyped-def]
    time.sleep(0.05)  # a busy machine: wall-clock time passes, the article's own work does not
    return draft


def _mark(doc, draft, res):  # type: ignore[no-untyped-def]
    return dataclasses.replace(draft, quotes=())


@pytest.mark.parametrize(("budget", "timed_out"), [(0.01, True), (30.0, False), (None, False)])
def test_reliability_time_budget_keeps_the_article(budget: float | None, timed_out: bool) -> None:
    reg = Registry()
    reg.add(Component("slow", 1, _slow, (), ("actors",)))
    reg.add(Component("mark", 1, _mark, ("actors",), ("quotes",)))
    pipe = Pipeline(["slow", "mark"], registry=reg, nlp=spacy.blank("en"), time_budget_s=budget)
    result = pipe.code(Article(id="a", text="Troops left the town.", date=dt.date(2025, 9, 5)))
    codes = [p.code for p in result.problems]
    assert result.article.text == "Troops left the town."
    assert ("pipeline.timeout" in codes) is timed_out
    if timed_out:
        assert "mark" in next(p.message for p in result.problems if p.code == "pipeline.timeout")


@pytest.mark.parametrize(("func", "timed_out"), [(_slow, True), (_waiting, False)])
def test_reliability_time_budget_counts_the_articles_own_work(func, timed_out: bool) -> None:  # type: ignore[no-untyped-def]
    """The same article keeps the same coding however loaded the machine is (same input, same output)."""
    reg = Registry()
    reg.add(Component("slow", 1, func, (), ("actors",)))
    reg.add(Component("mark", 1, _mark, ("actors",), ("quotes",)))
    pipe = Pipeline(["slow", "mark"], registry=reg, nlp=spacy.blank("en"), time_budget_s=0.02)
    result = pipe.code(Article(id="a", text="Troops left the town.", date=dt.date(2025, 9, 5)))
    assert ("pipeline.timeout" in [p.code for p in result.problems]) is timed_out


class _SlowParser:
    """A blank pipeline whose batch parse costs CPU time."""

    def __init__(self) -> None:
        self.nlp = spacy.blank("en")

    def pipe(self, texts):  # type: ignore[no-untyped-def]
        _slow(None, None, None)
        return self.nlp.pipe(texts)


def test_reliability_time_budget_leaves_out_the_batch_parse() -> None:
    """The first article of a batch is not charged for parsing its batch-mates: what an article
    keeps does not depend on the articles coded with it."""
    pipe = Pipeline(["mark"], registry=_mark_registry(), nlp=_SlowParser(), time_budget_s=0.02)
    arts = [Article(id=f"a{i}", text=f"Troops left town {i}.", date=dt.date(2025, 9, 5)) for i in range(3)]
    assert [[p.code for p in r.problems] for r in pipe.code_many(arts)] == [[], [], []]


def test_reliability_long_text_is_parsed_in_pieces_into_one_doc() -> None:
    pipe = Pipeline(nlp=spacy.blank("en"))
    text = "\n".join(f"Paragraph {i}: the council of Bree met again." for i in range(3000))  # ~140k characters
    doc = pipe.parse(text)
    assert doc.text == text
    assert [t.idx for t in doc][:5] == [t.idx for t in spacy.blank("en")(text[:200])][:5]


class _Coder:
    """A coder without a model: each article comes back as it went in; it counts what it was given."""

    def __init__(self) -> None:
        self.batches: list[int] = []

    def code_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleResult]:
        articles = list(articles)
        self.batches.append(len(articles))
        for a in articles:
            yield ArticleResult(article=a)


def test_reliability_ingest_stores_before_the_input_ends(tmp_path: Path) -> None:
    conn = connect(tmp_path / "t.db")
    seen_stored: list[int] = []

    def items() -> Iterator[Article | Problem]:
        yield Article(id="first", text="Troops left the town.", origin="in:1")
        for i in range(2000):  # the same article again and again (a huge file of repeats)
            yield Article(id="first", text="Troops left the town.", origin=f"in:{i + 2}")
        seen_stored.append(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        yield Article(id="last", text="Troops came back.", origin="in:9999")

    stats = ingest_items(conn, items(), _Coder())
    assert seen_stored == [1]  # the first article was in the store while the repeats were still being read
    assert (stats.new, stats.duplicates) == (2, 2000)


def test_reliability_code_leaves_out_repeats() -> None:
    pipe = Pipeline(["mark"], registry=_mark_registry(), nlp=spacy.blank("en"))
    arts = [Article(id=f"a{i % 3}", text=f"Text {i % 3}.", origin=f"in:{i}", date=dt.date(2025, 9, 5))
            for i in range(30)]
    repeats = [0]
    results = list(coded(pipe, arts, repeats))
    assert [r.article.id for r in results] == ["a0", "a1", "a2"] and repeats == [27]


def test_reliability_time_budget_starts_after_the_model_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    import tidings.nlp

    def slow_load(name: str | None = None):  # type: ignore[no-untyped-def]
        time.sleep(0.3)  # a model loading on a busy machine
        return spacy.blank("en")

    monkeypatch.setattr(tidings.nlp, "load", slow_load)
    pipe = Pipeline(["mark"], registry=_mark_registry(), time_budget_s=0.2)
    result = pipe.code(Article(id="a", text="Troops left the town.", date=dt.date(2025, 9, 5)))
    assert [p.code for p in result.problems] == []  # loading once per process is not the article's time


def _mark_registry() -> Registry:
    reg = Registry()
    reg.add(Component("mark", 1, _mark, (), ("quotes",)))
    return reg


_CODE = """
import json, sys
from tidings import Pipeline
from tidings.ingest import read_paths
from tidings.schema import to_dict
arts = [a for a in read_paths(sys.argv[1:]) if hasattr(a, "text")]
for r in Pipeline().code_many(arts):
    print(json.dumps(to_dict(r), ensure_ascii=False))
"""


@pytest.mark.model
@pytest.mark.slow
def test_reliability_same_input_same_bytes_whatever_the_hash_seed() -> None:
    """Identical runs give byte-identical records (a set's order once changed which rule a time
    expression was credited to, with PYTHONHASHSEED)."""
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", _CODE, str(ROOT / "examples")], capture_output=True, text=True,
                             env=env, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        outputs.append(out.stdout)
    assert outputs[0] and outputs[0] == outputs[1]
    assert all(json.loads(line)["times"] is not None for line in outputs[0].splitlines())


def _section(text: str, name: str, start: int) -> ArticleResult:
    from tidings.schema import Actor, Event, Mention, Quote, Span

    end = start + len(name)
    return ArticleResult(
        article=Article(id="x", text=text),
        actors=(Actor("a1", name, "country", country="BRE", mentions=(Mention(Span(start, end, name)),)),
                Actor("a2", f"{name} police", "organization", mentions=(Mention(Span(0, 1, text[0])),))),
        quotes=(Quote("q1", text[:3], "direct", Span(0, 3, text[:3]), speaker="a2"),),
        events=(Event("e1", "PROTEST", Span(start, end, name), actor=("a2",), recipient=("a1",), quote="q1"),),
    )


def test_reliability_sections_merge_into_one_result() -> None:
    from tidings.pipeline import merge_sections

    first, second = "Bree said no.\n", "Then Bree and Dale met.\n"
    text = first + second
    merged = merge_sections(Article(id="x", text=text), [(0, _section(first, "Bree", 0)),
                                                          (len(first), _section(second, "Bree", 5))], [], ("c",))
    bree = merged.actors[0]
    assert [a.id for a in merged.actors] == ["a1", "a2"] and bree.name == "Bree"  # one Bree, one police
    assert [text[m.span.start:m.span.end] for m in bree.mentions] == ["Bree", "Bree"]
    assert [e.id for e in merged.events] == ["e1", "e2"] and [q.id for q in merged.quotes] == ["q1", "q2"]
    second_event = merged.events[1]
    assert text[second_event.evidence.start:second_event.evidence.end] == "Bree"
    assert second_event.actor == ("a2",) and second_event.recipient == ("a1",) and second_event.quote == "q2"
    assert merged.quotes[1].speaker == "a2" and merged.quotes[1].span.start == len(first)
    assert len(merged.actors[1].mentions) == 2


def test_reliability_long_article_is_coded_in_sections() -> None:
    reg = _mark_registry()
    pipe = Pipeline(["mark"], registry=reg, nlp=spacy.blank("en"), section_chars=1000)
    text = "\n".join(f"Paragraph {i} of the long report." for i in range(200))
    result = pipe.code(Article(id="long", text=text, date=dt.date(2025, 9, 5)))
    assert result.article.text == text
    assert [p.code for p in result.problems] == ["input.long"]
    assert "sections of at most 1,000" in result.problems[0].message
