"""Which words of a participant's phrase name who it is, and which name someone or somewhere beside it.

The events stage's :class:`~.args.ActorBook` resolves a participant's phrase to an actor; these
pure functions of the parse tell it where the phrase's own words mislead:

- a name before a hyphenated participle says where the referent sits or who backs or leads it
  ("The Bangladesh-based committee", "US-backed rebels"), and a state's name inside a natural
  feature's name is a place ("the Niger Delta"): mentions ending there are no referent and no
  country of the sentence (:func:`modifier_ends`, :func:`in_feature_name`);
- a state noun a person's pronoun owns is that person's state ("his country", :func:`state_owner`);
- several people who act for a body, owned by a pronoun, are the body ("its members",
  :func:`own_people`);
- a fronted place named again ("In the Ethiopian capital, Addis Ababa, the presidents signed") is no
  subject; the participant set beside it is (:func:`named_again_place`).
"""

from __future__ import annotations

from typing import Any, Iterable

from ..actors.context import NATURAL_FEATURES, PLACE_NOUNS
from ..actors.state_nouns import STATE_NOUNS
from ..common import hyphened_participle, word_class
from .phrases import PLACE_PREPS, is_participant_like

_BODY_PEOPLE = word_class("events.coding.args.body_people")  # "its members": the body (see word_classes.csv)


def state_owner(tok: Any) -> Any:
    """The person's pronoun owning a state noun (word class ``actors.kinds.state_nouns``: "his
    country", "her nation"), else None: that person's state is meant."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in STATE_NOUNS or tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return None  # "an insurgency in her country" says where
    owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "their")]
    return owners[0] if len(owners) == 1 and all(c.dep_ in ("poss", "amod") for c in tok.children) else None


def own_people(tok: Any) -> Any:
    """The body whose members, leaders or officials (several) a pronoun names (word class
    ``events.coding.args.body_people``: "its members", "their leaders"): the subject of the
    nearest clause above them ("The coalition said its members had agreed"), else None."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _BODY_PEOPLE:
        return None  # several who act for it ("its members"); one ("their leader") is a person
    owners = [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if len(owners) != 1 or not all(c.dep_ in ("poss", "amod") for c in tok.children):
        return None
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i
                    and c.pos_ != "PRON" and tok.i not in {t.i for t in c.subtree}]
        if verb.pos_ in ("VERB", "AUX") and subjects:
            return subjects[0]
    return None


def modifier_ends(tokens: Iterable[Any]) -> frozenset[int]:
    """Where the names before a hyphenated participle end ("the [UK]-based monitor", "[US]-backed
    rebels"), and the names in a natural feature's name ("the [Niger] Delta", "the Gulf of
    [Guinea]"): a mention ending there names where someone sits or who backs them, or a place, not
    who they are."""
    return frozenset(t.idx + len(t.text) for t in tokens if t.pos_ == "PROPN" and (
        not t.whitespace_ and beside_the_referent(t) or in_feature_name(t)))


def beside_the_referent(tok: Any) -> bool:
    """Whether a name before a hyphenated participle names someone beside the noun's referent:
    where it sits, who backs or leads it ("the UK-based monitor", "US-backed rebels", "the US-led
    coalition"); the leader of an act leads it, a party to it ("assistance to the US-led war")."""
    part = hyphened_participle(tok)
    return part is not None and not (part.lower_ == "led" and not is_participant_like(part.head))


def in_feature_name(tok: Any) -> bool:
    """Whether a name is part of a natural feature's name (word class
    ``actors.finder.context.natural_features``): "the [Niger] Delta", "the Gulf of [Guinea]"."""
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i != tok.i and head.pos_ == "PROPN" and head.lower_ in NATURAL_FEATURES:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "PROPN" \
        and tok.head.head.lower_ in NATURAL_FEATURES


def named_again_place(tok: Any) -> Any:
    """The participant the parser set beside a fronted place named again ("In the Ethiopian
    capital, Addis Ababa, the presidents signed": the presidents), else ``tok``."""
    doc = tok.doc
    first = tok.left_edge.i
    if tok.pos_ != "PROPN" or first < 2 or doc[first - 1].text != "," or doc[first - 2].lemma_.lower() not in PLACE_NOUNS:
        return tok
    beside = [c for c in tok.children if c.dep_ == "appos" and is_participant_like(c)]
    return beside[0] if beside else tok


__all__ = ["beside_the_referent", "in_feature_name", "modifier_ends", "named_again_place", "own_people", "state_owner"]
