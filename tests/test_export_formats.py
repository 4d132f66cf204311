"""``tidings export``: a golden file per format on the coded example articles, read-back round trips
with pandas and pyarrow, filters, and failures that leave nothing half-written.

The store is built from ``tests/fixtures/export/coded_examples.jsonl`` (the examples/ articles
as the coder coded them, stored records), so these tests need no model and a change to the
coder does not change them. ``pytest tests/test_export_formats.py --update-golden`` rewrites
the golden files; review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings import query
from tidings.cli import group
from tidings.export import FORMATS, export
from tidings.export.flat import EVENT_FIELDS, flat_event
from tidings.schema import ArticleResult, from_dict
from tidings.store import connect, write_result

HERE = Path(__file__).resolve().parent / "fixtures" / "export"
CODED = HERE / "coded_examples.jsonl"
CODED_AT = "2025-09-10T12:00:00+00:00"

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "examples.db"
    conn = connect(path)
    for line in CODED.read_text(encoding="utf-8").splitlines():
        write_result(conn, from_dict(ArticleResult, json.loads(line)), coded_at=CODED_AT)
    conn.close()
    return path


@pytest.fixture(scope="module")
def stored(db: Path) -> list[query.EventRow]:
    rows = list(query.iter_events(db))
    assert len(rows) > 40, "the fixture articles should give a few dozen events"
    return rows


def _keys(rows: list[query.EventRow]) -> list[tuple[str, str]]:
    return [(r.article_id, r.event_id) for r in rows]


GOLDEN = {"plover": ["golden.plover.jsonl"], "csv": ["golden.events.csv"], "jsonl": ["golden.events.jsonl"],
          "icews": ["golden.icews.tsv"], "dyads": ["golden.dyads.csv"],
          "gdelt": ["golden.gdelt/events.tsv", "golden.gdelt/mentions.tsv"]}


def _parquet_dump(folder: Path) -> str:
    """Parquet files as readable text (their bytes carry writer versions): schema, row count, first rows."""
    out = {}
    for f in sorted(folder.glob("*.parquet")):
        table = pq.read_table(f)
        rows = [{k: v[:80] if isinstance(v, str) else v for k, v in r.items()} for r in table.slice(0, 4).to_pylist()]
        out[f.stem] = {"schema": [f"{x.name}: {x.type}" for x in table.schema], "rows": table.num_rows,
                       "first": json.loads(json.dumps(rows, default=str))}
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_export_golden_file_per_format(db: Path, tmp_path: Path, fmt: str, update_golden: bool) -> None:
    out = tmp_path / fmt
    code = CliRunner().invoke(group, ["export", "--db", str(db), "--format", fmt, "--out", str(out), "--all"])
    assert code.exit_code == 0, code.output
    if fmt == "parquet":
        produced = {"golden.parquet.json": _parquet_dump(out)}
    elif FORMATS[fmt].writes == "folder":
        produced = {g: (out / Path(g).name).read_text(encoding="utf-8") for g in GOLDEN[fmt]}
    else:
        produced = {GOLDEN[fmt][0]: out.read_text(encoding="utf-8")}
    for name, text in produced.items():
        golden = HERE / name
        if update_golden:
            golden.parent.mkdir(exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert golden.is_file(), f"no golden file {golden}: run with --update-golden and review it"
        assert text == golden.read_text(encoding="utf-8"), f"{fmt} output differs from {name}"


def test_export_plover_round_trip(db: Path, tmp_path: Path, stored: list[query.EventRow]) -> None:
    export(db, "plover", tmp_path / "p.jsonl")
    back = pd.read_json(tmp_path / "p.jsonl", lines=True, dtype=False)
    assert list(back["id"]) == [f"{a}-{e}" for a, e in _keys(stored)]
    assert list(back["event"]) == [r.event for r in stored]
    assert [[x["name"] for x in actors] for actors in back["actor"]] == [list(r.actors) for r in stored]
    assert [[x["country"] for x in recs] for recs in back["recipient"]] == [
        [p.country for p in r.participants if p.side == "recipient"] for r in stored]
    for required in ("id", "date", "actor", "event", "recipient", "mode", "context", "event_loc", "event_text",
                     "quad_code", "text_info", "cite_info", "coder", "coded_date"):
        assert required in back.columns


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_events_round_trip(db: Path, tmp_path: Path, stored: list[query.EventRow], fmt: str) -> None:
    export(db, fmt, tmp_path / f"e.{fmt}")
    if fmt == "csv":
        back = pd.read_csv(tmp_path / "e.csv", dtype=str, keep_default_na=False)
        assert list(back.columns) == list(EVENT_FIELDS)
        expected = [{k: "" if v is None else str(v) for k, v in flat_event(r).items()} for r in stored]
        assert [dict(zip(back.columns, row)) for row in back.itertuples(index=False)] == [
            {k: (repr(float(v)) if k in ("intensity", "confidence", "lat", "lon") and v else v)
             for k, v in e.items()} for e in expected]
    else:
        back = pd.read_json(tmp_path / "e.jsonl", lines=True, dtype=False, precise_float=True)
        assert list(zip(back["article_id"], back["event_id"])) == _keys(stored)
        assert list(back["confidence"]) == [r.confidence for r in stored]
        assert [[p["sector"] for p in ps] for ps in back["participants"]] == [
            [p.sector for p in r.participants] for r in stored]


def test_export_dyads_and_icews_round_trip(db: Path, tmp_path: Path, stored: list[query.EventRow]) -> None:
    export(db, "dyads", tmp_path / "d.csv")
    export(db, "icews", tmp_path / "i.tsv")
    dyads = pd.read_csv(tmp_path / "d.csv", dtype=str, keep_default_na=False)
    icews = pd.read_csv(tmp_path / "i.tsv", sep="\t", dtype=str, keep_default_na=False, quoting=3)
    pairs = [(r.article_id, r.event_id, a, c) for r in stored
             for a in ([p for p in r.participants if p.side == "actor"] or [None])
             for c in ([p for p in r.participants if p.side == "recipient"] or [None])]
    assert len(dyads) == len(icews) == len(pairs)
    assert list(zip(dyads["article_id"], dyads["event_id"])) == [(a, e) for a, e, _, _ in pairs]
    assert list(dyads["actor_country"]) == [(a.country or "") if a else "" for *_, a, _ in pairs]
    assert list(dyads["recipient_sector"]) == [(c.sector or "") if c else "" for *_, c in pairs]
    assert list(icews["Story ID"]) == [a for a, *_ in pairs] and len(icews.columns) == 20
    assert set(dyads["event_id"] + dyads["article_id"]) == {r.event_id + r.article_id for r in stored}


def test_export_gdelt_round_trip(db: Path, tmp_path: Path, stored: list[query.EventRow]) -> None:
    export(db, "gdelt", tmp_path / "g")
    events = pd.read_csv(tmp_path / "g" / "events.tsv", sep="\t", dtype=str, keep_default_na=False, quoting=3)
    mentions = pd.read_csv(tmp_path / "g" / "mentions.tsv", sep="\t", dtype=str, keep_default_na=False, quoting=3)
    assert (len(events.columns), len(mentions.columns)) == (61, 16)
    assert len(events) == len(mentions) == len(stored)
    assert list(events["GlobalEventID"]) == list(mentions["GlobalEventID"])
    assert len(set(events["GlobalEventID"])) == len(stored)
    assert list(events["EventCode"]) == [r.cameo or "" for r in stored]  # text: CAMEO's leading zeros kept
    assert list(events["QuadClass"]) == [str(r.quad) for r in stored]
    assert all(len(d) == 8 for d in events["Day"])


def test_export_parquet_round_trip(db: Path, tmp_path: Path, stored: list[query.EventRow]) -> None:
    from tidings.export.parquet import schema

    written = export(db, "parquet", tmp_path / "pq")
    assert sorted(Path(w.path).stem for w in written) == sorted(
        ["articles", "actors", "mentions", "quotes", "events", "participants"])
    for w in written:
        table = pq.read_table(w.path)
        assert table.schema.equals(schema(Path(w.path).stem)) and table.num_rows == w.rows
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert events == [flat_event(r) for r in stored]
    people = pq.read_table(tmp_path / "pq" / "participants.parquet").to_pandas()
    assert len(people) == sum(len(r.participants) for r in stored)
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == query.summary(db).articles
    assert pq.read_table(tmp_path / "pq" / "quotes.parquet").num_rows == query.summary(db).quotes


@pytest.mark.parametrize(("args", "check"), [
    (["--event", "AGREE"], lambda rows: {r["event"] for r in rows} == {"AGREE"}),
    (["--aux", "none"], lambda rows: all(r["aux"] == [] for r in rows)),
    (["--aux", "future,hypothetical"], lambda rows: all(set(r["aux"]) & {"future", "hypothetical"} for r in rows)),
    (["--since", "2025-09-06"], lambda rows: all(r["date"] >= "2025-09-06" for r in rows)),
])
def test_export_filters_apply(db: Path, tmp_path: Path, args: list[str], check) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(group, ["export", "--db", str(db), "--format", "plover", "--out", "-", "--all", *args])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and check(rows)
    assert f"exported {len(rows)} events as plover" in res.stderr


def test_export_default_leaves_candidates_out_and_says_so(db: Path, stored: list[query.EventRow]) -> None:
    res = CliRunner().invoke(group, ["export", "--db", str(db), "--format", "csv", "--out", "-"])
    kept = len(res.stdout.splitlines()) - 1
    assert res.exit_code == 0 and 0 < kept < len(stored)
    assert f"{len(stored) - kept} candidate events below confidence" in res.stderr


@pytest.mark.parametrize(("fmt", "out", "words"), [
    ("csv", "missing-folder/x.csv", "does not exist"),
    ("parquet", "-", "give a folder"),
    ("gdelt", "a-file.txt", "is a file"),
    ("plover", ".", "is a folder"),
])
def test_export_bad_targets_are_clean_errors(db: Path, tmp_path: Path, fmt: str, out: str, words: str) -> None:
    (tmp_path / "a-file.txt").write_text("keep me", encoding="utf-8")
    res = CliRunner().invoke(group, ["export", "--db", str(db), "--format", fmt, "--out",
                                     out if out == "-" else str(tmp_path / out)])
    assert res.exit_code in (1, 2) and words in res.output and "Traceback" not in res.output
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "missing-folder").exists()


def test_export_that_fails_midway_leaves_no_file(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = query.iter_events

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        for i, row in enumerate(real(*args, **kwargs)):
            if i == 3:
                raise OSError("disk full")
            yield row

    monkeypatch.setattr(query, "iter_events", broken)
    with pytest.raises(OSError):
        export(db, "csv", tmp_path / "out.csv")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(OSError):
        export(db, "parquet", tmp_path / "pq")
    left = sorted(p.name for p in (tmp_path / "pq").iterdir())  # the tables finished before the failure stay whole
    assert left == ["actors.parquet", "articles.parquet", "mentions.parquet", "quotes.parquet"]


def test_export_unknown_format_and_missing_store(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export(tmp_path / "x.db", "xml", tmp_path / "x")
    res = CliRunner().invoke(group, ["export", "--db", str(tmp_path / "none.db"), "--format", "csv", "--out", "-"])
    assert res.exit_code == 1 and "no database at" in res.output and not (tmp_path / "none.db").exists()
