"""How the benchmark scores pronoun resolution: a reference mention that is a third-person pronoun
is resolved when a coded actor has a mention on exactly its span, and right when that actor's
named mentions (not its pronouns) lie on the reference actor's. Unresolved is neither right nor
wrong; a pronoun inside a longer coded mention ("his supporters") is not resolved by it."""

from __future__ import annotations

import pytest

from tidings.evaluate.corpus import GoldActor, GoldArticle
from tidings.evaluate.news import aggregate, score_article
from tidings.evaluate.news_match import pronoun_links

TEXT = "Ana Ruiz met Omar Varo. She said he lied. His supporters left. It rained."
#       0         1         2         3         4         5         6         7
#       0123456789012345678901234567890123456789012345678901234567890123456789012
SHE, HE, HIS = (24, 27), (33, 35), (42, 45)


def _article(actors) -> GoldArticle:  # type: ignore[no-untyped-def]
    return GoldArticle("wn:t", "c", "2026-12-02", "dev", True, tuple(actors), (), (), ())


def _ref() -> GoldArticle:
    return _article((GoldActor("R1", "Ana Ruiz", "person", "ESP", "GOV", None, ((0, 8), SHE)),
                     GoldActor("R2", "Omar Varo", "person", "OST", "REB", None, ((13, 22), HE, HIS))))


@pytest.mark.parametrize("sys_actors, want", [
    # both pronouns to their own actor; "His" not coded
    ([((0, 8), SHE), ((13, 22), HE)], (3, 2, 0)),
    # "he" given to Ana Ruiz: wrong
    ([((0, 8), SHE, HE), ((13, 22),)], (3, 1, 1)),
    # nothing resolved: neither right nor wrong
    ([((0, 8),), ((13, 22),)], (3, 0, 0)),
    # a coded mention "His supporters" holds the pronoun but does not resolve it
    ([((0, 8),), ((13, 22),), ((42, 57),)], (3, 0, 0)),
    # an actor known only by a pronoun is linked to no reference actor: wrong
    ([((0, 8),), ((13, 22),), (HE,)], (3, 0, 1)),
])
def test_news_pronoun_links(sys_actors, want) -> None:  # type: ignore[no-untyped-def]
    sys = _article(GoldActor(f"s{i}", "x", "person", None, None, None, tuple(ms)) for i, ms in enumerate(sys_actors))
    assert TEXT[slice(*SHE)] == "She" and TEXT[slice(*HE)] == "he" and TEXT[slice(*HIS)] == "His"
    assert pronoun_links(_ref(), sys, TEXT) == want


def test_news_pronoun_figures_need_the_text() -> None:
    sys = _article((GoldActor("s1", "Ana", "person", None, None, None, ((0, 8), SHE)),))
    with_text = aggregate([score_article(_ref(), sys, text=TEXT)])["pronouns"]
    assert with_text == {"reference": 3, "right": round(1 / 3, 4), "wrong": 0.0, "precision": 1.0}
    assert aggregate([score_article(_ref(), sys)])["pronouns"]["reference"] == 0
