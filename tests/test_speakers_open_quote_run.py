"""A quote left open across paragraphs, after a paragraph about one person, is that person's.

News style opens each paragraph of a long quote with a mark and closes only the last. A paragraph
that is nothing but a first-person quote takes the one person the paragraph before is about ("The
president, Omar Bakr, addressed the nation." then ""Our country …""), but not when the quote was
left open, so the whole run had no speaker when no later paragraph named one (issue 10: quotes
without their speaker). The run now takes that person; a cue naming someone in a later paragraph
of the run still decides, and a paragraph about two people gives none. Sentences written for the
test.
"""

from __future__ import annotations

import pytest

from builders import speaker_of

pytestmark = pytest.mark.model

INTRO = ("Veland's president, Omar Bakr, addressed the nation on Sunday evening.\n\n"
         '"Our country faces its greatest test since independence. We will not bow to pressure.\n\n'
         '"We will defend every village and every field."\n\nHis rival, Ali Reza, dismissed the speech.\n')


@pytest.mark.parametrize("quote", ["Our country faces its greatest test", "We will defend every village"],
                         ids=["open-part", "closing-part"])
def test_an_open_quote_run_takes_the_person_introduced(code_text, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text, INTRO, quote) == "Omar Bakr"


def test_a_later_cue_in_the_run_decides(code_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Veland's president, Omar Bakr, addressed the nation on Sunday evening.\n\n"
            '"Our country faces its greatest test since independence.\n\n'
            '"We will defend every village," said Ali Reza, the defence minister.\n')
    assert speaker_of(code_text, text, "Our country faces its greatest test") == "Ali Reza"


def test_a_paragraph_about_two_people_gives_no_speaker(code_text) -> None:  # type: ignore[no-untyped-def]
    text = ("Omar Bakr met Ali Reza in Rask on Sunday evening.\n\n"
            '"Our country faces its greatest test since independence.\n\n"We will defend every village."\n')
    assert speaker_of(code_text, text, "Our country faces its greatest test") is None
