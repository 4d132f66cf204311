"""Speaker classes of session 16 (sentences written for these tests, fictional names).

Class 1, a passive relay: '"…," Tamsal was quoted as saying' / 'was cited as saying' — the subject
of the passive relaying verb speaks, never a noun inside the quote before it (the parser hangs
"as saying" on the relaying verb, whose own object, if any, is missing). An active relay ("The
paper quoted Tamsal as saying") keeps its object as the speaker.

Class 2, a resolution or declaration speaks for the body that passed or adopted it: "The council
adopted a resolution … . "…," the resolution said", "X passed a resolution calling on Y to
"…"", "The resolution also calls on Z to "…"". A resolution nobody is said to have passed or
adopted ("Lawmakers debated … the resolution said") has no speaker.
"""

from __future__ import annotations

import pytest
from builders import speaker_of

pytestmark = pytest.mark.model


RELAYED = [
    ("passive-quoted", "The army of Veldonia closed the border on Monday. \"Nobody will cross,\" said Arvo Tamsal, "
     "a military spokesman.\n\n\"We will protect the villages,\" Tamsal was quoted as saying in the statement.",
     "We will protect the villages", "Arvo Tamsal"),
    ("passive-cited", "The army of Veldonia closed the border on Monday. \"Nobody will cross,\" said Arvo Tamsal, "
     "a military spokesman.\n\n\"The drone hit the gate,\" Tamsal was cited as saying.",
     "The drone hit the gate", "Arvo Tamsal"),
    ("passive-full-name", "\"Our patience has run out,\" Foreign Minister Ann Vale was quoted as saying by the Palu Herald.",
     "Our patience has run out", "Ann Vale"),
    ("active-relay", "The Palu Herald quoted Mira Solt as saying, \"Our patience has run out.\"",
     "Our patience has run out", "Mira Solt"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RELAYED], ids=[c[0] for c in RELAYED])
def test_speakers_s16_passive_relay(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got


RESOLUTIONS = [
    ("adopted-said", "The Security Council adopted a resolution on Veldonia on Tuesday. \"The council welcomes the "
     "ceasefire,\" the resolution said.", "The council welcomes the ceasefire", "Security Council"),
    ("passed-calling", "The Ostrian parliament on Monday passed a resolution calling on all states to \"stop the "
     "return of refugees to Veldonia.\"", "stop the return of refugees", "parliament"),
    ("passed-then-calls", "The Ostrian parliament on Monday passed a resolution on refugees. The resolution also "
     "calls on the United Nations to \"impose an arms embargo on Veldonia.\"", "impose an arms embargo", "parliament"),
    ("assembly-called", "The General Assembly passed a resolution on Tuesday about Ostria. The resolution called on "
     "Ostria to \"free all political prisoners\".", "free all political prisoners", "General Assembly"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in RESOLUTIONS], ids=[c[0] for c in RESOLUTIONS])
def test_speakers_s16_resolution_speaks_for_its_body(code_text, text: str, quote: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = speaker_of(code_text, text, quote)
    assert got is not None and speaker in got, got


@pytest.mark.parametrize("text, quote", [
    ("Lawmakers debated the war for hours. \"All parties must stop fighting,\" the resolution said.",
     "All parties must stop fighting"),
    ("Ann Vale criticised a resolution of the council. \"All parties must stop fighting,\" the resolution said.",
     "All parties must stop fighting"),
    ("Protesters marched in Palu. The resolution called on Ostria to \"free all political prisoners\".",
     "free all political prisoners"),
])
def test_speakers_s16_resolution_without_body(code_text, text: str, quote: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(code_text, text, quote) is None


def test_speakers_s16_active_relay_with_passive_clause_after(code_text) -> None:  # type: ignore[no-untyped-def]
    """The parser hangs "as saying" on a passive verb later in the sentence: the relay's object still speaks."""
    text = ("The Palu Herald also cited Tom Baker, chief of the Ostrian State Intelligence Agency, as saying the "
            "suspects were linked to the Red Dawn network, which itself was related to a rebel army.")
    got = speaker_of(code_text, text, "the suspects were linked")
    assert got is not None and "Baker" in got, got
