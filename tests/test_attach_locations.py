"""Event locations by rank: predicate, destination of motion, place acted on, the subject's
phrase, elsewhere in the sentence, the sentence's only place; and places that are actors."""

from __future__ import annotations

import pytest
from builders import locate_event

pytestmark = pytest.mark.model


def _locate(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    return locate_event(nlp, text, trigger, "CONSULT")


@pytest.mark.parametrize(("text", "trigger", "name", "country", "rule"), [
    ("Zambia extradited the suspect to Britain on Sunday.", "extradited", "United Kingdom", "GBR", "destination"),
    ("The envoys flew to Oslo for talks.", "talks", "Oslo", "NOR", "sentence"),
    ("Workers blocked the Europe Bridge for three hours.", "blocked", "Europe Bridge", None, "acted-on"),
    ("Opposition parties in Nepal organized a strike that shut down Kathmandu.", "organized", "Kathmandu", "NPL",
     "acted-on"),
    ("Troops lifted the siege of Sarajevo.", "lifted", "Sarajevo", "BIH", "acted-on"),
    ("Russian forces invaded Ukraine in February.", "invaded", "Ukraine", "UKR", "acted-on"),
    ("Palestinian police in Jericho confiscated weapons.", "confiscated", "Jericho", "PSE", "subject-phrase"),
    ("Rebels operating in Macedonia have been demobilized.", "demobilized", "North Macedonia", "MKD", "sentence"),
    ("Five hundred rebels surrendered last week in the eastern town in Soroti.", "surrendered", "Soroti", "UGA",
     "locative"),
    ("The opposition leader demanded elections after a court cleared him in Greece's biggest trial.", "demanded",
     "Greece", "GRC", "only-place"),
])
def test_attach_location_ranks(nlp, text, trigger, name, country, rule) -> None:  # type: ignore[no-untyped-def]
    loc = _locate(nlp, text, trigger)
    assert loc is not None
    assert (loc.name, loc.country, loc.provenance.rule) == (name, country, rule)
    assert loc.provenance.reason


@pytest.mark.parametrize(("text", "trigger"), [
    ("Moscow insisted no troops should be deployed.", "insisted"),  # a place as subject is an actor
    ("Trump criticised China over trade.", "criticised"),  # the object of a verb of saying is a target
    ("The minister held talks with Russia.", "talks"),  # a partner, not a place
    ("Macedonian police arrested two men.", "arrested"),  # a demonym is not a place
    ("Putin rejects the plan to put boots on the ground in Ukraine.", "rejects"),  # the plan's place
    ("The ministers said the aid was sent to Ukraine.", "said"),  # destination of another verb's motion
    ("France and Germany signed the accord.", "signed"),  # two places: no single-place fallback
    ("He was suspended for elbowing a Portland player.", "suspended"),  # a town as a name part
    ("The company will close its Detroit plant.", "close"),  # the plant, not the city, is closed
])
def test_attach_location_none(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _locate(nlp, text, trigger) is None


def test_attach_location_of_a_thing_in_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """A place that modifies the object of "in" ("in a Paris hotel") is where the event happened."""
    loc = _locate(nlp, "The envoys met in a Paris hotel on Monday.", "met")
    assert loc is not None and loc.name == "Paris"


def test_attach_location_not_a_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    """Class: a place is not where the event happened when its words are a mention of one of the
    event's own participants ("killed in a United States operation": the United States did it)."""
    from tidings.schema import Actor, Mention, Span
    text = "Tarik Bazan was killed in a United States counterterrorism operation."
    start = text.index("United States")
    us = Actor(id="a1", name="United States", kind="country", country="USA",
               mentions=(Mention(Span(start, start + 13, "United States"), "name"),))
    assert locate_event(nlp, text, "killed", "ASSAULT", actors=(us,)) is None
    loc = locate_event(nlp, text.replace("operation.", "operation in Abbottabad."), "killed", "ASSAULT", actors=(us,))
    assert loc is not None and loc.name == "Abbottabad"
    # without the United States as a party, the sentence's place stands
    assert locate_event(nlp, text, "killed", "ASSAULT") is not None


def test_attach_location_prefers_predicate_over_subject_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    loc = _locate(nlp, "Exiles in London protested in Paris on Monday.", "protested")
    assert loc is not None and (loc.name, loc.provenance.rule) == ("Paris", "locative")


def test_attach_location_place_not_its_qualifier(nlp) -> None:  # type: ignore[no-untyped-def]
    loc = _locate(nlp, "Officials in Mumbai, India, demolished 6,000 shanties.", "demolished")
    assert loc is not None and loc.name == "Mumbai"
