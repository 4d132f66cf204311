"""The CAMEO codes the event coder emits agree with the PLOVER mapping of the shared table."""

from __future__ import annotations

import csv

import pytest

from tidings.extract.event_lexicon import CAMEO, cameo_code, frame_event, load
from tidings.ontology import EVENT_TYPES


def test_cameo_table_covers_every_type() -> None:
    assert set(CAMEO) == set(EVENT_TYPES)
    for event in EVENT_TYPES:
        assert cameo_code(event) == CAMEO[event][None]


@pytest.mark.shared
def test_cameo_codes_map_back_to_their_type(shared_data) -> None:  # type: ignore[no-untyped-def]
    path = shared_data / "cameo_codes.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with open(path, encoding="utf-8") as fh:
        mapping = {r["cameo_code"]: r["plover_event"] for r in csv.DictReader(fh)}
    wrong = [(event, key, code, mapping.get(code)) for event, table in CAMEO.items()
             for key, code in table.items() if mapping.get(code) != event]
    assert not wrong


@pytest.mark.parametrize("frame,inner,expected", [
    ("commit", "AID", "AGREE"),
    ("commit", "ASSAULT", "THREATEN"),
    ("refuse", "CONSULT", "REJECT"),
    ("threaten", "SANCTION", "THREATEN"),
    ("demand", "RETREAT", "REQUEST"),
    ("nonsense", "AID", None),
])
def test_frame_event(frame: str, inner: str, expected: str | None) -> None:
    assert frame_event(frame, inner)[0] == expected


def test_lexicon_types_are_plover_types() -> None:
    lex = load()
    for table in (lex.verbs, lex.nouns, lex.phrasal, lex.idioms):
        for entry in table.values():
            assert entry.event is None or entry.event in EVENT_TYPES
