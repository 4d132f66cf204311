"""Failure class (issue 10, "the same actor split"; found in session 25 on a written probe): a body
described right before its name by a noun of a kindred sector ("The opposition party Pakistan
Tehreek-e-Insaf": the description OPP, the knowledge base's party PTY) stayed two actors, since any
two sectors set them apart. An opposition party is a party, a militia an armed group
(:func:`tidings.ontology.sectors_agree`); other sectors still tell bodies apart. Sentences and
pairs written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.ontology import sectors_agree


@pytest.mark.parametrize("a, b, agree", [
    ("OPP", "PTY", True),
    ("PRM", "REB", True),
    ("UAF", "PRM", True),
    ("GOV", "GOV", True),
    (None, "MIL", True),
    # negative: sectors that tell bodies apart
    ("OPP", "GOV", False),
    ("REB", "MIL", False),
    ("PTY", "LEG", False),
    ("SOC", "JRN", False),
])
def test_sectors_agree(a: str | None, b: str | None, agree: bool) -> None:
    assert sectors_agree(a, b) is agree


@pytest.mark.model
def test_actors_an_opposition_party_described_before_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    text = "The opposition party Pakistan Tehreek-e-Insaf said on Sunday that 40 of its workers were arrested."
    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2024, 11, 26)))
    owners = {m.span.text: a.id for a in result.actors for m in a.mentions}
    assert owners.get("The opposition party") == owners.get("Pakistan Tehreek-e-Insaf") is not None, owners
