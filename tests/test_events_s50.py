"""Event classes of issue 11 (session 50), written for these tests (invented names), each seen
failing before its fix.

1. *A counted group is the people counted.* "Riot police used water cannons against thousands of
   demonstrators", "the ministry called on dozens of companies to stop trading": a target or an
   addressee named through a quantity ("thousands of", "scores of", "a number of") was no one,
   because the quantity word is no participant, so the event had no recipient or was not coded
   at all, where "against the demonstrators" was. Seen on the stories' dev-work among reference
   assaults with nothing at their evidence. A quantity head stands for the noun it counts
   (:func:`.phrases.counted`) wherever a head is asked whether it can name a participant; a
   count of things ("hundreds of fires", "a number of buildings") stays no one.
2. *Signing a deal is agreeing; ratifying a treaty is supporting it.* "Tajikistan and China
   signed a number of agreements", "the government signed a peace accord with the rebels" were
   SUPPORT, as the guide has it only for a treaty signed or ratified (in force now); for "signed a
   deal to (a future cooperation)" it says AGREE, and the dev-work coders coded AGREE for 17 of
   the 20 signed agreements, accords, deals, pacts and protocols, and SUPPORT for 4 of the 5
   ratifications and both signed treaties. Signing an agreement, accord, deal, pact, memorandum
   or protocol is AGREE now (``data/event_lexicon.csv``); signing a treaty or convention and
   ratifying anything stay SUPPORT.
3. *Protesters filling the streets protest.* "At least 20,000 protesters have poured into the
   streets of Kyiv", "thousands of demonstrators flooded the streets" had no event, where
   "protesters gathered" had one: a verb of flowing into or filling a place (pour, flood, fill,
   spill, stream, swarm, flock, descend) joins the verbs of gathering
   (``events.coding.gatherings.verbs``), which tell a protest only when who gathers are protesters
   or gather to protest; fans pouring into a stadium, water flooding the streets and tourists
   filling a square stay no event.
4. *Ill-treating people is an assault or a coercion.* "The asylum seekers have been abused and
   harassed by Ostrian personnel", "opposition parties have been harassed", "the regime
   persecuted Kestrian Christians" had no event: the lexicon knew "beat" and "torture" but no verb of
   ill-treatment. Abusing, mistreating, poisoning and strangling someone is an ASSAULT; harassing,
   intimidating and persecuting someone a COERCE (``data/event_lexicon.csv``). Abuse, mistreatment
   and poison need someone acted on (word class ``events.coding.detect.done_to_people``): "abused
   their power", "poisoned the river" are no event.
5. *Whom a thing asked for benefits is not whom it is asked of.* "Protesters called for affordable
   housing for locals" was a REQUEST to the locals, "the UN appealed for food aid for refugees" one
   to the refugees: with no one addressed, the recipient was read inside what is asked for, and
   its "for" phrase names who would benefit. Seen on the stories' dev-work among requests with the
   right actor and a wrong recipient. Inside a thing asked for, a "for" phrase names no recipient
   now; the one addressed ("called on the government to raise wages for teachers") and the owner
   of what is asked for ("demanded the resignation of the interior minister") still are.
6. *An amount written short is money.* "The IMF released $2bn to Ostria" was a RETREAT (a release,
   as of prisoners) and "has agreed to release $2bn" a concession, where "released $2 billion" was
   aid: the parser keeps "2bn" one token, and the lexicon's idioms know money by its words
   ("billion", "$", word class ``events.coding.detect.funds``). An amount written short ("2bn",
   "5m", "€3.5tn") is read as money by the lexicon's idioms; prisoners released stay a release.
7. *Asking a question is no request.* "The senator asked the minister whether the army had been
   deployed" was a REQUEST to the minister, and "Asked how Kestria would react, the minister said
   ..." one by the minister, who was asked: a verb of asking whose complement is an interrogative
   clause (whether, if, how, why, what, when, who, where, which) asks for an answer, which the
   guide codes as no event (the dev-work coders coded none of four such questions). Asking someone
   to act ("asked the government to release the prisoners") or that something be done ("asked
   that a decision be made") stays a request.
"""

from __future__ import annotations

import pytest

from builders import live_of as _live, names_of as _names

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind, recipient", [
    ("Riot police used water cannons against thousands of demonstrators in Ostria.", "ASSAULT", "demonstrators"),
    ("Riot police used tear gas against scores of protesters on Sunday.", "ASSAULT", "protesters"),
    ("The Ostrian ministry called on dozens of companies to stop trading with the rebels.", "REQUEST", "companies"),
])
def test_a_counted_group_is_the_people_counted(code_text, text: str, kind: str,  # type: ignore[no-untyped-def]
                                               recipient: str) -> None:
    result = code_text(text)
    events = _live(result, kind)
    assert any(recipient in " ".join(_names(result, e.recipient)) for e in events), result.events


@pytest.mark.parametrize("text", [
    "Firefighters used water cannons against hundreds of fires in the forest.",
    "The police used force against a number of buildings in the old town.",
])
def test_a_count_of_things_is_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "ASSAULT"), result.events


@pytest.mark.parametrize("text", [
    "Ostria and Peru signed a number of agreements on Monday regarding their economic ties.",
    "The government of Ostria signed a peace accord with the Front for National Unity on Tuesday.",
    "Ostria and Peru have signed a deal to explore for oil and gas in the desert.",
    "The two countries signed a protocol on Monday allowing their envoys to hold talks.",
])
def test_signing_a_deal_is_agreeing(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "AGREE") and not _live(result, "SUPPORT"), result.events


@pytest.mark.parametrize("text", [
    "The parliament of Ostria ratified the agreement with Peru on Tuesday.",
    "The president of Ostria signed the Treaty on the Accession of Ostria to the Union.",
])
def test_ratifying_or_signing_a_treaty_is_support(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "SUPPORT") and not _live(result, "AGREE"), result.events


@pytest.mark.parametrize("text", [
    "At least 20,000 protesters have poured into the streets of Kestria's capital, chanting slogans.",
    "Thousands of demonstrators flooded the streets of the Ostrian capital on Sunday.",
    "Protesters filled the central square of Ostria City on Friday.",
])
def test_protesters_filling_the_streets_protest(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "PROTEST"), result.events


@pytest.mark.parametrize("text", [
    "Thousands of fans poured into the stadium of Ostria City on Sunday.",
    "Water flooded the streets of the Ostrian capital after the storm.",
    "Tourists filled the central square of Ostria City on Friday.",
])
def test_others_filling_a_place_protest_not(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "PROTEST"), result.events


@pytest.mark.parametrize("text, kind", [
    ("The asylum seekers on the island have been abused by Ostrian guards, the report said.", "ASSAULT"),
    ("Ostrian guards mistreated the prisoners at the camp in March.", "ASSAULT"),
    ("Ostrian intelligence officers poisoned the opposition leader Ivo Marsh in August.", "ASSAULT"),
    ("Opposition activists have been harassed by the Ostrian police since the election.", "COERCE"),
    ("Militiamen intimidated voters at polling stations across Ostria on Sunday.", "COERCE"),
    ("The Ostrian regime has persecuted Kestrian Christians for years, the report said.", "COERCE"),
])
def test_ill_treating_people(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, kind), result.events


@pytest.mark.parametrize("text, kind", [
    ("Members of the Ostrian parliament have abused their power, the senator said.", "ASSAULT"),
    ("The factory poisoned the river near the Ostrian capital for years.", "ASSAULT"),
    ("The company mistreated the data of its customers, the regulator said.", "ASSAULT"),
])
def test_ill_treating_things_is_no_event(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, kind), result.events


@pytest.mark.parametrize("text, beneficiary", [
    ("Protesters in Ostria called for affordable housing for locals on Sunday.", "locals"),
    ("The UN appealed for food aid for refugees in the Ostrian camps.", "refugees"),
    ("The Ostrian teachers' union called for higher wages for teachers.", "teachers"),
])
def test_whom_a_thing_asked_for_benefits_is_not_asked(code_text, text: str,  # type: ignore[no-untyped-def]
                                                      beneficiary: str) -> None:
    result = code_text(text)
    requests = _live(result, "REQUEST")
    assert requests and not any(beneficiary in " ".join(_names(result, e.recipient)) for e in requests), result.events


@pytest.mark.parametrize("text, asked", [
    ("The Ostrian union called on the government to raise wages for teachers.", "government"),
    ("Protesters in Ostria demanded the resignation of the interior minister.", "interior minister"),
])
def test_the_one_addressed_or_whose_act_is_asked_for_stays(code_text, text: str,  # type: ignore[no-untyped-def]
                                                           asked: str) -> None:
    result = code_text(text)
    assert any(asked in " ".join(_names(result, e.recipient)) for e in _live(result, "REQUEST")), result.events


@pytest.mark.parametrize("text, kind, not_kind", [
    ("The IMF released $2bn to Ostria on Monday.", "AID", "RETREAT"),
    ("The IMF has agreed to release $2bn to help Ostria pay off its debt.", "AGREE", "CONCEDE"),
    ("The Ostrian government released 200 prisoners on Monday.", "RETREAT", "AID"),
])
def test_an_amount_written_short_is_money(code_text, text: str, kind: str, not_kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, kind) and not _live(result, not_kind), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian senator asked the defence minister whether the army had been deployed.",
    "Asked how Kestria would react to the expulsions, the Ostrian foreign minister said it would go to the UN.",
    "Reporters asked the Ostrian president why he had dismissed the army chief.",
])
def test_asking_a_question_is_no_request(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not _live(result, "REQUEST"), result.events


@pytest.mark.parametrize("text", [
    "The Ostrian opposition asked the government to release the prisoners.",
    "Airbus has asked that a decision on how the project is to proceed be made before the end of the month.",
])
def test_asking_for_an_act_is_a_request(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert _live(result, "REQUEST"), result.events


@pytest.mark.parametrize("text, doer", [
    ("As many as five people were killed and nine others were injured on Tuesday in an Ostrian air strike on the town.",
     "Ostrian"),
    ("Twelve people were killed and more than 100 were injured during an army offensive in the region.", "army"),
])
def test_passives_joined_share_the_act_they_were_done_in(code_text, text: str, doer: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assaults = _live(result, "ASSAULT")
    assert assaults and all(any(doer in n for n in _names(result, e.actor)) for e in assaults), result.events


def test_a_passive_with_a_phrase_of_its_own_keeps_it(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Two policemen were killed in a rebel ambush on Monday and a civilian was wounded by a stray bullet.")
    wounded = [e for e in _live(result, "ASSAULT") if any("civilian" in n for n in _names(result, e.recipient))]
    assert not any(any("rebel" in n for n in _names(result, e.actor)) for e in wounded), result.events


def test_a_charge_is_not_done_in_the_coup_joined_to_it(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("The former Ostrian president was ousted in a military coup in 2003 and has been charged with war crimes.")
    assert not any(any("military" in n for n in _names(result, e.actor)) for e in _live(result, "ACCUSE")), result.events
