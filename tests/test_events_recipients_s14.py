"""Recipients the grammar of the event's own phrase names (session 14).

Classes (each with sentences written for these tests, positive and negative):

- a refusal, promise or threat framing another act ("refused to meet X", "refused to receive the
  envoy") is towards whom that act is done to: the embedded verb's object when it is someone, and
  whom a verb of giving provides "with" something ("refused to provide the network with a
  licence": the network, a definite description of an actor the article named). What the embedded
  act is done to that is no one ("refused to provide funds for the plan") gives no recipient;
- a head noun shared by coordinated modifiers ("the police and emergency services staff", "army
  and police officers") stands for the people of each body the modifiers name: each body is a
  participant. Modifiers that name no one ("the oil and gas workers") give none;
- a definite description an article uses again ("the network" ... "the network said") names the
  one actor the article already carries under it, though no name was said beside it: the same
  description keeps its referent. A description no actor carries ("the network" alone), or
  one said of something else ("the network of roads"), names no one;
- an act done to a thing is done to whose the thing is, as a clause on it says ("seized the
  weapons that X had bought", "destroyed a bridge built by X"), or as such a clause said of the
  thing a demonstrative points back to ("X had a licence for the rifles he used ... police seized
  these rifles"). A thing whose clause names no one ("the weapons that were found") or names the
  actor itself gives no recipient;
- an act noun under a participle that works as a preposition ("including the attack on Monday",
  "following the bombing") is not the act of the speaker of the quote it stands in: "including" is
  no act of the speaker's, as "removing the sanctions" is.

Recipients given here come from the grammar, not from the discourse (:mod:`.addressee`): the
tests check the rule carries no discourse mark.
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s11 import _code

pytestmark = pytest.mark.model


def _coded(nlp, text: str, event: str) -> list[tuple[list[str], list[str], str]]:  # type: ignore[no-untyped-def]
    """(actor names, recipient names, rule) of each ``event`` of ``text``."""
    result = _code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return [([names.get(a, a) for a in e.actor], [names.get(r, r) for r in e.recipient], e.rule or "")
            for e in result.events if e.event == event]


@pytest.mark.parametrize("text,event,expected", [
    ("The Ostrian government refused to receive the Kestrian envoy.", "REJECT", "envoy"),
    ("Quillnet Corporation, a television network, lost its licence in May and parliament reconvened. "
     "The Ostrian commission refused to provide the network with a new licence.", "REJECT", "Quillnet"),
    ("The Ostrian government agreed to provide the Kestrian rebels with weapons.", "AGREE", "rebels"),
])
def test_frame_towards_whom_the_embedded_act_is_done_to(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [(r, rule) for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r and "addressee" not in rule for r, rule in found), found


@pytest.mark.parametrize("text,event,moved", [
    ("The Ostrian government decided to send more troops to the border.", "AGREE", "troops"),
    ("Governor Adam Korsk agreed to add two members to the police council.", "AGREE", "members"),
    ("Senator Adam Korsk pledged to choose a woman as his running mate.", "AGREE", "woman"),
])
def test_people_a_frame_moves_or_picks_are_no_recipient(nlp, text: str, event: str, moved: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, event)
    assert not any(moved in r for _, rs, _ in found for r in rs), found


@pytest.mark.parametrize("text,event", [
    ("The Ostrian commission refused to provide funds for the plan.", "REJECT"),  # details: no event (session 51)
    ("The Ostrian commission refused to accept the results of the vote.", "REJECT"),
    ("The Ostrian commission refused to provide the report with its annexes.", "REJECT"),
])
def test_frame_whose_act_is_done_to_no_one_has_no_recipient(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, event)
    assert found and all(not rs for _, rs, _ in found), found


@pytest.mark.parametrize("text,event,expected", [
    ("Mayor Adam Korsk thanked the police and emergency services staff for their response.", "SUPPORT",
     ["police", "emergency services"]),
    ("Mayor Adam Korsk thanked the police, security and emergency services staff for their response.", "SUPPORT",
     ["police", "emergency services"]),
])
def test_coordinated_modifiers_of_a_shared_head_are_each_a_party(nlp, text: str, event: str,
                                                                 expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    recipients = [r for a, rs, _ in _coded(nlp, text, event) if a for r in rs]
    assert all(any(x in r.lower() for r in recipients) for x in expected), recipients


def test_coordinated_modifiers_naming_no_one_are_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, "Mayor Adam Korsk praised the oil and gas workers for their work.", "SUPPORT")
    assert not any(r.lower() in ("oil", "gas") for _, rs, _ in found for r in rs), found


@pytest.mark.parametrize("text", [
    'The Ostrian defence ministry issued a statement: "General Korsk had orchestrated attacks on our bases over '
    'the last several months – including the attack on December 27th – culminating in the death of our soldiers."',
    '"Kestrian militias staged attacks on our bases, including the attack on Monday," the Ostrian defence ministry said.',
])
def test_act_under_a_prepositional_participle_is_not_the_speakers(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, "ASSAULT")
    assert not any("ministry" in a.lower() for actors, _, _ in found for a in actors), found


def test_speakers_own_gerund_act_stays_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    """The negative of the class above: a gerund that is the speaker's own step keeps its actor."""
    found = _coded(nlp, '"Lifting the sanctions is out of the question," the Ostrian foreign minister Adam Korsk said.',
                   "SANCTION") + _coded(nlp, '"Lifting the sanctions is out of the question," the Ostrian foreign '
                                             'minister Adam Korsk said.', "CONCEDE")
    assert any(any("Korsk" in a for a in actors) for actors, _, _ in found) or not found, found


@pytest.mark.parametrize("text,event", [
    ("The Ostrian commission refused to provide the network with a new licence on Monday. "
     "The network said it would appeal the decision.", "REJECT"),
    ("The Ostrian commission ordered the network to stop broadcasting on Monday. "
     "The network said it would appeal the decision.", "COERCE"),
])
def test_same_definite_description_names_the_same_actor(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = [(r, rule) for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any("network" in r and "addressee" not in rule for r, rule in found), found


@pytest.mark.parametrize("text,event", [
    ("The Ostrian commission refused to provide the network with a new licence on Monday.", "REJECT"),
    ("The Ostrian commission ordered the network to stop broadcasting on Monday. "
     "The network of roads around the capital was closed.", "COERCE"),
])
def test_description_no_actor_carries_names_no_one(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, event)
    assert found and all(not rs for _, rs, _ in found), found


@pytest.mark.parametrize("text,event,expected", [
    ("Ostrian police seized the weapons that Karl Brann had bought.", "COERCE", "Brann"),
    ("Karl Brann had a licence for the five rifles he used in the attack. Ostrian police seized these rifles.",
     "COERCE", "Brann"),
])
def test_act_on_a_thing_is_done_to_its_owner(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [(r, rule) for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r and "addressee" not in rule for r, rule in found), found


@pytest.mark.parametrize("text,event", [
    ("Ostrian police seized the weapons that were found in the car.", "COERCE"),
    ("Ostrian police seized the weapons that they had found in the car.", "COERCE"),
    ("Karl Brann had a licence for five rifles. Ostrian police seized the rifles that were left in the car.", "COERCE"),
])
def test_thing_whose_clause_names_no_other_owner_gives_no_recipient(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, event)
    assert found and all(not rs for _, rs, _ in found), found
