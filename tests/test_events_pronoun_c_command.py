"""A subject pronoun never stands for a name its own clause holds ("He shot Kennedy": he is not
Kennedy; "He said Varo had lied": he is not Varo), the grammar's rule for names a pronoun
commands. Found on the real-news benchmark's dev split: "Sirhan opposed Kennedy's position. He
shot Kennedy in 1968" made Kennedy shoot himself. A name outside the clause stays a candidate
("Kennedy arrived in Rask. He met supporters there": he is Kennedy). Sentences written for these
tests before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, not_actor", [
    ("Omar Sirhan opposed Senator Robert Kennedy's position on the war. He shot Kennedy in a hotel kitchen.",
     "ASSAULT", "Kennedy"),
    ("Sirhan, an ethnic Palestinian from Jordan, opposed Senator Kennedy's position. He shot Kennedy in 1968.",
     "ASSAULT", "Kennedy"),
    ("Senator Ana Tell met Governor Omar Varo on Monday. She said Varo had misled the voters.", "ACCUSE", "Varo"),
])
def test_events_a_subject_pronoun_is_not_a_name_it_commands(nlp, text: str, event: str, not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events


def test_events_a_pronoun_keeps_a_name_outside_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Senator Robert Kennedy arrived in Rask on Monday. He met the governor "
                                       "there on Tuesday.")
    assert events_with(events, "CONSULT", "Kennedy"), events
