"""Definite descriptions and titles (issue 10, "Coreference"): "the mayor" is the one person the
article gave that title ("Mayor Sadiq Khan ... the mayor"), "the French president" the one French
president; with two people who share the title ("Mayor X met Mayor Y. The mayor said") the
description stays unresolved, never a guess. A title before a name whose given names the tagger
left out ("Mayor [Sadiq] Khan") keeps the whole name.
"""

from __future__ import annotations


import pytest

from tidings.schema import ArticleResult

pytestmark = pytest.mark.model


def _holder(result: ArticleResult, mention: str) -> str | None:
    """The name of the actor one of whose mentions is ``mention``, or None."""
    return next((a.name for a in result.actors for m in a.mentions if m.span.text == mention), None)


@pytest.mark.parametrize("text,mention,holder", [
    ("Mayor Sadiq Khan said the city was ready. The mayor added that buses would run.", "The mayor",
     "Sadiq Khan"),
    ("London Mayor Sadiq Khan said the city was ready. Later the mayor added that buses would run.", "the mayor",
     "Sadiq Khan"),
    ("Governor Maria Lopez faced protests. The governor resigned on Friday.", "The governor", "Maria Lopez"),
    ("President Emmanuel Macron met President Recep Tayyip Erdogan in Paris. The French president said the talks "
     "went well.", "The French president", "Emmanuel Macron"),
    ("Boris Johnson met Emmanuel Macron in Paris. The prime minister said the talks went well.", "The prime minister",
     "Boris Johnson"),
    # two holders of one title: unresolved
    ("Mayor Sadiq Khan met Mayor Anne Hidalgo on Monday. The mayor said the talks went well.", "The mayor", None),
    ("President Emmanuel Macron met President Recep Tayyip Erdogan in Paris. The president said the talks went "
     "well.", "The president", None),
    # no one holds the title in the article: unresolved
    ("Aldo Veskar said the city was ready. The mayor added that buses would run.", "The mayor", None),
])
def test_title_resolves_to_its_one_holder(actors_only, text: str, mention: str, holder: str | None) -> None:
    result = actors_only(text)
    assert _holder(result, mention) == holder, [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]


@pytest.mark.parametrize("text,mention", [
    ("Mayor Sadiq Khan said the city was ready.", "Mayor Sadiq Khan"),
    ("Deputy Governor Ruth Anne Okafor spoke first.", "Deputy Governor Ruth Anne Okafor"),
    # negative: a body's name before a person is not a given name
    ("Labour MP Jess Phillips spoke first.", "Jess Phillips"),
])
def test_title_keeps_given_names(actors_only, text: str, mention: str) -> None:
    result = actors_only(text)
    got = {m.span.text for a in result.actors for m in a.mentions}
    assert any(mention in g for g in got), got
    assert not any(g.endswith(mention.split()[-1]) and mention not in g and len(g) < len(mention) for g in got), got


@pytest.mark.parametrize("text,mention,is_actor", [
    # an office said of someone (a predicate) is no second actor
    ("Beto O'Rourke returned home to El Paso, where he is a former City Councillor.", "City Councillor", False),
    ("Her brother was a lawyer in Lagos.", "lawyer", False),
    # negative cases: the same offices as subjects, and before a name
    ("The two men were Ugandan lawyers.", "Ugandan lawyers", False),
    ("Ugandan lawyers said the ruling was unfair.", "Ugandan lawyers", True),
    ("Councillor Maria Lopez said the vote was fair.", "Councillor Maria Lopez", True),
])
def test_predicate_office_is_no_actor(actors_only, text: str, mention: str, is_actor: bool) -> None:
    got = {m.span.text for a in actors_only(text).actors for m in a.mentions}
    assert (mention in got) is is_actor, got


@pytest.mark.parametrize("text,mention,sector", [
    # a plural title over a list of names is each one's
    ("The bill was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia.",
     "David Perdue", "LEG"),
    ("Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles.", "Jeff Van Drew",
     "LEG"),
    ("Kestrian ministers Aldo Veskar and Ilse Morrow met the press.", "Ilse Morrow", "GOV"),
    # a three-word office before a name, and a company's office
    ("The Pentagon charged Boeing Chief Financial Officer Michael Sears on Monday.",
     "Boeing Chief Financial Officer Michael Sears", "BUS"),
    # a title before a name the tagger took for a body
    ("Early opponent MP Tanya Davies said the bill was better.", "MP Tanya Davies", "LEG"),
    # a body's word before the office gives the body's sector
    ("El Paso's police chief Greg Allen said the attack was planned.", "police chief Greg Allen", "COP"),
    ("Police director Vladimir Rebic said 71 people were arrested.", "Police director Vladimir Rebic", "COP"),
    ("Rebel commander Aldo Veskar said the town had fallen.", "Rebel commander Aldo Veskar", "REB"),
    # negative: a field of policy before a minister leaves him in government
    ("Health minister Ilse Morrow said the clinics were full.", "Health minister Ilse Morrow", "GOV"),
    # a KB person with no office on the article's date takes the one the text gives
    ("Two Cypriot ministers, Nikos Christodoulides and Ilse Morrow, met the press.", "Nikos Christodoulides", "GOV"),
    # an occupation before a name says the person's sector
    ("The campaign was run by businessman John McAfee.", "businessman John McAfee", "BUS"),
    ("Police arrested activist Grace Okello on Monday.", "activist Grace Okello", "SOC"),
    # negative cases: a singular title is its own name's only; a name with no title keeps no sector
    ("Senator Aldo Veskar and Ilse Morrow met the press.", "Ilse Morrow", None),
    ("The man shot John Smith and Mary Jones.", "Mary Jones", None),
])
def test_title_and_occupation_give_the_sector(actors_only, text: str, mention: str, sector: str | None) -> None:
    result = actors_only(text)
    actor = next((a for a in result.actors for m in a.mentions if m.span.text == mention), None)
    assert actor is not None and actor.sector == sector, [(a.name, a.sector, [m.span.text for m in a.mentions])
                                                          for a in result.actors]


@pytest.mark.parametrize("text,mention,holder", [
    # a definite description joins the one named body whose name has its head word or whose kind it is
    ("Samoa's Ministry of Health said 50 children had died. The ministry added that vaccines had arrived.",
     "The ministry", "Ministry of Health"),
    ("The National Hurricane Center warned of floods. The agency said rain would continue.", "The agency",
     "National Hurricane Center"),
    ("The Kestrian Defence Ministry said troops had left. The defence ministry added that talks would go on.",
     "The defence ministry", "Kestrian Defence Ministry"),
    # negative cases: two such bodies, or a modifier the body does not have
    ("The Ministry of Health and the Ministry of Finance met. The ministry said talks went well.", "The ministry",
     "ministry"),
    ("The Kestrian Defence Ministry said troops had left. The Ostrian ministry denied it.", "The Ostrian ministry",
     "Ostrian ministry"),
])
def test_description_joins_its_one_named_body(actors_only, text: str, mention: str, holder: str) -> None:
    result = actors_only(text)
    assert _holder(result, mention) == holder, [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]


@pytest.mark.parametrize("text,mention,country", [
    ("Samoa's Ministry of Health said 50 children had died.", "Ministry of Health", "WSM"),
    ("South Korea's Ministry of Unification said talks would resume.", "South Korea's Ministry of Unification",
     "KOR"),
    # negative: a company's possessive is no country
    ("Google's Android team met the Kestrian Ministry of Culture.", "Kestrian Ministry of Culture", None),
])
def test_possessive_state_owns_the_body(actors_only, text: str, mention: str, country: str | None) -> None:
    result = actors_only(text)
    actor = next((a for a in result.actors for m in a.mentions if m.span.text == mention), None)
    assert actor is not None and actor.country == country, [(a.name, a.country, [m.span.text for m in a.mentions])
                                                            for a in result.actors]
    assert not any(a.kind == "country" and a.name in {"Finance", "Culture", "Health"} for a in result.actors)


def test_plural_title_is_no_appositive_of_one_name(actors_only) -> None:
    result = actors_only("Two Cypriot ministers, Nikos Christodoulides and Ilse Morrow, met the press.")
    assert _holder(result, "Two Cypriot ministers") != "Nikos Christodoulides"
    result = actors_only("Kestria's foreign minister, Ilse Morrow, met the press.")
    assert _holder(result, "Kestria's foreign minister") == "Ilse Morrow"  # a singular one is


@pytest.mark.parametrize("text,mention,sector", [
    # entertainers, like athletes (annotation guide, example E), have no PLOVER sector
    ("Actor Brendan Fraser attended the convention.", "Brendan Fraser", None),
    ("The musician Tiziano Lugli left the church.", "Tiziano Lugli", None),
    # negative: a journalist and an activist have one
    ("Reporter Ilse Morrow attended the convention.", "Reporter Ilse Morrow", "JRN"),
])
def test_entertainers_have_no_sector(actors_only, text: str, mention: str, sector: str | None) -> None:
    result = actors_only(text)
    actor = next((a for a in result.actors for m in a.mentions if mention in m.span.text), None)
    assert actor is not None and actor.sector == sector, [(a.name, a.sector) for a in result.actors]


@pytest.mark.parametrize("text,mention,country,sector", [
    # "a member of X" is X's: its country and sector
    ("Vijay Goel, a member of the Rajya Sabha, said he was sad.", "Vijay Goel", "IND", "LEG"),
    ("Sharmistha Mukherjee, a member of the INC, wrote a letter.", "Sharmistha Mukherjee", "IND", "PTY"),
    # negative cases: a member of nothing named has no sector; no actor carries the internal 'UNK'
    ("Committee member Doug Collins said it was a sham.", "Doug Collins", None, None),
    ("Hirtenberger Defence Group said it would hire 100 workers.", "Hirtenberger Defence Group", None, None),
])
def test_member_of_a_body(actors_only, text: str, mention: str, country: str | None, sector: str | None) -> None:
    result = actors_only(text)
    actor = next((a for a in result.actors for m in a.mentions if mention in m.span.text), None)
    assert actor is not None and (actor.country, actor.sector) == (country, sector), \
        [(a.name, a.country, a.sector) for a in result.actors]
