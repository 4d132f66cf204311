"""Speaker classes of issue 10 (session 46), found on the unresolved and missed quote speakers of
dev-work and written for these tests (invented names and places), each seen failing before its fix.

1. *Chants are the chanters' words.* "Protesters chanted "Down with the junta!"" and "marched
   through the capital, chanting "…" and "…"" gave no quote: "chant" was no verb of speech, so a
   crowd's slogans had no speaker. A chanted quote is its chanters' (inverted too: ""…," the crowd
   chanted"); slogans chanted with no words quoted are no quote.
2. *A document issued "by X" is X's when it speaks again.* "A statement posted on Twitter by the
   Free Ukraine Alliance said … The statement also said …" left the second quote unresolved: the
   author of an earlier mention of a document was read from its own "by/from" phrase, possessor or
   the verb it is the object of, not from a participle that issues it ("posted by", "issued by",
   "circulated by"). A participle that only handles it ("criticised by", "seen by") names no author.
3. *A body's figures speak for the body.* "according to a Reuters tally", "according to figures
   from the interior ministry" and "according to company figures" had no speaker: tallies, figures,
   statistics and counts (word class ``quotes.count_noun``) were no documents. In an "according to"
   phrase they speak for the body their possessor, compound or "from" phrase names; elsewhere
   "figures" are people ("opposition figures said").
4. *The media of "media reports" speak.* "Local media reports said …" had no speaker where "Local
   media said …" had: the lemmatizer takes "media" for "medium", so the noun was no body of the
   knowledge base's (sector JRN). A body noun is looked up by its own form when its lemma is none.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def speakers(result, words: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The names of the speakers coded for the quotes containing ``words`` (None when unresolved)."""
    names = {a.id: a.name for a in result.actors}
    return [names.get(q.speaker) if q.speaker else None for q in result.quotes if words in q.text]


@pytest.mark.parametrize("text, words, who", [
    ('Protesters chanted "Down with the junta!" outside parliament in Veloria.', "Down with", "Protesters"),
    ('Thousands of protesters marched through Veloria, chanting "Down with the junta!" and "Free our '
     'leaders!"', "Free our", "protesters"),
    ('Students chanted slogans such as "We want justice" outside the ministry.', "We want", "Students"),
    ('"Free them now," the crowd chanted outside the court.', "Free them", "crowd"),
])
def test_chants_are_the_chanters_words(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(code_text(text), words) == [who]


@pytest.mark.parametrize("text", [
    "The crowd chanted slogans against the president outside the court.",
    "Chanting crowds filled the main square of Veloria on Sunday.",
])
def test_chanting_with_no_words_quoted_is_no_quote(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert code_text(text).quotes == ()


@pytest.mark.parametrize("text, words, who", [
    ("A statement posted on Twitter by the Free Veloria Alliance said four activists had been detained. "
     "The statement also said two people had been injured.", "two people", "Free Veloria Alliance"),
    ("A letter signed by the Veloria Bar Association said the trial was unfair. The letter also said "
     "the judges had been appointed by the president.", "the judges", "Veloria Bar Association"),
])
def test_a_document_issued_by_someone_is_theirs_when_it_speaks_again(code_text, text: str, words: str,
                                                                     who: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(code_text(text), words) == [who]


def test_a_document_judged_by_someone_is_not_theirs(code_text) -> None:  # type: ignore[no-untyped-def]
    text = ("A report criticised by the Veloria Bar Association said the courts were independent. "
            "The report also said the judges had been trained abroad.")
    assert speakers(code_text(text), "the judges") != ["Veloria Bar Association"]


@pytest.mark.parametrize("text, words, who", [
    ("Two people were killed in the clashes, according to a Reuters tally.", "Two people", "Reuters"),
    ("Forty people were arrested, according to figures from the Veloria interior ministry.", "Forty people",
     "Veloria interior ministry"),
])
def test_a_bodys_figures_speak_for_the_body(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(code_text(text), words) == [who]


def test_figures_as_people_still_speak(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Opposition figures said the vote in Veloria was rigged.")
    assert speakers(result, "the vote") == ["Opposition figures"]


def test_unowned_figures_speak_for_no_one(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Unemployment rose to nine percent last year, according to official figures.")
    assert speakers(result, "Unemployment") == [None]


@pytest.mark.parametrize("text, who", [
    ("Local media reports said the fire started after youths threw bottles at a police car.", "media"),
    ("Local media said the fire started after youths threw bottles at a police car.", "media"),
])
def test_the_media_of_media_reports_speak(code_text, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert [s and s.split()[-1] for s in speakers(code_text(text), "the fire")] == [who]
