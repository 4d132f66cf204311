"""`tidings code --format jsonl` prints objects valid against the tidings/1 contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.contract import to_contract
from tidings.schema import Actor, Article, ArticleResult, Event, EventDate, Location, Mention, Quote, Span

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contract" / "tidings-1.schema.json"


@pytest.fixture(scope="module")
def validator():  # type: ignore[no-untyped-def]
    if not SCHEMA.is_file():
        pytest.skip(f"contract schema not found at {SCHEMA}")
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _hand_built() -> ArticleResult:
    text = "Arnor rejected Gondor's offer.\n\"No,\" said Aragorn."
    return ArticleResult(
        article=Article(id="x1", text=text, title="Arnor rejects"),
        actors=(Actor("a1", "Arnor", "country", "ARN", None, mentions=(Mention(Span(0, 5, "Arnor")),)),
                Actor("a2", "Aragorn", "person", "ARN", "GOV", "King of Arnor", "Q1",
                      (Mention(Span(43, 50, "Aragorn")),))),
        quotes=(Quote("q1", "No,", "direct", Span(32, 35, "No,"), "a2", "Aragorn", cue="said"),),
        events=(Event("e1", "REJECT", Span(0, 30, text[:30]), ("a1",), (), "assist", ("diplomatic",), "12", 3, -2.0,
                      EventDate("2024-01", "month", "last month"), Location("Annúminas", "ARN", 1.5, 2.5, 42),
                      ("historical",), None, 0.8, "verb:reject"),),
    )


def test_contract_hand_built_result_is_valid(validator) -> None:  # type: ignore[no-untyped-def]
    out = to_contract(_hand_built(), with_text=True)
    validator.validate(out)
    assert out["events"][0]["date"] == "2024-01" and out["events"][0]["date_precision"] == "month"
    assert out["quotes"][0]["start"] == 32 and out["article"]["text"].startswith("Arnor")


def test_contract_empty_result_is_valid(validator) -> None:  # type: ignore[no-untyped-def]
    validator.validate(to_contract(ArticleResult(article=Article(id="e", text=""))))


@pytest.mark.model
def test_contract_cli_code_jsonl_is_valid_for_any_article(validator, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(
        "date 2024-03-01 Ministers of Rhovania meet\nThe Rhovanian foreign minister, Ilse Varro, met her "
        "Dunmarch counterpart in Velt on Tuesday. \"We agreed to talk again,\" she said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    res = CliRunner().invoke(group, ["code", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    assert len(lines) == 2
    for obj in lines:
        validator.validate(obj)
    assert lines[0]["article"]["date"] == "2024-03-01"
    assert lines[1]["problems"], "an unreadable file is reported, not dropped"


@pytest.mark.model
@pytest.mark.shared
def test_contract_seed_article_codes_into_one_valid_object(validator, seed_path) -> None:  # type: ignore[no-untyped-def]
    res = CliRunner().invoke(group, ["code", str(seed_path), "--format", "jsonl", "--all"])
    assert res.exit_code == 0, res.output
    (obj,) = [json.loads(x) for x in res.output.splitlines() if x.strip()]
    validator.validate(obj)
    people = {a["name"]: a["country"] for a in obj["actors"] if a["kind"] == "person"}
    assert people.get("Vladimir Putin") == "RUS" and people.get("Donald Trump") == "USA"
    assert len(obj["quotes"]) >= 3
    assert len([e for e in obj["events"] if e["actor"]]) >= 3
