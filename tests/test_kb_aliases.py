"""Aliases and acronyms: groups are found by every name news uses for them, and common words or
short strings inside ordinary text never become an actor."""

from __future__ import annotations

import pytest

from tidings.kb import PACKAGE_DIR, load_kb
from tidings.kb.validate import validate_dir

# The only packaged aliases the validator calls common words, each kept on purpose: matching is
# case-exact for acronyms ("IS" and "WHO" never match "is" or "who"), and "Congress" is the US
# Congress in the news this KB is written for unless a longer name matches first.
KNOWN_COMMON = {"'IS'", "'WHO'", "'Congress'", "'the Congress'"}


@pytest.mark.parametrize(("text", "name"), [
    ("Hamas", "Hamas"),
    ("PKK", "Kurdistan Workers' Party"),
    ("Kurdistan Workers' party", "Kurdistan Workers' Party"),
    ("Isis", "Islamic State"), ("ISIS", "Islamic State"), ("ISIL", "Islamic State"), ("Daesh", "Islamic State"),
    ("IS", "Islamic State"),
    ("Free Syrian Army", "Free Syrian Army"), ("FSA", "Free Syrian Army"),
    ("Syrian National Army", "Syrian National Army"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("Tamil Tigers", "Liberation Tigers of Tamil Eelam"), ("ISWAP", "Islamic State West Africa Province"),
    ("Doctors Without Borders", "Médecins Sans Frontières"), ("Medecins Sans Frontieres", "Médecins Sans Frontières"),
    ("the Carter Center", "The Carter Center"), ("Bundestag", "Bundestag"),
    ("NPR", "NPR"), ("the Guardian", "The Guardian"), ("Der Spiegel", "Der Spiegel"), ("Roche Holding", "Roche Holding"),
    ("WN", "Wikinews"),  # its interviews' question label, "((WN))" (issue 10: a second actor)
])
def test_every_name_news_uses_finds_the_entry(text: str, name: str) -> None:
    assert [n.name for n in load_kb().lookup(text)][:1] == [name]


@pytest.mark.parametrize("text", [
    "is", "Is", "it", "It", "wn", "Wn", "who", "Who", "the party", "The Party", "party", "the group", "the army", "army",
    "the movement", "the Commission", "Commission", "the bloc's", "the alliance", "the coalition", "The Times", "Times", "Australian", "the Atlantic",
    "Dawn", "Time", "Vox", "Base", "Liberation", "Nikkei", "Tisza", "Irrawaddy", "Fars", "Observer", "Economist",
    # surnames and given names: "James Roche", "Anna Siemens", "Ali Alghasi Mehr" are people
    "Roche", "Siemens", "Renault", "Honda", "Philips", "Disney", "Mehr", "Tasnim", "Antara", "Spiegel", "Amal",
])
def test_common_words_name_nothing(text: str) -> None:
    """No bare alias is a function word, a generic noun, a demonym or a common word in capitals."""
    kb = load_kb()
    found = [n for n in kb.lookup(text) if getattr(n, "category", "") not in {"country", "capital", "region"}]
    assert found == [], text


@pytest.mark.parametrize(("text", "name"), [("JeM", "Jaish-e-Mohammed"), ("RSF fighters", "Rapid Support Forces"),
                                            ("CSIS", "Canadian Security Intelligence Service")])
def test_acronyms_shared_by_two_groups_name_one(text: str, name: str) -> None:
    assert [n.name for n in load_kb().lookup(text)] == [name]


def test_packaged_aliases_are_not_common_words() -> None:
    common = {f.message.split(" of ")[0].removeprefix("alias ") for f in validate_dir(PACKAGE_DIR)
              if "common word" in f.message}
    assert common <= KNOWN_COMMON, common - KNOWN_COMMON


@pytest.mark.model
@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("It is what it is, the party said on Monday.", None, {"IMG", "ISM"}),
    ("Who is responsible? The group said nothing on Tuesday.", None, {"UNO"}),
    ("IS fighters attacked the town on Monday.", ("IMG", "REB"), set()),
    ("Hamas said on Monday that the ceasefire had collapsed.", ("PSE", "REB"), set()),
    ("The Free Syrian Army clashed with government troops near Idlib.", ("SYR", "REB"), set()),
    ("The Kurdistan Workers' Party (PKK) claimed the attack on Sunday.", ("TUR", "REB"), set()),
])
def test_in_ordinary_text(code_text, text: str, want: tuple[str, str] | None, unwanted: set[str]) -> None:  # type: ignore[no-untyped-def]
    actors = code_text(text).actors
    codes = {(a.country, a.sector) for a in actors}
    assert not {c for c, _ in codes} & unwanted, codes
    if want is not None:
        assert want in codes, codes


@pytest.mark.parametrize(("a", "b"), [("Kurdistan Workers' Party", "Kurdistan Workers's Party"),
                                      ("the Kremlin's", "Kremlin"), ("Jones's", "Jones'")])
def test_possessive_spellings_share_a_key(a: str, b: str) -> None:
    from tidings.kb import name_key

    assert name_key(a) == name_key(b)
