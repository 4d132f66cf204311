"""Quote speakers in focus (sentences written for these tests, fictional names).

Classes:

* **a subject inside reported content is not in focus**: "The hearing lasted an hour, and Tom
  Reyes argued that Maria Lopez had lied. He said …": the subject of a reported clause is what
  someone said, not who the text is about; a later "he" goes to the subject of the clause that
  reports it (Reyes), and "While he believes Lopez does not qualify, he says …" to the first "he".
  When the reported subject is the only one that agrees, it is still the antecedent.
* **a perspective frame is in focus**: "For Paul Grant, a teacher, Reyes was a hero. He said …":
  the person of a sentence-opening "For X," is whom the sentence is about, before its subject;
  "for X" inside a sentence ("made the case for Paul Grant") is no frame.
* **an attribution clause after a quote, whatever its verb**: '"…", Reyes opines, "…"' and
  '"…," Ann Vale laughed.': a name or pronoun with one verb and nothing else between the quote and
  a comma or the sentence end is the attribution, even for a verb no lexicon lists. A clause with
  more in it ('Reyes stood up and left the hall') is narration. Likewise before a quote: "Lopez
  exclaimed, "…"" (a clause ending in its finite verb, with no object, then a comma or colon);
  "Reyes visited the town hall, "…"" has an object and attributes nothing.
* **a new speaker ends the focus**: "he added" goes on with the speaker of the quote before, unless
  another person is, after that speaker's last mention, the subject of a main clause that reports
  speech ("Ian Roe, a port official, told the Harbour Times …. He added …": Roe); a verdict in the
  pluperfect ("had called the cuts reckless") or a gesture ("nodded") does not end it.
* **documents speak for who issued them**: "Ann Vale released a book. The book alleges that …",
  "researchers posted findings estimating that …", "X delivered a speech declaring …", "X held a
  press conference claiming …", "according to FEC records": a book, findings, records, a lawsuit, a
  speech or a conference is a document whose author speaks (one who criticised it does not).
* **no carried speaker when someone else acts**: a paragraph that opens with a quote takes the
  speaker of the paragraph before only when no one else is the subject of its own words after the
  quote ('"The vote is over." Reyes stood up and left the hall.' is not the previous speaker's).
"""

from __future__ import annotations

import pytest
from builders import named_speakers, speaker_of

pytestmark = pytest.mark.model


def assert_speaker(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """The quote holding ``quote`` has a speaker whose name holds ``speaker``."""
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got


FOCUS = [
    # (id, text, words of the quote, speaker expected (a part of its name), or None: unresolved)
    ("reported-subject-passed-over",
     "Court hears case\n\nThe hearing lasted an hour, and Tom Reyes argued that Maria Lopez had lied. "
     "He said the case would go on.", "the case would go on", "Reyes"),
    ("first-he-of-the-sentence",
     "Court hears case\n\nLawyer Tom Reyes has argued for weeks that the senator Maria Lopez cannot serve. "
     "He holds that the rule is old.\n\nFor Reyes, it does not matter much. While he believes Lopez does not "
     "qualify, he says the courts will never enforce the rule.", "the courts will never enforce the rule", "Reyes"),
    ("reported-subject-alone-agrees",
     "Court hears case\n\nThe court ruled that Tom Reyes had lied. He said he would appeal.",
     "he would appeal", "Reyes"),
    ("for-frame-beats-subject",
     'Court hears case\n\nFor Paul Grant, a teacher of history, Reyes was also a hero. He said, "Tom Reyes is '
     'the voice of the people."', "Tom Reyes is the voice of the people", "Paul Grant"),
    ("for-frame-beats-older-subject",
     "Court hears case\n\nProfessor Ian Webb holds that the rule still applies.\n\nFor Tom Reyes, it does not "
     "matter much. He says the courts will never enforce the rule.", "the courts will never enforce the rule", "Reyes"),
    ("for-inside-sentence-is-no-frame",
     "Court hears case\n\nTom Reyes made the case for Paul Grant on Monday. He said the rule was old.",
     "the rule was old", "Reyes"),
    ("main-subject-still-first",
     "Court hears case\n\nSenator Ann Hale met the press on Monday. She insisted that Joan Pike had misled voters. "
     "Then she said the vote would go ahead.", "the vote would go ahead", "Ann Hale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in FOCUS], ids=[c[0] for c in FOCUS])
def test_pronoun_speaker_in_focus(code_text, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert_speaker(code_text, text, quote, speaker)


ATTRIBUTION = [
    ("opines-between-two-quotes",
     'Race is close\n\nMaria Lopez spoke first. "I will win," she said.\n\n'
     '"We can win this state", Tom Reyes opines, "if the turnout is high."', "We can win this state", "Reyes"),
    ("opines-second-part",
     'Race is close\n\nMaria Lopez spoke first. "I will win," she said.\n\n'
     '"We can win this state", Tom Reyes opines, "if the turnout is high."', "if the turnout is high", "Reyes"),
    ("laughed-closing",
     'Race is close\n\nThe count went on all night. "It is far from over," Ann Vale laughed.',
     "It is far from over", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ATTRIBUTION], ids=[c[0] for c in ATTRIBUTION])
def test_attribution_clause_after_quote(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_speaker(code_text, text, quote, speaker)


ATTRIBUTION_BEFORE = [
    ("exclaimed-comma",
     'Debate held\n\nIn one exchange, as Reyes attempted to interrupt, Maria Lopez exclaimed, "Mr. Reyes, I am speaking."',
     "I am speaking", "Maria Lopez"),
    ("laughed-colon",
     'Debate held\n\nAsked about the polls, Tom Reyes laughed: "Polls do not vote, people do."',
     "Polls do not vote", "Tom Reyes"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in ATTRIBUTION_BEFORE],
                         ids=[c[0] for c in ATTRIBUTION_BEFORE])
def test_attribution_clause_before_quote(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_speaker(code_text, text, quote, speaker)


def test_clause_with_object_before_quote_attributes_nothing(code_text) -> None:  # type: ignore[no-untyped-def]
    text = 'Debate held\n\nTom Reyes visited the town hall, "the oldest building in the state."'
    got = named_speakers(code_text(text))
    assert all(v is None or "Reyes" not in v for v in got.values()), got


NOT_ATTRIBUTION = [
    # narration after the quote: neither the narrator's subject nor the speaker before
    ("narration-after-quote",
     'Race is close\n\nMaria Lopez spoke first. "I will win," she said.\n\n'
     '"The vote is over." Tom Reyes stood up and left the hall.', "The vote is over", ("Reyes", "Lopez")),
]


@pytest.mark.parametrize("text, quote, wrong", [c[1:] for c in NOT_ATTRIBUTION], ids=[c[0] for c in NOT_ATTRIBUTION])
def test_no_speaker_from_narration(code_text, text: str, quote: str, wrong: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is None or not any(w in got for w in wrong), got


def test_previous_paragraph_speaker_still_carried(code_text) -> None:  # type: ignore[no-untyped-def]
    text = ('Race is close\n\nMaria Lopez spoke first. "I will win," she said.\n\n'
            '"The people of this state want change."')
    got = speaker_of(code_text, text, "The people of this state want change")
    assert got is not None and "Lopez" in got, got


DOCUMENTS = [
    ("book-released-before",
     "Aide writes book\n\nAnn Vale, a former aide to the mayor, released a book on Monday. The book alleges that the "
     "mayor took bribes.", "the mayor took bribes", "Ann Vale"),
    ("findings-posted",
     "Virus spreads\n\nOn Friday, researchers at the Lund Institute posted findings estimating that the virus had "
     "reached 2,000 people.", "the virus had reached 2,000 people", "researchers"),
    ("records-of-a-body",
     "Campaign funds\n\nAccording to FEC records, the committee gave Ann Vale a total of US$10,000 last year.",
     "the committee gave Ann Vale", "FEC"),
    ("press-conference-held",
     "Debate nears\n\nJust before the debate, Tom Reyes held a press conference claiming the mayor knew about the deals.",
     "the mayor knew about the deals", "Tom Reyes"),
    ("speech-delivered",
     'Mayor speaks\n\nThe next day, Mayor Tom Reyes delivered a speech declaring himself the "friend of the workers."',
     "friend of the workers", "Tom Reyes"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in DOCUMENTS], ids=[c[0] for c in DOCUMENTS])
def test_document_speaks_for_its_author(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker.lower() in got.lower(), got


def test_document_criticised_is_not_its_critics(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "Aide writes book\n\nTom Reyes criticised the book on Monday. The book alleges that the mayor took bribes."
    got = speaker_of(code_text, text, "the mayor took bribes")
    assert got is None or "Reyes" not in got, got


NEW_SPEAKER = [
    ("new-speaker-between",
     "Ship missing\n\nDoug Miller of a marine firm told our correspondent the transponder would keep working.\n\n"
     "Ian Roe, a port official, on Tuesday told the Harbour Times radio broadcasts were being used to warn ships. "
     "He added that the search would go on.", "the search would go on", "Ian Roe"),
    ("focus-kept-past-an-object",
     'Race is close\n\n"We will win," Tom Reyes said, pointing at Ann Cole. He added that the vote would be close.',
     "the vote would be close", "Tom Reyes"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in NEW_SPEAKER], ids=[c[0] for c in NEW_SPEAKER])
def test_new_speaker_ends_focus(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_speaker(code_text, text, quote, speaker)
