"""A quoted phrase inside a reported clause of the same report is one indirect quote.

The annotation guide ("Quotes"): an indirect clause containing a quoted phrase is one indirect
quote, with no separate partial. The same report is the same speech verb or the same speaker;
a partial quote of another speaker, one outside the reported clause, one in a sentence with no
reported clause, and a direct quote all stay. Actors are made by hand (name -> kind and the
surface strings that mention it), so these tests check the quotes stage alone. A quote is
summarised as (kind, text, speaker actor name or None, cue).
"""

from __future__ import annotations

from typing import Any

import pytest

from builders import Cast, actors_from_cast
from tidings.extract import quotes
from tidings.registry import Resources
from tidings.schema import Article, ArticleResult

pytestmark = pytest.mark.model

CAST: Cast = {
    "Ann Vale": ("person", ["Ann Vale", "Vale"]),
    "Tom Baker": ("person", ["Tom Baker", "Baker"]),
    "Gondor": ("country", ["Gondor"]),
}


def summary(nlp: Any, text: str) -> list[tuple]:
    draft = ArticleResult(Article(id="t", text=text), actors=actors_from_cast(text, CAST))
    result = quotes.run(nlp(text), draft, Resources())
    names = {a.id: a.name for a in result.actors}
    return [(q.kind, q.text, names.get(q.speaker) if q.speaker else None, q.cue) for q in result.quotes]


CASES = [
    # positive: the quoted phrase lies inside the speaker's own reported clause
    ("said-that-phrase", 'Ann Vale said that the new tariff was "a gift to smugglers".',
     [("indirect", 'the new tariff was "a gift to smugglers"', "Ann Vale", "said")]),
    ("said-no-that", 'Tom Baker said the harbour deal was "a quiet scandal" from the start.',
     [("indirect", 'the harbour deal was "a quiet scandal" from the start', "Tom Baker", "said")]),
    ("unresolved-speaker", 'A port official said the harbour deal was "a quiet scandal".',
     [("indirect", 'the harbour deal was "a quiet scandal"', "port official", "said")]),
    ("closing-attribution", 'The army would answer "with every means it has", Ann Vale warned on Monday.',
     [("indirect", 'The army would answer "with every means it has"', "Ann Vale", "warned")]),
    # negative: no reported clause in the sentence: the partial quote stays
    ("no-report-described", 'Ann Vale described the harbour deal as "a quiet scandal".',
     [("partial", "a quiet scandal", "Ann Vale", "described")]),
    ("no-report-called", 'Tom Baker called the ruling "a victory for the valley".',
     [("partial", "a victory for the valley", "Tom Baker", "called")]),
    # negative: a quoted phrase of another speaker inside the reported clause stays that speaker's
    ("another-speaker", 'Ann Vale said Tom Baker had called the accord "a betrayal of the valley".',
     [("indirect", 'Tom Baker had called the accord "a betrayal of the valley"', "Ann Vale", "said"),
      ("partial", "a betrayal of the valley", "Tom Baker", "called")]),
    # negative: the phrase outside the reported clause (a second verb of the speaker) stays
    ("outside-the-clause", 'Ann Vale said the talks had failed and vowed to fight on "until the last vote".',
     [("indirect", "the talks had failed", "Ann Vale", "said"),
      ("partial", "until the last vote", "Ann Vale", "vowed")]),
    # negative: a direct quote after the reported clause stays a direct quote of its own
    ("direct-after-report", 'Tom Baker said the border would stay open. "We will not close it," he added.',
     [("indirect", "the border would stay open", "Tom Baker", "said"),
      ("direct", "We will not close it,", "Tom Baker", "added")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes_nested_partial_is_one_indirect_quote(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert summary(nlp, text) == expected


# the events that judge or allege through the quoted phrase keep their speaker, linked to the one quote
MET = "Governor Ali Bakr and Senator Dara Quell of Ostria met on Monday. "
LINKED = [
    ("judged-name", MET + 'Quell said that Bakr was "a reckless and dangerous liar".',
     "ACCUSE", "Dara Quell", "Ali Bakr", 'Bakr was "a reckless and dangerous liar"'),
    ("judged-act", MET + 'Quell said the ruling by Bakr was "clumsy and reckless".',
     "ACCUSE", "Dara Quell", "Ali Bakr", 'the ruling by Bakr was "clumsy and reckless"'),
    ("alleged-attack", 'Ostrian troops shelled Kestrian villages on Monday. Kestrian envoy Dara Quell said Ostria had '
     'committed "a cowardly and criminal attack" on civilians.',
     "ACCUSE", "Dara Quell", "Ostria", 'Ostria had committed "a cowardly and criminal attack" on civilians'),
]


@pytest.mark.parametrize("text, event, actor, recipient, quote", [c[1:] for c in LINKED], ids=[c[0] for c in LINKED])
def test_quotes_nested_partial_events_keep_their_quote(  # type: ignore[no-untyped-def]
        nlp, text: str, event: str, actor: str, recipient: str, quote: str) -> None:
    import datetime as dt

    from tidings.extract.events.relevance import is_live
    from tidings.pipeline import Pipeline

    result = Pipeline(errors="raise", nlp=nlp).code(Article(id="t", text=text, date=dt.date(2025, 9, 5)))
    names = {a.id: a.name for a in result.actors}
    quotes_by_id = {q.id: q for q in result.quotes}
    linked = [(quotes_by_id[e.quote].kind, quotes_by_id[e.quote].text) for e in result.events
              if is_live(e) and e.event == event and e.quote in quotes_by_id
              and [names.get(i) for i in e.actor] == [actor] and recipient in [names.get(i) for i in e.recipient]]
    assert linked == [("indirect", quote)], result.events
    assert [q.kind for q in result.quotes] == ["indirect"]




def test_a_phrase_in_a_second_reported_clause_is_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """A second speech verb of the same speaker with its own reported clause ('claiming there is
    "..."') is a second indirect quote, holding the phrase; the first report stays as it is."""
    got = summary(nlp, 'Ann Vale told reporters in Gondor on Monday that the blockade was close to ending, '
                       'claiming there is "a door left open".')
    assert ("indirect", 'there is "a door left open"', "Ann Vale", "claiming") in got
    assert ("indirect", "the blockade was close to ending", "Ann Vale", "told") in got
    assert not any(k == "partial" for k, *_ in got)
