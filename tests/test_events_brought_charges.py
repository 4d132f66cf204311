"""Charges brought against someone accuse them; words aimed at someone have them as the target.

"Prosecutors unsealed further charges against X" coded nothing: the noun "charge" is too many
things to be a trigger alone (a fee, an attack, being in charge), so the verbs that bring charges
(file, bring, press, lay, level, unseal, announce) take it as their idiom object, as "drop" and
"withdraw" already did for the release. An indictment is always an accusation.

"Took a swipe at the government" had no recipient: the "at" phrase of an accusation is its target
when the words are aimed by nature (word class ``events.coding.detect.aimed``: swipe, jab, barb,
broadside; or the light verb aims them: level, direct, aim, hurl), not the venue of any accusation
("made the accusation at the summit"). Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Kestrian prosecutors unsealed further charges against Ali Hassan on Monday.", "ACCUSE", "prosecutors", "Hassan"),
    ("Police brought charges of fraud against Ali Hassan on Monday.", "ACCUSE", "Police", "Hassan"),
    ("Federal prosecutors announced charges against three police officers on Friday.", "ACCUSE", "prosecutors",
     "officers"),
    ("Prosecutors dropped the charges against Ali Hassan on Monday.", "RETREAT", "Prosecutors", "Hassan"),
    ("Senator Ana Varo took a swipe at the Kestrian government on Monday.", "ACCUSE", "Varo", "government"),
    ("Senator Ana Varo levelled fresh accusations at the Kestrian government on Monday.", "ACCUSE", "Varo",
     "government"),
], ids=["unsealed", "brought-of-fraud", "announced", "dropped-is-release", "swipe-at", "levelled-at"])
def test_charges_and_aimed_words(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, not_recipient", [
    ("The electricity company raised its charges for households on Monday.", None),
    ("Senator Ana Varo made the accusation at the United Nations on Monday.", "United Nations"),
], ids=["fees", "venue"])
def test_fees_are_no_charges_and_a_venue_is_no_target(nlp, text: str, not_recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    if not_recipient is None:
        assert not [e for e in events if e[0] == "ACCUSE"], events
    else:
        assert not [e for e in events if any(not_recipient in r for r in e[2])], events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Supreme Court struck down a law passed by the Ostrian parliament.", "REJECT", "Supreme Court", "parliament"),
    ("The appeals court struck down the government's ban on protests.", "REJECT", "court", "government"),
    ("Gunmen struck down two soldiers outside the base in Darna.", "ASSAULT", "Gunmen", "soldiers"),
], ids=["law", "ban", "soldiers-are-attacked"])
def test_striking_down_a_law_annuls_it(nlp, text: str, event: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    if event == "REJECT":
        assert not [e for e in events if e[0] == "ASSAULT"], events
