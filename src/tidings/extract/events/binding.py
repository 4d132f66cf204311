"""Pronouns a subject of their own sentence binds.

"Both leaders said they ...": a subject pronoun of a clause stands for the nearest earlier subject
of its sentence that agrees with it in number, when that subject's clause holds the pronoun's
(:func:`same_sentence_subject`). A subject "it" stands for such a subject only when that is a body
or state by name ("The U.S. Department of State announced it had asked ...": the department
asked; :func:`bound_it`): "it" alone is too often no one ("it was unclear", "it amounted to abuse")
to be resolved anywhere else.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable

from ...schema import Actor
from ..common import actor_of_token, subject_before, verb_of, word_class
from ..agreement import agrees, person_roles, pronoun_features
from ..quotes.book import ActorBook
from ..quotes.nouns import INSTITUTION_NOUNS
from .lexicon import act_nouns, load
from .phrases import is_participant_like

# Entity labels of a subject a subject "it" may stand for: a body or a state by name.
_BODIES = frozenset({"ORG", "GPE", "NORP"})
# Acts of harm a thing may do ("the bomb killed four"): a subject "it" of one may be an attack told before.
HARM_VERBS = word_class("events.coding.binding.harm_verbs")
# Verbs whose subject "it" may hold the place of a clause after them ("It is unclear whether ...").
PLACEHOLDER_VERBS = word_class("events.coding.binding.placeholder_verbs")
# Verbs whose subject "it" is no one ("it rained").
WEATHER_VERBS = word_class("events.coding.binding.weather_verbs")


def same_sentence_subject(tok: Any) -> Any:
    """For a subject pronoun, the nearest earlier subject of its own sentence that agrees with it
    in number ("they" plural, "he"/"she" singular: "Both leaders said they ..."), else None."""
    plural = tok.lower_ in ("they", "them")
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None  # an object pronoun is never bound by a subject of its sentence that way
    own = verb_of(tok)
    for t in reversed(list(tok.sent)[:tok.i - tok.sent.start]):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        if not (is_participant_like(t) or t.pos_ == "PROPN") or own not in t.head.subtree:
            continue  # "His plan, he stated, was ...": a thing, or a clause that does not hold the pronoun's
        is_plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
        if is_plural == plural:
            return t
    return None


def bound_it(tok: Any) -> Any:
    """For a subject "it", the earlier subject of its own sentence it stands for when that is a
    body or state by name ("X revealed that ... it has become the subject of an investigation") or
    a body by its common noun ("The army said it had killed 40 militants and recaptured two
    towns"), else the token itself."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return tok
    near = same_sentence_subject(tok)
    if near is None and tok.dep_ == "nsubj":
        near = _carried_subject(tok)  # "The Iraqi government condemned the attack. It expelled ...": the government
    return near if near is not None and _body(near) else tok


def _body(tok: Any) -> bool:
    """A body or a state by name, or a body by its common noun: an institution ("the ministry") or
    any singular noun for participants that is no noun for one person ("the militia", "the rebel
    group"; not "the soldier", "the minister")."""
    if tok.ent_type_ in _BODIES:
        return True
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and (lemma in INSTITUTION_NOUNS or is_participant_like(tok) and lemma not in person_roles())


def _carried_subject(tok: Any) -> Any:
    """For a subject "it" that opens its sentence's subjects, the subject of the main clause of the
    sentence before (the centre of attention a writer goes on with), else None; None too where the
    act is harm a thing may do ("It killed four soldiers") and the sentence before told of an act or a
    weapon that may be "it" ("condemned the bombing")."""
    subject = subject_before(tok) if tok.head.pos_ == "VERB" else None
    if subject is not None and tok.head.lemma_.lower() in HARM_VERBS and any(
            t.lemma_.lower() in _attack_words() for t in subject.sent if t.pos_ == "NOUN"):
        return None
    return subject


@lru_cache(maxsize=1)
def _attack_words() -> frozenset[str]:
    """Nouns of an attack or a weapon that may be a subject "it" of harm: act nouns, means of force
    and the lexicon's nouns of assault."""
    return act_nouns() | word_class("events.coding.constructions.force_instruments") \
        | frozenset(n for n, e in load().nouns.items() if e.event == "ASSAULT")


def own_subject(verbs: list[Any]) -> bool:
    """Whether a verb has a subject of its own that is a noun or a name ("the attack targeted",
    "the explosion killed"), or shares one with the verb it is joined to ("the mob broke in and
    torched classrooms"): its act is that subject's, never a reporter's by default."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for v in verbs for w in _joined_to(v)
               for c in w.children)


def _joined_to(v: Any) -> list[Any]:
    """A verb and the verbs it is joined to as a conjunct, nearest first."""
    out = [v]
    while v.dep_ == "conj" and len(out) < 6:  # a root is never a conjunct: the climb ends there
        v = v.head
        out.append(v)
    return out


def may_stand_for(pronouns: list[Any], actor: Actor | None) -> bool:
    """Whether each pronoun for one person ("he", "she") of ``pronouns`` can refer to ``actor``
    (number and gender: :func:`..agreement.agrees`): "Officials said he stabbed two people":
    "he" is not the officials. "It" and "they" may stand for the body a person speaks for ("a
    ministry spokeswoman said it would send aid", "a police spokesman said they had arrested"), so
    they do not decide, nor does an actor the book does not hold."""
    if actor is None:
        return True
    features = pronoun_features()
    return all(agrees(actor, p.lower_, p.doc) or not _surely_not_one_person(actor)
               for p in pronouns if features.get(p.lower_, ("",))[0] == "person")


def _surely_not_one_person(actor: Actor) -> bool:
    """Whether the text or the knowledge base says what the actor is: a person (whose number or
    gender then decides), a body the knowledge base knows, or people named by common nouns
    ("officials", "the ministry"); a name only the tagger typed ("Varo" as an organisation) may
    still be one person."""
    return actor.kind == "person" or actor.wikidata is not None or not any(m.kind == "name" for m in actor.mentions)


def under_another_doer(verb: Any, pronouns: frozenset[str], start: int, end: int) -> bool:
    """Whether the clause of ``verb``, whose subject is one of ``pronouns``, hangs under another
    verb of the report (characters ``start`` to ``end``) whose subject is a noun or another
    pronoun ("Police arrested X after it fired, the minister said"). The pronoun then stands for
    someone of that clause's story, not for the report's speaker, who stands only for a pronoun of
    the report's own clause ("a spokeswoman said it would send aid") or of a clause under the same
    pronoun ("said they arrested him after they found weapons")."""
    t = verb
    while t.head.i != t.i:
        t = t.head
        if not start <= t.idx < end:
            return False  # the reporting verb, or beyond the report
        subjects = [k for k in t.children if k.dep_ in ("nsubj", "nsubjpass")]
        if any(k.pos_ != "PRON" or k.lower_ not in pronouns for k in subjects):
            return True
    return False


CUSTODY_VERBS = word_class("events.coding.binding.custody_verbs")
HOLDING_VERBS = word_class("events.coding.binding.holding_verbs")


def held_antecedent(tok: Any, actors: list[Actor]) -> Actor | None:
    """For a pronoun that is the object of an act on someone held ("Soldiers freed them", "a court
    released them on bail": word class ``events.coding.binding.custody_verbs``), the nearest one an
    earlier act of holding took (the object or passive subject of a verb of word class
    ``events.coding.binding.holding_verbs``: "kidnapped three aid workers", "were arrested") in its
    own sentence or the one before, that agrees with it; None otherwise, and the pronoun is read as
    any other (its most salient antecedent, most often a subject)."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in CUSTODY_VERBS:
        return None
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    for s in (sent, before):
        held = [t for t in s or () if t.i < tok.i and t.dep_ in ("dobj", "nsubjpass")
                and t.head.lemma_.lower() in HOLDING_VERBS]
        for t in reversed(held):
            actor = actor_of_token(actors, t)
            if actor is not None and agrees(actor, tok.lower_, tok.doc):
                return actor
    return None


def subject_it_mentions(doc: Any, book: ActorBook, in_quote: Callable[[Any], bool]) -> None:
    """Add to ``book`` (the linked actors) a mention of a body or state for each subject "it" not
    ``in_quote`` that :func:`bound_it` binds to it ("The party held a congress on Monday. It has
    4,000 members"), as the events stage reads an event's "it"; a placeholder "it" is no one's.
    Read once the events are coded, so that it only names."""
    for tok in doc:
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or book.at_token(tok) is not None \
                or in_quote(tok) or _placeholder(tok):
            continue
        bound = bound_it(tok)
        actor = book.at_token(bound) if bound is not tok else None
        if actor is not None and actor.kind != "person" and agrees(actor, "it", doc):
            book.add_mention(actor.id, tok, "pronoun", "coref:bound-it", 0.6, f"'it' goes on with {actor.name}")


def _placeholder(tok: Any) -> bool:
    """Whether a subject "it" holds the place of a clause after its verb ("It is unclear whether
    ...", "it was announced that ...", "it seems that ...") or of nothing ("it is raining")."""
    verb = tok.head
    clause = any(c.dep_ in ("ccomp", "csubj", "xcomp", "advcl") and c.i > tok.i for c in verb.children)
    return clause and (tok.dep_ == "nsubjpass" or verb.lemma_ in PLACEHOLDER_VERBS) or verb.lemma_ in WEATHER_VERBS


__all__ = ["bound_it", "held_antecedent", "may_stand_for", "own_subject", "same_sentence_subject", "subject_it_mentions",
           "under_another_doer"]
