"""Event classes of issue 11 (session 56), written for these tests, each seen failing before its fix.

1. *A phone is a thing, not a call.* "One of his advisors took the phone to a woman" coded a phone
   CONSULT of the advisors with the woman, and "Park's phone was last active in Seoul" one of Park
   (seen in the default output on machine-written stories no rule was written against; on Wikinews
   dev-work the noun "phone" coded five false events and no right one). The noun "phone" named an
   act in the event lexicon; a call ("a phone call", "spoke by phone") is told by the call or the
   verb, and the device names none.
2. *A role given "as" names an act only when it is given to someone.* "Ndume took his comments as a
   call for the government to act" coded a phone CONSULT: "take", "use", "hold" and "keep" with an
   "as" phrase ("used civilians as human shields") read the noun after "as" as the act whatever
   was taken; taking words as a call is reading them. The object, or the passive subject, must be
   someone (:func:`tidings.extract.events.placing.placed_role`), and "took two soldiers as hostages",
   which coded nothing, is the taking of hostages.
3. *An act told in the time of a past era is history.* "Fischer issued orders to release 280 prisoners
   of war who were held in solitary confinement by Nazi Germany during World War Two" coded a current
   COERCE, dated by the main clause's "Tuesday": an act is historical when its own clause names a
   year before the article's or a period long past ("two years ago"), and a war or era that ended
   long ago named as its time was neither. A past era (word class ``events.coding.modality.past_eras``:
   "World War Two", "the Cold War", "the Soviet era") in the event's own clause makes it historical
   (:func:`tidings.extract.events.modality.aux_flags`); an era named in another clause, and a war
   that may go on ("during the war in Syria"), leave it as it was.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _types(result) -> list[str]:  # type: ignore[no-untyped-def]
    from tidings.extract.events.relevance import is_live
    return [e.event for e in result.events if is_live(e)]


@pytest.mark.parametrize("text", [
    "One of his advisors took the phone to a woman who worked in the embassy.",
    "Park's phone was last active in Seoul on Monday.",
    "Her phone was switched off for three days, police said.",
])
def test_a_phone_is_no_call(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    assert "CONSULT" not in [e.event for e in result.events], result.events


@pytest.mark.parametrize("text", [
    "Obama held a phone call with Putin on Monday.",
    "Obama spoke by phone with Putin on Monday.",
    "Obama and Putin discussed the crisis in a phone call on Monday.",
])
def test_a_call_is_still_a_call(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    assert "CONSULT" in _types(result), result.events


@pytest.mark.parametrize("text", [
    "Ndume, the opposition leader, took his comments as a call for the government to act.",
    "The minister used the meeting as a platform to attack the opposition.",
])
def test_a_role_given_to_no_one_names_no_act(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    assert not [e for e in result.events if (e.rule or "").startswith("as:")], result.events


@pytest.mark.parametrize("text, event", [
    ("The militants used civilians as human shields.", "ASSAULT"),
    ("The rebels took two soldiers as hostages on Monday.", "ASSAULT"),
    ("Two aid workers were taken as hostages by the militia last week.", "ASSAULT"),
])
def test_a_role_given_to_someone_names_its_act(code_text, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    assert event in _types(result), result.events


def _flags(result, event: str) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return [e.aux for e in result.events if e.event == event]


@pytest.mark.parametrize("text, event", [
    ("Fischer issued orders on Tuesday to release 280 prisoners of war who were held in solitary confinement by "
     "Nazi Germany during World War Two.", "COERCE"),
    ("The Soviet army deported thousands of Chechens during the Second World War.", "COERCE"),
    ("During the Cold War, the United States imposed sanctions on Cuba.", "SANCTION"),
])
def test_an_act_in_a_past_era_is_history(code_text, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    flags = _flags(result, event)
    assert flags and all("historical" in f for f in flags), result.events


@pytest.mark.parametrize("text, event", [
    ("Russian forces shelled the city on Monday during the war in Ukraine.", "ASSAULT"),
    ("Veterans of World War Two protested outside parliament on Monday.", "PROTEST"),
])
def test_an_act_of_today_keeps_its_time(code_text, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text, date="2021-03-02")
    flags = _flags(result, event)
    assert flags and not any("historical" in f for f in flags), result.events
