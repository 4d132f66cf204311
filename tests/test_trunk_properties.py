"""The trunk end to end: any bytes or text, ingested and stored, reads back intact or is a Problem."""

from __future__ import annotations

import itertools
import json

import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tidings import query
from tidings.pipeline import Pipeline
from tidings.registry import Component, Registry
from tidings.ingest import read_paths
from tidings.schema import Article, Problem, to_dict
from tidings.store import connect, ingest_items

_counter = itertools.count()


def _tokens(doc, draft, res):  # type: ignore[no-untyped-def]
    """Touch the parse so the tokenizer runs on every text."""
    return draft if len(doc) >= 0 else draft


def _pipeline() -> Pipeline:
    reg = Registry()
    reg.add(Component("tokens", 1, _tokens))
    return Pipeline(["tokens"], registry=reg, nlp=spacy.blank("en"))


PIPE = _pipeline()


def _roundtrip(tmp_path, name: str, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    n = next(_counter)
    src = tmp_path / f"{n}-{name}"
    src.write_bytes(payload)
    items = list(read_paths([str(src)]))
    assert items and all(isinstance(i, (Article, Problem)) for i in items)
    db = tmp_path / f"{n}.db"
    conn = connect(db)
    try:
        ingest_items(conn, items, PIPE)
    finally:
        conn.close()
    stored = {a.article_id for a in query.articles(db, limit=None)}
    articles = [i for i in items if isinstance(i, Article)]
    assert stored == {a.id for a in articles}
    first: dict[str, Article] = {}
    for art in articles:  # the same article twice in a batch is stored once: the first one
        first.setdefault(art.id, art)
    for art in first.values():
        back = query.load_result(db, art.id)
        assert back.article == art
        assert json.loads(json.dumps(to_dict(back))) == to_dict(back)
    if not articles:
        assert query.problems(db, limit=None), "a record that yields no article is stored as a problem"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
@example(b"WARC/1.0")  # a WARC header and nothing else once yielded nothing at all
def test_trunk_any_bytes_are_stored_or_become_a_problem(tmp_path, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    _roundtrip(tmp_path, "blob.txt", payload)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_trunk_any_text_is_stored_or_becomes_a_problem(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    _roundtrip(tmp_path, "text.txt", text.encode("utf-8", "surrogatepass"))


records = st.fixed_dictionaries(
    {"text": st.text(max_size=120)},
    optional={"id": st.text(max_size=10), "date": st.text(max_size=12) | st.dates().map(str),
              "title": st.none() | st.text(max_size=30), "url": st.text(max_size=20), "extra": st.integers()},
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(records | st.text(max_size=20), min_size=1, max_size=5))
def test_trunk_any_jsonl_records_are_stored_or_become_problems(tmp_path, recs) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps(r) if isinstance(r, dict) else r.replace("\n", " ") for r in recs]
    _roundtrip(tmp_path, "batch.jsonl", ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
