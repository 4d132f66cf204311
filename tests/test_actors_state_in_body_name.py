"""Failure class (issue 10, missed bodies): a named body after "to", "from" or "of" ("delivered to
Kenya Cargo Airlines", "a grant from the Velt Foundation", "Dana Vell of the Velt Foundation")
was read as a place after a locative preposition and dropped, although a body after such a
preposition is a party to the act (a recipient, a source, an employer); the state inside the
body's name then took its mention. A body "in" or "at" somewhere is still no actor by that
alone. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _codes(nlp, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2020, 3, 1)))
    return {m.span.text: (a.country, a.sector) for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text, mention, codes", [
    ("Kenya Cargo Airlines said on Monday it would cancel all flights to Nairobi.", "Kenya Cargo Airlines", ("KEN", "BUS")),
    ("The first new aircraft was delivered to Kenya Cargo Airlines on Monday.", "Kenya Cargo Airlines", ("KEN", "BUS")),
    ("Dana Vell of the Velt Foundation said the results were promising.", "Velt Foundation", (None, "SOC")),
    # negative: the state alone stays the state
    ("Kenya said on Monday it would cancel all flights to Nairobi.", "Kenya", ("KEN", "GOV")),
])
def test_actors_body_after_a_preposition(nlp, text: str, mention: str, codes: tuple | None) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, text)
    assert found.get(mention) == codes, found
