"""What kind of document it is names no one who speaks through it (sentences written for these
tests, fictional names).

Class (session 42): "According to a news release on the department's website, …" gave the quote to
"news", and "News reports said …" to "News": the word before a document noun that says what kind
of document it is ("news release", "press statement", "news reports"; word class
``quotes.document_kind_word``) was read as its author, a group of journalists. It is no author:
the document's owner speaks ("on the department's website", "from the Velmar Army"), or no one
the text names. A body compounded with the document ("a police statement") still speaks.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


CASES = [
    ("owner-site", "The Arnor Police Department said it had made no arrests. According to a news release on the "
                   "department's website, the vandalism was meant to harm its name.",
     "the vandalism was meant to harm its name", "Arnor Police Department"),
    ("owner-from", "According to a news release from the Arnor Police Department, the vandalism was meant to harm "
                   "its name.", "the vandalism was meant to harm its name", "Arnor Police Department"),
    ("press-from", "A press statement from the Velmar Army said the talks would resume.", "the talks would resume",
     "Velmar Army"),
    ("news-reports", "News reports said the talks would resume.", "the talks would resume", None),
    ("press-reports", "Other press reports indicate that the talks will resume.", "the talks will resume", None),
    ("body-compound", "According to a police statement, the talks will resume on Monday.",
     "the talks will resume on Monday", "police"),
    ("named-outlet", "A Valley Radio news report said the talks would resume.", "the talks would resume", "Valley Radio"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind_of_document_is_no_speaker(nlp, text: str, quote: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got
