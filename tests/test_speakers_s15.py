"""Speaker classes of session 15 (sentences written for these tests, fictional names).

Class 1, a paragraph that introduces the speaker of the quote paragraph after it: "The opposition
leader, Ivo Marsh, was defiant." then a paragraph that is nothing but a first-person quote with no
cue — the one person the last sentence of the paragraph before is about speaks (as within one
paragraph). Not when that sentence is about a body ("Police arrested Tom Baker"), names a second
person, the paragraph before has quotes of its own, the quote is not in the first person, or
someone else acts in the quote's paragraph after it.

Class 2, an inverted speech verb whose subject the parser took for its object: '"…," promised the
builder, Ivo Marsh.' (also "admitted the driver, Tom Baker, at his trial"): the name in apposition
to the title after the verb speaks. A title with no name after it ("promised the builder, adding
…") names no one.

Class 3, a dateline before the subject: "MOSCOW (Reuters) - Russia's foreign ministry on
Wednesday accused …": the subject is the phrase after the dateline's dash, its head noun (the
ministry), not the first noun after the dash (Russia, its possessor); also for a dateline with a
date in it ("MOSCOW, May 3 (AP) -"). A country that is itself the subject after the dash stays.

Class 4, a reported clause the parser hung on the channel: "The army said in a statement that it
had killed 20 militants" parsed with the that-clause as a modifier of "statement": a clause with
"that", a subject of its own and no gap (an object, a passive or a copula) reports what was said.
A relative clause with a gap ("said in a report that the agency published in May") reports nothing.

Class 5, an attribution after the clause it reports, parsed as a clause hung on it: "At least 12
people were killed when a bus overturned near Palu, the health ministry said on Saturday" (the
"when" clause hung on "said"), "The bridge would be inspected, Ann Vale said, to determine …"
(the purpose clause hung on "said"): a speech verb with its subject right after a comma, no
object or report of its own, and only its own phrases ("on Saturday", "in a statement") before the
next comma or the sentence end, reports the clause it hangs from. Not with "and" before its subject
("…, and Ann Vale said nothing"), nor with an object ("said goodbye").

Class 6, an epithet for the person just named: "Ivo Marsh cancelled his tour. "…," the singer
said" (also "the politician", "the veteran", "the pontiff"): a definite noun that
describes a person by trade, standing or origin refers back as a pronoun of either gender would,
and only when both readings agree on one person ("Ann Vale beat Tom Baker. "…," the champion
said" names no one). Not a new nameless actor.

Class 7, "X had this to say: "…"": the subject of an infinitive of speech after "have" that names
what is said ("this", "the following", "plenty") is no speaker; the subject of "have" is. An
infinitive with a person as its own subject ("asked Tom Baker to say") keeps that person.

Class 8, "said the mayor of Palu, Ann Vale": a one-word place the tagger took for a person's name
("Palu" as PERSON), with the speaker's full name in apposition after it: the name speaks, not a
nameless "mayor of Palu" (also when the actors stage made one of the title). A title with no name
after it stays the title's.
"""

from __future__ import annotations

import pytest
from builders import named_speakers, speaker_of

pytestmark = pytest.mark.model


INTRODUCED = [
    ("defiant-leader",
     "Vote count delayed\n\nThe opposition leader, Ivo Marsh, was defiant.\n\n"
     "\"We will not be silenced. We will be back in the streets tomorrow.\"", "We will not be silenced", "Ivo Marsh"),
    ("waiting-mother",
     "Families wait for news\n\nAnn Vale has waited six years for news of her son.\n\n"
     "\"Every morning I think today is the day. Every night I cry.\"", "Every morning I think", "Ann Vale"),
    ("frustrated-general",
     "Army short of equipment\n\nGeneral Tom Baker did not hide his frustration on Monday.\n\n"
     "\"We were promised equipment in March. It is now October.\"", "We were promised equipment", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in INTRODUCED], ids=[c[0] for c in INTRODUCED])
def test_speakers_s15_introduced_by_paragraph(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got


NOT_INTRODUCED = [
    ("body-subject",
     "Man held\n\nPolice arrested Tom Baker on Friday.\n\n\"We have watched the house for months.\"",
     "We have watched the house"),
    ("two-people",
     "Talks held\n\nTom Baker met Ann Vale in Palu on Monday.\n\n\"We talked for an hour about the border.\"",
     "We talked for an hour"),
    ("third-person-quote",
     "Vote count delayed\n\nThe opposition leader, Ivo Marsh, was defiant.\n\n\"The vote was rigged from the start.\"",
     "The vote was rigged"),
    ("someone-else-acts",
     "Vote count delayed\n\nThe opposition leader, Ivo Marsh, was defiant.\n\n"
     "\"We will not be silenced.\" Ann Vale, the party chair, then left the stage.", "We will not be silenced"),
    ("not-the-last-sentence",
     "Vote count delayed\n\nThe opposition leader, Ivo Marsh, was defiant. The count went on all night.\n\n"
     "\"We will not be silenced.\"", "We will not be silenced"),
]


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_INTRODUCED], ids=[c[0] for c in NOT_INTRODUCED])
def test_speakers_s15_not_introduced(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text, text, quote) is None


@pytest.mark.parametrize("text, quote, speaker", [
    ("\"It will be done by Christmas,\" promised the builder, Ivo Marsh.", "It will be done by Christmas", "Ivo Marsh"),
    ("\"I did not see the red light,\" admitted the driver, Tom Baker, at his trial in Palu.",
     "I did not see the red light", "Tom Baker"),
    ("\"It will be done by Christmas,\" promised the builder, adding that costs had risen.",
     "It will be done by Christmas", None),
])
def test_speakers_s15_inverted_title_and_name(code_text, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    if speaker is None:
        assert got is None or "Marsh" not in got and "Baker" not in got, got
    else:
        assert got is not None and speaker in got, got


@pytest.mark.parametrize("text, speaker", [
    ("MOSCOW (Reuters) - Russia's foreign ministry on Wednesday accused the West of \"provocations\" near its "
     "borders.", "ministry"),
    ("MOSCOW, May 3 (AP) - Russia's foreign ministry on Wednesday accused the West of \"provocations\" near its "
     "borders.", "ministry"),
    ("MOSCOW (Reuters) - Russia on Wednesday accused the West of \"provocations\" near its borders.", "Russia"),
])
def test_speakers_s15_dateline_subject(code_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, "provocations")
    assert got is not None and speaker in got, got


def test_speakers_s15_clause_hung_on_channel(code_text) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text("The army said in a statement that it had killed 20 militants."))
    assert any("killed 20 militants" in q and s is not None and "army" in s for q, s in got.items()), got


def test_speakers_s15_relative_clause_of_channel(code_text) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text("The army said in a report that the agency published in May."))
    assert not any("agency published" in q for q in got), got


@pytest.mark.parametrize("text, clause, speaker", [
    ("At least 12 people were killed when a bus overturned near Palu, the health ministry said on Saturday.",
     "12 people were killed when a bus overturned", "ministry"),
    ("The bridge would be inspected, Ann Vale said, to determine whether it had failed.",
     "The bridge would be inspected", "Ann Vale"),
])
def test_speakers_s15_attribution_after_report(code_text, text: str, clause: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = named_speakers(code_text(text))
    match = [(q, s) for q, s in got.items() if clause in q]
    assert match and match[0][1] is not None and speaker in match[0][1], got


@pytest.mark.parametrize("text", [
    "Tom Baker left the hall in Palu early, and Ann Vale said nothing at all.",
    "When the minister arrived in Palu on Monday, Ann Vale said goodbye to the staff.",
    "Ann Vale smiled at the crowd in Palu as Tom Baker spoke.",
])
def test_speakers_s15_no_attribution_after_report(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    assert named_speakers(code_text(text)) == {}


@pytest.mark.parametrize("text, quote, speaker", [
    ("Ivo Marsh cancelled the rest of his tour of Gondor on Monday. \"I need time to rest,\" the singer said.",
     "I need time to rest", "Ivo Marsh"),
    ("Opposition leader Tom Baker addressed the crowd in Palu. \"We will win this election,\" the politician said.",
     "We will win this election", "Tom Baker"),
    ("Ann Vale walked 1,000 miles for charity. \"My feet hurt, but it was worth it,\" the veteran said.",
     "My feet hurt", "Ann Vale"),
    # two people either reading could name: no one
    ("Ann Vale beat Tom Baker in the final in Palu. \"I played my best tennis,\" the champion said.",
     "I played my best tennis", None),
])
def test_speakers_s15_epithet(code_text, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    if speaker is None:
        assert got is None or "champion" in got, got
    else:
        assert got is not None and speaker in got, got


@pytest.mark.parametrize("text, speaker", [
    ("Ann Vale, the club's president, had this to say: \"We made a mistake.\"", "Ann Vale"),
    ("Ann Vale had plenty to say about the referee: \"We made a mistake.\"", "Ann Vale"),
    ("Ann Vale asked Tom Baker to say: \"We made a mistake.\"", "Tom Baker"),
])
def test_speakers_s15_had_this_to_say(code_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, "We made a mistake")
    assert got is not None and speaker in got, got


@pytest.mark.parametrize("text, speaker", [
    ("\"It happened here,\" said the mayor of Palu, Ann Vale.", "Ann Vale"),
    ("\"It happened here,\" said the mayor of Belton, Tom Baker, on Monday.", "Tom Baker"),
    ("\"It happened here,\" said the mayor of Palu, adding that the town was in shock.", "mayor"),
])
def test_speakers_s15_office_of_place_then_name(code_text, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, "It happened here")
    assert got is not None and speaker in got, got
