"""Actor classes of issue 10 (session 50), written for these tests (invented names), each seen
failing before its fix.

1. *A body that says "it" or "they" of what it did speaks of itself.* "Cisco said on Monday that it
   had received the trademark", "Police said they questioned the car's owner", "the Investigative
   Committee says it has found no trace": on the dev-work of the three corpora the reference gives
   about 300 such "it" and "they" to organisations, states and groups that no coded actor had
   (the narration's "it", "its", "they" and "them" were left to the stages that read events,
   where they are participants). The subject "it" or "they" of a clause that a verb of indirect
   speech reports is now a mention of that verb's own subject when the two agree (a body, a state
   or a group, not a person: "it" of one thing, "they" of many). A copular clause ("said it was
   unclear whether ...", whose "it" is often no one), a person speaking ("Smith said it had
   rained"), a pronoun that does not agree ("the rebels said it had been destroyed") and a pronoun
   inside quotation marks stay no one's. A person saying "he" or "she" of himself or herself is
   read alike where the resolver leaves the pronoun because the text never gives the person's
   gender ("Buzz Hargrove, the president of the union, said he had been assured ..."): the
   sayer's own words; a pronoun of the other gender ("Mary Smith said he had left") stays no one's.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _pronoun_owner(result, word: str):  # type: ignore[no-untyped-def]
    return [a.name for a in result.actors for m in a.mentions if m.kind == "pronoun" and m.span.text.lower() == word]


@pytest.mark.parametrize("text, word, owner", [
    ("The Kestrian Football Federation said on Monday that it had received the letter.", "it", "Federation"),
    ("Police said they questioned the car's owner on Sunday.", "they", "Police"),
    ("The Ostrian foreign ministry said it would summon the Kestrian ambassador.", "it", "ministry"),
    ("Kestria said on Tuesday it had closed its border with Ostria.", "it", "Kestria"),
])
def test_a_body_speaking_of_itself(code_text, text: str, word: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any(owner in name for name in _pronoun_owner(result, word)), [(a.name, a.mentions) for a in result.actors]


@pytest.mark.parametrize("text, word", [
    ("The Ostrian foreign ministry said it was unclear whether the talks would resume.", "it"),
    ("The mayor Ivo Marsh said it had rained all week in the capital.", "it"),
    ("The rebels said it had been destroyed in the fighting.", "it"),
    ('The ministry said: "It will not happen again."', "it"),
])
def test_no_self_where_the_clause_or_the_speaker_does_not_fit(code_text, text: str,  # type: ignore[no-untyped-def]
                                                              word: str) -> None:
    result = code_text(text)
    assert not _pronoun_owner(result, word), [(a.name, a.mentions) for a in result.actors]


@pytest.mark.parametrize("text, word, owner", [
    ("Buzz Hargrove, the president of the union, said he had been assured of the deal.", "he", "Buzz Hargrove"),
    ("Noel Forgeard stated that he expected sales of the aircraft to rise.", "he", "Noel Forgeard"),
])
def test_a_person_speaking_of_himself(code_text, text: str, word: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert owner in _pronoun_owner(result, word), [(a.name, a.mentions) for a in result.actors]


def test_a_pronoun_of_the_other_gender_is_no_self(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Mary Smith said he had left the country in March.")
    assert not _pronoun_owner(result, "he"), [(a.name, a.mentions) for a in result.actors]
