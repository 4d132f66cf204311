"""Participants named inside a phrase that is no participant itself, and whose a proposal is.

"Europe's plan", "an Indian proposal", "the rebels' demands": the phrase is a thing, but the
words inside it name who it belongs to; "X put forward a proposal": a proposal is its proposer's;
"the weapons that X had bought", "these weapons" (after "the weapons he used"): a clause on the
thing, or on the thing a demonstrative points back to, says whose it is.
These read the phrase's own words (and the clause it hangs from) and map them to actor ids with
the events' :class:`~tidings.extract.events.args.ActorBook`.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..common import is_infinitive, word_class
from .appeals import makers_in_clause, possessors
from .args import ActorBook, participants
from .referents import in_feature_name
from .candidate import preps_of
from .roles import stray_subject_phrase
from .phrases import clause_object, content_phrase, is_participant_like, name_run_before


COMPARISON_PREPS = word_class("events.coding.inside.comparison_preps")
# Prepositions of where a topic lies ("the war in Sudan").
_WHERE_PREPS = frozenset({"in", "inside", "across", "near"})
# The second part of a hyphenated word on a thing that says whose the thing is: "a U.S.-flagged
# vessel", "an Iranian-owned tanker" (not "-backed", "-led": a relation, not the owner).
OWNING_SUFFIXES = word_class("events.coding.inside.owning_suffixes")
# Words of faith ("Islamic", "Catholic"): on a thing they name a religion, and a religion is no actor.
FAITH_WORDS = word_class("events.coding.inside.faith_words")
# The prepositions of an act's target ("the attack on X", "sanctions against X"): in a judged act,
# its victims, never the ones judged.
AIMED_PREPS = word_class("events.coding.inside.aimed_preps")
# Nouns of conduct ("practices", "policy"): the place such conduct lies in is whose it is.
CONDUCT_NOUNS = word_class("events.verdicts.conduct_nouns")


def inner_participants(tok: Any, book: ActorBook, hostile: bool = False, judging: bool = False,
                       topic: bool = False, asked: bool = False) -> tuple[str, ...]:
    """Actors named inside a non-participant phrase: "Europe's plan", "an Indian proposal"; its
    owners before what its content phrases name ("students' demands for a probe of the ministry").
    For a ``hostile`` act, never whom an act named inside was done to: "vowed revenge for the killing
    of its general" is aimed at the killers, not the general; for a ``judging`` one (a condemnation,
    a criticism) neither whom an act was aimed "at", "on" or "against": "condemned the attack on
    the peacekeepers" judges the attackers, not the peacekeepers, nor the place a judged act happened
    in ("the bombing of a market in Kabul"), unless the place is where a conduct lies ("human rights
    practices in Cambodia" judge Cambodia: word class ``events.verdicts.conduct_nouns``). For a
    ``topic`` (what talks are about), never a place it lies in: "talks on a ceasefire in Gaza" are
    held with no one in Gaza. For a thing ``asked`` for, never whom its "for" phrases say it would
    benefit: "called for affordable housing for locals" asks nothing of the locals. Never the one who
    says it, whom the parse hung on the phrase (:func:`.roles.stray_subject_phrase`)."""
    victims = _victims(tok) if hostile or judging else frozenset()
    if asked:
        victims |= {c.i for t in tok.subtree if t.pos_ == "NOUN" for c in t.children if c.dep_ == "prep" and c.lower_ == "for"}
    if topic:  # "the war in Sudan": where, not who
        victims |= _places_in(tok, book)
    if judging:  # "condemned the bombing of a market in Kabul": where, not who; but "the practices in X": X's
        victims |= {i for i in _places_in(tok, book) if tok.doc[i].head.head.lemma_.lower() not in CONDUCT_NOUNS}
        victims |= {c.i for t in tok.subtree if t.pos_ == "NOUN" for c in t.children
                    if c.dep_ == "prep" and c.lower_ in AIMED_PREPS}
    victims |= stray_subject_phrase(tok.sent)  # "... on the group, the council's president, X, has said": X says
    content = frozenset(c.i for c in tok.children if content_phrase(c))
    return _named_inside(tok, book, content | victims) or _named_inside(tok, book, victims)


def _places_in(tok: Any, book: ActorBook) -> frozenset[int]:
    """The places a phrase names as where ("in", "near", ...) on its things, not on its people ("the
    war in Sudan", "a market in Kabul"; not "the government in Kabul")."""
    return frozenset(t.i for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS
                     and not is_participant_like(t.head.head) and book.countries.of_text(t.text))


def _victims(tok: Any) -> frozenset[int]:
    """The phrases under ``tok`` that name whom an act was done to: the possessor or "of" phrase of a
    noun whose possessor is its patient (word class ``patient_possessor``: "the killing of X")."""
    out: set[int] = set()
    for t in tok.subtree:
        if t.lemma_.lower() in word_class("patient_possessor"):
            of = [c.i for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
            # with an "of" phrase the possessor did it ("Russia's arrest of X"); without, it underwent it
            out.update(of or (c.i for c in t.children if c.dep_ == "poss"))
    return frozenset(out)


def _named_inside(tok: Any, book: ActorBook, skip: frozenset[int]) -> tuple[str, ...]:
    """The actors words under ``tok`` name, but not the actor the whole phrase is when it names
    someone ("more troops": "more" lies inside that actor's mention, it names no one else)."""
    found: list[str] = []
    whole = set(participants([tok], book, add=False)) if is_participant_like(tok) else set()
    parts: set[int] = set()  # first words of a name read whole
    for t in _walk(tok, skip):
        if t == tok or t.i in parts or t.dep_ not in ("poss", "amod", "compound", "pobj", "nmod", "nsubj", "nsubjpass", "dobj"):
            continue
        if _compared(t) or in_feature_name(t) and book.countries.of_text(t.text):
            continue  # "drugs like Portugal": the phrase of a thing compared names no one by its comparison;
            # "the Niger Delta" names a place
        if (owner := _owning_state(t, book)) is not None:  # "the U.S.-flagged vessel": the flag's state
            parts.add(owner[1].i)
            if (aid := book.state(owner[0], owner[1])) is not None and aid not in found and aid not in whole:
                found.append(aid)
            continue
        if (joined := _joined_state(t, book)) is not None:  # "a North Korean missile test": one state
            code, first = joined
            parts.update(first)
            if (aid := book.state(code, t)) is not None and aid not in found and aid not in whole:
                found.append(aid)
            continue
        known = participants([t], book, add=False)
        for aid in known or (participants([t], book) if _names_a_side(t, book) else ()):
            if aid not in found and aid not in whole:
                found.append(aid)
    return tuple(found)


def _owning_state(tok: Any, book: ActorBook) -> tuple[str, Any] | None:
    """(the state, the token naming it) a hyphenated modifier names as a thing's owner, in one token
    ("U.S.-flagged") or three ("Saudi - owned"), else None."""
    first, dash, last = tok.text.rpartition("-")
    if tok.dep_ != "amod" or (last if dash else tok.text).lower() not in OWNING_SUFFIXES:
        return None
    if dash:
        code = book.countries.of_word_run(first) if first[:1].isupper() else None
        return (code, tok) if code else None
    named = [c for c in tok.lefts if c.dep_ in ("npadvmod", "amod", "compound", "nmod") and c.text[:1].isupper()]
    code = book.countries.of_word_run(named[-1].text) if named else None
    return (code, named[-1]) if code else None


def _joined_state(tok: Any, book: ActorBook) -> tuple[str, set[int]] | None:
    """(the state, the indices of its first words) a demonym or name of several words names when its
    first capitalised words hang on its last ("North Korean", "South African"), else None."""
    first = name_run_before(tok)
    if not first or not tok.text[:1].isupper():
        return None
    code = book.countries.of_word_run(" ".join(t.text for t in (*first, tok)))
    return (code, {c.i for c in first}) if code else None


def _names_a_side(tok: Any, book: ActorBook) -> bool:
    """Whether a word inside a thing's phrase names a participant the book does not know yet: a
    state or a people ("an Indian proposal", "a Gondorian camp"), a labelled name, or a participant
    noun ("the rebels' plan"); not any word of a name ("the XXII Century agreement", "SEK9 million"),
    nor a word of faith (word class ``events.coding.inside.faith_words``: "the Islamic headscarf")."""
    if book.countries.of_text(tok.text):
        return True
    if tok.ent_type_ == "NORP":
        return tok.lower_ not in FAITH_WORDS  # "the Islamic headscarf": a religion's, no side's
    if tok.pos_ == "PROPN":  # an unlabelled name only as the maker of a thing ("the Gondor peace offer"),
        # never as a word of a longer name or the unit of an amount ("Pet Patrol", "SEK9 million")
        return tok.head.pos_ != "NUM" and (tok.ent_type_ in ("PERSON", "ORG", "GPE") or tok.head.pos_ == "NOUN")
    return tok.pos_ == "NOUN" and is_participant_like(tok)


def _compared(tok: Any) -> bool:
    """Whether a thing, no party, is compared with something "like" or "unlike" it ("drugs like
    Portugal"); a class of parties so followed names its members ("countries like Iran")."""
    return not is_participant_like(tok) and any(c.dep_ == "prep" and c.lower_ in COMPARISON_PREPS for c in tok.children)


INVITATIONS = word_class("events.coding.inside.invitations")
INVITED_ENCOUNTERS = word_class("events.coding.inside.invited_encounters")
_INVITERS = frozenset({"from", "by"})


def invited_to_meet(noun: Any, clause: Any) -> bool:
    """Whether ``clause`` is the infinitive of meeting or visiting an invitation that names no
    inviter invites one to ("an invitation to meet King Abdullah"): whom it names is the other side
    of the invitation, whom its acceptance or refusal is aimed at."""
    return noun.lemma_.lower() in INVITATIONS and clause.dep_ == "acl" and is_infinitive(clause) \
        and clause.lemma_.lower() in INVITED_ENCOUNTERS \
        and not any(k.dep_ == "poss" or k.dep_ == "prep" and k.lower_ in _INVITERS for k in noun.children)


def _walk(tok: Any, skip: frozenset[int] = frozenset()) -> Iterator[Any]:
    """Tokens under ``tok`` in reading order, depth first, but not under ``skip``; of an invitation's
    infinitive of meeting (:func:`invited_to_meet`), only whom it would have one meet."""
    yield tok
    for c in tok.children:
        if invited_to_meet(tok, c) and c.i not in skip:
            for o in c.children:
                if o.dep_ == "dobj" or o.dep_ == "prep" and o.lower_ == "with":
                    yield from _walk(o, skip)
            continue
        if c.dep_ in ("relcl", "acl", "punct") or clause_object(c) or c.i in skip or (
                c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")):  # a clause inside the phrase has participants of its own
            continue  # ("accuses the groups of being linked to X": X is no one the groups are)
        if _compared(tok) and c.dep_ == "prep" and c.lower_ in COMPARISON_PREPS:
            continue  # "the decriminalization of drugs like Portugal": a comparison ("countries like Iran" names members)
        yield from _walk(c, skip)


def proposer(tok: Any, book: ActorBook, exclude: tuple[str, ...]) -> tuple[str, ...]:
    """Who a proposal or claim belongs to: the subject of the clause the phrase hangs from."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return ()
        t = t.head
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return tuple(a for a in participants(subj, book) if a not in exclude)
    return ()


_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# How many sentences back a demonstrative may point to the thing it names again.
THING_WINDOW = 4


def thing_owners(tok: Any, book: ActorBook, exclude: tuple[str, ...]) -> tuple[str, ...]:
    """Whose a thing an act is done to is, as a clause on it says ("seized the weapons that X had
    bought", "a bridge built by X"; :func:`~.appeals.makers_in_clause`), or as its possessor or
    such a clause said of the thing a demonstrative names again ("the rifles he used … these
    rifles"); never one of ``exclude`` (the act's own actors), nothing for someone or no noun."""
    if tok.pos_ != "NOUN" or is_participant_like(tok):
        return ()
    owners = makers_in_clause(tok) or _taken_from(tok)
    if not owners and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in tok.children):
        earlier = _named_before(tok)
        owners = (possessors(earlier) + makers_in_clause(earlier)) if earlier is not None else []
    return tuple(a for a in participants(owners, book, exclude=frozenset(exclude)) if a not in exclude) if owners else ()


TAKING_VERBS = word_class("events.coding.inside.taking_verbs")


def _taken_from(tok: Any) -> list[Any]:
    """Whom a thing was taken from, when a verb of taking takes it: the "from" phrase on the verb,
    on the thing or on what it is "of" ("seized the town of Goma from the army"), if it names
    someone ("from a warehouse" names no one)."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in TAKING_VERBS:
        return []
    holders = [tok.head, tok] + [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj"]
    return [o for h in holders for o in preps_of(h, ("from",)) if is_participant_like(o) or o.pos_ == "PROPN"]


def _named_before(tok: Any) -> Any:
    """The nearest earlier noun of the same lemma within :data:`THING_WINDOW` sentences, or None."""
    first = tok.sent.start
    for _ in range(THING_WINDOW):
        if first > 0:
            first = tok.doc[first - 1].sent.start
    lemma = tok.lemma_.lower()
    return next((t for t in reversed(tok.doc[first:tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() == lemma), None)


__all__ = ["THING_WINDOW", "inner_participants", "proposer", "thing_owners"]
