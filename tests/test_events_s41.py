"""Failure classes of issue 11 (session 41), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. An act someone was kept from doing did not happen. "Police prevented protesters from storming
   the parliament" coded the storming as an assault by the protesters, "the army stopped the
   rebels from attacking the town" an attack of the rebels: the gerund under "from" of a verb of
   hindering (word class ``events.coding.constructions.hindering_verbs``: prevent, stop, bar,
   keep...) is what was not let happen, so it is negated, kept as a candidate and out of the
   output, as any denied act is. A hindering that failed, was not done or was only tried ("failed
   to prevent the militants from attacking", "did not stop protesters from marching", "tried to
   stop them from entering") says nothing against the act: it stays.

2. Thanks expressed to someone is support of them. "Fiji and Kiribati expressed thanks to Tonga
   for its support" coded Tonga supporting Fiji (the noun of what is thanked for) and not the
   thanks: expressing gratitude or appreciation is praise (SUPPORT) of whom it goes to, and
   "thanks" is such a noun too (word class ``events.coding.lexicon.gratitude``). What is thanked
   for is the reason, as in "thanked Tonga for its support"; a pledge of support is still a pledge.

3. Declining to confirm or deny is no denial. "The ministry declined to confirm or deny the report"
   and "would neither confirm nor deny that troops had crossed" were REJECTs: a verb of denying
   coordinated with one of confirming (word class ``events.coding.denials.either_way``) says
   nothing either way. A denial alone is still one.

4. An order that someone be held is the holding. "The court ordered the president to be detained"
   was a request to the president (confidence 0.53), though "ordered the arrest of the president"
   was the arrest: an order whose object is the one a passive infinitive is done to ("ordered X to
   be detained / released") is the act ordered, by whom orders it, on X, as "ordered that X be
   released" and "ordered X released" already were. An order to act ("ordered the envoy to leave",
   "ordered the troops to withdraw") stays what it was.

5. A charge denied in apposition is the accuser's. "Ukraine accused Russia of shelling the plant,
   an allegation the Kremlin denied" had the Kremlin deny no one: the claim noun the denial's
   relative clause is on ("a charge Moscow denied") is what the denial judges, and a claim set off
   after the clause that tells it points back at that claim as "the claims" does, so the denial
   goes to whoever made the accusation before it. A relative clause on the charge that denies
   nothing ("a charge the United Nations is investigating") rejects no one.

6. Control taken is an assault only over ground. "The party seized control of the Senate in the
   election" was an assault on the Senate, "the rebels seized control of the company" one on the
   company, while "Rebels took control of the town after fierce fighting" coded nothing: seizing
   and wresting control were idioms of ASSAULT (occupy) whatever they were of, taking and gaining
   it none. Seizing, taking, wresting or gaining control of a place or a site (a town, a capital,
   an airport, a base; a named place) is the military occupation; control of a body, a company or
   a bank is no attack, nor is control taken of nothing named ("the new government took control"),
   unless wrested "from" someone ("seized control from government forces").

7. What one undergoes "after being" done to is done to them. "The minister resigned after being
   accused of corruption" made the minister the accuser, "two journalists were freed after being
   detained by police" a detention of no one: a passive gerund after a preposition, with no
   subject of its own, was read as an act of the clause's subject. It is done to that subject; its
   "by" phrase, if any, did it. An active gerund ("resigned after accusing the president") is
   still the subject's own act.

8. A court that upholds someone's decision backs it. "Israel's Supreme Court upheld the
   government's decision to expand settlements" coded nothing: "uphold" was no verb of the
   lexicon, though "endorsed the government's decision" was support. Upholding is support (SUPPORT)
   of whose decision, right or act it is (its possessor); upholding a conviction or a sentence
   names no one supported, and keeping a truce ("upheld the ceasefire") stays the idiom it was.

9. A named person called is a phone call. "Barroso also called Philip Breedlove on Monday" coded nothing:
   calling someone was a consultation only with an infinitive of talking ("called Lavrov to discuss
   Syria"). A verb of calling (word class ``events.coding.constructions.calling_verbs``) whose
   object is a named person, state or body, with nothing else said of it, is a phone call
   (CONSULT, phone) to them; "called the election a sham", "called an election", "called on X to
   act", "called for talks" and "a group called Hamas" are not.

10. A blockade by civilians is a protest. "Protesters have blockaded the city of Iguala" and
   "Farmers blockaded the port of Calais" were restrictions (COERCE) as a navy's blockade is, while
   "farmers blocked highways" was already the protest it is: blockading and laying siege (word
   class ``events.coding.obstruction.siege_words``) done by civilians alone (protesters, farmers,
   workers, businesses: no state, force or armed group) is obstruction (PROTEST), the counterpart
   of soldiers blocking a road, which restrict. A state's, a navy's or rebels' blockade or siege
   stays COERCE.

11. What something is called is no one it is done to. "The minister condemned the decision,
   calling it a betrayal of the farmers" accused the farmers: with an object and a predicate
   ("calling it a betrayal"), the predicate was read as a second object, and the people in it
   (the betrayed) as the ones judged. A predicate beside an object says what the object is called;
   the object ("it", the decision) is what is judged. A predicate alone ("called the election a
   sham" parsed with the name inside it, "called Yoon a traitor") keeps its reading.

12. Put on a blacklist is blacklisted. "The United States added five Chinese companies to its trade
   blacklist" coded nothing, though "blacklisted five Chinese companies" was a sanction: adding,
   putting or placing someone on or to a blacklist is that sanction (idioms of the lexicon), of
   whom is added. Adding a name to a list of speakers is nothing.

13. Where a silenced outlet is, is no one silenced. "Authorities shut down four radio stations in
   Dhaka" was censorship of Dhaka (Bangladesh's capital, standing for its government): the
   stations are no actor, so the words inside their phrase were read for whose they are, a place
   among them. The place an outlet is in says where it is (as the place of a topic of talks
   does), not whose it is; its owner ("the opposition newspaper") is still the recipient.

14. Whose a participant is says nothing of where they met. "Ukraine's foreign minister Dmytro
   Kuleba met his Polish counterpart" made the Pole the actor of the meeting and Kuleba its host:
   the event's place was Ukraine, the sentence's only place, named as a possessive, and a meeting
   held in the country of one side is hosted by that side. A place named only as a modifier (the
   when-where stage's rule ``only-place``) stays the event's place but decides no host; a meeting
   said to be held in a side's country ("in Kyiv") still has that side as host.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. An act someone was kept from doing did not happen

@pytest.mark.parametrize("text, event, actor", [
    ("Police prevented protesters from storming the parliament on Monday.", "ASSAULT", "protesters"),
    ("The army stopped the rebels from attacking the town on Monday.", "ASSAULT", "rebels"),
    ("A team of peacekeepers helped prevent a warplane from attacking a mosque on Saturday.", "ASSAULT", "warplane"),
    ("The court barred the union from holding a strike on Monday.", "PROTEST", "union"),
])
def test_a_hindered_act_did_not_happen(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("The army failed to prevent the militants from attacking the town on Monday.", "ASSAULT", "militants"),
    ("Police did not stop the protesters from storming the parliament on Monday.", "ASSAULT", "protesters"),
    ("The rebels attacked the town on Monday.", "ASSAULT", "rebels"),
])
def test_a_hindering_that_failed_leaves_the_act(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


# 2. Thanks expressed to someone is support of them

@pytest.mark.parametrize("text, actor, recipient", [
    ("Fiji and Kiribati on Thursday expressed thanks to their neighbor Tonga for its support.", "Fiji", "Tonga"),
    ("The president conveyed his thanks to Japan for its help after the earthquake.", "president", "Japan"),
    ("Japan expressed its gratitude to India for its help after the earthquake.", "Japan", "India"),
])
def test_thanks_expressed_is_support(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SUPPORT", actor, recipient), events
    assert not [e for e in events if any(recipient in a for a in e[1])], events  # what is thanked for is no event


def test_a_pledge_of_support_stays_a_pledge(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Tonga pledged its support to Fiji on Thursday.", gated=True)
    assert events_with(events, "AGREE", "Tonga", "Fiji") and not events_with(events, "SUPPORT", "Fiji"), events


# 3. Declining to confirm or deny is no denial

@pytest.mark.parametrize("text", [
    "The ministry declined to confirm or deny the report on Monday.",
    "The ministry would neither confirm nor deny that troops had crossed the border.",
    "A spokesman for the army refused to confirm or deny the strike.",
])
def test_confirm_or_deny_is_no_denial(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "REJECT"], events


@pytest.mark.parametrize("text, actor", [
    ("The ministry denied the report on Monday.", "ministry"),
    ("The army denied that troops had crossed the border.", "army"),
])
def test_a_denial_alone_is_a_denial(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REJECT", actor), events


# 4. An order that someone be held is the holding

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The court ordered the president to be detained in a police cell.", "COERCE", "court", "president"),
    ("The judge ordered the opposition leader to be arrested on Monday.", "COERCE", "judge", "opposition leader"),
])
def test_an_order_that_someone_be_held_is_the_holding(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, "REQUEST", actor), events


@pytest.mark.parametrize("text, event", [
    ("The minister ordered the ambassador to leave the country within 48 hours.", "SANCTION"),
    ("The president ordered the troops to withdraw from the border on Monday.", "RETREAT"),
])
def test_an_order_to_act_stays_what_it_was(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event], events


# 5. A charge denied in apposition is the accuser's

@pytest.mark.parametrize("text, actor, recipient", [
    ("Ukraine accused Russia of shelling the plant, an allegation the Kremlin denied.", "Kremlin", "Ukraine"),
    ("Kyiv accused Moscow of shelling the plant on Sunday, a charge Russia has repeatedly denied.", "Russia", "Kyiv"),
])
def test_a_charge_denied_in_apposition_is_the_accusers(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REJECT", actor, recipient), events


def test_a_charge_investigated_is_rejected_by_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine accused Russia of shelling the plant, a charge the United Nations is investigating."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", "Ukraine", "Russia") and not [e for e in events if e[0] == "REJECT"], events


# 6. Control taken is an assault only over ground

@pytest.mark.parametrize("text, actor", [
    ("Rebels took control of the town after fierce fighting on Friday.", "Rebels"),
    ("The army seized control of the airport on Monday.", "army"),
    ("The Taliban took control of the provincial capital on Friday.", "Taliban"),
    ("Islamic State fighters seized control of Ramadi on Sunday.", "Islamic State"),
    ("The separatists have seized control from government forces in the east.", "separatists"),
])
def test_control_taken_of_ground_is_an_assault(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor), events


@pytest.mark.parametrize("text", [
    "The party seized control of the Senate in the election.",
    "The Democrats took control of the House on Tuesday.",
    "The rebels seized control of the company on Monday.",
    "The government took control of the bank on Friday.",
    "The new government took control on Monday.",
])
def test_control_of_a_body_is_no_assault(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "ASSAULT"], events


# 7. What one undergoes "after being" done to is done to them

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Two journalists were freed on Monday after being detained by police.", "COERCE", "police", "journalists"),
    ("The activist died in hospital on Sunday after being shot by soldiers.", "ASSAULT", "soldiers", "activist"),
])
def test_a_passive_gerund_is_done_to_the_subject(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


def test_the_one_accused_is_no_accuser(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister resigned on Monday after being accused of corruption.", gated=True)
    assert not events_with(events, "ACCUSE", "minister"), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The minister resigned on Monday after accusing the president of corruption.", "ACCUSE", "minister", "president"),
    ("Police arrested two men on Monday after raiding the house.", "COERCE", "Police", "men"),
])
def test_an_active_gerund_is_the_subjects_act(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


# 8. A court that upholds someone's decision backs it

def test_a_court_upholding_a_decision_backs_its_maker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Israel's Supreme Court upheld the government's decision to expand settlements on Monday."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SUPPORT", "Supreme Court", "Government of Israel"), events


@pytest.mark.parametrize("text, whom", [
    ("The appeals court upheld the conviction of the opposition leader on Monday.", "opposition leader"),
    ("The court upheld his sentence on Monday.", "his"),
])
def test_upholding_a_conviction_supports_no_one_convicted(nlp, text, whom) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SUPPORT", None, whom), events


# 9. A named person called is a phone call

@pytest.mark.parametrize("text, actor, recipient", [
    ("European Commission President Jose Manuel Barroso also called Philip Breedlove on Monday.", "Barroso", "Breedlove"),
    ("Emmanuel Macron called Volodymyr Zelensky on Tuesday after the strike.", "Macron", "Zelensky"),
    ("Biden called Netanyahu on Sunday.", "Biden", "Netanyahu"),
    ("Macron called Zelensky on Tuesday after the strike.", "Macron", "Zelensky"),
])
def test_a_named_one_called_is_a_phone_call(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", actor, recipient), events


@pytest.mark.parametrize("text", [
    "The opposition called the election a sham on Monday.",
    "The prime minister called an early election on Monday.",
    "A group called Hamas claimed the attack.",
    "A defector from the elite group within the church called the Sea Org was persuaded to return.",
    "Macron called Zelensky a hero on Tuesday.",
    "The minister called Russia's claims baseless on Monday.",
])
def test_calling_something_so_is_no_phone_call(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "CONSULT"], events


# 10. A blockade by civilians is a protest

@pytest.mark.parametrize("text, actor", [
    ("Protesters have blockaded the city of Iguala for two weeks.", "Protesters"),
    ("Farmers blockaded the port of Calais on Tuesday.", "Farmers"),
    ("Thousands of protesters laid siege to the parliament on Monday.", "protesters"),
])
def test_a_blockade_by_civilians_is_a_protest(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "PROTEST", actor) and not events_with(events, "COERCE", actor), events


@pytest.mark.parametrize("text, actor", [
    ("Israel has blockaded Gaza since 2007.", "Israel"),
    ("The navy blockaded the port on Monday.", "navy"),
    ("Rebels laid siege to the town on Monday.", "Rebels"),
])
def test_a_blockade_by_a_state_or_armed_group_restricts(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "COERCE", actor), events


# 11. What something is called is no one it is done to

@pytest.mark.parametrize("text, actor, victims", [
    ("The minister condemned the decision on Monday, calling it a betrayal of the farmers.", "minister", "farmers"),
    ("China criticised the new sanctions, calling them an attack on Chinese companies.", "China", "companies"),
])
def test_what_something_is_called_is_no_recipient(nlp, text, actor, victims) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == "ACCUSE" and any(actor in a for a in e[1])], events
    assert not events_with(events, "ACCUSE", actor, victims), events


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Emmanuel Macron called Volodymyr Zelensky a hero on Tuesday.", "SUPPORT", "Macron", "Zelensky"),
    ("The opposition leader called the president a traitor on Monday.", "ACCUSE", "opposition leader", "president"),
])
def test_someone_called_something_is_judged(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


# 12. Put on a blacklist is blacklisted

@pytest.mark.parametrize("text, actor, recipient", [
    ("The United States added five Chinese companies to its trade blacklist on Monday.", "United States", "Chinese companies"),
    ("The government put three opposition newspapers on a blacklist on Friday.", "government", "opposition newspapers"),
])
def test_put_on_a_blacklist_is_a_sanction(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "SANCTION", actor, recipient), events


def test_added_to_a_list_of_speakers_is_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The organisers added the minister to the list of speakers on Monday.", gated=True)
    assert not [e for e in events if e[0] == "SANCTION"], events


# 13. Where a silenced outlet is, is no one silenced

def test_where_a_silenced_outlet_is_is_no_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Authorities shut down four radio stations in Dhaka on Sunday.", gated=True)
    assert [e for e in events if e[0] == "COERCE"] and not events_with(events, "COERCE", None, "Dhaka"), events


def test_a_silenced_outlets_owner_is_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The government shut down the opposition party's newspaper on Monday.", gated=True)
    assert events_with(events, "COERCE", "government", "opposition"), events


# 14. Whose a participant is says nothing of where they met

def test_a_possessive_country_hosts_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine's foreign minister Dmytro Kuleba met his Polish counterpart on Monday."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Kuleba", "counterpart"), events


def test_a_meeting_in_a_sides_capital_is_hosted_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Polish Foreign Minister Radoslaw Sikorski met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv on Monday."
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "CONSULT", "Sikorski", "Kuleba"), events
