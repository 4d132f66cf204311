"""Speech verbs the tagger misreads as nouns right before a quote (sentences written for these
tests, fictional names and places): a present-tense "notes"/"states" after a name, read as a plural
noun ('The Palu Harbour Authority states, "…"'), and a participle set off by commas after the
object ('affirmed her willingness to serve, writing, "…"'). A plural noun that is no verb ("Her
field notes, "…", were lost") stays no cue.
"""

from __future__ import annotations

import pytest
from builders import named_speakers

pytestmark = pytest.mark.model


def quotes_of(code_text, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """{quote text: speaker name or None}."""
    return named_speakers(code_text(text))


MISREAD = [
    ("present-as-plural", 'The Palu Harbour Authority states, "Ships must slow down near the quay at night."',
     "Ships must slow down near the quay at night.", "Harbour Authority"),
    ("notes-as-plural", 'The Ostreland Department of Agriculture notes, "Ground-level ozone harms crops more than '
     'any other pollutant."', "Ground-level ozone harms crops more than any other pollutant.", "Agriculture"),
    ("participle-on-object", 'Then-Secretary Ann Vale affirmed her willingness to accept the role, writing, '
     '"Ostreland needs certainty and stability in these months."', "Ostreland needs certainty and stability in these "
     "months.", "Ann Vale"),
]
NOT_CUES = [
    ("plain-plural", 'Her field notes, "a mess of pencil lines and coffee stains", were lost in the fire.',
     "a mess of pencil lines and coffee stains"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in MISREAD], ids=[c[0] for c in MISREAD])
def test_speakers_misread_cue_names_speaker(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert got.get(quote) is not None and speaker in got[quote], got


@pytest.mark.parametrize("text, quote", [c[1:] for c in NOT_CUES], ids=[c[0] for c in NOT_CUES])
def test_speakers_misread_plain_plural_is_no_cue(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes_of(code_text, text).get(quote) is None


# a participle cue right after a thing its main verb acts on ("tweeted her reasoning saying, '…'"), parsed as that
# thing's own clause: a thing says nothing, the main verb's subject does; a speaking noun there keeps its words
PARTICIPLE_AFTER_THING = [
    ("thing-before-participle", 'Governor Ann Vale signed the bill on Wednesday. The governor tweeted her reasoning '
     'saying, "Today I signed the Ostreland Life Act into law."', "Today I signed the Ostreland Life Act into law.",
     "Ann Vale"),
]
# ... but people who can speak keep their own words ("her supporters chanting"), whoever is named before
PARTICIPLE_AFTER_SPEAKERS = [
    ("speakers-before-participle", 'Mayor Ann Vale left the hall on Wednesday, her supporters chanting, "Four more '
     'years for the mayor and her council."', "Four more years for the mayor and her council."),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in PARTICIPLE_AFTER_THING],
                         ids=[c[0] for c in PARTICIPLE_AFTER_THING])
def test_speakers_participle_after_a_thing_is_the_main_subjects(code_text, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                                speaker: str) -> None:
    got = quotes_of(code_text, text)
    assert got.get(quote) is not None and speaker in got[quote], got


@pytest.mark.parametrize("text, quote", [c[1:] for c in PARTICIPLE_AFTER_SPEAKERS],
                         ids=[c[0] for c in PARTICIPLE_AFTER_SPEAKERS])
def test_speakers_participle_after_speakers_is_theirs(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert quote in got and got[quote] != "Ann Vale", got


# "X …, but Y reports …" parsed as one subject "X but Y": the contrasted name next to the verb is its subject;
# names joined by "and" stay one subject (the first speaks for both)
CONTRASTED_SUBJECT = [
    ("but-name", "Telenord opened shops in Ostreland. At the time, the company invested in deliveries, but Gazeta "
     "Nowa reports only 0.5% of turnover comes from this segment.", "only 0.5% of turnover comes from this segment",
     "Gazeta Nowa"),
    ("and-names", "Telenord and Gazeta Nowa said that only 0.5% of turnover comes from this segment.",
     "only 0.5% of turnover comes from this segment", "Telenord"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CONTRASTED_SUBJECT],
                         ids=[c[0] for c in CONTRASTED_SUBJECT])
def test_speakers_contrasted_subject_speaks(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = quotes_of(code_text, text)
    assert got.get(quote) is not None and speaker in got[quote], got
