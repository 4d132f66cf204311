"""Quote speakers named by the shape of a phrase rather than by a clean parse.

Two classes found among the unresolved speakers of the benchmark's articles coded after every
quote rule was written (dev only), each tested here on sentences written for the tests:

- **a document that reads**: "X's statement read: '…'", "the X letter reads '…'", "part of X's
  ruling reads '…'", "X's analysis concluded, '…'": the document speaks for its author, even where
  the parser took "read" for a noun or hung the quote elsewhere;
- **a description closed by a name**: "<description>, <First Last>, said" and "said <title> co-author
  <First Last>": the name in apposition speaks, however deep in the description the parser hung it.

Negative cases: a document with no author named gives no speaker; a reader is not a document; a
name inside a relative clause or after a verb of the description is not the speaker.
"""

from __future__ import annotations

import pytest
from builders import speakers_by_quote


pytestmark = pytest.mark.model

CAST = {
    "Ann Vale": ("person", ["Ann Vale", "Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Baker"]),
    "River Council": ("organization", ["River Council"]),
    "Arnor Herald": ("organization", ["Arnor Herald"]),
    "Valley Radio": ("organization", ["Valley Radio"]),
    "Gondor": ("country", ["Gondor"]),
}


def speakers(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return speakers_by_quote(nlp, text, CAST)


def check(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    found = speakers(nlp, text)
    assert found.get(quote, "-absent-") == speaker or (speaker is None and quote not in found), found


DOCUMENTS = [
    ("possessive-read-colon",
     'The River Council\'s statement on the flood read: "We will rebuild every bridge before winter."',
     "We will rebuild every bridge before winter.", "River Council"),
    ("compound-reads",
     'The River Council letter reads "we may close the ferry office in due course", but no date was set.',
     "we may close the ferry office in due course", "River Council"),
    ("part-of-reads",
     ('Part of Ann Vale\'s ruling reads "the average tenant could be better protected by the court." '
      "She adjourned soon after."),
     "the average tenant could be better protected by the court.", "Ann Vale"),
    ("read-in-part",
     'The Arnor Herald\'s notice read in part: "Our presses will stop for a week. We regret the delay."',
     "Our presses will stop for a week. We regret the delay.", "Arnor Herald"),
    ("analysis-concluded",
     'The Arnor Herald\'s own analysis of the vote concluded, "Turnout was low in the hills. It may recover."',
     "Turnout was low in the hills. It may recover.", "Arnor Herald"),
    ("unresolved-owner",
     'Nordmark Press Agency\'s analysis of its own figures concluded, "Sales were low in May. It may recover."',
     "Sales were low in May. It may recover.", "Nordmark Press Agency"),
    # negative: no author named, no one met before: no speaker invented
    ("no-author", 'The statement on the flood read: "We will rebuild every bridge before winter."',
     "We will rebuild every bridge before winter.", None),
    # negative: a sign is no document of anyone's
    ("sign-reads", 'The sign on the ferry office door reads "closed for the whole season".',
     "closed for the whole season", None),
    # negative: a person who reads is not the document; the words are someone else's
    ("person-reads", 'Tom Baker read the poem aloud to the crowd. "The river is wide," Ann Vale said.',
     "The river is wide,", "Ann Vale"),
]


@pytest.mark.parametrize("case, text, quote, speaker", DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_speakers_document_reads(nlp, case: str, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


CLOSING_NAMES = [
    ("deep-appositive",
     ("The River Council's regional director of planning for the eastern valley, Mira Ostrander, indicated "
      "that the bridge would reopen in spring."),
     "the bridge would reopen in spring", "Mira Ostrander"),
    ("delegate-to-body",
     'The Gondor delegate to the River Council, Pell Andrecht, told the press: "We expected a fairer hearing."',
     "We expected a fairer hearing.", "Pell Andrecht"),
    ("hyphenated-description",
     'Another co-author, soil and water science professor Dara Quellin, said, "We have seen this pattern before."',
     "We have seen this pattern before.", "Dara Quellin"),
    ("inverted-co-author",
     ('"The wells were dug where the water came out," said study co-author Professor Rill Matheson of the '
      "Arnor Institute."),
     "The wells were dug where the water came out,", "Rill Matheson"),
    ("inverted-split-word",
     ('"They are integrated into the lives of the community," said study co-author Professor Tom Baker of Westmark '
     "University."), "They are integrated into the lives of the community,", "Tom Baker"),
    ("known-person", "The lawyer for the River Council, Tom Baker, said the appeal would be filed on Monday.",
     "the appeal would be filed on Monday", "Tom Baker"),
    ("vice-president",
     "Gondor's vice-president of trade for the river ports, Lio Farrant, indicated that tolls would rise.",
     "tolls would rise", "Lio Farrant"),
    # negative: the name stands in a relative clause of the description: the nurse speaks, not him
    ("relative-clause", "The nurse who treated Pell Andrecht, a quiet man, said the wound was not deep.",
     "the wound was not deep", "nurse"),
    # negative: the name is the object of a verb inside the description
    ("participle", "A clerk, speaking after a meeting with Pell Andrecht, said the files were lost.",
     "the files were lost", None),
    # negative: the appositive is a body, not a person
    ("body-appositive", "The paper's owner, the Arnor Herald, said the presses would stop for a week.",
     "the presses would stop for a week", "Arnor Herald"),
]


@pytest.mark.parametrize("case, text, quote, speaker", CLOSING_NAMES, ids=[c[0] for c in CLOSING_NAMES])
def test_speakers_description_closed_by_a_name(nlp, case: str, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# Wrong speakers on the new articles, by class; each positive has a negative that keeps the old reading.
WRONG_CLASSES = [
    # a document that reads, after the quote: '"…," reads X's statement, "…"'
    ("inverted-reads",
     '"While the old rules may have served," reads Ann Vale\'s statement, "that time has passed."',
     "While the old rules may have served,", "Ann Vale"),
    ("inverted-said-still", '"The river is wide," said Ann Vale\'s lawyer, Tom Baker.', "The river is wide,", "Tom Baker"),
    # a quote closed by its own full stop after "X said: …" is X's; the next sentence is a new statement
    ("colon-then-next-sentence",
     ('Tom Baker said at a press conference: "The officers were threatened. He fired one shot." '
     "Gondor has called for an inquiry into the shooting."),
     "The officers were threatened. He fired one shot.", "Tom Baker"),
    ("after-still-wins", '"We will not go back." Ann Vale said this on Monday, in the square.',
     "We will not go back.", "Ann Vale"),
    # a bare title coordinated with a titled name is one person: "X leader and Prime Minister Ann Vale"
    ("bare-title-and-name", 'Valley Party leader and Prime Minister Ann Vale said she was "humbled" by the result.',
     "humbled", "Ann Vale"),
    ("org-title-and-name", 'Valley Party chairman and Prime Minister Lio Farrant said he was "humbled" by the vote.',
     "humbled", "Lio Farrant"),
    ("determined-title-and-name", 'The party leader and Tom Baker said the plan was "a good start".',
     'the plan was "a good start"', "party leader"),
    ("determined-noun-and-name", 'The River Council and Tom Baker said the plan was "a good start".',
     'the plan was "a good start"', "River Council"),
    # a document seen by or leaked to a medium is not the medium's: only an issuing verb names the author
    ("seen-by", 'A leaked letter seen by the Arnor Herald says "the claim may be withdrawn without notice".',
     "the claim may be withdrawn without notice", None),
    ("posted-by", 'A letter posted by the River Council says "the ferry may be withdrawn without notice".',
     "the ferry may be withdrawn without notice", "River Council"),
]


@pytest.mark.parametrize("case, text, quote, speaker", WRONG_CLASSES, ids=[c[0] for c in WRONG_CLASSES])
def test_speakers_wrong_speaker_classes(nlp, case: str, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    check(nlp, text, quote, speaker)


# A reported clause with no "that" whose subject the parser took for the reporting verb's object
# ("Valley Radio reported [three shops in the old town]obj [were damaged]"): the object opens the report.
ZERO_THAT = [
    ("reported-object-subject",
     "Valley Radio reported three malls in Ostmark City and Farrow Mall in Westmark City were damaged following floods.",
     "three malls in Ostmark City and Farrow Mall in Westmark City were damaged following floods", "Valley Radio"),
    ("announced-object-subject",
     "Ann Vale announced classes for pupils from the first to the last year would be cancelled on Friday.",
     "classes for pupils from the first to the last year would be cancelled on Friday", "Ann Vale"),
    # negative: a hearer is no subject of the report ("told reporters the road was closed")
    ("told-hearer", "Tom Baker told reporters the road to the harbour was closed for the week.",
     "the road to the harbour was closed for the week", "Tom Baker"),
    # negative: an object with no clause after it is no report of this kind (one "reported" is a report
    # of its own since session 41: tests/test_speakers_reported_objects.py)
    ("object-only", "Valley Radio announced the death of the old ferryman on Sunday evening.",
     "the death of the old ferryman on Sunday evening", None),
]


@pytest.mark.parametrize("case, text, quote, speaker", ZERO_THAT, ids=[c[0] for c in ZERO_THAT])
def test_speakers_zero_that_report_with_object_subject(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                       speaker: str | None) -> None:
    check(nlp, text, quote, speaker)


# A body named by a common noun the lists lacked ("his legal team", "the fire service", "the
# industry publication"): the body speaks, as "the ministry" does; a person noun stays a person.
BODY_NOUNS = [
    ("legal-team", "Tom Baker denied the charges. His legal team argued he had only represented a client.",
     "he had only represented a client", "His legal team"),
    ("fire-service", "The fire service indicated an inquiry with the police was under way.",
     "an inquiry with the police was under way", "fire service"),
    ("publication", "The industry publication stated the aircraft overran the runway at the end.",
     "the aircraft overran the runway at the end", "industry publication"),
    # negative: the thing a body noun names does not speak when it is no subject of the report
    ("not-subject", "The service was held on Sunday, and Ann Vale said it was moving.",
     "it was moving", "Ann Vale"),
]


@pytest.mark.parametrize("case, text, quote, speaker", BODY_NOUNS, ids=[c[0] for c in BODY_NOUNS])
def test_speakers_bodies_named_by_common_nouns(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                               speaker: str | None) -> None:
    check(nlp, text, quote, speaker)


# "X did A, but Y reports …": the subject after "but" reports, not the subject of the clause before
CONTRAST = [
    ("but-subject", ("At the time, the company invested in e-commerce and started home deliveries, but Ostra "
                     "Pravda reports only 0.5% of the town's grocery turnover comes from this segment."),
     "only 0.5% of the town's grocery turnover comes from this segment", "Ostra Pravda"),
    # negative: "and" joins two speakers, whom no one actor stands for
    ("and-subject", "The River Council and Valley Radio report that only a few of the shops remain open.",
     "only a few of the shops remain open", None),
]


@pytest.mark.parametrize("case, text, quote, speaker", CONTRAST, ids=[c[0] for c in CONTRAST])
def test_speakers_contrast_conjunct_is_the_subject(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                   speaker: str | None) -> None:
    check(nlp, text, quote, speaker)


# "<clause>: '…'" where the parser hung the clause on the quote's own verb: the clause's subject speaks
COLON_CLAUSES = [
    ("disagreed-colon", ('Ann Vale of the University of Ostmark disagreed with these findings: "The seeps are well '
     'known. It is unlikely, in my view, that they mattered."'),
     "The seeps are well known. It is unlikely, in my view, that they mattered.", "Ann Vale"),
    ("ruled-colon", ('The River Council also ruled on the same day, finding the closure was not a matter for it: '
     '"In our view, the decision is not ours to make."'), "In our view, the decision is not ours to make.",
     "River Council"),
    # negative: a subject that is no actor and no speaker gives nothing
    ("thing-subject", 'The seeps were mapped in May: "The seeps are well known. They are small."',
     "The seeps are well known. They are small.", None),
]


@pytest.mark.parametrize("case, text, quote, speaker", COLON_CLAUSES, ids=[c[0] for c in COLON_CLAUSES])
def test_speakers_colon_clause_hung_on_the_quote(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                 speaker: str | None) -> None:
    check(nlp, text, quote, speaker)


# "the judge's statement reads …": the document's owner is a definite description of someone met before
DESCRIBED_OWNERS = [
    ("judge-statement", ('Judge Ann Vale ruled on Monday. Part of the judge\'s statement reads "the tenant must be '
     'protected by the court."'), "the tenant must be protected by the court.", "Ann Vale"),
    # negative: no judge met before: no one
    ("no-judge-before", ('Tom Baker spoke on Monday. Part of the judge\'s statement reads "the tenant must be '
     'protected by the court."'), "the tenant must be protected by the court.", None),
]


@pytest.mark.parametrize("case, text, quote, speaker", DESCRIBED_OWNERS, ids=[c[0] for c in DESCRIBED_OWNERS])
def test_speakers_document_of_a_described_owner(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                speaker: str | None) -> None:
    check(nlp, text, quote, speaker)


# "according to a fire service statement", "according to eyewitness reports": the noun compounded to
# the document names a speaking body or group
COMPOUND_AUTHORS = [
    ("fire-service-statement", "Ten engines were sent from Ostmark, according to a fire service statement.",
     "Ten engines were sent from Ostmark", "fire service"),
    ("eyewitness-reports", "According to eyewitness reports, the bomber wore a long grey coat.",
     "the bomber wore a long grey coat", "eyewitness"),
    # negative: a compound that names no one who speaks gives no speaker
    ("budget-statement", "According to a budget statement, the town spent ten million on roads.",
     "the town spent ten million on roads", None),
]


@pytest.mark.parametrize("case, text, quote, speaker", COMPOUND_AUTHORS, ids=[c[0] for c in COMPOUND_AUTHORS])
def test_speakers_document_of_a_compound_author(nlp, case: str, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                speaker: str | None) -> None:
    check(nlp, text, quote, speaker)
