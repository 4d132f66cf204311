"""The Wikidata importer on a small hand-written dump of fictional entities."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from tidings.kb import build as build_kb
from tidings.kb.wikidata import build, qualifier_date, sector_of
from tidings.resolve import Resolver


def _item(qid: str, label: str, claims: dict, aliases: tuple[str, ...] = ()) -> dict:
    return {"id": qid, "labels": {"en": {"value": label}},
            "aliases": {"en": [{"value": a} for a in aliases]}, "claims": claims}


def _snak(value: object) -> dict:
    return {"mainsnak": {"datavalue": {"value": value}}}


def _time(t: str, precision: int = 11) -> dict:
    return {"datavalue": {"value": {"time": t, "precision": precision}}}


def test_importer_writes_people_and_orgs(tmp_path: Path) -> None:
    held = _snak({"id": "Q902"})
    held["qualifiers"] = {"P580": [_time("+2001-05-07T00:00:00Z")], "P582": [_time("+2009-00-00T00:00:00Z", 9)]}
    dump = [
        _item("Q901", "Rohan", {"P298": [_snak("ROH")]}),
        _item("Q902", "Minister of Horses of Rohan", {"P17": [_snak({"id": "Q901"})]}),
        _item("Q903", "Eomer Eadig", {"P31": [_snak({"id": "Q5"})], "P39": [held]}, ("Eomer",)),
        _item("Q904", "army", {}),
        _item("Q905", "Riders of the Mark", {"P31": [_snak({"id": "Q904"})], "P17": [_snak({"id": "Q901"})]},
              ("the army", "IS", "Eorlingas")),
        _item("Q906", "Nobody Special", {"P31": [_snak({"id": "Q5"})]}),
    ]
    path = tmp_path / "slice.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(e) for e in dump) + "\n]\n")
    out = tmp_path / "kb"
    assert build(path, out) == {"people": 1, "roles": 1, "organizations": 1}
    kb = build_kb([out])
    assert not kb.issues
    r = Resolver(kb).resolve("Eomer", dt.date(2005, 1, 1))
    assert (r.name, r.country, r.sector, r.wikidata) == ("Eomer Eadig", "ROH", "GOV", "Q903")
    assert Resolver(kb).resolve("Eomer Eadig", dt.date(2012, 1, 1)).sector == "ELI"
    assert Resolver(kb).resolve("Riders of the Mark").sector == "MIL"
    assert kb.lookup("Eorlingas") and not kb.lookup("the army") and not kb.lookup("IS")


def test_qualifier_precision() -> None:
    claim = {"qualifiers": {"P580": [_time("+1999-03-00T00:00:00Z", 10)]}}
    assert qualifier_date(claim, "P580") == "1999-03"
    assert qualifier_date(claim, "P582") == ""


def test_sector_words() -> None:
    assert [sector_of(x) for x in ("Minister of Defence", "member of parliament", "painter")] == ["GOV", "LEG", None]
