"""Speaker classes of session 14 (sentences written for these tests, fictional names).

Class 1, a chain of document mentions: "the filing" refers back to the nearest earlier "filing";
a definite mention with no author of its own ("In the filing itself …") refers back in its turn,
and the search reaches as far back from *it* as from the first one, so a long article that names
the document several times still finds the mention that introduced it ("X said in a filing"). A
closing mark the parser split off as a sentence of its own does not count as a sentence.
An indefinite mention with no author ends the chain: a new document, no speaker.

Class 2, an emphatic reflexive taken for the subject: "In the filing itself Ford also wrote …"
parsed with "itself" as the subject and the name as its appositive: the name speaks. A reflexive
object ("she told herself") names no speaker.

Class 3, a conjoined verb in a reported clause: 'X told the paper that Y "walked in" and told
the police, "…"' — the second verb goes with the reported clause; when the parser finds no
subject there, no one is the speaker (not X, who only reports it). A conjoined speech verb of the
main clause ("X told the paper …, and told the police …") stays X's.

Class 4, a cue after the quote that names no one yields to the cue before it: 'He went on to add
"…," referring to caves, and that the evidence suggests …' — "the evidence" speaks for no one,
the cue before does. A cue after that names someone keeps the quote.

Class 6, a place after an affiliation taken for the subject: "Mira Halden of the University of
California, Los Angeles disagreed: "…"" parsed with "Los Angeles" as the subject; the noun the
"of" phrase hangs on speaks, when it opens the sentence. A place after a phrase that is no
affiliation of the sentence's opening noun ("In the lab, Boston said") stays unresolved.

Class 7, a colon that ends the paragraph before: 'X has called the ruling "dangerous":' then a
paragraph that opens with a quote — the clause before the colon introduces it, as within one
paragraph (also with the colon glued to a bracket, "((it)):"). A colon clause whose subject names
no one ("The results were as follows:") and a paragraph with no colon at its end give no speaker.

Class 8, a name after an abbreviation that ended the sentence before: "… in the U.S. Vale also
noted that …" read as one sentence, with "the U.S. Vale" one phrase and the clause before as the
subject: the name alone speaks, the person met before; with no one of that name met before, no
speaker (never the country the abbreviation names).

Class 9, people named by what they undergo: "-ee" nouns ("interviewee", "detainee") name people
as "-er" nouns do, and "one interviewee" counts one person as "an interviewee" does; things that
end so ("the degree", "the guarantee") name no one.

Class 10, coordinated modifiers before a title: "said the sales and marketing chief of Orvel"
parsed with "sales" as the head — the title that ends the coordination speaks. Coordinated nouns
that name no one ("Sales and service fell, the report said") give no speaker.

Class 11 (a missed quote), a stated intention: "Orvel stated its intention to leave the market" —
a speech verb whose object is a noun of intention with a "to" infinitive reports what the subject
means to do; the object phrase is an indirect quote of the subject. A verb that judges ("criticised
his plan to …") or an intention with no infinitive ("announced her decision") is no quote.

Class 12, a quote that goes on with a report: 'They concluded that the pact is "null and void"
and "infringes upon …"' — a quote whose words hang, through clauses alone, from the verb of a
reported clause (here a verb of finding, no speech verb) is that report's speaker's. A quote in a
sentence of its own after the report gives no speaker by this rule.

Class 13, "One of them went as far to say": a speech verb under an adverb ("as far to say") takes
the subject of the verb the adverb modifies; "one of them" is a member of the group "them" refers
to (a mention of that group), else an unnamed person of its own; never a word of the quote ("I").

Class 14, a report of a report with a described situation: 'Orvel News claiming an anonymous source
described a flat being used as a depot' — the inner speaker's words are the situation described
(an object with a participle or relative clause of its own); the outer verb only relays them, so the
quote is the inner source's, not Orvel News's. A verdict on a thing ("described the plan as a
disaster") or a document sent ("had written him a letter thanking …") stays the outer speaker's report.

Class 15, "according to" with the comma left out: 'According to the Orvel Citation Index Professor
Marsh is …' parsed as one phrase — the body named before the title is the source, not the person
after it (a wrong speaker otherwise). "According to Professor Ivo Marsh" keeps the professor.

Class 5, a body's short name given in parentheses: 'the league Harrow Wrestling Union (Harrow
Union) announced … Harrow Union's statement read "…"' — the short name is the body's.
"""

from __future__ import annotations

import pytest
from builders import SPEAKER_CAST, named_speakers, speakers_by_quote

pytestmark = pytest.mark.model


FOUND = [
    ("filing-long-chain",
     "Orvel Motors said in a financial filing to regulators that it was under investigation. "
     "The company named no staff. Shares fell by four percent. Analysts were surprised. "
     "In the filing itself the company also listed its debts. The debts were large. "
     "Banks had lent most of the money. Two banks declined to comment. "
     "According to the filing, Orvel voluntarily disclosed the matter to the agency in May.",
     "Orvel voluntarily disclosed the matter to the agency in May", "Orvel"),
    # a closing mark the parser splits off as a sentence of its own is no sentence of the window
    ("filing-chain-split-mark",
     "Orvel Motors said in a financial filing to regulators that it was under investigation. The company named no "
     "staff.\n\nIn the filing itself the company also made this point, writing \"In addition, we have told a number "
     "of other agencies. We are fully cooperating with all agencies.\"\n\nIn February, Orvel began an inquiry of its "
     "own. The staff were worried about the tests. Orvel hired a law firm.\n\nAccording to the filing, Orvel "
     "voluntarily disclosed the matter to the agency in May.",
     "Orvel voluntarily disclosed the matter to the agency in May", "Orvel"),
    ("reflexive-appositive",
     "Halvik Motors was fined on Monday. In the filing itself Halvik also made this point, writing "
     "\"We have told every agency and we are cooperating fully.\"",
     "We have told every agency and we are cooperating fully.", "Halvik"),
    ("after-cue-names-no-one",
     "\"The wells are old,\" said study co-author Professor Ann Vale of Palu University. She went on to add "
     "\"The exceptions to the rule are met by the caves there,\" referring to caves with fresh water, and that "
     "some historical evidence suggests there were wells near the statues.",
     "The exceptions to the rule are met by the caves there,", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_speakers_s14_found(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got


NOT_FOUND = [
    ("filing-chain-new-document",
     "Orvel Motors said in a financial filing to regulators that it was under investigation. "
     "The company named no staff. Shares fell by four percent. Analysts were surprised. "
     "A filing was made in another court on Friday. The debts were large. "
     "Banks had lent most of the money. Two banks declined to comment. A third bank was closed. "
     "According to the filing, the bank voluntarily disclosed the matter to the agency in May.",
     "the bank voluntarily disclosed the matter to the agency in May"),
    ("conjoined-verb-in-report",
     "Sheriff's spokesman Karl Dunn told the Herald that on May 6 after flying back from Palu, Ivo Marsh "
     "\"walked into the lobby of the station and turned himself in\", and told the police, \"everything he did\".",
     "everything he did"),
]


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_speakers_s14_no_speaker(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert quote in got, got
    assert got[quote] is None, got


KEPT = [
    ("conjoined-main-verb",
     "Karl Dunn spoke to the Herald on Monday, and told the police, \"Marsh did it alone\".",
     "Marsh did it alone", "Karl Dunn"),
    ("after-cue-names-someone",
     "She went on to add \"The caves hold water,\" said Professor Ann Vale of Palu University.",
     "The caves hold water,", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_speakers_s14_kept(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert quote in got, got
    assert got[quote] is not None and speaker in got[quote], got


# the cast as the actors stage may leave it: the body's full name only, not its short name
CAST = {**SPEAKER_CAST, "World Ring Kestova": ("organization", ["World Ring Kestova"])}
STATEMENT = "Kestova's official statement yesterday read \"We are very sorry to report that Mira has passed away.\""


@pytest.mark.parametrize("text, speaker", [
    ("Wrestler Mira Solt has died, the promotion World Ring Kestova (Kestova) announced yesterday. " + STATEMENT,
     "World Ring Kestova"),
    ("Wrestler Mira Solt has died, the promotion World Ring Kestova (Kestova) announced yesterday. "
     "Kestova said \"We are very sorry.\"", "World Ring Kestova"),
    # no short name given: Kestova is no one met before
    ("Wrestler Mira Solt has died, the promotion World Ring Kestova announced yesterday. " + STATEMENT, None),
    ("Wrestler Mira Solt (Kestova) has died, World Ring Kestova announced yesterday. " + STATEMENT, None),
])
def test_speakers_s14_short_name_in_parentheses(nlp, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text, CAST)
    quote = next(q for q in got if q.startswith("We are very sorry"))
    assert (got[quote] == speaker) if speaker else got[quote] != "World Ring Kestova", got


@pytest.mark.parametrize("text, speaker", [
    ('Mira Halden of the University of California, Los Angeles disagreed with these findings: "The seeps are '
     'minor resources and always were."', "Mira Halden"),
    ("Professor Ivo Marsh of the Institute of Oceans, Boston said the seeps were minor resources.", "Ivo Marsh"),
    ("Students of the University of Palu, Boston said the seeps were minor.", "Students of the University of Palu"),
    ("In the lab, Boston said the seeps were minor.", None),
    ("The team visited the lab of Ivo Marsh. At the meeting of the board, Boston said the seeps were minor.", None),
])
def test_speakers_s14_place_after_affiliation(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert len(got) == 1, got
    assert list(got.values())[0] == speaker, got


QUOTE = '"We face a dangerous ruling. Those who take the decisions should do it with less ideology."'


@pytest.mark.parametrize("text, speaker", [
    ('The secretary general of the Palu Council, Ivo Marsh, has called the ruling "dangerous" ((it)) and '
     '"ideological" ((it)):\n\n' + QUOTE + " ((it)).", "Ivo Marsh"),
    ("Professor Ann Vale of Palu University disagreed with the findings:\n\n" + QUOTE, "Ann Vale"),
    ("The council met on Monday. The results were as follows:\n\n" + QUOTE, None),
    ("Professor Ann Vale of Palu University disagreed with the findings.\n\nThe council met.\n\n" + QUOTE, None),
])
def test_speakers_s14_colon_ending_paragraph(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    quote = next(q for q in got if q.startswith("We face"))
    assert got[quote] == speaker, got


ABBREVIATED = ("Tablet owners, however, account for over half of those surfing the Internet on a mobile browser in "
               "the U.S. Vale also noted that over five billion applications have been sold from the store.")


@pytest.mark.parametrize("text, speaker", [
    ("Ann Vale spoke at the fair. " + ABBREVIATED, "Ann Vale"),
    (ABBREVIATED, None),
    ("Ann Vale arrived in the U.S. on Monday. Tom Baker also noted that over five billion applications have been "
     "sold from the store.", "Tom Baker"),
])
def test_speakers_s14_name_after_abbreviation(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    quote = next(q for q in got if q.startswith("over five billion"))
    assert got[quote] == speaker, got


@pytest.mark.parametrize("text, speaker", [
    ("Some of the marchers spoke to reporters. One interviewee said people changed their minds.", "interviewee"),
    ("A detainee said the guards beat him.", "detainee"),
    ("One engineer said the bridge was safe.", "engineer"),
    ("The guarantee said the loan would be repaid by May.", None),
])
def test_speakers_s14_people_by_ending(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert len(got) == 1, got
    name = list(got.values())[0]
    assert (speaker in (name or "")) if speaker else name is None, got


@pytest.mark.parametrize("text, speaker", [
    ('"We are closing the plants," said Orvel\'s sales, service, and marketing vice president in a telephone call.',
     "vice president"),
    ('"We are closing the plants," said the sales and marketing chief of Orvel.', "chief"),
    ('"We are closing the plants," said the sales and service of Orvel.', None),
])
def test_speakers_s14_coordinated_title(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    name = got["We are closing the plants,"]
    assert (speaker in (name or "")) if speaker else name is None, got


@pytest.mark.parametrize("text, quote, speaker", [
    ("Orvel stated its intention to leave the Polish market altogether.",
     "its intention to leave the Polish market altogether", "Orvel"),
    ("In March, Ann Vale announced her plan to choose a woman to be her running mate.",
     "her plan to choose a woman to be her running mate", "Ann Vale"),
    ("Tom Baker has expressed a preference to proceed as in the earlier trial.",
     "a preference to proceed as in the earlier trial", "Tom Baker"),
])
def test_speakers_s14_stated_intent(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert got.get(quote) == speaker, got


@pytest.mark.parametrize("text", [
    "Ann Vale criticised his plan to close the mine.",
    "Ann Vale announced her decision on Monday.",
    "Tom Baker stated his intention.",
])
def test_speakers_s14_no_stated_intent(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert named_speakers(code_text(text)) == {}


PACT = '"null and void" and "infringes upon the rights of third states and cannot produce any legal consequences".'


@pytest.mark.parametrize("text, speaker", [
    ("The ministers met in Cairo. They concluded that the pact between Gondor and Arnor is " + PACT, "ministers"),
    ("The ministers met in Cairo and concluded the talks. The pact between Gondor and Arnor is " + PACT, None),
])
def test_speakers_s14_quote_in_report(code_text, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    name = got["infringes upon the rights of third states and cannot produce any legal consequences"]
    assert (speaker in (name or "")) if speaker else name is None, got


GLAD = '"Although it may not have been the best way of raising us, I am glad that they did."'


@pytest.mark.parametrize("text, speaker", [
    ("The four children spoke at the hearing. One of them even went as far to say, " + GLAD, "children"),
    ("One of them even went as far to say, " + GLAD, "One of them"),
    ("Ann Vale played well. Tom Baker went so far to say, " + GLAD, "Tom Baker"),
])
def test_speakers_s14_one_of_them(code_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert speaker in (got[GLAD.strip('"')] or ""), got


@pytest.mark.parametrize("text, quote, speaker", [
    ("The Committee says it found no trace of explosives despite Orvel News claiming an anonymous source described a "
     "second-floor apartment being used as an explosives depot.",
     "a second-floor apartment being used as an explosives depot", "anonymous source"),
    ("Ann Vale said Ivo Marsh had written a letter thanking the people of Gondor for their support.",
     "Ivo Marsh had written a letter thanking the people of Gondor for their support", "Ann Vale"),
    ("Ann Vale said the minister described the plan as a disaster for the region.",
     "the minister described the plan as a disaster for the region", "Ann Vale"),
])
def test_speakers_s14_report_of_a_report(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert quote in got and speaker in (got[quote] or ""), got


@pytest.mark.parametrize("text, speaker", [
    ("Ivo Marsh is a professor at Palu University. According to the Orvel Humanities Citation Index Professor Marsh "
     "is the eighth most cited scholar of all time.", "Orvel Humanities Citation"),
    ("According to Professor Ivo Marsh the river is the longest in Gondor.", "Ivo Marsh"),
])
def test_speakers_s14_according_to_without_comma(code_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    assert len(got) == 1 and speaker in (list(got.values())[0] or ""), got
