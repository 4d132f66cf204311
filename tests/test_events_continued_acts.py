"""Failure class found on the real-news benchmark's dev split (a missing recipient): an act noun
with no object of its own ("Requests have also come from the town of X") continues the act the
article is telling: it is made of whoever the last act of its type before it was made of
("Gondor's towns asked the Arnor schools to pay the tax. ... Requests have also come from Dol
Amroth": the schools). A verb keeps its own participants, and a noun with an earlier act of
another type only stays without a recipient. Sentences written for these tests, positive and
negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events

pytestmark = pytest.mark.model


def _nominal(events, event: str, actor: str):  # type: ignore[no-untyped-def]
    return [e for e in events if e[0] == event and any(actor in a for a in e[1])]


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Ostrian government asked the Kestrian churches to pay the property tax. Mayors met in Rask on Monday. "
     "Requests have also come from the Municipality of Dolmen.", "REQUEST", "Dolmen", "churches"),
])
def test_events_bare_act_noun_continues_the_act(nlp, text: str, event: str, actor: str,
                                                recipient: str) -> None:  # type: ignore[no-untyped-def]
    found = _nominal(coded_article_events(nlp, text), event, actor)
    assert found and any(recipient in r for r in found[0][2]), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event, actor", [
    # an earlier act of another type: nothing to continue
    ("The Ostrian government criticised the Kestrian churches. Requests have also come from the Municipality "
     "of Dolmen.", "REQUEST", "Dolmen"),
])
def test_events_bare_act_noun_without_earlier_act(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = _nominal(coded_article_events(nlp, text), event, actor)
    assert all(not e[2] for e in found), coded_article_events(nlp, text)
