"""A passive verb inside a quote has a hidden agent, never the speaker, and so has every verb
coordinated with it that shares its subject.

'"It is unacceptable that people are being detained and tortured," said a lawyer' made the lawyer
torture people (issue 11: statements coded backwards). The first verb was already known to be
passive; its conjunct "tortured" carries no auxiliary of its own, so the speaker's turn took it. A
past participle coordinated with a passive and with no subject or auxiliary of its own is passive
too. A conjunct with its own subject ("were detained and the police tortured them") or an active
conjunct ("X arrested and tortured people") is not. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, speaker", [
    ('"It is unacceptable that people are being detained and tortured in police stations," said Rina Makaremba, '
     'a lawyer.', "ASSAULT", "Makaremba"),
    ('"Our members were arrested and beaten in the street," said Tomas Ramon, a union leader.', "ASSAULT", "Ramon"),
    ('"Journalists have been detained and expelled without trial," the editor Ana Varo said.', "SANCTION", "Varo"),
], ids=["being-detained-and-tortured", "arrested-and-beaten", "detained-and-expelled"])
def test_a_passive_s_conjunct_in_a_quote_is_not_the_speaker_s_act(nlp, text: str, event: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if any(speaker in a for a in e[1]) and e[0] in (event, "COERCE")], events


@pytest.mark.parametrize("text, event, actor", [
    ('"We arrested and questioned the smugglers on Monday," said police chief Tomas Ramon.', "COERCE", "Ramon"),
    ('"Police detained and beat our members," said Ana Varo, a union leader.', "ASSAULT", "Police"),
], ids=["we-arrested-and-questioned", "police-detained-and-beat"])
def test_active_conjuncts_keep_their_doers(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor", [
    ('"Daniel Ruiz was sentenced to five years in prison," Judge Ana Varo said on Friday.', "SANCTION", "Varo"),
    ("Daniel Ruiz was arrested in Clearwater on Monday, the Clearwater Police Department said.", "COERCE", "Police"),
], ids=["judge-reports-sentence", "police-report-arrest"])
def test_an_authority_reporting_an_agentless_legal_act_did_it(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


def test_a_lawyer_reporting_a_detention_did_not_detain(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"Our clients were detained without a warrant on Monday," said Rina Makaremba, a lawyer.'
    assert not events_with(coded_article_events(nlp, text, gated=True), "COERCE", "Makaremba")
