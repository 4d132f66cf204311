"""Clauses of a quote that pass a verdict, and on whom: "this latest move by Bakr is clumsy and
reckless" condemns Bakr, "the authorities have chosen to crush protests in a grossly unlawful way"
condemns the authorities.

A judging word (:func:`tidings.extract.events.judgement.word_entries`) belongs to the clause of the
nearest verb above it that has a subject of its own (an infinitive or a coordinated verb shares its
governor's subject; a relative clause's "who" stands for the noun it describes). The clause judges
its subject when the words of that clause sum to a verdict: the project's words of political
judgement decide its sign, everyday valence only adds to them. A supposition ("if they are honest")
judges no one. A negation denies only the clause it hangs in ("cannot change the fact that X acted
unlawfully" still condemns X), and a judging entry's own negation ("not enough") denies nothing.
The subject of a passive suffered the act ("was brutally attacked"): the verdict is on the "by"
agent, if any. A feeling aimed at something ("disappointed with X's decision") judges what it is
felt toward, never the one who feels it. What someone is charged with ("charge X with terrorism")
or undergoes ("face a threat of jail", ``undergoing`` in ``data/word_classes.csv``) is no verdict on
the clause's subject.
Who the subject stands for is decided by the caller (a name, a pronoun, an act noun and its doer).

Statements that accuse (issue 11): a pointing "it" stands for the clause it is about ("It is
unacceptable that X has ...", "it was outrageous for X to ...": the verdict is on X); denied good
conduct blames (``events.verdicts.good_conduct``: "has not shown any respect", "has never been
honest", "has not met its duty", "broke its promises": what one owes, as the object of a verb of
keeping or meeting it, or forsaken by its verb), good conduct demanded praises no one ("must
respect the truce"); a judging word on a noun
of conduct the subject does blames it ("committing criminal acts", ``events.verdicts.conduct_nouns``);
what something is used as judges the user ("using the vote as a pretext").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...ontology import quad_of
from ..common import word_class
from . import lexicon as event_lexicon
from ..quotes.nouns import agent_noun
from .args import is_participant_like
from .judgement import NEGATIONS, SUPPOSING, word_entries

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_RELATIVE = frozenset({"WP", "WDT"})
# Clause edges a judging word's walk does not climb past: what another clause says is its own.
_CLAUSE_TOPS = frozenset({"ccomp", "parataxis", "advcl"})
_PERSON_OBJECTS = frozenset({"dobj", "dative", "iobj", "pobj"})  # "deal with the violators": those acted on
# A feeling aimed at someone's act names its target after these; it judges as a verdict predicate does.
_FELT_PREPS = frozenset({"with", "by", "at", "over", "about"})
FELT_THRESHOLD = 0.5
GOOD_CONDUCT_DENIED = -1.0  # the value of a word of good conduct that is denied
# Who can be judged is named by a noun or a pronoun: a clause as subject ("the seats it offers") is no one.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Prepositions whose phrase names what an act is classed as or aimed at ("with" is left out: it is
# as often the manner of the act, "treats the law with contempt", "served with honour").
_CATEGORY_PREPS = frozenset({"as", "against", "for", "to", "on", "about", "over"})


@dataclass(frozen=True)
class Verdict:
    """A clause that judges: its head, the token judged (its subject or passive agent), the sum."""

    head: Any
    judged: Any
    score: float


def _subject(head: Any) -> Any:
    return next((c for c in head.children if c.dep_ in _SUBJECTS), None)


def _clause_of(tok: Any, lo: int, hi: int) -> tuple[Any, list[Any]]:
    """The head of the clause ``tok`` belongs to (within token range ``[lo, hi)``) and the path to it."""
    path = [tok]
    t = tok
    while True:
        subj = _subject(t) if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" else None
        if subj is not None and subj.tag_ not in _RELATIVE:
            return t, path
        if t.head == t or not lo <= t.head.i < hi or (t.dep_ in _CLAUSE_TOPS and t.pos_ in ("VERB", "AUX")):
            return t, path
        t = t.head
        path.append(t)


def _describes_a_participant(path: list[Any], value: float = 0.0) -> bool:
    """Whether a judging word only describes a participant of its clause: a word of its subject
    ("accused criminals fled"), of a person acted on ("allowed China to extradite accused
    criminals", "will deal with the violators severely") or a modifier of the thing done ("a criminal investigation"), not what the clause
    says of them, nor the category an act is put in ("as terrorism")."""
    if len(path) > 2 and path[0].dep_ in ("amod", "compound", "nmod") and path[1].dep_ == "dobj" \
            and not (value < 0 and path[1].lemma_.lower() in word_class("events.verdicts.conduct_nouns")):
        return True  # "was performing a criminal investigation": the kind of thing done, no verdict
    if any(t.dep_ == "prep" and t.lower_ in _CATEGORY_PREPS and not _used_as(t) for t in path[1:-1]):
        return True  # "investigating the shooting as terrorism": the category of an act, no verdict on the subject
    if any(t.dep_ == "prep" and t.head.lemma_.lower() in word_class("events.coding.args.charge_verbs")
           for t in path[1:-1]):
        return True  # "would charge the gunman with terrorism": the charge, no verdict on who charges
    if any(t.dep_ == "dobj" and t.head.lemma_.lower() in word_class("undergoing") for t in path[:-1]):
        return True  # "farmers face a threat of jail": what befalls the subject, no verdict on it
    return any(t.dep_ in ("nsubj", "nsubjpass", "csubj") or (t.dep_ in _PERSON_OBJECTS and _names_people(t)
                                                             and not _conduct(t))
               for t in path[:-1])


def _names_people(tok: Any) -> bool:
    """A participant, or a plural noun naming people by what they do ("the violators", "looters")."""
    return is_participant_like(tok) or tok.pos_ == "NOUN" and tok.tag_ == "NNS" and agent_noun(tok.lemma_.lower())


def _conduct(tok: Any) -> bool:
    """A singular noun of conduct ("used excessive force") names what is done, not who: "forces"
    are troops, "force" is conduct."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in word_class("events.verdicts.conduct_nouns")


def _takes_a_stance(head: Any) -> bool:
    """Whether a clause's verb is one the event lexicon types as verbal cooperation or conflict
    ("welcomed the historic deal", "condemned the cowardly attack", "met the brave volunteers"): it
    says what its subject thinks of, or does with, its object, and the clause's words judge that
    object, not the subject."""
    if head.pos_ != "VERB":
        return False
    entry = event_lexicon.load().verbs.get(head.lemma_.lower())
    return entry is not None and entry.event is not None and quad_of(entry.event) in (1, 3)


def _forsaken(tok: Any) -> bool:
    """Whether good conduct is denied: negated ("has not shown any respect"), or forsaken by its verb
    ("broke its promises", "renounced its commitments": word class ``events.verdicts.forsaking_verbs``),
    which a negation undoes ("has never renounced his commitment")."""
    negated = _negated([tok, tok.head])
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in word_class("events.verdicts.forsaking_verbs"):
        return not negated
    return negated


def _cooperative(head: Any) -> bool:
    """Whether a verb the lexicon types is of verbal cooperation ("met its duty", "kept its
    promises"), not of conflict ("never renounced his commitment": a denial denied praises)."""
    entry = event_lexicon.load().verbs.get(head.lemma_.lower())
    return entry is not None and entry.event is not None and quad_of(entry.event) == 1


def _used_as(prep: Any) -> bool:
    """Whether a phrase tells what something is used as ("using the vote as a pretext") or what it
    amounts to ("the raids amounted to ethnic cleansing"): that judges the user or the subject, as
    the category an act is put in ("investigating the shooting as terrorism") does not."""
    verb = prep.head.lemma_.lower()
    return (prep.lower_ == "as" and verb in word_class("events.verdicts.using_verbs")) or (
        prep.lower_ == "to" and verb in word_class("events.verdicts.amounting_verbs"))


def _owed(path: list[Any]) -> bool:
    """Whether the clause says good conduct is owed ("Kestria must respect the truce", "they need to be
    transparent"): a demand, no praise."""
    obliging = word_class("events.verdicts.obliging")
    return any(c.dep_ == "aux" and c.lower_ in obliging for t in path for c in t.children) or any(
        t.dep_ == "xcomp" and t.head.lemma_.lower() in obliging for t in path)


def _negated(path: list[Any], own: frozenset[int] = frozenset()) -> bool:
    """Whether a negation hangs in the path, other than one of a judging entry's own words ("not enough"),
    or a verb in it did nothing ("did nothing to violate the law", "did nothing wrong"; not "did
    nothing but destroy", which says all it did)."""
    return any((c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in NEGATIONS)
                or (c.dep_ == "dobj" and c.lower_ == "nothing" and c.doc[c.i + 1:c.i + 2].text.lower() != "but"))
               and c.i not in own
               for t in path for c in t.children)


def _conditional(head: Any) -> bool:
    """Whether a clause only supposes ("if they are truthful"): a supposition judges no one."""
    t = head
    while t.dep_ in ("conj",) and t.head != t:
        t = t.head
    return any(c.dep_ == "mark" and c.lower_ in SUPPOSING for c in t.children)


def _denied_by_governor(head: Any) -> bool:
    """Whether a clause is what a negated verb or a verb of stopping governs ("won't allow the
    parties to gain strength", "would prevent X from winning support"; word class
    ``events.verdicts.hindering``): what is not let happen judges no one."""
    if head.dep_ in ("ccomp", "xcomp"):
        gov = head.head
    elif head.dep_ == "pcomp":
        gov = head.head.head
    else:
        return False
    return any(c.dep_ == "neg" for c in gov.children) or gov.lemma_.lower() in word_class("events.verdicts.hindering")


def _judged(head: Any) -> Any:
    """The subject a clause judges: its active subject, or the "by" agent of a passive; a
    subjectless phrase ("Congratulations to X") judges whom it is addressed "to"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if head.pos_ in ("NOUN", "INTJ") and head.dep_ == "ROOT":
        return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"), None)
    subject = _subject(head)
    if subject is not None and subject.lower_ == "it":
        return _extraposed_subject(head) or subject
    if subject is not None and subject.dep_ == "csubj":
        # "What the coast guard did was illegal", "How police treated them is unacceptable": a deed
        # told as a clause is judged in its doer
        return next((g for g in subject.children if g.dep_ == "nsubj" and g.pos_ in _NOMINAL), subject)
    return subject


def _extraposed_subject(head: Any) -> Any:
    """The subject of the clause a pointing "it" stands for ("It is unacceptable that X has ...",
    "it was outrageous for X to ..."): the verdict is on what that clause says X did."""
    return next((g for c in head.children if c.dep_ in ("ccomp", "advcl", "csubj")
                 and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)
                 for g in c.children if g.dep_ == "nsubj" and g.pos_ in _NOMINAL), None)


def verdicts(span: Any, threshold: float, min_general: float) -> list[Verdict]:
    """The clauses of ``span`` whose judging words sum to ``threshold`` or beyond, in order."""
    tokens = list(span)
    entries = word_entries([t.lemma_ for t in tokens], min_general=min_general)
    own = frozenset(tok.i for k, (_, n, _) in enumerate(entries) if n > 1 for tok in tokens[k:k + n])
    lo, hi = span.start, span.end
    sums: dict[int, float] = {}  # everyday valence (VADER's), per clause head
    political: dict[int, float] = {}  # the project's words of political judgement, per clause head
    heads: dict[int, Any] = {}
    felt: dict[int, tuple[Any, float]] = {}
    for tok, (value, _, listed) in zip(tokens, entries):
        if feeling := _feeling(tok):  # "satisfied that X agreed", "disappointed with X": X judged, if anyone
            if (target := _felt_toward(tok) or _felt_that(tok)) is not None and not _negated([tok, tok.head]):
                felt[target.i] = (target, felt.get(target.i, (target, 0.0))[1] + feeling)
            continue
        denied = tok.lemma_.lower() in word_class("events.verdicts.good_conduct") and _forsaken(tok)
        if denied:
            value, listed = GOOD_CONDUCT_DENIED, True  # "has not shown any respect": denied good conduct blames
        if not value:
            continue
        if (target := _felt_toward(tok)) is not None:  # "disappointed by X's decision": X's, not who feels
            if not _negated([tok, tok.head]):
                felt[target.i] = (target, felt.get(target.i, (target, 0.0))[1] + value)
            continue
        head, path = _clause_of(tok, lo, hi)
        if _takes_a_stance(head) and not (denied and tok.dep_ == "dobj" and tok.head == head and _cooperative(head)):
            continue  # "X condemned the cowardly attack": X's stance on the attack (but "has not met its duty": X's)
        if _describes_a_participant(path, value):
            continue
        if value > 0 and _owed(path):
            continue  # "must respect the truce": good conduct demanded is no praise
        if _negated(path, own) and not denied:
            continue  # "is not a criminal": denying a condemnation passes no verdict
        table = political if listed else sums
        table[head.i] = table.get(head.i, 0.0) + value
        heads[head.i] = head
    out = []
    for i in sorted(heads):
        judged = _judged(heads[i])
        if judged is None or judged.pos_ not in _NOMINAL or _conditional(heads[i]) or _denied_by_governor(heads[i]):
            continue
        if abs(score := _weighed(political.get(i, 0.0), sums.get(i, 0.0))) >= threshold:
            out.append(Verdict(heads[i], judged, score))
    out += [Verdict(t.head, t, v) for t, v in felt.values() if abs(v) >= FELT_THRESHOLD]
    return sorted(out, key=lambda v: v.judged.i)


def _weighed(political: float, everyday: float) -> float:
    """A clause's verdict: words of political judgement decide its sign, everyday valence only adds
    to them ("crushed protests in an unlawful way that damaged trust" condemns, whatever "trust"
    weighs); with no such word, the everyday valence alone."""
    if not political:
        return everyday
    return political + everyday if (political > 0) == (everyday > 0) else political


def _feeling(tok: Any) -> float:
    """1 for a word of feeling pleased at something ("satisfied", "happy"), -1 for one of feeling
    let down or offended ("disappointed", "appalled"), 0 for any other word (word classes
    ``events.verdicts.pleased`` and ``events.verdicts.displeased``)."""
    words = {tok.lower_, tok.lemma_.lower()}
    return 1.0 if words & word_class("events.verdicts.pleased") else (
        -1.0 if words & word_class("events.verdicts.displeased") else 0.0)


def _felt_that(tok: Any) -> Any:
    """Whom a feeling's "that" clause is about ("satisfied that NATO countries have agreed"): the
    clause's subject, or a passive's "by" agent; None without such a clause."""
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is not None and clause.tag_ == "JJ":  # "that the president is committed to it": a state, not undergone
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in _NOMINAL), None)
    judged = _judged(clause) if clause is not None else None
    return judged if judged is not None and judged.pos_ in _NOMINAL else None


def _felt_toward(tok: Any) -> Any:
    """What a feeling participle is felt toward ("disappointed with X", "appalled by X"), looked
    for on the participle and on the feelings coordinated with it; None for any other word."""
    participle = tok.tag_ == "VBN" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed")) or bool(_feeling(tok))
    thankful = tok.lemma_.lower() in word_class("events.verdicts.thankful")  # "grateful to X"
    if not (participle or thankful) or tok.dep_ not in ("acomp", "conj", "ROOT", "xcomp", "ccomp"):
        return None
    preps = _FELT_PREPS | ({"to"} if thankful else set())
    group = [tok] + [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return next((g for t in group for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
                 for g in c.children if g.dep_ == "pobj"), None)


__all__ = ["Verdict", "verdicts"]
