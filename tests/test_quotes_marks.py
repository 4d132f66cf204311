"""Quote marks without a parser: conventions, apostrophes, nesting, multi-paragraph quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.extract.quotes.marks import find_quote_regions, paragraphs, top_level
from tidings.extract.quotes import quote_at
from tidings.schema import Quote, Span


def outer_texts(text: str) -> list[str]:
    return [text[r.start:r.end] for r in top_level(find_quote_regions(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We are ready," Ann Vale said.', ["We are ready,"]),
        ("\u201cWe are ready,\u201d Ann Vale said.", ["We are ready,"]),
        ("\u2018We are ready,\u2019 Ann Vale said.", ["We are ready,"]),
        ("'We are ready,' Ann Vale said.", ["We are ready,"]),
        ("Ann Vale said: \u00abNous sommes pr\u00eats\u00bb hier.", ["Nous sommes pr\u00eats"]),
        ("Sie sagte: \u201eWir sind bereit\u201c gestern.", ["Wir sind bereit"]),
        ("Ann said: \u00bbWir sind bereit\u00ab gestern.", ["Wir sind bereit"]),
        ('"We are ready," Mr Vale told reporters, "to talk."', ["We are ready,", "to talk."]),
        # nested: the inner quote belongs to the outer one
        ('"He told me \'never again\' and left," she said.', ["He told me 'never again' and left,"]),
        ("\u2018He told me \u201cnever again\u201d and left,\u2019 she said.", ["He told me \u201cnever again\u201d and left,"]),
        # apostrophes, possessives and elisions open nothing
        ("Gondor's army and the leaders' plan were dialled in.", []),
        ("Arnor\u2019s envoy said they\u2019d go in the \u201990s.", []),
        ("In the '90s they played rock 'n' roll for 'em all.", []),
        ("The leaders' plan was called \u2018a disaster\u2019 by critics.", ["a disaster"]),
        ("Ann Vale's aides said the plan was 'dead on arrival', Gondor's envoy added.", ["dead on arrival"]),
        # a stray mark in mid-paragraph that nothing closes is ignored
        ('He said "unclosed and stray.\nNext paragraph.', []),
        ('', []),
        ('"', []),
        ("''", []),
    ],
)
def test_quotes_marks_regions(text: str, expected: list[str]) -> None:
    assert outer_texts(text) == expected


def test_quotes_marks_nested_region_has_depth() -> None:
    text = '"He told me \'never again\' and left," she said.'
    regions = find_quote_regions(text)
    assert [(text[r.start:r.end], r.depth) for r in regions] == [
        ("He told me 'never again' and left,", 0), ("never again", 1)]


@pytest.mark.parametrize("opening", ['"', "\u201c", "\u2018"])
def test_quotes_marks_multi_paragraph(opening: str) -> None:
    close = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}[opening]
    text = (f"{opening}The first part runs on.\n"
            f"{opening}The second part ends here,{close} she said.\nAfter it.")
    regions = list(top_level(find_quote_regions(text)))
    assert [text[r.start:r.end] for r in regions] == ["The first part runs on.", "The second part ends here,"]
    first, second = regions
    assert first.close is None and first.continued and not first.continues
    assert second.close is not None and second.continues and not second.continued


def test_quotes_marks_unclosed_paragraph_opening_is_kept() -> None:
    # the last paragraph of a run whose writer dropped the final mark: still a quote
    text = 'Intro.\n"We will not go back to war'
    assert outer_texts(text) == ["We will not go back to war"]


def test_quotes_marks_paragraph_offsets() -> None:
    text = "Head line\n\n  Body one.  \nBody two."
    pars = paragraphs(text)
    assert [text[p.start:p.end] for p in pars] == ["Head line", "Body one.", "Body two."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\"\u2018\u2019\u201c\u201d\u00ab\u00bb.,\n")), max_size=60))
def test_quotes_marks_never_raise_and_stay_in_bounds(text: str) -> None:
    for r in find_quote_regions(text):
        assert 0 <= r.open < r.start <= r.end <= len(text)
        assert r.close is None or r.end <= r.close < len(text)


def _quote(qid: str, start: int, end: int) -> Quote:
    return Quote(qid, "x" * (end - start), "direct", Span(start, end, "x" * (end - start)))


@pytest.mark.parametrize(
    "start, end, expected",
    [(12, 15, "q2"), (2, 5, "q1"), (35, 45, None), (45, 50, None), (10, 40, "q1"), (15, 25, "q1")],
)
def test_quotes_quote_at_returns_tightest(start: int, end: int, expected: str | None) -> None:
    quotes = [_quote("q1", 0, 40), _quote("q2", 10, 20)]
    found = quote_at(quotes, start, end)
    assert (found.id if found else None) == expected
