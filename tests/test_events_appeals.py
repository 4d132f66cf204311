"""Appeals and judgements whose object is an act, as tables of sentences written for these tests
(positive and negative cases), written before the fix. Classes from the benchmark's dev split:

- "X called for Y": an appeal with what it asks for and no addressee is still a REQUEST of X; the
  addressee is whoever the requested act belongs to ("called for Roe's resignation" → Roe), or no
  one; a plan or document "calling for" something is no event (its subject is no actor);
- a judgement of someone's act ("criticised Bakr's decision", "condemned Kestria's move") is
  against the act's doer, the possessor; the possessor of an act done *to* someone ("Bakr's
  arrest") is not the doer;
- a verbal attack ("attacked the proposal", "slammed the ruling as unjust") on a statement, act
  or decision is an accusation, not an assault.
"""

from __future__ import annotations

import pytest
from builders import code_events, coded_article_events

pytestmark = pytest.mark.model


def _events(nlp, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    result = code_events(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return [(e.event, tuple(names.get(i, i) for i in e.actor), tuple(names.get(i, i) for i in e.recipient))
            for e in result.events if "negation" not in e.aux]


def _has(events, kind: str, actor: str | None, recipient: str | None) -> bool:  # type: ignore[no-untyped-def]
    return any(t == kind and (actor is None or any(actor in a for a in acts))
               and (recipient is None or any(recipient in r for r in recs)) for t, acts, recs in events)


@pytest.mark.parametrize("text, actor, recipient", [
    ("Opposition leader Dara Quell called for the resignation of the interior minister, Pell Varo.", "Quell", None),
    ("Protesters called for Governor Pell Varo's resignation on Sunday.", "Protesters", "Varo"),
    ("Foreign Minister Ali Bakr called for calm after the clashes.", "Bakr", None),
    ("The Kestrian government called for an international investigation into the shooting.", "Kestria", None),
    ("Ali Bakr appealed for restraint from both sides.", "Bakr", None),
    ("Ali Bakr counted on Kestria to act with restraint.", "Bakr", "Kestria"),
])
def test_events_call_for_is_a_request(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _has(_events(nlp, text), "REQUEST", actor, recipient)


@pytest.mark.parametrize("text", [
    "The peace plan calls for elections within six months.",
    "The budget calls for more spending on schools.",
    "Forecasters called for heavy rain over the weekend.",
])
def test_events_call_for_without_an_actor_is_no_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == "REQUEST" and acts for t, acts, _r in _events(nlp, text))


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Senator Dara Quell criticised President Pell Varo's decision to close the border.", "ACCUSE", "Quell", "Varo"),
    ("Ostria condemned Kestria's move on Tuesday.", "ACCUSE", "Ostria", "Kestria"),
    ("Governor Ali Bakr praised Dara Quell's statement on the floods.", "SUPPORT", "Bakr", "Quell"),
    ("Senator Pell Varo praised Dara Quell's endorsement on Monday.", "SUPPORT", "Varo", "Quell"),
    ("Ostria condemned Kestria's attack on the port.", "ACCUSE", "Ostria", "Kestria"),
])
def test_events_judged_act_goes_to_its_possessor(nlp, text: str, kind: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(_events(nlp, text), kind, actor, recipient)


@pytest.mark.parametrize("text, not_recipient", [
    ("Ostria condemned Dara Quell's arrest by the Kestrian police.", "Quell"),   # done to Quell
    ("Senator Ali Bakr criticised Pell Varo's detention.", "Varo"),
    ("Kestria condemned the assassination of Dara Quell.", "Quell"),
    ("Ostria denounced Pell Varo's expulsion from the country.", "Varo"),
])
def test_events_possessor_of_an_act_done_to_them_is_no_target(nlp, text: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert not any(t == "ACCUSE" and any(not_recipient in r for r in recs) for t, _a, recs in events)


@pytest.mark.parametrize("text, actor", [
    ("Senator Dara Quell attacked the government's proposal on Twitter.", "Quell"),
    ("Pell Varo attacked the ruling as a disgrace.", "Varo"),
    ("The minister slammed the court's decision.", "minister"),
])
def test_events_verbal_attack_is_an_accusation(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert _has(events, "ACCUSE", actor, None) and not _has(events, "ASSAULT", None, None)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in the north of Kestria.",
    "Kestrian troops attacked the rebel positions overnight.",
    "Militants attacked the convoy near the border.",
])
def test_events_physical_attack_stays_an_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(_events(nlp, text), "ASSAULT", None, None)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Ostria denounced the maritime deal between Kestria and Rhun.", "ACCUSE", "Ostria", "Kestria"),
    ("Senator Dara Quell attacked the proclamation of a new border by President Pell Varo.", "ACCUSE", "Quell", "Varo"),
    ("Speaker Ali Bakr announced an inquiry into the conduct of Governor Pell Varo.", "ACCUSE", "Bakr", "Varo"),
    ("Governor Ali Bakr welcomed the agreement between Kestria and Ostria.", "SUPPORT", "Bakr", "Ostria"),
])
def test_events_judged_thing_goes_to_its_makers(nlp, text: str, kind: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(_events(nlp, text), kind, actor, recipient)


@pytest.mark.parametrize("text, not_recipient", [
    ("Ostria condemned the deal, which Kestria called fair.", "Kestria"),   # no maker inside the phrase
    ("Senator Ali Bakr criticised the jailing of Dara Quell by the Ostrian court.", "Quell"),
])
def test_events_judged_thing_without_its_makers(nlp, text: str, not_recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, text)
    assert not any(t in ("ACCUSE", "SUPPORT") and any(not_recipient in r for r in recs) for t, _a, recs in events)


def _article_events(nlp, text: str):  # type: ignore[no-untyped-def]
    return coded_article_events(nlp, text)


@pytest.mark.parametrize("text, actor, recipient", [
    # a report of the other side's hostile act is an accusation against it
    ("Ukrainian officials said Russian troops had shelled three villages near the border on Monday.", "Ukrain", "Russia"),
    # an allegation cue makes any act it reports an accusation
    ("Opposition leader Dara Quell claimed that the protesters had been paid by the Kenyan government.", "Quell", "Kenya"),
])
def test_events_reported_hostile_act_is_an_accusation(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = _article_events(nlp, text)
    assert _has(events, "ACCUSE", actor, recipient), events


@pytest.mark.parametrize("text", [
    "Police said the gunman shot two shoppers before he fled.",                          # a report, no side
    "Ukrainian officials said Ukrainian troops had shelled Russian positions on Monday.",  # their own side's act
    "Senator Dara Quell said Kenya and Uganda had agreed to hold talks.",                 # no hostile act
])
def test_events_reported_act_without_accusation(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = _article_events(nlp, text)
    assert not any(t == "ACCUSE" for t, _a, _r in events), events


@pytest.mark.parametrize("text, kind, actor", [
    ("The Kestrian government declared a state of emergency in three provinces.", "COERCE", "Kestria"),
    ("President Pell Varo declared a national emergency on Friday.", "COERCE", "Varo"),
    ("The government quarantined four cities over the outbreak.", "COERCE", "government"),
    ("The Arnorian parliament impeached President Pell Varo on Wednesday.", "ACCUSE", "parliament"),
    ("Chancellor Dara Quell seconded the proposal of President Pell Varo.", "SUPPORT", "Quell"),
    ("Senate President Ali Bakr expressed opposition to the appointment.", "ACCUSE", "Bakr"),
    ("President Pell Varo asked for the resignation of Governor Dara Quell.", "REQUEST", "Varo"),
])
def test_events_lexicon_additions(nlp, text: str, kind: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    assert _has(_events(nlp, text), kind, actor, None), _events(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Ali Bakr came second in the race for the party's leadership.", "SUPPORT"),
    ("The hospital declared the patient dead on arrival.", "COERCE"),
    ("Senator Pell Varo asked about the budget.", "REQUEST"),
])
def test_events_lexicon_additions_negative(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(t == absent and acts for t, acts, _r in _events(nlp, text)), _events(nlp, text)


@pytest.mark.parametrize("text, platform_is_actor", [
    ("Senator Dara Quell criticised the ruling on Twitter on Monday.", False),
    ("President Pell Varo praised the police via Telegram.", False),
    ("The Kestrian government cracked down on Twitter after the protests.", True),
    ("Kenya imposed a ban on Twitter last week.", True),
])
def test_events_platform_a_statement_goes_through_is_no_actor(nlp, text: str, platform_is_actor: bool) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    names = {a.name for a in result.actors}
    assert any(n in names for n in ("Twitter", "Telegram", "X Corp")) == platform_is_actor, names
