"""A title followed by a name the KB lacks names that person, never the title's holder.

Class (issue 10, "wrong resolution"): "California Attorney General Xavier Becerra" resolved to the
federal attorney general of the day, and every event of Becerra's went to him. The title still
gives the person's sector and country. Without a name the title is the holder, as before. Names
are invented for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.resolve import Resolver

ON = dt.date(2019, 6, 1)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver()


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    ("US Interior Secretary Dorin Vasquez", "Dorin Vasquez", "USA", "GOV"),
    ("Texas Attorney General Mela Ostrova", "Mela Ostrova", "USA", "JUD"),  # the term's own sector
    ("British Foreign Secretary Alder Finch", "Alder Finch", "GBR", "GOV"),
])
def test_title_with_unknown_name_is_that_person(resolver: Resolver, text: str, name: str, country: str,
                                                sector: str) -> None:
    res = resolver.resolve(text, ON)
    assert (res.name, res.kind, res.country, res.sector) == (name, "person", country, sector)
    assert res.named is None  # not a KB person


@pytest.mark.parametrize("text", ["the US Attorney General", "US Attorney General"])
def test_title_alone_is_the_holder(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text, ON)
    assert res.named is not None and res.kind == "person" and res.country == "USA"


def test_title_with_the_holders_name_is_the_holder(resolver: Resolver) -> None:
    res = resolver.resolve("US Attorney General William Barr", ON)
    assert res.named is not None and res.name == "William Barr"


@pytest.mark.parametrize(("text", "country", "kind"), [
    ("New Zealand", "NZL", "country"),          # "New" opens the name, it is no adjective to drop
    ("New York", "USA", "other"),
    ("the new government", None, "group"),      # a lower-case "new" is dropped as before
    ("Senior officials", None, "group"),        # a capitalised first word before a common noun too
    ("The United States", "USA", "country"),
])
def test_capitalised_first_word_of_a_name_is_kept(resolver: Resolver, text: str, country: str | None, kind: str) -> None:
    res = resolver.resolve(text, ON)
    assert (res.country, res.kind) == (country, kind)


@pytest.mark.parametrize(("text", "country"), [
    ("Ministry of Defence of Hungary", "HUN"),   # a generic body's name: the country after "of" owns it
    ("the Senate of Kenya", "KEN"),
    ("the Senate", "USA"),                       # without one, the KB's body as before
    ("Ministry of Defence", "GBR"),
])
def test_generic_body_of_a_country(resolver: Resolver, text: str, country: str) -> None:
    assert resolver.resolve(text, ON).country == country


@pytest.mark.parametrize(("text", "country", "sector"), [
    # a patron or an adversary named in a modifier is no actor's country (issue 10, "modifiers")
    ("Turkish-backed rebels", None, "REB"),
    ("Iran-backed militias", None, "PRM"),
    ("Pro-Russian separatists", None, "REB"),
    ("US-led forces", None, "MIL"),
    ("anti-government protesters", None, "CVL"),
    # negative: the country of the group itself stays
    ("Russian troops", "RUS", "MIL"),
    ("Kenyan police", "KEN", "COP"),
])
def test_relation_modifiers_give_no_country(resolver: Resolver, text: str, country: str | None, sector: str) -> None:
    res = resolver.resolve(text, ON)
    assert (res.country, res.sector) == (country, sector)


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("ophthalmologist Dara Quell", "Dara Quell", "MED"),   # a profession before a name gives the person's sector
    ("Vatican archbishop Alder Finch", "Alder Finch", "REL"),
    ("councillor Mela Ostrova", "Mela Ostrova", "GOV"),
])
def test_profession_before_a_name(resolver: Resolver, text: str, name: str, sector: str) -> None:
    res = resolver.resolve(text, ON)
    assert (res.name, res.kind, res.sector) == (name, "person", sector)


@pytest.mark.parametrize(("text", "sector"), [("Kestria News", "JRN"), ("National Transportation Safety Board", "GOV")])
def test_body_words_type_unknown_names(resolver: Resolver, text: str, sector: str) -> None:
    res = resolver.resolve(text, ON)
    assert res.kind != "person" and res.sector == sector
