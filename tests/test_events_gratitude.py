"""Failure class (issue 11, the speech act lost): thanks told as a feeling ("We are deeply grateful
to Saudi Arabia for hosting these talks", "Kenya is thankful to the United Nations") praise whom
they are felt toward, as "thanked X" does (SUPPORT); the adjective, not being a participle of
feeling, and its "to" phrase were read as nothing. Gratitude denied, or felt for no one named,
praises no one. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ('"We are deeply grateful to Saudi Arabia for hosting these talks," Ukrainian presidential aide '
     "Andriy Yermak said.", "Yermak", "Saudi Arabia"),
    ('"Kenya is thankful to the United Nations for its support," Kenyan President William Ruto said.',
     "Ruto", "United Nations"),
])
def test_gratitude_praises_whom_it_is_felt_toward(nlp, text: str, actor: str, recipient: str) -> None:
    assert events_with(coded_article_events(nlp, text), "SUPPORT", actor, recipient)


@pytest.mark.parametrize("text", [
    '"We are not grateful to Saudi Arabia for anything," Ukrainian presidential aide Andriy Yermak said.',
    '"We are grateful for the rain," Kenyan President William Ruto said.',
])
def test_no_gratitude_toward_anyone_praises_no_one(nlp, text: str) -> None:
    assert not events_with(coded_article_events(nlp, text), "SUPPORT"), text
