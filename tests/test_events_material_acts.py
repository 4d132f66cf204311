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


# Each row: (text, wanted, unwanted). ``wanted``: an event (type, actor, recipient: the names holding
# these; shorter tuples leave the rest open) the text must be coded with, or None; ``unwanted``: events
# it must not be coded with, each a type (by anyone) or a (type, actor) pair.

# An order whose complement is done to someone is the ordered act of the one who orders (not a REQUEST
# of his), also told with a light verb ("ordered the release of X"); an order to someone who acts
# himself stays a REQUEST.
ORDERS_DONE_TO_SOMEONE = [
    ("An Ostrian judge ordered that the activist Tom Vale be released by Friday.",
     ("RETREAT", "Ostrian", "Tom Vale"), [("REQUEST", "Ostrian")]),
    ("The judge ordered Tom Vale released on bail.", ("RETREAT", "judge", "Tom Vale"), [("REQUEST", "judge")]),
    ("Tom Vale was ordered released by a court in Ostria.", ("RETREAT", "court", "Tom Vale"), [("REQUEST", "court")]),
    ("Ann Vale was ordered held in custody by the court in Ostria.", ("COERCE", "court", "Ann Vale"),
     [("REQUEST", "court")]),
    ("The court in Arnor ordered that Tom Vale be deported to Kestria.", ("COERCE", "court", "Tom Vale"),
     [("REQUEST", "court")]),
    ("The Ostrian president ordered that opposition leader Tom Vale be arrested.",
     ("COERCE", "president", "Tom Vale"), [("REQUEST", "president")]),
    ("A court in Ostria ordered the release of the journalist Tom Vale.", ("RETREAT", "court", "Tom Vale"), []),
    ("The Ostrian president ordered the arrest of opposition leader Tom Vale.", ("COERCE", "president", "Tom Vale"),
     []),
    ("The court in Arnor ordered the deportation of the activist Ann Vale.", ("COERCE", "court", "Ann Vale"), []),
    ("Ann Vale ordered the Kestrian ambassador to apologise.", ("REQUEST",), ["RETREAT"]),
    ("The Ostrian president ordered the rebels to lay down their arms.", ("REQUEST",), ["RETREAT"]),
]

# An order to one's own forces is the move ordered; an order of force, or to others' forces, stays a
# REQUEST.
ORDERS_TO_FORCES = [
    ("The Ostrian president ordered troops to withdraw from Arnor.", ("RETREAT", "Ostrian president"),
     [("REQUEST", "Ostrian president")]),
    ("The Kestrian defence minister ordered army units to deploy along the border with Ostria.",
     ("MOBILIZE", "defence minister"), [("REQUEST", "defence minister")]),
    ("The Ostrian interior minister ordered police to patrol the streets of Arnor.",
     ("MOBILIZE", "interior minister"), [("REQUEST", "interior minister")]),
    ("The Ostrian president ordered the army to attack the rebel town of Arnor.", ("REQUEST",),
     ["ASSAULT", "RETREAT"]),
    ("The Ostrian president ordered the rebels to withdraw from Arnor.", ("REQUEST",), ["ASSAULT", "RETREAT"]),
    ("The council ordered Kestrian troops to withdraw from Arnor.", ("REQUEST",), ["RETREAT"]),
    ("The Ostrian president ordered rebel forces to withdraw from Arnor.", ("REQUEST",), ["RETREAT"]),
]

# A decision to take a measure is the measure; a decision to give help or to attack is still only
# announced (AGREE, THREATEN).
DECISIONS = [
    ("The Kestrian defence ministers decided to pull out their forces from Arnor.", ("RETREAT", "ministers"),
     ["CONCEDE", "THREATEN"]),
    ("The Ostrian government decided to expel the Kestrian ambassador.", ("SANCTION", "Ostrian"),
     ["CONCEDE", "THREATEN"]),
    ("The Ostrian interior ministry decided to lift the restrictions on flights into Arnor.",
     ("RETREAT", "interior ministry"), ["CONCEDE", "THREATEN"]),
    ("The Ostrian cabinet decided to impose sanctions on Kestria.", ("SANCTION", "Ostrian"), ["CONCEDE", "THREATEN"]),
    ("Ostria decided to send humanitarian aid to Kestria.", ("AGREE",), ["AID", "ASSAULT"]),
    ("The Ostrian army decided to attack the rebel town of Arnor.", ("THREATEN",), ["AID", "ASSAULT"]),
]

# Stopping one's own cooperative act is a SANCTION towards whom the act went; stopping anything else,
# or going on, is none.
STOPPED_COOPERATION = [
    ("Kestria stopped sending humanitarian aid to the rebel-held city of Arnor on Wednesday.",
     ("SANCTION", "Kestria", None), ["AID", "COOPERATE"]),
    ("Ostria stopped supplying weapons to the Kestrian army.", ("SANCTION", "Ostria", "Kestrian army"),
     ["AID", "COOPERATE"]),
    ("The Ostrian government has ceased providing loans to Kestria.", ("SANCTION", "Ostrian", "Kestria"),
     ["AID", "COOPERATE"]),
    ("The company stopped selling the device.", None, ["SANCTION"]),
    ("Tom Vale stopped sending letters to his friends.", None, ["SANCTION"]),
    ("Ostria continued sending humanitarian aid to Kestria.", None, ["SANCTION"]),
]

# Putting off a meeting is a refusal to meet (REJECT), not a meeting; putting off anything else is none.
PUT_OFF_MEETINGS = [
    ("Ostria has postponed its annual meeting with Kestria.", ("REJECT", "Ostria"), ["CONSULT"]),
    ("President Ann Vale of Ostria has postponed a diplomatic visit to Kestria.", ("REJECT", "Ann Vale"),
     ["CONSULT"]),
    ("The Ostrian foreign minister delayed his talks with Kestrian leaders.", ("REJECT", "Ostrian foreign minister"),
     ["CONSULT"]),
    ("The Ostrian government postponed the election until June.", None, ["REJECT"]),
    ("Ostria postponed the vote on the budget.", None, ["REJECT"]),
]

# A raid on premises by police, told by its verb or its noun, is COERCE, not an assault; a raid by an
# army or rebels stays ASSAULT.
RAIDS = [
    ("The radio station Radio Arnor was raided by police on Friday.", ("COERCE", "police"), ["ASSAULT"]),
    ("Ostrian police raided the offices of the opposition newspaper Arnor Herald.", ("COERCE", "police"),
     ["ASSAULT"]),
    ("Police stormed the home of opposition leader Tom Vale on Monday.", ("COERCE", "Police"), ["ASSAULT"]),
    ("Kestrian rebels raided the town of Arnor, killing six soldiers.", ("ASSAULT",), ["COERCE"]),
    ("Ostrian troops raided a rebel camp near Arnor.", ("ASSAULT",), ["COERCE"]),
    ("The Ostrian police carried out a raid on the offices of the Arnor Herald.", ("COERCE", "police"), ["ASSAULT"]),
    ("A police raid on the home of Tom Vale drew criticism from Kestria.", ("COERCE", "police"), ["ASSAULT"]),
    ("Kestrian rebels carried out a raid on the town of Arnor.", ("ASSAULT",), ["COERCE"]),
]

# "put X on alert" is MOBILIZE also past a participle of X; putting X on a thing is not.
ALERTS = [
    ("French authorities put a militia group operating near the capital on high alert.",
     ("MOBILIZE", "French authorities"), []),
    ("The Kestrian government placed troops stationed along the border on alert.",
     ("MOBILIZE", "Kestrian government"), []),
    ("The Kestrian firm put workers living near the plant on a bus.", None, ["MOBILIZE"]),
]

# A noun of promise with the act promised is typed as its verb frame is: CONCEDE for a concession,
# else AGREE.
PROMISE_NOUNS = [
    ("The Ostrian government made a commitment to ease restrictions on travel.", ("CONCEDE",), ["RETREAT"]),
    ("Ostria gave a firm pledge to withdraw its troops from Arnor.", ("CONCEDE",), ["RETREAT"]),
    ("Ostria made a commitment to share intelligence with Kestria.", ("AGREE",), ["RETREAT"]),
]

# Laying down arms is disarming (RETREAT); agreed or promised, a concession (CONCEDE); laying down
# anything else is neither.
LAYING_DOWN_ARMS = [
    ("The Kestrian rebels laid down their weapons on Monday.", ("RETREAT",), ["AGREE"]),
    ("Some of the armed men in the border region have agreed to lay down their arms.", ("CONCEDE",), ["AGREE"]),
    ("The rebel commander Tom Vale promised to lay down arms by June.", ("CONCEDE",), ["AGREE"]),
    ("The Ostrian president laid a wreath at the memorial.", None, ["RETREAT"]),
]

TABLES = {
    "order-done-to": ORDERS_DONE_TO_SOMEONE,
    "order-to-forces": ORDERS_TO_FORCES,
    "decision": DECISIONS,
    "stopped-cooperation": STOPPED_COOPERATION,
    "put-off-meeting": PUT_OFF_MEETINGS,
    "raid": RAIDS,
    "alert": ALERTS,
    "promise-noun": PROMISE_NOUNS,
    "laying-down-arms": LAYING_DOWN_ARMS,
}


@pytest.mark.parametrize("text, wanted, unwanted", [
    pytest.param(*row, id=f"{table}-{i}") for table, rows in TABLES.items() for i, row in enumerate(rows)
])
def test_events_material_act_typed(nlp, text: str, wanted: tuple | None, unwanted: list) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert wanted is None or events_with(events, *wanted), events
    for spec in unwanted:
        assert not events_with(events, *((spec,) if isinstance(spec, str) else spec)), events
