"""The historical flag is read from the event's own clause and from spans of more than a month.

Class (issue 11, "flags from the clause that governs the trigger, never from a neighbouring one";
guide: ``historical`` means more than 30 days before the article's date): a time told inside
another clause, such as a participle or relative clause on the event's object ("ordered the release
of sailors detained last week") or an adverbial clause beside it ("ending a dispute that began in
2019"), dates that clause's act, not the event; and "last week" or "ten days ago" lie within the
month the flag leaves out. Positive rows: a time in the event's own clause that lies more than a
month back still flags it, as does a past perfect in narration.

Session 23: a past perfect backshifted in a report ("the army said on Sunday it had killed 12
militants") is the reported act's recent past, not background: of the dev events so flagged that
match a reference event, 9 of 10 references carry no historical flag (figures only, no case read).
"""

from __future__ import annotations

import pytest

ARTICLE_DATE = "2025-09-10"

# (text, event type, historical?)
CASES = [
    # a time inside a clause on the object or beside the verb dates that clause, not the event
    ("A court in Pelm on Wednesday ordered the release of eleven Ostrian sailors detained last year.",
     "RETREAT", False),
    ("The Velmar government released 30 prisoners who had been arrested in 2019.", "RETREAT", False),
    ("Ostria expelled two Velmar diplomats on Monday, ending a dispute that began in 2021.", "SANCTION", False),
    # a recent span is not history
    ("Ostria expelled two Velmar diplomats last week.", "SANCTION", False),
    ("Ostria expelled two Velmar diplomats ten days ago.", "SANCTION", False),
    # the event's own time more than a month back, or a past perfect, is history
    ("Ostria expelled two Velmar diplomats last year.", "SANCTION", True),
    ("Ostria expelled two Velmar diplomats in 2019.", "SANCTION", True),
    ("Ostria expelled two Velmar diplomats three years ago.", "SANCTION", True),
    ("Before the talks, Ostria had expelled two Velmar diplomats.", "SANCTION", True),
    # a past perfect backshifted in a report of the past is the reported act's time, not history
    ("The Velmar government said Ostria had expelled two of its diplomats.", "SANCTION", False),
    ("Pakistan's army said on Sunday it had killed 12 militants in a raid near the border.", "ASSAULT", False),
    # ... unless the reported clause dates it more than a month back
    ("The Velmar government said Ostria had expelled two of its diplomats in 2019.", "SANCTION", True),
]


@pytest.mark.parametrize("text, event, historical", CASES, ids=[c[0][:40] for c in CASES])
def test_events_historical_from_own_clause(code_text, text: str, event: str, historical: bool) -> None:  # type: ignore[no-untyped-def]
    coded = [e for e in code_text(text, date=ARTICLE_DATE).events if e.event == event]
    assert coded, [(e.event, e.aux) for e in code_text(text, date=ARTICLE_DATE).events]
    assert ("historical" in coded[0].aux) is historical, coded[0].aux
