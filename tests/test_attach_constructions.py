"""Event locations for constructions of place the events stage codes (hand-built triggers on
hand-written sentences): "out of X", "around X", "return to X for talks", a country and a
place inside it ("in Germany ... in Munich": the most specific place), places known only from
their description; and dates that belong to another clause."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tidings.extract import when_where, times as dates, places
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult, Event, Span

pytestmark = pytest.mark.model
FRI = dt.date(2025, 9, 5)


def _code(nlp, text: str, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    res = Resources()
    draft = ArticleResult(article=Article(id="t", text=text, date=FRI))
    draft = places.run(doc, dates.run(doc, draft, res), res)
    start = text.index(trigger)
    event = Event(id="e1", event="CONSULT", evidence=Span(0, len(text), text),
                  trigger=Span(start, start + len(trigger), trigger))
    (coded,) = when_where.run(doc, dataclasses.replace(draft, events=(event,)), res).events
    return coded


@pytest.mark.parametrize(("text", "trigger", "name", "country", "rule"), [
    # out of X: the place left is where the removal happens
    ("Aid workers were flown out of the northern Afghan city of Kunduz on Monday.", "flown", "Kunduz", "AFG",
     "locative"),
    ("Aid workers were evacuated out of Mogadishu on Monday.", "evacuated", "Mogadishu", "SOM", "locative"),
    ("Three hundred civilians were bused out of Aleppo, leaving only fighters behind.", "bused", "Aleppo", "SYR",
     "locative"),
    # a town too small for the gazetteer keeps the country its description gives
    ("The last monitors were pulled out of the Bosnian town of Srebrenica on Friday.", "pulled", "Srebrenica",
     "BIH", "locative"),
    # around X, however deep in the object it hangs
    ("Police set up checkpoints around Kabul after the bombing.", "set", "Kabul", "AFG", "locative"),
    ("The council imposed a ban on the sale, transport and storage of fuel around Harare.", "imposed", "Harare",
     "ZWE", "locative"),
    ("The council imposed a ban on the sale, transport and storage of fuel around Harare.", "ban", "Harare",
     "ZWE", "locative"),
    # return to X for talks: the destination for the motion, the sentence's place for the talks
    ("Iranian and British diplomats return to Vienna next week for talks on the nuclear deal.", "return", "Vienna",
     "AUT", "destination"),
    ("Iranian and British diplomats return to Vienna next week for talks on the nuclear deal.", "talks", "Vienna",
     "AUT", "sentence"),
    # a country and a place inside it in the event's clause: the most specific place
    ("A French fan has been charged in Germany for his part in riots at a football match in Munich.", "charged",
     "Munich", "DEU", "most-specific"),
    ("Two journalists were detained in Egypt after a protest in Cairo.", "detained", "Cairo", "EGY",
     "most-specific"),
    ("A Dutch trader was placed under investigation in Spain over a fraud at a bank in Valencia.", "investigation",
     "Valencia", "ESP", "most-specific"),
    # a trigger of several words stands for its head
    ("A Dutch trader was placed under investigation in Spain over a fraud at a bank in Valencia.",
     "placed under investigation", "Valencia", "ESP", "most-specific"),
    ("The council imposed a ban on the sale, transport and storage of fuel around Harare.", "imposed a ban",
     "Harare", "ZWE", "locative"),
])
def test_attach_constructions_location(nlp, text, trigger, name, country, rule) -> None:  # type: ignore[no-untyped-def]
    loc = _code(nlp, text, trigger).location
    assert loc is not None
    assert (loc.name, loc.country, loc.provenance.rule) == (name, country, rule)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # a place in another country never narrows the event's country
    ("The minister was questioned in France about a deal signed in Moscow.", "questioned", "France"),
    # nor does a place in a coordinated clause with its own subject
    ("Protesters marched in Spain, and police detained dozens in Madrid.", "marched", "Spain"),
    # nor the place where the subject is
    ("Exiles in London protested in Britain on Monday.", "protested", "United Kingdom"),
])
def test_attach_constructions_country_kept(nlp, text, trigger, name) -> None:  # type: ignore[no-untyped-def]
    loc = _code(nlp, text, trigger).location
    assert loc is not None and loc.name == name and loc.provenance.rule != "most-specific"


@pytest.mark.parametrize(("text", "trigger"), [
    ("The envoy refused to return to Geneva.", "refused"),  # the destination of a motion not done
    ("Officials from Basra refused to comment.", "refused"),  # where the speakers come from
])
def test_attach_constructions_no_location(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text, trigger).location is None


@pytest.mark.parametrize(("text", "trigger", "value", "raw"), [
    # a date in a clause with its own subject that does not embed the trigger's is that clause's
    ("The minister said he recently spoke with the president.", "said", "2025-09-05", None),
    ("The envoy met the president, who arrived on Tuesday.", "met", "2025-09-05", None),
    ("Troops entered the town on Monday and rebels seized the bridge.", "seized", "2025-09-05", None),
    ("Troops entered the town, and the rebels seized the bridge on Monday.", "entered", "2025-09-05", None),
    # ... but it is the trigger's when the trigger is in that clause or below it
    ("The minister said he recently spoke with the president.", "spoke", "2025-09", "recently"),
    ("Troops entered the town on Monday and rebels seized the bridge.", "entered", "2025-09-01", "Monday"),
    ("Troops entered the town and seized the bridge on Monday.", "entered", "2025-09-01", "Monday"),
    ("On Monday, the minister said troops attacked the village.", "attacked", "2025-09-01", "Monday"),
    ("The talks, which ended on Wednesday, produced no deal.", "talks", "2025-09-03", "Wednesday"),
    ("Two people were killed in a bombing that happened on Wednesday.", "killed", "2025-09-03", "Wednesday"),
    # a date in front of coordinated clauses scopes over both
    ("On Wednesday, nine people were killed and thirty were injured.", "injured", "2025-09-03", "Wednesday"),
    # a date before the subject of an embedded clause is outside it, whatever the parse says
    ("The premier said at a news conference yesterday morning the rules should be changed.", "said",
     "2025-09-04", "yesterday morning"),
    # ... and after its complementizer it is inside
    ("The minister said that on Monday the troops would withdraw.", "said", "2025-09-05", None),
    ("Troops entered the town, and on Monday the rebels seized the bridge.", "entered", "2025-09-05", None),
    ("Speaking on Wednesday, the minister warned of sanctions.", "warned", "2025-09-03", "Wednesday"),
])
def test_attach_constructions_date_clause(nlp, text, trigger, value, raw) -> None:  # type: ignore[no-untyped-def]
    date = _code(nlp, text, trigger).date
    assert date is not None and (date.value, date.raw) == (value, raw)
