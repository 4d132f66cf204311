"""Failure class (issue 11, "statements": accusations lost; found in session 25 on a written probe):
"North Korea's state media mocked the crisis, calling Yoon a puppet traitor" had no recipient and
was gated as a private body's act, because the parser hung the name called something off the verb
as an unlabelled dependent ("calling Yoon a traitor": ``dep``), off the predicate ("called Yoon a
traitor": ``nmod``) or as a second predicate ("called Yoon Suk Yeol a puppet traitor": two
``oprd``). A name before a verdict's predicate is whom it judges, however it is parsed. Negative:
a predicate that judges no one names no recipient, and a plain object stays the recipient.
Sentences written for these tests (real names, invented statements), seen failing before the fix."""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, actor, recipient", [
    ("President Yoon Suk Yeol declared martial law on Tuesday. North Korea's state media mocked the crisis, "
     "calling Yoon a puppet traitor.", "state media", "Yoon"),
    ("President Yoon Suk Yeol declared martial law on Tuesday. North Korea's state media called Yoon a traitor "
     "on Sunday.", "state media", "Yoon"),
    ("Kim Jong Un called Yoon Suk Yeol a puppet traitor on Sunday.", "Kim Jong", "Yoon"),
    # a plain object, as before
    ("Donald Trump called Joe Biden a disaster on Monday.", "Trump", "Biden"),
])
def test_events_a_name_called_something_is_judged(nlp, text: str, actor: str, recipient: str) -> None:  # type: ignore[no-untyped-def]
    assert events_with(coded_article_events(nlp, text), "ACCUSE", actor, recipient)


def test_events_a_name_that_is_the_predicate_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, "The opposition called the new party Forward on Monday.", gated=True)
    assert not events_with(events, "ACCUSE"), events
