"""Constructions whose event differs from what their head word alone would signal.

Each helper reads one construction off the parse and says how it changes the coding, so that
:mod:`.event_detect` stays a table walk:

* headline verbs the parser buried in a noun phrase ("X rejects Y ceasefire offer": "rejects"
  as a compound, "offer" as the verb) — the verb is the event, the rest its object;
* conditions inside a threatened clause ("warned that his army would respond … if Y crossed");
* appeals to a named addressee ("urged Berlin to deliver weapons") — a REQUEST to it;
* orders to leave a country ("ordered the ambassador to leave") — an expulsion;
* the weapon an attack uses, read off its object ("fired missiles" is aerial, not small arms);
* announced steps about one's own envoys ("would recall its own ambassador"): a decision with
  a future flag, not a threat;
* rulings and findings whose complement judges its subject ("the court ruled that X's decree was
  unlawful", "found the prorogation to be unlawful"): by a court or judge a REJECT of the thing's
  doer, by anyone else an accusation, or support when the predicate praises;
* force through an instrument ("used tear gas against protesters", "threw rocks at the police"):
  a verb of using or throwing (``instrument_verbs``) whose object is a weapon or means of force
  (``force_instruments``), aimed at someone, is an assault; with a verb of throwing
  (``missile_verbs``) anything thrown at someone is ("hurled eggs at the ambassador").
"""

from __future__ import annotations

from typing import Any, Callable
from ..common import is_infinitive, word_class
from .candidate import Candidate, preps_of, subject_of
from .appeals import doers_of_thing
from .imposed import imposed_restriction
from .unsaid import unsaid_refusal
from .concern import felt_displeasure, voiced_concern
from .censored import censorship
from .custody import given_up
from .forces import forces_left, forces_on_alert
from .gatherings import protesters_gathered
from .visits import official_trip
from .claims import claimed_attack
from .undergone import undergone_attack
from .deadlines import deadline_given
from .judgement import THRESHOLD, polarity
from .phrases import counted, is_participant_like
from .modality import CONDITION_MARKS, condition_subjects, is_condition
from .calls import TOPIC_VERBS, called_to_talk, phoned

# Verbs of leaving: an order to leave a country expels whoever it is given to.
LEAVE_VERBS = word_class("events.coding.constructions.leave_verbs")
# Objects of an attack verb that name its weapon (CAMEO: 195 aerial weapons, 194 artillery and tanks).
WEAPON_MODES = {
    **dict.fromkeys("missile rocket drone bomb airstrike warhead".split(), "aerial"),
    **dict.fromkeys("shell mortar artillery howitzer tank grenade".split(), "heavy-weapons"),
    **dict.fromkeys("bullet shot round gun rifle".split(), "firearms"),
}
DIPLOMATS = word_class("events.coding.constructions.diplomats")
# Verbs that give orders, and the acts of restraint an order can impose ("ordered X to close").
ORDER_VERBS = word_class("events.coding.constructions.order_verbs")
RESTRAINTS = word_class("events.coding.constructions.restraints")
_HEADLINE_DEPS = frozenset({"compound", "amod", "nmod"})


RULING_VERBS = word_class("events.coding.constructions.ruling_verbs")
JUDICIAL_NOUNS = word_class("events.coding.constructions.judicial_nouns")
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
RULING_GENERAL_FLOOR = 0.75  # general-purpose valences weaker than this judge no one in a ruling


def _judged_clause(v: Any) -> tuple[Any, Any] | None:
    """(what is judged, the predicate said of it) in a ruling verb's complement: a clause with its
    own subject ("ruled that X was unlawful", "found X illegal") or an object with a "to be" predicate
    ("found X to be unlawful", "declared X void")."""
    for c in v.children:
        if c.dep_ == "ccomp":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            # "ruled that X was unlawful": the predicate; "ruled X lacked authority": the clause's verb
            # a small clause ("found the law illegal", "declared the ban void"): the adjective itself
            pred = next((p for p in c.children if p.dep_ in _PREDICATE_DEPS), None) or (
                c if c.pos_ in ("VERB", "ADJ") else None)
            if subj is not None and pred is not None:
                return subj, pred
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in v.children:
        if c.dep_ in _PREDICATE_DEPS:
            return obj, c
        if c.dep_ == "xcomp" and c.lemma_ == "be":
            pred = next((p for p in c.children if p.dep_ in _PREDICATE_DEPS), None)
            if pred is not None:
                return obj, pred
    return None


INSTRUMENT_VERBS = word_class("events.coding.constructions.instrument_verbs")
FORCE_INSTRUMENTS = word_class("events.coding.constructions.force_instruments")
# Verbs of throwing: whatever is thrown at someone ("hurled eggs at the ambassador") is force.
MISSILE_VERBS = word_class("events.coding.constructions.missile_verbs")
AIMING_PREPS = ("against", "on", "at")
RIOT_MISSILES = word_class("events.coding.riots.riot_missiles")  # what a crowd throws that is no weapon (.riots)


def _someone_hit(tok: Any) -> bool:
    """Whether a thing is thrown at someone: people or a body by name, or a noun of people; never a
    place, a day or an untyped name ("threw the ball at the stadium on Sunday")."""
    if tok.ent_type_:
        return tok.ent_type_ in _HIT_LABELS
    return tok.pos_ == "NOUN" and is_participant_like(tok)


_HIT_LABELS = frozenset({"PERSON", "NORP", "ORG"})


def instrument_attack(v: Any) -> Candidate | None:
    """An assault with a weapon or means of force used or thrown at someone ("used tear gas against
    protesters"); None for other verbs, objects that are no weapon, or force aimed at no one."""
    if v.lemma_.lower() not in INSTRUMENT_VERBS:
        return None
    objs = [o for o in v.children if o.dep_ == "dobj"]
    objs += [k for o in objs for k in o.conjuncts]
    weapons = [o for o in objs if o.lemma_.lower() in FORCE_INSTRUMENTS]
    aimed = is_participant_like
    if not weapons and v.lemma_.lower() in MISSILE_VERBS:
        weapons = [o for o in objs if not is_participant_like(o)]  # what is thrown at someone is a missile
        aimed = _someone_hit
    if not weapons:
        return None
    targets = [g for t in [v] + objs for p in t.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
               for g in p.children if g.dep_ == "pobj" and aimed(g)]
    if not targets:  # "will use force if the rebels enter the capital": whose act the force is conditional on
        targets = [s for s in condition_subjects([v]) if aimed(s)]
    if not targets:
        return None
    mode = weapon_mode(weapons)
    # the rule names the worst thing used: a weapon among stones ("rocks and petrol bombs") makes no riot
    named = next((w for w in weapons if w.lemma_.lower() not in RIOT_MISSILES), weapons[0])
    return Candidate("ASSAULT", mode, f"instrument:{v.lemma_.lower()}_{named.lemma_.lower()}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=targets, score=0.7)


GUILT_VERBS = word_class("events.coding.constructions.guilt_verbs")
JAILING_VERBS = word_class("events.coding.constructions.jailing_verbs")
_NEGATORS = frozenset({"not", "never"})


def guilt_verdict(v: Any) -> Candidate | None:
    """A verdict of guilt ("found X guilty of fraud": SANCTION convict, as the guide codes a
    conviction) or of innocence ("was found not guilty": RETREAT release, like an acquittal), with
    the court or jury as actor and the one judged as recipient; None for other verbs."""
    if v.lemma_.lower() not in GUILT_VERBS:
        return None
    guilty = next((c for c in v.children if c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")),
                  None)
    if guilty is None:
        return None
    judged = [c for c in guilty.children if c.dep_ == "nsubj"] or [c for c in v.children if c.dep_ == "dobj"]
    actors, passive = subject_of(v)
    actors = actors or [g for p in guilty.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                        for g in p.children if g.dep_ == "pobj"]
    innocent = any(c.lower_ in _NEGATORS for c in guilty.children if c.dep_ in ("neg", "advmod"))
    event, mode = ("RETREAT", "release") if innocent else ("SANCTION", "convict")
    return Candidate(event, mode, f"verdict:{'not_' if innocent else ''}guilty", [v], [v], v, actors=actors,
                     recipients=judged + passive, context="legal", score=0.7)


PLEA_VERBS = word_class("events.coding.constructions.plea_verbs")
HINDERING_VERBS = word_class("events.coding.constructions.hindering_verbs")


def plea(v: Any) -> Candidate | None:
    """A plea of not guilty ("pleaded not guilty to fraud") denies the charge: REJECT by the one
    who pleads; a plea of guilty admits it, a concession (CONCEDE) as an admission of a wrong of
    one's own is (:mod:`.admissions`); any other verb, None."""
    if v.lemma_.lower() not in PLEA_VERBS:
        return None
    guilty = next((t for t in [*v.children, *(g for c in v.children if c.dep_ == "dobj" for g in c.children)]
                   if t.lower_ == "guilty"), None)
    if guilty is None:
        return None
    if not any(c.lower_ in _NEGATORS for c in [*guilty.children, *v.children] if c.dep_ in ("neg", "advmod")):
        return Candidate("CONCEDE", None, f"plea:{v.lemma_.lower()}_guilty", [v], [v], v,
                         actors=subject_of(v)[0], recipients=[], context="legal", score=0.7)
    return Candidate("REJECT", None, f"plea:{v.lemma_.lower()}_not_guilty", [v], [v], v,
                     actors=subject_of(v)[0], recipients=[], context="legal", score=0.7)


def hindering(v: Any) -> Candidate | None:
    """Keeping someone from acting ("prevented the ships from docking", "barred him from leaving",
    word class ``hindering_verbs``): COERCE (restrict) by the hinderer on the one hindered; None
    without an object and a "from" gerund, in a purpose infinitive, or when the hinderer is no
    participant ("the rain stopped the march from starting")."""
    if v.lemma_.lower() not in HINDERING_VERBS or is_infinitive(v):
        return None  # "remained to prevent X from gaining ground": a purpose, not an act
    actors, passive = subject_of(v)
    hindered = [c for c in v.children if c.dep_ == "dobj"] + passive
    doing = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
             for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"]
    if not hindered or not doing or not any(is_participant_like(a) or a.pos_ == "PROPN" for a in actors):
        return None
    return Candidate("COERCE", "restrict", f"hinder:{v.lemma_.lower()}_from", [v], [v], v, actors=actors,
                     recipients=hindered, score=0.7)


OFFICE_SEEKING_VERBS = word_class("events.coding.constructions.office_seeking_verbs")
_OFFICES = word_class("events.coding.constructions.office_words") | word_class("campaign_word")
_ANNOUNCED = frozenset({"will", "would", "wo", "'ll", "shall"})  # a decision announced, not a past non-event


def declined_candidacy(v: Any) -> Candidate | None:
    """Declining to run ("will not seek re-election", "would not run for a second term", "will not
    stand in the election"): a candidate's exit, RETREAT (withdraw); None for a verb of seeking
    office that is not negated, seeks no office, has no subject, or tells the past ("did not seek
    reelection" is a non-event, not news). The event's verb group is the office sought, so
    that the refusal is not read as a negated act."""
    if v.lemma_.lower() not in OFFICE_SEEKING_VERBS or not any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in v.children):
        return None
    sought = [c for c in v.children if c.dep_ == "dobj"] + [
        g for p in v.children if p.dep_ == "prep" and p.lower_ in ("for", "in") for g in p.children if g.dep_ == "pobj"]
    office = next((o for o in sought if o.lemma_.lower() in _OFFICES or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _OFFICES for c in o.children)), None)
    actors = subject_of(v)[0]
    if office is None or not actors or not any(c.dep_ == "aux" and c.lower_ in _ANNOUNCED for c in v.children):
        return None  # "did not seek reelection" tells a past non-event; "why not run" asks
    return Candidate("RETREAT", "withdraw", f"decline:{v.lemma_.lower()}_{office.lemma_.lower()}", [v], [office], v,
                     actors=actors, recipients=[], context="election", score=0.7)


APPROVING_VERBS = word_class("events.coding.constructions.approving_verbs")
_PERSON_PRONOUNS = frozenset({"him", "her", "them"})


SOUGHT_PLACES = word_class("events.coding.constructions.sought_places")
APPROVAL = "approve:"  # the rule family of :func:`approved_person`: its recipient is whom it supports


def _seekers(obj: Any) -> list[Any]:
    """Who sought what an approval grants: the owner of "Sweden's membership", "the nomination of X"."""
    if obj.lemma_.lower() not in SOUGHT_PLACES:
        return []
    return [c for c in obj.children if c.dep_ == "poss" and is_participant_like(c)] + [
        g for g in preps_of(obj, ("of",)) if is_participant_like(g)]


def approved_person(v: Any) -> Candidate | None:
    """Confirming someone ("the Senate confirmed X as minister", "confirmed him") or approving what
    someone sought ("approved Sweden's NATO membership", "the nomination of X"; word class
    ``events.coding.constructions.sought_places``): SUPPORT of the one confirmed; None when what is
    confirmed is a fact or a thing ("confirmed the deaths", "approved the budget")."""
    if v.lemma_.lower() not in APPROVING_VERBS or any(c.dep_ == "ccomp" for c in v.children):
        return None
    people = [c for c in v.children if c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in _PERSON_PRONOUNS)]
    people += [s for c in v.children if c.dep_ == "dobj" for s in _seekers(c)]
    actors = subject_of(v)[0]
    if not people or not actors:
        return None
    return Candidate("SUPPORT", None, f"{APPROVAL}{v.lemma_.lower()}_person", [v], [v], v, actors=actors,
                     recipients=people, score=0.7)


CHOOSING_VERBS = word_class("events.coding.constructions.choosing_verbs")
CANDIDATE_ROLES = word_class("events.coding.constructions.candidate_roles")


def chosen_candidate(v: Any) -> Candidate | None:
    """Choosing someone as one's candidate ("named X as his running mate", "announced X as his
    choice", "picked X as its nominee", word classes ``choosing_verbs`` and ``candidate_roles``):
    SUPPORT of the one chosen; None for a thing named or a role that is no candidacy ("named X as
    chief executive")."""
    if v.lemma_.lower() not in CHOOSING_VERBS or any(c.dep_ == "prt" for c in v.children):
        return None  # "picked X up at the airport"
    people = [c for c in v.children if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in _PERSON_PRONOUNS)]
    roles = [g for p in v.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    actors = subject_of(v)[0]
    if not people or not actors or not any(r.lemma_.lower() in CANDIDATE_ROLES for r in roles):
        return None
    return Candidate("SUPPORT", None, f"choose:{v.lemma_.lower()}_candidate", [v], [v], v, actors=actors,
                     recipients=people, context="election", score=0.7)


def jail_sentence(v: Any) -> Candidate | None:
    """Jailing for an offence or a term ("jailed for five years", "jailed over the abuse") is a
    sentence, SANCTION convict; jailing with neither ("jailed dissidents") is left to the lexicon
    (a detention)."""
    if v.lemma_.lower() not in JAILING_VERBS:
        return None
    if not any(p.dep_ == "prep" and (p.lower_ in ("for", "over") or (p.lower_ == "due" and any(
            c.lower_ == "to" for c in p.children))) for p in v.children):
        return None
    actors, passive = subject_of(v)
    recipients = [c for c in v.children if c.dep_ == "dobj"] + passive
    return Candidate("SANCTION", "convict", f"sentence:{v.lemma_.lower()}", [v], [v], v, actors=actors,
                     recipients=recipients, context="legal", score=0.7)


def ruling(v: Any) -> Candidate | None:
    """The verdict of a ruling or finding verb (word class ``ruling_verbs``) whose complement judges
    its subject; None when the predicate judges nothing ("found that turnout was low")."""
    lemma = v.lemma_.lower()
    if lemma not in RULING_VERBS:
        return None
    found = _judged_clause(v)
    if found is None:
        return None
    judged, pred = found
    # words of political judgement only: "found him to be positive" (for a virus) praises no one
    said = set(judged.subtree)  # what the clause says of its subject, not the subject's own words
    score = polarity((t.lemma_ for t in pred.subtree if t not in said), min_general=RULING_GENERAL_FLOOR)
    verdict = 1 if score >= THRESHOLD else -1 if score <= -THRESHOLD else 0
    if verdict == 0:
        return None
    actors = subject_of(v)[0]
    court = any(a.lemma_.lower() in JUDICIAL_NOUNS or any(w.lower() in JUDICIAL_NOUNS for w in a.text.split())
                for a in actors)
    if not court and not (is_participant_like(judged) or judged.pos_ == "PROPN" or doers_of_thing(judged)):
        return None  # "declared the incident terrorist-related": a finding about no one
    event, mode = ("SUPPORT", None) if verdict > 0 else ("REJECT", None) if court else ("ACCUSE", "disapprove")
    return Candidate(event, mode, f"ruling:{lemma}", [v], [v], v, actors=actors, recipients=[judged], score=0.7)


def construction_event(v: Any, noun_type: Callable[[Any], str | None] = lambda t: None) -> Candidate | None:
    """The event a construction on verb ``v`` makes on its own (a verdict of guilt, a jail
    sentence, a ruling, force through an instrument, a refusal told by negating a verb of no
    event, censorship, giving oneself up to the police, the claim of an attack noun tells (``noun_type``:
    a noun's event type in the lexicon), an attack undergone, an ultimatum told as time given, concern
    voiced, forces leaving a place or staying on alert, protesters gathering, an official's trip), or
    None: the trigger finder then reads the verb as usual."""
    is_attack = lambda t: noun_type(t) == "ASSAULT"  # noqa: E731
    return (guilt_verdict(v) or plea(v) or jail_sentence(v) or hindering(v) or declined_candidacy(v)
            or approved_person(v) or chosen_candidate(v) or ruling(v) or instrument_attack(v) or imposed_restriction(v)
            or unsaid_refusal(v) or censorship(v) or given_up(v) or claimed_attack(v, is_attack)
            or undergone_attack(v, is_attack) or deadline_given(v) or voiced_concern(v, noun_type)
            or felt_displeasure(v, noun_type) or phoned(v) or forces_left(v) or forces_on_alert(v)
            or protesters_gathered(v) or official_trip(v))


def headline_verb(v: Any) -> tuple[list[Any], list[Any], list[Any]] | None:
    """(subjects, named objects, swallowed tokens) for a finite verb the parser made a modifier.

    "Rhovania rejects Dunmarch ceasefire offer": "rejects" hangs as a compound of "ceasefire",
    whose clause verb "offer" has Rhovania as subject. Headlines drop articles, so such a
    present-tense verb inside a noun phrase is the sentence's real verb: the subjects before it
    act, the names after it are its object's owners, and the words up to the clause verb (the
    noun phrase and its mistaken verb) are the thing acted on, never events of their own.
    """
    if v.pos_ != "VERB" or v.tag_ not in ("VBZ", "VBD") or v.dep_ not in _HEADLINE_DEPS:
        return None
    np_head = v.head
    clause = np_head.head
    if np_head.pos_ not in ("NOUN", "PROPN") or np_head.i < v.i or clause.pos_ not in ("VERB", "AUX"):
        return None
    if np_head.dep_ not in ("nsubj", "dobj") or clause.i < np_head.i:
        return None
    subjects = [c for c in (*v.children, *clause.children) if c.dep_ == "nsubj" and c.i < v.i]
    if not subjects:
        return None
    named = [t for t in v.doc[v.i + 1:np_head.i] if t.pos_ == "PROPN" and t.head.i >= np_head.i]
    swallowed = list(v.doc[v.i + 1:clause.i + 1])
    return subjects, named, swallowed


def talked_over(v: Any) -> bool:
    """Whether a verb's object is what is talked about, no recipient ("debated the border dispute")."""
    return v.lemma_.lower() in TOPIC_VERBS


def condition_inside(v: Any) -> bool:
    """Whether an if/unless clause sits anywhere inside a verb's complement clauses."""
    for comp in (c for c in v.children if c.dep_ in ("ccomp", "xcomp")):
        for t in comp.subtree:
            if is_condition(t):
                return True
    return False


def leave_order(v: Any) -> tuple[str, str] | None:
    """(event, mode) of "ordered X to leave (the country)": SANCTION expel for envoys, else
    COERCE deport; ``None`` when the order is about anything but leaving."""
    target = next((c for c in v.children if c.dep_ == "xcomp"), None)
    obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
    if target is None or obj is None or target.lemma_.lower() not in LEAVE_VERBS:
        return None
    if obj.lemma_.lower() in DIPLOMATS or any(c.lemma_.lower() in DIPLOMATS for c in obj.children
                                               if c.dep_ in ("compound", "amod")):
        return "SANCTION", "expel"
    return "COERCE", "deport"


def restraint_order(v: Any, names_event: Callable[[Any], bool]) -> list[Any] | None:
    """Whom an order of restraint binds: "ordered the newspaper to suspend publication", "ordered
    that the accused remain in custody", "ordered residents to stay home" coerce the one ordered
    (PLOVER: COERCE). ``None`` when the verb gives no order, the order is of anything but to stop,
    close, suspend or stay, or what is to stop is itself an act ("ordered the army to halt the
    offensive" ends a fight, names ``names_event`` decides)."""
    if v.lemma_.lower() not in ORDER_VERBS:
        return None
    for target in (c for c in v.children if c.dep_ in ("xcomp", "ccomp")):
        if target.lemma_.lower() not in RESTRAINTS:
            continue
        if any(names_event(o) for o in target.children if o.dep_ in ("dobj", "nsubjpass")):
            return None
        bound = [c for c in v.children if c.dep_ in ("dobj", "dative")]
        if target.dep_ == "ccomp":
            bound += [c for c in target.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bound
    return None


def weapon_mode(objects: list[Any]) -> str | None:
    """The attack mode an object names ("missiles", "a dozen rockets", "mortar shells")."""
    for o in objects:
        for word in (o.lemma_.lower(), *(c.lemma_.lower() for c in o.children if c.dep_ == "compound")):
            if word in WEAPON_MODES:
                return WEAPON_MODES[word]
    return None


def own_envoys(v: Any) -> bool:
    """Whether a verb acts on the actor's own envoys ("recall its own ambassador", "our diplomats",
    "France recalled France's ambassador"); another's ("expelled India's ambassador") are its target."""
    return any(o.dep_ == "dobj" and {o.lemma_.lower(), o.lower_} & DIPLOMATS and _own(o, v) for o in v.children)


def _own(o: Any, v: Any) -> bool:
    """Whether ``o`` is the own of the subject of ``v``: a possessive pronoun ("its", "our") or the
    subject's own name as possessor ("France recalled France's ambassador")."""
    subjects = {c.lower_ for c in v.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ in subjects) for c in o.children)


MOVED_TYPES = frozenset({"RETREAT", "MOBILIZE", "CONCEDE"})


def not_own_moved(c: Candidate) -> list[Any]:
    """The recipients of a candidate but the actor's own forces or envoys it moves ("withdrew its
    troops from Syria", "deployed its troops"): the means of a withdrawal or a deployment, not whom
    it is aimed at; an own envoy recalled stands for the state of its post ("recalled its ambassador
    to Uganda": Uganda). Another's ("the rebels' troops") stay. What a mobilisation moves ("deployed
    troops", "massed tanks") is no one it is aimed at, whoever's it is: only a preposition names that."""
    if c.event == "MOBILIZE":
        return [r for r in c.recipients if not (r.dep_ in ("dobj", "nsubjpass") and r.head == c.head)]
    if c.event == "SANCTION":
        envoys = [o for o in [*c.head.children, *c.objects, *c.recipients] if o.dep_ in ("dobj", "nsubjpass")
                  and _own(o, c.head) and {o.lemma_.lower(), o.lower_} & DIPLOMATS]
        posts = [g for o in envoys for t in (o, c.head) for g in preps_of(t, ("to", "in", "from"))]  # (or on the verb)
        return posts + [r for r in c.recipients if r not in envoys and r not in posts]
    # (counted: "the bulk of its forces", "most of its troops" are its own as "its troops" are)
    return [r for r in c.recipients if not _own(counted(r), c.head)] if c.event in MOVED_TYPES else c.recipients


_FORCE_SECTORS = frozenset({"MIL", "COP"})


def own_forces_moved(c: Candidate, tok: Any, countries: set[str | None], actor_of: Callable[[Any], Any]) -> bool:
    """Whether ``tok`` is the actor's own forces a withdrawal or a deployment moves, named by their
    country ("Trump withdrew US troops", "Russia withdrew Russian forces"): the object of the verb
    that ``actor_of`` reads as armed forces or police of one of the actors' ``countries``."""
    if not (c.event == "RETREAT" and c.mode == "withdraw" or c.event == "MOBILIZE"):
        return False
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head != c.head:
        return False
    actor = actor_of(tok)
    return actor is not None and actor.sector in _FORCE_SECTORS and actor.country is not None and actor.country in countries


def conditional_verbs(verbs: list[Any]) -> bool:
    """Whether an if/unless clause or "otherwise" hangs from any verb of a verb group."""
    for v in verbs:
        for c in v.children:
            if c.lower_ == "otherwise" or is_condition(c):
                return True
    return False


__all__ = ["AIMING_PREPS", "CONDITION_MARKS", "DIPLOMATS", "FORCE_INSTRUMENTS", "INSTRUMENT_VERBS", "JUDICIAL_NOUNS",
           "LEAVE_VERBS", "RULING_VERBS", "WEAPON_MODES", "condition_inside", "conditional_verbs",
           "construction_event", "headline_verb", "not_own_moved", "phoned", "instrument_attack", "leave_order", "own_envoys", "own_forces_moved", "restraint_order", "ruling", "talked_over", "TOPIC_VERBS", "called_to_talk",
           "weapon_mode"]
