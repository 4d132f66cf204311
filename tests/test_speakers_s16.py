"""Speaker classes of session 16 (sentences written for these tests, fictional names).

Class 1, a passive relay: '"…," Tamsal was quoted as saying' / 'was cited as saying' — the subject
of the passive relaying verb speaks, never a noun inside the quote before it (the parser hangs
"as saying" on the relaying verb, whose own object, if any, is missing). An active relay ("The
paper quoted Tamsal as saying") keeps its object as the speaker.

Class 2, a resolution or declaration speaks for the body that passed or adopted it: "The council
adopted a resolution … . "…," the resolution said", "X passed a resolution calling on Y to
"…"", "The resolution also calls on Z to "…"". A resolution nobody is said to have passed or
adopted ("Lawmakers debated … the resolution said") has no speaker.

Class 3, a titled name the entity recogniser took for a work of art ("Economy Minister Ildefonso
Garrandes" tagged WORK_OF_ART): a title the knowledge base knows, then a name of two words or more,
is a person whatever that label says. A work-of-art name with no title before it stays no one's.

Class 4, "According to X, …" that the parser misreads: "According" taken for the root of the
sentence (the clause hung on an opening phrase: "According to Ann Vale, for days the phone was
off"), or the source's name taken for a clause with the report's subject as its object (no comma:
"According to Rathbun the property was returned …"). The words after the source's name, to the end
of the sentence, are the source's report. A well-parsed "according to" keeps its reading.

Class 5, a medium's report that cites its source: "…, the news agency reported, citing diplomats"
(:mod:`tidings.extract.quotes.citing`): the cited source speaks (the guide: a relayed quote has
its original source as speaker). A person citing ("Tom Baker said …, citing the weather") or a
medium citing a thing keeps its own speaker.

Class 6, an "as" clause with a report of its own inside someone's reported clause: "Ann Vale said
the situation was worsening as the Food Agency had reported a huge increase in hunger": the
situation's worsening is Vale's, not the agency's (the agency reported the increase, its own
object). "As Ann Vale told the Herald, ozone levels have dropped" (no object, a clause not
reported by anyone else) stays Vale's.

Class 7, a paragraph about one person, then a paragraph that is nothing but a first-person quote
(session 15's class 1), when the sentence also names another person inside a subordinate clause
("Ivo Marsh was speaking at his first press conference since he beat Tom Baker in May.", "Ivo
Marsh, who beat Tom Baker in May, was defiant."): a person named only in a clause hung on the
sentence is not what the sentence is about, so the quote stays the subject's. A second person in
the main clause ("Ivo Marsh met Tom Baker", "Ivo Marsh and Tom Baker were defiant") still leaves
the quote unattributed.

Class 8, an inverted attribution to a document with its author: '"…," explained a statement by Prime
Minister Ivo Marsh' (the parser hangs "by X" on the verb, not on "statement"): the author speaks,
and so does a quote paragraph that goes on after it. A speaker who talks *of* someone's statement
('"It was misread," Ann Vale said of a statement by Ivo Marsh') keeps speaking.

Class 9, a document named by the act that issued it (``data/document_acts.csv``): "the proclamation
said" after "X declared a national emergency", "the motion claims" after "X filed a lawsuit", "the
ruling said" after "the court ruled", "the filing indicated" after "X filed for bankruptcy": the
subject of the earlier issuing verbs is the author when they all have one subject. No such act
before, or two who did it ("two days after the agency declared a pandemic"), leaves the document
without a speaker.

Class 10, a named spokesperson after a longer affiliation: '"…," said the spokesman for the high
commissioner in Chad, Ahmed Agassane' (the parser hangs the name on "Chad"): the named person speaks,
as with "the spokesman for the ministry, Ahmed Agassane". No name after it leaves the affiliation.

Class 11, a subject pronoun in a clause hung on a sentence whose own subject is the same pronoun:
"He refused to name the man, referring to him only as Mr Varo, though he said …": both are one
person, whoever is named between them (not Mr Varo); the second "he" means what the first means,
and nothing if the first means no one.
"""

from __future__ import annotations

import pytest
from builders import named_speakers, speaker_of

pytestmark = pytest.mark.model


# Class 1: a passive relay's subject speaks; an active relay keeps its object as the speaker.
RELAYED = [
    ("passive-quoted", "The army of Veldonia closed the border on Monday. \"Nobody will cross,\" said Arvo Tamsal, "
     "a military spokesman.\n\n\"We will protect the villages,\" Tamsal was quoted as saying in the statement.",
     "We will protect the villages", "Arvo Tamsal"),
    ("passive-cited", "The army of Veldonia closed the border on Monday. \"Nobody will cross,\" said Arvo Tamsal, "
     "a military spokesman.\n\n\"The drone hit the gate,\" Tamsal was cited as saying.",
     "The drone hit the gate", "Arvo Tamsal"),
    ("passive-full-name", "\"Our patience has run out,\" Foreign Minister Ann Vale was quoted as saying by the Palu Herald.",
     "Our patience has run out", "Ann Vale"),
    ("active-relay", "The Palu Herald quoted Mira Solt as saying, \"Our patience has run out.\"",
     "Our patience has run out", "Mira Solt"),
]


# Class 2: a resolution speaks for the body that passed or adopted it; one nobody is said to have
# passed or adopted has no speaker.
RESOLUTIONS = [
    ("adopted-said", "The Security Council adopted a resolution on Veldonia on Tuesday. \"The council welcomes the "
     "ceasefire,\" the resolution said.", "The council welcomes the ceasefire", "Security Council"),
    ("passed-calling", "The Ostrian parliament on Monday passed a resolution calling on all states to \"stop the "
     "return of refugees to Veldonia.\"", "stop the return of refugees", "parliament"),
    ("passed-then-calls", "The Ostrian parliament on Monday passed a resolution on refugees. The resolution also "
     "calls on the United Nations to \"impose an arms embargo on Veldonia.\"", "impose an arms embargo", "parliament"),
    ("assembly-called", "The General Assembly passed a resolution on Tuesday about Ostria. The resolution called on "
     "Ostria to \"free all political prisoners\".", "free all political prisoners", "General Assembly"),
    ("debated-no-body", "Lawmakers debated the war for hours. \"All parties must stop fighting,\" the resolution said.",
     "All parties must stop fighting", None),
    ("criticised-no-body", "Ann Vale criticised a resolution of the council. \"All parties must stop fighting,\" the "
     "resolution said.", "All parties must stop fighting", None),
    ("called-no-body", "Protesters marched in Palu. The resolution called on Ostria to \"free all political "
     "prisoners\".", "free all political prisoners", None),
]


def test_speakers_s16_active_relay_with_passive_clause_after(code_text) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs "as saying" on a passive verb later in the sentence: the relay's object still speaks."""
    text = ("The Palu Herald also cited Tom Baker, chief of the Ostrian State Intelligence Agency, as saying the "
            "suspects were linked to the Red Dawn network, which itself was related to a rebel army.")
    got = speaker_of(code_text, text, "the suspects were linked")
    assert got is not None and "Baker" in got, got


# Class 3: a title the knowledge base knows, then a name of two words or more, is a person whatever its
# entity label; a name with no title before it stays no one's.
TITLED_WORKS = [
    ("titled-minister", "\"This is the time for negotiations,\" Economy Minister Ildefonso Garrandes said.",
     "This is the time for negotiations", "Ildefonso Garrandes"),
    ("untitled-name", "\"Our patience has run out,\" Mira Solt was quoted as saying.", "Our patience has run out", None),
]


# Class 4: a misparsed "according to X" gives X the words after its name; a well-parsed one keeps its reading.
ACCORDING = [
    ("root-according", "Police were investigating the death. According to Ivo Marsh, for days Tom Baker's phone was "
     "off and Baker had not used his bank cards.", "Baker had not used his bank cards", "Ivo Marsh"),
    ("no-comma-name", "Tom Baker wrote to Mark Rathbun in May.\n\nAccording to Rathbun the property in question was returned by "
     "mail to the office by Baker shortly after he left the group.", "was returned by mail", "Rathbun"),
    ("well-parsed", "According to the ministry, since May the price of bread has doubled.",
     "the price of bread has doubled", "ministry"),
]


# Class 5: a medium citing its source gives the quote to the source; a person citing, or a medium
# citing a thing, keeps its own speaker.
CITING = [
    ("agency-reported", "The withdrawal came after the ministers agreed on new sanctions, the news agency reported, "
     "citing diplomats.", "The withdrawal came after", "diplomats"),
    ("paper-said", "The army killed twelve rebels near Palu, the newspaper said on Monday, citing local officials.",
     "The army killed twelve rebels", "officials"),
    ("reported-named", "Ostria will close its embassy in Veldonia, the Palu Herald reported, citing Foreign Minister "
     "Ann Vale.", "Ostria will close its embassy", "Ann Vale"),
    ("person-citing-thing", "Tom Baker said the talks had failed, citing the weather.", "the talks had failed",
     "Tom Baker"),
    ("medium-citing-report", "The army killed twelve rebels near Palu, the news agency reported, citing a report by "
     "the army.", "The army killed twelve rebels", "news agency"),
    ("person-citing-officials", "Ann Vale said the plan would fail, citing officials in Palu.", "the plan would fail",
     "Ann Vale"),
]


# Class 6: an "as" clause with a report of its own inside someone's reported clause is no attribution.
@pytest.mark.parametrize("text, found", [
    ("Ambassador Ann Vale said the situation in Ostria was worsening as the Food Agency had reported a huge increase "
     "in hunger.", True),
    ("At a meeting on Tuesday, Ambassador Ann Vale said the situation in Ostria was \"worsening\" as the Food Agency "
     "had reported \"a huge increase in hunger since February.\"", False),
])
def test_speakers_s16_as_clause_with_object_is_no_attribution(code_text, text: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    """The reported situation is Vale's, never the agency's (with a partial quote in it, the partial may
    stand alone)."""
    got = named_speakers(code_text(text))
    said = [k for k in got if k.startswith("the situation in Ostria")]
    assert all(got[k] is not None and "Vale" in got[k] for k in said), got
    assert bool(said) or not found, got


def test_speakers_s16_as_attribution_kept(code_text) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, "As Ann Vale told the Palu Herald, ozone levels over the city have dropped.",
                     "ozone levels over the city have dropped")
    assert got is not None and "Ann Vale" in got, got


# Class 7: a first-person quote paragraph stays the subject's when the other person is named only in a
# subordinate clause; a second person in the main clause leaves it unattributed.
SUBORDINATE_OTHER = [
    ("since-clause", "Vote count delayed\n\nIvo Marsh, the party chairman, was speaking at his first press conference "
     "since he won the May election over former minister Tom Baker.\n\n\"We have to say things loud and clear. We "
     "must win back trust.\"", "We have to say things", "Ivo Marsh"),
    ("relative-clause", "Vote count delayed\n\nMira Halden, who beat Tom Baker in the May election, was defiant on "
     "Monday.\n\n\"We will not be silenced. We will be back in the streets tomorrow.\"", "We will not be silenced",
     "Mira Halden"),
    ("main-clause-object", "Talks held\n\nIvo Marsh met Tom Baker in Palu on Monday.\n\n\"We talked for an hour about "
     "the border.\"", "We talked for an hour", None),
    ("main-clause-subjects", "Vote count delayed\n\nIvo Marsh and Tom Baker were defiant on Monday.\n\n\"We will not "
     "be silenced.\"", "We will not be silenced", None),
]


# Class 8: an inverted attribution to a statement by someone gives the quote (and the quote paragraph after
# it) to the author; a speaker who talks of someone's statement keeps speaking.
INVERTED_DOCUMENTS = [
    ("statement-by", "\"We cannot say for sure,\" explained a statement by Prime Minister Ivo Marsh.",
     "We cannot say for sure", "Ivo Marsh"),
    ("paragraph-after", "Ceasefire agreed\n\nThe parties could act, but \"we cannot say for sure,\" explained a "
     "statement by Prime Minister Ivo Marsh.\n\n\"This is a positive step but the two countries still have to "
     "meet.\"", "This is a positive step", "Ivo Marsh"),
    ("said-of-statement", "\"It was misread,\" Ann Vale said of a statement by Prime Minister Ivo Marsh.",
     "It was misread", "Ann Vale"),
]


# Class 9: a document named by the act that issued it is the act's subject's; no such act before, or two
# who did it, leaves it without a speaker.
DOCUMENT_ACTS = [
    ("declared-proclamation", "On Friday, President Ivo Marsh declared a national emergency over the floods. The "
     "move gives the government access to extra funds.\n\nThe proclamation said the floods constitute a danger "
     "to the whole nation.", "the floods constitute a danger", "Ivo Marsh"),
    ("filed-motion", "On Monday, the Ostrian Farmers Union filed a lawsuit against the new water tax.\n\nThe motion "
     "claims the tax is unconstitutional and hurts small farms.", "the tax is unconstitutional", "Farmers Union"),
    ("ruled-ruling", "The Palu High Court ruled on Tuesday against the mining company. The ruling said the permits "
     "had been issued without a hearing.", "the permits had been issued", "Court"),
    ("proclamation-no-act", "Floods hit Palu on Friday and the army was sent in.\n\nThe proclamation said the floods "
     "constitute a danger to the whole nation.", "the floods constitute a danger", None),
    ("ruling-no-act", "President Ivo Marsh visited Palu on Friday.\n\nThe ruling said the permits had been issued "
     "without a hearing.", "the permits had been issued", None),
    ("two-declarers", "On Friday, President Ivo Marsh declared a national emergency over the floods. The move came "
     "two days after the Palu Health Agency declared the fever an epidemic.\n\nThe proclamation said the floods "
     "constitute a danger to the whole nation.", "the floods constitute a danger", None),
]


# Class 10: a named spokesperson after a longer affiliation speaks; no name after it leaves the affiliation.
SPOKESPEOPLE = [
    ("named-after-affiliation", "\"We cannot mediate as it was not an official request,\" said the spokesman for the "
     "high commissioner in Ostria, Ahmed Agassane.", "We cannot mediate", "Ahmed Agassane"),
    ("no-name", "\"We cannot mediate as it was not an official request,\" said the spokesman for the high "
     "commissioner in Ostria.", "We cannot mediate", "commissioner"),
]


# Class 11: a subject pronoun in a clause hung on a sentence whose own subject is the same pronoun means
# what that subject means, whoever is named between them.
SUBORDINATE_PRONOUNS = [
    ("police-chief", "A man was arrested in Palu, a local police chief told reporters on Friday.\n\nThe police chief "
     "declined to give his name, but said the man was a father of two. He refused to reveal the man's full name, "
     "referring to him only as Mr Varo, though he said local media would be using the name.",
     "local media would be using", "police chief"),
    ("judge", "Judge Mira Solt spoke on Friday. She declined to comment on the case of Ann Vale, although she said "
     "the trial had been fair.", "the trial had been fair", "Mira Solt"),
]


def test_speakers_s16_subordinate_pronoun_without_referent(code_text) -> None:  # type: ignore[no-untyped-def]
    """The first "he" means no one (no person before it): the second means no one either, not the man named between."""
    text = "He refused to reveal the suspect's full name, referring to him only as Mr Varo, though he said the man was local."
    got = speaker_of(code_text, text, "the man was local")
    assert got is None or "Varo" not in got, got


TABLES = {
    "relayed": RELAYED,
    "resolution": RESOLUTIONS,
    "titled-work": TITLED_WORKS,
    "according": ACCORDING,
    "citing": CITING,
    "subordinate-other": SUBORDINATE_OTHER,
    "inverted-document": INVERTED_DOCUMENTS,
    "document-act": DOCUMENT_ACTS,
    "spokesperson": SPOKESPEOPLE,
    "subordinate-pronoun": SUBORDINATE_PRONOUNS,
}


@pytest.mark.parametrize("text, quote, speaker", [
    pytest.param(text, quote, speaker, id=f"{table}-{name}")
    for table, rows in TABLES.items() for name, text, quote, speaker in rows
])
def test_speakers_s16_table(code_text, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """The quote holding ``quote`` is ``speaker``'s (its name holds it), or no one's when ``speaker`` is None."""
    got = speaker_of(code_text, text, quote)
    if speaker is None:
        assert got is None, got
    else:
        assert got is not None and speaker in got, got
