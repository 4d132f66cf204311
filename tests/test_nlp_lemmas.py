"""Failure class: spaCy's rule lemmatizer cuts some regular verb forms to another word of its index
("staged" -> "stag", "waged" -> "wag", "hoped" -> "hop"), so the knowledge files' verbs never matched
them: "staged a strike", "waged war" and "hoped that" coded nothing. Every verb the event lexicon
names (and the light and speech verbs) must lemmatize back from its regular forms; the forms that
do not are mended by ``data/lemma_fixes.csv``, for verb tags only ("a stag" stays a stag).
Sentences written for these tests.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

DATA = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data"
_VOWELS = "aeiou"


def _lexicon_verbs() -> set[str]:
    with (DATA / "event_lexicon.csv").open(encoding="utf-8") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        verbs = {r[1] for r in rows if r and r[0] in ("verb", "phrasal", "idiom", "frame") and " " not in r[1]}
    with (DATA / "word_classes.csv").open(encoding="utf-8") as f:
        for line in f:
            name, _, word = line.strip().partition(",")
            if name in ("events.coding.lexicon.light_verbs", "events.coding.lexicon.speech_verbs"):
                verbs.add(word)
    return verbs


def _regular_forms(lemma: str, irregular: set[str]) -> list[tuple[str, str]]:
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    third = lemma + "es" if re.search(r"(s|sh|ch|x|z)$", lemma) else (
        lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in _VOWELS else lemma + "s")
    forms = [(ing, "The officials are {} it now."), (third, "The minister {} it every day.")]
    if lemma not in irregular:  # "fly" has "flew", not "flied"
        forms.append((past, "The officials {} it on Monday."))
    return forms


def test_nlp_every_lexicon_verb_lemmatizes_back(nlp) -> None:  # type: ignore[no-untyped-def]
    exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    irregular = {lemma for lemmas in exceptions.values() for lemma in lemmas}
    wrong = []
    for lemma in sorted(_lexicon_verbs()):
        for form, frame in _regular_forms(lemma, irregular):
            tok = next((t for t in nlp(frame.format(form)) if t.lower_ == form), None)
            if tok is not None and tok.tag_.startswith("VB") and tok.lemma_.lower() != lemma:
                wrong.append((form, tok.lemma_, lemma))
    assert not wrong, wrong


@pytest.mark.parametrize("text, lemma", [
    ("A stag was seen near the border on Monday.", "stag"),
    ("The children hopped over the fence.", "hop"),
])
def test_nlp_other_words_keep_their_lemma(nlp, text: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    assert lemma in [t.lemma_ for t in nlp(text)]


@pytest.mark.parametrize("text, event, actor", [
    ("Velmar teachers staged a strike on Monday.", "PROTEST", "Velmar"),
    ("Ostrian opposition supporters staged a protest outside parliament in Rask.", "PROTEST", "Ostria"),
])
def test_events_staged_acts_are_coded(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), event, actor)
