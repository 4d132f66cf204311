"""Recipients of acts told through another act (session 16).

Classes (each with sentences written for these tests, positive and negative):

- judging, denying or protesting an act names the act's doer as recipient, and a participant
  written as a modifier before an act or statement noun is its doer: "condemned the rebel raids on
  X" (the rebels, not X), "denied opposition claims of abuse by soldiers" (the opposition, the
  claim's maker, not the soldiers of its content), "protested the arrest of journalists by police"
  (the police, not the journalists). A time before the noun ("the Sunday attack") names no
  doer;
- one act told twice in a sentence: a harm with no doer and a "when"/"as" clause whose subject
  does a violent act ("nine soldiers were killed when a bomber blew up a car", "three policemen
  died as gunmen attacked a checkpoint") is one assault, the doer's, on the harmed. A clause of
  time that is no violent act ("were killed when the bridge collapsed") gives no doer;
- a sanction, threat or protest "over" an act is aimed at the act's doer: "imposed sanctions over
  Ostria's actions" (Ostria), "went on strike over the government's pension reform" (the
  government), "recalled its ambassador over the rebel attacks" (the rebels). A reason that is no
  one's act ("over the price of bread", "flew over the capital") gives no recipient;
- a visit told by its noun is paid to whom its "to" phrase names, and a visit to someone's seat
  ("a working visit to NATO headquarters", "a trip to the offices of the Velkan Workers Party") is
  paid to its owner. A visit to a seat of no one named ("a visit to the old headquarters") gives
  none;
- an attack or a deployment told with its purpose is aimed at whom the purpose clause would
  defeat: "launched air strikes to crush the rebels", "carried out air strikes to punish X",
  "began an offensive to drive the rebels out of Darna". A purpose that defeats no one ("to
  protect the civilians", "to restore order") gives no recipient;
- an act "over", "due to" or "because of" an act is aimed at its doer alike ("quit the talks due
  to the coalition's tactics", "boycotted the vote because of the government's actions");
- an attack on a place held by someone ("shelled rebel-held areas", "bombed Taliban-controlled
  villages", "bombed villages controlled by the rebels") is aimed at the holders. A place
  described by anything else ("villages near the border", "newly-built villages") names no one.
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s14 import _coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,event,expected,not_expected", [
    ("Western governments condemned the rebel raids on Ostrava.", "ACCUSE", "rebel", "Ostrava"),
    ("The Kestrian minister denounced the militia attacks on Velka.", "ACCUSE", "militia", "Velka"),
    ("The minister denied opposition claims of abuse by soldiers.", "REJECT", "opposition", "soldiers"),
    ("Human rights activists protested the arrest of journalists by Ostrian police.", "PROTEST", "police",
     "journalists"),
    ("Students protested the decision of the Velkan government to close the university.", "PROTEST",
     "Velkan", "university"),
])
def test_judged_act_names_its_doer(nlp, text: str, event: str, expected: str, not_expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r.lower() or expected in r for r in found), found
    assert not any(not_expected in r for r in found), found


@pytest.mark.parametrize("text,absent", [
    ("The president condemned the Sunday attack on the Velkan embassy.", "Sunday"),
    ("The union condemned the 2019 strikes by dockers.", "2019"),
])
def test_modifier_that_is_no_doer(nlp, text: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, "ACCUSE") for r in rs]
    assert not any(absent.lower() in r.lower() for r in found), found


@pytest.mark.parametrize("text,doer,harmed", [
    ("Nine soldiers were killed when a suicide bomber blew up a car in Darna.", "bomber", "soldiers"),
    ("Three policemen died as gunmen attacked a checkpoint near Darna.", "gunmen", "policemen"),
    ("Four civilians were wounded when militants shelled the market in Velka.", "militants", "civilians"),
    ("Six guards were killed and ten people were injured when a gunman stormed the Velkan embassy.", "gunman", "guards"),
])
def test_harm_told_with_its_act(nlp, text: str, doer: str, harmed: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, "ASSAULT")
    assert any(any(doer in a for a in actors) and any(harmed in r for r in rs) for actors, rs, _ in found), found
    # the harm is not told again as a second assault with no doer
    assert not any(not actors and any(harmed in r for r in rs) for actors, rs, _ in found), found


@pytest.mark.parametrize("text", [
    "Nine workers were killed when the old bridge collapsed in Darna.",
    "Three policemen died in hospital as doctors tried to save them.",
])
def test_time_clause_without_violence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, "ASSAULT")
    assert not any(actors and rs for actors, rs, _ in found), found


@pytest.mark.parametrize("text,expected", [
    ("Kestrian troops shelled rebel-held areas of Darna.", "rebel"),
    ("Ostrian warplanes bombed Taliban-controlled villages in the north.", "Taliban"),
    ("Ostrian forces launched an offensive on militia-held towns.", "militia"),
    ("Ostrian warplanes bombed villages controlled by the Velkan rebels.", "rebels"),
    ("Kestrian artillery shelled positions held by the rebels.", "rebels"),
])
def test_attack_on_a_held_place(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, "ASSAULT") for r in rs]
    assert any(expected in r for r in found), found


@pytest.mark.parametrize("text", [
    "Ostrian warplanes bombed villages near the river.",
    "Ostrian warplanes bombed newly-built villages in the north.",
])
def test_place_described_otherwise(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, "ASSAULT") for r in rs]
    assert found == [], found


@pytest.mark.parametrize("text,event,expected", [
    ("The European Union imposed new sanctions over Ostria's actions in Velka.", "SANCTION", "Ostria"),
    ("The European Union says it could impose new sanctions over Ostria's conduct in Velka.", "THREATEN", "Ostria"),
    ("The union went on strike over the government's pension reform.", "PROTEST", "government"),
    ("Kestria recalled its ambassador over the rebel attacks on its embassy.", "SANCTION", "rebel"),
])
def test_act_over_an_act_is_aimed_at_its_doer(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r for r in found), found


@pytest.mark.parametrize("text,event", [
    ("The union went on strike over the price of bread.", "PROTEST"),
    ("The European Union imposed new sanctions over the summer.", "SANCTION"),
])
def test_reason_of_no_one(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) for r in rs]
    assert found == [], found


@pytest.mark.parametrize("text,event,expected", [
    ("Police dispersed the marchers with tear gas.", "ASSAULT", "marchers"),
    ("The United Nations suspended all contacts with the region's interim rulers.", "SANCTION", "rulers"),
])
def test_groups_named_by_what_they_do(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r for r in found), found


@pytest.mark.parametrize("text,expected", [
    ("Prime Minister Jan Varo took part in a working visit to NATO headquarters.", "NATO"),
    ("Prime Minister Jan Varo began a working visit to the headquarters of the Velkan Workers Party.",
     "Velkan Workers Party"),
])
def test_visit_noun_is_paid_to_its_goal(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, "CONSULT") if a for r in rs]
    assert any(expected in r for r in found), found


def test_visit_to_a_seat_of_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, "Prime Minister Jan Varo ended a visit to the old headquarters.", "CONSULT")
             for r in rs]
    assert found == [], found


@pytest.mark.parametrize("text,event,expected", [
    ("Ostria launched air strikes in neighbouring countries to crush the rebels on Thursday.", "ASSAULT", "rebels"),
    ("Ostrian jets carried out air strikes near Darna to punish the Velkan Liberation Front.", "ASSAULT",
     "Velkan Liberation Front"),
    ("Kestrian forces began an offensive to drive the rebels out of Darna.", "ASSAULT", "rebels"),
])
def test_purpose_names_the_target(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r for r in found), found


@pytest.mark.parametrize("text,event,absent", [
    ("The Ostrian army deployed troops to the border to protect the civilians.", "MOBILIZE", "civilians"),
    ("Kestrian forces launched air strikes to support the rebels.", "ASSAULT", "rebels"),
])
def test_purpose_that_defeats_no_one(nlp, text: str, event: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) for r in rs]
    assert not any(absent in r for r in found), found


@pytest.mark.parametrize("text,event,expected", [
    ("The Velkan militia quit peace talks in Darna due to the coalition's tactics.", "REJECT", "coalition"),
    ("The Kestrian Labour Party boycotted the vote because of the Ostrian government's actions.", "PROTEST",
     "government"),
])
def test_act_because_of_an_act(nlp, text: str, event: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, event) if a for r in rs]
    assert any(expected in r for r in found), found
