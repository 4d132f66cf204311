"""The right type at the right place: a trigger whose sense its argument decides (failure class
from the real-news benchmark's dev-work, where the coder coded another type at the evidence of a
required event):
- **sense by the object's class**, written in the lexicon as an idiom whose object is a word class
  (``oppose,@utterances``): opposing what someone *said* ("opposed the president's statement") is
  disapproval, ACCUSE; opposing a measure stays a rejection, never an accusation.
- **an order of restraint**: an authority ordering someone to stop, close, suspend or stay put
  ("ordered the newspaper to suspend publication", "ordered that the accused remain in custody")
  coerces them, COERCE, as PLOVER codes it; an order to do anything else stays a demand, REQUEST,
  and an appeal ("asked … to stop") stays an appeal.
- **a ban by what it bans** (``ban,@events.coding.detect.ties``): banning a tie (flights, imports,
  aid) is SANCTION; banning an activity or a body at home is COERCE ("prohibit" as "ban").
- **an embedded act by what it acts on**: "intends to end its service" cuts no tie, no THREATEN.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, wrong", [
    ("Ostrian President Ana Tell opposed the Kestrian prime minister's statement on Monday.", "ACCUSE", "Ana Tell",
     "REJECT"),
    ("Kestria's foreign ministry protested the remarks of the Ostrian ambassador on Tuesday.", "ACCUSE", "Kestria",
     "PROTEST"),
    ("The Ostrian army ordered the opposition newspaper Rask Daily to suspend publication indefinitely.", "COERCE",
     "army", "REQUEST"),
    ("Judge Mira Tal ordered that the accused remain in custody until his next court appearance.", "COERCE",
     "Mira Tal", "REQUEST"),
    ("Governor Piet Varo ordered the residents of Rask to stay in their homes on Sunday.", "COERCE", "Piet Varo",
     "REQUEST"),
])
def test_events_sense_decided_by_argument(nlp, text: str, event: str, actor: str, wrong: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    if wrong:
        assert not events_with(events, wrong, actor), events


@pytest.mark.parametrize("text, event", [
    ("Ostrian President Ana Tell opposed the Kestrian plan to build a dam on the border river.", "ACCUSE"),
    ("The Ostrian minister rejected the claim that his troops had crossed the border.", "ACCUSE"),
    ("Hundreds of students protested in front of the Kestrian embassy in Rask on Monday.", "ACCUSE"),
    ("The Ostrian general ordered his troops to attack the border town at dawn.", "COERCE"),
    ("Ostrian President Ana Tell ordered the army to withdraw from the border on Monday.", "COERCE"),
    ("Ostrian President Ana Tell asked the rebels to stop fighting on Monday.", "COERCE"),
])
def test_events_sense_not_taken_without_its_argument(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event), events


# An embedded act is judged by what it acts on, as the same verb is in a main clause: planning or
# agreeing to end, cancel or cut something that ties no one ("end its transatlantic service",
# "cancel the primaries", "reduce its fares") threatens no one; cutting a tie
# (flights, talks, aid to someone) stays a threat.
@pytest.mark.parametrize("text", [
    "Kestrel Air intends to end its transatlantic service next year.",
    "The Republican Party decided to cancel the primaries in three states.",
    "Kestrel Air plans to reduce its fares on European routes next month.",
    "The Ostrian organisers agreed to cancel the concert because of the storm.",
])
def test_events_embedded_act_fits_what_it_acts_on(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not events_with(coded_article_events(nlp, text), "THREATEN"), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, actor", [
    ("Kestria threatened to end the talks with Ostria.", "Kestria"),
    ("Ostria plans to suspend flights to Kestria next week.", "Ostria"),
])
def test_events_embedded_tie_cut_stays_a_threat(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "THREATEN", actor), coded_article_events(nlp, text)


# A ban is decided by what it bans: banning a tie between actors (flights, imports, aid) is a
# sanction, SANCTION; banning an activity or a body at home (travel, gatherings, a newspaper)
# restricts, COERCE. "prohibit" and "ban" share the sense.
@pytest.mark.parametrize("text, event, wrong", [
    ("The Ostrian government prohibited inter-island travel for those under 19.", "COERCE", "SANCTION"),
    ("Ostria banned all flights to Kestria on Monday.", "SANCTION", "COERCE"),
    ("Ostria banned imports of Kestrian wine on Monday.", "SANCTION", "COERCE"),
    ("The Ostrian government banned the opposition newspaper Rask Daily.", "COERCE", "SANCTION"),
    ("The Ostrian government banned public gatherings of more than ten people.", "COERCE", "SANCTION"),
    ("The Ostrian government prohibited all aid to the rebels in Kestria.", "SANCTION", "COERCE"),
])
def test_events_ban_decided_by_what_it_bans(nlp, text: str, event: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event), events
    assert not events_with(events, wrong), events
