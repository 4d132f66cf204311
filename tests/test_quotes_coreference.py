"""Who a quote's pronoun or definite description refers to (tidings.extract.quotes.coreference).

Sentences written for these tests; actors hand-made as the actors stage would give them. Each
class has positive and negative cases: a pronoun agrees in number, person-or-thing and gender;
the speaker in focus keeps a continuing cue ("he added"); a definite description goes to the one
actor described so, and two such actors (or a description that does not fit) leave it unresolved.
"""

from __future__ import annotations

import pytest

import builders
from builders import actors_from_cast
from tidings.extract import quotes
from tidings.extract.agreement import actor_gender, agrees, mention_gender
from tidings.registry import Resources
from tidings.schema import Actor, Article, ArticleResult, Mention, Span


def _actor(kind: str, *texts: str, role: str | None = None) -> Actor:
    spans = tuple(Mention(Span(i * 100, i * 100 + len(t), t)) for i, t in enumerate(texts))
    return Actor("a1", texts[0], kind, role=role, mentions=spans)  # type: ignore[arg-type]


@pytest.mark.parametrize("actor, pronoun, ok", [
    (_actor("person", "Ms Vale"), "she", True),
    (_actor("person", "Ms Vale"), "he", False),
    (_actor("person", "Kim Baker"), "she", True),                     # nothing says a gender: either
    (_actor("person", "Tom Baker"), "she", False),                    # the given name says "he"
    (_actor("person", "Tom Baker", "he"), "she", False),              # a pronoun already resolved to him
    (_actor("person", "Ada Roe", role="chairwoman of the board"), "him", False),
    (_actor("person", "Ada Roe"), "they", False),                     # never one person
    (_actor("person", "Ada Roe"), "it", False),
    (_actor("organization", "Halvard Workers' Union"), "she", False),  # never a body
    (_actor("country", "Gondor"), "he", False),
    (_actor("country", "Gondor"), "it", True),
    (_actor("organization", "Ministry of Roads"), "its", True),
    (_actor("group", "protesters"), "they", True),
    (_actor("person", "Ada Roe"), "we", False),                       # not a third-person pronoun
])
def test_coreference_agreement(actor: Actor, pronoun: str, ok: bool) -> None:
    assert agrees(actor, pronoun) is ok


@pytest.mark.parametrize("words, gender", [
    (["Ms", "Vale"], "f"), (["Mr.", "Baker"], "m"), (["the", "spokeswoman"], "f"), (["his", "spokeswoman"], "f"),
    (["her", "husband"], "m"), (["Tom", "Baker"], None), (["the", "minister"], None), (["he"], "m"),
    (["king", "and", "queen"], None),
])
def test_coreference_mention_gender(words: list[str], gender: str | None) -> None:
    assert mention_gender(words) == gender


def test_coreference_gender_of_a_body_is_none() -> None:
    assert actor_gender(_actor("organization", "Queen Mary University")) is None


CAST = {
    "Rolf Henning": ("person", ["Rolf Henning", "Henning"]),
    "Pavel Orsk": ("person", ["Pavel Orsk"]),
    "Inga Holt": ("person", ["Inga Holt"]),
    "Per Lund": ("person", ["Per Lund"]),
    "Ivo Lind": ("person", ["Ivo Lind"]),
    "Jon Dahl": ("person", ["Jon Dahl"]),
    "Ben Oro": ("person", ["Ben Oro"]),
    "Mira Solt": ("person", ["Mira Solt"]),
    "Anna Kovacs": ("person", ["Anna Kovacs"]),
    "Ann Vale": ("person", ["Ann Vale", "Ms Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Mr Baker"]),
    "Gabor Rath": ("person", ["Gabor Rath"]),
    "Hanna Lowe": ("person", ["Hanna Lowe"]),
    "Tomas Lind": ("person", ["Tomas Lind"]),
    "Ed Park": ("person", ["Ed Park"]),
    "Ivo Lang": ("person", ["Ivo Lang"]),
    "Telenord": ("organization", ["Telenord"]),
    "Halvard Workers' Union": ("organization", ["Halvard Workers' Union"]),
    "Gondor": ("country", ["Gondor"]),
}


def last_speaker(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    return builders.last_speaker(nlp, text, CAST)


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a continuing cue keeps the speaker in focus over a person named in between
    ('Mayor Rolf Henning defended the budget. "We cut what we could," Henning said. His rival, Pavel Orsk, '
     'had called the cuts reckless.\n"Nobody wants higher taxes," he added.', "Rolf Henning"),
    ('"The port will reopen," Inga Holt said. Dock workers cheered, and Per Lund, a union steward, waved a flag. '
     '"Ships will come back," she also said.', "Inga Holt"),
    # ... also when the speaker in focus reported, not quoted, before
    ('Mayor Rolf Henning said the budget was balanced. His rival, Pavel Orsk, had called the cuts reckless. '
     '"Nobody wants higher taxes," he added.', "Rolf Henning"),
    # ... but a plain "said" after a new subject is that subject's
    ('Ivo Lind praised the plan. "It is bold," he said. Jon Dahl was not convinced. "It will fail," he said.',
     "Jon Dahl"),
    # ... and a focus that does not agree is passed over
    ('"We are ready," Ms Vale said. Mr Baker nodded. "So are we," he added.', "Tom Baker"),
    # a gender the text gives beats a subject whose gender it never gives
    ('Director Ben Oro met actress Mira Solt on Friday. "We start filming in May," she said.', "Mira Solt"),
    # never a body, a country or one person for the wrong pronoun
    ('The Halvard Workers\' Union called a strike on Monday.\n"This is the only language they understand," she said.',
     None),
    ('Gondor closed its border on Monday. "We had no choice," he said.', None),
    ('Anna Kovacs left the meeting early.\n"It was a waste of time," they said.', None),
    ('Ms Vale arrived on Monday. "Nobody told us," he said.', None),
    # a nominal speaker's gendered noun counts as a name's would
    ('"We are ready," the spokeswoman said. Reporters waited outside. "Nobody is leaving," she said.',
     "spokeswoman"),
    ('"We are ready," the spokeswoman said. Reporters waited outside. "Nobody is leaving," he said.', None),
])
def test_coreference_pronoun_speaker(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(nlp, text) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("Government commissioner Gabor Rath announced the purchase on Monday. "
     "The commissioner stated the purchase was financed by a loan.", "Gabor Rath"),
    ('Prime Minister Hanna Lowe arrived in Brussels on Monday. "Europe must act now," the prime minister said.',
     "Hanna Lowe"),
    ('Firefighter Tomas Lind pulled two children from the flats. "I just did my job," the 34-year-old said.',
     "Tomas Lind"),
    ("The broadcaster Telenord went off air on Tuesday. The network's owner is unknown. "
     "The broadcaster claims the order did not cover its radio stations.", "Telenord"),
    # a name right after its description ("The militant group Hamas", parsed as two subjects)
    ('The militant group Telenord fired rockets on Monday. "We will continue," the group said.', "Telenord"),
    # a bare gender noun refers as the pronoun of that gender would
    ('Witness Hanna Lowe saw the crash from her balcony. "It was terrifying," the woman said.', "Hanna Lowe"),
    ('Ed Park, a retired fireman, saw the crash from his balcony. "It was terrifying," the woman said.', "woman"),
    # two actors described alike, a description that does not fit, a person noun for a body: no one met
    # before (the description stays a speaker of its own)
    ('Foreign Minister Ed Park met Defence Minister Ivo Lang. "We agreed on nothing," the minister said.', "minister"),
    ('Foreign Minister Ed Park arrived on Monday. "Europe must act now," the prime minister said.', None),
    ('The broadcaster Telenord went off air on Tuesday. "We will appeal," the spokesman said.', "spokesman"),
])
def test_coreference_definite_description_speaker(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(nlp, text) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ('Striker Leon Hart scored twice on Sunday. "The team deserved it," the striker said.', "Leon Hart"),
    # two strikers met before: the nameless one stays
    ('Striker Leon Hart and striker Ivo Maas scored on Sunday. "The team deserved it," the striker said.', "striker"),
])
def test_coreference_nameless_description_actor_yields_to_the_one_described(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    cast = {"Leon Hart": ("person", ["Leon Hart"]), "Ivo Maas": ("person", ["Ivo Maas"])}
    named = actors_from_cast(text, cast)
    start = text.index("the striker")
    nameless = Actor(f"a{len(named) + 1}", "striker", "person",
                     mentions=(Mention(Span(start, start + 11, "the striker"), "nominal"),))
    draft = ArticleResult(Article(id="t", text=text), actors=named + (nameless,))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    assert names[result.quotes[-1].speaker] == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a document met before speaks for whoever issued it
    ("Telenord said in a filing to regulators that the probe began in May. The filing said the company "
     "was cooperating.", "Telenord"),
    ("Gabor Rath filed a motion on Monday. The motion claims the order is void.", "Gabor Rath"),
    ("Hanna Lowe's proclamation was published on Friday. The proclamation said the outbreak was an emergency.",
     "Hanna Lowe"),
    # not the one who judged it, nor a document never met before
    ("Gabor Rath criticised the statement on Monday. The statement said the plant was safe.", None),
    ("The statement said the plant was safe.", None),
    # a document met long before (beyond twelve sentences, twice a pronoun's reach) is no longer the one
    # "the" points at: unresolved, not its old issuer
    ("Gabor Rath filed a motion on Monday. " + "The hearing was set for May. " * 13 + "The motion claims the order is void.",
     None),
])
def test_coreference_document_speaks_for_its_issuer(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert last_speaker(nlp, text) == speaker


@pytest.mark.model
@pytest.mark.parametrize("description, speaker", [
    ("the French president", "Hanna Lowe"),   # a nationality word is answered by the actor's country
    ("the German president", "Ed Park"),
    ("the Spanish president", "Spanish president"),  # no one met before fits: a speaker of its own
])
def test_coreference_nationality_in_a_description(nlp, description: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    text = f'President Hanna Lowe met President Ed Park on Monday. "We agreed," {description} said.'
    countries = {"Hanna Lowe": "FRA", "Ed Park": "DEU"}
    actors = tuple(dataclasses.replace(a, country=countries[a.name]) for a in actors_from_cast(text, CAST)
                   if a.name in countries)
    result = quotes.run(nlp(text), ArticleResult(Article(id="t", text=text), actors=actors), Resources())
    names = {a.id: a.name for a in result.actors}
    assert names[result.quotes[-1].speaker] == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, cast, pronoun, ok", [
    # a person's name modifying a plural noun ("Hale campaign officials") names Hale's people, not Hale:
    # the person stays one person for "he" (a mention the actors stage gave them wrongly)
    ("Tom Hale spoke in Arnor. Hale campaign officials said the rally was full.",
     ["Tom Hale", "Hale campaign officials"], "he", True),
    ("Tom Hale spoke in Arnor. Hale campaign officials said the rally was full.",
     ["Tom Hale", "Hale campaign officials"], "they", False),
    # a "person" actor the text names only in the plural is several people
    ("Foreign ministers of Arnor and Gondor met on Monday.", ["Foreign ministers of Arnor and Gondor"], "he", False),
    ("Foreign ministers of Arnor and Gondor met on Monday.", ["Foreign ministers of Arnor and Gondor"], "they", True),
])
def test_coreference_plural_mention_of_a_named_person(nlp, text: str, cast: list[str], pronoun: str,  # type: ignore[no-untyped-def]
                                                      ok: bool) -> None:
    (actor,) = actors_from_cast(text, {cast[0]: ("person", cast)})
    assert agrees(actor, pronoun, nlp(text)) is ok


def _speaker_of(nlp, text: str, cast: dict, words: str) -> str | None:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    (q,) = [q for q in result.quotes if q.text.startswith(words)]
    return names.get(q.speaker) if q.speaker else None


_BODIES = {"Ministry of Roads": ("organization", ["the ministry"]),
           "demonstrators": ("group", ["The demonstrators", "the demonstrators"]),
           "Valley Radio": ("organization", ["Valley Radio"]), "Ann Vale": ("person", ["Ann Vale"])}


@pytest.mark.model
@pytest.mark.parametrize("text, words, speaker", [
    # "it" is one body or thing: never a group the text names only in the plural
    ('"We closed the bridge," said the ministry in a statement. The demonstrators were "armed and organised," '
     'it added.', "The demonstrators", "Ministry of Roads"),
    ('The demonstrators marched to the square on Monday. "We will return every week," they said.',
     "We will", "demonstrators"),
    # a turn label of an interview ("((Valley Radio))") names who speaks the turn; no pronoun refers to it
    ("((Valley Radio)) What does the survey tell us?\n((Ann Vale)) It suggests that the river is much cleaner "
     "than it was.", "the river", None),
    ("Valley Radio ran the survey in May. It said that the river is much cleaner than it was.", "the river",
     "Valley Radio"),
])
def test_coreference_it_is_no_plural_group_nor_a_turn_label(nlp, text: str, words: str,  # type: ignore[no-untyped-def]
                                                            speaker: str | None) -> None:
    assert _speaker_of(nlp, text, _BODIES, words) == speaker


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    # a relative named beside a person ("his wife Mira") is someone else: no gender of the person's
    ('It was revealed on Friday that President Tom Hale himself, his wife Mira, and son Ivo all tested positive. '
     'He tweeted, "Do not be afraid of the virus."', "Tom Hale"),
    # a gendered noun that describes the person still gives theirs ("the spokeswoman, Ann Vale")
    ('The spokeswoman, Ann Vale, met Tom Hale on Friday. "Do not be afraid of the virus," she said.', "Ann Vale"),
    ('The spokeswoman, Ann Vale, met reporters on Friday. "Do not be afraid of the virus," he said.', None),
])
def test_coreference_a_relative_beside_a_name_gives_no_gender(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    cast = {"Tom Hale": ("person", ["President Tom Hale", "Tom Hale"]), "Ann Vale": ("person", ["Ann Vale"])}
    assert _speaker_of(nlp, text, cast, "Do not") == speaker


@pytest.mark.parametrize(("text", "word", "inside"), [
    ("((WN)) What did the council decide?", "WN", True),
    ("((Ann Vale)) We voted against it.", "Vale", True),
    ("((Ann Vale)) We voted against it.", "voted", False),
    ("Ann Vale (the mayor) said no.", "mayor", False),  # single parentheses are no turn label
    ("((WN)) Why? ((Ann Vale)) Because.", "Because", False),
    ("No label at all here.", "label", False),
])
def test_coreference_in_turn_label(text: str, word: str, inside: bool) -> None:
    import spacy

    from tidings.extract.quotes.coreference import in_turn_label

    doc = spacy.blank("en")(text)
    assert in_turn_label(next(t for t in doc if t.text == word)) is inside


def test_coreference_in_turn_label_reads_the_kept_text_not_doc_text() -> None:
    """Doc.text joins every token on each access: read per token, it made a long interview's
    coreference quadratic (minutes of CPU), long enough to run into the time budget."""
    import spacy

    from tidings.extract.common import TEXT_KEY
    from tidings.extract.quotes.coreference import in_turn_label

    class _NoText:  # a Doc whose text must not be rebuilt
        def __init__(self, doc):  # type: ignore[no-untyped-def]
            self._doc, self.user_data = doc, {TEXT_KEY: doc.text}

        def __len__(self) -> int:
            return len(self._doc)

        @property
        def text(self) -> str:
            raise AssertionError("doc.text rebuilt")

    class _Tok:
        def __init__(self, tok, doc):  # type: ignore[no-untyped-def]
            self.idx, self.doc = tok.idx, doc

    doc = spacy.blank("en")("((Ann Vale)) We voted against it.")
    wrapped = _NoText(doc)
    assert in_turn_label(_Tok(doc[2], wrapped)) and not in_turn_label(_Tok(doc[6], wrapped))
