"""Actor classes of issue 10 (session 57), written for these tests, each seen failing before its fix.

1. *"Its" is a mention of the body, state or group whose clause it stands in.* "The ministry said
   on Monday that its staff had left" left "its" no one's (session 56 gave "his" and "her" to
   people and measured "its" read like them, from the nearest agreeing name before it: 146 right and
   42 wrong of the reference's "its" on dev-work, so it was left). The reference's "its" were 20
   right and 224 unresolved on the three corpora's dev-work. A possessive's antecedent is, by the
   grammar of English, most often the subject of a clause it stands in, not the name nearest to it:
   "its" outside quotes is given to the actor of the nearest subject before it on the way up from
   it to its sentence's root that agrees with it (a body, a state, a group named in the singular);
   where the way up comes out of an infinitive or a gerund the verb's object controls ("ordered
   Apple to lower its prices", "called on Interpol to revoke its notice", "commended Gambia for
   improving its record": prepositions of the word class ``quotes.object_control_prepositions``),
   that object when it is an agreeing actor; where the nearest subject is no actor ("the plan lost
   its support"), no one (:func:`tidings.extract.quotes.pronouns.possessive_mentions`).
   "Their" was measured by the same rule (49 right, 33 wrong) and is left.
"""

from __future__ import annotations

import pytest
from builders import word_owner


@pytest.mark.parametrize("text, owner", [
    ("The Kenyan interior ministry said on Monday that its staff had left the building.", "ministry"),
    ("Iran defied the United Nations on Monday by expanding its nuclear programme.", "Iran"),
    ("The European Commission ordered Apple on Monday to lower its prices.", "Apple"),
    ("The European Union commended Gambia on Monday for improving its human rights record.", "Gambia"),
    ("The Justice Department called on Interpol to revoke its notice.", "Interpol"),
    ("Nigeria, which hosted the summit, said its economy would grow this year.", "Nigeria"),
])
def test_its_is_a_mention_of_the_subject_it_stands_under(code_text, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2015-05-02")
    found = word_owner(result, text, "its")
    assert found is not None and owner.lower() in found.lower(), (found, result.actors)


@pytest.mark.parametrize("text", [
    "The Kenyan government said on Monday that the old plan had lost its shine.",  # its subject is no actor
    '"Its forces have failed," the Kenyan interior ministry said on Monday.',  # inside a quote
    "Barack Obama said on Monday that its staff had left.",  # a person is no "it"
])
def test_its_of_no_actor_above_it_is_no_ones(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2015-05-02")
    assert word_owner(result, text, "Its" if text.startswith('"Its') else "its") is None, result.actors


def test_their_is_still_left(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "The rebels said on Monday that their leader had been killed."
    assert word_owner(code_text(text, date="2015-05-02"), text, "their") is None


# 2. *A subject "it" the events stage would bind names who it binds to, event or not.* "The
#    Solidarity Party held a congress in Ohio. It has about 4,000 members" left "It" no one's: the events stage
#    binds an event's subject "it" to the subject of its own sentence or of the sentence before
#    (:func:`tidings.extract.events.binding.bound_it`), and the quotes stage a sayer's "it" ("Cisco
#    said it had ..."), but an "it" of no event and no report named no one (of the reference's subject
#    "it" on dev-work 86 right, 99 unresolved). Once the events are coded, each subject "it"
#    outside quotes that ``bound_it`` binds to a body or a state is a mention of it
#    (:func:`tidings.extract.events.binding.subject_it_mentions`, composed with the linker in
#    ``components.py``), so the events read no more than before. A placeholder "it" ("It is unclear
#    whether ...", word class ``events.coding.binding.placeholder_verbs``), an "it" after a sentence
#    whose subject is a thing, and an "it" inside a quote stay no one's.
@pytest.mark.parametrize("text, owner", [
    ("The Solidarity Party held a congress in Ohio on Monday. It has about 4,000 members.", "Solidarity Party"),
    ("The Kenyan interior ministry issued new rules on Monday. It has a staff of 4,000 officers.", "ministry"),
])
def test_a_subject_it_bound_to_a_body_is_its_mention(code_text, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2015-05-02")
    found = word_owner(result, text, "It")
    assert found is not None and owner.lower() in found.lower(), (found, result.actors)


@pytest.mark.parametrize("text", [
    "The Kenyan government met on Monday. It is unclear whether the talks will go on.",  # a placeholder
    "The new budget was passed by parliament on Monday. It will cut taxes for farmers.",  # a thing before
    'The Kenyan government met on Monday. "It is a disgrace," said one farmer.',  # inside a quote
])
def test_a_subject_it_bound_to_no_body_is_no_ones(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2015-05-02")
    assert word_owner(result, text, "It") is None, result.actors
