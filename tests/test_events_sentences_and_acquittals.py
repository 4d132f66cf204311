"""Legal outcomes, a class found on the real-news benchmark's third batch (dev): the guide codes a
conviction or sentence as SANCTION (convict) and an acquittal or pardon as RETREAT (release).
"Jailed for five years", "jailed over the abuse" is a sentence (SANCTION), not an arrest; jailed
with no offence or term ("the government jailed dissidents") stays a detention (COERCE). "Found
not guilty" and "acquitted" are releases, never convictions. Sentences written for these tests,
positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, want, not_want", [
    ("A court in Rask jailed nine men for fraud on Wednesday.", "SANCTION", "COERCE"),
    ("Omar Varo was jailed for five years by the Rask crown court on Friday.", "SANCTION", "COERCE"),
    ("Nine men were jailed on Wednesday over the abuse of two girls, the court heard.", "SANCTION", "COERCE"),
    ("The Kestrian government jailed 75 dissidents last year.", "COERCE", "SANCTION"),
    ("A tenth defendant, Omar Varo, was found not guilty by the court in Rask.", "RETREAT", "SANCTION"),
    ("The Rask court acquitted Omar Varo of all charges on Monday.", "RETREAT", "SANCTION"),
    ("The Rask court found Omar Varo guilty of fraud on Monday.", "SANCTION", "RETREAT"),
])
def test_events_sentences_and_acquittals(nlp, text: str, want: str, not_want: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert want in types and not_want not in types, coded_article_events(nlp, text)
