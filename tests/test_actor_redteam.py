"""Red-team checklist: five unseen wire articles (written by hand, facts before the first run).

The articles span regions and years the rules were not tuned on; the floor guards the general
rules and KB coverage that made them pass (state offices placed by the article's country, generic
body names, hyphenated ranks, embassies) against regressions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.evaluate.facts import check, evaluate_facts, load_checklist
from tidings.pipeline import Pipeline

CHECKLIST = Path(__file__).resolve().parent / "fixtures" / "unseen" / "redteam_cases.jsonl"
FLOOR = 0.84


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def report(pipe: Pipeline) -> dict:  # type: ignore[type-arg]
    return evaluate_facts(CHECKLIST, pipe.code_many)


def test_checklist_is_well_formed() -> None:
    cases = load_checklist(CHECKLIST)
    assert len(cases) == 5 and len({c["id"] for c in cases}) == 5
    kinds = {f["kind"] for c in cases for f in c["facts"]}
    assert {"actor", "actor_not", "same_actor", "quote", "quote_not_speaker"} <= kinds


@pytest.mark.model
def test_redteam_checklist_rate_holds_its_floor(report: dict) -> None:  # type: ignore[type-arg]
    failing = [r["fact"] for r in report["rows"] if not r["ok"]]
    assert report["rate"] >= FLOOR, failing


@pytest.mark.model
@pytest.mark.parametrize("text, date, mention, country, sector", [
    # a state office with no country word takes the country most actors belong to
    ("Norvia's President Ela Tamm met Norvian troops in Norvia. Norvia said the talks went well. "
     "Interior Minister Karel Oss said order was restored.", "2021-03-01", "Interior Minister Karel Oss", None, "GOV"),
    ("Chile's president spoke in Santiago as Chilean police guarded the palace. Chile said calm had returned. "
     "Interior Minister Karel Oss said order was restored.", "2021-03-01", "Interior Minister Karel Oss", "CHL", "GOV"),
    # ... but one mention of a country is too little
    ("Russian forces shelled a town, Foreign Minister Lida Karsk said.", "2022-06-10",
     "Foreign Minister Lida Karsk", None, "GOV"),
    # a body's generic name in a party title does not move a known person to another country
    ("Indian opposition parties met in New Delhi. Congress president Rahul Gandhi spoke in Kerala, India.",
     "2019-04-16", "Rahul Gandhi", "IND", "OPP"),
    # unqualified forces are the dominant state's ...
    ("Chile's president spoke in Santiago. Chile said calm had returned, and Chilean officials agreed. "
     "Since Saturday the army has enforced a curfew.", "2019-10-22", "the army", "CHL", "MIL"),
    # ... not when two states share the article
    ("Chile's president met Peru's president. Chile and Peru said talks went well. Chilean and Peruvian "
     "officials agreed. Police guarded the venue.", "2019-10-22", "Police", None, "COP"),
    # an embassy is its state's government; a hyphenated rank is military
    ("Kenya's foreign ministry said the Japanese embassy in Nairobi had voiced concern.", "2023-05-01",
     "Japanese embassy", "JPN", "GOV"),
])
def test_redteam_general_rules(pipe: Pipeline, text: str, date: str, mention: str, country: str | None,
                               sector: str) -> None:
    import datetime as dt

    from tidings.schema import Article

    result = pipe.code(Article(id="t", text=text, date=dt.date.fromisoformat(date), title=None))
    fact = {"kind": "actor", "mention": mention, "sector": sector}
    assert check(result, fact), [(a.name, a.country, a.sector, [m.span.text for m in a.mentions]) for a in result.actors]
    owner = [a for a in result.actors if any(m.span.text.lower().endswith(mention.lower()) for m in a.mentions)]
    assert owner and owner[0].country == country


@pytest.mark.model
@pytest.mark.parametrize("text, date, mention", [
    # the tagger may stop before a name's last words; the KB's full name completes the mention
    ("Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani said the sides were close.", "2024-05-04",
     "Mohammed bin Abdulrahman Al Thani"),
    # a person the KB does not know keeps the tagger's span
    ("Prime Minister Oskar Venn said on Monday the sides were close.", "2024-05-04", "Oskar Venn"),
])
def test_kb_name_completes_a_cut_mention(pipe: Pipeline, text: str, date: str, mention: str) -> None:
    import datetime as dt

    from tidings.schema import Article

    result = pipe.code(Article(id="t", text=text, date=dt.date.fromisoformat(date), title=None))
    spans = [m.span.text for a in result.actors for m in a.mentions]
    assert any(s.endswith(mention) for s in spans), spans
