"""Speakers that come from the quote's surroundings rather than its own clause.

Two conventions of news writing are handled here, after each quote got what its own clause says:

* A headline is one clause in telegraphic style ("Talvora 'ready' for talks, says Pask"), which the
  parser often gets wrong; a quote in it belongs to the headline's one speech verb wherever the
  parser hung the quoted words.
* A pronoun ("…," he added) whose antecedent is no actor of the article (the actors stage made
  none for "the general") takes the nominal speaker of the quote just before it when number and
  kind agree, so the quote keeps a speaker text a reader would give it. When that speaker is a
  person speaking for a body ("a spokeswoman for the port authority said …", the body the speaker),
  the pronoun that agrees with the person ("…," she said) gets the same body.

Neither guesses: a headline without a speech verb, or a pronoun with no compatible earlier
speaker, leaves the quote as it was.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from ..agreement import mention_gender, pronoun_features
from .shape import TokenIndex
from .speakers import INSTITUTION_NOUNS, Found, Speaker, is_evaluative, is_speech_verb, is_weak_speech_verb, subject_of

_PERSON_PRONOUNS = frozenset({"he", "she"})
_MAX_PARAGRAPH_GAP = 1


def headline_cue(index: TokenIndex, headline_end: int, quoted: Sequence[tuple[int, int]]) -> Any | None:
    """The speech verb of a headline that has one with a subject outside the quotes, else None."""
    cues = []
    for tok in index.within(0, headline_end):
        if any(s <= tok.idx < e for s, e in quoted) or not is_speech_verb(tok) or is_weak_speech_verb(tok) \
                or is_evaluative(tok):
            continue
        subj, _how = subject_of(tok)
        if subj is not None and not any(s <= subj.idx < e for s, e in quoted):
            cues.append(tok)
    return cues[0] if len(cues) == 1 else None


def _agrees(pronoun: str, speaker: Speaker, doc: Any) -> bool:
    """Whether a nominal speaker phrase can be what ``pronoun`` refers to."""
    if speaker.span is None:
        return False
    around = doc.char_span(speaker.span.start, speaker.span.end, alignment_mode="expand") or ()  # not every token
    toks = [t for t in around if speaker.span.start <= t.idx < speaker.span.end and t.is_alpha]
    if not toks:
        return False
    head = next((t for t in toks if t.head.i == t.i or not (speaker.span.start <= t.head.idx < speaker.span.end)),
                toks[-1])
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("GPE", "NORP", "LOC"):
        return False
    plural = head.tag_ in ("NNS", "NNPS")
    institution = head.lemma_.lower() in INSTITUTION_NOUNS
    if pronoun in _PERSON_PRONOUNS:
        gender = mention_gender([t.text for t in toks])  # "the spokeswoman" is no "he"
        return not plural and not institution and head.ent_type_ != "ORG" \
            and gender in (None, pronoun_features()[pronoun][1])
    if pronoun == "it":
        return not plural and (institution or head.ent_type_ == "ORG")
    return plural or institution  # they


def _speaks_for(speaker: Speaker) -> bool:
    """The speaker's actor is the body its person speaks for ("a spokesman for the ministry"), not
    the person a pronoun could mean: the search for the pronoun's antecedent never saw that person."""
    return speaker.rule.split("+")[0] == "speaker-affiliation"


def carry_pronoun_speakers(found: list[Found], doc: Any) -> list[Found]:
    """Give an unresolved pronoun speaker the agreeing nominal speaker of the quote before it."""
    out = list(found)
    for k, f in enumerate(out):
        sp = f.speaker
        if sp is None or sp.rule != "pronoun-unresolved" or not sp.text:
            continue
        pronoun = sp.text.lower()
        earlier = [g for g in out[:k] if g.speaker is not None and g.speaker.span is not None
                   and g.speaker.span.end <= (sp.span.start if sp.span else f.start)]
        if not earlier:
            continue
        prev = max(earlier, key=lambda g: g.speaker.span.start)  # type: ignore[union-attr]
        assert prev.speaker is not None
        if prev.speaker.rule.startswith("pronoun") or prev.speaker.actor is not None and not _speaks_for(prev.speaker):
            continue  # a pronoun chain or an actor the antecedent search already passed over
        if f.paragraph - prev.paragraph > _MAX_PARAGRAPH_GAP or not _agrees(pronoun, prev.speaker, doc):
            continue
        carried = dataclasses.replace(prev.speaker, rule="pronoun-previous-speaker", score=0.6)
        out[k] = dataclasses.replace(f, speaker=carried, score=min(f.score, 0.6))
    return out


__all__ = ["carry_pronoun_speakers", "headline_cue"]
