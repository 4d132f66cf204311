"""Failure class (issue 10, seen on real articles): a legislature named by a name several states
use ("the House of Commons") resolved to the one body the knowledge base files under it (the UK
Parliament) in an article about another state. In an article about one state that never
mentions the body's own, a shared name is that state's body when the knowledge base has it,
else an unknown body (which the article's dominant state then claims, as for any unknown body). A name only one state uses
("the Bundestag") keeps its state. Sentences written for these tests, before the fix.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

CANADA = ("Canadian Prime Minister Justin Trudeau spoke in Ottawa on Tuesday. Canadian police and Canadian "
          "officials in Toronto said Canada would act. ")
KENYA = ("Kenyan President Uhuru Kenyatta spoke in Nairobi on Tuesday. Kenyan police and Kenyan officials in "
         "Mombasa said Kenya would act. ")
BRITAIN = ("British Prime Minister Boris Johnson spoke in London on Tuesday. British police and British officials "
           "said Britain would act. ")


def _bodies(nlp, text: str) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2020, 3, 1)))
    return {m.span.text: (a.country, a.sector) for a in result.actors for m in a.mentions}


@pytest.mark.parametrize("text, mention, expected", [
    (CANADA + "The House of Commons voted on the bill on Wednesday.", "House of Commons", ("CAN", "LEG")),
    # no such body of Kenya in the KB: the article's state's, as any unknown body of a one-state article
    (KENYA + "The House of Commons voted on the bill on Wednesday.", "House of Commons", ("KEN", "LEG")),
    # negative: the body's own state's article, and a name only one state uses
    (BRITAIN + "The House of Commons voted on the bill on Wednesday.", "House of Commons", ("GBR", "LEG")),
    (CANADA + "The Bundestag voted on the bill on Wednesday.", "Bundestag", ("DEU", "LEG")),
])
def test_actors_shared_body_name_is_the_articles_state(nlp, text: str, mention: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    bodies = _bodies(nlp, text)
    found = [v for k, v in bodies.items() if mention in k]
    assert found and found[0] == expected, bodies
