"""Failure classes of generic verbs found on the real-news benchmark's dev split, as tables of
sentences written for these tests (positive and negative cases), written before the fix:

- a verb of giving (give, provide, offer, send, deliver, supply, grant, allocate) gives no aid when
  what it gives is words or a service to no one ("gave an account", "provided a prayer", "gave a
  speech");
- receiving or allowing is an event only when done to someone ("received 400 votes" is none);
  releasing sets no one free when what is released is a work or a product ("released a
  statement", "released over 70 policy plans");
- joining a body or a race is no meeting;
- recalling is a withdrawal only of someone (an envoy, troops); recalling a memory ("the actress
  recalled her season with the show", "she recalled going to conventions") is no event (session 8);
- harm with a blameless cause (an accident, a virus, a crash) is no attack; harm done by an attack,
  a blast, a weapon or people the knowledge base does not know ("prison guards") still is.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event", [
    ("Ostria gave Kestria $50 million in military aid on Monday.", "AID"),
    ("The government provided food and medicine to the refugees.", "AID"),
    ("Kestria sent weapons and ammunition to the rebels.", "AID"),
    ("The European Union delivered humanitarian assistance to Gaza.", "AID"),
    ("The council granted asylum to the dissident.", "AID"),
    ("Ostria's army released 50 prisoners on Friday.", "RETREAT"),
    ("The rebels freed two kidnapped journalists.", "RETREAT"),
    ("President Ali Bakr received the Kestrian foreign minister in the capital.", "CONSULT"),
    ("President Ali Bakr hosted the Kestrian foreign minister in the capital.", "CONSULT"),
    ("The gunmen killed four soldiers at the checkpoint.", "ASSAULT"),
    ("The blast killed 20 people at the market.", "ASSAULT"),
    ("The inmate was tortured to death by prison guards in November.", "ASSAULT"),
    ("The government has released another 40 opposition politicians and activists.", "RETREAT"),
    ("The detained American vessels were released by the Revolutionary Guards.", "RETREAT"),
    ("The United States military gave 625 new firearms to the Philippine Marines.", "AID"),
    ("Kenya recalled its ambassador to Uganda on Monday.", "SANCTION"),
    ("Uganda recalled its envoys from Nairobi after the border clash.", "SANCTION"),
])
def test_events_generic_verb_with_a_fitting_object(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event in coded_types(nlp, text), coded_article_events(nlp, text)


@pytest.mark.parametrize("text, event", [
    ("Senator Ali Bakr gave a different account of events on Twitter.", "AID"),
    ("Elder Nelson White provided a prayer at the ceremony.", "AID"),
    ("The airline already offers flights to New York and Boston.", "AID"),
    ("The Queen is scheduled to give a speech on Monday.", "AID"),
    ("Senator Ali Bakr received 400 votes for the nomination.", "CONSULT"),
    ("Ali Bakr previously hosted a show on state radio.", "CONSULT"),
    ("Governor Ali Bakr received medical treatment in New Zealand.", "CONSULT"),
    ("The army released a statement on Friday.", "RETREAT"),
    ("Senator Jane Roe had released over 70 policy plans.", "RETREAT"),
    ("Senator Jane Roe joined the presidential race in May.", "CONSULT"),
    ("Bakr joined the House Judiciary Committee in 1995.", "CONSULT"),
    ("The accident in Salaheddin district killed eleven people.", "ASSAULT"),
    ("The virus had killed at least 813 people in the province.", "ASSAULT"),
    ("Senator Jane Roe recalled her years in the Kenyan parliament.", "SANCTION"),
    ("Senator Jane Roe recalled going to rallies with her father.", "SANCTION"),
])
def test_events_generic_verb_without_a_fitting_object(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    assert event not in coded_types(nlp, text), coded_article_events(nlp, text)
