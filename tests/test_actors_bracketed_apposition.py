"""A description set after a name's bracketed short form is the name's (sentences written for these
tests).

Class (session 42): "positions held by the Syrian Democratic Forces (SDF), a US-backed alliance"
made "US-backed alliance" an actor of its own, the shelling's target: the bracket cut the
apposition, and the parser made the description the object of the main verb. An indefinite
description right after "Name (ACRONYM)," is set beside the name, as it is without the bracket.
Not a description after a bracket that holds no short form of a name ("the talks (which failed),
a setback"), nor a definite one ("the VDF (a rebel group), the main force").
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _actors(text: str):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article
    return Pipeline(errors="raise").code(Article(id="t", text=text, date=dt.date(2019, 10, 9))).actors


@pytest.mark.parametrize("text, name, description", [
    ("Artillery shelled positions held by the Syrian Democratic Forces (SDF), a US-backed alliance dominated by "
     "the Kurdish YPG militia.", "Syrian Democratic Forces", "US-backed alliance"),
])
def test_description_after_a_bracketed_short_form_is_the_names(text, name, description):
    actors = _actors(text)
    owner = next((a for a in actors if a.name.endswith(name)), None)
    assert owner is not None, actors
    assert any(description in m.span.text for m in owner.mentions), owner
    assert not [a for a in actors if a.name == description], actors


@pytest.mark.parametrize("text, word", [
    ("The rebels left the talks (which had failed), a move the army condemned.", "move"),
    ("The rebels left the talks (in Velt), a move the army condemned.", "move"),
    ("The army said the VDF (a rebel group), the main force, had withdrawn.", "force"),
])
def test_a_bracket_without_a_short_form_sets_nothing_beside(nlp, text, word):  # type: ignore[no-untyped-def]
    from tidings.extract.actors.parsed import _after_bracket
    doc = nlp(text)
    assert _after_bracket(next(t for t in doc if t.text == word)) == []
