"""Speakers whose name the entity recogniser typed as a place (sentences written for these tests,
fictional names).

Class: a company, agency or magazine whose name the recogniser tags GPE, LOC or FAC ("Orvanta
states …", "news agency Telvia reported …", "a report by The Adriatica") got no actor, so its quotes
had no speaker. A name typed as a place that no gazetteer or knowledge-base place answers, heading
the subject of a speech verb, the source of "according to" or the author of a document, speaks as
a body. A known country or city keeps the actors stage's call (its government speaks, or no one),
and a place name that is not the speaker (the object, a place of the event) is left alone.
"""

from __future__ import annotations

import pytest

from builders import quotes_with_cast
from tidings.extract.quotes.nouns import unplaced_name

pytestmark = pytest.mark.model


def speakers(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    result = quotes_with_cast(nlp, text, {})
    names = {a.id: a.name for a in result.actors}
    return {q.text: (names[q.speaker] if q.speaker else None) for q in result.quotes}


PLACE_TYPED_SPEAKERS = [
    ("subject-gpe", "Orvanta sued Telvia over the brand. Orvanta states that it received the trademark in 2000.",
     "it received the trademark in 2000", "Orvanta"),
    ("said-gpe", "Telvia said that it received the trademark in 2000.", "it received the trademark in 2000", "Telvia"),
    ("reported-agency", "On Monday, state-owned news agency Mehr reported the government issued arrest warrants.",
     "the government issued arrest warrants", "Mehr"),
    ("according-to", "According to Mehr, the government issued arrest warrants on Monday.",
     "the government issued arrest warrants on Monday", "Mehr"),
    ("report-by-loc", "According to a recent report by The Adriatica, the society keeps a database of the accused.",
     "the society keeps a database of the accused", "Adriatica"),
    ("magazine-loc", "The Adriatica reported that the society keeps a database of the accused.",
     "the society keeps a database of the accused", "Adriatica"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PLACE_TYPED_SPEAKERS],
                         ids=[c[0] for c in PLACE_TYPED_SPEAKERS])
def test_speakers_place_typed_name_speaks(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(nlp, text)
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got


NOT_PLACE_TYPED_SPEAKERS = [
    # a place is where it happened: the mayor speaks
    ("place-of-event", "In Telvia, the mayor said the bridge would reopen on Monday.",
     "the bridge would reopen on Monday", "mayor"),
    # the place is the object of the report, not its speaker
    ("place-as-object", "Police told Telvia residents that the bridge would reopen on Monday.",
     "the bridge would reopen on Monday", "Police"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_PLACE_TYPED_SPEAKERS],
                         ids=[c[0] for c in NOT_PLACE_TYPED_SPEAKERS])
def test_speakers_place_typed_name_not_the_speaker(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers(nlp, text)
    assert quote in got, got
    assert got[quote] is None or "Telvia" not in got[quote], got
    assert got[quote] is not None and speaker in got[quote].lower() or got[quote] == speaker, got


KNOWN_PLACES = [
    ("country", "Greenland said it would close its border.", "Greenland"),
    ("city", "Paris said that the talks would resume.", "Paris"),
    ("region", "The Baltic reported that the society keeps a database.", "Baltic"),
]


@pytest.mark.parametrize("text, name", [c[1:] for c in KNOWN_PLACES], ids=[c[0] for c in KNOWN_PLACES])
def test_speakers_place_typed_known_place_is_no_new_body(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert unplaced_name(tok, lambda words: True) is None  # a known place: the actors stage decides
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        assert unplaced_name(tok, lambda words: False) is not None


def test_speakers_place_typed_needs_speaking_position(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("In Telvia, the mayor said the bridge would reopen on Monday.")
    tok = next(t for t in doc if t.text == "Telvia")
    assert unplaced_name(tok, lambda words: False) is None  # "in X" names where, not who


def test_speakers_place_typed_place_test_knows_real_places() -> None:
    from tidings.extract.quotes.finder import place_test
    from tidings.registry import Resources

    known = place_test(Resources())
    assert known("Paris") and known("Europe") and known("Baltic")
    assert not known("Adriatica") and not known("Orvanta")
