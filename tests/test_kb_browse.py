"""``tidings kb search`` and ``kb show``: finding entries by name, alias, part of a name or Wikidata id."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from tidings.cli import group
from tidings.kb import load_kb
from tidings.kb.browse import aliases_of, describe, find, search


@pytest.mark.parametrize(("text", "first"), [
    ("PKK", "org:kurdistan workers' party"),
    ("Kurdistan Workers' Party", "org:kurdistan workers' party"),
    ("the Kremlin", "org:kremlin"),
    ("Q7747", "person:Q7747"),
    ("Putin", "person:Q7747"),
    ("Turkey", "country:TUR"),
])
def test_search_puts_the_entry_first(text: str, first: str) -> None:
    hits = search(load_kb(), text)
    assert hits and hits[0].named.key == first


@pytest.mark.parametrize("text", ["", "the", "zzqxv", "Q0"])
def test_search_finds_nothing(text: str) -> None:
    assert search(load_kb(), text) == []


def test_search_ranks_whole_names_before_parts() -> None:
    hits = search(load_kb(), "Islamic State")
    assert hits[0].named.name == "Islamic State" and hits[0].rank == 0
    assert all(h.rank >= 1 for h in hits[1:]) and len(hits) > 1


@pytest.mark.parametrize(("date", "sector", "role"), [
    ("2010-01-01", "GOV", "Prime Minister of Russia"),
    ("2020-01-01", "GOV", "President of Russia"),
])
def test_describe_gives_the_role_on_a_date(date: str, sector: str, role: str) -> None:
    kb = load_kb()
    (putin,) = find(kb, "person:Q7747")
    rec = describe(kb, putin, dt.date.fromisoformat(date))
    assert (rec["sector"], rec["role"]) == (sector, role)


def test_show_lists_aliases_and_roles() -> None:
    kb = load_kb()
    (isis,) = find(kb, "org:islamic state")
    assert {"ISIS", "ISIL", "Daesh"} <= set(aliases_of(kb, isis))
    assert find(kb, "org:no such thing") == []


def test_cli_search_and_show() -> None:
    runner = CliRunner()
    out = runner.invoke(group, ["kb", "search", "Hamas"])
    assert out.exit_code == 0
    first = json.loads(out.output.splitlines()[0])
    assert (first["id"], first["country"], first["sector"]) == ("org:hamas", "PSE", "REB")
    shown = runner.invoke(group, ["kb", "show", "person:Q7747", "--date", "2010-06-01"])
    assert shown.exit_code == 0 and json.loads(shown.output)["role"] == "Prime Minister of Russia"
    assert runner.invoke(group, ["kb", "search", "zzqxv"]).exit_code == 1
    assert runner.invoke(group, ["kb", "show", "org:zzqxv"]).exit_code == 1
    assert runner.invoke(group, ["kb", "search", "Putin", "--date", "June"]).exit_code == 2
