"""Where the family name comes first (Chinese, Korean, Cambodian names: "Xi Jinping", "Kim Yo-jong",
"Moon Jae-in"), the first word is the surname a news story uses alone ("Xi said", "Moon met"), and
the last one is a given name that must not stand for the person: "Jong Woo Son" in a story about a
South Korean website operator is not North Korea's Kim Yo-jong (found on the real-news benchmark's
dev split). Names of other countries keep the last word ("Biden"). The name order is data
(``kb/data/name_order.csv``), read with the KB.
"""

from __future__ import annotations

from tidings.kb import load_kb


def _surname_people(word: str) -> set[str]:
    return {p.name for p in load_kb().surnames.get(word, [])}


def test_kb_family_name_first_indexes_the_first_word() -> None:
    assert "Kim Yo-jong" in _surname_people("kim")
    assert "Kim Yo-jong" not in _surname_people("jong")
    assert "Kim Yo-jong" not in _surname_people("yo-jong")


def test_kb_other_names_keep_the_last_word() -> None:
    assert "Joe Biden" in _surname_people("biden")
    assert not _surname_people("joe") & {"Joe Biden"}
