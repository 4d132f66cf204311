"""Recipients the grammar of the event's own phrase names (session 13).

Classes (each with sentences written for these tests):

- an act noun whose doer is its possessor (or its "by" phrase) names whom the act is done to in
  its "of" phrase: "Ostria's invasion of Velmar", "the government's arrest of X" -> Velmar, X. An
  "of" phrase that names no one ("Ostria's withdrawal of its offer") gives no recipient, and an act
  noun with no possessor keeps "of" as its doer or content ("the resignation of X");
- a participle or adjective standing for people ("the accused", "the wounded") bound by an order
  or urged to act ("ordered the accused remain in custody", "urged the injured to stay home") is
  someone: the one the act is done to, the person the article described that way;
- a name an editor brackets after a pronoun says whom the pronoun stands for ("Thank you [X]");
  brackets naming no one ("[sic]") say nothing;
- a summit or conference held "with" someone has them as its recipients; one with no one named
  has none;
- a judgement told in a relative clause on the act judged ("the attack, which was condemned by X")
  is on the act's doer; a relative clause on a thing that is no act names no one judged.
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s11 import _assert_recipient, _code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,event,expected", [
    ("Markets fell after Ostria's invasion of neighbouring Velmar last week.", "ASSAULT", "Velmar"),
    ("The Marenian government's arrest of Adam Korsk on Friday was widely reported.", "COERCE", "Korsk"),
    ("Kestria's support of the Ostrian opposition has grown since March.", "SUPPORT", "Ostrian opposition"),
    # the "of" phrase names no one: no recipient from it
    ("Markets fell after Ostria's withdrawal of its trade offer.", "RETREAT", None),
])
def test_of_phrase_of_an_act_noun_with_a_doer(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)


def test_of_phrase_without_a_doer_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    """"the resignation of X": X resigned; no one is done anything to."""
    result = _code(nlp, "The resignation of Velorian minister Adam Korsk surprised the markets.")
    names = {a.id: a.name for a in result.actors}
    assert not any("Korsk" in names.get(r, r) for e in result.events if e.event == "RETREAT" for r in e.recipient)


@pytest.mark.parametrize("text,event,expected", [
    ("Karl Brann, aged 28, appeared in court in Velmar yesterday, charged with murder. "
     "Judge Alan Wick ordered the accused remain in custody until his next court appearance.", "COERCE", "Brann"),
    ("Karl Brann, aged 28, appeared in court in Velmar yesterday, charged with murder. "
     "Judge Alan Wick ordered the accused to remain in custody until April.", "COERCE", "Brann"),
])
def test_participle_standing_for_someone_bound_by_an_order(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)


def test_adjective_object_that_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """"ordered the impossible": an adjective standing for a thing, bound to no clause, is no one."""
    result = _code(nlp, "Judge Alan Wick of Velmar ordered the closure of the Korsk mine.")
    names = {a.id: a.name for a in result.actors}
    assert not any("closure" in names.get(r, r).lower() for e in result.events for r in e.recipient)


@pytest.mark.parametrize("text,event,expected", [
    # the bracketed name an editor inserts after a pronoun says whom the pronoun stands for
    ('Senator Jane Holm of Velmar wrote: "Thank you [Adam Korsk] for making working families the center '
     'of your campaign."', "SUPPORT", "Korsk"),
    ('Senator Jane Holm of Velmar said: "We thank them [the Ostrian Red Cross] for their swift response."',
     "SUPPORT", "Red Cross"),
    # brackets that name no one add no recipient
    ('Senator Jane Holm of Velmar wrote: "Thank you [sic] for making working families the center '
     'of your campaign."', "SUPPORT", None),
])
def test_bracketed_referent_of_a_pronoun(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)



@pytest.mark.parametrize("text,expected", [
    # a summit "with" someone: the one attending meets them
    ("Velorian Prime Minister Adam Korsk attended a summit with Ostrian President Jane Holm on Monday.", "Holm"),
    ("Velorian Prime Minister Adam Korsk held a conference with Ostrian President Jane Holm in Brussels.", "Holm"),
    # a summit with no one named: no recipient
    ("Velorian Prime Minister Adam Korsk attended a summit in Brussels on Monday.", None),
])
def test_summit_with_someone(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, "CONSULT", expected)




@pytest.mark.parametrize("text,event,expected", [
    # a judgement told in a relative clause on the act judged is on the act's doer
    ("Kestrian troops shelled the town of Rask on Monday. The attack, which was condemned by the Ostrian "
     "government, killed nine people.", "ACCUSE", "Kestrian troops"),
    ("The Velmar government's new fishing policy, which was widely applauded by environmentalists, ends in "
     "December.", "SUPPORT", "Velmar government"),
    # a relative clause on a thing that is no act names no one judged
    ("The Velmar weather office published a report in May. The report, which was widely applauded by "
     "environmentalists, ends in December.", "SUPPORT", None),
])
def test_judged_act_named_by_a_relative_pronoun(nlp, text: str, event: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_recipient(nlp, text, event, expected)
