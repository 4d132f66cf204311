"""Quote speakers and spans by class of construction, for the classes that failed on the benchmark
articles coded after the quote rules were written (sentences written for these tests, fictional
names). Each class has cases that must resolve and negative cases that must not: a wrong speaker
is worse than none.
"""

from __future__ import annotations

import pytest

from builders import SPEAKER_CAST as CAST, actors_from_cast, quotes_with_cast as code
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


def found(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    """{quote text: (speaker name or None, speaker words or None)}."""
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return {q.text: (names[q.speaker] if q.speaker else None, q.speaker_text) for q in result.quotes}


def speaker_name(nlp, text: str, quote: str) -> str | None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert quote in got, got
    return got[quote][0]


# a proper name speaking that neither the entity recogniser nor the actors stage knew is an actor
UNKNOWN_NAMES = [
    ("one-word-body", "The deal covers 30 stores. With the purchase Kolvenmark said it seeks to grow in the south.",
     "it seeks to grow in the south", "Kolvenmark"),
    ("name-with-digits", "Ann Vale was taken to hospital; TVK24 reported she had surgery on Monday night.",
     "she had surgery on Monday night", "TVK24"),
    ("name-with-appositive", "Aerodex, a database of the aircraft flown by carriers, states the plane used the old "
     "runway.", "the plane used the old runway", "Aerodex"),
]
# negative: places, dates and titles said to speak are no new actor of their own
NOT_NAMES = [
    ("title-word", "Earlier that week President said the border would reopen on Friday.",
     "the border would reopen on Friday"),
    ("common-noun-opening", "Officials said the border would reopen on Friday.", "the border would reopen on Friday"),
    ("law", "Republic Act No. 3846, also known as the Radio Law, states no person shall run a station without a "
     "licence.", "no person shall run a station without a licence"),
    ("month", "Sources in Gondor told the Herald in March the border would reopen on Friday.",
     "the border would reopen on Friday"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in UNKNOWN_NAMES], ids=[c[0] for c in UNKNOWN_NAMES])
def test_speakers_unknown_name_becomes_actor(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_NAMES], ids=[c[0] for c in NOT_NAMES])
def test_speakers_unknown_name_not_from_titles_or_places(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    rules = {q.text: q.provenance.reason for q in result.quotes if q.provenance}
    assert quote in rules, rules
    assert "unknown-name" not in rules[quote]


def indirect_texts(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {q: s for q, (s, _) in found(nlp, text).items()}


# a court's ruling, a conclusion or a recommendation reported as a clause is an indirect quote ("believe" and
# "find" are not cues: news writes of findings and opinions no one stated, and the coders code them rarely)
REPORTED_JUDGEMENTS = [
    ("ruled-no-that", "Judge Ann Vale ruled the old law violated the charter of Gondor.",
     "the old law violated the charter of Gondor", "Ann Vale"),
    ("speculated-that", "Ann Vale speculated that the toll could rise to over a thousand.",
     "the toll could rise to over a thousand", "Ann Vale"),
    ("concluded", "Tom Baker concluded the evidence supported the charges against the mayor.",
     "the evidence supported the charges against the mayor", "Tom Baker"),
    ("recommended-that", "Ivo Marsh has recommended that airlines should not buy planes from abroad.",
     "airlines should not buy planes from abroad", "Ivo Marsh"),
    # the tagger reads a past tense with its own subject as a participle ("said wooden panels led …")
    ("past-read-as-participle", "No cause was known, but Tom Baker said wooden panels led to corridors becoming "
     "unusable for escape.", "wooden panels led to corridors becoming unusable for escape", "Tom Baker"),
]
# negative: the same verbs with no reported clause, or a clause that is no statement
NOT_REPORTED = [
    ("found-object", "Tom Baker found the keys under the old bridge in Gondor.", "the keys under the old bridge"),
    ("believe-in", "Ann Vale believes in the future of the valley and its people.", "the future of the valley"),
    ("expected-to", "Ivo Marsh is expected to arrive in Gondor on Friday morning.", "arrive in Gondor"),
    ("ruled-out", "Ann Vale ruled out a second vote on the border treaty.", "a second vote on the border treaty"),
    ("participle-object", "Tom Baker said, citing wooden panels damaged in the fire, that the hall was closed.",
     "wooden panels damaged in the fire"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in REPORTED_JUDGEMENTS],
                         ids=[c[0] for c in REPORTED_JUDGEMENTS])
def test_speakers_reported_judgement_is_indirect_quote(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = indirect_texts(nlp, text)
    assert got.get(quote, "missing") == speaker, got


@pytest.mark.parametrize("text, words", [c[1:] for c in NOT_REPORTED], ids=[c[0] for c in NOT_REPORTED])
def test_speakers_judgement_verb_without_clause_is_no_quote(nlp, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    got = indirect_texts(nlp, text)
    assert not any(words in q for q in got), got


# a document or account speaks for whoever owns it, named or described ("X's analysis concluded", "the
# family's statement read", "the account for X tweeted"), though no stage made them an actor before
OWNED_DOCUMENTS = [
    ("owner-name-unknown", 'Browsers compete hard. Webtrend Weekly\'s analysis of its own traffic concluded, "Usually '
     'the old browser comes second."', "Usually the old browser comes second.", "Webtrend Weekly"),
    ("owner-group-noun", 'Ivo Marsh died on Friday. The family\'s statement on the death read: "He loved the valley '
     'and its people."', "He loved the valley and its people.", "family"),
    ("account-for", 'The account for the Arnor Herald, which replaced the old paper, tweeted: "We salute you. You '
     'paved the way."', "We salute you. You paved the way.", "Arnor Herald"),
]
# negative: a document owned by no one named, or by a thing, speaks for no one
UNOWNED_DOCUMENTS = [
    ("no-owner", 'The statement on the death read: "He loved the valley and its people."',
     "He loved the valley and its people."),
    ("thing-owner", 'The bridge\'s plaque read: "Built in the year of the flood by the people of the valley."',
     "Built in the year of the flood by the people of the valley."),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in OWNED_DOCUMENTS], ids=[c[0] for c in OWNED_DOCUMENTS])
def test_speakers_owned_document_speaks_for_owner(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert quote in got, got
    assert got[quote][0] is not None and got[quote][0].endswith(speaker), got


@pytest.mark.parametrize("text, quote", [c[1:] for c in UNOWNED_DOCUMENTS], ids=[c[0] for c in UNOWNED_DOCUMENTS])
def test_speakers_unowned_document_speaks_for_no_one(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert got.get(quote, (None,))[0] is None, got


# "according to a document and a body": the body speaks, not the document; two bodies: the first named
ACCORDING_TO_PAIRS = [
    ("document-and-body", "On Sunday in Gondor, according to witness accounts and the police, a man entered a store "
     "and began to shout at people.", "a man entered a store", "police"),
    ("two-bodies", "According to Valley Radio and the Arnor Herald, Tom Baker is the real ruler of the valley.",
     "Tom Baker is the real ruler of the valley", "Valley Radio"),
    ("document-and-thing", "Engines came from three towns according to a fire service statement, as well as a ladder "
     "platform and a pump.", "Engines came from three towns", "fire service"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ACCORDING_TO_PAIRS], ids=[c[0] for c in ACCORDING_TO_PAIRS])
def test_speakers_according_to_document_and_body(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if q.startswith(quote)), None)
    assert key is not None, got
    assert got[key][0] is not None and got[key][0].endswith(speaker), got


# the report after "according to X," leaves out the setting before it, never the subject
ACCORDING_SPANS = [
    ("setting-before", "On Sunday in Gondor, according to the police, a man entered a store and began to shout.",
     "a man entered a store and began to shout"),
    ("subject-before", "The army of Gondor, according to the police, shelled the old town on Sunday.",
     "The army of Gondor, according to the police, shelled the old town on Sunday"),
]


@pytest.mark.parametrize("text, quote", [c[1:] for c in ACCORDING_SPANS], ids=[c[0] for c in ACCORDING_SPANS])
def test_speakers_according_to_span(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert quote in found(nlp, text), found(nlp, text)


# "Speaking to X, the Y of Z, Name, said": the parser hangs the subject on the participle's object
PARTICIPLE_SWALLOWED = [
    ("title-and-name", 'Speaking to the Arnor Herald, the president of the Valley League for Human Rights, Ivo Marsh, '
     'said, "We are for the freedom to dress."', "We are for the freedom to dress.", "Ivo Marsh"),
    ("name-only", 'Speaking to Valley Radio on Monday, Ann Vale said, "We will not move the border."',
     "We will not move the border.", "Ann Vale"),
]
# negative: the participle's own object is the hearer, never the speaker
PARTICIPLE_HEARER = [
    ("hearer-not-speaker", 'Speaking to the Arnor Herald, he said, "We will not move the border."',
     "We will not move the border.", "Arnor Herald"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PARTICIPLE_SWALLOWED],
                         ids=[c[0] for c in PARTICIPLE_SWALLOWED])
def test_speakers_subject_swallowed_by_participle(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote, hearer", [c[1:] for c in PARTICIPLE_HEARER], ids=[c[0] for c in PARTICIPLE_HEARER])
def test_speakers_participle_object_is_no_speaker(nlp, text: str, quote: str, hearer: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) != hearer


# 'X said he was "…" by Y and "…"': a quote joined by "and" to a quote of the same sentence is the same speech
COORDINATED_QUOTES = [
    ("and-joined", 'Valley Party leader Tom Baker said he was "humbled" by the results and "...I and we will never take '
     'your support for granted. And I will make it my mission to work night and day."', "...I and we will never take "
     "your support for granted. And I will make it my mission to work night and day.", "Tom Baker"),
]
# negative: a new sentence, or someone else between, starts another speech
NOT_COORDINATED = [
    ("new-sentence", 'Tom Baker said he was "humbled" by the results. The crowd on the square chanted "we will never '
     'give up on the valley and its people."', "we will never give up on the valley and its people.", "Tom Baker"),
    ("other-subject", 'Tom Baker said he was "humbled" by the results and Ann Vale wrote "we will never give up on '
     'the valley and its people."', "we will never give up on the valley and its people.", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in COORDINATED_QUOTES], ids=[c[0] for c in COORDINATED_QUOTES])
def test_speakers_quote_joined_by_and_keeps_speaker(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_COORDINATED], ids=[c[0] for c in NOT_COORDINATED])
def test_speakers_quote_after_sentence_or_subject_is_not_joined(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert got.get(quote, (None,))[0] != speaker, got


# a stacked description before a name ("Longtime <show> writer and performer <Name> tweeted"): the name next
# to the verb heads the subject, not a name inside the description
STACKED_NAMES = [
    ("show-title-then-name-conj", 'Longtime Baker in the Morning writer and performer Rob Tillman tweeted: "He was a '
     'rebel and a friend."', "He was a rebel and a friend.", "Rob Tillman"),
    ("show-title-then-name", 'Longtime Baker in the Morning writer and performer Ivo Marsh tweeted: "He was a rebel '
     'and a friend."', "He was a rebel and a friend.", "Ivo Marsh"),
]
# negative: a name after "of" or "and" is no head of its own
NOT_STACKED = [
    ("friend-of-name", 'A longtime friend of Tom Baker tweeted: "He was a rebel and a friend."',
     "He was a rebel and a friend.", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in STACKED_NAMES], ids=[c[0] for c in STACKED_NAMES])
def test_speakers_name_next_to_verb_heads_stacked_subject(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOT_STACKED], ids=[c[0] for c in NOT_STACKED])
def test_speakers_name_in_of_phrase_is_not_speaker(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) != speaker


# an interview title names its interviewee before "on"/"about": a name after it is the topic
def _interview(topic_title: str) -> tuple[str, str]:
    text = ("Wikinews asked the owners of a bar about their new drink.\n"
            "When did you first hear of Tom Baker?\nWe don't really remember. It's been around forever.\n"
            "What are your thoughts on his views?\nIt's not for us to take a stand on any political issues.\n"
            "Was it a good joke?\nWe thought it was funny. I laughed a lot.\n")
    return text, topic_title


@pytest.mark.parametrize("title, speaker", [
    ("Wikinews interviews New York bar owner on Tom Baker cocktail", None),  # the topic is no interviewee
    ("Wikinews interviews bar owners about Tom Baker's views", None),
    ("Wikinews interviews Tom Baker on the bar's new cocktail", "Tom Baker"),  # named before "on": interviewee
], ids=["topic-after-on", "topic-after-about", "interviewee-before-on"])
def test_speakers_interview_title_topic_is_not_interviewee(nlp, title: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    text, title = _interview(title)
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    got = [names.get(q.speaker) if q.speaker else None for q in result.quotes
           if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]
    assert all(s == speaker for s in got), got
    assert speaker is None or got, got


# a document's author ("a post by X") and a named owner ("the official X report") outrank the medium or a
# describing word
DOCUMENT_AUTHORS = [
    ("author-over-medium", "According to a Twitter post by Ann Vale, director of the event, the tusk came from the "
     "wall of the hall.", "the tusk came from the wall of the hall", "Ann Vale"),
    ("name-over-adjective", "According to the official Valley Radio report yesterday, there had been 2741 confirmed "
     "cases in the valley.", "there had been 2741 confirmed cases in the valley", "Valley Radio"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in DOCUMENT_AUTHORS], ids=[c[0] for c in DOCUMENT_AUTHORS])
def test_speakers_document_author_outranks_medium(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if quote in q), None)
    assert key is not None and got[key][0] == speaker, got


# a fronted report closed by a relayed attribution ("Z, X reported Y said"): Z is Y's, X relays it
RELAYED_REPORTS = [
    ("fronted-then-relayed", "The hall in the town of Gondor sustained cracks on its walls, the Arnor Herald reported "
     "Ann Vale said.", "The hall in the town of Gondor sustained cracks on its walls", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RELAYED_REPORTS], ids=[c[0] for c in RELAYED_REPORTS])
def test_speakers_report_of_a_report_is_the_inner_speakers(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert got.get(quote, (None,))[0] == speaker, got
    assert not any(quote in q and q != quote for q in got), got  # no quote of X holding Y's words


def test_speakers_a_mediums_source_is_not_the_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    """A news medium's source is an informant, not the medium: a speaker of its own ("its source said")."""
    import dataclasses

    text = "The Arnor Herald further reported its source said the tenant moved in the day before the blast."
    actors = tuple(dataclasses.replace(a, sector="JRN") if a.name == "Arnor Herald" else a
                   for a in actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), ArticleResult(Article(id="t", text=text), actors=actors), Resources())
    names = {a.id: a.name for a in result.actors}
    got = {q.text: names.get(q.speaker) if q.speaker else None for q in result.quotes}
    assert got.get("the tenant moved in the day before the blast", "-") == "its source", got


def test_speakers_a_bodys_source_speaks_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, "A source from the Gondor army said the tenant moved in the day before the blast.")
    assert got.get("the tenant moved in the day before the blast", ("-",))[0] is not None, got


# '"…" <speech verb> <title> <Name>': the name after a speech word right after the quote speaks, however
# the parser read the verb ("tweeted" as an adjective, "claims" as a noun) or whatever verb of speaking it is
INVERTED_AFTER = [
    ("tweeted-misparsed", 'Another helper spoke of rugby. "I am in awe of the people who ran towards danger to keep us '
     'all safe" tweeted Mayor of Gondor Ann Vale (no relation).', "I am in awe of the people who ran towards danger "
     "to keep us all safe", "Ann Vale"),
    ("claims-as-noun", 'The firm says they must work faster. "It is an extraordinary challenge, no one has ever built '
     'a wide body this fast" claims writer Ivo Marsh.', "It is an extraordinary challenge, no one has ever built a "
     "wide body this fast", "Ivo Marsh"),
    ("enthused", 'The airline will fly to Gondor. "We are rolling out the first delivery airplane, the first 787," '
     "enthused Tom Baker, project manager of the firm.", "We are rolling out the first delivery airplane, the first "
     "787,", "Tom Baker"),
]
NOT_INVERTED_AFTER = [
    ("noun-claims-no-name", 'He called it "fake news" claims spread fast in Gondor and the valley.', "fake news"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in INVERTED_AFTER], ids=[c[0] for c in INVERTED_AFTER])
def test_speakers_inverted_attribution_read_off_the_words(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_INVERTED_AFTER], ids=[c[0] for c in NOT_INVERTED_AFTER])
def test_speakers_no_inverted_attribution_without_a_name(nlp, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert got.get(quote, (None,))[0] is None, got


# a document on someone's page or site, an advisory, a statement of a body no stage knew: the owner speaks
DOCUMENT_OWNERS_MORE = [
    ("statement-on-site", 'A statement on the Arnor Herald\'s website, the homepage of which shows a photograph, states: '
     '"We have lost a visionary and creative genius."', "We have lost a visionary and creative genius.", "Arnor Herald"),
    ("advisory", "The wind will rise; the Valley Radio advisory indicated the maximum winds were near 180 mph.",
     "the maximum winds were near 180 mph", "Valley Radio"),
    ("unknown-owner", 'Kimura joined them in 2019. Starmark\'s official statement yesterday read "Fans, we are very '
     'sorry to report her death."', "Fans, we are very sorry to report her death.", "Starmark"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in DOCUMENT_OWNERS_MORE],
                         ids=[c[0] for c in DOCUMENT_OWNERS_MORE])
def test_speakers_document_owner_more(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if quote in q), None)
    assert key is not None and got[key][0] == speaker, got


def test_speakers_clause_before_a_semicolon_is_not_reported(nlp) -> None:  # type: ignore[no-untyped-def]
    """A sentence before a semicolon is its own, not the report of the verb after it."""
    got = found(nlp, "Ann Vale was taken to hospital; Valley Radio reported she had surgery on Monday night.")
    assert not any(q.startswith("Ann Vale was taken") for q in got), got
    assert "she had surgery on Monday night" in got, got


# more documents that speak for their author ("a review by X", "research done by X"), the words of X, verbs
# of recounting and reasoning, and an inverted speaker followed by a participle
MORE_CUES = [
    ("review-by", "According to a review by Valley Radio, this alone is worth the money.",
     "this alone is worth the money", "Valley Radio"),
    ("research-by", "According to research done by the Arnor Herald, the valley is the origin of half of all spam.",
     "the valley is the origin of half of all spam", "Arnor Herald"),
    ("in-the-words-of", 'Her skin broke every day, and in the words of the Crown prosecutor, Ivo Marsh, QC, "Gloria '
     'spent a lot of her life crying."', "Gloria spent a lot of her life crying.", "Ivo Marsh"),
    ("recounted", 'Co-developer Ann Vale recounted, "When we put that coating on a toilet, it stayed clean."',
     "When we put that coating on a toilet, it stayed clean.", "Ann Vale"),
    ("reasoned", 'The request was made by Tom Baker in 2010. Ann Vale reasoned, "because the users of the schools pay '
     'a fee."', "because the users of the schools pay a fee.", "Ann Vale"),
    ("inverted-then-participle", 'The market stopped. "It took too long for the money to get into the system," said '
     "Valley analyst Ivo Marsh commenting on this decision.", "It took too long for the money to get into the "
     "system,", "Ivo Marsh"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in MORE_CUES], ids=[c[0] for c in MORE_CUES])
def test_speakers_more_cues(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if quote in q), None)
    assert key is not None and got[key][0] == speaker, got


# ", X said," set inside the reported sentence: the sentence around it is X's report
PARENTHETICAL = [
    ("subject-then-said", "The singer, the Herald said, desired no memorials or grave markers.",
     "desired no memorials or grave markers", "Arnor Herald"),
    ("opening-adverbial", "Since then, Tom Baker says, the plane has flown for nearly thirty hours.",
     "the plane has flown for nearly thirty hours", "Tom Baker"),
    ("pronoun-speaker", "Ivo Marsh spoke at length. The switch, he said, would happen beginning next year.",
     "would happen beginning next year", "Ivo Marsh"),
]
NOT_PARENTHETICAL = [
    ("relative-clause", "The plan, which Ann Vale said was old, failed in the spring of that year.", "failed in the spring"),
    ("no-comma-after", "In the spring Tom Baker said nothing about the plan at all.", "nothing about the plan"),
]


@pytest.mark.parametrize("text, words, speaker", [c[1:] for c in PARENTHETICAL], ids=[c[0] for c in PARENTHETICAL])
def test_speakers_parenthetical_attribution(nlp, text: str, words: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if words in q), None)
    assert key is not None and got[key][0] == speaker, got


@pytest.mark.parametrize("text, words", [c[1:] for c in NOT_PARENTHETICAL], ids=[c[0] for c in NOT_PARENTHETICAL])
def test_speakers_no_parenthetical_attribution(nlp, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    assert not any(words in q for q in got), got


def test_speakers_interviewee_surname_ending_in_s(nlp) -> None:  # type: ignore[no-untyped-def]
    """A surname ending in "s" ("Bos", "Jobs") is still found in the title ("'s" alone is a possessive)."""
    cast = {"Nick Bos": ("person", ["Nick Bos", "Bos"])}
    text = ("Nick Bos, of the University of Gondor, studies ants.\n"
            "What first attracted you to ants?\nMe and a friend kept a lot of animals during our studies.\n"
            "What methods were used?\nI try to work on a very low budget and build my own setups.\n"
            "What did you find?\nWe found that the ants choose more medicine after they are infected, I think.\n")
    draft = ArticleResult(Article(id="t", text=text, title="Biologist Nick Bos tells Wikinews about ants"),
                          actors=actors_from_cast(text, cast))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    got = [names.get(q.speaker) for q in result.quotes
           if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]
    assert got and all(s == "Nick Bos" for s in got), got


def test_speakers_interview_answer_goes_on_past_a_caption(nlp) -> None:  # type: ignore[no-untyped-def]
    """A photo caption ("… Image: X.") between an answer's paragraphs neither ends the answer nor is one."""
    cast = {"Nick Bos": ("person", ["Nick Bos", "Bos"])}
    text = ("Nick Bos, of the University of Gondor, studies ants.\n"
            "What first attracted you to ants?\nMe and a friend kept a lot of animals during our studies.\n"
            "What methods were used?\nI try to work on a very low budget and build my own setups.\n"
            "Example of aerated concrete, a home for the ants. Image: Ann Vale.\n"
            "This gave us the data that ants choose more medicine after they are infected.\n"
            "What did you find?\nWe found that the ants choose more medicine, I think.\n")
    draft = ArticleResult(Article(id="t", text=text, title="Biologist Nick Bos tells Wikinews about ants"),
                          actors=actors_from_cast(text, cast))
    result = quotes.run(nlp(text), draft, Resources())
    got = [q.text for q in result.quotes if q.provenance is not None and q.provenance.rule == "direct-interview-answer"]
    assert "This gave us the data that ants choose more medicine after they are infected." in got, got
    assert not any("Image:" in q for q in got), got


# continuing verbs, documents read by a relative clause, and a speaker's own participle between two quotes
CONTINUED = [
    ("went-on-to-add", '"It is significant," she said. Ann Vale went on to add, "If we want to see parity, it means '
     'that we also need more women."', "If we want to see parity, it means that we also need more women.", "Ann Vale"),
    ("statement-which-read", 'The Arnor Herald released a statement which read, in part, "This judgment raises critical '
     'questions."', "This judgment raises critical questions.", "Arnor Herald"),
    ("own-participle-between", 'The market stopped. "It took too long for the money to get into the system," said '
     'Valley analyst Ivo Marsh commenting on this decision. "They were afraid of panic selling so they stopped it."',
     "They were afraid of panic selling so they stopped it.", "Ivo Marsh"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CONTINUED], ids=[c[0] for c in CONTINUED])
def test_speakers_continued_and_relative_cues(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_name(nlp, text, quote) == speaker


# the name a description or a post-nominal hangs on speaks; a belief reported "according to" Y is the believer's
NAME_BEHIND = [
    ("post-nominal", "Speaking in their defense, Tom Baker, SC, said that, as the parents came from abroad, they "
     "should be treated gently.", "as the parents came from abroad, they should be treated gently", "Tom Baker"),
    ("appositive-relative", 'A contrary view is offered by Charles Reilly, a management expert at the Arnor Herald, who '
     'stated, "Great companies rarely go from strength to strength."', "Great companies rarely go from strength to "
     "strength.", "Charles Reilly"),
    ("closing-name-before-auxiliary", 'The secretary general of the league (Valley League), Ann Vale, has called the '
     'ruling "dangerous" and wrong.', "dangerous", "Ann Vale"),
    ("belief-according-to", "According to the Arnor Herald, Tom Baker also believes the people in the water may have "
     "left the boat on purpose.", "the people in the water may have left the boat on purpose", "Tom Baker"),
    # ... and so is a finding or an estimate reported the same way: the source only relays it
    ("estimate-according-to", "Tom Baker calculated that the device carried less than 200 grams of explosive, "
     "according to the Arnor Herald.", "the device carried less than 200 grams of explosive", "Tom Baker"),
    ("conclusion-according-to", "According to the Arnor Herald, Tom Baker concluded the fire had started in the "
     "kitchen of the hotel.", "the fire had started in the kitchen of the hotel", "Tom Baker"),
    # a report with no such verb of its own stays the source's
    ("plain-according-to", "The device carried less than 200 grams of explosive, according to the Arnor Herald.",
     "The device carried less than 200 grams of explosive", "Arnor Herald"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NAME_BEHIND], ids=[c[0] for c in NAME_BEHIND])
def test_speakers_name_behind_description(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = found(nlp, text)
    key = next((q for q in got if quote in q), None)
    assert key is not None and got[key][0] == speaker, got


# a quote opened in one paragraph and closed at the end of the next, with no mark opening that paragraph:
# one quote per paragraph, both the speaker's
def test_speakers_quote_across_paragraphs_without_reopening_mark(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('After the match, Tom Baker, the coach, said, "I think we have learned a lot from this game.\n\n'
            'It was a very emotional day. This is the fifth time I have been here."\n\nThe team flies home on Monday.')
    got = found(nlp, text)
    assert got.get("I think we have learned a lot from this game.", (None,))[0] == "Tom Baker", got
    assert got.get("It was a very emotional day. This is the fifth time I have been here.", (None,))[0] == "Tom Baker", got
    assert not any("flies home" in q for q in got), got


def test_speakers_unclosed_mark_without_closing_paragraph_is_stray(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Tom Baker said the "new deal was fine.\n\nIt was a very emotional day for the team and the town.\n\n'
            "The team flies home on Monday.")
    got = found(nlp, text)
    assert not any("emotional day" in q for q in got), got
