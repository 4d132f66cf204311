"""Event coding on sentences about fictional actors (Arnor, Gondor, Rohan, Mordor)."""

from __future__ import annotations

import pytest
from builders import code_events

from tidings.schema import Actor, Mention, Quote, Span

pytestmark = pytest.mark.model


def _code(nlp, text: str, actors=(), quotes=()):  # type: ignore[no-untyped-def]
    return code_events(nlp, text, actors, quotes)


def _names(result, ids):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in result.actors}
    return [by_id[i].name for i in ids]


TYPE_TABLE = [
    ("Arnor agreed to share intelligence with Gondor.", "AGREE"),
    ("The Arnorian foreign minister visited Gondor on Monday.", "CONSULT"),
    ("Arnor praised Gondor for its reforms.", "SUPPORT"),
    ("The Gondorian government eased restrictions on the opposition press.", "CONCEDE"),
    ("Arnor extradited a Gondorian suspect to Gondor.", "COOPERATE"),
    ("Arnor donated medical supplies to Gondor.", "AID"),
    ("Arnorian troops withdrew from the Gondorian border town.", "RETREAT"),
    ("Arnor demanded that Gondor release the prisoners.", "REQUEST"),
    ("Arnor accused Gondor of violating the truce.", "ACCUSE"),
    ("Arnor rejected the Gondorian proposal.", "REJECT"),
    ("Arnor threatened to break off relations with Gondor.", "THREATEN"),
    ("Thousands of Gondorian students demonstrated in the capital.", "PROTEST"),
    ("Arnor expelled two Gondorian diplomats.", "SANCTION"),
    ("Arnor mobilized its army reservists against Gondor.", "MOBILIZE"),
    ("Gondorian police arrested fifty Arnorian activists.", "COERCE"),
    ("Arnorian soldiers attacked a Gondorian village.", "ASSAULT"),
]


@pytest.mark.parametrize("text,event", TYPE_TABLE)
def test_events_each_type(nlp, text: str, event: str) -> None:
    result = _code(nlp, text)
    assert event in {e.event for e in result.events}, [e.event for e in result.events]


@pytest.mark.parametrize("text", [
    "Arnor said the weather was fine on Monday.",
    "The Gondorian minister told reporters that the economy was growing.",
    "Arnor urged the delegates.",  # an appeal with an addressee and no act asked for is a statement
    "Can Arnor provide any help to Gondor?",
])
def test_events_none(nlp, text: str) -> None:
    assert _code(nlp, text).events == ()


CASES = [
    # (text, event, rule prefix, actor contains, recipient contains)
    ("A Gondorian camp was attacked by Arnorian militiamen.", "ASSAULT", "verb:attack", "Arnorian", "Gondorian"),
    ("Arnor poured cold water on the Gondorian plan.", "REJECT", "idiom:pour_water", "Arnor", "Gondorian"),
    ("Arnor held talks with Gondor in the capital.", "CONSULT", "light:hold_talk", "Arnor", "Gondor"),
    ("Arnor launched air strikes on Gondor.", "ASSAULT", "light:launch_strike", "Arnor", "Gondor"),
    ("Arnor turned down the Gondorian request.", "REJECT", "phrasal:turn_down", "Arnor", "Gondorian"),
    ("Arnor's meeting with Gondor ended without a deal.", "CONSULT", "nominal:meeting", "Arnor", "Gondor"),
    ("Gondor refused to release the Arnorian prisoners.", "REJECT", "frame:refuse", "Gondor", "Arnorian"),
]


@pytest.mark.parametrize("text,event,rule,actor,recipient", CASES)
def test_events_constructions(nlp, text: str, event: str, rule: str, actor: str, recipient: str) -> None:
    result = _code(nlp, text)
    ev = next(e for e in result.events if e.event == event)
    assert ev.rule.startswith(rule)
    assert any(actor in n for n in _names(result, ev.actor))
    assert any(recipient in n for n in _names(result, ev.recipient))
    assert ev.cameo and ev.trigger is not None and 0 < ev.confidence <= 1


AUX = [
    ("Arnor did not attack Gondor.", "ASSAULT", "negation", True),
    ("Arnor attacked Gondor.", "ASSAULT", "negation", False),
    ("Arnor pledged to send troops to Gondor if a ceasefire is reached.", "AGREE", "hypothetical", True),
    ("Arnor will meet Gondor next week.", "AGREE", "future", True),  # CAMEO 036: intent to meet
    ("Arnor will not release the Gondorian prisoners.", "REJECT", "negation", False),  # a refusal
    ("Arnor promised to provide aid to Gondor.", "AGREE", "future", True),  # a plan is no pledge (session 51)
    ("Arnor met Gondor last month.", "CONSULT", "historical", True),
    ("Arnor met Gondor on Friday.", "CONSULT", "historical", False),
]


@pytest.mark.parametrize("text,event,flag,present", AUX)
def test_events_aux(nlp, text: str, event: str, flag: str, present: bool) -> None:
    ev = next(e for e in _code(nlp, text).events if e.event == event)
    assert (flag in ev.aux) is present, ev.aux


def test_events_future_attack_is_threat(nlp) -> None:
    evs = _code(nlp, "Arnor will attack Gondor unless it withdraws.").events
    assert evs[0].event == "THREATEN" and "hypothetical" in evs[0].aux


def test_events_coordination_gives_two_actors(nlp) -> None:
    result = _code(nlp, "Arnor and Gondor signed a treaty of friendship.")
    ev = next(e for e in result.events if e.event == "SUPPORT")
    assert len(ev.actor) == 2


def test_events_host_is_recipient_of_visit(nlp) -> None:
    result = _code(nlp, "The Arnorian king hosted the Gondorian president in the capital.")
    ev = next(e for e in result.events if e.event == "CONSULT")
    assert any("Gondorian" in n for n in _names(result, ev.actor))
    assert any("Arnorian" in n for n in _names(result, ev.recipient))


def test_events_use_actors_of_the_actors_stage(nlp) -> None:
    text = "Arnor rejected the plan."
    arnor = Actor("a1", "Arnor", "country", country="ARN", mentions=(Mention(Span(0, 5, "Arnor")),))
    result = _code(nlp, text, actors=[arnor])
    assert result.events[0].actor == ("a1",)
    assert [a.id for a in result.actors] == ["a1"]


def test_events_quote_speaker_is_actor(nlp) -> None:
    text = 'Elendil said: "We will attack the fortress."'
    start = text.index("We")
    elendil = Actor("a1", "Elendil", "person", country="ARN", mentions=(Mention(Span(0, 7, "Elendil")),))
    quote = Quote("q1", "We will attack the fortress.", "direct", Span(start, start + 28, text[start:start + 28]),
                  speaker="a1")
    ev = _code(nlp, text, actors=[elendil], quotes=[quote]).events[0]
    assert ev.quote == "q1" and ev.actor[0] == "a1" and ev.event == "THREATEN"


def test_events_same_action_merged_across_paragraphs(nlp) -> None:
    text = "Arnor rejects Gondorian plan\nArnor has rejected the Gondorian plan for the valley."
    evs = _code(nlp, text).events
    rejects = [e for e in evs if e.event == "REJECT"]
    assert len(rejects) == 1 and len(rejects[0].mentions) == 1


CONSTRUCTION_TYPES = [
    # (text, expected type, type that must not be coded)
    ("Arnor signed a trade agreement with Gondor.", "AGREE", "SUPPORT"),  # session 50: a signed pact is AGREE
    ("Arnor signed the treaty with Gondor.", "SUPPORT", "AGREE"),
    ("Arnor welcomed the Gondorian decision to hold elections.", "SUPPORT", "CONSULT"),
    ("Arnor welcomed the Gondorian president in the capital.", "CONSULT", "SUPPORT"),
    ("Arnor withdrew its peacekeepers from Gondor.", "SANCTION", "RETREAT"),
    ("Arnor withdrew its troops from Gondor.", "RETREAT", "SANCTION"),
    ("Arnorian militants attempted to assassinate the Gondorian king.", "ASSAULT", "THREATEN"),
    ("Arnorian militants will try to assassinate the Gondorian king.", "THREATEN", "ASSAULT"),
    ("Arnor would not meet the demands of the Gondorian kidnappers.", "REJECT", "REQUEST"),
    ("Arnor met the demands of the Gondorian kidnappers.", "CONCEDE", "REJECT"),
    ("The armies of Arnor and Gondor held joint war games in the north.", "COOPERATE", "MOBILIZE"),
    ("Arnor held war games near the Gondorian border.", "MOBILIZE", "COOPERATE"),
    ("Arnorian peacekeepers arrived in Gondor on Thursday.", "AID", "CONSULT"),
    ("Arnor returned the stolen paintings to Gondor.", "RETREAT", "AID"),
    ("Arnorian militias used Gondorian villagers as human shields.", "ASSAULT", "COERCE"),
    ("Arnor launched cyber warfare against Gondor.", "COERCE", "ASSAULT"),
    ("Arnorian rebels violated the ceasefire with Gondor.", "ASSAULT", "RETREAT"),
    ("An Arnorian court convicted twelve Gondorian smugglers.", "SANCTION", "ASSAULT"),
    ("Arnor gave Gondor three days to surrender the fortress.", "RETREAT", "AID"),
    ("The Arnorian king launched a mediation effort between Gondor and Rohan.", "CONSULT", None),
    ("Arnor ended the talks with Gondor on Friday.", "SANCTION", "CONSULT"),
    ("Arnor held talks with Gondor on Friday.", "CONSULT", "SANCTION"),
    ("Arnorian troops take part in peacekeeping operations in Gondor.", "AID", None),
    ("Arnorian diplomats participated in the negotiations with Gondor.", "CONSULT", None),
    ("The Arnorian government's assistance package reached Gondor.", "AID", None),
]


@pytest.mark.parametrize("text", [
    "The Arnorian ministry declined to comment on the Gondorian report.",
    "Arnorian officials said they agree with the recommendation.",
    "The Arnorian envoy returned to the capital on Monday.",  # no object: a journey, not a handover
    "Arnorian doctors fought the epidemic in Gondor.",
])
def test_events_statements_are_not_events(nlp, text: str) -> None:
    assert _code(nlp, text).events == ()


@pytest.mark.parametrize("text,event", [
    ("Gondor refused to respond to the Arnorian demand.", "REJECT"),
    ("Arnor agreed with Gondor on a new border crossing.", "AGREE"),
])
def test_events_refusals_and_agreements_kept(nlp, text: str, event: str) -> None:
    assert event in {e.event for e in _code(nlp, text).events}


@pytest.mark.parametrize("text,event,absent", CONSTRUCTION_TYPES)
def test_events_construction_types(nlp, text: str, event: str, absent: str | None) -> None:
    coded = {e.event for e in _code(nlp, text).events if "negation" not in e.aux}
    assert event in coded and (absent is None or absent not in coded), coded


@pytest.mark.parametrize("text,cameo,quad", [
    ("Arnor expelled two Gondorian diplomats.", "164", 3),
    ("Arnor imposed sanctions on Gondor.", "166", 3),
    ("Arnor cut off aid to Gondor.", "162", 3),
    ("Arnorian soldiers attacked a Gondorian village.", "190", 4),  # soldiers: conventional force
    ("Arnor donated medical supplies to Gondor.", "073", 2),
])
def test_events_quad_follows_cameo(nlp, text: str, cameo: str, quad: int) -> None:
    from tidings.ontology import cameo_intensity

    ev = _code(nlp, text).events[0]
    assert (ev.cameo, ev.quad) == (cameo, quad)
    assert ev.intensity == cameo_intensity(cameo)


@pytest.mark.parametrize("text, count", [
    # two people of one country criticising are two acts (the class: merged by shared country)
    ("Senator Dara Quell criticised the Arnorian budget.\nSenator Pell Varo also criticised the Arnorian budget.", 2),
    ("Arnor condemned the Gondorian raid.\nGondor's neighbour Rhun condemned the Gondorian raid too.", 2),
])
def test_events_one_event_per_doer(nlp, text: str, count: int) -> None:  # type: ignore[no-untyped-def]
    accusations = [e for e in _code(nlp, text).events if e.event == "ACCUSE"]
    assert len(accusations) == count


def test_events_same_doer_same_act_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Dara Quell criticised the Arnorian budget.\nQuell criticised the Arnorian budget again on Friday."
    second = text.rindex("Quell criticised")
    quell = Actor("a1", "Dara Quell", "person", country="ARN", sector="LEG",
                  mentions=(Mention(Span(0, 18, text[0:18])), Mention(Span(second, second + 5, "Quell"))))
    accusations = [e for e in _code(nlp, text, actors=[quell]).events if e.event == "ACCUSE"]
    assert len(accusations) == 1 and accusations[0].actor == ("a1",) and accusations[0].mentions


@pytest.mark.parametrize("text", [
    "Arnor and Gondor talks\nMINAS TIRITH, Gondor – King Elessar of Gondor met with the Arnorian envoy on Monday.",
    "Border talks\nANNUMINAS (Arnor Wire) – The Arnorian envoy met King Elessar on Monday.",
])
def test_events_dateline_is_no_participant(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = _code(nlp, text)
    names = {a.id: a.name for a in result.actors}
    consult = [e for e in result.events if e.event == "CONSULT"]
    assert consult
    assert not any(names[i].isupper() for e in consult for i in e.actor + e.recipient)
