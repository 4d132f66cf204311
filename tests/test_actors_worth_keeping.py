"""An actor no event and no quote uses, with neither a country nor a sector, is not kept (issue 10,
"Typing"): on the benchmark's dev articles such actors were products and works ("PowerBook",
"Nancy Drew"), stock indices, units ("per cubic meter"), words of a foreign-language quote and
people only listed. Neither is an unused name mentioned once whose one code is the country the
article's dominant state lent it (cast lists, bystanders: 224 of 345 such actors on dev matched no
reference actor). Negative cases: a typed actor nobody uses, an untyped one an event uses as actor
or recipient or a quote as speaker, a lent country on a name mentioned twice or used, and a country
the text gives, all stay.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.kinds import used_ids, worth_keeping
from tidings.extract.actors.national import ARTICLE_COUNTRY
from tidings.schema import Actor, Event, Mention, Provenance, Quote, Span

EV = Span(0, 5, "Arnor")


def _actor(i: str, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(i, f"name {i}", "person", country=country, sector=sector)


@pytest.mark.parametrize("actor,events,quotes,kept", [
    (_actor("a1"), (), (), False),  # untyped, unused: a product, a unit, a listed name
    (_actor("a1", country="ARN"), (), (), True),  # a country is worth knowing
    (_actor("a1", sector="BUS"), (), (), True),  # so is a sector
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a1",)),), (), True),  # an event's actor
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a2",), recipient=("a1",)),), (), True),  # its recipient
    (_actor("a1"), (), (Quote("q1", "We will go.", "direct", EV, speaker="a1"),), True),  # a speaker
    (_actor("a1"), (Event("e1", "CONSULT", EV, actor=("a2",)),), (Quote("q1", "x", "direct", EV),), False),
])
def test_worth_keeping_table(actor: Actor, events: tuple[Event, ...], quotes: tuple[Quote, ...], kept: bool) -> None:
    assert (worth_keeping([actor], quotes, events) == [actor]) is kept


def test_worth_keeping_keeps_order_and_the_others() -> None:
    actors = [_actor("a1", "ARN", "GOV"), _actor("a2"), _actor("a3"), _actor("a4", sector="JRN")]
    events = (Event("e1", "ACCUSE", EV, actor=("a1",), recipient=("a3",)),)
    assert [a.id for a in worth_keeping(actors, (), events)] == ["a1", "a3", "a4"]
    assert used_ids((), events) == {"a1", "a3"}


LENT = f"not in the knowledge base; unknown to the knowledge base: ARN, the country 70% {ARTICLE_COUNTRY}"


def _named(n: int, reason: str, sector: str | None = None, wikidata: str | None = None, name: str = "Joan Pell") -> Actor:
    mentions = tuple(Mention(Span(10 * k, 10 * k + len(name), name)) for k in range(n))
    return Actor("a1", name, "person", country="ARN", sector=sector, wikidata=wikidata, mentions=mentions,
                 provenance=Provenance("tidings.actors.v1", "ner.person", 0.2, reason))


@pytest.mark.parametrize("actor,used,kept", [
    (_named(1, LENT), False, False),  # named once, unused, its one code lent by the article
    (_named(2, LENT), False, True),  # named twice: someone the article is about
    # one word named twice and still doing nothing, a lent country its only code: on real news a
    # product, a vehicle, a work or a place ("the Mac", "Columbia", "Iodine"), not a person (session 8)
    (_named(2, LENT, name="Zorvath"), False, False),
    (_named(2, LENT, name="Zorvath"), True, True),  # negative: named twice and acting
    (_named(1, LENT), True, True),  # an event uses it
    (_named(1, LENT, sector="JRN"), False, True),  # a sector of its own
    (_named(1, LENT, wikidata="Q1"), False, True),  # known to the knowledge base
    (_named(1, "demonym 'Arnorian' -> ARN"), False, True),  # a country the text gives
])
def test_worth_keeping_lent_country(actor: Actor, used: bool, kept: bool) -> None:
    events = (Event("e1", "CONSULT", EV, actor=("a1",)),) if used else ()
    assert (worth_keeping([actor], (), events) == [actor]) is kept


@pytest.mark.model
def test_national_marks_a_lent_country(actors_only) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.actors.national import country_by_article_only

    result = actors_only("Kenya's president met Kenyan police chiefs on Monday. The Kenyan army and the Kenyan "
                         "navy joined them. Ostrander Pell, a guest, arrived late.")
    pell = next(a for a in result.actors if a.name.endswith("Pell"))
    assert pell.country == "KEN" and country_by_article_only(pell)
    assert not any(country_by_article_only(a) for a in result.actors if a is not pell)


@pytest.mark.model
def test_pipeline_keeps_only_actors_worth_it(pipeline, actors_only) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.schema import Article

    # ("The PowerBook", with the article, the actors stage itself turns away: kinds.definite_single_name)
    text = "Kestria's foreign minister Ilse Morrow met Zorlan Vask on Monday. PowerBook sold well."
    full = pipeline.code(Article(id="t", text=text, date=dt.date(2020, 5, 1)))
    names = {a.name for a in full.actors}
    assert "PowerBook" not in names  # untyped and used by nothing
    assert any("Morrow" in n for n in names) and any("Vask" in n for n in names)  # the meeting's two sides
    # with no events stage nobody knows who is used: every actor stays
    assert "PowerBook" in {a.name for a in actors_only(text).actors}
