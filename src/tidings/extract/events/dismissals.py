"""Acts a verb does to a person, told by its object: removal from a post, and custody.

Removing someone from a post is a SANCTION by the one who removed them; ousting someone (word class
``events.coding.dismissals.ousting_verbs``) is a coup when armed forces do it ("the army ousted
him": COERCE, seize), and no event told otherwise (a leader ousting a minister dismisses, a
coalition or a revolt ousting a ruler seizes power: the verb does not say which).

"Mugabe fired his vice president", "Trump fired FBI Director James Comey", "the health minister
was sacked by the prime minister", "dismissed the army chief": a verb of dismissal (word class
``events.coding.dismissals.dismissing_verbs``) whose object, or passive subject, holds a post: a
person by name, a holder of an office (word class ``events.coding.dismissals.post_holders``:
minister, director, commander ...), or "him" / "her". The guide codes a removal from office as a
SANCTION of the one removed; the lexicon's own senses of these verbs are other acts ("fired on the
crowd": an attack; "dismissed the appeal": a rejection; "sacked the town": plunder).

A firm's staff laid off ("fired 300 workers", word class ``events.coding.detect.workforce``)
is no political act: no event, not an attack. Anything else the verb acts on (weapons, a case, a
claim, a town) leaves the lexicon's sense to decide, and a verdict ("dismissed the minister as
incompetent") stays the detector's.

Holding someone (word class ``events.coding.custody.verbs``: "police are holding three suspects",
"these men are being held by border officers", "held the activist without charge") is detention, a
COERCE; holding hostages or someone hostage (``events.coding.custody.captives``) is an abduction
(ASSAULT). The one held is a person by name or nationality, a pronoun for people, or a noun for
people (not a place or a body: "held the town", "Democrats held the House", "held caucuses"; nor
a gathering the knowledge base types by who attends, ``events.coding.custody.gatherings``: "a
funeral was held"). Holding
someone responsible or to account (a predicate, a "to" phrase) is a verdict, not custody, and a
particle makes another verb ("held up traffic").
"""

from __future__ import annotations

from typing import Any

from ..common import by_agents, word_class
from .lexicon import Entry
from .measures import names_forces
from .phrases import PEOPLE_PRONOUNS, counted, is_participant_like, term_of

DISMISSING_VERBS = word_class("events.coding.dismissals.dismissing_verbs")
OUSTING_VERBS = word_class("events.coding.dismissals.ousting_verbs")
POST_HOLDERS = word_class("events.coding.dismissals.post_holders")
WORKFORCE = word_class("events.coding.detect.workforce")
_HOLDER_PRONOUNS = frozenset({"him", "her"})
REMOVED = "post"  # removed from a post: SANCTION
LAID_OFF = "job"  # staff laid off: no event
CUSTODY_VERBS = word_class("events.coding.custody.verbs")
CAPTIVES = word_class("events.coding.custody.captives")
GATHERINGS = word_class("events.coding.custody.gatherings")
_PLACES_AND_BODIES = frozenset({"GPE", "LOC", "FAC", "ORG"})
_VERDICT_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp"})


def done_to_person(v: Any) -> tuple[Entry | None, str] | None:
    """(entry, rule) of an act verb ``v`` does to a person its object names: a removal from a post,
    custody; (None, "") for staff laid off (no event); None when the verb does neither."""
    lemma = v.lemma_.lower()
    if lemma in OUSTING_VERBS:  # "the army ousted him": a coup; "was ousted", "a coalition ousted X": unsaid which
        coup = Entry("verb", lemma, "", "COERCE", "seize", None)
        return (coup, f"verb:{lemma}_by_force") if _by_armed_forces(v) else (None, "")
    removed = removal(v)
    if removed is not None:
        return (dismissal_entry(lemma), f"verb:{lemma}_from_post") if removed == REMOVED else (None, "")
    held = custody(v)
    return (held, f"verb:{lemma}_someone") if held is not None else None


def custody(v: Any) -> Entry | None:
    """COERCE for someone held, ASSAULT for hostages held; None when verb ``v`` holds no one."""
    if v.lemma_.lower() not in CUSTODY_VERBS or any(c.dep_ == "prt" for c in v.children):
        return None
    kids = [c for c in v.children if c.dep_ != "punct"]
    if any(c.lemma_.lower() in CAPTIVES for c in kids if c.dep_ in ("dobj", "oprd", "npadvmod", "attr", "nsubjpass")):
        return Entry("verb", v.lemma_.lower(), "", "ASSAULT", "abduct", None)
    if any(c.dep_ in _VERDICT_DEPS for c in kids) or any(c.dep_ == "prep" and c.lower_ == "to" for c in kids):
        return None  # "held him responsible", "hold the government to account"
    if any(c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids):
        return None  # "they are held to protest violence": gatherings held for a purpose
    held = next((counted(c) for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    if held is None or not _a_person(held) or any(c.dep_ == "amod" and c.i > held.i for c in held.children):
        return None  # "held the minister responsible for the losses": a predicate parsed on the object
    return Entry("verb", v.lemma_.lower(), "", "COERCE", "arrest", "legal")


def _a_person(tok: Any) -> bool:
    """Whether ``tok`` names people: by name or nationality, a pronoun for people, or a noun for
    people (no place or body by name)."""
    if tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in PEOPLE_PRONOUNS:
        return True
    if tok.pos_ != "NOUN" or tok.ent_type_ in _PLACES_AND_BODIES or tok.lemma_.lower() in GATHERINGS:
        return False
    term = term_of(tok)
    return is_participant_like(tok) and (term is None or term.kind != "org")  # "held caucuses": a body


def removal(v: Any) -> str | None:
    """``REMOVED`` when verb ``v`` removes a post holder, ``LAID_OFF`` when it lays off staff,
    None when it is no dismissal (another verb, or one acting on a thing)."""
    if v.lemma_.lower() not in DISMISSING_VERBS or _by_armed_forces(v):
        return None  # "soldiers removed the president": a coup, the lexicon's removal by force
    removed = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if v.tag_ == "VBN" and v.dep_ == "acl":
        removed.append(v.head)  # "the minister sacked on Monday"
    if any(_holds_a_post(t) for t in removed):
        return REMOVED
    if any(t.lemma_.lower() in WORKFORCE or t.lower_ in WORKFORCE for t in removed):
        return LAID_OFF
    return None


def _by_armed_forces(v: Any) -> bool:
    """Whether armed forces do what a verb tells, as its subject or "by" agent ("the army ousted
    the president", "was ousted by soldiers"; :func:`.measures.names_forces`)."""
    return any(names_forces(d) for d in [c for c in v.children if c.dep_ == "nsubj"] + by_agents(v))


def _holds_a_post(tok: Any) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in _HOLDER_PRONOUNS \
        or tok.lemma_.lower() in POST_HOLDERS or tok.lower_ in POST_HOLDERS


def dismissal_entry(lemma: str) -> Entry:
    """The lexicon entry of a removal from a post by verb ``lemma``."""
    return Entry("verb", lemma, "", "SANCTION", None, None)


__all__ = ["CAPTIVES", "CUSTODY_VERBS", "DISMISSING_VERBS", "LAID_OFF", "POST_HOLDERS", "REMOVED", "WORKFORCE", "custody",
           "dismissal_entry", "done_to_person", "removal"]
