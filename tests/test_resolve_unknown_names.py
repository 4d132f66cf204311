"""Failure classes (issue 10, typing): names the knowledge base does not know, typed by one word.

- a person whose surname is also a body's noun ("Frank Church", "Peter Bank") was typed as that
  body (a church: REL, a bank: BUS): a known forename before the one body word is a person's name;
- an unknown name ending in a word that only names a body ("... Capital Management", "... Space
  Center", "... Planning Committee") was typed a person: it is an organisation (sector unknown);
- kinds of people the sector table lacked or misread: "secretary general" read as a military
  "general", a municipality, emergency services; a lone "striker" (a player, or on hunger strike)
  read as labour, where "strikers" are workers on strike.

Strings invented for these tests, with negatives: a forename that is also a place or a state
("Austin", "Jordan") keeps the body; a name with no body word stays as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import default_resolver

ON = dt.date(2021, 3, 1)


def _res(text: str):  # type: ignore[no-untyped-def]
    return default_resolver().resolve(text, ON)


@pytest.mark.parametrize("text", ["Frank Church", "Peter Bank", "John Council", "Mark Army",
                                  "Frank T. Church"])
def test_resolve_forename_and_body_word_is_a_person(text: str) -> None:
    res = _res(text)
    assert (res.kind, res.sector, res.country) == ("person", None, None), res


@pytest.mark.parametrize("text, sector", [
    ("Austin Council", "GOV"),          # negative: a forename that is also a town: the town's council
    ("Catholic Church", "REL"),         # negative: a known body
    ("the Church", "REL"),              # negative: no forename
    ("Velmar Church", "REL"),           # negative: an unknown first word is no known forename
    ("Frank Church Council", "GOV"),    # negative: three words, a body's name
])
def test_resolve_body_word_without_a_forename_keeps_the_body(text: str, sector: str) -> None:
    res = _res(text)
    assert res.sector == sector and res.kind != "person", res


def test_resolve_forename_that_is_a_state_keeps_the_state() -> None:
    res = _res("Jordan Army")
    assert (res.country, res.sector) == ("JOR", "MIL"), res


@pytest.mark.parametrize("text", ["Cerberus Capital Management", "Kelvar Aerospace Center", "Kelvar Planning Committee",
                                  "Steven F. Udvar-Hazy Center", "Velmar Research Centre"])
def test_resolve_unknown_name_ending_in_a_body_word_is_an_organisation(text: str) -> None:
    res = _res(text)
    assert (res.kind, res.named) == ("organization", None), res


@pytest.mark.parametrize("text", ["Kestrel Holdings", "Pell Varo", "Mela Ostrova", "Center", "Kelvar Center Smith"])
def test_resolve_unknown_name_without_a_final_body_word_is_unchanged(text: str) -> None:
    assert _res(text).kind != "organization" or text == "Center", _res(text)


@pytest.mark.parametrize("text, sector", [
    ("secretary general", "GOV"), ("Secretary General", "GOV"), ("secretaries general", "GOV"),
    ("the municipality", "GOV"), ("municipalities", "GOV"), ("emergency services", "MED"),
    ("the strikers", "LAB"), ("striking workers", "LAB"),
    ("major general", "MIL"), ("generals", "MIL"),          # negatives: a general is still military
])
def test_resolve_kinds_of_people(text: str, sector: str) -> None:
    assert _res(text).sector == sector, _res(text)


@pytest.mark.parametrize("text", ["striker", "the striker", "a hunger striker"])
def test_resolve_lone_striker_is_not_labour(text: str) -> None:
    assert _res(text).sector != "LAB", _res(text)


# "general secretary" heads what it is of (a union, a party), as "secretary general" does; it was read
# as a cabinet "secretary" (GOV), even as the state's own minister. Negatives: ministers stay GOV.
@pytest.mark.parametrize("text, sector", [
    ("general secretary of the Velmar union", "LAB"), ("the union general secretary", "LAB"),
    ("general secretary of the Velmar Workers' Party", "PTY"), ("secretary general of the Velmar union", "LAB"),
    ("home secretary", "GOV"), ("Velmar's foreign secretary", "GOV"), ("secretary of state", "GOV"),
])
def test_resolve_general_secretary_heads_its_body(text: str, sector: str) -> None:
    res = _res(text)
    assert res.sector == sector and res.named is None, res
