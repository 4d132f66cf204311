"""The event candidate record and the grammar every trigger finder shares.

A :class:`Candidate` still points at spaCy tokens: the trigger, the verb group that carries
negation and modality, and the head tokens of its participants, mapped to actors later.
``subject_of``, ``objects_of`` and ``preps_of`` read those participants off the parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..common import by_agents as _agents, is_infinitive, preps_of, word_class
from .roles import (UNDERTAKINGS, announced_by, cause_agents, reduced_passive, conjunct_of_report, event_complement_subject, hung_on_subject, hung_root,
                    launched, operation_of, series_agents, set_off_participle, shared_passive, stray_agents, stray_subject, joint_sides,
                    undergone_gerund)
from .documents import document_authors, document_of, enactors, told_author
from .phrases import is_someone


@dataclass
class Candidate:
    """A trigger found in the parse, with the tokens its participants hang from."""

    event: str
    mode: str | None
    rule: str
    trigger: list[Any]
    verbs: list[Any]  # the verb group that carries aux/negation (may be empty for bare nouns)
    head: Any  # the token whose subtree is the event's clause
    actors: list[Any] = field(default_factory=list)
    recipients: list[Any] = field(default_factory=list)
    objects: list[Any] = field(default_factory=list)  # non-participant objects to search for recipients
    context: str | None = None
    inner: str | None = None  # type of the embedded action (frames)
    future: bool = False
    conditional: bool = False
    noun: Any = None
    score: float = 0.7
    swap_host: bool = False


_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a finite active verb; a bare VBN shares a passive
ORDERING_VERBS = word_class("events.coding.implicit.ordering_verbs")
_INTRANSITIVE = word_class("events.coding.args.intransitive_acts")


def _participle_agents(noun: Any, verbs: frozenset[str], past_only: bool = False) -> list[Any]:
    """The "by" phrase of a participle of one of ``verbs`` on a noun (only past participles with
    ``past_only``)."""
    return [g for c in noun.children if c.dep_ == "acl" and (not past_only or c.tag_ == "VBN")
            and c.lemma_.lower() in verbs for g in preps_of(c, ("by",))]


def ordered_by(noun: Any) -> list[Any]:
    """Who ordered the act a noun names, as a participle on it says ("the airstrike ordered by the
    president", "the raid, authorised by the minister"): the "by" phrase of a verb of ordering."""
    return _participle_agents(noun, ORDERING_VERBS)


CARRYING_VERBS = word_class("events.coding.detect.military_light_verbs")


def carried_out_by(noun: Any) -> list[Any]:
    """Who carried out the act a noun names, as a participle of carrying out on it says ("an attack
    carried out by gunmen", "the raid conducted by police", "an offensive launched by the army"):
    the "by" phrase of a light verb of carrying out (word class ``events.coding.detect.military_light_verbs``)."""
    return _participle_agents(noun, CARRYING_VERBS, past_only=True)


def headline_agents(v: Any) -> list[Any]:
    """The "by" phrase naming someone of a headline's root verb in the past with no auxiliary
    ("Apple fined €500 million by EU", "Journalist attacked by mob in Lagos"): a passive whose
    auxiliary headlines drop. A sentence ending in a full stop is no headline ("marched by the
    parliament.")."""
    last = v.sent[-1]
    if v.dep_ != "ROOT" or v.tag_ not in ("VBD", "VBN") or last.is_punct or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return []
    return [g for g in preps_of(v, ("by",)) if is_someone(g)]


def finite_conjuncts(infinitive: Any) -> list[Any]:
    """The finite verbs the parser coordinated with an infinitive ("refused to recognise the results
    and accused the government of ..."): a past or present tense is no infinitive's conjunct but the
    governing verb's, an act of its own."""
    return [c for c in infinitive.children if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and infinitive.tag_ == "VB"]


def content_of(tok: Any) -> set[int]:
    """The token indices of what a complement says (its subtree) without the participles set off
    after it, which tell the main clause's own acts (:func:`set_off_participle`)."""
    aside = {t.i for p in tok.subtree if set_off_participle(p) for t in p.subtree}
    return {t.i for t in tok.subtree} - aside


def subject_of(v: Any) -> tuple[list[Any], list[Any]]:
    """(actors, passive patients) of a verb, inherited from the governing verb where it has none."""
    if (root := hung_root(v)) is not None and not any(c.dep_ == "agent" for c in v.children) \
            and (root.i != v.head.i or hung_on_subject(v) or (
                v.lemma_.lower() in _INTRANSITIVE and not any(c.dep_ == "dobj" for c in v.children))):
        # "Hundreds of residents protested on Tuesday", "Egypt's foreign minister, Badr Abdelatty,
        # called on ...", "Iran, the group's main backer, called on ..." parsed with no finite
        # verb: they protested, the minister called, Iran called
        return [root], []
    if v.tag_ == "VBN" and v.dep_ in ("acl", "advcl") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                                                  for c in v.children):
        # "X, arrested by police on Friday", "appeared in court, charged with murder": a past
        # participle on someone is passive: they underwent it, its "by" phrase did it
        agent = _agents(v) or series_agents(v)
        owner = [v.head] if v.dep_ == "acl" else [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return agent, [antecedent(p) for p in owner]
    if reduced_passive(v):  # "Three protesters killed in Busia on Tuesday were buried": a passive
        return _agents(v), [antecedent(c) for c in v.children if c.dep_ == "nsubj"]
    if (undergoers := passive_infinitive_undergoers(v) or undergone_gerund(v)):  # "freed after being detained by police"
        return _agents(v), [antecedent(u) for u in undergoers]
    if (shared := shared_passive(v)):  # "were arrested and beaten by police", "were wounded or shot"
        return _agents(v) or _agents(v.head), [antecedent(p) for p in shared]
    seen = 0
    came_from: Any = None
    set_off = set_off_participle(v)  # "..., accusing X of Y": the main clause's subject's act
    while v is not None and seen < 6:
        seen += 1
        if (op := operation_of(v)) is not None:  # "launched an operation to storm X": its launcher storms, not its critic
            return (subject_of(op.head)[0] if launched(op) else [op]), []  # the operation's own owners: .act_owners
        subj = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        passive = [c for c in v.children if c.dep_ == "nsubjpass"]
        agent = _agents(v) or series_agents(v)
        agent = agent or (cause_agents(v) + stray_agents(v) + joint_sides(v) if passive and came_from is None and seen == 1 else [])
        if subj and conjunct_of_report(v, subj, came_from):
            came_from, v = None, v.head  # "found the raid justified and called …": the finder called
            continue
        if passive and not subj and not agent and active_transitive(came_from) and v.dep_ == "ccomp":
            # "said that no one was harmed and announced sanctions": the active verb with an object
            # cannot share the passive's patient as its subject; the speaker announced
            came_from, v = v, v.head
            continue
        if passive and not subj and not agent and came_from is None and seen == 1 and announced_by(v):
            return subject_of(v.head)[0], [antecedent(p) for p in passive]  # the announcer will do it
        if passive and not subj and came_from is not None and _active(came_from):
            # "X was defeated and resigned": X resigned; "X was criticised by Y and resigned": still X
            return [antecedent(p) for p in passive], []
        if subj and not passive and not agent and came_from is None and (by := headline_agents(v)):
            return by, subj  # "Apple fined €500 million by EU": a headline's passive without its auxiliary
        if subj or passive or agent:
            subj = [antecedent(s) for s in subj]
            subj = [e for s in subj for e in (enactors(s) or [s])]  # "signed a decree that bars X": the signer
            # "Its report condemned X", "The resolution calls on X" (after "Y passed a resolution"): the author's
            subj = [e for s in subj for e in (told_author(s) or [s])]
            return (agent or subj), [antecedent(p) for p in passive]
        if v.tag_ == "VBG" and v.dep_ in ("nsubj", "nsubjpass", "pcomp") and came_from is None and (sides := between(v)):
            return sides, []  # "Fighting between A and B continued" (after "as", parsed as its complement): the sides fought
        if (doer := event_complement_subject(v)) is not None:
            return [antecedent(doer)], []  # "resulted in the police arresting X": the police arrest
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and v.head != v:
            raised = [c for c in v.head.children if c.dep_ == "nsubjpass"] if v.dep_ == "xcomp" else []
            if raised:  # "X was forced to resign", "X is believed to have killed": X acts, not the agent
                return [antecedent(p) for p in raised], []
            if v.dep_ == "xcomp" and not set_off and (controller := object_controller(v.head)):
                return [antecedent(c) for c in controller], []  # "forced Ostria to withdraw": Ostria does
            # a simple past joined to an infinitive ("had failed to protect X and called on Y") is no
            # part of it: it stays the conjunct looked up from, to the clause the infinitive completes
            came_from = v if v.dep_ == "conj" else came_from if v.dep_ == "xcomp" and v.tag_ == "VB" \
                and came_from is not None and came_from.tag_ == "VBD" else None
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.head != v.head:
            controller = gerund_controller(v.head)
            if controller:  # "arrested X for attacking Y", "X was found guilty of assaulting Y": X did it
                return [antecedent(c) for c in controller], []
            v = v.head.head  # "In addition to stepping down, X said": up through the phrase to its verb
            while v.pos_ not in ("VERB", "AUX") and v.head != v and (v.dep_ in ("pobj", "prep", "pcomp") or (
                    v.dep_ == "npadvmod" and v.pos_ == "NOUN") or v.dep_ == "dobj" and v.lemma_.lower() in UNDERTAKINGS):
                v = v.head  # "A day after signing the treaty, X welcomed": through the measure of time; "began the process of"
            continue
        if v.dep_ == "acl" and (root := _gerund_root(v)) is not None:
            # "X speaking to the Y think tank called the deal void": the finite verb parsed as a
            # relative is the main verb of a sentence whose root is a bare gerund; X called it
            return [antecedent(s) for s in root.children if s.dep_ == "nsubj"], []
        if v.dep_ in ("acl", "relcl") and v.head.dep_ == "attr" and (said := said_to_be(v)):
            return said, []  # "Kestria became the first country to recognise X": Kestria recognised X
        if v.dep_ in ("acl", "relcl") and v.head != v:
            # "a message blaming X": its author; "signed a decree banning X": who enacted it
            return document_authors(document_of(v.head)) or enactors(v.head) or told_author(v.head) or [v.head], []
        if (stray := stray_subject(v)) is not None:  # a main verb's subject the parse hung as an appositive
            return [stray], []
        break
    return [], []


_RANKING = word_class("events.coding.candidate.ranking")  # "the first country to", "the only minister to"
_COPULAS = word_class("events.coding.candidate.copulas")  # what the subject is said to be or become


def said_to_be(infinitive: Any) -> list[Any]:
    """The subject of "be" or "become" whose predicate noun, ranked ("the first", "the only"), an
    active infinitive is on ("Kestria became the first country to recognise X", "Marsh was the only
    minister to condemn it"): the one who acts; none for a passive one ("the first city to be
    bombed"), a noun not ranked ("a candidate to receive X") or any other verb."""
    noun = infinitive.head
    if noun.head.lemma_.lower() not in _COPULAS or any(c.dep_ == "auxpass" for c in infinitive.children) \
            or not is_infinitive(infinitive) \
            or not any(c.lower_ in _RANKING or c.ent_type_ == "ORDINAL" for c in noun.children if c.dep_ in ("amod", "advmod")):
        return []  # "Bosnia is a candidate to receive X", "this is our moment to fight": no one acts
    return [antecedent(c) for c in noun.head.children if c.dep_ == "nsubj"]


def own_phrase(tok: Any) -> bool:
    """Whether ``tok`` heads a phrase that tells an act of its own, not the content of the verb
    above it: a gerund after a preposition of time ("after meeting X", word class
    ``events.coding.time_preps``), or a request complied with ("at the request of X", word classes
    ``events.coding.complying_preps`` and ``events.coding.request_nouns``)."""
    if tok.dep_ == "pcomp":
        return tok.head.lower_ in word_class("events.coding.time_preps")
    return tok.dep_ == "pobj" and tok.head.lower_ in word_class("events.coding.complying_preps") \
        and tok.lemma_.lower() in word_class("events.coding.request_nouns")


def passive_infinitive_undergoers(v: Any) -> list[Any]:
    """Who undergoes a passive infinitive with no subject of its own: the person object of the verb
    it completes ("forced X to be removed"), else that verb's subject ("650 women were said to have
    been raped", "the prisoners want to be released"); and who undergoes a bare participle completing
    a passive ("five soldiers were reported killed", "two journalists are feared kidnapped")."""
    if v.dep_ not in ("xcomp", "oprd") or v.head == v or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return []
    kids = {c.dep_ for c in v.children}
    if "auxpass" in kids and v.dep_ == "xcomp":
        return object_controller(v.head) or [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if v.tag_ == "VBN" and not kids & {"aux", "auxpass"}:
        return [c for c in v.head.children if c.dep_ == "nsubjpass"]
    return []


def object_controller(verb: Any) -> list[Any]:
    """The person object that does the infinitive of ``verb`` ("prompted Hezbollah to deploy",
    "forced Ostria to withdraw"); none for a thing as the object ("used tear gas to disperse") or
    after a verb of subject control (word class ``events.coding.subject_control``: "promised X to")."""
    if verb.lemma_.lower() in word_class("events.coding.subject_control"):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and is_someone(c)]


def _active(v: Any) -> bool:
    """A finite active verb, or an active perfect ("has resigned"): not a bare participle that
    shares a passive ("was arrested and charged")."""
    kids = list(v.children)
    return v.tag_ in _ACTIVE_TAGS or (v.tag_ == "VBN" and any(k.dep_ == "aux" and k.lemma_ == "have" for k in kids)
                                      and not any(k.dep_ == "auxpass" for k in kids))


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _gerund_root(v: Any) -> Any:
    """The root of ``v``'s sentence where it is a bare gerund with a subject and no auxiliary (no
    finite verb of its own) and ``v``, parsed as a relative, is finite; else None."""
    root = v.sent.root
    if v.tag_ not in _FINITE_TAGS or root.tag_ != "VBG" or root is v:
        return None
    kids = [c.dep_ for c in root.children]
    if "nsubj" not in kids or "aux" in kids or "auxpass" in kids:
        return None
    return root if root in v.ancestors else None


# Prepositions of cause or charge: the gerund after them is the act the clause's object is held
# for ("arrested X for attacking Y", "accused X of lying", "charged X with fraud", "stopped X from leaving").
_CONTROL_PREPS = frozenset({"for", "of", "with", "from", "over"})
# A verdict adjective between the verb and its preposition ("found X guilty of assaulting Y").
_PREDICATE_DEPS = frozenset({"oprd", "acomp"})


def gerund_controller(prep: Any) -> list[Any]:
    """Who does the gerund after ``prep``, where grammar says it is not the clause's subject: the
    subject of a passive clause ("X was jailed after attacking Y"), or the object of an active one
    after a preposition of cause or charge ("arrested X for attacking Y", "failed to stop X from
    attacking Y"), also after a coordinated preposition ("accused X of looting and of attacking Y").
    Empty where the subject does it ("X apologised for attacking Y")."""
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i < prep.i:
        prep = prep.head  # "... and of attacking Y": the first preposition's governor
    gov = prep.head
    if gov.dep_ in _PREDICATE_DEPS and gov.pos_ == "ADJ":
        gov = gov.head  # "found guilty of": the verb
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    kids = list(gov.children)
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    if passive and (prep.lower_ in _CONTROL_PREPS or not any(c.dep_ == "agent" for c in kids)):
        return passive
    if prep.lower_ in _CONTROL_PREPS and (gov.dep_ == "xcomp" or any(c.dep_ == "nsubj" for c in kids)):
        return [c for c in kids if c.dep_ == "dobj" and is_someone(c)]
    return []


def active_transitive(v: Any) -> bool:
    return v is not None and any(c.dep_ == "dobj" for c in v.children) and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in v.children)


def antecedent(tok: Any) -> Any:
    """A relative pronoun stands for the noun its clause modifies."""
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def objects_of(v: Any) -> list[Any]:
    """The verb's objects (not a predicate beside one), and what a free relative in object place names
    ("condemned what it called X's attack", "what it described as X's aggression")."""
    named = [g for c in v.children if c.dep_ == "ccomp" and c.lemma_.lower() in word_class("events.coding.naming_verbs")
             and any(w.lower_ == "what" and w.dep_ == "dobj" for w in c.children)
             for g in [k for k in c.children if k.dep_ == "oprd"] + preps_of(c, ("as",))]
    said_of = any(c.dep_ == "dobj" for c in v.children)  # "calling it a betrayal of X": what "it" is called
    return called_names(v) + [antecedent(c) for c in v.children if c.dep_ in ("dobj", "dative", "iobj", "attr", "oprd")
                              and not (c.dep_ == "oprd" and (said_of or c.pos_ == "PROPN" and _later_predicate(c)))] + named \
        + [antecedent(o) for o in shared_objects(v)]


_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd", "ccomp", "xcomp", "prt"})


def shared_objects(v: Any) -> list[Any]:
    """"arrested and charged three men", "condemned and rejected X's decision": the direct objects of
    the verb coordinated right after a verb with no object and nothing else after it, which share
    them; not after a verb that takes none (word class ``events.coding.args.intransitive_acts``:
    "resigned and left the country")."""
    doc = v.doc
    if v.pos_ != "VERB" or v.lemma_.lower() in _INTRANSITIVE or any(c.dep_ in _OBJECT_DEPS for c in v.children) \
            or v.i + 2 >= len(doc) or doc[v.i + 1].dep_ != "cc" or doc[v.i + 1].head != v:
        return []
    conj = doc[v.i + 2]
    if conj.dep_ != "conj" or conj.head != v or conj.pos_ != "VERB":
        return []
    return [o for o in conj.children if o.dep_ == "dobj"]


def _later_predicate(oprd: Any) -> bool:
    return any(c.dep_ == "oprd" and c.i > oprd.i for c in oprd.head.children)


def called_names(v: Any) -> list[Any]:
    """The name a verb with a predicate and no object calls something, as the parser hangs it: an
    unlabelled dependent ("calling Yoon a traitor"), a name on the predicate before its article
    ("called [Yoon a traitor]"), or a first predicate that is a name ("called Yoon Suk Yeol a
    traitor"). Empty for a verb with an object or no predicate."""
    oprds = [c for c in v.children if c.dep_ == "oprd"]
    if not oprds or any(c.dep_ == "dobj" for c in v.children):
        return []
    last = oprds[-1]
    names = [c for c in v.children if c.dep_ in ("dep", "npadvmod") and c.pos_ == "PROPN" and c.i < last.i]
    names += [o for o in oprds if o.pos_ == "PROPN" and o.i < last.i]
    det = next((c.i for c in last.children if c.dep_ == "det"), None)
    names += [c for c in last.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
              and det is not None and c.i < det]
    return names[:1]


def particle_of(v: Any, after_object: bool = False) -> str | None:
    """The lower-case particle of a phrasal verb ("off" of "called off"), or None; also a particle
    word right after the verb that the parser took for an adverb ("walked out over pay"), and with
    ``after_object`` one right after its direct object ("pulled its troops back")."""
    tok = particle_token(v, after_object)
    return None if tok is None else tok.lemma_.lower() if tok.dep_ == "prt" else tok.lower_


def particle_token(v: Any, after_object: bool = False) -> Any:
    """The particle of a phrasal verb: its "prt" child, else a particle word (word class
    ``events.coding.particles``) right after it, or with ``after_object`` right after its direct
    object, that the parser tagged as an adverb; or None."""
    ends = {v.i} | {c.right_edge.i for c in v.children if c.dep_ == "dobj" and after_object}
    return next((c for c in v.children if c.dep_ == "prt"), None) or next(
        (c for c in v.children if c.dep_ == "advmod" and c.i - 1 in ends
         and c.lower_ in word_class("events.coding.particles")), None)


def complement_subjects(v: Any) -> list[Any]:
    """The subjects the parser gives a verb's complement infinitive, where its object stands ("allowed
    UN inspectors to visit the site": the inspectors)."""
    return [s for c in v.children if c.dep_ == "ccomp" and is_infinitive(c) for s in c.children if s.dep_ == "nsubj"]


def has_object(v: Any) -> bool:
    """Whether a verb has an object, a passive subject, a dative, an open complement or :func:`complement_subjects`."""
    return any(c.dep_ in ("dobj", "nsubjpass", "dative", "xcomp") for c in v.children) or bool(complement_subjects(v))


def permitted_ones(v: Any) -> list[Any]:
    """Whom a verb done to people lets act, when the parser makes them the subject of the act
    ("allowed UN inspectors to visit the site"): the verb's object (word class
    ``events.coding.detect.done_to_people``)."""
    if v.lemma_.lower() not in word_class("events.coding.detect.done_to_people") or any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in v.children):
        return []  # "it allows authorities to arrest anyone": most often a law or a deal
    return complement_subjects(v)


def between(t: Any) -> list[Any]:
    """The heads a word's "between" phrase names, with their conjuncts, times left out ("talks
    between Ostria and Velmar" -> Ostria, Velmar; "between Monday and Friday" -> [])."""
    return [k for s in preps_of(t, ("between",)) for k in (s, *s.conjuncts) if k.ent_type_ not in ("DATE", "TIME")]


def complement_after(v: Any, rule: str) -> list[Any]:
    """The objects of the preposition right after a phrasal verb's particle or an idiom's object
    noun ("lashed out at X", "took aim at X"): the verb's own complement, named by adjacency, as a
    preposition elsewhere in the clause ("criticised the plan at the summit") is not, nor one of the
    act's setting (word class ``events.coding.setting_preps``: "restored relations in a deal")."""
    kind, _, words = rule.partition(":")
    if kind == "phrasal":
        anchors = [t for t in (particle_token(v),) if t is not None]
    elif kind == "idiom":
        noun = words.rsplit("_", 1)[-1]
        anchors = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == noun]
    else:
        return []
    doc = v.doc
    return [g for a in anchors if a.i + 1 < len(doc) and (p := doc[a.i + 1]).dep_ == "prep" and p.head in (v, a)
            and p.lower_ not in word_class("events.coding.setting_preps") for g in p.children if g.dep_ == "pobj"]


def in_setting(tok: Any, top: Any) -> bool:
    """Whether ``tok`` lies in a phrase of ``top``'s setting (word class ``events.coding.setting_preps``:
    "after a meeting with X, the minister called for ..."): when or where the act was, not its content;
    not a phrase of what has yet to happen ("until the House votes to authorize an inquiry")."""
    while tok.head.i != tok.i and tok.head.i != top.i:
        tok = tok.head
    return tok.head.i == top.i and tok.i != top.i and tok.dep_ == "prep" and tok.lower_ not in _UNTIL \
        and tok.lower_ in word_class("events.coding.setting_preps")


_UNTIL = frozenset({"until", "till"})


_QUOTE_MARKS = frozenset({'"', "''", "``", "\u201c", "\u201d"})


def resumed_infinitive(tok: Any) -> Any:
    """The infinitive a quote interrupted by its cue resumes with, for a word the first fragment
    ends on ('"We stand ready," said X, "to provide help"': "provide" for "ready"), or None. The
    parser hangs such an infinitive from the clause's verb or from the cue's; a closing quote mark
    between the two says the sentence was interrupted, not that the infinitive belongs to the verb."""
    if tok.dep_ not in ("acomp", "oprd") or tok.head.i == tok.i:
        return None
    verb = tok.head  # the cue governs the fragment ("said") or hangs after it ("tweeted", any relation)
    cue = ([verb.head] if verb.dep_ in ("ccomp", "parataxis") else []) + [
        c for c in verb.children if c.pos_ == "VERB" and c.i > tok.i]
    for c in (c for h in [verb, *cue] for c in h.children):
        if c.i > tok.i and c.dep_ in ("ccomp", "xcomp", "advcl") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                t.text in _QUOTE_MARKS for t in tok.doc[tok.i + 1:c.i]):
            return c
    return None


_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def gerund_aim(v: Any) -> Any:
    """The gerund an intending verb takes through "on" ("plans on meeting X", "is counting on
    winning"), which is its infinitive ("plans to meet X"); None for any other verb's."""
    return next((g for p in v.children if p.dep_ == "prep" and p.lower_ == "on"
                 for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def displaced_infinitive(v: Any) -> Any:
    """The to-infinitive a verb's own adverbials push away from it ("threatened in a televised speech
    on Monday to expel X": the parser makes "expel" an adverbial clause), or None: an infinitive
    with no subject of its own, after the verb, when only the verb's adverbial phrases stand between
    and the verb has no object (after an object it is a purpose: "promised aid in Geneva to help")."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in v.children):
        return None
    for c in v.children:
        if c.dep_ != "advcl" or c.i <= v.i or c.pos_ != "VERB" or c.tag_ != "VB" \
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                or any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children):
            continue
        between = [k for k in v.children if v.i < k.i < c.i]
        if between and all(k.dep_ in _ADVERBIAL_DEPS for k in between) and \
                c.left_edge.i == max(k.right_edge.i for k in between) + 1:
            return c
    return None


__all__ = ["complement_subjects", "has_object", "permitted_ones", "content_of", "displaced_infinitive", "gerund_controller", "in_setting", "Candidate", "active_transitive", "antecedent", "between", "complement_after", "objects_of", "particle_of", "particle_token", "preps_of", "resumed_infinitive", "subject_of"]
