"""Actor precision classes (session 8): coded actors that are no actors, or that carry a code no
word of the text gives. Each table pairs the failure with the real actor of the same shape, which
must stay as it was. Sentences are written for these tests (fictional names where they can be)."""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import never_an_actor
from tidings.extract.actors.link import typed_participants
from tidings.extract.actors.national import LATE_FINDERS, domestic_groups
from tidings.kb import load_kb
from tidings.resolve import default_resolver
from tidings.schema import Actor, Mention, Provenance, Span


# Class 1: an alias with capitals inside it ("LeT", "JeM") is an acronym, written one way; the
# ordinary word of the same letters ("Let us", a name "Jem") names nothing.
@pytest.mark.parametrize(("text", "found"), [
    ("Let", False), ("let", False), ("Jem", False), ("LET", False),
    ("LeT", True), ("JeM", True),                                  # negative: the acronym itself
    ("Lashkar-e-Taiba", True), ("Lashkar-e-Toiba", True),          # negative: the names stay
])
def test_mixed_case_acronyms_match_only_as_written(text: str, found: bool) -> None:
    assert bool(load_kb().lookup(text)) is found, text


@pytest.mark.model
def test_a_word_spelled_like_an_acronym_is_no_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    names = {a.name for a in code_text('"Let us be clear," the Veland minister said. "Let them come."').actors}
    assert not any("Lashkar" in n for n in names), names


# Class 2: a word of running for office said of a person out of office makes them a candidate
# (PTY); but "run", "race" and "bid" are also a runner's and a bidder's words, and a word inside a
# name ("the Run album", "the Mass Vaccination Campaign") is said of no one.
@pytest.mark.model
@pytest.mark.parametrize("text, name, sector", [
    ("Dara Quell won the race in Vell on Sunday. Quell finished the race in two hours and said she was tired.",
     "Quell", None),
    ("Dara Quell became the first person to run a marathon in under two hours. Quell said the run was hard.",
     "Quell", None),
    ("Former governor Dara Quell placed a bid for the factory on Monday. Quell said the bid was fair.", "Quell", "ELI"),
    # negative: the same words in their electoral sense
    ("Former governor Dara Quell announced on Monday that she will run for president. Quell said the race for "
     "the presidency had begun.", "Quell", "PTY"),
    ("Former governor Dara Quell entered the presidential race on Monday. Quell said she would win.", "Quell", "PTY"),
    ("Former governor Dara Quell is running against Pell Varo. Quell said she would win.", "Quell", "PTY"),
    ("In 2016 Pell Varo was Dara Quell's running mate. Quell said she would win.", "Quell", "PTY"),
])
def test_running_is_a_candidates_only_in_an_electoral_sense(code_text, text: str, name: str,  # type: ignore[no-untyped-def]
                                                           sector: str | None) -> None:
    actor = next((a for a in code_text(text).actors if name in a.name), None)
    got = actor.sector if actor is not None else None
    assert got == sector, actor


# Class 3: a speaker named by a common noun ("a hospital spokesperson said", "a Croatian military
# source said") took the sector of its head noun alone and no country, though the words before the
# head say both; and one unnamed office holder speaking ("the prime minister said") stayed nobody's
# when the article is about one state, unlike a speaking group.
def _speaker(name: str, kind: str, sector: str | None, rule: str = "speaker-group", country: str | None = None) -> Actor:
    return Actor("a9", name, kind, country, sector, mentions=(Mention(Span(200, 200 + len(name), name), "nominal"),),
                 provenance=Provenance("quotes", rule, 0.5, "test"))


@pytest.mark.parametrize("speaker,country,sector", [
    (_speaker("hospital spokesperson", "person", "GOV"), None, "MED"),
    (_speaker("Croatian military source", "person", None), "HRV", "MIL"),
    (_speaker("police source", "person", None), None, "COP"),
    (_speaker("government sources", "group", None), None, "GOV"),
    # negative: the head's own sector stays when no other word says more; a name keeps its codes
    (_speaker("spokesperson", "person", "GOV"), None, "GOV"),
    (_speaker("critics", "group", None), None, None),
    (_speaker("Ostrian Herald", "organization", "JRN", rule="speaker-entity"), None, "JRN"),
])
def test_common_noun_speakers_take_the_words_of_their_phrase(speaker: Actor, country: str | None,
                                                             sector: str | None) -> None:
    out = typed_participants([speaker], default_resolver(), None)[0]
    assert (out.country, out.sector) == (country, sector)


def _state(n: int = 3) -> Actor:
    ms = tuple(Mention(Span(10 * k, 10 * k + 7, "Kestria"), "name") for k in range(n))
    return Actor("a1", "Kestria", "country", "KES", "GOV", mentions=ms)


@pytest.mark.parametrize("speaker,country", [
    (_speaker("prime minister", "person", "GOV"), "KES"),
    (_speaker("eyewitness", "person", "CVL"), "KES"),
    # negative: a named person is not the article's by default; no sector, no country
    (_speaker("Pell Varo", "person", "GOV", rule="speaker-entity"), None),
    (_speaker("its source", "person", None), None),
    (_speaker("foreign minister", "person", "GOV", country="OST"), "OST"),
])
def test_one_unnamed_speaker_is_of_the_article_state(speaker: Actor, country: str | None) -> None:
    assert domestic_groups([_state(), speaker], components=LATE_FINDERS)[1].country == country


# Class 4 (unseen machine-written news; dev-work shows it twice): countries in general ("the two
# countries", "European countries", "some 195 nations") took part in events as untyped actors; the
# guide codes no "country" in general. Countries a name gathers ("G7 nations", "NATO countries") are
# that body's members, and one country ("the country has pledged") may be the article's state.
@pytest.mark.model
@pytest.mark.parametrize("text,word,never", [
    ("The two countries signed a trade deal on Monday.", "countries", True),
    ("European countries condemned the attack.", "countries", True),
    ("Some 195 nations agreed to cut emissions.", "nations", True),
    ("The ministers of three small island nations met in Suva.", "nations", True),
    # negative: the same nouns where a name says whose members they are, or one country
    ("G7 nations condemned the attack.", "nations", False),
    ("NATO countries sent more troops.", "countries", False),
    ("Fifteen countries from the Eurogroup agreed to the plan.", "countries", False),
    ("The country has pledged to cut emissions.", "country", False),
    ("Kestrian officials condemned the attack.", "officials", False),
])
def test_countries_in_general_are_no_actors(nlp, text: str, word: str, never: bool) -> None:  # type: ignore[no-untyped-def]
    tok = next(t for t in nlp(text) if t.text == word)
    why = never_an_actor(tok)
    assert bool(why) is never, why


# Class 5 (KB data): an interview's questions are marked with the outlet's short name ("WN:"), which
# the knowledge base did not know, so the interviewer was an unknown name lent the article's state.
@pytest.mark.parametrize(("text", "name"), [("WN", "Wikinews"), ("Wikinews", "Wikinews"), ("wn", None), ("Wn", None)])
def test_the_outlets_short_name_is_the_outlet(text: str, name: str | None) -> None:
    found = [n.name for n in load_kb().lookup(text)]
    assert found[:1] == ([name] if name else [])


# Class 6: a party named by words other states' parties also bear ("the Democratic Party": the
# knowledge base files it under the US party; Hong Kong's is "Democratic Party (Hong Kong)") took
# the US party's codes in an article about Hong Kong, and its own mention voted the article towards
# the US. A shared party name is, in an article about another state, that state's party.
HONG_KONG = ("Hong Kong Chief Executive Carrie Lam spoke in Hong Kong on Tuesday. Hong Kong police and Hong Kong "
             "officials said Hong Kong would act. ")
AMERICA = ("US President Joe Biden spoke in Washington on Tuesday. US police and US officials in Texas said the "
           "United States would act. ")


@pytest.mark.model
@pytest.mark.parametrize("text, mention, expected", [
    (HONG_KONG + "The Democratic Party won 21 seats on Sunday, and the Democratic Party said it was proud.",
     "Democratic Party", ("HKG", "PTY")),
    # negative: the party's own state's article; a name only one state's party bears
    (AMERICA + "The Democratic Party won 21 seats on Sunday.", "Democratic Party", ("USA", "PTY")),
    (HONG_KONG + "The Chinese Communist Party said it was proud.", "Communist Party", ("CHN", "PTY")),
])
def test_a_shared_party_name_is_the_articles_states(code_text, text: str, mention: str,  # type: ignore[no-untyped-def]
                                                    expected: tuple) -> None:
    bodies = {m.span.text: (a.country, a.sector) for a in code_text(text, date="2020-03-01").actors for m in a.mentions}
    found = [v for k, v in bodies.items() if mention in k]
    assert found and found[0] == expected, bodies


# Class 8: a candidacy is no office. "candidate Ted Cruz" took PTY over the Senate seat the
# knowledge base dates to the article's day; the guide codes a sitting senator LEG even when the
# article is about a campaign, and a candidate out of office PTY.
@pytest.mark.parametrize("text, on, sector", [
    ("presidential candidate Ted Cruz", "2016-02-01", "LEG"),
    ("candidate Bernie Sanders", "2020-02-01", "LEG"),
    # negative: a candidate out of office is PTY; another title in the text still beats the dated role
    ("candidate Joe Biden", "2020-02-01", "PTY"),
    ("Foreign Minister Sergey Lavrov", "2020-02-01", "GOV"),
])
def test_a_candidacy_does_not_replace_a_held_office(text: str, on: str, sector: str) -> None:
    import datetime as dt

    assert default_resolver().resolve(text, dt.date.fromisoformat(on)).sector == sector

