"""Failure classes found on the benchmark's dev-work cases (both corpora): events held back by the
gate ("no actor") although the text says who acted. Sentences written for these tests, with
invented names, positive and negative, before the fix.

- A speech act conjoined to a reported clause: "X said it amounted to abuse and demanded ..." is
  parsed with "demanded" joined to "amounted", so it borrows the clause's subject ("it", a thing,
  no one): the demand is the reporter's (:mod:`tidings.extract.events.reported`).
- A subject "it" of a clause reported by a body or state named as subject ("The U.S. Department of
  State announced it had asked ...") is that body (:func:`~tidings.extract.events.binding.bound_it`).
- A state measure told without its doer ("a curfew had been imposed in Kestria", "a state of
  emergency was declared in Lumania") is the government's of the country where it was imposed
  (guide, section 7: "a curfew → COERCE ..."; section 4.3: the doer of an agentless passive when it
  is plain who does it) (:mod:`tidings.extract.events.doerless_measures`).
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor", [
    ("Local rights groups said it amounted to abuse and demanded that the prisoners be released immediately.",
     "REQUEST", "rights groups"),
    ("The Kestrian ministry said the raid was illegal and called on Ostria to withdraw its troops.",
     "REQUEST", "Kestrian ministry"),
    ("The Velmar Workers Union said the decision was unfair and urged the government to reverse it.",
     "REQUEST", "Velmar Workers Union"),
])
def test_events_speech_act_joined_to_a_reported_clause_is_the_reporters(nlp, text: str, event: str,
                                                                        actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


@pytest.mark.parametrize("text, event, not_actor", [
    # a material act joined to a reported clause is the clause subject's, never the reporter's
    ("Ana Lund said the army had shelled the town and killed ten people.", "ASSAULT", "Ana Lund"),
    # a passive joined to the reported clause's passive is no one's act of the reporter
    ("The ministry said the deal was signed on Monday and praised by all sides.", "SUPPORT", "ministry"),
    # a reported clause whose subject is someone keeps its reading
    ("The Kestrian ministry said Ostria had criticised the plan and demanded new talks.", "REQUEST",
     "Kestrian ministry"),
])
def test_events_material_act_joined_to_a_reported_clause_is_not_the_reporters(nlp, text: str, event: str,
                                                                              not_actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event, not_actor), events


@pytest.mark.parametrize("text, event, actor", [
    ("The U.S. Department of State announced late Monday it had asked the Kestrian government for a list of "
     "detained soldiers.", "REQUEST", "State"),
])
def test_events_it_of_a_reported_clause_is_the_reporting_body(nlp, text: str, event: str,
                                                              actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events


# the rule reads the country from the knowledge base: real country names, in invented sentences
@pytest.mark.parametrize("text, actor", [
    ("Police said on Saturday that a curfew had been imposed in Chad as they battled clashes in a northern city.",
     "Chad"),
    ("A state of emergency was declared in Peru on Monday after days of protests.", "Peru"),
    ("Peru recalled its ambassador to Chile in 2001. A curfew was imposed in Peru on Friday.", "Peru"),
    # a city of a country the article names as an actor
    ("Mali recalled its ambassador to Niger on Monday. A curfew was imposed in Bamako on Tuesday.", "Mali"),
])
def test_events_agentless_state_measure_is_the_countrys(nlp, text: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "COERCE", actor), events


@pytest.mark.parametrize("text, not_actor", [
    # a doer the text names keeps the act
    ("Rebels imposed a curfew in the Peruvian town of Vell.", "Peru"),
    # no country named: no doer
    ("A curfew was imposed in the town on Friday.", None),
    # an arrest in a country is the police's (legal acts), not the state's by this rule
    ("Two students were detained in Chad on Friday.", "Chad"),
    # a city of a country the article does not name as an actor: no one to name
    ("A curfew was imposed in Bamako on Tuesday.", None),
])
def test_events_state_measure_without_a_country_keeps_no_doer(nlp, text: str, not_actor: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    if not_actor is None:
        assert not [e for e in events if e[0] == "COERCE" and e[1]], events
    else:
        assert not events_with(events, "COERCE", not_actor), events


@pytest.mark.parametrize("text, body, bound", [
    ("The Ostrian Defence Ministry confirmed on Sunday that it had shelled rebel positions near Vell.", "Ministry", True),
    # a person does not bind "it", nor does a thing
    ("Ivo Sandor said on Sunday it had been a long week before the ministry shelled the town.", "Sandor", False),
])
def test_events_bound_it_is_a_mention_of_the_body(nlp, text: str, body: str, bound: bool) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    holders = [a.name for a in result.actors if any(m.span.text == "it" for m in a.mentions)]
    assert any(body in h for h in holders) == bound, [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]
