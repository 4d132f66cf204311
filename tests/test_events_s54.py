"""Event classes of issue 11 (session 54), written for these tests (invented names), each seen
failing before its fix.

1. *A feeling told by an adjective after "be" is felt as one told by a participle.* "Kestria is
   deeply concerned about the arrest of the journalists by Ostrian police" and "Kestria's
   government was concerned about Ostria's silence after the killing" had no ACCUSE, where "was
   worried by Ostria's troop build-up" had one: the parser reads "concerned" (and at times
   "alarmed", "disappointed") as an adjective complement of "be", and a feeling of displeasure was
   read only from a participle heading its clause or from the complement of a verb of feeling the
   parser tagged a verb (:func:`.events.concern.felt_displeasure`); "be" is an auxiliary to it. The
   adjective after "be" (or "seem", "remain", ...) is the same feeling, held by the subject of
   "be". Concern *for* someone ("concerned for the safety of the sailors"), about what no one did
   ("concerned about the weather") or denied ("is not concerned about X's plans") accuses no one.
2. *An act judged is its doer's, also when the parser hangs the doer on the act's target.* "The
   president condemned the attack on the embassy by Ostrian militants" had an ACCUSE of no one
   (and "was outraged at" it, once class 1 read the feeling): the parser hangs "by Ostrian
   militants" on "embassy", and the doers of a judged act were read from the act noun's own
   phrases only, where the nominal pass had long read such a "by" as the act's
   (:func:`.events.act_owners.by_phrase_of`, session 22). The judged act's doers are read the same
   way (:func:`.events.coding._judged_doers`); a "by" on a target that is an act of its own ("the
   condemnation of the attack by militants") or a place ("the attack on the embassy by the river")
   names no doer of the act judged; a feeling's or a concern's thing is read the same way
   (:func:`.events.concern.felt_displeasure`). Someone's safety or security beside the act judged is
   no act of theirs ("worried about the actions of Ostria, and also the security of its
   diplomats": Ostria's; "security" is a word of wellbeing, word class
   ``events.coding.concern.wellbeing``).
3. *Holding someone responsible is blaming them.* "The Kestrian government held the rebels
   responsible for the attack" and "... held the rebels to account for the attack" had no ACCUSE
   (only a gated nominal attack of no one): "hold" with "responsible" or "accountable" for a
   predicate, or "to account", was in no pattern of the lexicon, which had "hold ... in contempt"
   and "hold firm". They are idioms of blame now (``data/event_lexicon.csv``: ACCUSE, allege); the
   one held is the recipient. A passive with no one holding ("those responsible will be held
   accountable") is a warning of no one, and "held talks" or "held the town" blame no one.
4. *A plea of guilty admits the charge.* "Former minister Ivo Marsh pleaded guilty to fraud" had no
   event: a plea of not guilty was read as a denial (REJECT) and one of guilty left uncoded, where
   the guide's coders code an admission of a wrong of one's own a concession
   (:mod:`.events.admissions`), and the benchmark's coded the guilty pleas they met CONCEDE. A plea
   of guilty is the pleader's CONCEDE (legal) now (:func:`.events.constructions.plea`); "not
   guilty" stays a denial, and pleading with someone is an appeal, no plea.
5. *An appeal names whom it asks, and what it asks for is not done.* "The families pleaded with the
   Kestrian government to resume the search" had no REQUEST: an appeal's addressee was read from
   "on", "upon", "to" and "before" only; verbs of pleading name it with "with" (word class
   ``events.coding.appeals.with_addressee``). "Kestria made an appeal to Ostria to reopen the border"
   had no REQUEST (the lexicon had the noun "plea" and "request", not "appeal", which names a
   court's appeal and a thing's attraction as often) and, as with "made a plea to Ostria to reopen
   the border", a CONCEDE of Kestria for the reopening it asked for. Making, issuing or launching an
   appeal is a REQUEST (lexicon idioms), and the infinitive of a request made by a light verb ("a
   plea to X to reopen", word class ``events.coding.detect.asking_nouns``) is what is asked, no act
   of the asker (:func:`.events.detect._verb_candidate`). "The party's broad appeal among voters"
   asks no one.
6. *Time given to stop, end, resign or come back is an ultimatum.* "The regime has given the striking
   workers 24 hours to return to work" was an AID of the regime to the workers: time given to do a
   demanded act was an ultimatum (THREATEN, :mod:`.events.deadlines`) only for leaving,
   surrendering, disarming, releasing and the like. Returning, resigning, stopping, ending and
   handing over are demanded acts too (word class ``events.coding.deadlines.demanded_acts``);
   time given for an act of one's own choosing ("gave the company two years to repay the loan")
   stays no threat.
7. *Giving is aid only when what is given helps.* "The law gives the president sweeping powers",
   "the court gave employers the right to lay off staff", "police had given the protesters a permit",
   "her words gave people hope", "the crash sent the market tumbling" were AID: a verb of giving
   (word class ``events.coding.detect.giving_verbs``) gave no aid only when what it gave was on a
   list of things that are no help (words, time, envoys), and on dev-work one AID in eight was
   right. What a verb of giving gives is aid when it helps: a thing of aid (word class
   ``events.coding.detect.aid_things``: money, loans, food, medicine, arms, shelter, protection
   ...), a sum of money, or people (doctors, troops, as before); given nothing named, as before.
   "Gave Ostria $2 billion", "provided the company with a financial assistance package", "sent
   food and medicine", "gave the refugees shelter" stay AID (:func:`.events.transfers.gives_help`),
   and an offer of what is no aid ("offered its full cooperation to Ostria") stays an offer (AGREE).
8. *Setting something up, and a stock exchange, are no cooperation.* "The site operators have set up a
   legal defense fund", "police set up checkpoints", "a protest camp set up to defend ..." were
   COOPERATE, by a lexicon row that made the phrasal verb "set up" cooperation (on dev-work ten
   false events, none right: cooperation is told by who sets up with whom, which the "working with
   X to set up" around it says). "Russia's exchanges will re-open", "the RTS exchange fell" and "U.S.
   and Chinese stock exchanges" were COOPERATE by the noun "exchange": an exchange is an act when it
   says what is exchanged or between whom ("a prisoner exchange", "an exchange of views"); a market
   (a name or a word of markets before it, word class ``events.coding.nominals.market_words``, or
   a plural naming nothing exchanged) is none (:func:`.events.nominals.find_nominals`).
9. *A complaint lodged with a forum against someone accuses them, not the forum.* "Lebanon filed a
   complaint with the UN Security Council against Israel" and "lodged a complaint with the UN
   against Israel" were accusations of the UN: the parser hangs "against Israel" on the forum
   ("Council"), and a light verb's "with" phrase named the one its act is aimed at, as in "lodged
   a protest with Tokyo" (Tokyo is accused). Where an "against" phrase names someone, on the verb,
   its noun or the "with" phrase's object, that is whom the act is aimed at, and the "with"
   phrase names where it is lodged (:func:`.events.detect._verb_candidate`); with no "against",
   "with" still names the accused.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, holder, doer", [
    ("Kestria is deeply concerned about the arrest of the journalists by Ostrian police.", "Kestria", "Ostrian police"),
    ("Kestria's government was concerned about Ostria's silence after the killing of the guard.", "Kestria", "Ostria"),
    ("The Kestrian foreign ministry said it was alarmed by Ostria's decision to close the border.", "Kestria", "Ostria"),
    ("Kestria's president was disappointed with Ostria's refusal to reopen the border.", "Kestria", "Ostria"),
])
def test_a_feeling_told_by_an_adjective_after_be_accuses(code_text, text: str, holder: str,  # type: ignore[no-untyped-def]
                                                         doer: str) -> None:
    result = code_text(text)
    found = [e for e in _live(result, "ACCUSE")
             if any(holder in n for n in _names(result, e.actor)) and any(doer in n for n in _names(result, e.recipient))]
    assert found, (result.events, result.actors)


@pytest.mark.parametrize("text", [
    "Kestria is deeply concerned for the safety of the sailors held in Ostria.",
    "Kestria is deeply concerned about the weather in the north.",
    "Kestria is not concerned about Ostria's plans to hold a vote.",
    "Kestria is concerned that the storm may hit the coast.",
])
def test_a_feeling_at_no_one_accuses_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ACCUSE"), result.events


@pytest.mark.parametrize("text, doer", [
    ("The president condemned the attack on the embassy by Ostrian militants.", "militants"),
    ("The president was outraged at the attack on the embassy by Ostrian militants.", "militants"),
    ("Kestria denounced the shelling of the border town by Ostrian troops.", "troops"),
])
def test_an_act_judged_is_its_doers_when_the_by_phrase_hangs_on_its_target(code_text, text: str,  # type: ignore[no-untyped-def]
                                                                         doer: str) -> None:
    result = code_text(text)
    found = _live(result, "ACCUSE")
    assert found and all(any(doer in n for n in _names(result, e.recipient)) for e in found), (result.events, result.actors)


@pytest.mark.parametrize("text", [
    "The president condemned the attack on the embassy by the river.",
])
def test_a_by_of_place_on_the_target_names_no_doer(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not any(e.recipient for e in _live(result, "ACCUSE")), (result.events, result.actors)


@pytest.mark.parametrize("wellbeing", ["safety", "security"])
def test_a_feeling_for_someones_safety_beside_a_judged_act_aims_at_the_act_only(code_text,  # type: ignore[no-untyped-def]
                                                                                wellbeing: str) -> None:
    result = code_text(f"Kestria said it was very worried about the reprehensible actions of Ostria, and also the {wellbeing} "
                       "of its diplomats.")
    found = _live(result, "ACCUSE")
    assert found and all("diplomats" not in " ".join(_names(result, e.recipient)) for e in found), (result.events, result.actors)
    assert any(any("Ostria" in n for n in _names(result, e.recipient)) for e in found), (result.events, result.actors)


@pytest.mark.parametrize("text", [
    "The Kestrian government held the rebels responsible for the attack on Friday.",
    "The Kestrian government held the rebels accountable for the attack on Friday.",
    "The Kestrian government held the rebels to account for the attack on Friday.",
    "Kestria holds Ostria responsible for the deaths of its soldiers.",
])
def test_holding_someone_responsible_blames_them(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    found = _live(result, "ACCUSE")
    assert any(any("Kestria" in n for n in _names(result, e.actor))
               and any(w in " ".join(_names(result, e.recipient)) for w in ("rebels", "Ostria")) for e in found), \
        (result.events, result.actors)


@pytest.mark.parametrize("text", [
    "The Kestrian government held talks with the rebels on Friday.",
    "Kestrian troops held the town for three days.",
])
def test_holding_without_blame_is_no_accusation(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ACCUSE"), result.events


@pytest.mark.parametrize("text, who", [
    ("Former minister Ivo Marsh pleaded guilty to fraud on Monday.", "Ivo Marsh"),
    ("Ivo Marsh pleaded guilty to participating in a scheme to defraud the government.", "Ivo Marsh"),
    ("The defendant, Piet Varo, pleaded guilty on Tuesday to four counts of fraud.", "Piet Varo"),
])
def test_a_plea_of_guilty_concedes(code_text, text: str, who: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any(who in _names(result, e.actor) for e in _live(result, "CONCEDE")), (result.events, result.actors)


@pytest.mark.parametrize("text, kind", [
    ("The defendant, Piet Varo, pleaded not guilty on Tuesday to four counts of fraud.", "REJECT"),
    ("The families pleaded with the Kestrian government to resume the search.", "REQUEST"),
])
def test_other_pleas_concede_nothing(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, kind) and not _live(result, "CONCEDE"), result.events


@pytest.mark.parametrize("text, asker, asked", [
    ("The families pleaded with the Kestrian government to resume the search.", "families", "Kestrian government"),
    ("Kestria made an appeal to Ostria to reopen the border.", "Kestria", "Ostria"),
    ("Kestria made a plea to Ostria to reopen the border.", "Kestria", "Ostria"),
    ("Kestria issued an appeal to Ostria to release the prisoners.", "Kestria", "Ostria"),
])
def test_an_appeal_asks_whom_it_names(code_text, text: str, asker: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    found = _live(result, "REQUEST")
    assert any(asker in " ".join(_names(result, e.actor)) and asked in " ".join(_names(result, e.recipient)) for e in found), \
        (result.events, result.actors)
    assert not any(asker in " ".join(_names(result, e.actor)) for k in ("CONCEDE", "AGREE", "COERCE")
                   for e in _live(result, k)), result.events  # what is asked for is not done


@pytest.mark.parametrize("text", [
    "The party's broad appeal among young voters grew in Rask this year.",
    "The minister pleaded with reporters on Monday.",
])
def test_an_appeal_of_no_one_asks_nothing(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "REQUEST"), result.events


@pytest.mark.parametrize("text, given", [
    ("The regime has given the striking workers 24 hours to return to work.", "workers"),
    ("The protesters gave the minister 48 hours to resign.", "minister"),
    ("The army gave the rebels until Friday to end their blockade of the port.", "rebels"),
])
def test_time_given_to_comply_is_an_ultimatum(code_text, text: str, given: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    found = _live(result, "THREATEN")
    assert any(given in " ".join(_names(result, e.recipient)) for e in found), (result.events, result.actors)
    assert not _live(result, "AID"), result.events


def test_time_given_to_repay_is_no_ultimatum(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The Kestrian central bank gave the company two years to repay the loan.")
    assert not _live(result, "THREATEN"), result.events


@pytest.mark.parametrize("text", [
    "Kestria gave Ostria $2 billion in loans on Monday.",
    "The Kestrian government provided the company with a financial assistance package.",
    "Kestria sent food and medicine to the flooded region of Ostria.",
    "Kestria gave the refugees from Ostria shelter and protection.",
    "The United Nations delivered 105,000 doses of vaccine to Ostria.",
    "Kestria is sending a military platoon to Ostria for its first peacekeeping mission.",
])
def test_giving_help_is_aid(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "AID"), result.events


def test_an_offer_of_what_is_no_aid_stays_an_offer(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Kestria said it would offer its full cooperation to Ostria.")
    assert _live(result, "AGREE") and not _live(result, "AID"), result.events


@pytest.mark.parametrize("text", [
    "The new law gives the Kestrian president sweeping powers.",
    "The Kestrian court gave employers the right to lay off their staff.",
    "Kestrian police had given the protesters a permit for the march.",
    "The minister's words gave the Kestrian people hope.",
    "The crash in Kestria sent the market tumbling.",
])
def test_giving_what_does_not_help_is_no_aid(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "AID"), result.events


@pytest.mark.parametrize("text", [
    "The site operators have set up a legal defense fund to raise money.",
    "Kestrian police set up checkpoints around Rask after the bombing.",
    "Kestria's exchanges will re-open on Friday morning.",
    "Before the suspension, the RTS exchange fell by six percent in two hours.",
    "Analysts said Kestrian and Ostrian stock exchanges had powered upward for too long.",
])
def test_setting_up_and_markets_are_no_cooperation(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "COOPERATE"), result.events


@pytest.mark.parametrize("text", [
    "Kestria and Ostria agreed on a prisoner exchange on Monday.",
    "Kestria and Ostria held an exchange of prisoners on Monday.",
])
def test_an_exchange_of_something_is_cooperation(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "COOPERATE") or _live(result, "AGREE"), result.events


@pytest.mark.parametrize("text, accused, forum", [
    ("Lebanon filed a complaint with the UN Security Council against Israel.", "Israel", "Security Council"),
    ("Lebanon lodged a complaint with the United Nations against Israel.", "Israel", "United Nations"),
])
def test_a_complaint_lodged_with_a_forum_accuses_whom_it_is_against(code_text, text: str, accused: str,  # type: ignore[no-untyped-def]
                                                                     forum: str) -> None:
    result = code_text(text)
    found = _live(result, "ACCUSE")
    assert found and all(accused in " ".join(_names(result, e.recipient)) for e in found), (result.events, result.actors)
    assert not any(forum in " ".join(_names(result, e.recipient)) for e in found), result.events


def test_a_protest_lodged_with_a_state_accuses_that_state(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("China lodged a formal protest with Japan over the visit.")
    assert any("Japan" in " ".join(_names(result, e.recipient)) for e in _live(result, "ACCUSE")), result.events
