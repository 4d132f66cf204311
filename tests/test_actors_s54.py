"""Actor classes of issue 10 (session 54), written for these tests, each seen failing before its fix.

1. *A name told in full is what its short form means, before any namesake the knowledge base
   knows.* "China's Foreign Ministry spokesman Hong Lei said ... 'They have been placed under
   arrest,' Hong said" gave the quote to the knowledge base's Hong Nam-ki (a South Korean minister
   by the surname "Hong"), a second actor of the article: a lone word was linked to the article's
   full names by their last word only, and failing that to the knowledge base, where a name that
   puts the family name first ("Hong Lei", "Ng Eng Hen") has it. A lone personal name that opens
   exactly one full name told in the article, and ends none, is that person, whatever namesake the
   knowledge base holds (:func:`tidings.extract.actors.cluster.cluster`); one that opens two full
   names stays what it was, and "Hong" with no full name beside it is still read by the
   knowledge base.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, short", [
    ("China's Foreign Ministry spokesman Hong Lei said on Monday that the talks would resume. "
     "\"We are ready to meet,\" Hong said.", "Hong Lei", "Hong"),
    ("China's Foreign Ministry spokesman Hong Lei said in Beijing that Chen had been detained. "
     "\"They have been placed under arrest,\" Hong said.", "Hong Lei", "Hong"),
    ("Foreign Minister Hong Lei met the envoy in Beijing on Monday. Hong said the talks went well.", "Hong Lei", "Hong"),
])
def test_a_short_form_means_the_full_name_in_the_article(code_text, text: str, full: str,  # type: ignore[no-untyped-def]
                                                         short: str) -> None:
    result = code_text(text, date="2020-01-15")
    owner = [a for a in result.actors if any(m.span.text == short for m in a.mentions)]
    assert owner and all(any(m.span.text.endswith(full) for m in a.mentions) for a in owner), result.actors
    assert not any(a.name.startswith(short) and a.name != full for a in result.actors), result.actors


def test_a_short_form_of_two_full_names_is_neither(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Foreign Minister Hong Lei met Trade Minister Hong Kuk-young in Beijing on Monday. "
                       "Hong said the talks went well.", date="2020-01-15")
    short = [a for a in result.actors if any(m.span.text == "Hong" for m in a.mentions)]
    assert not any(any(m.span.text.endswith(("Hong Lei", "Hong Kuk-young")) for m in a.mentions) for a in short), \
        result.actors


def test_a_short_form_alone_is_still_read_by_the_knowledge_base(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Hong said on Monday that the budget would be cut.", date="2020-01-15")
    assert any(a.name == "Hong Nam-ki" for a in result.actors), result.actors
