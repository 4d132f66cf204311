"""Every PLOVER sector is reachable from the packaged KB: one string per sector resolves to it."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.ontology import SECTORS
from tidings.resolve import Resolver

CASES = [
    ("Hampshire Police", None, "COP"), ("Alachua County Sheriff's Office", None, "COP"),
    ("the Kremlin", "RUS", "GOV"), ("Federal Emergency Management Agency", "USA", "GOV"),
    ("a grand jury", None, "JUD"), ("Supreme Court of Israel", "ISR", "JUD"),
    ("Congressional Black Caucus", None, "LEG"), ("Legislative Yuan", "TWN", "LEG"),
    ("Pakistani Army", "PAK", "MIL"), ("Kenya Defence Forces", "KEN", "MIL"),
    ("Popular Mobilization Forces", "IRQ", "PRM"), ("Imbonerakure", "BDI", "PRM"),
    ("Bharatiya Janata Party", "IND", "PTY"), ("Sweden Democrats", "SWE", "PTY"),
    ("Kurdistan Workers' Party", "TUR", "REB"), ("Islamic State", "IMG", "REB"), ("Tamil Tigers", "LKA", "REB"),
    ("Mossad", "ISR", "SPY"), ("Canadian Security Intelligence Service", "CAN", "SPY"),
    ("gunmen", None, "UAF"), ("two men", None, "UNK"),
    ("farmers", None, "AGR"), ("Via Campesina", "ISM", "AGR"),
    ("Airbus", "MNC", "BUS"), ("Petrobras", "BRA", "BUS"),
    ("Sinaloa Cartel", "MEX", "CRM"), ("protesters", None, "CVL"),
    ("Heritage Foundation", "USA", "EDU"), ("a former White House official", "USA", "ELI"),
    ("NPR", "USA", "JRN"), ("Yonhap", "KOR", "JRN"), ("United Auto Workers", "USA", "LAB"),
    ("Médecins Sans Frontières", "NGO", "MED"), ("Centers for Disease Control and Prevention", "USA", "MED"),
    ("refugees", None, "REF"), ("Norwegian Refugee Council", "NGO", "REF"),
    ("Democratic Unitary Platform", "VEN", "OPP"), ("Abkhazia", "GEO", "PRE"),
    ("Church of England", "GBR", "REL"), ("Amnesty International", "NGO", "SOC"),
    ("NATO", "IGO", None), ("United Nations", "UNO", None),  # bodies of states: no sector
]


@pytest.mark.parametrize(("text", "country", "sector"), CASES)
def test_resolves_to_its_sector(text: str, country: str | None, sector: str | None) -> None:
    r = Resolver(load_kb()).resolve(text, dt.date(2025, 6, 1), places=False)
    assert (r.country, r.sector) == (country, sector), r.reason


def test_the_table_covers_every_sector() -> None:
    assert {s for _, _, s in CASES if s} == set(SECTORS)
