"""Speaker classes of session 17, each with positive and negative cases written for these tests
(invented names and places):

1. *A one-person group*: an unnamed actor named only in the singular by a noun for one person ("a
   senior official", "a spokeswoman") is who a later "he"/"she" of a cue means, as a named person
   would be; a plural ("officials"), a gender the noun denies, or a body ("the ministry") is not.
2. *A person speaking for a body*: after "a spokeswoman for the port authority said …" (the body
   the speaker), a "she" of a later cue with no other antecedent is that spokeswoman, so the body
   again; a "he" is not she, nor is a pronoun after another person was named.
3. *A document's words*: a cue-less quote that is a sentence of its own, right after a sentence
   in which an actor gives out a document ("said in a statement", "issued a statement saying …",
   "said in a joint commentary"), is that actor's; not after a document someone else judges
   ("criticised the army's statement"), nor a quote that goes on to its own attribution.
4. *A named member of a group*: "Ravi Menon, a demonstrator who …, said" with "a demonstrator" a
   mention of the demonstrators (a group actor) and no actor for the name: the named person speaks
   (a new person actor), not the group; a nameless "a demonstrator" stays the group's.
5. *An inverted document cue*: ``"…," read the statement`` (the parser takes the document for the
   verb's object) is the statement speaking, so its author; "read" with a subject of its own is not.
6. *Bodies named by a common noun* ("the U.N. mission", "news outlets", "the delegation";
   ``quotes.institution_noun``) speak, as "the ministry" does; a document ("the report") does not.
7. *"It" after a document subject*: "The report by X says Y killed ten. It also says …": "it" is
   the report, so X speaks; never Y, the subject of the report's clause. A document nobody
   authored leaves "it" unresolved.
"""

from __future__ import annotations

import pytest
from builders import actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model


def speaker_of(result, words: str) -> str | None:  # type: ignore[no-untyped-def]
    """The name of the speaker coded for the quote containing ``words`` (None when unresolved)."""
    names = {a.id: a.name for a in result.actors}
    quote = next(q for q in result.quotes if words in q.text)
    return names.get(quote.speaker) if quote.speaker else None


@pytest.mark.parametrize("text, words, who", [
    ('A senior defence official said the army was ready. "We have moved two brigades north," he told '
     'the Ostrian Gazette.', "two brigades", "official"),
    ('A Western diplomat said the talks had stalled. "Nobody wants to give ground," he said.',
     "give ground", "diplomat"),
])
def test_quotes_speaker_one_person_group_pronoun(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert who in (speaker_of(code_text(text), words) or "")


@pytest.mark.parametrize("text, words, not_who", [
    # several people are never "he"
    ('Defence officials said the army was ready. "We have moved two brigades north," he told the '
     'Ostrian Gazette.', "two brigades", "officials"),
    # the noun gives the other gender
    ('A spokeswoman for the port authority said the ships were delayed. "The storm closed the harbour '
     'for two days," he said.', "storm closed", "spokeswoman"),
])
def test_quotes_speaker_one_person_group_disagrees(code_text, text: str, words: str, not_who: str) -> None:  # type: ignore[no-untyped-def]
    assert not_who not in (speaker_of(code_text(text), words) or "")


def test_quotes_speaker_body_stays_it(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text('The Ostrian foreign ministry rejected the claims. "These accusations are baseless," it said.')
    assert "ministry" in (speaker_of(result, "baseless") or "")


@pytest.mark.parametrize("text, words, who", [
    ('A spokeswoman for the Ostrian port authority said the ships were delayed.\n\n"The storm closed the '
     'harbour for two days," she said.', "storm closed", "port authority"),
    ('A spokesman for the Velmar interior ministry said 40 people were held. "They will be charged on '
     'Monday," he told reporters.', "charged on", "ministry"),
])
def test_quotes_speaker_pronoun_of_body_spokesperson(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert who in (speaker_of(code_text(text), words) or "")


@pytest.mark.parametrize("text, words, not_who", [
    ('A spokeswoman for the Ostrian port authority said the ships were delayed. "The storm closed the '
     'harbour for two days," he said.', "storm closed", "port authority"),
    ('A spokesman for the Velmar interior ministry said 40 people were held. Opposition leader Marc Dubois '
     'condemned the arrests. "They will be charged on Monday," he told reporters.', "charged on", "ministry"),
])
def test_quotes_speaker_pronoun_of_body_spokesperson_not(code_text, text: str, words: str, not_who: str) -> None:  # type: ignore[no-untyped-def]
    assert not_who not in (speaker_of(code_text(text), words) or "")


@pytest.mark.parametrize("text, words, who", [
    ('The Velmar army said in a statement on Monday. "The operation will continue until the area is secure."',
     "operation will continue", "army"),
    ('The Velmar interior ministry issued a statement saying the talks had failed.\n\n"We regret that the '
     'other side walked away."', "We regret", "ministry"),
    ('Amnesty International said in a commentary released on Friday. "The right to asylum is not negotiable."',
     "right to asylum", "Amnesty"),
])
def test_quotes_speaker_document_medium(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert who in (speaker_of(code_text(text), words) or "")


@pytest.mark.parametrize("text, words, not_who", [
    # the document is judged by someone else, not given out
    ('Opposition leader Marc Dubois criticised the Velmar army\'s statement. "It is full of lies."', "full of lies",
     "army"),
    # the quote goes on to an attribution of its own (here cut off by an abbreviation)
    ('The Velmar army said in a statement that a drone hit the gate.\n\n"The drone targeted the gate of the '
     'mosque," military spokesman Brig. Gen. Ali Musa was quoted as saying.', "drone targeted", "army"),
])
def test_quotes_speaker_document_medium_not(code_text, text: str, words: str, not_who: str) -> None:  # type: ignore[no-untyped-def]
    assert not_who not in (speaker_of(code_text(text), words) or "")


def test_quotes_speaker_inverted_document_read(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text('The Velmar army released a statement on Friday. "No soldiers were hurt in the attack," read '
                       'the statement.')
    assert "army" in (speaker_of(result, "No soldiers") or "")


def test_quotes_speaker_read_with_own_subject(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text('The Velmar army released a statement on Friday. "No soldiers were hurt in the attack," Marc '
                       'Dubois read aloud from the statement.')
    assert "army" not in (speaker_of(result, "No soldiers") or "")


@pytest.mark.parametrize("text, words, who", [
    ("The Ostrian peacekeeping mission reported that seven people were killed near the border.", "seven people",
     "mission"),
    ("According to Velmar news outlets, the group was being held by border guards.", "being held", "outlets"),
    ("The Velmar delegation said the talks would resume on Monday.", "talks would resume", "delegation"),
])
def test_quotes_speaker_body_noun(code_text, text: str, words: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert who in (speaker_of(code_text(text), words) or "")


def test_quotes_speaker_document_is_no_body(code_text) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text("The report said that seven people were killed near the border."), "seven people") is None


_PROTEST = {"demonstrators": ("group", ["Some 200 demonstrators", "a demonstrator"])}


def _quotes_stage(nlp, text: str, cast: dict):  # type: ignore[no-untyped-def]
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, cast))
    return quotes.run(nlp(text), draft, Resources())


@pytest.mark.parametrize("text, who", [
    ('Some 200 demonstrators marched on Monday. "We want justice," shouted Zarno Velik Odrin, a demonstrator who '
     'held a banner.', "Zarno Velik Odrin"),
    ('Some 200 demonstrators marched on Monday. Zarno Velik Odrin, a demonstrator from the port, said the police '
     'had beaten him.', "Zarno Velik Odrin"),
])
def test_quotes_speaker_named_member_of_group(nlp, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    result = _quotes_stage(nlp, text, _PROTEST)
    assert speaker_of(result, "justice" if "justice" in text else "beaten") == who


def test_quotes_speaker_nameless_member_stays_group(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Some 200 demonstrators marched on Monday. "We want justice," a demonstrator said.'
    assert speaker_of(_quotes_stage(nlp, text, _PROTEST), "justice") == "demonstrators"


@pytest.mark.parametrize("text, who", [
    ("The report by Amnesty International says the Ostrian army killed 10 people. It also says the police did "
     "nothing.", "Amnesty International"),
    ("The Velmar health ministry's report says the Ostrian army killed 10 people. It also says the police did "
     "nothing.", "ministry"),
])
def test_quotes_speaker_it_after_document_subject(code_text, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    assert who in (speaker_of(code_text(text), "police did nothing") or "")


def test_quotes_speaker_it_after_unauthored_document(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "The report says the Ostrian army killed 10 people. It also says the police did nothing."
    assert "army" not in (speaker_of(code_text(text), "police did nothing") or "")
