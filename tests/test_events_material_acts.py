"""Failure class found on both benchmarks (dev-work, "another type here": the event is found at the
right place with the wrong type). The type of a material or institutional act told through another
verb (docs/annotation.md, sections 4.2 and 7):

* an order whose complement is done *to* someone ("ordered that X be released", "ordered X
  released", "X was ordered held in custody by the court") is the ordered act of the one who
  orders: a court ordering a release releases (RETREAT), ordering custody arrests (COERCE); an
  order to someone who acts himself ("ordered the envoy to apologise") stays a REQUEST;
* a decision or vote to take a measure ("decided to pull out its forces", "decided to expel the
  envoy", "decided to lift the restrictions") is the measure, as a vote to take it is; a decision
  to give help or to attack is still only announced (AGREE, THREATEN);
* stopping one's own cooperative act ("stopped sending aid to X", "ceased supplying weapons to
  X") reduces relations: SANCTION (discontinue) towards whom the act went;
* putting off a meeting ("postponed its annual meeting with X", "delayed a visit to X") is a
  refusal to meet: REJECT (meet);
* a raid on premises by police ("raided by police", "a police raid on X") is COERCE (seize), not
  an assault; a raid by an army or rebels stays ASSAULT;
* "put X on alert" is MOBILIZE also when the parser hangs "on alert" on a participle of X ("put
  a group operating near Y on high alert");
* a noun of promise with the act promised ("made a commitment to ease restrictions", "gave a
  pledge to withdraw") is typed as its verb frame is: CONCEDE for a concession, else AGREE;
* laying down arms is disarming (RETREAT, disarm); agreed or promised, a concession (CONCEDE).
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("An Ostrian judge ordered that the activist Tom Vale be released by Friday.", "RETREAT", "Ostrian", "Tom Vale"),
    ("The judge ordered Tom Vale released on bail.", "RETREAT", "judge", "Tom Vale"),
    ("Tom Vale was ordered released by a court in Ostria.", "RETREAT", "court", "Tom Vale"),
    ("Ann Vale was ordered held in custody by the court in Ostria.", "COERCE", "court", "Ann Vale"),
    ("The court in Arnor ordered that Tom Vale be deported to Kestria.", "COERCE", "court", "Tom Vale"),
    ("The Ostrian president ordered that opposition leader Tom Vale be arrested.", "COERCE", "president",
     "Tom Vale"),
])
def test_events_order_done_to_someone_is_the_ordered_act(nlp, text: str, event: str, actor: str,
                                                          recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "REQUEST", actor), events


@pytest.mark.parametrize("text", [
    "Ann Vale ordered the Kestrian ambassador to apologise.",
    "The Ostrian president ordered the rebels to lay down their arms.",
])
def test_events_order_to_someone_acting_stays_a_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "REQUEST" in types and "RETREAT" not in types, types


@pytest.mark.parametrize("text, event, actor", [
    ("The Kestrian defence ministers decided to pull out their forces from Arnor.", "RETREAT", "ministers"),
    ("The Ostrian government decided to expel the Kestrian ambassador.", "SANCTION", "Ostrian"),
    ("The Ostrian interior ministry decided to lift the restrictions on flights into Arnor.", "RETREAT",
     "interior ministry"),
    ("The Ostrian cabinet decided to impose sanctions on Kestria.", "SANCTION", "Ostrian"),
])
def test_events_decided_measure_is_the_measure(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not [e for e in events if e[0] in ("CONCEDE", "THREATEN")], events


@pytest.mark.parametrize("text, event", [
    ("Ostria decided to send humanitarian aid to Kestria.", "AGREE"),
    ("The Ostrian army decided to attack the rebel town of Arnor.", "THREATEN"),
])
def test_events_decided_help_or_attack_is_announced(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert event in types and "AID" not in types and "ASSAULT" not in types, types


@pytest.mark.parametrize("text, actor, recipient", [
    ("Kestria stopped sending humanitarian aid to the rebel-held city of Arnor on Wednesday.", "Kestria", None),
    ("Ostria stopped supplying weapons to the Kestrian army.", "Ostria", "Kestrian army"),
    ("The Ostrian government has ceased providing loans to Kestria.", "Ostrian", "Kestria"),
])
def test_events_stopped_cooperation_is_sanction(nlp, text: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "SANCTION", actor, recipient), events
    assert not [e for e in events if e[0] in ("AID", "COOPERATE")], events


@pytest.mark.parametrize("text", [
    "The company stopped selling the device.",
    "Tom Vale stopped sending letters to his friends.",
    "Ostria continued sending humanitarian aid to Kestria.",
])
def test_events_no_cooperation_stopped_no_sanction(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "SANCTION" not in types, types


@pytest.mark.parametrize("text, actor", [
    ("Ostria has postponed its annual meeting with Kestria.", "Ostria"),
    ("President Ann Vale of Ostria has postponed a diplomatic visit to Kestria.", "Ann Vale"),
    ("The Ostrian foreign minister delayed his talks with Kestrian leaders.", "Ostrian foreign minister"),
])
def test_events_put_off_meeting_is_rejected_meeting(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "REJECT", actor), events
    assert not [e for e in events if e[0] == "CONSULT"], events


@pytest.mark.parametrize("text", [
    "The Ostrian government postponed the election until June.",
    "Ostria postponed the vote on the budget.",
])
def test_events_put_off_non_meeting_no_rejection(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "REJECT" not in types, types


@pytest.mark.parametrize("text, actor", [
    ("The radio station Radio Arnor was raided by police on Friday.", "police"),
    ("Ostrian police raided the offices of the opposition newspaper Arnor Herald.", "police"),
    ("Police stormed the home of opposition leader Tom Vale on Monday.", "Police"),
])
def test_events_police_raid_is_coercion(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "COERCE", actor), events
    assert not [e for e in events if e[0] == "ASSAULT"], events


@pytest.mark.parametrize("text", [
    "Kestrian rebels raided the town of Arnor, killing six soldiers.",
    "Ostrian troops raided a rebel camp near Arnor.",
])
def test_events_armed_raid_stays_assault(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "ASSAULT" in types and "COERCE" not in types, types


@pytest.mark.parametrize("text, actor", [
    ("The Ostrian police carried out a raid on the offices of the Arnor Herald.", "police"),
    ("A police raid on the home of Tom Vale drew criticism from Kestria.", "police"),
])
def test_events_police_raid_noun_is_coercion(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "COERCE", actor), events
    assert not [e for e in events if e[0] == "ASSAULT"], events


def test_events_rebel_raid_noun_stays_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, "Kestrian rebels carried out a raid on the town of Arnor.")]
    assert "ASSAULT" in types and "COERCE" not in types, types


@pytest.mark.parametrize("text, actor", [
    ("French authorities put a militia group operating near the capital on high alert.", "French authorities"),
    ("The Kestrian government placed troops stationed along the border on alert.", "Kestrian government"),
])
def test_events_put_on_alert_past_a_participle(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "MOBILIZE", actor), events


@pytest.mark.parametrize("text, event", [
    ("The Ostrian government made a commitment to ease restrictions on travel.", "CONCEDE"),
    ("Ostria gave a firm pledge to withdraw its troops from Arnor.", "CONCEDE"),
    ("Ostria made a commitment to share intelligence with Kestria.", "AGREE"),
])
def test_events_promise_noun_typed_by_its_act(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert event in types and "RETREAT" not in types, types


def test_events_put_on_a_thing_no_alert(nlp) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, "The Kestrian firm put workers living near the plant on a bus.")]
    assert "MOBILIZE" not in types, types


@pytest.mark.parametrize("text, event, actor", [
    ("The Ostrian president ordered troops to withdraw from Arnor.", "RETREAT", "Ostrian president"),
    ("The Kestrian defence minister ordered army units to deploy along the border with Ostria.", "MOBILIZE",
     "defence minister"),
    ("The Ostrian interior minister ordered police to patrol the streets of Arnor.", "MOBILIZE", "interior minister"),
])
def test_events_order_to_own_forces_is_the_move(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    assert not events_with(events, "REQUEST", actor), events


@pytest.mark.parametrize("text", [
    "The Ostrian president ordered the army to attack the rebel town of Arnor.",
    "The Ostrian president ordered the rebels to withdraw from Arnor.",
])
def test_events_order_of_force_or_to_others_stays_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "REQUEST" in types and "ASSAULT" not in types and "RETREAT" not in types, types


@pytest.mark.parametrize("text", [
    "The council ordered Kestrian troops to withdraw from Arnor.",
    "The Ostrian president ordered rebel forces to withdraw from Arnor.",
])
def test_events_order_to_anothers_forces_stays_request(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert "REQUEST" in types and "RETREAT" not in types, types


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("A court in Ostria ordered the release of the journalist Tom Vale.", "RETREAT", "court", "Tom Vale"),
    ("The Ostrian president ordered the arrest of opposition leader Tom Vale.", "COERCE", "president", "Tom Vale"),
    ("The court in Arnor ordered the deportation of the activist Ann Vale.", "COERCE", "court", "Ann Vale"),
])
def test_events_light_verb_act_done_to_its_of_phrase(nlp, text: str, event: str, actor: str,
                                                      recipient: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("The Kestrian rebels laid down their weapons on Monday.", "RETREAT"),
    ("Some of the armed men in the border region have agreed to lay down their arms.", "CONCEDE"),
    ("The rebel commander Tom Vale promised to lay down arms by June.", "CONCEDE"),
])
def test_events_laying_down_arms_is_disarming(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, text)]
    assert event in types and "AGREE" not in types, types


def test_events_laying_a_wreath_no_disarming(nlp) -> None:  # type: ignore[no-untyped-def]
    types = [e[0] for e in coded_article_events(nlp, "The Ostrian president laid a wreath at the memorial.")]
    assert "RETREAT" not in types, types
