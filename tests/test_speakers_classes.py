"""Quote speakers by class of construction, each with cases that must resolve and cases that must not.

The classes are those found among the wrong and unresolved speakers of the real-news benchmark's
development split; every case here is written for the tests (fictional names), and each class has
negative cases: a wrong speaker is worse than none.
"""

from __future__ import annotations

import pytest

from builders import SPEAKER_CAST as CAST, actors_from_cast, quotes_with_cast as code, speakers_by_quote as speakers
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model



def check(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found, found
    assert found[quote] == speaker, found


# "X quoted / cited Y as saying …": Y speaks, X only relays
RELAYED = [
    ("quoted-as-saying", 'The Arnor Herald quoted Tom Baker as saying "the valley will not be sold".',
     "the valley will not be sold", "Tom Baker"),
    ("cited-as-saying", "Valley Radio cited Ann Vale as saying the border would reopen on Friday.",
     "the border would reopen on Friday", "Ann Vale"),
    ("quoted-colon", 'The Herald quoted Ivo Marsh, a former envoy, as saying: "We were never told."',
     "We were never told.", "Ivo Marsh"),
    # negative: the relaying medium speaks for itself when it reports without "as saying"
    ("medium-reports", "The Arnor Herald reported that the border would reopen on Friday.",
     "the border would reopen on Friday", "Arnor Herald"),
    ("medium-told-by", "Tom Baker told the Arnor Herald that the border would reopen on Friday.",
     "the border would reopen on Friday", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RELAYED], ids=[c[0] for c in RELAYED])
def test_speakers_relayed_quote_belongs_to_the_quoted(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# several subjects before one verb are one subject in apposition: the one next to the verb heads it
STACKED = [
    ("title-then-name", 'Early critic Tom Baker said, "We have moved the bill to a better place."',
     "We have moved the bill to a better place.", "Tom Baker"),
    ("relation-then-name", 'His sister, and member of the INC, Ann Vale wrote, "Last year was one of the happiest '
     'days for me."', "Last year was one of the happiest days for me.", "Ann Vale"),
    ("body-then-person", "The United Realms relief coordinator Ivo Marsh has said that he is optimistic about the effort.",
     "he is optimistic about the effort", "Ivo Marsh"),
    ("source-misparsed-as-subject", 'According to the Arnor Herald, the chief prosecutor of Gondor, Ivo Marsh, '
     'said the 36 must face "murder charges".', "the 36 must face \"murder charges\"", "Ivo Marsh"),
    ("description-then-name", "The Gondorian automobile manufacturing firm Valley Radio announced on Wednesday that "
     "most of its bondholders did not exchange the debt.", "most of its bondholders did not exchange the debt",
     "Valley Radio"),
    # negative: a body whose head is named after it is still the body; coordinated subjects keep the first
    ("coordinated-subjects", "The Arnor Herald, which prints the Daily, and Valley Radio which runs Sorbent, "
     "emphasized they were working to maintain the supply.", "they were working to maintain the supply",
     "Arnor Herald"),
    ("according-then-subject", "According to Valley Radio, former Vice President Tom Baker has amassed 1,217 pledged "
     "delegates so far.", "former Vice President Tom Baker has amassed 1,217 pledged delegates so far",
     "Valley Radio"),
    ("body-with-leader", "The United Realms, led by Ivo Marsh, said the effort was going well.",
     "the effort was going well", "United Realms"),
    ("name-then-clause", "Secretary of Justice Ann Vale, the would-be successor should Tom Baker remain unconfirmed by "
     "the Senate, has expressed she is uninterested in taking up the office.",
     "she is uninterested in taking up the office", "Ann Vale"),
    ("person-of-country", "Gondor's envoy said the effort was going well.", "the effort was going well", "Gondor"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in STACKED], ids=[c[0] for c in STACKED])
def test_speakers_stacked_subject_is_the_named_person(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


def test_speakers_description_actor_gives_way_to_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """An earlier stage made an actor of the description: the appositive name still speaks."""
    text = "The Gondor automobile manufacturing firm General Wheels announced on Wednesday that the debt was not exchanged."
    cast = {"automobile manufacturing firm": ("organization", ["Gondor automobile manufacturing firm"]),
            "General Wheels": ("organization", ["General Wheels"])}
    result = quotes.run(nlp(text), ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast)),
                        Resources())
    names = {a.id: a.name for a in result.actors}
    assert [names.get(q.speaker or "") for q in result.quotes] == ["General Wheels"]


# words inside a relative clause or a parenthesis belong to its own subject, never to the main one
RELATIVE = [
    ("relative-naming", "Ann Vale, spokeswoman for the department, sharply criticized the House's decision, which "
     'Tom Baker has referred to as "gamesmanship" and a "stunt".', "stunt", "Tom Baker"),
    ("parenthesis-before-quote", "House of Commons Speaker Tom Baker commented on the matter \u2014 which the Arnor "
     'Herald noted as an unusual move by a Speaker \u2014 "However it is dressed up, it is obvious that the purpose '
     'is to stop the debate."', "However it is dressed up, it is obvious that the purpose is to stop the debate.",
     "Tom Baker"),
    # negative: a plain relative clause without speech leaves the quote to the main clause
    ("relative-no-speech", 'Ann Vale, who arrived on Monday, said the plan was "a betrayal".', 'the plan was "a betrayal"',
     "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE])
def test_speakers_relative_clause_keeps_its_words(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# two attributed quotes in a row: a cue that opens the next quote is not the previous one's
SUCCESSIVE = [
    ("cue-opens-next", 'Tom Baker said, "Why should the bishops be exempt?" Ann Vale said, "Nobody is above the law."',
     "Why should the bishops be exempt?", "Tom Baker"),
    ("cue-opens-next-second", 'Tom Baker said, "Why should the bishops be exempt?" Ann Vale said, "Nobody is above the law."',
     "Nobody is above the law.", "Ann Vale"),
    # negative: a cue after the quote still counts when it does not open another quote
    ("cue-after-stays", '"Why should the bishops be exempt?" Ann Vale said on Monday.',
     "Why should the bishops be exempt?", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in SUCCESSIVE], ids=[c[0] for c in SUCCESSIVE])
def test_speakers_successive_quotes_keep_their_cues(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# a clause ending in a colon introduces the quote after it: its subject (or the document's author) speaks
COLON = [
    ("clause-colon", 'Tom Baker opposed the plan: "The suggestion evokes a colonial mentality."',
     "The suggestion evokes a colonial mentality.", "Tom Baker"),
    ("clause-colon-medium", 'Ann Vale took a parting shot on Twitter: "Oh no, really big news!"', "Oh no, really big news!",
     "Ann Vale"),
    ("pronoun-colon", 'Tom Baker ordered three days of mourning. In his message, he praised the general: '
     '"He was a stellar example of those educated in the school."', "He was a stellar example of those educated in the school.",
     "Tom Baker"),
    ("document-colon", 'Ann Vale\'s statement read: "The general was killed in an operation."',
     "The general was killed in an operation.", "Ann Vale"),
    ("statement-from-colon", 'The palace issued the following statement from Tom Baker: "Involvement in politics is '
     'inappropriate."', "Involvement in politics is inappropriate.", "Tom Baker"),
    ("transcript-title-colon", ':Secretary of the Air Force Ivo Marsh: "No, Sir, save it and blow him away."',
     "No, Sir, save it and blow him away.", "Ivo Marsh"),
    # negative: the subject before the colon is no actor, or the colon introduces a list
    ("target-document-colon", 'President Tom Baker opposed Ann Vale\'s statement: "The suggestion evokes a colonial '
     'mentality."', "The suggestion evokes a colonial mentality.", "Tom Baker"),
    ("sign-colon", 'The sign on the door read: "Closed until further notice."', "Closed until further notice.", None),
    ("thing-colon", 'The road ahead looked long: "Free the prisoners and open the border."',
     "Free the prisoners and open the border.", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in COLON], ids=[c[0] for c in COLON])
def test_speakers_colon_introduces_the_quote(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


def test_speakers_named_speaker_met_again_is_one_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ann Vale led, according to Ostmark Weekly, the largest march ever held. "
            "Ostmark Weekly reported some were using the slogan \"Make the Valley Great\".")
    result = code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    said = [names.get(q.speaker) for q in result.quotes if q.kind == "indirect"]
    assert said == ["Ostmark Weekly", "Ostmark Weekly"], said
    assert sum(1 for a in result.actors if a.name == "Ostmark Weekly") == 1


# a first-person quote opening a sentence after a sentence about one person is that person's
PREVIOUS_SENTENCE = [
    ("first-person-after-subject", 'Comic artist Ann Vale told of being forced to re-evaluate her life. "In my first '
     'stint, I didn\'t get any work."', "In my first stint, I didn't get any work.", "Ann Vale"),
    ("pronoun-subject", 'Ann Vale joined the cast in 1987. She left the series early. "This is not what I wanted to '
     'become an actor for."', "This is not what I wanted to become an actor for.", "Ann Vale"),
    # negative: a third-person quote, two people, a sentence about a thing
    ("third-person", 'Ann Vale told of her long career. "The market should be given all the support."',
     "The market should be given all the support.", None),
    ("two-people", 'Ann Vale met Tom Baker in the hall. "I did not get any work that year."',
     "I did not get any work that year.", None),
    ("about-a-thing", 'The hall was full on Monday. "I did not get any work that year."',
     "I did not get any work that year.", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PREVIOUS_SENTENCE],
                         ids=[c[0] for c in PREVIOUS_SENTENCE])
def test_speakers_first_person_quote_after_its_subject(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# people named by a common noun speak as a group actor; sources and things do not
NOMINAL = [
    ("forecasters", "Forecasters said the storm would reach the coast by Friday.",
     "the storm would reach the coast by Friday", "Forecasters"),
    ("possessed-associates", "Ivo Marsh fell ill on Thursday. His associates have alleged Marsh was poisoned.",
     "Marsh was poisoned", "associates"),
    ("acronym-title", 'One MP said: "We are here to stop the madness."', "We are here to stop the madness.", "MP"),
    ("relative-after-comma", "The shooting began at 10:39 a.m., according to police, who said officers arrived six "
     "minutes later.", "officers arrived six minutes later", "police"),
    # negative: a thing or a source is no speaker
    ("thing-subject", "Satellite imaging from 2017 suggests the city contained 35,000 damaged buildings.",
     "the city contained 35,000 damaged buildings", None),
    ("filing-subject", "The bankruptcy filing said the firm was in debt to 20 creditors.",
     "the firm was in debt to 20 creditors", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NOMINAL], ids=[c[0] for c in NOMINAL])
def test_speakers_people_named_by_common_nouns(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found, found
    got = found[quote]
    assert (got is None) if speaker is None else (got is not None and speaker.lower() in got.lower()), found


# pronouns: an ungendered role noun says nothing of gender; a surname without a mention still counts
PRONOUNS = [
    ("voice-actor-she", "US voice actor Ann Vale was devastated when she got a sinus infection. \"This director does not "
     "know me,\" she recalls thinking.", "This director does not know me,", "Ann Vale"),
    ("surname-without-mention", "Ivo Marsh signed the deal. The company structure remains unchanged. Marsh pointed out "
     "it would have been costly to research the technology. He noted, \"the modernization covers technology.\"",
     "the modernization covers technology.", "Ivo Marsh"),
    ("they-group-actor", "Valley Radio and the Arnor Herald met on Monday. \"We are ready,\" they said.",
     "We are ready,", "Valley Radio"),
    ("they-plural-speaking-group", "Valley Radio reported the charges. State prosecutors charged the suspect with "
     "murder, they said on Sunday.", "State prosecutors charged the suspect with murder", "prosecutors"),
    # negative: a plural subject that is no actor stands nearer than any actor
    ("they-plural-noun", "Valley Radio reported the shortage. The stores were reluctant to impose limits, according to "
     "a report in which they said they had no plans to introduce restrictions.",
     "they had no plans to introduce restrictions", None),
    # negative: a woman named before "he" is passed over, and with no man in reach "he" stays unresolved
    ("she-not-he", "Ms Vale signed the deal on Monday. \"The modernization covers technology,\" he noted.",
     "The modernization covers technology,", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS])
def test_speakers_pronoun_agreement(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    result = ArticleResult(Article(id="t", text=text),
                           actors=actors_from_cast(text, {"Ann Vale": ("person", ["US voice actor Ann Vale", "Ann Vale", "Ms Vale"]),
                                                          "Ivo Marsh": ("person", ["Ivo Marsh"]),
                                                          "Valley Radio": ("organization", ["Valley Radio"]),
                                                          "Arnor Herald": ("organization", ["Arnor Herald"])}))
    result = quotes.run(nlp(text), result, Resources())
    names = {a.id: a.name for a in result.actors}
    found = {q.text: (names[q.speaker] if q.speaker else None) for q in result.quotes}
    got = found.get(quote, "missing")
    assert got == speaker or (speaker is not None and got is not None and speaker in got), found


def test_speakers_relative_clause_is_no_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("House of Commons Speaker Tom Baker commented on the matter \u2014 which the Arnor Herald noted as an "
            "unusual move by a Speaker \u2014 \"However it is dressed up, it is obvious.\"")
    found = speakers(nlp, text)
    assert not any("unusual move" in q for q in found), found


def test_speakers_relative_subject_still_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Baker declared an emergency, which he said would allow him to act without approval from the council."
    found = speakers(nlp, text)
    assert [who for q, who in found.items() if "would allow him to act" in q] == ["Tom Baker"], found


# a speaker goes on speaking in the next quote when nothing but the attribution stands between
CONTINUING = [
    ("after-governed-quote", '"I don\'t think that any leader should make any assumption that our policy will change", '
     'Tom Baker told the press on Tuesday. "There were many times that Ann Vale and I disagreed."',
     "There were many times that Ann Vale and I disagreed.", "Tom Baker"),
    ("after-reported-clause", 'This is our top priority, Tom Baker said. "The market should be given all the support."',
     "The market should be given all the support.", "Tom Baker"),
    # negative: another sentence in between
    ("reported-then-other", 'This is our top priority, Tom Baker said. Ann Vale disagreed with him on Monday. '
     '"The market should be given all the support."', "The market should be given all the support.", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CONTINUING], ids=[c[0] for c in CONTINUING])
def test_speakers_speaker_goes_on(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# a name after a known title is a person even where the entity recogniser saw none
TITLED = [
    ("cardinal", 'Cardinal Marc Oudard of the Holy See said, "Nobody is above the law."', "Nobody is above the law.",
     "Marc Oudard"),
    ("chief-then-surname", "According to Chief Superintendent Graciano Mijoles of the police, fourteen people died. "
     "Mijoles further claimed 90 civilians were wounded.", "90 civilians were wounded", "Graciano Mijoles"),
    # negative: a company named after a title is no person
    ("company-named-after-title", "Cardinal Health said the company would grow.", "the company would grow", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_speakers_titled_name_is_a_person(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    result = code(nlp, text)
    people = {a.id: a.name for a in result.actors if a.kind == "person"}
    found = {q.text: people.get(q.speaker or "") for q in result.quotes}
    assert quote in found, found
    got = found[quote]
    assert (got is None) if speaker is None else (got is not None and speaker in got), found


def test_speakers_truncated_name_mention_is_completed(nlp) -> None:  # type: ignore[no-untyped-def]
    """The actors stage's mention stops before the surname: the surname alone still finds the person."""
    text = ("According to Chief Superintendent Graciano Mijoles of the police, fourteen people died. "
            "Mijoles further claimed 90 civilians were wounded.")
    cast = {"Superintendent Graciano": ("person", ["Chief Superintendent Graciano"])}
    result = quotes.run(nlp(text), ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast)),
                        Resources())
    names = {a.id: a.name for a in result.actors}
    found = {q.text: names.get(q.speaker or "") for q in result.quotes}
    assert found.get("90 civilians were wounded") == "Superintendent Graciano", found


# a document speaks for its author: "signed by X", "posted by X", "sent from X's account", "X data"
DOCUMENTS = [
    ("decree-read", 'The decree signed by Tom Baker read "The crimes offend the faithful and harm the community."',
     "The crimes offend the faithful and harm the community.", "Tom Baker"),
    ("opinion-of-read", 'The opinion of the United Realms, released on Wednesday, read in part, "It is concluded that '
     'the oath is unconstitutional."', "It is concluded that the oath is unconstitutional.", "United Realms"),
    ("memo-posted-by", "According to a memo posted online by Ann Vale, the Senate cancelled its planned hearing.",
     "the Senate cancelled its planned hearing", "Ann Vale"),
    ("tweet-sent-from", 'A tweet sent from Tom Baker\'s account during the debate repeated the pledge, saying "My running '
     'mate will be a woman."', "My running mate will be a woman.", "Tom Baker"),
    # negative: a document with no author named, and a sign that reads
    ("statement-read-no-author", '"We will not be deterred," read the statement.', "We will not be deterred,", None),
    ("sign-read", 'The sign on the door read "Closed until further notice."', "Closed until further notice.", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in DOCUMENTS], ids=[c[0] for c in DOCUMENTS])
def test_speakers_document_speaks_for_its_author(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# the agent of a passive speech verb speaks; a partitive speaks through the group it takes from
AGENTS = [
    ("passive-agent", 'The new phone was praised by Tom Baker as "the biggest leap we have taken".',
     "the biggest leap we have taken", "Tom Baker"),
    ("passive-agent-after", 'Ivo Marsh, who was described as "knife-obsessed" by Ann Vale, was released.',
     "knife-obsessed", "Ann Vale"),
    ("partitive-group", 'A number of senators condemned the act, citing the move as a "grave abuse of power".',
     "grave abuse of power", "senators"),
    # ... but a partitive named in apposition is that one person ("One of his critics, Ivo Marsh, said")
    ("partitive-named", 'Tom Baker won the vote. One of his most vocal critics, Nobel laureate Ivo Marsh, has called '
     'the count "a farce from start to finish".', "a farce from start to finish", "Ivo Marsh"),
    ("partitive-unnamed", 'Tom Baker won the vote. One of his most vocal critics has called the count "a farce from '
     'start to finish".', "a farce from start to finish", "critics"),
    ("apology", 'Tom Baker apologised to the people of his country for "having an idiot as economy minister."',
     "having an idiot as economy minister.", "Tom Baker"),
    ("no-speech-verb", 'Tom Baker travelled to the capital for "talks about talks" on Monday.', "talks about talks", None),
    ("bare-participle-agent", 'According to Ann Vale, the letter if written by Ivo Marsh could strengthen the case: '
     '"The key factor here is the intent to coerce."', "The key factor here is the intent to coerce.", "Ann Vale"),
    # negative: a passive with no agent leaves the words to no one
    ("passive-no-agent", 'Ivo Marsh, who was described as "knife-obsessed", was released.', "knife-obsessed", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in AGENTS], ids=[c[0] for c in AGENTS])
def test_speakers_agents_and_partitives(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found or speaker is None, found  # scare quotes with no speaker are dropped
    got = found.get(quote)
    assert (got is None) if speaker is None else (got is not None and speaker.lower() in got.lower()), found


MISPARSED = [
    ("cited-appositive-as-saying", "The Arnor Herald also cited Ivo Marsh, chief of the Gondor State Intelligence Agency, "
     "as saying the suspects were linked to the network, which itself was related to the Islamic State.",
     "the suspects were linked to the network, which itself was related to the Islamic State", "Ivo Marsh"),
    ("finite-verb-on-participle", 'On Tuesday, Greek prime minister Tom Baker speaking to the Atlantic Council think '
     'tank called the border agreement "null and void" and "geographically ridiculous".', "null and void", "Tom Baker"),
    # negative: a participle's object that is a person does not speak for the root's subject
    ("participle-object", "Ann Vale, speaking to Tom Baker, said the talks were over.", "the talks were over", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in MISPARSED], ids=[c[0] for c in MISPARSED])
def test_speakers_misparsed_main_clause(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


AFFILIATIONS = [
    ("acronym-data", "The rate had reached 95 percent according to NEOC data.", "The rate had reached 95 percent", "NEOC"),
    ("report-from-body", "Another report from the Gondorian government said eight people died in the attack.",
     "eight people died in the attack", "government"),
    ("first-person-after-bracketed-names", 'Comic artist Ann Vale (Nancy Drew, Jem and the Misfits) told of being forced '
     'to re-evaluate her life. "In my first stint, I did not get any work."', "In my first stint, I did not get any work.",
     "Ann Vale"),
    # negative: a document from a place or a thing
    ("report-from-thing", "A report from the archive said eight people died in the attack.",
     "eight people died in the attack", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in AFFILIATIONS], ids=[c[0] for c in AFFILIATIONS])
def test_speakers_affiliation_of_documents(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found, found
    got = found[quote]
    assert (got is None) if speaker is None else (got is not None and speaker.lower() in got.lower()), found


def test_speakers_recalled_thought(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('Once she was an invited guest, Ann Vale recalls realizing "oh, I\'m not here to just have fun, I\'m here '
            'to work; I have a set schedule."')
    found = speakers(nlp, text)
    assert list(found.values()) == ["Ann Vale"], found
    # negative: a participle that is no thought of a speech verb
    text = 'Ann Vale left the hall, carrying "a box of old letters from the war years" under her arm.'
    assert all(v is None for v in speakers(nlp, text).values()), speakers(nlp, text)


MORE_CUES = [
    ("issued-statement", 'The United Realms criticized the move on Thursday. They released a statement which said, '
     '"The monument bears profound significance to all faiths."', "The monument bears profound significance to all faiths.",
     "United Realms"),
    ("characterized-as", 'Tom Baker characterized the attack as "designed to intimidate a civilian population".',
     "designed to intimidate a civilian population", "Tom Baker"),
    ("who-said-before-quote", 'The bill was drafted by Ann Vale who said on the parliament floor, "It follows decades of '
     'work from campaigners."', "It follows decades of work from campaigners.", "Ann Vale"),
    ("long-attribution-after", '"Our house is burning. It is an international crisis!" Tom Baker told the world on '
     'Thursday via Twitter.', "Our house is burning. It is an international crisis!", "Tom Baker"),
    ("pointed-out", 'In support of her candidacy, Ann Vale pointed out she had "relinquished my royal titles".',
     "relinquished my royal titles", "Ann Vale"),
    # negative: a document opposed is not the opposer's; a long next sentence with its own clause is no attribution
    ("opposed-statement-which-said", 'Tom Baker opposed a statement which said, "The monument must stay a museum."',
     "The monument must stay a museum.", None),
    ("pointed-at", 'Ann Vale pointed at the map and the words "royal titles" on it.', "royal titles", None),
    ("next-sentence-statement", '"Our house is burning!" Tom Baker said the fire was spreading across the valley fast.',
     "Our house is burning!", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in MORE_CUES], ids=[c[0] for c in MORE_CUES])
def test_speakers_more_cues(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert found.get(quote) == speaker and (quote in found or speaker is None), found


GROUPS_AND_CONJUNCTS = [
    ("quantifier-subject", "Thousands of protesters marched through the capital on Saturday. One marcher said people "
     "changed their minds and several said they wanted the politicians to stop ignoring them.",
     "they wanted the politicians to stop ignoring them", "protesters"),
    ("name-as-last-conjunct", "Retired Arnor agent and terrorism specialist Ali Soufran told Valley Radio the son had "
     "appeared in videos since he was a boy.", "the son had appeared in videos since he was a boy", "Ali Soufran"),
    # negative: two people joined by "and" are not one phrase
    ("two-people", "The agent and Ali Soufran told Valley Radio the son had appeared in videos.",
     "the son had appeared in videos", None),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in GROUPS_AND_CONJUNCTS],
                         ids=[c[0] for c in GROUPS_AND_CONJUNCTS])
def test_speakers_groups_and_conjuncts(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert quote in found, found
    got = found[quote]
    assert (got is None) if speaker is None else (got is not None and speaker.lower() in got.lower()), found


INTERVIEW = ("Ann Vale, the candidate of the Valley Party, answered questions from our reporter.\n"
             "Why did you decide to run?\n"
             "I think the valley deserves better, and so I thought: here is a way to help.\n"
             "What is your first priority?\n"
             "Roads. We have waited for new roads for twenty years.\n"
             "Will you back the nominee of your party?\n"
             "Yes, I will back the nominee in any case.\n")


def _interview_quotes(nlp, text: str, title: str | None) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text, title=title), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.text, names.get(q.speaker or "")) for q in result.quotes if q.provenance and
            q.provenance.rule == "direct-interview-answer"]


def test_speakers_interview_answers_are_the_interviewees(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _interview_quotes(nlp, INTERVIEW, "Wikinews interviews Ann Vale, Valley Party candidate")
    assert found == [
        ("I think the valley deserves better, and so I thought: here is a way to help.", "Ann Vale"),
        ("Roads. We have waited for new roads for twenty years.", "Ann Vale"),
        ("Yes, I will back the nominee in any case.", "Ann Vale")], found


@pytest.mark.parametrize("text, title", [
    (INTERVIEW, "Valley Party holds its congress"),                 # the title names no one: no interviewee
    (INTERVIEW.rsplit("What is", 1)[0], "Wikinews interviews Ann Vale"),  # one question is no interview
    (INTERVIEW.rsplit("Will you", 1)[0], "Ann Vale on the valley"),  # nor two, unless the title says interview
    ("Tom Baker spoke on Monday.\nWho pays?\nThe state pays.\nWhen?\nSoon.\nWhy?\nBecause.\n", "Budget talks"),
])
def test_speakers_no_interview_without_its_marks(nlp, text: str, title: str) -> None:  # type: ignore[no-untyped-def]
    assert _interview_quotes(nlp, text, title) == []


def test_speakers_interviewee_missed_by_the_actors_stage(nlp) -> None:  # type: ignore[no-untyped-def]
    """The interviewee has no actor: the name the title ends with, found in the text, becomes one, and
    the first "I" of each answer its mention."""
    text = ("What qualifications do you have?\nMy qualifications are rooted in my service as an officer.\n"
            "Why run for president?\nI want to serve all of the people.\nWill you back the nominee?\nNo, I will not.\n"
            "Ostrander at the convention last year.\n")
    draft = ArticleResult(Article(id="t", text=text, title="Wikinews interviews Karl Ostrander, candidate"), actors=())
    result = quotes.run(nlp(text), draft, Resources())
    speakers_ = {a.id: a for a in result.actors}
    answers = [q for q in result.quotes if q.provenance and q.provenance.rule == "direct-interview-answer"]
    assert len(answers) == 3 and {speakers_[q.speaker].name for q in answers if q.speaker} == {"Ostrander"}
    mentions = [m.span.text for m in speakers_[answers[0].speaker].mentions]  # type: ignore[index]
    assert mentions.count("Ostrander") == 1 and {"My", "I"} >= set(mentions) - {"Ostrander"}
    # negative: a title naming someone the text never names gives no interviewee
    draft = ArticleResult(Article(id="t", text=text, title="Wikinews interviews Zed Quill, candidate"), actors=())
    assert not any(q.provenance and q.provenance.rule == "direct-interview-answer"
                   for q in quotes.run(nlp(text), draft, Resources()).quotes)
