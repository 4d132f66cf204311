"""Failure classes of issues 10 and 11 (session 28), found on the even lines of ConfliBERT's
annotated news sentences and on sentences written for the purpose.

1. A name matched to a known person as "a variant spelling" needed only the same surname and the
   first three letters of the forename: "Prince Khalifa bin Salman Al Khalifa" (Bahrain's prime
   minister) became Khalifa bin Zayed Al Nahyan (the UAE's president, whose alias "Sheikh
   Khalifa" gives the surname), and "Khalifa bin Salman" became Khalid bin Salman. A variant
   spelling differs in its vowels and doubled letters only ("Mohammad"/"Mohammed",
   "Volodimir"/"Volodymyr", "Aleksandr"/"Alexander"), and the name's other words must be the
   person's too (particles such as "bin" and "Al" aside).

2. A holiday or festival named on an act ("the Easter bombings", "the Ramadan truce") became an
   actor of that name, and the doer of the act.

3. Lifting or easing measures "imposed on Eritrea", or "sanctions against both India and Pakistan":
   the measures' target is the recipient of their lifting; the participle's object was not read,
   and of coordinated targets only the first was kept. A place where the measures hold ("the
   curfew imposed in Kabul") and the one who imposed them ("imposed by the United States") are no
   recipients.

4. Troops leaving a country ("US troops left Afghanistan", "the last American soldiers left Iraq")
   withdraw from it (RETREAT), as "withdrew from Afghanistan" did; a person travelling ("the
   president left Paris for Berlin") or civilians leaving ("thousands of residents left the city")
   withdraw nothing. Troops that "remained on alert" (found on the even lines, four times) are
   mobilised, as troops put on alert are; residents on alert are not (events/forces.py).

5. Something given back "to" someone, where the parser hung "to" on a participle inside the thing
   given ("returned a pendant engraved with the image of Peter the Great to Russian authorities"):
   the receiver is the recipient. A "to" inside a clause of its own ("which was sent to Paris")
   names no receiver.

6. A verb of an act done without an object, tagged a past participle with its subject before a
   time phrase ("President Trump on Tuesday reneged on the deal"), was read as a reduced passive:
   Trump the undergoer. Such verbs have no passive.

7. A weapon told as the doer with the one who used it in a "by" phrase on its participle ("the
   missiles fired by the Israeli military struck an arms depot", "rockets launched by Hamas hit
   the town"): the user attacks; the weapon was the actor, or no one. A "by" phrase naming no
   user ("a missile hit by a drone") or a weapon described by a place ("rockets fired from Gaza")
   stays as the weapons module reads it. (Left: a capitalised plural opening the sentence, "Rockets
   launched by ...", is tagged a proper noun and no weapon.)

8. A judgement of coordinated things ("condemned the attack and the threats made by Iran") was aimed
   at the doers of the first only: the second thing's makers are its recipients too. A thing
   whose doers are not named ("condemned the attack and the threats") aims at no one.

9. A capitalised name the knowledge base does not know, ending in a word that only ends a body's name
   ("National Islamic Front", "Sahrawi-Spanish Solidarity Association", "Patriotic Movement"),
   was taken for a person's: the group was typed a person, and "the group" found no body to be.
   Names of people stay people's ("Anna Kovac", "John Chambers").

10. Protesters ending their own strike, told through a pronoun in a report ("the union said it ended
   the strike", "the nurses said they would end their strike"), was no event: the strikers were
   recognised only by their own noun. The pronoun stands for the earlier subject of its sentence;
   a person reporting ("the minister said they ended the strike") is no striker, and the police
   ending a strike stop someone else's act.

11. A mediation whose own words name no side ("launched a mediation effort to resolve the rift
   between Qatar and other Gulf states", "is mediating in the dispute between Qatar and Saudi
   Arabia") had no recipient, or only the first side: it meets the sides of the conflict it is
   about, named in a "between" phrase of what it mediates or of what its purpose acts on. A
   mediation of something with no sides named ("mediated the talks") meets no one.

12. A thing named by a demonym of two words ("a North Korean missile test", "the South African
   proposal") was aimed at two actors, "North" and "Korean", with no country: the words inside a
   thing's phrase were read one by one. A demonym or name of several words is read whole. A word of
   faith on a thing ("the Islamic headscarf", "another Islamic religious garment") names no side:
   a religion is no actor (the guide, 2.5).

13. People of several countries named in a "from" or "of" phrase ("foreign ministers from Serbia
   and Croatia", "his counterparts from Kazakhstan and Kyrgyzstan", "officials of Iran and Iraq")
   were one actor of the first country, or of none: each country named gets its own participant,
   as coordinated demonyms do ("Hungarian and Romanian officials"). One country ("ministers from
   Serbia") or places that are no states ("delegates from Aleppo and Homs") split nothing.

14. An act noun measured out ("arrived for three days of talks with Kazakh officials", "took part
   in two weeks of exercises") lost the travellers or partakers as its doers: the measure noun
   stood between the act and the verb. The act stands where its measure does. A measure of an act
   with no such verb ("three days of talks ended") gives no doer.

15. A thing named by whose flag or owner it bears ("fired warning shots at the U.S.-flagged vessel",
   "attacked a Saudi-owned tanker") named no one: the hyphenated modifier was read as one word.
   The state before "-flagged", "-registered" or "-owned" owns the thing; "-backed" and "-led"
   say a relation, not the owner.

16. A claim called false in a quote with no maker named ("the government insisted the allegations
   are baseless", after "X accused the government of ...") rejected no one, where "denied the
   allegations" rejected the accuser: the accuser of the nearest accusation told before is the one
   rejected, unless the speaker made it. A claim with no accusation before it rejects no one.

17. A claim of no wrong ("Hawkins claimed that the US government has enough money to spend") was an
   accusation of the subject it spoke of: a cue of claiming ("claim", "assert", "insist",
   "contend", "suggest") reports a view; it alleges only when what is claimed tells an act (no verb
   of state is its main verb, or a passive names its doer: "claimed the protesters had been paid
   by the government") or its words judge badly ("claimed the minister was corrupt"). Cues of
   accusing ("alleged", "accused", "blamed") allege as before.

18. The later predicates of a verdict ("Biden called Trump a clown, a racist, and the worst
   president") were actors ("worst president"), to which "the President" later in the article
   was then linked: a noun coordinated with or set beside a predicate is a predicate too. A
   coordinated object that is no predicate ("met the president and the prime minister") stays.

19. Signing anything was support of whom the signed thing went to ("sixteen parties signed a letter
   to the president"): signing is an agreement only of a pact ("signed a deal", "a border
   agreement with Iraq"); a letter, a petition or a bill signed is no event of signing.

Sentences written for these tests, before the fixes.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

from tidings.resolve import resolve


# 1. Variant spellings of a known person's name (no model needed: the resolver reads the KB)

@pytest.mark.parametrize("name, person", [
    ("Mohamed bin Salman", "Mohammed bin Salman"),
    ("Mohammad bin Salman Al Saud", "Mohammed bin Salman"),
    ("Volodimir Zelensky", "Volodymyr Zelensky"),
    ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    ("Abdullah bin Zayed", "Abdullah bin Zayed Al Nahyan"),
])
def test_a_variant_spelling_finds_the_person(name, person) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).name == person


@pytest.mark.parametrize("name, not_person", [
    ("Khalifa bin Salman Al Khalifa", "Khalifa bin Zayed Al Nahyan"),
    ("Prince Khalifa bin Salman Al Khalifa", "Khalifa bin Zayed Al Nahyan"),
    ("Khalifa bin Salman", "Khalid bin Salman"),
    ("Khaled bin Zayed", "Khalifa bin Zayed Al Nahyan"),
])
def test_another_name_is_no_variant_spelling(name, not_person) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).name != not_person


def test_spelling_skeleton_keeps_consonants() -> None:
    from tidings.resolve.lookup import same_spelling

    assert same_spelling("Mohamed", "Muhammad") and same_spelling("Yevgeny", "Evgeny")
    assert same_spelling("Sergei", "Sergey") and same_spelling("Alexander", "Aleksandr")
    assert not same_spelling("Khalifa", "Khalid") and not same_spelling("Ivan", "Ian")


# 2. Holidays are no actors

@pytest.mark.model
@pytest.mark.parametrize("text, holiday", [
    ("The Easter bombings killed 300 people.", "Easter"),
    ("Islamic State claimed responsibility for the Easter bombings that killed more than 300 people.", "Easter"),
    ("The Ramadan truce was broken by the army on Monday.", "Ramadan"),
    ("The Eid ceasefire between the Taliban and the government ended on Sunday.", "Eid"),
])
def test_a_holiday_is_no_actor(code_text, text, holiday) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not [a for a in result.actors if a.name == holiday], result.actors


# 3. The target of lifted measures

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipients", [
    ("The U.N. Security Council on Wednesday lifted sanctions imposed on Eritrea nine years ago.",
     "Security Council", ["Eritrea"]),
    ("Japan lifted sanctions against both India and Pakistan on Monday.", "Japan", ["India", "Pakistan"]),
    ("The European Union eased restrictions imposed on Belarus in 2020.", "European Union", ["Belarus"]),
])
def test_lifted_measures_are_lifted_for_their_target(nlp, text, actor, recipients) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    for r in recipients:
        assert events_with(events, "RETREAT", actor, r) or events_with(events, "CONCEDE", actor, r), events


@pytest.mark.model
@pytest.mark.parametrize("text, not_recipient", [
    ("The government lifted the curfew imposed in Kabul on Monday.", "Kabul"),
    ("The government lifted the sanctions imposed by the United States on Monday.", "United States"),
])
def test_no_recipient_from_where_or_who_imposed(nlp, text, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if any(not_recipient in n for n in e[2])], events


# 4. Troops leaving a country

@pytest.mark.model
@pytest.mark.parametrize("text, actor, place", [
    ("US troops left Afghanistan on Monday.", "US troops", "Afghanistan"),
    ("The last American soldiers left Iraq on Sunday.", "soldiers", "Iraq"),
    ("Russian forces left Kherson on Friday after weeks of fighting.", "Russian forces", None),
])
def test_troops_leaving_a_country_withdraw(nlp, text, actor, place) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "RETREAT", actor, place), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The president left Paris for Berlin on Monday.",
    "Thousands of residents left the city on Sunday.",
    "The minister left the meeting early on Tuesday.",
])
def test_leaving_is_no_withdrawal_of_others(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "RETREAT"), events


# 5. Given back to someone

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("ICE returned a silver pendant engraved with the image of Peter the Great to Russian authorities "
     "in Moscow on March 4.", "Immigration and Customs Enforcement", "Russian authorities"),
    ("The United States returned a painting stolen from a gallery in 1989 to the Italian government.",
     "United States", "Italian government"),
])
def test_the_receiver_of_what_is_given_back(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "RETREAT", actor, recipient), events


@pytest.mark.model
def test_a_to_phrase_of_a_clause_of_its_own_names_no_receiver(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Italy returned the statue, which the museum had sent to France in 1950, on Monday."
    events = coded_article_events(nlp, text, gated=True)
    assert not [e for e in events if e[0] == "RETREAT" and any("France" in n for n in e[2])], events


# 6. Acts without an object have no passive

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor", [
    ("President Trump on Tuesday reneged on the nuclear deal.", "REJECT", "Trump"),
])
def test_an_act_without_an_object_is_no_reduced_passive(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not [e for e in events if any("Trump" in n for n in e[2])], events


# 7. The user of a weapon told in a "by" phrase on its participle

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The missiles fired by the Israeli military struck an arms depot of the Syrian army.", "Israel", "Syria"),
    ("Two rockets launched by Hamas hit a school in the town of Sderot on Monday.", "Hamas", None),
    ("A drone operated by the Houthis attacked a Saudi oil facility on Sunday.", "Houthis", None),
])
def test_the_user_of_a_weapon_attacks(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ASSAULT", actor, recipient), events
    assert not [e for e in events if any(w in a for a in e[1] for w in ("missile", "Rocket", "drone"))], events


@pytest.mark.model
def test_a_weapon_with_no_user_named_has_none(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Rockets fired on Monday hit a school in the town of Sderot.", gated=True)
    assert not [e for e in events if e[1]], events


# 8. Judging coordinated things

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The ministry condemned the attack and the threats made by Iran.", "ministry", "Iran"),
    ("The leaders condemned the act of aggression and the continuing threats made by the Ostrian government.",
     "leaders", "Ostria"),
    ("The minister criticised the delays and the decisions taken by the Kestrian government.", "minister", "Kestria"),
])
def test_judging_coordinated_things_aims_at_their_makers(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events


@pytest.mark.model
def test_judging_things_of_no_named_maker_aims_at_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The ministry condemned the attack and the threats on Monday.", gated=True)
    accusations = events_with(events, "ACCUSE", "ministry")
    assert accusations and not [e for e in accusations if e[2]], events


# 9. Unknown bodies by the word that ends their name (no model: the resolver reads the KB)

@pytest.mark.parametrize("name", [
    "National Islamic Front", "Sahrawi-Spanish Solidarity Association", "Ostrian Patriotic Movement",
    "Kestrian Democratic Alliance", "Velmar Farmers Federation",
])
def test_a_name_ending_in_a_body_word_is_a_body(name) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).kind == "organization"


@pytest.mark.parametrize("name", ["Anna Kovac", "John Chambers", "Farmer Anna Kovac"])
def test_a_persons_name_stays_a_persons(name) -> None:  # type: ignore[no-untyped-def]
    assert resolve(name).kind == "person"


# 10. Ending one's own strike, told through a pronoun

@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("The teachers' union said it ended the strike on Monday.", "union"),
    ("The striking nurses said on Monday that they ended the strike after the pay deal.", "nurses"),
])
def test_strikers_ending_their_strike_through_a_pronoun(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "RETREAT", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The police said they ended the strike at the port on Monday.",
    "The minister said on Monday that they ended the strike at the port.",
])
def test_no_strikers_ending_a_strike(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "RETREAT"), events


# 11. The sides of a mediated conflict

@pytest.mark.model
@pytest.mark.parametrize("text, actor, sides", [
    ("Egypt launched a mediation effort to prevent a military confrontation between Turkey and Syria.",
     "Egypt", ["Turkey", "Syria"]),
    ("Kuwait is mediating in the dispute between Qatar and Saudi Arabia.", "Kuwait", ["Qatar", "Saudi Arabia"]),
    ("Kuwait mediated the dispute between Qatar and Saudi Arabia on Monday.", "Kuwait", ["Qatar", "Saudi Arabia"]),
])
def test_a_mediation_meets_the_sides_of_its_conflict(nlp, text, actor, sides) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    for side in sides:
        assert events_with(events, "CONSULT", actor, side), events


@pytest.mark.model
def test_a_mediation_of_no_named_sides_meets_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Norway mediated the talks on Monday.", gated=True)
    assert not [e for e in events if e[0] == "CONSULT" and e[2]], events



@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Israeli troops remained on alert in the north amid heightened tensions.", "Israeli troops"),
    ("Cambodian troops stayed on high alert along the border on Sunday.", "Cambodian troops"),
])
def test_troops_on_alert_are_mobilised(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "MOBILIZE", actor), events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Residents remained on alert after the storm warning on Monday.",
    "Doctors stayed on alert for new cases of the virus.",
])
def test_people_on_alert_mobilise_nothing(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "MOBILIZE"), events



# 12. Names of several words inside a thing's phrase; words of faith name no side

@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Japan condemned a North Korean missile test on Monday.", "Japan", "North Korea"),
    ("Zimbabwe rejected the South African proposal on Monday.", "Zimbabwe", "South Africa"),
])
def test_a_demonym_of_two_words_names_one_state(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if any(actor in a for a in e[1]) and recipient in e[2]], events
    assert not [e for e in events if {"North", "Korean", "South", "African"} & set(e[2])], events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The court banned the Islamic headscarf in public schools on Monday.",
    "Previously, another Islamic religious garment, the hijab, was banned by the government.",
])
def test_a_word_of_faith_on_a_thing_names_no_side(code_text, text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert not [a for a in result.actors if a.name == "Islamic"], result.actors



# 13. People of several countries named in a "from" or "of" phrase

@pytest.mark.model
@pytest.mark.parametrize("text, event, countries", [
    ("Foreign ministers from Serbia and Croatia met in Brussels on Monday.", "CONSULT", {"SRB", "HRV"}),
    ("Lavrov met his counterparts from Kazakhstan and Kyrgyzstan on Monday.", "CONSULT", {"RUS", "KAZ", "KGZ"}),
    ("Officials of Iran and Iraq signed a border agreement on Sunday.", None, {"IRN", "IRQ"}),
])
def test_people_of_several_countries_are_several_participants(code_text, text, event, countries) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    by = {a.id: a.country for a in result.actors}
    found = [e for e in result.events if e.event == (event or e.event)]
    assert found and {by[i] for e in found for i in e.actor + e.recipient} >= countries, (result.events, result.actors)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Foreign ministers from Serbia met in Brussels on Monday.",
    "Delegates from Aleppo and Homs met in Damascus on Monday.",
])
def test_one_country_or_no_states_split_nothing(code_text, text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert len([a for a in result.actors if "from" in a.name or a.name.startswith(("ministers", "Delegates"))]) <= 1, result.actors



# 14. Acts measured out

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Lavrov arrived on Monday for three days of talks with Kazakh officials.", "CONSULT", "Lavrov", "Kazakh officials"),
    # exercises with a named partner are cooperation (session 29, tests/test_events_s29.py class 9)
    ("Canadian troops took part in two weeks of exercises with NATO in Latvia.", "COOPERATE", "Canadian troops", None),
    ("Canadian troops took part in two weeks of exercises in Latvia.", "MOBILIZE", "Canadian troops", None),
])
def test_an_act_measured_out_keeps_its_doers(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.model
def test_a_measured_act_with_no_verb_of_going_has_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Three days of talks in Astana ended on Friday.", gated=True)
    assert not [e for e in events if e[0] == "CONSULT" and e[1]], events



# 15. Whose flag or owner a thing bears

@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Argentine troops fired warning shots at the U.S.-flagged vessel on Monday.", "ASSAULT", "Argentine troops",
     "United States"),
    ("Houthi rebels attacked a Saudi-owned tanker in the Red Sea on Monday.", "ASSAULT", "Houthis", "Saudi Arabia"),
])
def test_a_thing_is_its_flags_or_owners(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.model
def test_a_backed_thing_is_no_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.inside import OWNING_SUFFIXES

    assert "backed" not in OWNING_SUFFIXES and "led" not in OWNING_SUFFIXES
    events = coded_article_events(nlp, "Police searched a Panama-made boat in the port on Monday.", gated=True)
    assert not [e for e in events if any("Panama" in r for r in e[2])], events


# 16. A claim called false rejects its earlier accuser

@pytest.mark.model
def test_a_claim_called_false_rejects_the_earlier_accuser(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kristine Bartlett accused the government of covering up abuse on Monday. The Australian government "
            "has insisted the allegations are baseless.")
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "REJECT", "Government of Australia", "Kristine Bartlett"), events


@pytest.mark.model
def test_a_claim_called_false_with_no_accusation_before_rejects_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The Australian government has insisted the allegations are baseless.", gated=True)
    assert [e for e in events if e[0] == "REJECT"] and not [e for e in events if e[0] == "REJECT" and e[2]], events



# 17. A claim of no wrong accuses no one

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Howie Hawkins claimed that the US government has enough money to spend on health care.",
    "The minister asserted that Ostria's economy will grow by four percent next year.",
])
def test_a_claim_of_no_wrong_accuses_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE"), events


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Howie Hawkins claimed that the US government was corrupt and dishonest.", "Hawkins", "United States"),
    ("Howie Hawkins alleged that the US government had rigged the election.", "Hawkins", "United States"),
])
def test_a_claim_of_a_wrong_accuses(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, "ACCUSE", actor, recipient), events



# 18. Coordinated predicates are no actors (the actors' test of a phrase, on the parse)

@pytest.mark.model
@pytest.mark.parametrize("text, word, is_predicate", [
    ("Biden called Trump a clown, a racist, and the worst president on Tuesday.", "president", True),
    ("Biden called Trump a clown, a racist, and the worst president on Tuesday.", "racist", True),
    ("Biden called Trump a clown on Tuesday.", "clown", True),
    ("Macron met the president and the prime minister in Paris on Tuesday.", "minister", False),
    ("Macron met the president and the prime minister in Paris on Tuesday.", "president", False),
])
def test_coordinated_predicates_are_predicates(nlp, text, word, is_predicate) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.actors.kinds import predicate

    tok = next(t for t in nlp(text) if t.text == word)
    assert (predicate(tok) is not None) is is_predicate, [(t.text, t.dep_, t.head.text) for t in tok.doc]



# 19. Signing a letter is no agreement

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sixteen parties signed a letter to the president on Monday.",
    "Thousands of residents signed a petition to the governor last week.",
])
def test_signing_no_pact_supports_no_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "SUPPORT") and not events_with(events, "AGREE"), events


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Iran signed a border agreement with Iraq on Monday.", "Iran", "Iraq"),
    ("Kenya signed a trade pact with Uganda on Monday.", "Kenya", "Uganda"),
])
def test_signing_a_pact_stays(nlp, text, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] in ("SUPPORT", "AGREE") and any(actor in a for a in e[1])
            and any(recipient in r for r in e[2])], events
