"""False events of the default output (issue 11: precision), by class. Sentences written for
these tests (positive and negative cases), written before the fixes.

Class 1, acts only able: an act under "can" ("the assembly can impeach a minister") is not
asserted as done: it is flagged hypothetical. The same act asserted, or embedded under a verb
without a modal ("voted to impeach"), is not.
"""

from __future__ import annotations

import pytest
from builders import code_events, coded_article_events

pytestmark = pytest.mark.model


def _aux_of(nlp, text: str, trigger: str) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    result = code_events(nlp, text)
    found = [e for e in result.events if e.trigger is not None and e.trigger.text.startswith(trigger)]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in result.events]
    return found[0].aux


@pytest.mark.parametrize("text, trigger", [
    ("The assembly can impeach a minister who breaks the law.", "impeach"),
    ("Police can detain suspects for two weeks under the new rules.", "detain"),
])
def test_unreal_acts_are_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert "hypothetical" in _aux_of(nlp, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The assembly impeached the minister on Tuesday.", "impeached"),
    ("The assembly voted to impeach the minister.", "impeach"),
    ("President Varga negotiated a settlement with the rebels.", "negotiated"),
    ("Kestria extradited three dissidents to Ostria on Monday.", "extradited"),
    ("The senate convicted the governor on Tuesday.", "convicted"),
    ("Ostria sent troops to attack the rebels.", "attack"),
])
def test_asserted_acts_are_not_hypothetical(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert "hypothetical" not in _aux_of(nlp, text, trigger)


# Class 2, a power or a rule described, no act reported: outside quotes, an act a sentence only says
# someone can do or is needed to do is gated (a candidate, out of the default output); the same act
# done, or said in a quote ("we can strike at any time" may be a threat), is not.
def _gated_of(nlp, text: str, trigger: str, quotes=()) -> bool:  # type: ignore[no-untyped-def]
    from tidings.extract.events.relevance import gated

    result = code_events(nlp, text, quotes=quotes)
    found = [e for e in result.events if e.trigger is not None and e.trigger.text.startswith(trigger)]
    assert found, [(e.event, e.trigger.text if e.trigger else None) for e in result.events]
    return gated(found[0])


@pytest.mark.parametrize("text, trigger", [
    ("The assembly can impeach a minister who breaks the law.", "impeach"),
    ("A simple majority of the senate is needed to convict the governor.", "convict"),
])
def test_powers_and_rules_are_gated(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _gated_of(nlp, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The assembly impeached the minister on Tuesday.", "impeached"),
    ("The assembly voted to impeach the minister.", "impeach"),
    ("The assembly cannot impeach the minister, the court ruled.", "impeach"),
])
def test_acts_done_are_not_gated_as_powers(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _gated_of(nlp, text, trigger)


def test_only_able_reads_can_and_needs(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.modality import only_able

    doc = nlp("Police can arrest protesters. Police arrested protesters. Police cannot arrest protesters.")
    verbs = [t for t in doc if t.lemma_ == "arrest"]
    assert [only_able(v) for v in verbs] == [True, False, False]


# Class 3, one act coded twice: a report told in the past perfect ("announced he had asked X for his
# resignation") and the same act told plainly are one event when doers and named recipients are the
# same; a past perfect with a year or past period of its own is another act of another time.
@pytest.mark.parametrize("text, kind, count", [
    ("President Dan Ostrov announced that he had asked Defence Minister Varga for his resignation on Monday night. "
     "President Dan Ostrov asked Varga to resign because of the scandal.", "REQUEST", 1),
    ("Kestria had accused Ostria of espionage in 2019. Kestria accused Ostria of espionage on Monday.", "ACCUSE", 2),
    ("Kestria had accused Ostria of espionage last year. Kestria accused Ostria of espionage on Monday.", "ACCUSE", 2),
])
def test_past_perfect_retelling_is_one_act(nlp, text: str, kind: str, count: int) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert len([e for e in events if e[0] == kind]) == count, events


@pytest.mark.parametrize("text, expected", [
    ("in 2019", True), ("last year", True), ("3 weeks ago", True), ("on Monday night", False), ("yesterday", False),
])
def test_past_period(text: str, expected: bool) -> None:
    from tidings.extract.events.modality import past_period

    assert past_period(text) is expected


# Class 4, headings and slogans: a sentence with no finite verb and no subject names a programme and
# tells no act ("Returning Gondor to peace and security."); a progressive with its subject does.
def test_heading_only(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.modality import heading_only

    roots = [s.root for s in nlp("Returning Gondor to peace and security. Ostria is returning the prisoners to Kestria. "
                                 "Ostria returned the prisoners to Kestria.").sents]
    assert [heading_only(r) for r in roots] == [True, False, False]
