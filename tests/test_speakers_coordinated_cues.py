"""A verb of saying coordinated after another verb speaks with that verb's subject (sentences written
for these tests, fictional names).

Class (session 42): 'Defence Minister Tom Kerr expressed hope for a deal, but warned the strikers,
"it is only a matter of days."' gave the quote to the strikers: a verb of saying without a subject of
its own was read as inverted ('"…," warned the minister'), and the noun after it, its object, was
taken for its speaker. A conjunct after "and" or "but" is no inversion: its speaker is the subject
of the verb it is coordinated with. An inverted verb after a quote and a cue with its own subject
keep their speaker.
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote

pytestmark = pytest.mark.model


COORDINATED = [
    ("but-direct", 'Defence Minister Tom Kerr expressed hope for a quick deal, but warned the strikers, '
                   '"it is only a matter of days."', "it is only a matter of days.", "Tom Kerr"),
    ("and-direct", 'Ann Vale praised the police and warned the strikers, "the law will be enforced."',
     "the law will be enforced.", "Ann Vale"),
    ("but-indirect", "Tom Kerr expressed hope for a quick deal but warned the strikers that it was only a "
                     "matter of days.", "it was only a matter of days", "Tom Kerr"),
    ("reminded", 'The Arnor Herald praised the ruling and reminded its readers, "the court has spoken before."',
     "the court has spoken before.", "Arnor Herald"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in COORDINATED], ids=[c[0] for c in COORDINATED])
def test_coordinated_cue_speaks_with_the_first_verbs_subject(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got


KEPT = [
    ("inverted", '"It is only a matter of days," warned Tom Kerr.', "It is only a matter of days,", "Tom Kerr"),
    ("inverted-said", '"The law will be enforced," said Ann Vale.', "The law will be enforced,", "Ann Vale"),
    ("own-subject", 'Tom Kerr warned the strikers, "it is only a matter of days."', "it is only a matter of days.",
     "Tom Kerr"),
    ("second-subject", 'Tom Kerr praised the police, and Ann Vale warned the strikers, "the law will be enforced."',
     "the law will be enforced.", "Ann Vale"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_inverted_and_subjected_cues_keep_their_speaker(nlp, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speakers_by_quote(nlp, text)
    assert quote in got, got
    assert got[quote] == speaker, got
