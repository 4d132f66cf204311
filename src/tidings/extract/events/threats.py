"""Warnings that threaten: what a clause under a verb of warning says that makes the warning a threat.

A warning is a threat (:func:`tidings.extract.events.objects.warns_someone`) when addressed to
someone or when what it warns of is the warner's hostile act, or when its clause says:

* someone will face a penalty (:func:`faces_penalty`: "that New Zealand would face sanctions");
* the warner's own side will act (:func:`own_side_will`: "that its army would respond");
* what others do will be answered (:func:`answered`): an answering verb in the passive under
  "will", "would" or "could" ("violations of the curfew will be dealt with sternly", "those who
  violate the order will be punished", "any such move would be met with a firm response"; word
  class ``events.coding.threats.answering``; a verb of meeting only "with" a penalty or force,
  not "met with applause"), or an act bringing about a penalty of no one named ("any attack would
  trigger a crushing response", "would provoke retaliation": word class
  ``events.coding.threats.bringing``; not "a response from China", nor a hardship: "would trigger a
  recession", nor a forecast of harm: "could have grave consequences for the rights of refugees").

A vow to respond (word class ``events.coding.threats.retaliating``: "Hamas vowed to respond",
"pledged to respond forcefully to the killing of their leader") promises retaliation
(:func:`retaliation`): a response to nothing named or to a hostile act (word class
``events.coding.threats.provocations``); one to a letter or to complaints promises no blow.

A clause that promises an act will not go unanswered or unpunished (:func:`unpunished`: word class
``events.coding.threats.unanswered``) or that someone will pay a price that is a penalty
(:func:`pays_price`: "would pay a heavy price", "will pay dearly"; word class
``events.coding.threats.price_words``, not a comparative: "would pay a higher price for fuel") threatens
whoever did the act or will pay, whatever verb reports it (:func:`threatening_clause`).

A penalty is a word of class ``events.coding.detect.penalties``; one warned "of" is a threat when
it is no one's but the warner's (:func:`own_penalty`: "warned of retaliation", not "of Iran's
retaliation"). Each test reads the parse only.
"""

from __future__ import annotations

from typing import Any, Callable

from ...ontology import quad_of
from ..common import word_class
from .appeals import answered_doers
from .args import is_participant_like
from .candidate import preps_of
from .lexicon import Lexicon
from .modality import FUTURE_AUX, HYPOTHETICAL_AUX
from .nominals import entry_for_noun
from .phrases import is_someone
from .targets import described_group


def faces_penalty(clause: Any) -> bool:
    """Whether a clause says someone will or would face a penalty ("that New Zealand would face
    sanctions", "Iran could face serious consequences": word classes ``undergoing`` and
    ``events.coding.detect.penalties``): a warning of it is a threat to them."""
    if clause.lemma_.lower() not in word_class("undergoing") or not _modal(clause):
        return False
    if not any(c.dep_ == "nsubj" and (is_someone(c) or described_group(c)) for c in clause.children):
        return False  # "New Zealand would face", "those who refused would face"
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PENALTIES for c in clause.children)


_MODALS = FUTURE_AUX | HYPOTHETICAL_AUX
_PENALTIES = word_class("events.coding.detect.penalties")


def _modal(clause: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)


def own_penalty(noun: Any) -> bool:
    """Whether a noun warned "of" is a penalty (``events.coding.detect.penalties``) of no one but the
    warner ("warned of retaliation", "of its response"; not "warned of Iran's retaliation")."""
    return noun.lemma_.lower() in _PENALTIES and not any(
        c.dep_ == "poss" and c.lower_ not in _OWN for c in noun.children)


_OWN = frozenset({"we", "it", "they", "its", "their", "our", "he", "she", "his", "her"})


def own_side_will(clause: Any) -> bool:
    """Whether a clause says the speaker's own side will act ("that its army would respond")."""
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo") for c in clause.children)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    own = any(s.lower_ in _OWN or any(p.dep_ == "poss" and p.lower_ in _OWN for p in s.children) for s in subjects)
    return will and own


_ANSWERING = word_class("events.coding.threats.answering")
# Verbs of answering that answer only "with" something ("met with force"): a penalty or force.
_MET_WITH = word_class("events.coding.threats.met_with")
_FORCE = word_class("events.coding.threats.force")
# Verbs of bringing about ("would trigger a crushing response"); not "would have grave consequences
# for the rights of refugees", a forecast of harm.
_BRINGING = word_class("events.coding.threats.bringing")


def answered(clause: Any) -> bool:
    """Whether a clause says what others do will be answered: by a passive verb of answering, or by
    a penalty it brings about that no one else owns (see the module)."""
    if not _modal(clause):
        return False
    if any(c.dep_ == "auxpass" for c in clause.children) and any(  # "would be caught and prosecuted"
            k.lemma_.lower() in _ANSWERING and (k.lemma_.lower() not in _MET_WITH or any(
                g.lemma_.lower() in _PENALTIES | _FORCE for g in preps_of(k, ("with",)))) for k in clause_verbs(clause)):
        return True
    lemma = clause.lemma_.lower()
    return lemma in _BRINGING and any(c.dep_ == "dobj" and own_penalty(c) and not preps_of(c, ("from", "by"))
                                      for c in clause.children)


MATERIAL_CONFLICT = 4  # PLOVER's quad class of force, coercion, sanctions, mobilisation, protest
_STRIKING_BACK = word_class("events.coding.detect.retaliation")
_RETALIATING = word_class("events.coding.threats.retaliating")
_PROVOCATIONS = word_class("events.coding.threats.provocations")


def retaliation(clause: Any, lex: Lexicon | None = None) -> str | None:
    """"ASSAULT" for a verb of striking back (word class ``events.coding.detect.retaliation``:
    "to retaliate", "to avenge his death"), and for one of responding (word class
    ``events.coding.threats.retaliating``) with no object that answers nothing named or a hostile
    act ("to respond", "to respond to the killing"; word class ``events.coding.threats.provocations``,
    or a noun the lexicon ``lex`` gives a material conflict type: "to respond to the expulsion of its diplomat");
    None otherwise ("to respond to the letter")."""
    if clause.lemma_.lower() in _STRIKING_BACK:
        return "ASSAULT"
    if clause.lemma_.lower() not in _RETALIATING or any(c.dep_ == "dobj" for c in clause.children):
        return None
    answered_acts = preps_of(clause, ("to",))
    return "ASSAULT" if all(g.lemma_.lower() in _PROVOCATIONS or _conflict_noun(g, lex) for g in answered_acts) else None


def _conflict_noun(noun: Any, lex: Lexicon | None) -> bool:
    """Whether the lexicon names a material conflict by a noun ("the expulsion", "the arrest"); not a
    verbal one: a response to complaints or to demands is an answer."""
    entry = entry_for_noun(noun, lex) if lex is not None else None
    return entry is not None and bool(entry.event) and quad_of(entry.event) == MATERIAL_CONFLICT


_UNANSWERED = word_class("events.coding.threats.unanswered")
_PRICE_WORDS = word_class("events.coding.threats.price_words")


def unpunished(clause: Any) -> bool:
    """Whether a clause promises that an act will not go unanswered ("the attacks will not go
    unanswered", "this crime would not go unpunished")."""
    return _modal(clause) and any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in _UNANSWERED for c in clause.children)


def pays_price(clause: Any) -> bool:
    """Whether a clause says someone will pay a price that is a penalty ("the attackers would pay a
    heavy price", "they will pay dearly"); a comparative ("a higher price") is a cost."""
    if clause.lemma_.lower() != "pay" or not _modal(clause) or any(c.dep_ == "neg" for c in clause.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _PRICE_WORDS for c in clause.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "price" and any(
        a.dep_ == "amod" and a.tag_ == "JJ" and a.lower_ in _PRICE_WORDS for a in c.children) for c in clause.children)


_TOLERATING = word_class("events.coding.threats.tolerating")


def not_tolerated(clause: Any) -> bool:
    """Whether a clause says that an act will not be tolerated ("violence would not be tolerated",
    "attacks on police will not be condoned"): a threat against whoever does it."""
    return clause.lemma_.lower() in _TOLERATING and _modal(clause) and any(c.dep_ == "neg" for c in clause.children) \
        and any(c.dep_ == "auxpass" for c in clause.children)


def threatening_clause(clause: Any) -> bool:
    """Whether what a clause says threatens someone whoever reports it: a penalty faced, an act
    answered, not going unpunished or tolerated, a price paid (see the module); denied, none is
    ("ruled they would not be punished")."""
    if unpunished(clause) or not_tolerated(clause):
        return True
    return not any(c.dep_ == "neg" for c in clause.children) and (faces_penalty(clause) or answered(clause) or pays_price(clause))


def threatened(v: Any) -> list[Any]:
    """Whom a warning's threatening clause threatens: its subjects, an act read for its doers
    ("warned that the killing of its general by the United States would not go unpunished": the
    United States); [] when no clause under ``v`` threatens."""
    clauses = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and threatening_clause(c)]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return [d for s in subjects for d in (answered_doers(s) if s.pos_ == "NOUN" and not is_participant_like(s) else [s])]


def clause_verbs(clause: Any) -> list[Any]:
    """A clause's verb and the verbs coordinated with it that share its subject ("would be caught
    and prosecuted")."""
    return [clause] + [k for k in clause.children if k.dep_ == "conj" and k.pos_ == "VERB"
                       and not any(s.dep_ in ("nsubj", "nsubjpass") for s in k.children)]


# what a warning says would be done to someone that makes them its target: measures an authority
# takes ("would be arrested", "prosecuted", "expelled"); a blow in the passive is a forecast of harm
# ("civilians could be killed") as often as a threat, so it names no one warned
_PUNISHING = frozenset({"COERCE", "SANCTION"})


def punished(v: Any, inner_of: Callable[[Any], str | None]) -> list[Any]:
    """Whom a warning's clause says a coercion or sanction would be done to, in the passive ("warned
    that protesters would be arrested", "that corrupt officials would be caught and prosecuted");
    ``inner_of`` gives a verb's event type. [] when the clause is not modal or is denied."""
    out = []
    for clause in (c for c in v.children if c.dep_ in ("ccomp", "xcomp") and _modal(c)):
        if any(c.dep_ == "neg" for c in clause.children) or not any(c.dep_ == "auxpass" for c in clause.children):
            continue
        if any(inner_of(k) in _PUNISHING for k in clause_verbs(clause) if k.tag_ == "VBN"):
            out += [s for s in clause.children if s.dep_ == "nsubjpass"]
    return out


def warned_recipients(c: Any, inner_of: Callable[[Any], str | None]) -> None:
    """A threat that names no one takes whom its warning's clause threatens (:func:`threatened`),
    whom the act it tells would be done to (:func:`warned_targets`) or who would be punished
    (:func:`punished`)."""
    if c.event == "THREATEN" and not c.recipients:
        c.recipients = threatened(c.head) or warned_targets(c.head) or punished(c.head, inner_of)


def warned_targets(v: Any) -> list[Any]:
    """Whom the act a warning's clause tells would be done to ("warned that Israel would strike
    Hezbollah", "that the army was ready to use force against the protesters"): someone that
    clause's verb, or an infinitive under it or under its adjective, takes as object or "against";
    [] for a clause that tells no one."""
    out = []
    for clause in (c for c in v.children if c.dep_ in ("ccomp", "xcomp")):
        verbs = [clause] + [x for k in [clause] + [a for a in clause.children if a.dep_ == "acomp"]
                            for x in k.children if x.dep_ == "xcomp"]
        out += [o for verb in verbs for o in verb.children if o.dep_ == "dobj" and is_someone(o)]
        out += [g for verb in verbs for g in against_someone(verb)]
    return out


def threat_verbs(verbs: list[Any], trigger: list[Any]) -> list[Any]:
    """The verb group of a threat without the act it threatens: its trigger and the "be" that
    carries it ("was prepared to"); a condition or a "would" of the act threatened ("warned that
    its troops would attack if ...") is the threat's terms, not its mood."""
    own = {t.i for t in trigger}
    return [v for v in verbs if v.i in own or v.lemma_ == "be"] or verbs[:1]


def against_someone(verb: Any) -> list[Any]:
    """Someone a verb, or its object, is aimed at through "against" ("to use force against the
    protesters", "deployed troops against the rebels")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return [g for k in [verb] + objects for g in preps_of(k, ("against",)) if is_someone(g)]


__all__ = ["against_someone", "answered", "clause_verbs", "faces_penalty", "own_penalty", "own_side_will", "pays_price",
           "punished", "retaliation", "threatened", "threat_verbs", "threatening_clause", "unpunished", "warned_recipients",
           "warned_targets"]
