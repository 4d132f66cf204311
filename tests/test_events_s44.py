"""Failure classes of issues 10 and 11 (session 44), found on news-like articles written for the
purpose in the register of wire copy, each seen failing before its fix.

1. A verb hung on a name's appositive is the name's act. "China, North Korea's main ally, called on
   all parties to show restraint" made the call one of an actor named "North Korea's main ally", of
   no country, and China was no actor at all: the parser reads the sentence as a fragment whose
   root is "China", with the appositive's head carrying "called" as a clause of its own. A verb
   hung that way on an appositive set off by commas after the sentence's root noun is that noun's
   act; a clause inside the appositive that the commas do not close ("Iran, a country sanctioned
   by the US") is not.

2. "Condemned it" judges the act told before. "Japan's coast guard confirmed the launch, and the
   prime minister condemned it" made the condemnation one of whoever the discourse last addressed
   (the Joint Chiefs of Staff who reported the launch), and "Police arrested 40 students ... Amnesty
   International condemned it" one of no one: a pronoun judged was no act, so the judgement's
   recipient was left to the addressee guess. A neuter pronoun ("it", "this") judged is the act
   noun before it in its own or the previous sentence ("the launch": its doer), else the act the
   discourse last told, as "the move" is; a pronoun that is not judged ("said it would") and a
   judgement of named people stay as they were.

3. The governments of several states are each state's government. "The governments of Argentina,
   Chile and Brazil criticised the move" made three actors named "governments" (of Argentina),
   "governments of Chile" and "governments of Brazil": the phrase split by country kept the plural
   head as each one's name, so none was the one "Government of X" actor the article's other
   mentions of that government join. Split by country, a government head names each state's
   "Government of X"; other heads keep their words ("ministers of Germany").

4. A warning of a blow threatens whom the blow would hit. "Gallant warned that Israel would strike
   Hezbollah" was a threat against Israel, and "the general warned that his troops would attack the
   rebels" one against his troops: a warning that is a threat because its clause tells a hostile act
   (:func:`warns_someone`) found no one warned and took the sentence's other name. Its recipients
   are whom the warned act would be done to (that clause's, or its infinitive's, object or "against"
   phrase); someone warned in person ("warned Hezbollah that ...") stays the recipient. Force
   promised against someone ("was ready to use force against the protesters") was a promise (AGREE):
   the act embedded is a blow, as the same words are in a main clause, so the promise is a threat.

5. A threat's terms do not make it hypothetical. "The general warned that his troops would attack
   the rebels if they did not withdraw", "Russia threatened to strike Kyiv if Ukraine used
   long-range missiles" and "Iran warned it would retaliate if attacked" were flagged hypothetical:
   the condition and the "would" of what is threatened were read as the threat's own. A threat is
   made whatever its terms; only a condition or a modal on the verb of threatening itself ("If the
   talks fail, the rebels could threaten the capital") makes it hypothetical.

6. A sentence's "its" is the state the sentence before was about. "China called on all parties to
   show restraint. Its foreign ministry said ..." left the ministry of no country: a state organ's
   "its" was looked up only in its own sentence. A sentence that opens with "its" or "their" takes
   the state that was the previous sentence's subject ("Poland scrambled jets. Its military
   said"); with no state as that subject it stays of no country.

7. "His government" is the government of the man who speaks. "Mikati said his government would file
   a complaint" made a "government" of no country beside the Lebanese prime minister: "Manohar's
   government" was the government its person leads, "his government" no one's. A government head
   whose possessor is "his" or "her" is the government of the person named last before it in its
   sentence, of that person's country; with no person named before it, it stays as it was.

8. A decision judged is a decision, not a blow. "Police shot dead 20 protesters ... the president
   withdrew the finance bill. The opposition leader welcomed the decision" welcomed the police: a
   noun that points back at an act took the nearest material act whatever it was, and a shooting is
   material. A decision, a policy, a ruling or an order (``data/act_nouns.csv``, refers
   ``decision``) is an act someone decided: a concession, a withdrawal, a sanction, a coercion, a
   mobilisation, an aid, a cooperation or an agreement (word class
   ``events.coding.anaphora.decided_acts``), never an attack, a protest or a refusal of it; "the move" and "the
   operation" still point at any material act.

9. Who asks "the two countries" is not one of them. "Armenia and Azerbaijan clashed on Monday.
   Russia urged the two countries to return to talks" made Azerbaijan the only recipient: the
   two states a counted phrase stands for were the last two named before it, and the nearest was
   the urging state itself. A counted phrase that is the object of a verb leaves out that verb's
   own subject; one that is a subject itself ("India said the two countries had agreed") does not.

10. An act that killed is its doer's act though the parser gave its sentence two subjects. "A
   Nigerian military air strike killed at least 85 people in a village ..., residents and an aid
   group said" coded no killing, and a Myanmar one made the military the victim: the parser made
   the strike a second subject of "said" and "killed" a participle on it, read as a passive ("X,
   arrested by police"). A verb right after such a noun with an object of its own is the noun's
   main verb, as it is where the noun is the sentence's root ("Coalition air strikes killed 20").

11. A body placed in a state is that state's. "The Joint Chiefs of Staff in Seoul said" gave the
   Joint Chiefs the United States (the knowledge base's body of that name), and "the Supreme Court
   in New Delhi" and "the National Assembly in Seoul" no country: a name many states' bodies share
   was resolved without the place its phrase gives. A state body by name with no country word of
   its own, placed by "in" a place of one state, is that state's; not one that names its state
   ("the US Embassy in Seoul") nor a body of no state ("the UN Security Council in New York").

12. What someone is called is no one judged. "The president branded the rebels terrorists" and
   "the rebels, whom he calls terrorists" made "terrorists" a second recipient beside the rebels:
   the predicate of a verdict parsed as a second object was also taken for someone judged. The
   predicate a verdict says of its object (:func:`verdict_predicate`) is no recipient.

13. Who rejects a thing did not make it. "The president condemned the plan that the opposition
   rejected" and "the plan the opposition rejected" condemned the opposition: the subject of a
   relative clause on the judged thing was taken for its maker. A relative clause whose verb takes a
   stand on the thing (rejects, denies, disputes, welcomes it: word class
   ``events.coding.appeals.stance_verbs``) names no maker; "the plan the opposition drafted" still
   does.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, coded_result, events_with, mention_owner


# 1. A verb hung on a name's appositive is the name's act

@pytest.mark.parametrize("text, event, actor, not_actor", [
    ("Iran, the group's main backer, called on Israel to show restraint.", "REQUEST", "Iran", "backer"),
    ("China, North Korea's main ally, called on Japan to show restraint.", "REQUEST", "China", "ally"),
])
def test_a_verb_hung_on_an_appositive_is_the_names_act(nlp, text, event, actor, not_actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events
    assert not events_with(events, event, not_actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("Russia, Syria's closest ally, urged the United States to withdraw its troops.", "REQUEST", "Russia"),
    ("Egypt's foreign minister, Badr Abdelatty, called on Israel to allow aid into Gaza.", "REQUEST", "Abdelatty"),
])
def test_a_parsed_subject_with_an_appositive_stays(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor), events


# 2. "Condemned it" judges the act told before

def _judgements(nlp, text):  # type: ignore[no-untyped-def]
    result = coded_result(nlp, text)
    names = {a.id: a.name for a in result.actors}
    return [(e.event, [names.get(i) for i in e.actor], [names.get(i) for i in e.recipient], e.rule)
            for e in result.events if e.event in ("ACCUSE", "SUPPORT", "REJECT")]


@pytest.mark.parametrize("text, judge, doer", [
    ("North Korea fired a missile into the sea on Friday, the Joint Chiefs of Staff in Seoul said. Japan's coast "
     "guard confirmed the launch, and Prime Minister Fumio Kishida condemned it.", "Kishida", "North Korea"),
    ("Police arrested 40 students in the capital on Monday, a university official said. Amnesty International "
     "condemned it as a violation of their rights.", "Amnesty", "Police"),
    ("The court banned the opposition party on Monday, the interior ministry said. The party's leader condemned it.",
     "leader", "court"),
])
def test_a_pronoun_judged_is_the_act_told_before(nlp, text, judge, doer) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _judgements(nlp, text) if any(judge in (a or "") for a in e[1])]
    assert found and all(any(doer in (r or "") for r in e[2]) and "addressee" not in (e[3] or "") for e in found), found


@pytest.mark.parametrize("text, judge, recipient", [
    ("The army shelled the town on Monday. The ministry said it condemned the protesters.", "ministry", "protesters"),
    ("Rebels attacked the convoy on Monday. The governor praised the soldiers who defended it.", "governor", "soldiers"),
])
def test_a_named_judgement_keeps_its_recipient(nlp, text, judge, recipient) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _judgements(nlp, text) if any(judge in (a or "") for a in e[1])]
    assert found and all(any(recipient in (r or "") for r in e[2]) for e in found), found


# 3. The governments of several states are each state's government

@pytest.mark.parametrize("text, names", [
    ("The governments of Argentina, Chile and Brazil criticised the decision.",
     {"Government of Argentina", "Government of Chile", "Government of Brazil"}),
    ("The governments of France and Germany condemned the attack.", {"Government of France", "Government of Germany"}),
])
def test_the_governments_of_several_states(nlp, text, names) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert any(set(e[1]) == names for e in events), events


def test_a_government_split_joins_its_other_mentions(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Chilean government recalled its ambassador on Monday. The governments of Argentina and Chile "
            "criticised the decision.")
    events = coded_article_events(nlp, text, gated=True)
    assert any(set(e[1]) == {"Government of Argentina", "Government of Chile"} for e in events), events


def test_other_heads_keep_their_words(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The leaders of France and Germany criticised the decision.", gated=True)
    assert any(any("Germany" in a for a in e[1]) and not any(a.startswith("Government") for a in e[1]) for e in events), events


# 4. A warning of a blow threatens whom the blow would hit

@pytest.mark.parametrize("text, recipient, not_recipient", [
    ("Gallant warned that Israel would strike Hezbollah.", "Hezbollah", "Israel"),
    ("The general warned that his troops would attack the rebels if they did not withdraw.", "rebels", "troops"),
    ("The defence minister warned that the army was ready to use force against the protesters.", "protesters", "army"),
])
def test_a_warned_blow_threatens_whom_it_would_hit(nlp, text, recipient, not_recipient) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "THREATEN"]
    assert events and all(any(recipient in r for r in e[2]) and not any(not_recipient in r for r in e[2])
                          for e in events), events


def test_someone_warned_in_person_stays_the_recipient(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The minister warned Hezbollah that Israel would strike.", gated=True)
    assert events_with(events, "THREATEN", "minister", "Hezbollah"), events


@pytest.mark.parametrize("text, event", [
    ("The army said it was ready to use force against the protesters.", "THREATEN"),
    ("The army vowed to deploy troops to help flood victims.", "AGREE"),
])
def test_force_promised_against_someone_is_a_threat(nlp, text, event) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert [e for e in events if e[0] == event], events


# 5. A threat's terms do not make it hypothetical

def _threat_flags(nlp, text):  # type: ignore[no-untyped-def]
    return [e.aux for e in coded_result(nlp, text).events if e.event == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The general warned that his troops would attack the rebels if they did not withdraw.",
    "Russia threatened to strike Kyiv if Ukraine used long-range missiles.",
    "Iran warned it would retaliate if attacked.",
])
def test_a_threats_terms_do_not_make_it_hypothetical(nlp, text) -> None:  # type: ignore[no-untyped-def]
    flags = _threat_flags(nlp, text)
    assert flags and all("hypothetical" not in f for f in flags), flags


@pytest.mark.parametrize("text", [
    "If the talks fail, the rebels could threaten the capital.",
    "The rebels would threaten the capital if the talks failed.",
])
def test_a_threat_itself_conditional_stays_hypothetical(nlp, text) -> None:  # type: ignore[no-untyped-def]
    flags = _threat_flags(nlp, text)
    assert flags and all("hypothetical" in f for f in flags), flags


def _actor_of(nlp, text, mention):  # type: ignore[no-untyped-def]
    return mention_owner(_actors_stage(nlp, text), mention)


def _actors_stage(nlp, text):  # type: ignore[no-untyped-def]
    """The actors stage's result (with the linker) for a short article dated 2024-03-01."""
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    return Pipeline(["actors"], errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2024, 3, 1)))


# 6. A sentence's "its" is the state the sentence before was about

@pytest.mark.parametrize("text, mention, country", [
    ("China called on all parties to show restraint. Its foreign ministry said the situation was complex.",
     "Its foreign ministry", "CHN"),
    ("Poland scrambled jets on Sunday. Its military said the airspace had been violated.", "Its military", "POL"),
])
def test_a_sentences_its_is_the_state_before(nlp, text, mention, country) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(nlp, text, mention)
    assert actor is not None and actor.country == country, actor


def test_its_after_no_state_subject_stays_unplaced(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The talks with Poland collapsed on Sunday. Its military said the airspace had been violated."
    actor = _actor_of(nlp, text, "Its military")
    assert actor is not None and actor.country is None, actor


# 7. "His government" is the government of the man who speaks

def test_his_government_is_the_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lebanese Prime Minister Najib Mikati said his government would file a complaint with the Security Council."
    actor = _actor_of(nlp, text, "his government")
    assert actor is not None and actor.country == "LBN" and actor.sector == "GOV", actor


def test_his_government_with_no_one_named_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(nlp, "The president said his government would file a complaint.", "his government")
    assert actor is not None and actor.country is None, actor


# 8. A decision judged is a decision, not a blow

@pytest.mark.parametrize("text, event, judge, doer, not_doer", [
    ("Police shot dead 20 protesters on Tuesday. On Wednesday the president withdrew the finance bill. The "
     "opposition leader welcomed the decision.", "SUPPORT", "opposition leader", "president", "Police"),
    ("Soldiers attacked a village in the north on Monday. The government expelled the French ambassador on "
     "Tuesday. France condemned the decision.", "ACCUSE", "France", "government", "Soldiers"),
])
def test_a_decision_judged_is_a_decision(nlp, text, event, judge, doer, not_doer) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, judge, doer), events
    assert not events_with(events, event, judge, not_doer), events


def test_the_move_still_points_at_a_blow(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "Soldiers attacked a village in the north on Monday. The governor condemned "
                                        "the move.", gated=True)
    assert events_with(events, "ACCUSE", "governor", "Soldiers"), events


# 9. Who asks "the two countries" is not one of them

@pytest.mark.parametrize("text, event, actor", [
    ("Armenia and Azerbaijan clashed on Monday. Russia urged the two countries to return to talks.", "REQUEST", "Russia"),
    ("Fighting between Armenia and Azerbaijan flared on Monday. Russia called on both countries to return to talks.",
     "REQUEST", "Russia"),
])
def test_who_asks_the_two_countries_is_not_one_of_them(nlp, text, event, actor) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert any(e[0] == event and actor in e[1][0] and set(e[2]) == {"Armenia", "Azerbaijan"} for e in events), events


def test_a_counted_subject_keeps_the_states_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "India and Pakistan held talks on Monday. India said the two countries had agreed to a ceasefire."
    events = coded_article_events(nlp, text, gated=True)
    assert any(e[0] in ("AGREE", "CONCEDE") and {"India", "Pakistan"} <= set(e[1]) for e in events), events


# 10. An act that killed is its doer's act though the parser gave its sentence two subjects

@pytest.mark.parametrize("text, actor", [
    ("A Nigerian military air strike killed at least 85 people in a village in the northwestern Kaduna state on "
     "Sunday, residents and an aid group said.", "Nigeria"),
    ("A Myanmar military air strike killed at least 40 people in a village in the northwestern Sagaing region on "
     "Tuesday, residents and an opposition group said.", "Tatmadaw"),
])
def test_a_killing_act_with_two_subjects_is_its_doers(nlp, text, actor) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ASSAULT"]
    assert any(any(actor in a for a in e[1]) and any("people" in r for r in e[2]) for e in events), events
    assert not any(any(actor in r for r in e[2]) for e in events), events


# 11. A body placed in a state is that state's

@pytest.mark.parametrize("text, mention, country", [
    ("The Joint Chiefs of Staff in Seoul said the missile flew about 600 km.", "The Joint Chiefs of Staff", "KOR"),
    ("The Supreme Court in New Delhi ruled on Monday that the law was valid.", "Supreme Court", "IND"),
    ("The National Assembly in Seoul passed the bill on Monday.", "National Assembly", "KOR"),
])
def test_a_body_placed_in_a_state_is_that_states(nlp, text, mention, country) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(nlp, text, mention)
    assert actor is not None and actor.country == country, actor


@pytest.mark.parametrize("text, mention, country", [
    ("The US Embassy in Seoul said the missile flew about 600 km.", "US Embassy", "USA"),
    ("The UN Security Council in New York voted on Monday to extend the mission.", "UN Security Council", "UNO"),
])
def test_a_body_naming_its_state_or_none_keeps_it(nlp, text, mention, country) -> None:  # type: ignore[no-untyped-def]
    actor = next((a for a in _actors_stage(nlp, text).actors if mention in a.name or any(mention in m.span.text for m in a.mentions)),
                 None)
    assert actor is not None and actor.country == country, actor



# 12. What someone is called is no one judged

@pytest.mark.parametrize("text", [
    "The president branded the rebels terrorists.",
    "The rebels, whom the government calls terrorists, seized the town.",
    "Tshisekedi has said he will not negotiate with the rebels, whom he calls terrorists.",
])
def test_what_someone_is_called_is_no_one_judged(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in coded_article_events(nlp, text, gated=True) if e[0] == "ACCUSE"]
    assert events and all("rebels" in e[2] and "terrorists" not in e[2] for e in events), events


# 13. Who rejects a thing did not make it

@pytest.mark.parametrize("text", [
    "The president condemned the plan that the opposition rejected on Monday.",
    "The president condemned the plan the opposition rejected on Monday.",
])
def test_who_rejects_a_thing_did_not_make_it(nlp, text) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert not events_with(events, "ACCUSE", "president", "opposition"), events


def test_who_drafted_a_thing_made_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The president condemned the plan the opposition drafted on Monday.", gated=True)
    assert events_with(events, "ACCUSE", "president", "opposition"), events
