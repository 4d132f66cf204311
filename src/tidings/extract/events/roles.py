"""Roles the syntax gives participants: whose act a verb without a subject of its own is, where the
parse misleads, and whether a participant head undergoes the act rather than doing it.

:func:`~tidings.extract.events.candidate.subject_of` climbs from a verb to the nearest clause that
has a subject; two shapes of news sentences send that climb to the wrong one, and these pure
functions of the parse correct it:

- a conjunct hung from a reported clause ("X found the raid justified and called Y's order
  brave", "X said the plan was dead and praised the rebels"): the reported clause's subject is a
  thing, which cannot do what the conjunct does; the conjunct is the reporter's second act;
- an agentless passive caused by a passive of the same patient ("were wounded after being
  attacked by protesters"): the agent of the cause did it;
- an agentless passive announced as what will be done ("announced that sanctions will be
  imposed"): the announcer does it;
- a finite main verb left with no subject, whose subject the parse hung as an appositive of an
  earlier phrase (:func:`stray_subject`), and noun phrases after a verb hung as appositives of
  something before it, which tell of its object (:func:`late_appositives`);
- the aim of an operation ("launched an operation to storm X", "criticised an operation to storm
  X", :func:`operation_of`): whoever launched it does it (:func:`launched`), not whoever governs
  the noun; an operation no one launched is its own owners' (:mod:`.act_owners`).

:func:`undergoes_act` tells the events stage's actor book where an unlabelled name may be a thing.
"""

from __future__ import annotations

from typing import Any

from ..actors.context import place_by_syntax
from ..common import by_agents, word_class
from .phrases import PERSON_PATIENTS, is_crowd, is_participant_like

# Prepositions of a clause that tells what led to an act ("after being attacked", "following …");
# not "despite" or "before", which name no cause.
_CAUSING = frozenset({"after", "following", "upon", "on"})
# Relations of a clause reported or judged by the verb above it ("said the plan was dead",
# "found the raid justified").
_REPORTED = frozenset({"ccomp", "xcomp"})
# The reporter's own verbal acts that go on after a backshifted report ("… had failed and called on X").
_REPORTERS_ACTS = word_class("events.coding.roles.reporters_acts")


def _can_act(tok: Any) -> bool:
    """Whether a subject can be someone: a name, a pronoun, a participant noun or a crowd."""
    return tok.pos_ in ("PROPN", "PRON") or bool(tok.ent_type_) or is_participant_like(tok) or is_crowd(tok)


def conjunct_of_report(clause: Any, subjects: list[Any], conjunct: Any) -> bool:
    """Whether ``conjunct`` (an active verb coordinated with ``clause``) is the act of the subject
    of the verb that reports ``clause``, not of ``clause``'s own subjects: the clause is reported
    or judged ("said the plan was dead", "found the raid justified"), the reporting verb has a
    subject that can act, and either ``clause``'s subjects are all things that cannot act and the
    conjunct has an object (or is a reporter's verbal act with a clause of what it asks), or the
    clause is backshifted ("had failed") and the conjunct is a simple past of its own, as the report
    is ("said the authorities had failed … and called on the government": the reporter called). Never when the report comes after the conjunct ("the storm
    flooded villages and cut off roads, the ministry said"): the conjunct lies inside what is said."""
    if conjunct is None or clause.dep_ not in _REPORTED or clause.head == clause or clause.head.i > conjunct.i:
        return False
    if _backshifted_apart(clause, conjunct):
        return any(c.dep_ == "nsubj" and _can_act(c) for c in clause.head.children)
    if not subjects or any(_can_act(s) for s in subjects):
        return False
    if not any(c.dep_ in ("dobj", "attr", "oprd") for c in conjunct.children) and not (
            conjunct.lemma_.lower() in _REPORTERS_ACTS and any(c.dep_ in ("ccomp", "xcomp") for c in conjunct.children)):
        return False  # "said the deployment was unacceptable and demanded they be withdrawn": a verbal act asks
    return any(c.dep_ == "nsubj" and _can_act(c) for c in clause.head.children)


def _backshifted_apart(clause: Any, conjunct: Any) -> bool:
    """Whether a reported clause is in the pluperfect ("had failed to protect") under a simple past
    report ("said") while its conjunct, a simple past with no auxiliary of its own, hangs on the
    clause's infinitive, with which a finite verb cannot be coordinated, and is a reporter's own
    verbal act ("called on", "demanded": word class ``reporters_acts``): it goes on in the report's
    tense. A conjunct of the clause's own verb shares its "had" ("said Ostria had criticised the
    plan and demanded new talks": Ostria demanded), and so does a material act."""
    return conjunct.lemma_.lower() in _REPORTERS_ACTS and clause.head.tag_ == "VBD" \
        and conjunct.head.tag_ == "VB" and conjunct.head.dep_ == "xcomp" \
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) \
        and conjunct.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conjunct.children)


def cause_agents(verb: Any) -> list[Any]:
    """For an agentless passive, the "by" phrase of a passive participle clause on it that has no
    patient of its own ("were wounded after being attacked by protesters"): its patient is the
    verb's, so its agent did the act. Empty when there is none or it names its own patient ("after
    the convoy was attacked by protesters")."""
    out: list[Any] = []
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _CAUSING | {"when"} for m in c.children)] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in _CAUSING for g in c.children if g.dep_ == "pcomp"]
    for clause in clauses:
        if clause.tag_ != "VBN":
            continue
        kids = list(clause.children)
        if any(k.dep_ in ("nsubj", "nsubjpass", "csubj") for k in kids) or not any(k.dep_ == "auxpass" for k in kids):
            continue
        out += [g for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
    return out


def stray_agents(verb: Any) -> list[Any]:
    """For an agentless passive, the "by" phrase the parser hung from the gerund of its prepositional
    complement ("was banned from returning to X by the High Court", "was prevented from leaving by
    border guards"), or from the object of its "with" phrase ("was charged with murder by the
    prosecutor"): an active gerund and a thing take no agent, so a "by" phrase under them that names
    someone is the passive's. One that names no one is a means ("barred from travelling by plane")."""
    gerunds = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    # or on its "with" phrase: who underwent it too, or what it was done with ("was killed together with
    # his driver by the rebels", "was charged with murder by the prosecutor")
    fellows = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return [o for g in gerunds + fellows for p in g.children if p.dep_ == "prep" and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj" and is_participant_like(o)]


_SYMMETRIC = word_class("events.coding.distributive.symmetric")
UNDERTAKINGS = word_class("events.coding.undertaking_nouns")  # "began the process of withdrawing": the beginner's act


def joint_sides(verb: Any) -> list[Any]:
    """For an agentless passive of a joint act (word class ``events.coding.distributive.symmetric``:
    the verb or what it is done to), the parties its "between" phrase names ("The agreement was
    signed between A and B", "A truce was agreed between X and Y"): they did it together. A
    one-sided act's "between" says where or when ("was shot between the two towns"), and one side
    alone is no pair."""
    undergone = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.lemma_.lower() not in _SYMMETRIC and not any(u.lemma_.lower() in _SYMMETRIC for u in undergone):
        return []
    sides = [k for p in verb.children if p.dep_ == "prep" and p.lower_ == "between"
             for o in p.children if o.dep_ == "pobj" for k in (o, *o.conjuncts) if is_participant_like(k)]
    return sides if len(sides) > 1 else []  # "held between the rebels": one side is no pair


ANNOUNCING_VERBS = word_class("events.coding.roles.announcing_verbs")
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})


def announced_by(verb: Any) -> bool:
    """Whether an agentless passive is an act announced as what will be done ("announced that
    sanctions will be imposed", "announced that 500 million would be injected"): its clause is the
    content of a verb of announcing and is in the future. Then its doer is the announcer; an act
    told as done ("announced that three soldiers were killed") or only said is no one's to give."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING_VERBS:
        return False
    kids = list(verb.children)
    return any(k.dep_ == "auxpass" for k in kids) and any(k.dep_ == "aux" and k.lower_ in _FUTURE for k in kids)


# Relations of what undergoes an act: objects, passive subjects, prepositional objects.
_UNDERGOER_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "dative", "iobj", "attr", "oprd"})


def _controlled(c: Any) -> bool:
    """A clause whose subject is the object before it: "to" + verb ("urged X to withdraw") or a
    preposition + gerund ("accused X of blocking", "thanked X for helping")."""
    return c.dep_ == "xcomp" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))


def undergoes_act(tok: Any) -> bool:
    """Whether a participant head (or the first head it is coordinated or in apposition with) is an
    object, a passive subject or a prepositional object, not a "by" phrase of a passive: there a
    name may as well be a thing ("praised Quillnet", "a post on Quillnet"); as the subject ("Gondor
    dispatched warships") or the modifier of an act ("the Gondor summit") the syntax says it acts."""
    seen = 0
    while tok.dep_ in ("conj", "appos") and tok.head != tok and seen < 8:
        tok, seen = tok.head, seen + 1
    if tok.dep_ in ("dobj", "nsubjpass") and (tok.head.lemma_.lower() in PERSON_PATIENTS
                                              or any(_controlled(c) for c in (*tok.head.children, *tok.children))):
        return False  # "arrested Varo", "urged Gondor to withdraw", "accused Gondor of blocking": someone who acts
    return tok.dep_ in _UNDERGOER_DEPS and not (tok.dep_ == "pobj" and tok.head.dep_ == "agent")


# A past participle hanging from a noun or a clause as a description ("X, charged with murder, ...").
_PASSIVE_PARTICIPLE_DEPS = frozenset({"acl", "advcl"})


def agentless_passive(tok: Any) -> bool:
    """A passive with no "by" phrase: a finite one ("was charged"), a participle that describes
    someone ("appeared in court, charged with murder"; "Varo, detained on Friday"), or one that
    shares a passive's subject ("was arrested and charged")."""
    kids = list(tok.children)
    if any(k.dep_ == "agent" for k in kids):
        return False
    if any(k.dep_ in ("auxpass", "nsubjpass") for k in kids):
        return True
    if tok.tag_ != "VBN" or any(k.dep_ in ("nsubj", "aux") for k in kids):
        return False
    return tok.dep_ in _PASSIVE_PARTICIPLE_DEPS or (tok.dep_ == "conj" and agentless_passive(tok.head))


def reduced_passive(v: Any) -> bool:
    """A past participle with a subject and no auxiliary, object or clause of its own, the parser's
    reading of a passive as a main verb ("Three protesters killed in Busia … were buried", "dozens
    injured"); not a participle of an act done without an object (``events.coding.args.intransitive_acts``)."""
    return v.tag_ == "VBN" and v.lemma_.lower() not in word_class("events.coding.args.intransitive_acts") \
        and any(c.dep_ == "nsubj" for c in v.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in v.children)


def passive(tok: Any) -> bool:
    """A passive verb, with or without its "by" phrase ("were detained"), a reduced one
    (:func:`reduced_passive`), or a past participle coordinated with one that shares its subject
    and auxiliaries ("were detained and tortured")."""
    kids = list(tok.children)
    if any(k.dep_ in ("auxpass", "nsubjpass") for k in kids) or reduced_passive(tok):
        return True
    if tok.tag_ != "VBN" or tok.dep_ != "conj" or any(k.dep_ in ("nsubj", "aux") for k in kids):
        return False
    return passive(tok.head)


def undergone(tok: Any) -> bool:
    """A passive (:func:`passive`) or a past participle that describes who underwent it, with no
    subject or auxiliary of its own ("people killed during the offensive", "X, wounded in the attack")."""
    return passive(tok) or (tok.tag_ == "VBN" and tok.dep_ in _PASSIVE_PARTICIPLE_DEPS
                            and not any(k.dep_ in ("nsubj", "aux") for k in tok.children))


# Verb and preposition whose object is an event ("result in", "lead to"), read as "verb prep".
_EVENT_COMPLEMENT_VERBS = word_class("events.coding.args.event_complement_verbs")


def undergone_gerund(v: Any) -> list[Any]:
    """Who undergoes a passive gerund after a preposition, with no subject of its own: the subject of
    the verb the phrase hangs on ("were freed after being detained by police", "resigned after being
    accused of corruption"); empty for any other verb ("resigned after accusing X")."""
    if v.dep_ != "pcomp" or v.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in v.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.head.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in v.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def event_complement_subject(v: Any) -> Any:
    """The doer of a gerund whose subject the parse hung on the preposition of a verb whose
    prepositional object is an event ("resulted in the police arresting forty workers": the police
    arrest), else None. Only after such verbs (word class
    ``events.coding.args.event_complement_verbs``): in "marched to the parliament demanding reforms"
    the marchers demand."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    head = v.head
    for p in head.children:
        if p.dep_ != "prep" or f"{head.lemma_.lower()} {p.lower_}" not in _EVENT_COMPLEMENT_VERBS:
            continue
        for g in p.children:
            if g.dep_ == "pobj" and g.right_edge.i == v.i - 1:
                return g
    return None


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# words between a subject and its verb that hang from the verb ("X on Tuesday denied", "X also said")
_BETWEEN = frozenset({"npadvmod", "advmod", "aux", "auxpass", "neg", "prep", "punct"})


def stray_subject(v: Any) -> Any:
    """The subject of a finite main verb that has none, where the parse hung it as an appositive
    of an earlier phrase ("As X moves on with what critics call a genocide, the country's
    opposition on Tuesday denied …": "opposition" under "genocide"): the appositive noun phrase
    that ends right before the verb and its own modifiers; else None."""
    finite = v.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE | {"MD"} for c in v.children)
    if v.dep_ != "ROOT" or not finite or any(c.dep_ in _SUBJECTS for c in v.children):
        return None  # a finite verb, or one made finite by its auxiliary ("..., X, has said")
    i = v.i - 1
    between = {t.i for c in v.children if c.dep_ in _BETWEEN and c.i < v.i for t in c.subtree}
    while i >= v.sent.start and (i in between or v.doc[i].is_punct):  # the comma before it, wherever hung
        i -= 1
    if i < v.sent.start:
        return None
    end = v.doc[i]
    head = next((a for a in (end, *end.ancestors) if a.dep_ == "appos" and a.right_edge.i == i), None)
    return head if head is not None and head.pos_ in ("NOUN", "PROPN") else None


def stray_subject_phrase(sent: Any) -> frozenset[int]:
    """The appositives that make up the subject of a sentence's main verb the parse hung on an earlier
    phrase (:func:`stray_subject`: "... restrictions on the group, the president of the council,
    Ivo Marsh, has said": "president" and "Marsh" under "group"): the one who says, not part of the
    phrase they hang on; empty when the main verb has its subject."""
    stray = stray_subject(sent.root)
    if stray is None or stray.head == stray:
        return frozenset()
    return frozenset(a.i for a in stray.head.children if a.dep_ == "appos" and a.i <= stray.i)


def appositive_names(head: Any) -> list[Any]:
    """The names the parse sets beside a phrase as its appositives ("its neighbour, France"; "His
    rival, Ali Reza"), but not a sayer it hung there (:func:`stray_subject_phrase`: "..., X, has said")."""
    names = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and place_by_syntax(c) is None]
    stray = stray_subject_phrase(head.sent) if names else frozenset()  # nor a place ("the capital, Velt")
    return [c for c in names if c.i not in stray]


def late_appositives(v: Any) -> list[Any]:
    """Noun phrases right after a verb (no other verb between) that the parse hung as appositives
    of something before the verb: they tell of the verb's object ("X, which rejected, the day
    before, a lawsuit filed by Y"; "strikes targeted several places, particularly areas held by Y",
    "areas" under "strikes")."""
    out: list[Any] = []
    for t in v.doc[v.i + 1:v.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
            break
        if t.dep_ == "appos" and t.head.i < v.i and t.pos_ in ("NOUN", "PROPN"):
            out.append(t)
    return out


def hung_on_subject(v: Any) -> bool:
    """Whether a participle is a main verb the parser hung on its subject: after a comma and the name
    its noun has in apposition ("the minister, Badr Abdelatty, called ..."), or right after the noun
    with an object, which no passive takes ("Coalition air strikes killed at least 20 civilians")."""
    if v.i == v.head.i + 1 and v.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in v.children):
        return True
    apps = [c for c in v.head.children if c.dep_ == "appos" and c.i < v.i]
    return bool(apps) and v.i >= 2 and v.doc[v.i - 1].text == "," and apps[-1].right_edge.i == v.i - 2


def hung_root(v: Any) -> Any | None:
    """The subject noun a main verb was hung on as a clause of a noun (dependency acl): the root
    noun itself ("Hundreds of residents protested on Tuesday"), the root noun whose appositive, set
    off by commas, carries the verb after the closing comma ("Iran, the group's main backer, called
    on ..."), or a noun the parser made a second subject of the verb that ends the sentence ("A
    military air strike killed 40 people ..., residents said"); None for any other verb."""
    head = v.head
    if v.dep_ != "acl":
        return None
    if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.dep_ == "nsubj" and head.pos_ == "NOUN" and hung_on_subject(v) and any(
            k.dep_ == "nsubj" and k.i > v.i for k in head.head.children):
        return head  # "A military air strike killed 40 people ..., residents said": "said" given two subjects
    root = head.head
    closed = v.i >= 1 and v.doc[v.i - 1].text == "," and v.doc[v.i - 1].head.i in (head.i, root.i)
    if head.dep_ == "appos" and root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < head.i and closed:
        return root
    return None


def hung_main_verb(v: Any) -> bool:
    """Whether a verb is the main verb of its sentence hung on the subject's phrase as a clause of a
    noun (:func:`hung_root`, :func:`hung_on_subject`)."""
    root = hung_root(v)
    return root is not None and (root.i != v.head.i or hung_on_subject(v))


def set_off_participle(v: Any) -> bool:
    """Whether a verb is a present participle set off by a comma after an infinitive it hangs from
    ("ordered a diplomat to leave within 72 hours, accusing Moscow of ..."): an adjunct of the main
    clause, whose subject does it, not the infinitive's controlled subject."""
    return v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.dep_ == "xcomp" and v.i > 0 \
        and v.doc[v.i - 1].text == "," and v.head.i < v.i


# Nouns of an operation whose to-infinitive says what it is for, and verbs whose subject owns the
# operation they take as object ("launched an operation to storm X").
OPERATIONS = word_class("events.coding.roles.operation_nouns")
LAUNCHING = word_class("events.coding.roles.launching_verbs")


def operation_of(v: Any) -> Any | None:
    """The operation a to-infinitive says the aim of: the noun it hangs on ("an operation to storm
    X", "the army's campaign to retake X"), or the object right before it when the parse hung it on
    the verb instead ("criticised an operation to storm X"); None for any other verb."""
    if v.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    if v.dep_ in ("acl", "relcl"):
        return v.head if v.head.lemma_.lower() in OPERATIONS else None
    if v.dep_ != "advcl":
        return None
    return next((o for o in v.head.children if o.dep_ == "dobj" and o.lemma_.lower() in OPERATIONS
                 and o.right_edge.i + 1 == v.left_edge.i), None)


def launched(operation: Any) -> bool:
    """Whether an operation is the object of a verb that launches or conducts it ("mounted an
    offensive", "stepped up its campaign"): that verb's subject owns it."""
    return operation.dep_ == "dobj" and operation.head.lemma_.lower() in LAUNCHING


def is_operation(tok: Any) -> bool:
    """Whether a noun names an operation (word class ``events.coding.roles.operation_nouns``)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in OPERATIONS


# What may stand between participles listed together ("shot and killed", "beaten, detained and tortured").
_LIST_DEPS = frozenset({"cc", "punct", "conj", "advcl"})


def series_agents(v: Any) -> list[Any]:
    """For a passive participle with no "by" phrase, the "by" phrase of a participle listed after it
    ("were shot and killed by soldiers", "were beaten, detained and tortured by police"): the parser
    hangs the phrase on the last one, and it tells who did them all. Only when nothing but the list
    stands between them: a participle with a phrase of its own is told apart ("was shot in the
    head and taken to hospital by paramedics": the paramedics took, they did not shoot)."""
    if v.tag_ != "VBN" or by_agents(v):
        return []
    for tok in v.doc[v.i + 1:]:
        if tok.dep_ not in _LIST_DEPS or (tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBN"):
            return []
        if tok.tag_ == "VBN":
            if (agents := by_agents(tok)):
                return agents if all(c.dep_ in ("cc", "punct", "conj", "agent", "prep") and (
                    c.dep_ != "prep" or c.i > agents[0].i) for c in tok.children) else []
            if any(c.dep_ not in ("cc", "punct", "conj") for c in tok.children):
                return []
    return []


def shared_passive(v: Any) -> list[Any]:
    """The subject a verb joined to another undergoes with it, when the verb has no subject of its
    own: a passive joined to an active verb ("returned home and was arrested at the airport": the
    one who returned is arrested, by the "by" phrase if any), or a verb with no auxiliary or object
    joined to a passive ("three protesters were arrested and beaten by police", "two Israelis were
    wounded by stones or shot with plastic bullets") that has a "by" phrase of its own, or is a
    participle, or an act done to someone (word class ``events.coding.args.done_to_someone``) the
    tagger took for a past tense. An act one does alone ("was defeated and resigned") is the
    subject's own."""
    own = ("nsubj", "nsubjpass", "csubj")
    if v.dep_ == "conj" and v.head.i < v.i and any(c.dep_ == "auxpass" for c in v.children) \
            and not any(c.dep_ in own for c in v.children):
        return [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp", "prt")
                               for c in v.children):
        return []
    if not any(c.dep_ == "auxpass" for c in v.head.children):
        return []
    lemma = v.lemma_.lower()
    if not (by_agents(v) or (v.tag_ == "VBN" and lemma not in _INTRANSITIVE)
            or (v.tag_ == "VBD" and lemma in _DONE_TO_SOMEONE)):
        return []
    return [c for c in v.head.children if c.dep_ == "nsubjpass"]


_INTRANSITIVE = word_class("events.coding.args.intransitive_acts")
_DONE_TO_SOMEONE = word_class("events.coding.args.done_to_someone")


def descriptive_participle(v: Any, *, hyphenated_only: bool = False) -> bool:
    """Whether a participle only describes the state of its noun ("flood-hit regions", "rebel-held
    city", "besieged towns"): an adjective, not an action reported with an actor, a date or a place.
    With ``hyphenated_only``, only the hyphenated compounds, which are never a headline's verb."""
    if v.dep_ != "amod" or v.tag_ not in ("VBN", "VBD", "JJ"):
        return False
    hyphen = v.i > v.sent.start and v.doc[v.i - 1].tag_ == "HYPH" and any(c.tag_ == "HYPH" for c in v.children)
    return hyphen or (not hyphenated_only and v.tag_ == "VBN")


def object_predicates(v: Any, objs: list[Any]) -> list[Any]:
    """What a verb says its object is where the parser did not read it as the verb's predicate: an
    adjective after the object ("held the rebels responsible"), a clause's adjective on the verb
    ("held the rebels accountable"), or a small clause's, whose subject stands where the object
    would ("holds Ostria responsible": :func:`small_clause_subjects`)."""
    after = [a for o in objs for a in o.children if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i > o.i]
    return after + [c for c in v.children if c.dep_ in _CLAUSE_DEPS and c.pos_ == "ADJ"]


_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp"})


def small_clause_subjects(pred: Any) -> list[Any]:
    """The subject of an adjective the parser read as a clause of its own ("holds [Ostria
    responsible]"): the verb's object in meaning."""
    return [s for s in pred.children if s.dep_ == "nsubj"] if pred.dep_ in _CLAUSE_DEPS and pred.pos_ == "ADJ" else []


__all__ = ["hung_on_subject", "series_agents", "hung_main_verb", "hung_root", "shared_passive", "undergone_gerund", "set_off_participle", "reduced_passive", "ANNOUNCING_VERBS", "agentless_passive", "passive", "announced_by", "cause_agents", "conjunct_of_report", "joint_sides", "UNDERTAKINGS",
           "descriptive_participle", "object_predicates", "small_clause_subjects",
           "event_complement_subject", "late_appositives", "appositive_names", "is_operation", "launched", "operation_of", "stray_subject", "stray_subject_phrase", "undergoes_act", "undergone"]
