"""Actors whose reference actor is found but whose codes are half right: the actor figure counts
them as wrong (country and sector must both match), so the report also says, of the reference
actors linked to a coded actor, how often the country and how often the sector is right: progress
on one code shows where the other still fails."""

from __future__ import annotations

from tidings.evaluate.corpus import GoldActor, GoldArticle
from tidings.evaluate.news import aggregate, score_article


def _article(actors) -> GoldArticle:  # type: ignore[no-untyped-def]
    return GoldArticle("wn:t", "c", "2026-12-02", "dev", True, tuple(actors), (), (), ())


REF = (GoldActor("R1", "Ana Ruiz", "person", "ESP", "GOV", None, ((0, 8),)),
       GoldActor("R2", "Rask Bank", "organization", "OST", "BUS", None, ((20, 29),)),
       GoldActor("R3", "Omar Varo", "person", "OST", "REB", None, ((40, 49),)),
       GoldActor("R4", "Lea Brandt", "person", "DEU", "GOV", None, ((60, 70),)))  # never coded
SYS = (GoldActor("s1", "Ana Ruiz", "person", "ESP", "GOV", None, ((0, 8),)),        # both right
       GoldActor("s2", "Rask Bank", "organization", "OST", None, None, ((20, 29),)),  # country only
       GoldActor("s3", "Varo", "person", None, "REB", None, ((44, 49),)))             # sector only


def test_news_linked_actor_codes_counted_apart() -> None:
    s = score_article(_article(REF), _article(SYS))
    c = s["counts"]
    assert c["ref_actors_linked"] == 3 and c["ref_actors_found"] == 1
    assert c["linked_country_right"] == 2 and c["linked_sector_right"] == 2
    rep = aggregate([s])
    assert rep["actors_linked_codes"] == {"country": round(2 / 3, 4), "sector": round(2 / 3, 4)}


def test_news_linked_actor_codes_empty_corpus() -> None:
    assert aggregate([])["actors_linked_codes"] == {"country": 0.0, "sector": 0.0}
