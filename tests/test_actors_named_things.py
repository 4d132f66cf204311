"""Things with names of several words are no actors (issue 10, "Typing"): a stock index named with
its number or in two words ("the S&P 500", "the All Ordinaries"), and a thing whose class word
begins its name ("Hurricane Lorenzo", "Operation Sindoor") even where the tagger put the class word
inside the name.

Failure class seen on the benchmark's dev articles: event participants and names of the actors
stage with no country and no sector made of indices and storms. Negative cases: a person whose
name holds no class word, a company that shares a word with an index, a storm word that is
someone's name ("Storm Keller" is not "the storm").
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import name_words, never_an_actor

pytestmark = pytest.mark.model


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,name,thing", [
    ("The S&P 500 was also hit hard, losing 39 points.", "S&P", "S&P 500", True),
    ("The All Ordinaries in Sydney fell to its lowest level.", "Ordinaries", "All Ordinaries", True),
    ("The All Ordinaries in Sydney fell to its lowest level.", "All", "All Ordinaries", True),
    ("Today, as Hurricane Lorenzo hit the Azores, the service issued warnings.", "Lorenzo", "Hurricane Lorenzo",
     True),
    # negative: a person, a body, a one-word name
    ("Lorenzo Bianchi hit the ball hard.", "Bianchi", "Lorenzo Bianchi", False),
    ("Ordinary Holdings bought the firm.", "Holdings", "Ordinary Holdings", False),
    ("Sydney fell silent.", "Sydney", "Sydney", False),
])
def test_kinds_named_things(nlp, text: str, word: str, name: str, thing: bool) -> None:  # type: ignore[no-untyped-def]
    tok = _token(nlp(text), word)
    assert " ".join(t.text for t in name_words(tok)) == name
    assert (never_an_actor(tok) is not None) is thing


@pytest.mark.parametrize("text,mention,is_actor", [
    ("Today, as Hurricane Lorenzo hit the Azores, the national service issued warnings.", "Lorenzo", False),
    ("Hurricane Lorenzo struck the coast on Monday.", "Lorenzo", False),
    ("Lorenzo Bianchi struck a deal on Monday.", "Lorenzo Bianchi", True),
])
def test_actors_storm_in_its_name_is_no_actor(actors_only, text: str, mention: str,  # type: ignore[no-untyped-def]
                                              is_actor: bool) -> None:
    result = actors_only(text)
    assert any(mention in m.span.text for a in result.actors for m in a.mentions) is is_actor
