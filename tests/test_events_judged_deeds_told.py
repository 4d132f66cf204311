"""Failure class (issue 11, the speech act lost): a quote that condemns what someone did, told as a
clause ("What the Chinese coast guard did today was dangerous and illegal", "How the police treated
the marchers is unacceptable"), judged a clause, which is no one: the condemnation was lost. A
clause as subject of a verdict stands for its own doer. And words that name a grave wrong in the
news ("collective punishment", "piracy", "a war crime", "apartheid") condemn what they are said of
as firmly as "illegal" does. A clause whose doer is the speaker's own side, or a clause praised,
accuses no one. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "judge", "judged"), [
    ('"What the Chinese coast guard did today was dangerous and illegal," Philippine Defence Secretary '
     "Gilberto Teodoro told reporters.", "Teodoro", "Coast Guard"),
    ('"How the Kenyan police treated the marchers is unacceptable," opposition leader Raila Odinga said.',
     "Odinga", "police"),
    ('"Israel\'s actions amount to collective punishment," Jordanian Foreign Minister Ayman Safadi said.',
     "Safadi", "Israel"),
    ('"The seizure of the tanker by the United States is piracy," Iranian Foreign Minister Abbas Araghchi said.',
     "Araghchi", "United States"),
])
def test_a_condemned_deed_accuses_its_doer(nlp, text: str, judge: str, judged: str) -> None:
    assert events_with(coded_article_events(nlp, text), "ACCUSE", judge, judged)


@pytest.mark.parametrize("text", [
    '"What the Philippine coast guard did today was brave and right," Philippine Defence Secretary '
    "Gilberto Teodoro told reporters.",
    '"What our soldiers did today was dangerous but necessary," Philippine Defence Secretary '
    "Gilberto Teodoro told reporters.",
])
def test_praise_or_own_side_accuses_no_one(nlp, text: str) -> None:
    assert not events_with(coded_article_events(nlp, text), "ACCUSE"), text
