"""A participle after a passive speech verb speaks with the verb's agent, not its subject.

``The plan was described by Ann Vale as "fair", saying …``: "described" is a speech act whose
speaker is the agent ("by Ann Vale"); the participle ", saying …" goes on with that speech. After
a passive verb that is no speech act ("was arrested by the police, saying …") the agent is not
the speaker. Every case is written for the tests (fictional names).
"""

from __future__ import annotations

import pytest

from builders import speakers_by_quote as speakers

pytestmark = pytest.mark.model



CASES = [
    ("described-by-saying", 'The new budget was described by Ann Vale as a "fair deal", saying the farmers would '
     "gain the most.", "the farmers would gain the most", "Ann Vale"),
    ("praised-by-adding", "The bridge repairs were praised by Tom Baker on Monday, adding that the road would "
     "reopen soon.", "the road would reopen soon", "Tom Baker"),
    # negative: the passive verb is no speech act: not its agent (the police) speaking
    ("arrested-by-saying", "Tom Baker was arrested by the Gondor police on Friday, saying that he had done "
     "nothing wrong.", "he had done nothing wrong", None),
    # negative: "was quoted by X as saying" relays the subject's words; the medium is not the speaker
    ("quoted-by-as-saying", "Tom Baker was quoted by the Arnor Herald as saying that the bridge would reopen.",
     "the bridge would reopen", "Tom Baker"),
]


@pytest.mark.parametrize("text, quote, speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers_participle_after_a_passive_speech_verb_is_the_agents(nlp, text: str, quote: str,  # type: ignore[no-untyped-def]
                                                                       speaker: str | None) -> None:
    found = speakers(nlp, text)
    assert quote in found, found
    assert found[quote] == speaker, found
