"""Recipients the event's own clause names only through grammar, as tables of sentences written for
these tests (positive and negative cases), written before the fix. Classes from the benchmark's
dev-work split, where the type and the actor of a reference event were right and the coded event
had no recipient:

- an appeal for an act whose doer modifies it ("called for G7 action") loses its addressee when a
  fronted time phrase ("On Thursday, ...") is read as the "on" of "called on X": a time phrase is
  no addressee, and the act's doer is asked;
- an inquiry "into" someone ("opened an investigation into Halvex Bank"): the one looked into is
  the target of the accusation; an inquiry into a thing names no one;
- reactions to someone's act named as a possessed noun ("welcomed Kestria's announcement") are
  towards the possessor, and towards no one when the possessor is no one or there is none.

- a time phrase is no recipient, nor is anyone named in a clause that is the object of its
  preposition ("shot him at around 14:00 local time in what the police declared an attack": the
  police declared, they were not shot): a clause inside a phrase has participants of its own.

A wrong recipient is worse than none: every negative case asserts that no recipient is coded.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(code_text, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    result = code_text(text)
    names = {a.id: a.name for a in result.actors}
    return [(e.event, tuple(names.get(i, i) for i in e.actor), tuple(names.get(i, i) for i in e.recipient))
            for e in result.events]


def _recipients(code_text, text: str, kind: str, actor: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    found = [recs for t, acts, recs in _events(code_text, text) if t == kind and any(actor in a for a in acts)]
    assert found, f"no {kind} by {actor} in {text!r}"
    return found


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("On Friday, the Kestrian president called for G7 action to stop what he called an attack on the climate.",
     "REQUEST", "Kestrian president", "Group of Seven"),
    ("On Monday, the Kestrian president called on the rebels to lay down their arms.", "REQUEST", "Kestrian", "rebels"),
    ("The Ostrian regulator refused to provide Kestrel Radio with a broadcasting licence.", "REJECT", "regulator",
     "Kestrel Radio"),
    ("Ostrian regulators launched an inquiry into Senator Dara Quell.", "ACCUSE", "regulators", "Quell"),
    ("Halvex Bank said on Monday that regulators had opened an investigation into the company.", "ACCUSE",
     "regulators", "Halvex"),
    ("The Ostrian foreign minister welcomed Kestria's announcement on Sunday.", "SUPPORT", "minister", "Kestria"),
    ("Senator Marta Quell opposed the governor's statement.", "ACCUSE", "Quell", "governor"),
])
def test_events_recipient_named_by_grammar(code_text, text: str, kind: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert any(any(recipient in r for r in recs) for recs in _recipients(code_text, text, kind, actor))


@pytest.mark.parametrize("text, kind, actor", [
    ("On Monday, Foreign Minister Ali Bakr called for restraint in the capital.", "REQUEST", "Bakr"),
    ("Foreign Minister Ali Bakr called on Monday for talks to resume.", "REQUEST", "Bakr"),
    ("On Sunday, Senator Dara Quell appealed for help to rebuild the bridge.", "REQUEST", "Quell"),
    ("The ministry refused to provide the documents with its report.", "REJECT", "ministry"),  # figures: no event (session 51)
    ("The Ostrian regulator refused to release the report.", "REJECT", "regulator"),
    ("Ostrian regulators opened an investigation into the deaths of three miners on Monday.", "ACCUSE", "regulators"),
    ("Police launched a probe into the shooting of a protester.", "ACCUSE", "Police"),
    ("The Ostrian foreign minister welcomed the announcement on Sunday.", "SUPPORT", "minister"),
])
def test_events_no_recipient_where_grammar_names_none(code_text, text: str, kind: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not recs for recs in _recipients(code_text, text, kind, actor))


def test_events_no_recipient_from_a_clause_inside_a_phrase(code_text) -> None:  # type: ignore[no-untyped-def]
    # the one shot ("him": the gunman, since session 36 a pronoun for one person finds an unnamed
    # person) is the only recipient: not the time, nor the police of the clause in the phrase
    text = ("A gunman stabbed two people in Velt on Sunday. The officers eventually shot him dead, reportedly outside a "
            "shop, at around 14:00 local time in what the police declared a terrorist attack.")
    recs = _recipients(code_text, text, "ASSAULT", "officers")
    assert any("gunman" in r for r in recs) and all(set(r) <= {"gunman"} for r in recs), recs


def test_events_a_thing_of_no_one_gives_no_recipient(code_text) -> None:  # type: ignore[no-untyped-def]
    events = _events(code_text, "Governor Ali Bakr praised the weather's improvement on Sunday.")
    assert all(not recs for _t, _a, recs in events)


def test_events_a_clause_in_a_time_phrase_keeps_the_object(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrian troops attacked the rebels at dawn on Monday in what the army called a decisive operation."
    assert any("rebels" in r for recs in _recipients(code_text, text, "ASSAULT", "Kestrian") for r in recs)
