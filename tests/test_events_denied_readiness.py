"""Failure class (issue 11, statements coded backwards): a denied readiness ("not ready to accept",
"not willing to negotiate", "not prepared to withdraw") was coded as the act it denies, with a
negation flag: a CONCEDE or AGREE an analyst reads as a concession, when the speaker refuses.
"Unwilling to release the soldiers" was coded as the release itself. PLOVER codes a refusal as
REJECT whatever is refused: a readiness word (``events.coding.detect.willing``) under a negation, or
a word of unwillingness (``events.coding.detect.unwilling``), frames its act as a REJECT, with no
negation flag. A readiness that is not denied stays what it offers. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ('"We are not ready to accept any preconditions from Russia," Moldovan rebel leader Ion Rimac said.',
     "Rimac", None),
    ("Iran is not willing to negotiate with the United States over its missile programme, Iranian "
     "Foreign Minister Abbas Araghchi said.", "Iran", "United States"),
    ("The Malian junta is unwilling to release the detained ECOWAS soldiers, officials said.", "junta", None),
    ("Israel is not prepared to withdraw its troops from southern Lebanon, Israeli Defence Minister "
     "Israel Katz said.", "Israel", None),
])
def test_denied_readiness_is_a_refusal(nlp, text: str, actor: str, recipient: str | None) -> None:
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor, recipient), events
    # the refused act is not coded as done or offered
    assert not [e for e in events if e[0] in ("AGREE", "CONCEDE", "RETREAT") and any(actor in a for a in e[1])]


@pytest.mark.parametrize(("text", "actor"), [
    ("Hamas said it was ready to accept a ceasefire with Israel.", "Hamas"),
    ("Iran is willing to negotiate with the United States, Iranian Foreign Minister Abbas Araghchi said.", "Iran"),
    ("Kenya's government said on Monday it was prepared to hold talks with the striking doctors.", "Kenya"),
])
def test_readiness_offered_is_no_refusal(nlp, text: str, actor: str) -> None:
    events = coded_article_events(nlp, text)
    assert not events_with(events, "REJECT", actor), events
