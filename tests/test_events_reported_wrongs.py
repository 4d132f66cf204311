"""Failure class (both corpora's dev-work): a speaker's reported statement says that another actor
does wrong, with no accusing verb ("said the police were resorting to violence", "say the vote was
rigged by the president", "said the army's raids amounted to ethnic cleansing"). Guide section 4.1:
the statement is an event when it is itself an accusation, ACCUSE by the speaker with the wrongdoer
as recipient. The wrong is named by a word of political judgement (``data/judgement.csv``): a
resort to violence or force, an ethnic cleansing, a vote rigged, torture, harassment, embezzlement. A neutral report ("said the police
arrived") accuses no one, nor does a denied wrong ("said his party had never rigged a vote").
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("Rights group Civic Watch said on Tuesday that the Ostrian police were resorting to violence against "
     "marchers.", "Civic Watch", "Ostrian police"),
    ("Opposition leader Daro Kestel said the Ostrian army had resorted to force to break up the strike.",
     "Daro Kestel", "Ostrian army"),
    ("Civic Watch said the Ostrian army's raids on the villages amounted to ethnic cleansing.", "Civic Watch",
     "Ostrian army"),
    ("Opposition leader Daro Kestel said the election was rigged by the ruling Unity Party.", "Daro Kestel",
     "Unity Party"),
    ("Rights group Civic Watch said the Ostrian police had tortured detainees in the capital.", "Civic Watch",
     "Ostrian police"),
    ("Opposition leader Daro Kestel said the ruling Unity Party was harassing voters in the north.",
     "Daro Kestel", "Unity Party"),
    ("Opposition leader Daro Kestel told reporters that the Unity Party had embezzled public funds.",
     "Daro Kestel", "Unity Party"),
])
def test_events_a_reported_wrong_accuses_its_doer(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Rights group Civic Watch said the Ostrian police arrived at the square on Tuesday.",
    "Opposition leader Daro Kestel said his Unity Party had never rigged an election.",
    "Civic Watch said the Ostrian police had ended the violence in the capital.",
    "Civic Watch said the Ostrian police had arrested three men suspected of looting shops.",
    "Civic Watch said the Ostrian police were investigating claims that detainees had been tortured.",
])
def test_events_a_neutral_or_denied_report_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Civic Watch") and not events_with(events, "ACCUSE", "Daro Kestel"), events
