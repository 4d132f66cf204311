"""A word with a hyphenated prefix is one word (sentences written for these tests, fictional names).

Class (session 42): British and wire copy hyphenate prefixes ("re-elected", "co-operate",
"re-imposed", "de-escalate"); the tokenizer split them in three and the parser made "re" the root
of the sentence, hanging the verb from it, so "Rebels re-captured the town of Velt" had no subject
for "captured" and "The army re-took the town" coded nothing, where "recaptured" and "retook" were
coded. The loader joins a prefix of ``data/word_prefixes.csv``, a hyphen and a lower-case word
written together into one token, whose lemma is the joined word when English has it ("co-operate":
"cooperate", "re-imposed": "reimpose") and, for a prefix of doing again ("re-"), else the word's own
lemma ("re-arrested": "arrest"). A hyphen after other words ("pro-Russian", "Kurdish-led") or with
spaces ("re - elected") is left as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, word, lemma, dep", [
    ("Rebels re-captured the town of Velt on Monday.", "re-captured", "recapture", "ROOT"),
    ("Police re-arrested the opposition leader Ann Vale on Monday.", "re-arrested", "arrest", "ROOT"),
    ("The government re-imposed a curfew in the capital.", "re-imposed", "reimpose", "ROOT"),
    ("The two armies agreed to co-operate on border security.", "co-operate", "cooperate", "xcomp"),
    ("Israel has re-opened the Rafah crossing.", "re-opened", "reopen", "ROOT"),
    ("The talks on security co-operation ended on Monday.", "co-operation", "cooperation", None),
    ("Re-elected in May, Tom Baker named a new cabinet.", "Re-elected", "reelect", None),
])
def test_prefixed_word_is_one_token(nlp, text, word, lemma, dep):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next((t for t in doc if t.text == word), None)
    assert tok is not None, [t.text for t in doc]
    assert tok.lemma_ == lemma, (tok.lemma_, tok.tag_)
    if dep is not None:
        assert tok.dep_ == dep, [(t.text, t.dep_) for t in doc]


@pytest.mark.parametrize("text, pieces", [
    ("Pro-Russian separatists held the town.", ["Pro", "-", "Russian"]),
    ("Kurdish-led forces held the town.", ["Kurdish", "-", "led"]),
    ("He was re - elected in May.", ["re", "-", "elected"]),
    ("The ex-minister spoke on Monday.", ["ex", "-", "minister"]),
])
def test_other_hyphens_are_left_as_they_were(nlp, text, pieces):  # type: ignore[no-untyped-def]
    words = [t.text for t in nlp(text)]
    assert any(words[i:i + len(pieces)] == pieces for i in range(len(words))), words


@pytest.mark.parametrize("hyphenated, joined", [
    ("Rebels re-captured the town of Velt on Monday.", "Rebels recaptured the town of Velt on Monday."),
    ("The army re-took the town of Velt on Monday.", "The army retook the town of Velt on Monday."),
    ("Police re-arrested the opposition leader Ann Vale on Monday.",
     "Police arrested the opposition leader Ann Vale on Monday."),
    ("Israel has re-opened the Rafah crossing.", "Israel has reopened the Rafah crossing."),
])
def test_prefixed_verbs_code_as_their_joined_form(hyphenated, joined):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    pipe = Pipeline(errors="raise")

    def coded(text: str) -> list[tuple[str, list[str], list[str]]]:
        r = pipe.code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
        names = {a.id: a.name for a in r.actors}
        return [(e.event, [names[a] for a in e.actor], [names[a] for a in e.recipient]) for e in r.events]

    assert coded(hyphenated) == coded(joined) != []
