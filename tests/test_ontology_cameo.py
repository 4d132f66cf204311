"""The CAMEO codes the event coder emits agree with the PLOVER mapping of the shared table."""

from __future__ import annotations

import csv

import pytest

from tidings.extract.events.lexicon import CAMEO, cameo_code, frame_event, load
from tidings.ontology import EVENT_TYPES, cameo_intensity, cameo_quad


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


@pytest.mark.parametrize("code,quad", [
    ("030", 1), ("0331", 1), ("042", 1), ("057", 1), ("061", 2), ("073", 2), ("081", 2), ("0871", 2),
    ("090", 3), ("104", 3), ("112", 3), ("128", 3), ("138", 3), ("162", 3), ("166", 3),
    ("141", 4), ("154", 4), ("173", 4), ("186", 4), ("195", 4), ("204", 4), ("010", 0), ("023", 0),
])
def test_cameo_quad_from_root(code: str, quad: int) -> None:
    assert cameo_quad(code) == quad


@pytest.mark.parametrize("bad", ["", "x1", "7"])
def test_cameo_quad_rejects_non_codes(bad: str) -> None:
    with pytest.raises(ValueError):
        cameo_quad(bad)


def test_cameo_intensity_sign_follows_quad() -> None:
    for table in CAMEO.values():
        for code in table.values():
            score = cameo_intensity(code)
            assert -10.0 <= score <= 10.0
            assert (score > 0) == (cameo_quad(code) in (1, 2)), code


@pytest.mark.shared
def test_cameo_quad_agrees_with_shared_table(shared_data) -> None:  # type: ignore[no-untyped-def]
    path = shared_data / "cameo_codes.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["phoenix_quad"].strip()]
    assert rows
    wrong = [(r["cameo_code"], r["phoenix_quad"], cameo_quad(r["cameo_code"])) for r in rows
             if cameo_quad(r["cameo_code"]) != int(r["phoenix_quad"])]
    assert not wrong
