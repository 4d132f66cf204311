"""Recipients a sentence names by grammar outside the event's own objects.

Four constructions name participants without making them the verb's subject or object:

- an act told as an answer names whom it answers in its "in response to" phrase: "withdrew in
  response to a statement from X", "in reaction to X's offer", "in retaliation for an attack by
  X", "in response to X" (:func:`answered_party`); a thing with no maker named ("in response to
  the poor polls") names no one;
- an act done to "anyone"/"those" described by a participle or a relative clause is done to the
  group the description names: "banned anyone wearing a mask", "arrested those who blocked the
  road" (:func:`described_group`); a bare "everyone" names no one in particular;
- a protest whose sentence tells its target through a protest noun: "X protested; the protest
  started out against the government's tax" (:func:`protest_noun_objects`);
- a head noun shared by coordinated modifiers stands for the people of each body they name: "the
  police and emergency services staff", "army and police officers" (:func:`coordinated_bodies`).

Pure functions of the parse: they return tokens, which the caller maps to actors.
"""

from __future__ import annotations

from typing import Any

from ..common import word_class
from .phrases import is_participant_like

RESPONSE_NOUNS = word_class("events.coding.recipient.response_nouns")
# "in response to X", "in retaliation for X"
_ANSWER_PREPS = frozenset({"to", "for"})
# the maker of the thing answered: "a statement from X", "an attack by X", "the demands of X"
# (whether the object of "from"/"by" is someone at all is left to the actor book)
_MAKER_PREPS = frozenset({"from", "by", "of"})
# clause edges an "in response" phrase of the event's own clause does not cross
_OTHER_CLAUSES = frozenset({"ccomp", "relcl", "parataxis", "csubj"})
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _in_own_clause(tok: Any, top: Any) -> bool:
    t = tok
    for _ in range(40):
        if t == top:
            return True
        if t.head == t or t.dep_ in _OTHER_CLAUSES:
            return False
        t = t.head
    return False


def _someone(tok: Any) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAMED or is_participant_like(tok)


def _named(tok: Any) -> Any:
    """A noun's name in apposition where it has one ("her brother, King X": King X)."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)


def _maker_of(thing: Any) -> list[Any]:
    """Who made the thing answered: the thing itself when it is someone ("in response to X"), its
    owner ("X's statement"), the object of "from"/"by"/"of" on it, or the agent of a participle
    describing it ("a warning issued by X")."""
    if _someone(thing) and thing.pos_ != "PRON":
        return [thing]
    owners = [c for c in thing.children if c.dep_ == "poss"]
    if owners:
        return owners
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in _MAKER_PREPS:  # "of" often tells content ("the rise of prices")
            found = [g for g in c.children if g.dep_ == "pobj" and g.pos_ != "PRON"
                     and (c.lower_ != "of" or _someone(g))]
            if found:
                return [_named(g) for g in found]
        if c.dep_ == "acl":
            found = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            if found:
                return found
    return []


def answered_party(trigger: Any) -> list[Any]:
    """The makers of what an act answers, from an "in response to"/"in retaliation for" phrase in
    the act's own clause (through its non-finite complements: "withdrew from using X as a candidate
    in response to ..."), else nothing."""
    top = trigger
    for t in top.subtree:
        if t.dep_ != "pobj" or t.lemma_.lower() not in RESPONSE_NOUNS or t.head.lower_ != "in" \
                or not _in_own_clause(t, top):
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in _ANSWER_PREPS:
                for g in p.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        return _maker_of(g)
    return []


DESCRIBED_PRONOUNS = word_class("events.coding.args.described_pronouns")
# a described group is done to, never the doer ("anyone who wishes may protest" is no one's act)
_UNDERGOING = frozenset({"dobj", "pobj", "dative", "nsubjpass", "oprd"})
# what a describing verb's own words are: "wearing a mask", "who blocked the highway"
_DESCRIPTION_END = frozenset({"dobj", "attr", "acomp", "prt", "oprd"})
_SUFFERING = word_class("undergoing")


def described_group(tok: Any) -> list[Any] | None:
    """The tokens of "anyone wearing a mask", "those who blocked the highway": a pronoun of no one
    in particular (word class ``events.coding.args.described_pronouns``) undergoing the act and
    described by a participle or relative clause; up to the describing verb's object, or its
    whole clause when it has none. None for anything else."""
    if tok.pos_ != "PRON" or tok.lower_ not in DESCRIBED_PRONOUNS:
        return None
    if tok.dep_ not in _UNDERGOING and not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SUFFERING):
        return None  # "those who refused would face prosecution": the subject of "face" undergoes
    verbs = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > tok.i]
    if not verbs:
        return None
    v = verbs[0]
    ends = [c.right_edge.i for c in v.children if c.dep_ in _DESCRIPTION_END and c.i > v.i]
    end = min(ends) if ends else v.right_edge.i
    toks = [t for t in tok.doc[tok.i:end + 1]]
    while toks and toks[-1].is_punct:
        toks.pop()
    return toks


# Prepositions naming a protest's target on a protest noun or on the verb the noun is the subject of
_NOUN_TARGET_PREPS = frozenset({"against", "over", "at"})
_VERB_TARGET_PREPS = frozenset({"against", "over"})
PROTEST_NOUNS = word_class("events.coding.recipient.protest_nouns")


def protest_noun_objects(trigger: Any, clause: Any) -> list[Any]:
    """What a protest is against when another protest noun of its sentence, outside its clause,
    says it: "the protest against X", or "the protest started out against X" (the noun the subject
    of a verb whose "against"/"over" phrase names the target)."""
    inside = {t.i for t in clause.subtree}
    found: list[Any] = []
    for t in trigger.sent:
        if t.i in inside or t.pos_ != "NOUN" or t.lemma_.lower() not in PROTEST_NOUNS:
            continue
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in _NOUN_TARGET_PREPS]
        if t.dep_ in ("nsubj", "nsubjpass"):
            preps += [c for c in t.head.children if c.dep_ == "prep" and c.lower_ in _VERB_TARGET_PREPS]
        found.extend(g for p in preps for g in p.children if g.dep_ == "pobj")
    return found


# "X became the subject of an investigation", "X was the target of an attack": a role noun whose
# "of" phrase names an act makes the clause's subject the one the act befalls
BEFALLEN_ROLES = word_class("events.coding.recipient.befallen_roles")
UNDERGOING_VERBS = word_class("undergoing")  # "X faces an investigation", "X suffered an attack"
# "X's decision drew a rebuke from Y": the subject of an eliciting verb, or its act's doer, is whom the reaction is aimed at
ELICITING_VERBS = word_class("events.coding.recipient.eliciting")
_PREDICATES = frozenset({"attr", "acomp", "oprd", "dobj"})


def _doers(subject: Any) -> list[Any]:
    """Who a clause's subject stands for as the doer of an act: itself when it names someone, else
    whom its act noun names as doer ("Kestria's decision", "the decision by Kestria"), else no one."""
    if is_participant_like(subject):
        return [subject]
    return [c for c in subject.children if c.dep_ == "poss"] + [
        g for c in subject.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children
        if g.dep_ == "pobj"]


def _subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def befallen(noun: Any) -> list[Any]:
    """Whom the act an event noun names befalls, by the clause the noun stands in: the subject of
    "X faces/suffered/received N" (word class ``undergoing``), of "X is/came under N", and of
    "X became the subject/target/victim of N" (word class ``events.coding.recipient.befallen_roles``);
    of "X drew/sparked/earned N" (``events.coding.recipient.eliciting``), or the doer its act noun names
    ("X's decision drew a rebuke"); else nothing."""
    if noun.pos_ != "NOUN":
        return []
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in UNDERGOING_VERBS:
        return _subjects(head)
    if drew := elicitors(noun):
        return [d for s in drew for d in _doers(s)]
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.pos_ in ("VERB", "AUX"):
        return _subjects(head.head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in BEFALLEN_ROLES \
            and head.head.dep_ in _PREDICATES:
        return _subjects(head.head.head)
    return []


def elicitors(noun: Any) -> list[Any]:
    """What drew the act an event noun names: the subjects of "X drew/sparked/earned N" (word class
    ``events.coding.recipient.eliciting``: "the charges drew condemnation": the charges)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ELICITING_VERBS:
        return []
    return _subjects(noun.head)


def coordinated_bodies(head: Any) -> list[Any]:
    """The coordinated modifiers of a head noun, two or more ("thanked the police and emergency
    services staff": the police, the emergency services): the head stands for the people of the
    bodies they name. Whether each names a body is the actor book's to say ("the oil and gas
    workers" name none); a single modifier ("the police staff") is the head's own phrase."""
    for m in head.children:
        if m.dep_ not in ("nmod", "compound") or m.pos_ not in ("NOUN", "PROPN") or m.i > head.i or not m.conjuncts:
            continue
        listed = [t for t in (m, *m.conjuncts) if t.i < head.i]
        if len(listed) > 1:
            return listed
    return []


__all__ = ["coordinated_bodies", "elicitors", "BEFALLEN_ROLES", "befallen", "DESCRIBED_PRONOUNS", "PROTEST_NOUNS", "RESPONSE_NOUNS", "answered_party", "described_group",
           "protest_noun_objects"]
