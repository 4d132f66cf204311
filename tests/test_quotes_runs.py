"""Quotes with no cue of their own: who goes on speaking, and when someone else breaks the run.

Sentences written for these tests, with hand-made actors. Classes: a quote run broken by another
person's action (negative) or by an aside about the speaker (positive); a first-person quote after
a sentence about one person that quotes a phrase of its own; a clause ending in a colon that
quotes a word of its own; a participle cue the tagger took for a noun (", writing, "…"").
"""

from __future__ import annotations

import pytest

from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

CAST = {
    "Tom Marsh": ("person", ["Tom Marsh", "Marsh"]),
    "Ann Vale": ("person", ["Ann Vale", "Vale"]),
    "Mira Solt": ("person", ["Mira Solt", "Solt"]),
    "Carla Ruiz": ("person", ["Carla Ruiz"]),
    "Gondor Party": ("organization", ["Gondor Party"]),
    "Ministry of Defence": ("organization", ["the Ministry of Defence"]),
}


def speakers(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text, names.get(q.speaker) if q.speaker else None) for q in result.quotes if q.kind != "indirect"]


@pytest.mark.parametrize("text, expected", [
    # someone else acting between two quotes ends the run ...
    ('"We will win," Tom Marsh said, and Ann Vale laughed. "I doubt it."',
     [("We will win,", "Tom Marsh"), ("I doubt it.", None)]),
    ('"The vote is lost," said Ann Vale, as Tom Marsh left the hall. "We start again tomorrow."',
     [("The vote is lost,", "Ann Vale"), ("We start again tomorrow.", None)]),
    # ... an aside about the speaker, or people with no name, do not
    ('"We will win," said Tom Marsh, whose Gondor Party won the vote. "Nobody can stop us."',
     [("We will win,", "Tom Marsh"), ("Nobody can stop us.", "Tom Marsh")]),
    ('"We will win," said Tom Marsh, as supporters cheered. "Nobody can stop us."',
     [("We will win,", "Tom Marsh"), ("Nobody can stop us.", "Tom Marsh")]),
])
def test_quotes_run_broken_by_someone_else(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a first-person quote after a sentence about one person that quotes a phrase of its own (the phrase
    # is hers: it hangs from her main verb through nouns alone)
    ('Mira Solt was cast in a cartoon at 19. She saw the role as a "chance to face my fears," having doubted '
     'her voice for years. "I was in a very competitive program in high school."',
     [("chance to face my fears,", "Mira Solt"), ("I was in a very competitive program in high school.", "Mira Solt")]),
    # but not after a sentence that holds a quote with a speaker of its own
    ('"We are done," Tom Marsh said, and Ann Vale walked out. "I was never asked."',
     [("We are done,", "Tom Marsh"), ("I was never asked.", None)]),
])
def test_quotes_first_person_after_a_sentence_with_a_quoted_phrase(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize("text, speaker", [
    ('In a statement, the Ministry of Defence described the strike as "limited" in scope: '
     '"The operation targeted only military sites."', "Ministry of Defence"),
    ('Tom Marsh called the plan "a stunt" in an interview: "Nobody believes a word of it."', "Tom Marsh"),
    # a participle the tagger takes for a noun still cues the quote
    ('Before being sworn in, Carla Ruiz accepted the post, writing, "Our country needs stability."', "Carla Ruiz"),
    ('Carla Ruiz accepted the post, saying, "Our country needs stability."', "Carla Ruiz"),
])
def test_quotes_clause_before_the_quote(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text)[-1][1] == speaker


def test_quotes_ing_noun_with_a_determiner_is_no_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the writing" is a thing written, not a participle of speech: no speaker for the scare quote
    assert speakers(nlp, 'Ann Vale admired the writing, "a masterpiece", on the wall.') == []


def test_quotes_title_noun_parsed_as_a_verb_between_quote_and_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Westfield coach Tom Marsh" with "coach" parsed as a verb: the name before the cue speaks, and
    # the quote is not also a reported clause of "said"
    text = 'Westfield lost again on Saturday.\n\n"I am [pretty happy with that]", Westfield coach Tom Marsh said.'
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    assert [(q.kind, names.get(q.speaker) if q.speaker else None) for q in result.quotes] == [("direct", "Tom Marsh")]


@pytest.mark.parametrize("text, speaker", [
    # a paragraph that is only a quote, after a paragraph ending in someone's speech act
    ('The interior minister, Ann Vale, criticised the sanctions on Tuesday.\n"These measures punish ordinary people."',
     "Ann Vale"),
    ('Tom Marsh warned of a long strike.\n"Nobody will win this."', "Tom Marsh"),
    # not after an act that is no speech, a denial of speech, or a paragraph that quotes already
    ('Tom Marsh left the hall on Tuesday.\n"Nobody will win this."', None),
    ('Tom Marsh did not comment on the strike.\n"Nobody will win this."', None),
])
def test_quotes_paragraph_after_a_speech_act(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name the parser took for the object of the sentence's opening phrase is the subject
    ("On Friday Gondor Party announced the vote would be held again.", "Gondor Party"),
    # not when the verb has a subject of its own
    ("After Tom Marsh the committee announced the vote would be held again.", "committee"),
])
def test_quotes_name_swallowed_by_the_opening_phrase(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    assert [names.get(q.speaker) if q.speaker else None for q in result.quotes] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # people named by what they do speak as a group (plural) or a person (with a determiner)
    ("The dam could fail within days, engineers warned on Tuesday.", "engineers"),
    ("Scientists at the institute said the glacier was melting faster.", "Scientists at the institute"),
    ("A resident said the water had risen overnight.", "resident"),
    # a thing with such an ending, or a bare singular that only describes a name, is no speaker
    ("The agreement states that the border stays open.", None),
    ("The incident said more about the police than about the city.", None),
])
def test_quotes_agent_noun_speakers(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    got = [names.get(q.speaker) if q.speaker else None for q in result.quotes]
    assert got == [speaker] or speaker is None and got == []  # no quote at all is no speaker too


@pytest.mark.parametrize("text, speaker", [
    # "X did …, but Y stated …" parsed as one clause with two subjects: the one after "but" states
    ("Tom Marsh asked for the price to be kept secret, but Ann Vale stated the loan was cheap.", "Ann Vale"),
    # a subject inside an aside is not the verb's ("should Marsh lose")
    ("Ann Vale, the successor should Tom Marsh lose the vote, has said she would serve.", "Ann Vale"),
])
def test_quotes_subject_after_a_contrast(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    assert [names.get(q.speaker) for q in result.quotes][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the passive's agent hung on the quoted word is still the one who described it
    ('The plan was described as "reckless" by Tom Marsh.', "Tom Marsh"),
    # but not an agent inside a clause of its own
    ('The plan was described as "reckless" after it was rejected by Tom Marsh.', None),
])
def test_quotes_passive_agent_hung_on_the_quote(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == [("reckless", speaker)]


@pytest.mark.parametrize("text, speaker", [
    # a name after a dash signs the quote
    ('"It is over" \u2014 Tom Marsh, the Westfield coach, after the final whistle.', "Tom Marsh"),
    # no name, a verb of its own, or a name deep in a later phrase: no signature
    ('"It is over" \u2014 the words echoed across Westfield.', None),
    ('"It is over" \u2014 in Westfield, Tom Marsh left the pitch.', None),
])
def test_quotes_dash_signature(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == [("It is over", speaker)]


@pytest.mark.parametrize("text, expected", [
    # a paragraph that opens with a quote goes on with the speaker of the paragraph before ...
    ('"We will win," said Tom Marsh, as supporters cheered.\n"Nobody can stop us now."',
     [("We will win,", "Tom Marsh"), ("Nobody can stop us now.", "Tom Marsh")]),
    # ... unless someone else acts after that speaker's quote
    ('"We will win," said Tom Marsh. Ann Vale, his rival, was unimpressed.\n"He has no plan."',
     [("We will win,", "Tom Marsh"), ("He has no plan.", None)]),
])
def test_quotes_run_across_paragraphs(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == expected


@pytest.mark.parametrize("text, speaker", [
    # the main verb taken for a participle on its subject ("An eyewitness described …"): the noun speaks
    ('An eyewitness described for the Evening Post how the attack unfolded, stating, "I was crossing the road."',
     "eyewitness"),
    # a participle after a clause with a true subject keeps that subject
    ('Ann Vale described how the attack unfolded, stating, "I was crossing the road."', "Ann Vale"),
])
def test_quotes_noun_root_with_its_verb_as_participle(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers(nlp, text) == [("I was crossing the road.", speaker)]
