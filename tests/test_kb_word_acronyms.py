"""An acronym spoken as a word is written as a word (British style: "Nato", "Opec", "Unicef").

Class (session 42): "Nato bombed Libya" coded nothing and "Nato said it would send more troops"
made "Nato" an unknown person: acronym aliases matched only in capitals, so that "US" is never
"us" nor "WHO" "who". British papers write an acronym said as a word with one capital ("Nato",
"Opec", "Unicef", "Farc", "Unesco"): an all-capital alias of four letters or more also matches
that form, unless the form is an English word or a first name the same letters spell
(``kb/data/acronym_words.csv``: "Plan" is no navy, "Rand" no think tank). Short acronyms stay in
capitals only.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.kb import load_kb
from tidings.resolve import resolve

ON = dt.date(2020, 5, 1)


@pytest.mark.parametrize("text", ["Nato", "Opec", "Unicef", "Unesco", "Farc"])
def test_word_acronym_in_title_case_is_the_body(text):
    kb = load_kb()
    assert kb.lookup(text) and kb.lookup(text) == kb.lookup(text.upper()), (kb.lookup(text), kb.lookup(text.upper()))
    assert resolve(text, ON).named is resolve(text.upper(), ON).named is not None


@pytest.mark.parametrize("text", ["Plan", "Rand", "Mend", "Us", "Who", "Un", "Eta", "nato"])
def test_words_and_short_or_lower_case_forms_are_no_acronym(text):
    assert not load_kb().lookup(text), load_kb().lookup(text)


@pytest.mark.model
@pytest.mark.parametrize("text, acronym", [
    ("Nato said on Monday it would send more troops to Estonia.", "NATO"),
    ("Opec agreed on Sunday to cut oil output.", "OPEC"),
])
def test_word_acronym_as_an_actor(text, acronym):
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    result = Pipeline(errors="raise").code(Article(id="t", text=text, date=ON))
    assert resolve(acronym, ON).name in [a.name for a in result.actors], result.actors
    assert not [a for a in result.actors if a.kind == "person"], result.actors
