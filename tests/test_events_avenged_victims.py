"""Whom an avenged or punished act was done to is never the target of the hostile response.

"Iran vowed revenge for the killing of its general": the threat is aimed at the killers; the
general, named inside the phrase of what is avenged, became its recipient (issue 11: allies coded
as targets). For a hostile act (verbal or material conflict), the participants of the phrase it is
about skip whom a nested act was done to: the "of" phrase of a noun whose possessor is its patient
(``patient_possessor``: "the killing of X"), or that possessor when there is no "of" phrase ("X's
arrest"). The doer stays: "Russia's arrest of X", "the killing by Y". Sentences written for the test.
"""

from __future__ import annotations

import pytest

from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, victim", [
    ("Iran vowed revenge for the killing of its general.", "THREATEN", "Iran", "general"),
    ("Iran vowed revenge for the death of its general.", "THREATEN", "Iran", "general"),
], ids=["revenge-killing", "revenge-death"])
def test_the_victim_of_an_avenged_act_is_no_target(nlp, text: str, event: str, actor: str, victim: str) -> None:  # type: ignore[no-untyped-def]
    events = events_with(coded_article_events(nlp, text), event, actor)
    assert not [e for e in events if any(victim in r for r in e[2])], events


def test_the_doer_named_inside_is_still_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Iran vowed revenge for Israel's killing of its general.")
    assert events_with(events, "THREATEN", "Iran", "Israel"), events
