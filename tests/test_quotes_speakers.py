"""Quotes and speakers on sentences written for the tests, with hand-made actors.

Each case gives a text, the actors the earlier stage would have found (name -> the surface
strings that mention it), and the quotes expected as (kind, text, speaker name or None, cue).
"""

from __future__ import annotations

import pytest

from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Actor, Article, ArticleResult

pytestmark = pytest.mark.model

ACTORS = {
    "Ann Vale": ("person", ["Ann Vale", "Ms Vale", "Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Mr Baker", "Minister Tom Baker", "Baker"]),
    "Elen Vardamir": ("person", ["Elen Vardamir"]),
    "Gondor": ("country", ["Gondor"]),
    "Arnor": ("country", ["Arnor"]),
    "Ministry of Roads": ("organization", ["Ministry of Roads"]),
}


def make_actors(text: str) -> tuple[Actor, ...]:
    """Actors in order of first mention, each with every (non-overlapping) occurrence of its names."""
    return actors_from_cast(text, ACTORS)


def code(nlp, text: str, title: str | None = None) -> ArticleResult:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=make_actors(text))
    return quotes.run(nlp(text), draft, Resources())


def summary(result: ArticleResult) -> list[tuple[str, str, str | None, str | None]]:
    names = {a.id: a.name for a in result.actors}
    return [(q.kind, q.text, names.get(q.speaker) if q.speaker else None, q.cue) for q in result.quotes]


CASES = [
    # direct quotes in every convention
    ("straight-after", '"We are ready to talk," Ann Vale said.',
     [("direct", "We are ready to talk,", "Ann Vale", "said")]),
    ("curly-inverted", "\u201cThe border stays closed,\u201d said Minister Tom Baker.",
     [("direct", "The border stays closed,", "Tom Baker", "said")]),
    ("british-single", "\u2018The talks have collapsed,\u2019 Arnor\u2019s envoy Elen Vardamir told reporters.",
     [("direct", "The talks have collapsed,", "Elen Vardamir", "told")]),
    ("straight-single-apostrophes", "'We won't back down,' Ms Vale said after she'd dialled in from Gondor's capital.",
     [("direct", "We won't back down,", "Ann Vale", "said")]),
    ("guillemets-colon", "Ann Vale said: \u00abWe will not negotiate under threat.\u00bb",
     [("direct", "We will not negotiate under threat.", "Ann Vale", "said")]),
    ("quote-in-quote", "\"He told me 'never again' and walked out,\" Tom Baker said.",
     [("direct", "He told me 'never again' and walked out,", "Tom Baker", "said")]),
    ("split-by-attribution", '"We are ready," Mr Baker told reporters, "to talk about the border."',
     [("direct", "We are ready,", "Tom Baker", "told"), ("direct", "to talk about the border.", "Tom Baker", "told")]),
    ("appositive", 'Elen Vardamir, the Arnor government\'s spokeswoman, told state radio: "There will be no deal."',
     [("direct", "There will be no deal.", "Elen Vardamir", "told")]),
    ("appositive-name-second", 'The spokeswoman, Elen Vardamir, said: "There will be no deal."',
     [("direct", "There will be no deal.", "Elen Vardamir", "said")]),
    ("pronoun-he-said", 'Tom Baker arrived in the capital on Monday.\n"We are here to listen," he said.',
     [("direct", "We are here to listen,", "Tom Baker", "said")]),
    ("pronoun-prefers-subject", 'Tom Baker met Elen Vardamir in the capital.\n"We are here to listen," he said.',
     [("direct", "We are here to listen,", "Tom Baker", "said")]),
    ("pronoun-they-is-never-one-person", 'Tom Baker met Ann Vale in the capital.\n"We are here to listen," they said.',
     [("direct", "We are here to listen,", None, "said")]),
    ("pronoun-honorific-gender", 'Mr Baker met Ms Vale in the capital.\n"We are here to listen," she said.',
     [("direct", "We are here to listen,", "Ann Vale", "said")]),
    ("pronoun-honorific-gender-he", 'Ms Vale met Mr Baker in the capital.\n"We are here to listen," he said.',
     [("direct", "We are here to listen,", "Tom Baker", "said")]),
    ("multi-paragraph-attributed-first",
     '"We will rebuild the bridges first," Ann Vale said.\n"Then we will reopen the schools.\n'
     '"And after that, the roads."\nThe plan was well received.',
     [("direct", "We will rebuild the bridges first,", "Ann Vale", "said"),
      ("direct", "Then we will reopen the schools.", "Ann Vale", "said"),
      ("direct", "And after that, the roads.", "Ann Vale", "said")]),
    ("multi-paragraph-attributed-last",
     'Tom Baker spoke at length on Monday.\n"The first thing we must do is rebuild the bridges.\n'
     '"The second is to reopen the schools before winter," he said.',
     [("direct", "The first thing we must do is rebuild the bridges.", "Tom Baker", "said"),
      ("direct", "The second is to reopen the schools before winter,", "Tom Baker", "said")]),
    ("unattributed", "The hall fell silent.\n\"This cannot go on forever.\"",
     [("direct", "This cannot go on forever.", None, None)]),
    ("speaker-named-by-office", 'A senior official told reporters: "The talks are over."',
     [("direct", "The talks are over.", "senior official", "told")]),
    # partial quotes
    ("partial-vowed", 'Ann Vale vowed to defend the valley "by every means available" if attacked.',
     [("partial", "by every means available", "Ann Vale", "vowed")]),
    ("partial-participle", 'Tom Baker told reporters the crisis was over, claiming there was "no risk of a relapse".',
     [("indirect", "the crisis was over", "Tom Baker", "told"),
      ("indirect", 'there was "no risk of a relapse"', "Tom Baker", "claiming")]),
    ("partial-in-reported-clause", 'Ann Vale suggested that Gondor would "probably" sign the accord.',
     [("indirect", 'Gondor would "probably" sign the accord', "Ann Vale", "suggested")]),
    ("partial-evaluative", 'Ann Vale dismissed the plan as a "cynical stunt" on Monday.',
     [("partial", "cynical stunt", "Ann Vale", "dismissed")]),
    ("partial-called", 'Tom Baker called the accord "a betrayal of the valley".',
     [("partial", "a betrayal of the valley", "Tom Baker", "called")]),
    ("same-paragraph-run", '"We are ready," said Ann Vale, pointing to the map. "The rest is up to Gondor."',
     [("direct", "We are ready,", "Ann Vale", "said"), ("direct", "The rest is up to Gondor.", "Ann Vale", "said")]),
    ("colon-ends-paragraph", 'Tom Baker told the assembly:\n"We will not leave the valley."',
     [("direct", "We will not leave the valley.", "Tom Baker", "told")]),
    ("after-reported-paragraph", 'The border will reopen on Friday, Ann Vale said.\n"It is a good day for the valley."',
     [("indirect", "The border will reopen on Friday", "Ann Vale", "said"),
      ("direct", "It is a good day for the valley.", "Ann Vale", "said")]),
    ("run-after-partial", 'Ann Vale said the army "will not stop." "It has never stopped before."',
     [("partial", "will not stop.", "Ann Vale", "said"),
      ("direct", "It has never stopped before.", "Ann Vale", "said")]),
    # indirect speech
    ("indirect-said", "Ann Vale said the army would withdraw from the valley by Friday.",
     [("indirect", "the army would withdraw from the valley by Friday", "Ann Vale", "said")]),
    ("indirect-told-that", "Tom Baker told reporters that the treaty was dead.",
     [("indirect", "the treaty was dead", "Tom Baker", "told")]),
    ("indirect-according-to", "According to Ann Vale, the army has already left the valley.",
     [("indirect", "the army has already left the valley", "Ann Vale", "According to")]),
    ("indirect-country-warned", "Gondor warned that it would retaliate against any incursion.",
     [("indirect", "it would retaliate against any incursion", "Gondor", "warned")]),
    ("indirect-relative-who", "The plan was criticised by analysts who say the army is too weak.",
     [("indirect", "the army is too weak", "analysts", "say")]),
    # not quotes at all
    ("book-title", 'Ann Vale\'s new book "The Long Road Home" was published on Monday.', []),
    ("film-titled", 'The film, titled "Winter in the Valley", opens on Friday.', []),
    ("so-called", 'The so-called "peace plan" was rejected by both sides.', []),
    ("scare-quote-no-cue", 'Critics dismissed the "peace plan" as a stunt.', []),
    ("nickname", 'Tom "The Hammer" Baker won the race.', []),
    ("group-name", "Leaders of the \u2018Union of the North\u2019 met in the capital.", []),
    ("apostrophes-only", "The leaders' plan and Gondor's army were dialled in to the '90s rock 'n' roll talks.", []),
    ("negated", "Ann Vale did not say that the army would withdraw.", []),
    ("question", "Ann Vale asked whether the army would withdraw.", []),
    ("non-finite", "Ann Vale vowed to rebuild the bridges.", []),
    ("stray-mark", 'The "army withdrew on Friday.', []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_table(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, text)) == expected


@pytest.mark.parametrize(
    "title, body, expected",
    [
        ('Gondor "ready" for talks', "Talks resume on Monday.", []),
        ('Arnor\'s "peace plan" falls flat', "Talks resume on Monday.", []),
        ('Baker: "We will not back down"', "Talks resume on Monday.", [("direct", "We will not back down", "Tom Baker", None)]),
    ],
)
def test_quotes_headline_needs_a_speaker(nlp, title: str, body: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, title + "\n" + body, title=title)) == expected


def test_quotes_pronoun_becomes_mention_and_ids_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Tom Baker met Ann Vale in Gondor.\n"We are here to listen," he said.'
    result = code(nlp, text)
    before = make_actors(text)
    assert [a.id for a in result.actors] == [a.id for a in before]
    baker = next(a for a in result.actors if a.name == "Tom Baker")
    pronouns = [m for m in baker.mentions if m.kind == "pronoun"]
    assert [(m.span.text, text[m.span.start:m.span.end]) for m in pronouns] == [("he", "he")]
    assert pronouns[0].provenance is not None and pronouns[0].provenance.component == "quotes"
    assert all(m.kind != "pronoun" for a in result.actors if a.name != "Tom Baker" for m in a.mentions)


def test_quotes_named_speaker_without_actor_gets_new_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Gondor closed the border.\n"We had no choice," said Hugo Marlowe, the interior minister.'
    result = code(nlp, text)
    (q,) = result.quotes
    new = next(a for a in result.actors if a.id == q.speaker)
    assert (new.id, new.kind, new.name, new.country) == ("a2", "person", "Hugo Marlowe", None)
    assert [a.id for a in result.actors][:1] == ["a1"]


def test_quotes_records_are_consistent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('"We are ready," Mr Baker told reporters, "to talk."\nAnn Vale said the army would leave.\n'
            'According to Gondor, talks will resume, and Tom Baker vowed to act "by every means".')
    result = code(nlp, text)
    assert [q.id for q in result.quotes] == [f"q{i + 1}" for i in range(len(result.quotes))]
    assert [q.span.start for q in result.quotes] == sorted(q.span.start for q in result.quotes)
    for q in result.quotes:
        assert q.text == q.span.text == text[q.span.start:q.span.end]
        assert q.provenance is not None and q.provenance.component == "quotes" and q.provenance.rule
        if q.cue_span is not None:
            assert text[q.cue_span.start:q.cue_span.end] == q.cue_span.text == q.cue
        if q.speaker_span is not None:
            assert text[q.speaker_span.start:q.speaker_span.end] == q.speaker_span.text


@pytest.mark.parametrize("text", ['"', '""', "'", '" " "', '"a\n"b\n"c', "\u00ab\u00bb\u201c\u201d", "He said \"", "\n\n"])
def test_quotes_odd_marks_never_raise(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    for q in result.quotes:
        assert q.text == text[q.span.start:q.span.end]


@pytest.mark.parametrize("text, speaker", [
    # a body or group named by a common noun speaks: it becomes an actor, not a bare text
    ("The government said 128 vaccination teams took part.", "government"),
    ("A hospital spokesperson said the patient was stable.", "hospital spokesperson"),
    ("Organizers of the rally said they were fighting corruption.", "Organizers"),
])
def test_quotes_common_noun_speaker_is_an_actor(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    assert any(q.speaker and speaker.lower() in names[q.speaker].lower() for q in result.quotes), summary(result)


@pytest.mark.parametrize("text", [
    "Reports said 128 vaccination teams took part.",          # a source, no actor
    "The statement said the road would reopen on Monday.",
])
def test_quotes_source_noun_speaker_stays_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    assert all(q.speaker is None for q in result.quotes), summary(result)


@pytest.mark.parametrize("text, speaker", [
    # a document speaks for whoever issued it
    ("A statement from the Ministry of Roads said the bridge would reopen.", "Ministry of Roads"),
    ("Gondor's statement said the border would stay closed.", "Gondor"),
    ("Arnor opened its archives on Monday. Its website said the files were complete.", "Arnor"),
])
def test_quotes_document_speaks_for_its_author(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    assert any(q.speaker and names[q.speaker] == speaker for q in result.quotes), summary(result)


@pytest.mark.parametrize("text, speaker", [
    # a document's author named by an entity no earlier stage made an actor of
    ("According to a statement from the Halvard Agency, 40 people were infected.", "Halvard Agency"),
])
def test_quotes_document_author_entity_becomes_an_actor(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    assert [names.get(q.speaker) for q in result.quotes] == [speaker], summary(result)
