"""Property: whatever text names the actors or fills the evidence (commas, quotes, newlines, tabs,
pipes, non-Latin scripts), CSV, JSON lines and Parquet exports read back as the same values."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings import query
from tidings.export import export
from tidings.export.flat import SEP
from tidings.schema import Actor, Article, ArticleResult, Event, Span
from tidings.store import connect, write_result

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

# text as a store holds it: no NUL, no lone surrogates (the writer escapes those)
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(texts, min_size=1, max_size=3), evidence=texts, cameo=st.from_regex(r"0[0-9]{2}", fullmatch=True))
def test_export_any_text_reads_back(names: list[str], evidence: str, cameo: str) -> None:
    actors = tuple(Actor(f"a{i}", n, "person", "ARN" if i % 2 else None, "GOV") for i, n in enumerate(names))
    ev = Event("e1", "AGREE", Span(0, len(evidence), evidence), tuple(a.id for a in actors), cameo=cameo,
               confidence=0.5)
    result = ArticleResult(Article("n1", evidence, dt.date(2031, 1, 2)), actors, (), (ev,))
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        conn = connect(d / "t.db")
        write_result(conn, result)
        (row,) = query.iter_events(conn)
        export(conn, "csv", d / "e.csv")
        export(conn, "jsonl", d / "e.jsonl")
        export(conn, "parquet", d / "pq")
        conn.close()
        back = pd.read_csv(d / "e.csv", dtype=str, keep_default_na=False).iloc[0]
        assert back["evidence"] == evidence and back["cameo"] == cameo
        assert back["actors"] == SEP.join(n.replace(SEP, "/") for n in names)
        assert back["actor_countries"].split(SEP) == [("ARN" if i % 2 else "") for i in range(len(names))]
        line = json.loads((d / "e.jsonl").read_text(encoding="utf-8"))
        assert [p["name"] for p in line["participants"]] == names == list(row.actors)
        assert line["evidence"] == evidence
        (events,) = [pq.read_table(d / "pq" / "events.parquet").to_pylist()]
        assert events[0]["evidence"] == evidence and events[0]["cameo"] == cameo
        people = pq.read_table(d / "pq" / "participants.parquet").to_pylist()
        assert [p["name"] for p in people] == names
