"""Material and institutional acts told through another verb, typed as the act itself.

The coding guide (docs/annotation.md, sections 4.2 and 7) types what an authority *does*, not the
verb the text tells it with:

* an order whose complement is done *to* someone ("ordered that X be released", "ordered X
  released", "X was ordered held in custody by the court") is the ordered act, with the one who
  orders as its actor and the one it is done to as recipient: an authority that orders a release
  releases (RETREAT), one that orders custody arrests (COERCE). An order to someone who acts
  himself ("ordered the envoy to apologise") may be refused and stays a REQUEST (not here),
  except an order to one's own forces (``events.coding.measures.commanded``: troops, army units,
  police) to move short of force ("ordered troops to withdraw", "ordered police to patrol"), which
  is that move (MOBILIZE, RETREAT: ``FORCES_MOVES``); an order to attack is not yet an attack;
* a decision to take a measure ("decided to pull out its forces", "decided to expel the envoy",
  "decided to lift the restrictions", "decided to charge the minister", "decided to ask X for Y") is the measure, as a vote to take it is (word class
  ``events.coding.measures.deciding``; the measures: ``DECIDED_MEASURES``); a decision to help
  or to attack is only announced and keeps the frame's reading (AGREE, THREATEN);
* stopping one's own cooperative act ("stopped sending aid to X", "ceased supplying weapons to
  X") reduces relations: SANCTION (discontinue) towards whom the act went (verbs of ending:
  ``events.coding.detect.enders``), the counterpart of ending one's own hostile act (RETREAT);
* lifting a restriction ("lifted the curfew", "eased restrictions on travel", word classes
  ``events.coding.detect.remove_verbs`` and ``restrictions``/``material_restrictions``): lifting a
  curfew, an emergency, sanctions or an embargo is RETREAT (section 7: "lifting one → RETREAT"),
  easing an administrative ban CONCEDE as CAMEO and PLOVER's own gold code it;
* a raid on premises by police ("was raided by police", "police stormed the offices of X") is
  seizure, COERCE (seize), not an assault: the guide's ASSAULT needs substantial physical harm.
  The raiders must be police (``events.coding.custody.custodians``); an army's or rebels' raid
  stays ASSAULT (a verb, a light verb's noun, or a noun: "a police raid on X");
* a noun of promise or agreement with the act promised ("made a commitment to ease restrictions",
  "gave a pledge to withdraw") is typed as its verb frame is (:func:`promised_act`): CONCEDE for a
  concession, THREATEN for a blow, else AGREE;
* a promise to undo or change one's own policy ("promised to revise the curriculum", "agreed to
  repeal the law", word class ``events.measures.conceded_acts``) is a concession (CONCEDE, PLOVER's
  and CAMEO's yielding: 08), though the verb types no event in a main clause (:func:`conceded_act`);
* signing an accord for a later act, told by an infinitive of purpose on the verb ("signed an
  agreement on Wednesday to expand ties"), binds to that act as "an agreement to expand ties"
  does: AGREE, the guide's "signed a deal to" (:func:`signed_for_later`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..common import is_infinitive, noun_before, word_class
from .candidate import Candidate, objects_of, preps_of, subject_of
from .lexicon import Entry
from .phrases import is_participant_like

ORDERING = word_class("events.coding.measures.ordering")
DECIDING = word_class("events.coding.measures.deciding")
ENDERS = word_class("events.coding.detect.enders")
REMOVE_VERBS = word_class("events.coding.detect.remove_verbs")
MATERIAL_RESTRICTIONS = word_class("events.coding.detect.material_restrictions")
RESTRICTIONS = word_class("events.coding.detect.restrictions") | MATERIAL_RESTRICTIONS
POLICE = word_class("events.coding.custody.custodians")
ENTERING = word_class("events.coding.measures.entering")
COMMANDED = word_class("events.coding.measures.commanded")
CONCEDED_ACTS = word_class("events.measures.conceded_acts")
HALTED_ACTS = word_class("events.measures.halted_acts")
FORCES_MOVES = frozenset({"MOBILIZE", "RETREAT"})
# What a decision enacts by itself; an easing the lexicon calls a concession is, decided, its retreat.
# a decision to charge, sue or investigate, to ask or to reject is that act as well (session 30: "prosecutors
# decided to charge 37 companies"; the reference codes "decided to ask NATO partners" as the request)
DECIDED_MEASURES = {"RETREAT": "RETREAT", "CONCEDE": "RETREAT", "SANCTION": "SANCTION", "COERCE": "COERCE",
                    "ACCUSE": "ACCUSE", "REQUEST": "REQUEST", "REJECT": "REJECT"}
# Acts whose stopping cuts an existing tie (CAMEO 162: reduce or stop aid).
_CUT_TIES = frozenset({"AID", "COOPERATE"})

TypeOf = Callable[[Any], "tuple[str, str | None] | None"]


def _agent(v: Any) -> list[Any]:
    return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def ordered_act(v: Any) -> tuple[Any, list[Any], list[Any]] | None:
    """(the act ordered, who orders, whom it is done to) for an order whose complement is passive:
    "ordered that X be released" (a clause with a passive verb), "ordered X released" (a
    participle on the object), "ordered X to be detained" (a passive infinitive on the object), "X
    was ordered held by the court" (a participle after a passive order); None for any other verb or
    an order to act ("ordered X to leave")."""
    if v.lemma_.lower() not in ORDERING:
        return None
    for c in v.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children):
            done_to = [s for s in c.children if s.dep_ == "nsubjpass"]
            if done_to:
                return c, subject_of(v)[0], done_to
    objects = [c for c in v.children if c.dep_ == "dobj"]
    for o in objects:
        act = next((a for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"
                    and not any(k.dep_ in ("aux", "auxpass", "nsubj") for k in a.children)), None)
        if act is not None:
            return act, subject_of(v)[0], [o]
    act = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBN"), None)
    if objects and act is not None and any(a.dep_ == "auxpass" for a in act.children):
        return act, subject_of(v)[0], objects  # "ordered the president to be detained"
    done_to = [c for c in v.children if c.dep_ == "nsubjpass"]
    if done_to and act is not None:
        return act, _agent(v) + _agent(act), done_to
    return None


def forces_move(v: Any) -> tuple[Any, list[Any]] | None:
    """(the move ordered, the forces) for an order to one's own forces ("ordered troops to
    withdraw"), or None."""
    if v.lemma_.lower() not in ORDERING:
        return None
    forces = [c for c in v.children if c.dep_ in ("dobj", "dative") and _own_forces(c)]
    act = next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"), None)
    return (act, forces) if forces and act is not None else None


def names_forces(tok: Any) -> bool:
    """Whether a noun names armed or police forces, as its head or its compound ("troops", "army
    units"; word class ``events.coding.measures.commanded``)."""
    return tok.lemma_.lower() in COMMANDED or any(k.dep_ == "compound" and k.lemma_.lower() in COMMANDED
                                                  for k in tok.children)


def _own_forces(tok: Any) -> bool:
    """Whether a noun names forces with no one else's name on them ("troops", "its army units";
    not "Kestrian troops", "rebel forces", "Kestria's army": those may be another's to refuse)."""
    if not names_forces(tok):
        return False
    return not any((k.dep_ == "poss" and k.pos_ != "PRON") or k.ent_type_ in ("NORP", "GPE", "ORG")
                   or k.pos_ == "PROPN" or (k.dep_ == "amod" and k.text[:1].isupper())
                   or k.lemma_.lower() in _OTHERS_FORCES for k in tok.children)


_OTHERS_FORCES = frozenset({"rebel", "enemy", "opposition", "foreign", "militia", "insurgent"})


def order_candidate(v: Any, type_of: TypeOf) -> Candidate | None:
    """The ordered act (:func:`ordered_act`, :func:`forces_move`) as a candidate of its own type, or
    None when the act ordered names no event the lexicon knows (or, to forces, no move)."""
    found = ordered_act(v)
    if found is None and (moved := forces_move(v)) is not None:
        typed = type_of(moved[0])
        if typed is None or typed[0] not in FORCES_MOVES:
            return None
        return Candidate(typed[0], typed[1], f"order:{v.lemma_.lower()}_{moved[0].lemma_.lower()}", [v, moved[0]],
                         [v], v, actors=subject_of(v)[0], recipients=preps_of(moved[0], ("from", "against", "into")),
                         score=0.75)
    if found is None:
        return None
    act, orderers, done_to = found
    typed = type_of(act)
    if typed is None:
        return None
    event, mode = typed
    return Candidate(event, mode, f"order:{v.lemma_.lower()}_{act.lemma_.lower()}", [v, act], [v], v,
                     actors=orderers, recipients=done_to, score=0.75)


def decided_measure(v: Any, inner: str | None) -> str | None:
    """The measure a verb of deciding takes (RETREAT, SANCTION, COERCE, ACCUSE, REQUEST, REJECT), or None: "decided to
    pull out its forces" withdraws, "decided to send aid" is no measure taken."""
    if v.lemma_.lower() not in DECIDING:
        return None
    return DECIDED_MEASURES.get(inner or "")


_TRIED = word_class("events.coding.detect.tried")
MERE_INTENTIONS = word_class("events.coding.measures.mere_intentions")
_AIMS = word_class("events.coding.measures.aims")  # "seeks to overthrow X": an aim, no plan announced
# "said it plans to ...", "warned that it intends to ...": an aim announced
_SAYING = word_class("events.coding.modality.reporting_verbs") | word_class("events.coding.detect.warning_verbs")


def reported_attempt(v: Any) -> bool:
    """Whether a verb of trying in the past reports the attempt itself ("attempted to kill X",
    "tried to storm the building"): the act it embeds is the event, not a pledge."""
    return v.lemma_.lower() in _TRIED and v.tag_ in ("VBD", "VBN") and not _to_come(v)


def _attempt_under_way(v: Any) -> bool:
    """Whether a verb of trying tells an effort under way ("rebel groups trying to topple X", "as
    suppliers try to meet demand"): an aim, as "seeks to" is; one in the past is the act itself
    (:func:`reported_attempt`) and "will try to" one announced."""
    return v.lemma_.lower() in _TRIED and v.tag_ in ("VBG", "VBP", "VBZ") and not _to_come(v)


def _to_come(v: Any) -> bool:
    """Whether a verb is told as to come ("will try to", "would attempt to")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in v.children)


def mere_intention(v: Any, event: str | None = None) -> bool:
    """Whether an intending verb states only an aim ("plans to meet X", "seeks to expand ties",
    "intends to provide aid"; word class ``events.coding.measures.mere_intentions``): no pledge made
    to anyone, so no AGREE or concession; and a hostile aim (``event`` THREATEN; word class
    ``events.coding.measures.aims``) told by the writer ("X seeks to overthrow Y") no threat: only
    one announced is ("said it seeks to ...", "warned that it aims to ...": the frame the clause of
    a verb of saying or warning); so is an attempt under way ("trying to topple X"). A plan of a
    hostile act ("plans to suspend flights to X") stays a threat.
    A decision ("decided to withdraw"), a pledge ("vowed to") and an attempt made ("tried to") or
    announced ("will try to") are others' frames."""
    lemma, under_way = v.lemma_.lower(), _attempt_under_way(v)
    if lemma not in MERE_INTENTIONS and not under_way:
        return False
    if event != "THREATEN":
        return True
    aim = lemma in _AIMS or under_way  # a hostile plan ("plans to suspend flights") stays a threat
    return aim and not (v.dep_ in ("ccomp", "xcomp", "conj") and v.head.lemma_.lower() in _SAYING)


def agreed_measure(v: Any, inner: str | None, event: str | None, mode: str | None) -> tuple[str | None, str | None]:
    """The (type, mode) of a frame verb that embeds ``inner``, given the frame's own (``event``,
    ``mode``): a verb of deciding that would promise a blow takes the measure instead ("agreed to
    freeze the assets of X", "agreed to impose sanctions": SANCTION, as "decided to" is); a vow
    stays a threat, and a concession agreed a concession."""
    if event == "THREATEN" and (measure := decided_measure(v, inner)) is not None:
        return measure, None
    return event, mode


def stopped_cooperation(v: Any, type_of: TypeOf) -> Any | None:
    """The gerund of a cooperative act a verb of ending stops ("stopped sending aid", "ceased
    supplying weapons"), or None."""
    if v.lemma_.lower() not in ENDERS or any(c.dep_ == "neg" for c in v.children):
        return None
    for g in (c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"):
        typed = type_of(g)
        if typed is not None and typed[0] in _CUT_TIES:
            return g
    return None


def given_to(v: Any) -> list[Any]:
    """Whom a verb of giving gives to: its dative, its "to" phrase, an object that is someone."""
    return ([c for c in v.children if c.dep_ == "dative"] + preps_of(v, ("to",))
            + [o for o in objects_of(v) if is_participant_like(o)])


def cooperation_cut(v: Any, type_of: TypeOf) -> Candidate | None:
    """SANCTION (discontinue) for a stopped cooperative act (:func:`stopped_cooperation`), towards
    whom the act went (:func:`given_to`), or None."""
    g = stopped_cooperation(v, type_of)
    if g is None:
        return None
    return Candidate("SANCTION", "discontinue", f"ending:{v.lemma_.lower()}_{g.lemma_.lower()}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=given_to(g), score=0.75)


def police_entry(triggers: list[Any], actors: list[Any]) -> bool:
    """Whether entering by force ("raided", "stormed", "carried out a raid", "a police raid"; the
    trigger's words) is done by police: seizure, not assault."""
    if not any(t.lemma_.lower() in ENTERING for t in triggers):
        return False
    return any(_is_police(a) for a in actors)


def _is_police(tok: Any) -> bool:
    if tok.lemma_.lower() in POLICE:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in POLICE for c in tok.children)


def promised_act(noun: Any) -> Any | None:
    """The act a noun of promise or agreement binds to ("a commitment to ease restrictions", "a
    pledge to withdraw"): its infinitive; typed like the verb's frame ("committed to ease": CONCEDE)."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def lifted_restriction(v: Any, objects: list[Any]) -> str | None:
    """The type of lifting a restriction, named or through a pronoun ("declared a state of
    emergency … voted to lift it"): RETREAT for a material one, CONCEDE for an administrative
    ban; None when the verb lifts none."""
    if v.lemma_.lower() not in REMOVE_VERBS:
        return None
    lifted = [n for n in (_restriction_meant(o).lemma_.lower() for o in objects) if n in RESTRICTIONS]
    if not lifted:
        return None
    return "RETREAT" if lifted[0] in MATERIAL_RESTRICTIONS else "CONCEDE"


_LIFTED_PRONOUNS = frozenset({"it", "them"})
# Prepositions that name whom a restriction is aimed at: "sanctions on X", "imposed against X".
_AIMED_AT = ("on", "against")


def lifted_for(recipients: list[Any]) -> list[Any]:
    """The recipients of lifting a restriction: a restriction among them stands for whom it was aimed
    at, told on the noun or on a participle describing it ("sanctions against both X and Y",
    "sanctions imposed on X"); a restriction aimed at no one named stands for no one ("the curfew
    imposed in Kabul", "the sanctions imposed by X": a place, the one who imposed them)."""
    out: list[Any] = []
    for r in recipients:
        noun = _restriction_meant(r)
        if noun.lemma_.lower() not in RESTRICTIONS:
            out.append(r)
            continue
        told = [noun] + [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                         and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
        out += [k for t in told for g in preps_of(t, _AIMED_AT) for k in (g, *g.conjuncts) if k not in out]
    return out


def _restriction_meant(o: Any) -> Any:
    """What an object stands for when a restriction is lifted through a pronoun: the nearest
    restriction noun of its sentence or the one before; "the state of emergency", the restriction its
    "of" phrase names; any other object is itself."""
    if o.lower_ not in _LIFTED_PRONOUNS:
        return next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in RESTRICTIONS and o.lemma_.lower() not in RESTRICTIONS), o)
    return noun_before(o, RESTRICTIONS) or o


def conceded_act(v: Any) -> str | None:
    """"CONCEDE" for a verb of undoing or changing one's own policy or giving up what one holds that a
    promise embeds ("agreed to repeal the law", "to relinquish his powers", word class
    ``events.measures.conceded_acts``), or of halting something that is no one ("agreed to halt
    settlement construction", ``events.measures.halted_acts``; not "vowed to stop the rebels") or
    one's own act told as a gerund ("pledged to stop conducting protests"), else None: the commit
    frame's type for an act the lexicon gives no type."""
    if v.pos_ not in ("VERB", "AUX"):
        return None
    lemma = v.lemma_.lower()
    objects = [o for o in v.children if o.dep_ == "dobj"]
    own_act = any(c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" for c in v.children)
    halted = lemma in HALTED_ACTS and (own_act or objects and not any(is_participant_like(o) or o.pos_ == "PRON" for o in objects))
    return "CONCEDE" if lemma in CONCEDED_ACTS or halted else None


def _purpose_of(v: Any, c: Any) -> bool:
    """Whether ``c`` is an infinitive of purpose of ``v`` right after its object and a time ("signed
    it on Monday to expand ties"), not after another phrase it may hang from ("signed after X was in
    Paris to attend the talks", "signed it in anticipation of the trip to visit Y")."""
    if c.dep_ not in ("advcl", "xcomp") or c.tag_ != "VB" or c.i < v.i:
        return False
    if not is_infinitive(c):
        return False
    objects = {t.i for o in v.children if o.dep_ == "dobj" for t in o.subtree}
    own = {t.i for t in c.subtree}  # "to", "further"
    return all(t.i in objects or t.i in own or _of_time(t) for t in v.doc[v.i + 1:c.i])


def _of_time(t: Any) -> bool:
    """Whether a token is part of a time adverbial ("on Wednesday", "Wednesday", "last week")."""
    if t.ent_type_ in ("DATE", "TIME"):
        return True
    return t.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in t.children if g.dep_ == "pobj")


def signed_for_later(v: Any, entry: Entry) -> Entry:
    """AGREE for a signing (an idiom of mode ``sign``) with an infinitive of purpose on the verb
    ("signed an agreement on Wednesday to expand ties"): a promise of that act; else ``entry``."""
    if entry.mode != "sign" or not any(_purpose_of(v, c) for c in v.children):
        return entry
    return Entry(entry.kind, entry.lemma, entry.extra, "AGREE", None, entry.context)


__all__ = ["DECIDED_MEASURES", "MERE_INTENTIONS", "mere_intention", "reported_attempt", "agreed_measure", "conceded_act", "signed_for_later", "cooperation_cut", "decided_measure", "forces_move", "given_to", "lifted_for", "lifted_restriction", "names_forces", "order_candidate", "ordered_act",
           "police_entry", "promised_act", "stopped_cooperation"]
