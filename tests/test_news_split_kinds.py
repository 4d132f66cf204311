"""Split actors by kind: which class of merging would join a reference actor coded as several
(figures only, so that dev-check and test can be diagnosed without reading their cases)."""

from __future__ import annotations

import pytest

from tidings.evaluate.corpus import GoldActor, GoldArticle
from tidings.evaluate.news import aggregate, score_article
from tidings.evaluate.news_match import SPLIT_KINDS, mention_heads, split_kind


def _actor(i: str, name: str, kind: str, country: str | None, sector: str | None, *spans) -> GoldActor:  # type: ignore[no-untyped-def]
    return GoldActor(i, name, kind, country, sector, None, tuple(spans))


@pytest.mark.parametrize("pieces, want", [
    ([_actor("a", "Russia", "country", "RUS", "GOV"), _actor("b", "Government of Russia", "organization", "RUS", "GOV")],
     "state and government"),
    ([_actor("a", "Argentina", "country", "ARG", "GOV"), _actor("b", "authorities", "group", "ARG", "GOV")],
     "state and government"),
    ([_actor("a", "Amazon", "organization", "USA", "BUS"), _actor("b", "Amazon Web Services", "organization", None, None)],
     "names only"),
    ([_actor("a", "David Turpin", "person", None, None), _actor("b", "father", "person", None, None)],
     "name and description"),
    ([_actor("a", "researchers", "group", "AUS", "EDU"), _actor("b", "report's authors", "group", "AUS", "CVL")],
     "descriptions only"),
    # not a state and its government: another state's body, a state's army, two states
    ([_actor("a", "Ukraine", "country", "UKR", "GOV"), _actor("b", "US Navy", "organization", "USA", "MIL")], "names only"),
    ([_actor("a", "Ukraine", "country", "UKR", "GOV"), _actor("b", "Ukrainian forces", "group", "UKR", "MIL")],
     "names only"),
    ([_actor("a", "Serbia", "country", "SRB", "GOV"), _actor("b", "Croatia", "country", "HRV", "GOV")], "names only"),
])
def test_split_kind_names_the_merge_that_would_join_the_pieces(pieces, want) -> None:  # type: ignore[no-untyped-def]
    assert want in SPLIT_KINDS
    assert split_kind(pieces) == want


def _article(actors) -> GoldArticle:  # type: ignore[no-untyped-def]
    return GoldArticle("wn:t", "c", "2026-12-02", "dev", True, tuple(actors), (), (), ())


def test_the_report_counts_split_actors_by_kind() -> None:
    ref = _article([_actor("R1", "Government of Russia", "organization", "RUS", "GOV", (0, 6), (50, 72)),
                    _actor("R2", "David Turpin", "person", "USA", "CRM", (100, 112), (200, 210))])
    sys = _article([_actor("s1", "Russia", "country", "RUS", "GOV", (0, 6)),
                    _actor("s2", "Russian government", "group", "RUS", "GOV", (50, 72)),
                    _actor("s3", "David Turpin", "person", None, None, (100, 112)),
                    _actor("s4", "father", "person", None, None, (200, 210))])
    s = score_article(ref, sys)
    assert s["counts"]["split_actors"] == 2
    rep = aggregate([s])
    assert rep["split_actors_by_kind"] == {"state and government": 1, "names only": 0, "name and description": 1,
                                           "descriptions only": 0}
    assert {e.get("split_kind") for e in s["errors"] if e["kind"] == "actor-split"} == {"state and government",
                                                                                         "name and description"}


def test_a_split_names_its_pieces_so_that_a_reader_sees_what_to_join() -> None:
    ref = _article([_actor("R2", "David Turpin", "person", "USA", "CRM", (100, 112), (200, 210))])
    sys = _article([_actor("s3", "David Turpin", "person", None, None, (100, 112)),
                    _actor("s4", "father", "person", None, None, (200, 210))])
    split = [e for e in score_article(ref, sys)["errors"] if e["kind"] == "actor-split"]
    assert [sorted(e["coded_names"]) for e in split] == [["David Turpin", "father"]]


# Session 50: a coded actor is a piece of a reference actor only through a mention that covers the
# head word of one of its mentions; a body named inside another's mention ("UN" in "UN spokesman
# Farhan Haq", "US House" in "US House Speaker Nancy Pelosi") is another actor, not a split.
@pytest.mark.parametrize("mention, heads", [
    ("UN spokesman Farhan Haq", ["Haq"]),
    ("US House Speaker Nancy Pelosi", ["Pelosi"]),
    ("the Russian government", ["government"]),
    ("Government of Russia", ["Government"]),
    ("Russia's", ["Russia's"]),
    ("Dedi Prasetyo, a spokesperson for the Indonesian National Police", ["Prasetyo", "spokesperson"]),
    ("his Chinese counterpart, Hu Jintao", ["counterpart", "Jintao"]),
    ("the police department of nearby Cullinan", ["department"]),
    ("a team of scientists from the University of Montreal", ["team"]),
    ("Kurdistan Workers' Party (PKK)", ["Party", "PKK"]),
    ("chiefs of Nigeria, Niger, Chad and Benin", ["chiefs"]),
    ("he", ["he"]),
])
def test_the_heads_of_a_mention_are_the_last_words_of_its_apposed_parts(mention: str, heads: list[str]) -> None:
    text = "Earlier: " + mention + " said."
    start = text.index(mention)
    found = mention_heads(text, (start, start + len(mention)))
    assert [text[at:].split()[0].rstrip(",)") for at in found] == heads


def test_a_body_named_inside_a_mention_is_no_piece_of_its_actor() -> None:
    text = "UN spokesman Farhan Haq said the talks failed. The UN said more."
    ref = _article([_actor("R1", "Farhan Haq", "person", "UNO", "GOV", (0, 23))])
    sys = _article([_actor("s1", "United Nations", "organization", "UNO", "IGO", (0, 2), (51, 53)),
                    _actor("s2", "Farhan Haq", "person", "UNO", "GOV", (13, 23))])
    assert score_article(ref, sys, text=text)["counts"].get("split_actors", 0) == 0
    # the same pieces covering the head twice are a split
    ref2 = _article([_actor("R1", "Farhan Haq", "person", "UNO", "GOV", (0, 23), (47, 49))])
    sys2 = _article([_actor("s1", "United Nations", "organization", "UNO", "IGO", (0, 2)),
                     _actor("s2", "Farhan Haq", "person", "UNO", "GOV", (13, 23)),
                     _actor("s3", "he", "person", None, None, (47, 49))])
    text2 = "UN spokesman Farhan Haq said the talks failed. He said more."
    assert score_article(ref2, sys2, text=text2)["counts"]["split_actors"] == 1
