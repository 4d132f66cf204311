"""String resolution against the packaged KB, and the ``tidings resolve`` command."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from tidings.resolve import Resolver, tokenize

D = dt.date(2025, 9, 5)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("the Kremlin", "RUS", "GOV"),
    ("Moscow", "RUS", "GOV"),
    ("Kiev", "UKR", "GOV"),
    ("The Pentagon", "USA", "MIL"),
    ("the Knesset", "ISR", "LEG"),
    ("Downing Street", "GBR", "GOV"),
    ("Brussels", "EUR", "GOV"),
    ("the US", "USA", None),
    ("Britain", "GBR", None),
    ("Russian troops", "RUS", "MIL"),
    ("Ukraine's foreign minister", "UKR", "GOV"),
    ("Emirati officials", "ARE", "GOV"),
    ("Russian state media", "RUS", "JRN"),
    ("experts", None, "EDU"),
    ("protesters", None, "CVL"),
    ("the FBI", "USA", "COP"),
    ("Mossad", "ISR", "SPY"),
    ("Xinhua", "CHN", "JRN"),
    ("NATO", "IGO", None),  # intergovernmental bodies carry no sector (docs/annotation.md 2.2, 2.3)
    ("the EU legislature", "EUR", "LEG"),
    ("a Somalia-based paramilitary group", "SOM", "PRM"),
    ("president of the European Council", "EUR", "GOV"),
    ("a former White House official", "USA", "ELI"),
    ("Shanghai police", "CHN", "COP"),
    ("Arnor Liberation Front", None, "REB"),  # unknown name: sector from its words, no country
    ("Bilbo Baggins", None, None),
    ("yesterday", None, None),
])
def test_resolve_table(resolver: Resolver, text: str, country: str | None, sector: str | None) -> None:
    r = resolver.resolve(text, D)
    assert (r.country, r.sector) == (country, sector), r.reason


def test_us_is_not_the_pronoun(resolver: Resolver) -> None:
    assert resolver.resolve("US", D).country == "USA"
    assert resolver.resolve("us", D).country is None


def test_context_gives_an_unknown_name_its_title(resolver: Resolver) -> None:
    r = resolver.resolve("Bilbo Baggins", D, context="Gondorian Defence Minister Bilbo Baggins said so.")
    assert r.sector == "GOV" and r.country is None  # Gondor is not a real country


@pytest.mark.parametrize(("text", "tokens"), [
    ("Russia's Baltic Fleet", ["Russia", "'s", "Baltic", "Fleet"]),
    ("Kurdish-led forces", ["Kurdish", "-led", "forces"]),
    ("Burke-class", ["Burke-class"]),
])
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


def test_cli_single_and_batch() -> None:
    from tidings.cli import group

    runner = CliRunner()
    out = runner.invoke(group, ["resolve", "the Kremlin"])
    assert out.exit_code == 0
    rec = json.loads(out.output)
    assert set(rec) == {"name", "kind", "country", "sector", "role", "wikidata", "score", "reason"}
    batch = '{"text": "Ukrainian troops"}\n{oops\n{"text": "Moscow", "date": "2020-01-01"}\n{"date": "2020"}\n'
    out = runner.invoke(group, ["resolve", "--batch", "-"], input=batch)
    lines = [json.loads(x) for x in out.output.splitlines()]
    assert [x.get("country") for x in lines] == ["UKR", None, "RUS", None]
    assert "error" in lines[1] and "error" in lines[3]
    assert runner.invoke(group, ["resolve"]).exit_code != 0
