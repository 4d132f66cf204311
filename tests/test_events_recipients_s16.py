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


# Judging, denying or protesting an act names the act's doer (``expected``), not whom its content
# names (``absent``); a time before the noun (``expected`` None) names no doer: ``absent`` is no recipient.
JUDGED_ACTS = [
    ("Western governments condemned the rebel raids on Ostrava.", "ACCUSE", "rebel", "Ostrava"),
    ("The Kestrian minister denounced the militia attacks on Velka.", "ACCUSE", "militia", "Velka"),
    ("The minister denied opposition claims of abuse by soldiers.", "REJECT", "opposition", "soldiers"),
    ("Human rights activists protested the arrest of journalists by Ostrian police.", "PROTEST", "police",
     "journalists"),
    ("Students protested the decision of the Velkan government to close the university.", "PROTEST",
     "Velkan", "university"),
    ("The president condemned the Sunday attack on the Velkan embassy.", "ACCUSE", None, "Sunday"),
    ("The union condemned the 2019 strikes by dockers.", "ACCUSE", None, "2019"),
]


@pytest.mark.parametrize("text,event,expected,absent", JUDGED_ACTS)
def test_judged_act_names_its_doer(nlp, text: str, event: str, expected: str | None, absent: str) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(nlp, text, event)
    if expected is None:
        found = [r for a, rs, rule in coded for r in rs]
        assert not any(absent.lower() in r.lower() for r in found), found
    else:
        found = [r for a, rs, rule in coded if a for r in rs]
        assert any(expected in r.lower() or expected in r for r in found), found
        assert not any(absent in r for r in found), found


# A harm with no doer and a "when"/"as" clause whose subject does a violent act is one assault, the
# doer's, on the harmed; a clause of time that is no violent act (``doer`` None) gives no doer.
HARMS = [
    ("Nine soldiers were killed when a suicide bomber blew up a car in Darna.", "bomber", "soldiers"),
    ("Three policemen died as gunmen attacked a checkpoint near Darna.", "gunmen", "policemen"),
    ("Four civilians were wounded when militants shelled the market in Velka.", "militants", "civilians"),
    ("Six guards were killed and ten people were injured when a gunman stormed the Velkan embassy.", "gunman", "guards"),
    ("Nine workers were killed when the old bridge collapsed in Darna.", None, None),
    ("Three policemen died in hospital as doctors tried to save them.", None, None),
]


@pytest.mark.parametrize("text,doer,harmed", HARMS)
def test_harm_told_with_its_act(nlp, text: str, doer: str | None, harmed: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _coded(nlp, text, "ASSAULT")
    if doer is None:
        assert not any(actors and rs for actors, rs, _ in found), found
        return
    assert any(any(doer in a for a in actors) and any(harmed in r for r in rs) for actors, rs, _ in found), found
    # the harm is not told again as a second assault with no doer
    assert not any(not actors and any(harmed in r for r in rs) for actors, rs, _ in found), found


# An attack on a place held by someone is aimed at the holders (whether or not the attack has a
# doer); a place described by anything else (``expected`` None) names no one.
@pytest.mark.parametrize("text,expected", [
    ("Kestrian troops shelled rebel-held areas of Darna.", "rebel"),
    ("Ostrian warplanes bombed Taliban-controlled villages in the north.", "Taliban"),
    ("Ostrian forces launched an offensive on militia-held towns.", "militia"),
    ("Ostrian warplanes bombed villages controlled by the Velkan rebels.", "rebels"),
    ("Kestrian artillery shelled positions held by the rebels.", "rebels"),
    ("Ostrian warplanes bombed villages near the river.", None),
    ("Ostrian warplanes bombed newly-built villages in the north.", None),
])
def test_attack_on_a_held_place(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [r for a, rs, rule in _coded(nlp, text, "ASSAULT") for r in rs]
    assert (found == []) if expected is None else any(expected in r for r in found), found


# The tables below: (text, event, expected, absent). With ``expected``, a recipient of an event with an
# actor holds it; without, the event has no recipient at all (``absent`` None) or none holding ``absent``.

# A sanction, threat or protest "over" an act is aimed at the act's doer; a reason that is no one's
# act gives no recipient.
OVER_ACTS = [
    ("The European Union imposed new sanctions over Ostria's actions in Velka.", "SANCTION", "Ostria", None),
    ("The European Union says it could impose new sanctions over Ostria's conduct in Velka.", "THREATEN", "Ostria",
     None),
    ("The union went on strike over the government's pension reform.", "PROTEST", "government", None),
    ("Kestria recalled its ambassador over the rebel attacks on its embassy.", "SANCTION", "rebel", None),
    ("The union went on strike over the price of bread.", "PROTEST", None, None),
    ("The European Union imposed new sanctions over the summer.", "SANCTION", None, None),
]

# Groups named by what they do are recipients.
GROUPS_BY_DOING = [
    ("Police dispersed the marchers with tear gas.", "ASSAULT", "marchers", None),
    ("The United Nations suspended all contacts with the region's interim rulers.", "SANCTION", "rulers", None),
]

# A visit told by its noun is paid to whom its "to" phrase names, or to the owner of the seat it goes
# to; a visit to a seat of no one named gives none.
VISITS = [
    ("Prime Minister Jan Varo took part in a working visit to NATO headquarters.", "CONSULT", "NATO", None),
    ("Prime Minister Jan Varo began a working visit to the headquarters of the Velkan Workers Party.", "CONSULT",
     "Velkan Workers Party", None),
    ("Prime Minister Jan Varo ended a visit to the old headquarters.", "CONSULT", None, None),
]

# An attack told with its purpose is aimed at whom the purpose clause would defeat; a purpose that
# defeats no one gives no recipient.
PURPOSES = [
    ("Ostria launched air strikes in neighbouring countries to crush the rebels on Thursday.", "ASSAULT", "rebels",
     None),
    ("Ostrian jets carried out air strikes near Darna to punish the Velkan Liberation Front.", "ASSAULT",
     "Velkan Liberation Front", None),
    ("Kestrian forces began an offensive to drive the rebels out of Darna.", "ASSAULT", "rebels", None),
    ("The Ostrian army deployed troops to the border to protect the civilians.", "MOBILIZE", None, "civilians"),
    ("Kestrian forces launched air strikes to support the rebels.", "ASSAULT", None, "rebels"),
]

# An act "due to" or "because of" an act is aimed at its doer alike.
BECAUSE_OF_ACTS = [
    ("The Velkan militia quit peace talks in Darna due to the coalition's tactics.", "REJECT", "coalition", None),
    ("The Kestrian Labour Party boycotted the vote because of the Ostrian government's actions.", "PROTEST",
     "government", None),
]


@pytest.mark.parametrize("text,event,expected,absent", OVER_ACTS + GROUPS_BY_DOING + VISITS + PURPOSES + BECAUSE_OF_ACTS)
def test_recipient_of_the_act(nlp, text: str, event: str, expected: str | None, absent: str | None) -> None:  # type: ignore[no-untyped-def]
    coded = _coded(nlp, text, event)
    if expected is not None:
        found = [r for a, rs, rule in coded if a for r in rs]
        assert any(expected in r for r in found), found
        return
    found = [r for a, rs, rule in coded for r in rs]
    if absent is None:
        assert found == [], found
    else:
        assert not any(absent in r for r in found), found
