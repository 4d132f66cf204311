"""Who did an act a noun names ("a Turkish drone strike", "the attack by militants", "clashes between
X and Y"), and what that makes of a verb done in or by such an act ("killed in a rebel attack",
"during an army offensive", "a militant blast killed 38 tourists")."""

from __future__ import annotations

from typing import Any, Callable

from .candidate import carried_out_by, ordered_by, preps_of
from .lexicon import act_nouns, load, user_files
from .phrases import GROUP_NOUNS, is_participant_like
from .roles import hung_on_subject, is_operation, undergone
from .weapons import is_weapon

_OWNER_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def owners_before(noun: Any) -> list[Any]:
    """Names, nationalities and group nouns before an act noun, directly or inside its compound ("a
    United States counterterrorism operation", "a Turkish drone strike", "a rebel attack")."""
    out: list[Any] = []
    for c in (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
        if (c.ent_type_ in _OWNER_LABELS or c.pos_ == "PROPN" or c.lower_ in GROUP_NOUNS) and not is_weapon(c):
            out.append(c)  # a weapon is no owner ("Israeli tank fire"): the names on it are
        else:
            out += owners_before(c)
    return out


def act_owners_of(noun: Any, is_act: Callable[[Any], bool]) -> list[Any]:
    """Who did the act a noun names: its possessor, the names, nationalities and group nouns before
    it, its own "by" phrase (:func:`by_phrase_of`), the parties "between" whom it was (with
    coordinated names), and who ordered or carried it out ("the raid conducted by police")."""
    out = [c for c in noun.children if c.dep_ == "poss"] + owners_before(noun) + by_phrase_of(noun, is_act) \
        + preps_of(noun, ("between",)) + ordered_by(noun) + carried_out_by(noun)  # "ordered / carried out by X"
    return out + [k for t in out for k in t.children if k.dep_ == "conj"]


def by_phrase_of(noun: Any, is_act: Callable[[Any], bool]) -> list[Any]:
    """The "by" phrase of an act noun, also where the parser hung it on the act's target ("the attack
    on the embassy by militants"): there, when it names someone and the target is no act of its own
    ("the condemnation of the attack by militants" is the attack's; "by the river" is a place)."""
    own = preps_of(noun, ("by",))
    if own:
        return own
    return [g for t in preps_of(noun, _TARGET_PREPS) if not is_act(t)
            for g in preps_of(t, ("by",)) if is_participant_like(g)]


_TARGET_PREPS = ("on", "against", "of", "at", "upon")


def doers_on_target(noun: Any) -> list[Any]:
    """The doers a judged act's "by" phrase names where the parser hung it on the act's target
    ("condemned the attack on the embassy by militants"), read as :func:`by_phrase_of` reads an act
    noun's: not on a target that is an act of the event lexicon or one referred back to ("the
    move")."""
    return [] if preps_of(noun, ("by",)) else by_phrase_of(noun, _names_an_act)


def _names_an_act(tok: Any) -> bool:
    lemma = tok.lemma_.lower()  # the lexicon as the events stage reads it, with the user's own files
    return lemma in act_nouns() or bool(getattr(load(*user_files()).nouns.get(lemma), "event", None))


# What names the act a passive was done in (an active verb's "in" only: "fired at pirates during
# their attack"); forceful events, and the acts people attend whose owners did none done at them.
_DONE_IN = ("in", "during")
_FORCEFUL = frozenset({"ASSAULT", "COERCE"})
_ATTENDED = frozenset({"PROTEST", "CONSULT"})


def acts_in_passive(v: Any, event: str, actors: list[Any], recipients: list[Any],
                    act_kind: Callable[[Any], str | None]) -> tuple[list[Any], list[Any]]:
    """(actors, recipients) of a passive verb coding ``event`` whose "in", "during" or "by" phrase
    names an act (``act_kind``: an act noun's event type, "act" for one of no type, else None): the
    act noun is neither, its owners the actors when no one else is ("killed in a Turkish drone
    strike", "during an army offensive"), unless a forceful event was done at an act people attend
    ("killed during a student protest"; an agreement's parties did what was declared in it). An
    active verb's act noun subject stands for its owners ("a rebel blast killed ten"); its "in"
    phrase's act and owners are no recipients, and its actors when no one else is ("an explosion
    killed five soldiers in an apparent Taliban attack"). A forceful passive with no such phrase of
    its own takes the attack a passive joined to it was done in ("five were killed and nine injured
    in an air strike"), or the attack the parse hung on the noun of who underwent it ("was killed
    with four others in a government offensive"); those its "with" phrase names underwent it too."""
    def owners(acts: list[Any]) -> list[Any]:
        return [o for t in acts if event not in _FORCEFUL or act_kind(t) not in _ATTENDED
                for o in act_owners_of(t, act_kind)]

    if not undergone(v):  # a passive, a reduced one, a participle on who underwent it or joined to one
        # "a militant blast killed 38 tourists": the act as subject stands for whoever did it
        hung = v.dep_ == "acl" and hung_on_subject(v)  # the noun a main verb was hung on: "air strikes killed 20"
        done = [a for a in actors if (a.dep_ == "nsubj" or (hung and a == v.head)) and a.pos_ == "NOUN"
                and act_kind(a) and not is_participant_like(a)]
        # "criticised a government operation to storm X": the operation's own owners did it, or no one known
        ops = [a for a in actors if is_operation(a) and a not in done]
        actors = [o for a in actors for o in (act_owners_of(a, act_kind) if a in done else
                                             (act_owners_of(a, act_kind) or [a]) if a in ops else [a])]
        # "an air raid killed five soldiers in a suspected U.S. attack": the act the killing was
        # done in is no target, nor are its owners; they did it when no one else is named
        acts = [t for t in preps_of(v, ("in",)) if t.pos_ == "NOUN" and act_kind(t)]
        every = [o for t in acts for o in act_owners_of(t, act_kind)]
        recipients = [r for r in recipients if r not in acts and r not in every]
        actors = [a for a in actors if a not in every or a in owners(acts)]
        if all(a.pos_ == "NOUN" and not is_participant_like(a) for a in actors):
            actors = owners(acts) or actors  # no one did it by name: an ownerless act or a thing ("an explosion")
        return actors, recipients
    fellows = preps_of(v, ("with",))  # who underwent it with the subject, or what it was done with
    if event in _FORCEFUL:  # "was killed with four other people", "arrested along with three journalists": they too
        recipients = recipients + [t for t in fellows if is_participant_like(t) and t not in recipients]
    acts = [t for t in preps_of(v, (*_DONE_IN, "by")) if t.pos_ == "NOUN" and act_kind(t)]
    if not acts and event in _FORCEFUL and not preps_of(v, (*_DONE_IN, "by")):
        # "five were killed and nine were injured in an air strike": the attack a joined passive was
        # done in (not "was ousted in a coup and charged with crimes": no charge is done in a coup)
        acts = [t for k in v.conjuncts if undergone(k) for t in preps_of(k, (*_DONE_IN, "by"))
                if t.pos_ == "NOUN" and act_kind(t) in _FORCEFUL]
    if not acts and event in _FORCEFUL:
        # "was killed with four others in a government offensive", "five people in an air strike were
        # killed": the parse hung the attack on a noun of who underwent it, not on the verb
        acts = [t for n in [c for c in v.children if c.dep_ == "nsubjpass"] + fellows
                for t in preps_of(n, _DONE_IN) if t.pos_ == "NOUN" and act_kind(t) in _FORCEFUL]
    if not acts:
        return actors, recipients
    every = [o for t in acts for o in act_owners_of(t, act_kind)]
    actors = [a for a in actors if a not in acts and (a not in every or a in owners(acts))]
    recipients = [r for r in recipients if r not in acts and r not in every]
    if not actors:
        actors = owners(acts)
    return actors, [r for r in recipients if r not in actors]


__all__ = ["act_owners_of", "acts_in_passive", "by_phrase_of", "doers_on_target"]
