"""One table per attribution rule, each with the cases it must leave alone.

Actors are made by hand (name -> kind and the exact surface strings that mention it), so these
tests check the quotes stage and not the actors stage. A quote is summarised as (kind, text,
speaker actor name or None, speaker text, cue).
"""

from __future__ import annotations

from typing import Any

import pytest

from builders import Cast, actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Actor, Article, ArticleResult

pytestmark = pytest.mark.model


CAST: Cast = {
    "Ann Vale": ("person", ["Ann Vale"]),
    "Tom Baker": ("person", ["Tom Baker"]),
    "Gondor": ("country", ["Gondor"]),
    "Ministry of Roads": ("organization", ["Ministry of Roads"]),
}


def make_actors(text: str, cast: Cast) -> tuple[Actor, ...]:
    return actors_from_cast(text, cast)


def code(nlp: Any, text: str, cast: Cast | None = None, title: str | None = None) -> ArticleResult:
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=make_actors(text, CAST if cast is None else cast))
    return quotes.run(nlp(text), draft, Resources())


def summary(result: ArticleResult, kinds: tuple[str, ...] = ("direct", "partial", "indirect")) -> list[tuple]:
    names = {a.id: a.name for a in result.actors}
    return [(q.kind, q.text, names.get(q.speaker) if q.speaker else None, q.speaker_text, q.cue)
            for q in result.quotes if q.kind in kinds]


MARKED = ("direct", "partial")

# --- a partial quote belongs to the nearest speech verb that governs it ----------------------------
# (inside that verb's reported clause it is one indirect quote with the clause: the annotation guide)
GOVERNING = [
    ("through-non-speech-verb", 'Ann Vale warned that the army would respond "with full force" if attacked.',
     [("indirect", 'the army would respond "with full force" if attacked', "Ann Vale", "Ann Vale", "warned")]),
    ("weak-verb-through-complement", 'Ann Vale added that the plan was "dead on arrival".',
     [("indirect", 'the plan was "dead on arrival"', "Ann Vale", "Ann Vale", "added")]),
    ("infinitive-under-vow", 'Tom Baker vowed to fight the ruling "in every court in the land".',
     [("partial", "in every court in the land", "Tom Baker", "Tom Baker", "vowed")]),
    ("described-as", 'Ann Vale described the ruling as "deeply unfair".',
     [("partial", "deeply unfair", "Ann Vale", "Ann Vale", "described")]),
    ("called-object", 'Tom Baker called Ann Vale "a careful and honest negotiator".',
     [("partial", "a careful and honest negotiator", "Tom Baker", "Tom Baker", "called")]),
    # negatives: no speech verb above the quoted words, or the words are the speaker's own subject
    ("weak-verb-alone", 'The army will respond "with full force" to any attack.', []),
    ("no-speech-verb", 'Troops were sent to "restore order" in the capital.', []),
    ("quoted-subject", 'The "experts" said nothing about the dam.', []),
    ("evaluative-target", 'Ann Vale condemned the "peace plan" on Monday.', []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in GOVERNING], ids=[c[0] for c in GOVERNING])
def test_quotes_partial_governing_speech_verb(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, text)) == expected


# --- the same person under a shorter name ----------------------------------------------------------
NAMESAKE_CAST: Cast = {"Karel Dunn": ("person", ["Karel Dunn"]), "Dunn": ("person", ["Mr Dunn"])}
TWO_DUNNS: Cast = {**NAMESAKE_CAST, "Anna Dunn": ("person", ["Anna Dunn"])}
NAMESAKES = [
    ("honorific-actor-kept-apart", "Karel Dunn met the press.\nMr Dunn said the bridge would reopen soon.", NAMESAKE_CAST,
     "Karel Dunn"),
    ("pronoun-to-honorific-actor", 'Karel Dunn arrived.\nMr Dunn spoke first.\n"We are ready," he said.', NAMESAKE_CAST,
     "Karel Dunn"),
    ("surname-with-no-mention", "Ann Vale met the press.\nMs Vale said the bridge would reopen soon.", CAST, "Ann Vale"),
    # negatives: two people the surname fits, or a surname nobody has (a named speaker of its own)
    ("two-fuller-names", "Karel Dunn and Anna Dunn met the press.\nMr Dunn said the bridge would reopen soon.",
     TWO_DUNNS, "Dunn"),
    ("unknown-surname", "Ann Vale met the press.\nMs Orrel said the bridge would reopen soon.", CAST, "Ms Orrel"),
]


@pytest.mark.parametrize("text, cast, speaker", [c[1:] for c in NAMESAKES], ids=[c[0] for c in NAMESAKES])
def test_quotes_speaker_prefers_the_full_name(nlp, text: str, cast: Cast, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text, cast)
    names = {a.id: a.name for a in result.actors}
    (q,) = [q for q in result.quotes if "ready" in q.text or "bridge" in q.text]
    assert (names.get(q.speaker) if q.speaker else None) == speaker


def test_quotes_surname_speaker_becomes_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Vale met the press.\nMs Vale said the bridge would reopen soon."
    result = code(nlp, text)
    vale = next(a for a in result.actors if a.name == "Ann Vale")
    assert [m.span.text for m in vale.mentions] == ["Ann Vale", "Ms Vale"]
    assert vale.mentions[1].provenance is not None and vale.mentions[1].provenance.rule == "speaker-surname"


# --- reported clauses: one indirect quote per clause with its own "that" ----------------------------
INDIRECT = [
    ("two-that-clauses", "Tom Baker said on Friday that he would not resign and that the protests were paid for.",
     [("indirect", "he would not resign", "Tom Baker", "Tom Baker", "said"),
      ("indirect", "the protests were paid for", "Tom Baker", "Tom Baker", "said")]),
    ("speech-verb-conjunct-cut", "Tom Baker said no one was hurt and announced new sanctions on Gondor.",
     [("indirect", "no one was hurt", "Tom Baker", "Tom Baker", "said")]),
    ("adding-that", '"We will rebuild," Ann Vale said, adding that the roads had been neglected.',
     [("indirect", "the roads had been neglected", "Ann Vale", "Ann Vale", "adding")]),
    ("closing-attribution", "Police fired tear gas and arrested forty demonstrators, witnesses and rights groups said.",
     [("indirect", "Police fired tear gas and arrested forty demonstrators", "witnesses", "witnesses", "said")]),
    ("dateline-subject", "OSGILIATH, Gondor - Gondor warned on Saturday that it would close the border.",
     [("indirect", "it would close the border", "Gondor", "Gondor", "warned")]),
    # negatives: a conjunct without its own "that" stays in the clause; a non-finite complement reports nothing
    ("one-that-two-conjuncts", "Tom Baker said that the army had left and the border was open.",
     [("indirect", "the army had left and the border was open", "Tom Baker", "Tom Baker", "said")]),
    ("negated-two-thats", "Tom Baker did not say that he would resign or that he would stay.", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in INDIRECT], ids=[c[0] for c in INDIRECT])
def test_quotes_reported_clauses(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, text), ("indirect",)) == expected


# --- headlines ------------------------------------------------------------------------------------
HEADLINES = [
    ("says-after-quote", "'We will not back down,' says minister", [("direct", "We will not back down,", None, "minister",
                                                                     "says")]),
    ("inverted-after-comma", 'Gondor "ready" for talks, says Baker', [("partial", "ready", "Baker", "Baker", "says")]),
    ("colon", 'Minister: "We will not back down"', [("direct", "We will not back down", None, "Minister", None)]),
    # negatives: no speech verb, or an evaluative verb whose target is the quoted words
    ("no-speech-verb", 'Gondor "ready" for talks', []),
    ("evaluative-target", 'Minister slams "peace plan"', []),
    ("title-in-headline", 'Film "The Long Road" opens in Gondor', []),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_quotes_headline_speakers(nlp, title: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, title + "\nTalks resume on Monday.", title=title)) == expected


# --- speakers around the quote ----------------------------------------------------------------------
AROUND = [
    ("inverted-tweeted", '"The only way out is a deal," tweeted former envoy Tom Baker.',
     [("direct", "The only way out is a deal,", "Tom Baker", "former envoy Tom Baker", "tweeted")]),
    ("continued-after-quote", '"The roads are open," Ann Vale continued.',
     [("direct", "The roads are open,", "Ann Vale", "Ann Vale", "continued")]),
    ("colon-told", 'Tom Baker told reporters: "We are not afraid of anyone."',
     [("direct", "We are not afraid of anyone.", "Tom Baker", "Tom Baker", "told")]),
    ("hearer-before-quote", 'Tom Baker told radio host Jo Marsh "if you want a fight, you will get one."',
     [("direct", "if you want a fight, you will get one.", "Tom Baker", "Tom Baker", "told")]),
    ("participle-after-comma", 'A witness described how the crash happened, stating, "The bus never slowed down."',
     [("direct", "The bus never slowed down.", "witness", "A witness", "stating")]),
    ("object-control", 'The outcry led Ann Vale to express "I should have listened."',
     [("direct", "I should have listened.", "Ann Vale", "Ann Vale", "express")]),
    ("subject-inside-quote", '"My name is Jo Marsh," the man standing in line said after the hearing.',
     [("direct", "My name is Jo Marsh,", "man", "the man", "said")]),
    # negatives: the hearer of a participle is not the speaker; a quote with no cue keeps no speaker
    ("participle-hearer", 'Ann Vale spoke for an hour, telling Radio Gondor "we are ready to talk."',
     [("direct", "we are ready to talk.", "Ann Vale", "Ann Vale", "telling")]),
    ("unattributed", 'The hall fell silent.\n"Nobody expected this."', [("direct", "Nobody expected this.", None, None,
                                                                          None)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in AROUND], ids=[c[0] for c in AROUND])
def test_quotes_speaker_around_the_quote(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(code(nlp, text), MARKED) == expected


# --- a speaker named by a common noun is an actor, and a pronoun after it takes that actor ------------
PRONOUNS = [
    ("he-after-the-general", 'The army will withdraw, the general said.\n"We have done our part," he added.',
     "general"),
    ("it-after-the-ministry", 'The ministry said the roads were closed.\n"Repairs will take a week," it said.',
     "ministry"),
    # negatives: a body is no "she"; a person is no "it"
    ("she-not-a-ministry", 'The ministry said the roads were closed.\n"Repairs will take a week," she said.', None),
    ("it-not-a-general", 'The army will withdraw, the general said.\n"We have done our part," it said.', None),
]


@pytest.mark.parametrize("text, speaker_text", [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS])
def test_quotes_pronoun_carries_nominal_speaker(nlp, text: str, speaker_text: str | None) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text, {})
    names = {a.id: a.name for a in result.actors}
    (q,) = [q for q in result.quotes if q.kind == "direct"]
    assert (names.get(q.speaker) if q.speaker else None) == speaker_text


# --- named speakers in apposition that no earlier stage resolved --------------------------------------
def test_quotes_appositive_name_becomes_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The city\'s chief prosecutor, Ines Baltar, said her office had "solid evidence" of fraud.'
    result = code(nlp, text, {})
    names = {a.id: a.name for a in result.actors}
    assert {(q.kind, names.get(q.speaker or "")) for q in result.quotes} == {("indirect", "Ines Baltar")}


@pytest.mark.parametrize("text", [
    "The ministry, Roads Gondor, said the bridge was closed.",  # a body is named, not a person
    "The prosecutor, Baltar, said the bridge was closed.",  # one bare word does not name a new person
])
def test_quotes_appositive_name_negatives(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text, {})
    # no person is made of the appositive; the speaker is the body or office named by its noun
    assert [a.name for a in result.actors] in (["ministry"], ["prosecutor"])
    assert all(q.speaker == result.actors[0].id for q in result.quotes)


# --- quoted words that nobody says --------------------------------------------------------------------
NOT_SPEECH = [
    ("novel", 'The posts quoted lines from the banned novel "Winter of the Cranes".'),
    ("memoir-after-comma", 'Supporters held copies of her memoir, "Letters from Lowgate".'),
    ("scare-modifier", 'The posts mocked the government\'s "national renewal" programme.'),
    ("scare-subject", 'The "border pacification" campaign was launched last year.'),
]  # a chant is its chanters' words (the guide's reported speech): tests/test_quotes_s46.py


@pytest.mark.parametrize("text", [c[1] for c in NOT_SPEECH], ids=[c[0] for c in NOT_SPEECH])
def test_quotes_titles_and_scare_quotes_have_no_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [q for q in code(nlp, text).quotes if q.speaker or q.speaker_text] == []
