"""Full-text search over quotes: words and speakers, and user input that must never be obeyed as syntax."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import query
from tidings.schema import Actor, Article, ArticleResult, Quote, Span
from tidings.store import connect, write_result

QUOTES = [
    # (article, date, speaker actor name or None, speaker_text, quote text)
    ("n1", "2031-01-10", "Aragorn Elessar", "the king", "We will rebuild the bridges before winter."),
    ("n1", "2031-01-10", None, "a ranger", "Nobody crosses the ford at night - not even us."),
    ("n2", "2031-02-20", "Éowyn of Rohan", "Éowyn", "The riders of the Mark are ready; NEAR or far, we ride."),
    ("n2", "2031-02-20", "Steward of Gondor", "the Steward", 'He said "never" and meant it (AND more).'),
    ("n3", "2031-03-01", None, None, "Ünïcödé wörds and café prices rose 10%."),
]


def _corpus() -> list[ArticleResult]:
    out = []
    for aid in dict.fromkeys(a for a, *_ in QUOTES):
        rows = [q for q in QUOTES if q[0] == aid]
        actors, quotes, text = [], [], ""
        for i, (_, _, name, said, words) in enumerate(rows):
            speaker = None
            if name:
                speaker = f"a{len(actors) + 1}"
                actors.append(Actor(speaker, name, "person"))
            start = len(text)
            text += words + " "
            quotes.append(Quote(f"q{i + 1}", words, "direct", Span(start, start + len(words), words), speaker, said))
        out.append(ArticleResult(Article(aid, text, dt.date.fromisoformat(rows[0][1]), f"Story {aid}"),
                                 tuple(actors), tuple(quotes)))
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "t.db"
    conn = connect(path)
    for r in _corpus():
        write_result(conn, r)
    conn.close()
    return path


def _ids(rows: list[query.QuoteRow]) -> set[str]:
    return {f"{r.article_id}/{r.quote_id}" for r in rows}


@pytest.mark.parametrize(("text", "expected"), [
    ("bridges", {"n1/q1"}),
    ("BRIDGES winter", {"n1/q1"}),
    ("winter bridges", {"n1/q1"}),
    ("bridges summer", set()),
    ("bridge", set()),  # words, not substrings
    ("bridge*", {"n1/q1"}),
    ("the", {"n1/q1", "n1/q2", "n2/q1"}),
    ('"never"', {"n2/q2"}),
    ('"never', {"n2/q2"}),
    ("NEAR", {"n2/q1"}),  # an FTS5 operator, searched as a word
    ("AND", {"n2/q2", "n3/q1"}),
    ("not", {"n1/q2"}),
    ("(AND more", {"n2/q2"}),
    ("NEAR(riders", set()),  # one token "NEAR(riders" is two words next to each other in no quote
    ("riders:", {"n2/q1"}),
    ("-", set()),
    ("*", set()),
    ("**", set()),
    ("10%", {"n3/q1"}),
    ("unicode words", {"n3/q1"}),  # diacritics folded
    ("ÜNÏCÖDÉ", {"n3/q1"}),
    ("cafe", {"n3/q1"}),
    ("\x00bridges", {"n1/q1"}),
    ("bridges\x00winter", {"n1/q1"}),
    ("\u6c34", set()),
    ("", {"n1/q1", "n1/q2", "n2/q1", "n2/q2", "n3/q1"}),  # no words: no filter
])
def test_query_quotes_text(db: Path, text: str, expected: set[str]) -> None:
    assert _ids(query.quotes(db, text=text)) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("aragorn", {"n1/q1"}),
    ("KING", {"n1/q1"}),  # the words naming the speaker count too
    ("ranger", {"n1/q2"}),
    ("éowyn", {"n2/q1"}),
    ("ÉOWYN OF", {"n2/q1"}),
    ("steward", {"n2/q2"}),
    ("%", set()),
    ("_", set()),
    ("Sauron", set()),
])
def test_query_quotes_speaker(db: Path, speaker: str, expected: set[str]) -> None:
    assert _ids(query.quotes(db, speaker=speaker)) == expected


def test_query_quotes_text_and_speaker_together(db: Path) -> None:
    assert _ids(query.quotes(db, text="the", speaker="rohan")) == {"n2/q1"}
    assert _ids(query.quotes(db, text="bridges", speaker="rohan")) == set()


def test_query_quotes_match_on_speaker_name_column(db: Path) -> None:
    """The index covers the speaker's name as well as the words."""
    assert _ids(query.quotes(db, text="Elessar")) == {"n1/q1"}


def test_query_quotes_row_fields(db: Path) -> None:
    (row,) = query.quotes(db, text="bridges")
    assert (row.speaker, row.speaker_id, row.speaker_text, row.title, row.article_date) == (
        "Aragorn Elessar", "a1", "the king", "Story n1", "2031-01-10")


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2031-02-01", None, {"n2/q1", "n2/q2", "n3/q1"}),
    (None, "2031-01-31", {"n1/q1", "n1/q2"}),
    ("2031-02", "2031-02", {"n2/q1", "n2/q2"}),
])
def test_query_quotes_dates(db: Path, since: str | None, until: str | None, expected: set[str]) -> None:
    assert _ids(query.quotes(db, since=since, until=until)) == expected


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=()), max_size=25))
def test_query_quotes_any_input_is_searched_not_executed(db: Path, words: str) -> None:
    """No input raises: every string is a valid search (possibly matching nothing)."""
    query.quotes(db, text=words, speaker=words)
    query.events(db, text=words, actor=words)


@pytest.mark.parametrize(("words", "expression"), [
    ("a b", '"a" "b"'),
    ('say "hi"', '"say" """hi"""'),
    ("pre*", '"pre"*'),
    ("*", '"*"'),
    ("  ", None),
    ("x\x00y", '"x" "y"'),
])
def test_query_match_expression(words: str, expression: str | None) -> None:
    assert query.match_expression(words) == expression
