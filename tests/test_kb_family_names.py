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


def test_kb_an_english_forename_before_the_family_name_is_no_surname() -> None:
    # issue 10: "John" alone in a story about John Bolton became Hong Kong's "John Lee Ka-chiu",
    # whose family name is Lee (the forename first, then the family and given names)
    assert "John Lee Ka-chiu" not in _surname_people("john")
    assert "John Lee Ka-chiu" in _surname_people("lee")
    assert "Kim Yo-jong" in _surname_people("kim")  # two words: the family name first


def test_kb_a_forename_before_a_known_family_name_is_no_surname() -> None:
    # "David" alone in a story about David Turpin became Taiwan's "David Lee": a forename others have,
    # before Lee, the family name of other people of family-name-first countries
    assert "David Lee" not in _surname_people("david")
    assert "David Lee" in _surname_people("lee")
    assert "Wang Yi" in _surname_people("wang")  # Yi is a family name too, but Wang is no forename
    assert "Xi Jinping" in _surname_people("xi")
