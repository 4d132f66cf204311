"""Appeals: who asks whom for what.

- An appeal to a named addressee with an action ("urged Berlin to deliver heavy weapons", "called
  on Ostria to withdraw") is a REQUEST to that addressee (or what the action's frame makes it).
- An appeal *for* something ("called for calm", "called for Varo's resignation", "pressed for
  talks") is a REQUEST of its speaker even without an addressee: the addressee is whoever the
  requested act belongs to (the possessor or "of" phrase of an act noun, unless the act is done to
  them, word class ``patient_possessor``; a named body in the phrase, "G7 action"), else no one.
- A verb of attack whose object is a statement, act or decision, or that passes a verdict through
  "as" ("attacked the ruling as a disgrace"), is criticism (ACCUSE), not violence.
- A noun of judgement, appeal, offer or aid takes its source from a "from" phrase, on the noun or
  on the verb it is the subject or object of ("condemnation from France", "criticism came from
  X"); whoever "drew" or "received" it is its target ("Kestria drew condemnation from France").

Word classes live in ``data/word_classes.csv``.
"""

from __future__ import annotations

from typing import Any, Callable

from ..actors.context import is_date_word
from ..common import is_infinitive, word_class
from .args import is_participant_like
from .phrases import is_someone
from .candidate import Candidate, objects_of, preps_of, subject_of
from .doers import act_modifier_doers
from .lexicon import Lexicon, frame_event

_OBJECT_PRONOUNS = frozenset({"them", "him", "her", "us", "you"})
_ADDRESSING_PREPS = ("on", "upon", "to", "before")
_WITH_ADDRESSEE = word_class("events.coding.appeals.with_addressee")
_TIME_LABELS = frozenset({"DATE", "TIME"})


def addressed_appeal(v: Any, inner_of: Callable[[Any], str | None]) -> Candidate | None:
    """A REQUEST to the named addressee of an appeal with an action; None when it names no
    addressee or no action (``inner_of`` gives the embedded action's event type)."""
    lemma = v.lemma_.lower()
    asked_for = for_clause(v)
    if asked_for is not None and lemma in word_class("appeal_for"):
        # "appealed for the population to remain calm"; "called for the killers to be brought to
        # justice": the subject of what is asked is asked, unless the act is done to them
        asked = [] if any(c.dep_ == "auxpass" for c in asked_for.children) else [
            c for c in asked_for.children if c.dep_ == "nsubj" and (is_participant_like(c) or c.lower_ in _OBJECT_PRONOUNS)]
        inner = inner_of(asked_for)
        event, mode = frame_event("demand", inner)
        # the appeal's own verb carries its flags: "asked them not to" denies nothing of the appeal
        return Candidate(event or "REQUEST", mode, f"appeal:{lemma}_for", [v], [v], v,
                         actors=subject_of(v)[0], recipients=asked, objects=objects_of(asked_for), inner=inner,
                         score=0.45)
    on = [c for c in v.children if addressing(c) and addresses(c, v)
          and (c.lower_ in _ADDRESSING_PREPS or c.lower_ == "with" and lemma in _WITH_ADDRESSEE)]  # "pleaded with X to"
    if lemma not in word_class("addressed_appeal") or (lemma in word_class("appeal_with_on") and not on):
        return None  # "called X to discuss" is a phone call
    action = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp")), None)
    if action is None and any(c.dep_ in ("dobj", "dative") for c in v.children):
        action = _infinitive(v)  # "advised residents to make plans", parsed as an adverbial clause
    addressees = [c for c in v.children if c.dep_ in ("dobj", "dative")]
    addressees += [g for c in on for g in c.children if g.dep_ == "pobj"]
    addressees = [a for a in addressees if is_participant_like(a) or a.lower_ in _OBJECT_PRONOUNS]
    if action is None and on:  # "count on Ostria to act": the action hangs from the addressee's phrase
        action = next((c for c in v.children if c.dep_ == "xcomp"), None) or _infinitive(v) or _hung_beside(v)
    if not addressees and (before := _before_infinitive(v)) is not None:
        # "pleaded before Congress to be given $14 billion", parsed as a clause "before Congress to be
        # given": a clause of time is finite, so its subject is the body pleaded before
        action = before
        addressees = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and is_participant_like(c)]
    if not addressees and action is not None and action.dep_ == "ccomp" and action.i > v.i:
        # "urged that Ostria release the prisoners": the that-clause names who is asked to act (a
        # clause before the verb is none: a reporting clause parsed as its complement)
        addressees = [c for c in action.children if c.dep_ == "nsubj" and is_participant_like(c)]
    if action is not None and not addressees and asks_a_thing_done(v, action):
        # "has asked that a decision be made": the speaker's REQUEST, though it names no one to act
        return Candidate("REQUEST", None, f"appeal:{lemma}_that", [v], [v], v, actors=subject_of(v)[0],
                         objects=objects_of(action), inner=inner_of(action), score=0.3)
    if action is None or not addressees or action.pos_ not in ("VERB", "AUX"):
        return None
    inner = inner_of(action)
    event, mode = frame_event("demand", inner)
    return Candidate(event or "REQUEST", mode, f"appeal:{lemma}", [v], [v], v,
                     actors=subject_of(v)[0], recipients=addressees, objects=objects_of(action), inner=inner,
                     score=0.45)


ASKING_THAT = word_class("events.coding.appeals.asking_that")
_QUESTION_MARKS = frozenset({"whether", "if"})


def asks_a_thing_done(v: Any, action: Any) -> bool:
    """Whether an appeal's that-clause asks that a thing be done, naming no one to do it ("asked that
    a decision be made", "urged that the talks be resumed"): a verb of asking (word class
    ``events.coding.appeals.asking_that``) with a passive "that" or subjunctive clause. A question
    ("asked whether / when the vote would be held") asks nothing to be done."""
    if v.lemma_.lower() not in ASKING_THAT or action.dep_ != "ccomp" or action.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(action.children)
    if any(k.lower_ in _QUESTION_MARKS or k.tag_ in ("WRB", "WP", "WDT") for k in kids):
        return False
    if not any(k.dep_ == "auxpass" for k in kids):
        return False
    return any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) or not any(k.dep_ == "aux" for k in kids)


def addressing(c: Any) -> bool:
    """Whether a verb's child is a phrase that may name an appeal's addressee: a preposition, or a
    particle with the addressee under it all the same ("called on Georgians to rally" parsed with
    "on" as the particle); not a bare particle ("pressed on with its offensive")."""
    return c.dep_ == "prep" or (c.dep_ == "prt" and any(g.dep_ == "pobj" for g in c.children))


def addresses(prep: Any, v: Any) -> bool:
    """Whether an "on"/"upon"/"to" phrase of an appeal verb can name whom it asks: it follows the
    verb ("called on X") and names no time ("On Thursday, X called for G7 action", "called on
    Monday for calm" name when, not whom)."""
    if prep.i < v.i:
        return False
    return not any(g.ent_type_ in _TIME_LABELS or is_date_word(g.text) for g in prep.children if g.dep_ == "pobj")


def _before_infinitive(v: Any) -> Any:
    """An infinitival clause the parse hangs from ``v`` with the mark "before" ("pleaded before
    Congress to be given …"): "before" then names whom the appeal is made to, or None."""
    return next((c for c in v.children if c.dep_ == "advcl" and is_infinitive(c) and any(
        m.dep_ == "mark" and m.lower_ == "before" for m in c.children)), None)


def _hung_beside(v: Any) -> Any:
    """The to-infinitive the parse hung beside an appeal it read as a participle on its subject ("The
    resolution called on Angola to implement ...": "called" and "implement" both on "resolution", or
    "implement" the main verb with "resolution" its subject): the action asked for, or None."""
    if v.dep_ != "acl":
        return None
    subject, top = v.head, v.head.head
    if subject.dep_ == "nsubj" and top.i > v.i and is_infinitive(top):
        return top  # or made the infinitive the main verb, with the subject as its own
    return next((c for c in subject.children if c.dep_ in ("acl", "relcl") and c.i > v.i and is_infinitive(c)
                 and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)


def _infinitive(v: Any) -> Any:
    """An infinitival clause the parse hangs from ``v`` as an adverbial ("advised X to leave"), or None."""
    return next((c for c in v.children if c.dep_ == "advcl" and is_infinitive(c)), None)


def for_clause(v: Any) -> Any:
    """A clause "for X to ..." of ``v`` ("appealed for calm" has none; "appealed for the population
    to remain calm" has one), or None."""
    return next((c for c in v.children if c.dep_ in ("advcl", "ccomp", "xcomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


def _requested(v: Any) -> Any:
    """The noun an appeal asks for ("called for calm", "asked for US$5 billion"), or None; also
    the "for" phrase the parser hung on the one asked ("asked Western allies for more systems")."""
    asked = [c for c in v.children if c.dep_ == "dobj" and is_someone(c)]
    for p in [c for h in [v, *asked] for c in h.children]:
        if p.dep_ == "prep" and p.lower_ == "for":
            obj = next((g for g in p.children if g.dep_ == "pobj" and (
                g.pos_ in ("NOUN", "PROPN") or g.ent_type_ == "MONEY")), None)
            if obj is not None:
                return obj
    return None


# possessive pronouns that may own an act asked for ("called for his resignation": his)
_THIRD_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def done_to_possessor(noun: Any) -> bool:
    """Whether an act noun's possessor is whom the act is done to ("Navalny's release", word class
    ``patient_possessor``), not its doer ("Varo's resignation")."""
    return noun.lemma_.lower() in word_class("patient_possessor")


def possessors(noun: Any) -> list[Any]:
    """The possessors of a noun that did its act: none for acts done to the possessor ("Navalny's
    arrest"), unless an "of" phrase names whom it was done to ("Russia's arrest of the journalist")."""
    return [] if done_to_possessor(noun) and not _of_patient(noun) else [c for c in noun.children if c.dep_ == "poss"]


def _of_patient(noun: Any) -> bool:
    """Whether an act done to someone names that one by an "of" phrase ("the arrest of X")."""
    return bool(preps_of(noun, ("of",)))


def act_owners(noun: Any) -> list[Any]:
    """Who an act noun's act belongs to: its possessor or "of" phrase ("Varo's resignation", "the
    resignation of Varo"); none for acts done to the possessor."""
    if done_to_possessor(noun):
        return []
    owners = possessors(noun) + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for g in c.children if g.dep_ == "pobj"]
    return [o for o in owners if is_participant_like(o) or o.tag_ == "PRP$" and o.lower_ in _THIRD_POSSESSIVES]


def answered_doers(noun: Any) -> list[Any]:
    """Who did an act another answers ("vowed revenge for Israel's killing of its general": Israel):
    its doers (:func:`doers_of_thing`), and its possessor when an "of" phrase names whom it was done
    to; never those it was done to."""
    own = [c for c in noun.children if c.dep_ == "poss"] if done_to_possessor(noun) and _of_patient(noun) else []
    return own + [d for d in doers_of_thing(noun) if d not in own]


def doers_of_thing(noun: Any, depth: int = 0, skip: frozenset[int] = frozenset()) -> list[Any]:
    """Who did or said the thing a judgement is about: the "by" phrase ("the proclamation … by
    Varo"), the parties "between" whom it was made ("the deal between Ostria and Kestria"), its
    possessor unless it was done to them ("Quell's decision"), the "of" phrase of a statement or
    act ("the conduct of Varo"), and the doers of a thing it is "into" or "of" ("an inquiry into
    the conduct of Varo"). Empty when the noun names none."""
    modified = act_modifier_doers(noun)  # "the rebel raids", "opposition claims of abuse by soldiers"
    out: list[Any] = possessors(noun) + modified
    patient = done_to_possessor(noun)
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between"):
            for g in (g for g in c.children if g.dep_ == "pobj"):
                out += [g] + [k for k in g.children if k.dep_ == "conj"]
        elif c.dep_ == "prep" and c.lower_ in ("of", "into") and depth < 2 and not modified:
            for g in (g for g in c.children if g.dep_ == "pobj"):
                if is_participant_like(g):
                    if c.lower_ == "of" and not patient and noun.lemma_.lower() in word_class("statement_or_act"):
                        out.append(g)
                elif g.pos_ == "NOUN":
                    out += doers_of_thing(g, depth + 1, skip)
    out += makers_in_clause(noun, skip)
    out = [t for t in out if is_participant_like(t) or t.pos_ == "PROPN" or t.tag_ == "PRP$"]
    return out or (made_before(noun) if depth == 0 else [])


# How far back a definite noun is read as naming again a thing met before ("the plan").
_TOLD_BEFORE_TOKENS = 200
# Verbs by which a thing is made or put forward ("issued a decree", "announced a plan"), not judged.
_MAKING_VERBS = word_class("quotes.issuing_verb") | word_class("events.coding.appeals.proposing_verbs")


def _definite(noun: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def made_before(noun: Any) -> list[Any]:
    """Who made the thing a definite noun names again ("Ukraine announced a peace plan ... Russia
    rejected the plan"): the makers of the nearest earlier mention of the same noun, its owner or the
    clause that made it ("Ukraine's plan", "a plan Ukraine unveiled"), or the subject of a verb that
    made it or put it forward ("issued", "unveiled", "announced", "proposed": word classes
    ``quotes.issuing_verb`` and ``events.coding.appeals.proposing_verbs``), not one that judged it
    ("rejected a plan ... criticised the plan": no maker named). A definite earlier mention with no
    maker refers back in its turn; an indefinite one is a new thing and ends the search."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or is_someone(noun) or is_participant_like(noun) \
            or not _definite(noun) \
            or noun.dep_ == "dobj" and noun.head.lemma_.lower() in word_class("events.coding.lexicon.light_verbs"):
        # a thing acted on, not a body ("the network"), a thing that acts ("the lawsuit was filed") or
        # the act a light verb makes ("launched the investigation": the investigators' own)
        return []
    doc, lemma = noun.doc, noun.lemma_.lower()
    for k in range(noun.left_edge.i - 1, max(-1, noun.i - _TOLD_BEFORE_TOKENS), -1):
        t = doc[k]
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        made = [o for o in possessors(t) if is_participant_like(o) or o.pos_ == "PROPN"] + makers_in_clause(t)
        if not made and t.dep_ == "dobj" and t.head.lemma_.lower() in _MAKING_VERBS:
            made = [c for c in t.head.children if c.dep_ == "nsubj"
                    and (is_participant_like(c) or c.pos_ in ("PROPN", "PRON"))]
        if made or not _definite(t):
            return made
    return []


_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
_CONTENT_MARKS = frozenset({"that", "whether", "if"})  # a clause marked so on a claim noun tells what it claims


# Verbs that take a stand on a thing ("the charges that X rejected"): their subject did not make it.
STANCE_VERBS = word_class("events.coding.appeals.stance_verbs")


def makers_in_clause(noun: Any, skip: frozenset[int] = frozenset()) -> list[Any]:
    """Who made a thing, as a clause on the thing says: the "by" agent of a participle ("a lawsuit
    filed by X") and the subject of a relative clause of which the thing is the object ("the plan
    (that) X announced"). None when the clause's subject is the thing itself ("the plan that
    angered X"), the clause tells what its subject says of the thing ("a bill that critics say is
    modelled on X") or takes a stand on it ("charges that X rejected") or is an aside on a thing already named ("the deal, which X praised"), and
    never the clause of the judging verb itself (token indices in ``skip``: "guarantors, which X
    rejected": X rejects, it made nothing)."""
    out: list[Any] = []
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                   and c.i not in skip):
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            out += [g for g in agent.children if g.dep_ == "pobj"]
        left = clause.left_edge
        aside = left.i > 0 and left.nbor(-1).text == ","  # "the deal, which X called fair": a comment on it
        content = noun.lemma_.lower() in word_class("events.coding.denials.claim_nouns") and any(
            c.dep_ == "mark" and c.lower_ in _CONTENT_MARKS for c in clause.children)
        # "a bill that critics say is modelled on X": the clause tells what its subject says of the thing
        told = any(c.dep_ == "ccomp" for c in clause.children) and not any(c.dep_ == "dobj" for c in clause.children)
        told = told or clause.lemma_.lower() in STANCE_VERBS  # "charges that X rejected": X made none
        if not aside and not content and not told and not any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for")
                                                              for c in clause.children):
            # "accusations that its troops had shelled the town" tells what a claim says: its subject made no claim
            # a finite clause naming the thing ("the plan (that) X announced"), not "a plan for X to resign"
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ not in _RELATIVE_WORDS:
                out += subjects
    return out + [k for t in out for k in t.children if k.dep_ == "conj"]


# Event types whose noun's "from" phrase is its source, not a place left ("withdrawal from X").
FROM_SOURCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "PROTEST", "AID", "AGREE"})


def noun_sources(n: Any, event: str) -> tuple[list[Any], list[Any]]:
    """(sources, targets) of an event noun from "from" phrases: on the noun ("condemnation from
    France"), else on the verb whose subject or object the noun is, directly or as the "of" phrase
    of a statement ("Statements of condemnation have come from X"); the verb's subject is the target
    when the noun is its object ("Kestria drew condemnation from France"). Empty for other types."""
    if event not in FROM_SOURCE_TYPES:
        return [], []
    holder = n
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
        holder = n.head.head  # "Statements of condemnation"
    verb = holder.head if holder.dep_ in ("nsubj", "dobj") and holder.head.pos_ == "VERB" else None
    sources = [o for o in preps_of(n, ("from",)) if is_participant_like(o)]
    met = _met_with(holder)
    if sources and met is not None:  # "X was met with protests from Y": Y's protests, aimed at X
        return sources + [k for s in sources for k in s.children if k.dep_ == "conj"], met
    if not sources and verb is not None and not (holder.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in verb.children)):
        # the verb's "from" is the subject noun's only when nothing else was taken: "The deal drew
        # condemnation from X" is X's condemnation, not X's deal
        sources = [o for o in preps_of(verb, ("from",)) if is_participant_like(o)]
    if not sources:
        return [], []
    sources += [k for s in sources for k in s.children if k.dep_ == "conj"]
    targets = [s for s in verb.children if s.dep_ == "nsubj" and is_participant_like(s)] \
        if verb is not None and holder.dep_ == "dobj" else []
    return sources, targets


def _met_with(holder: Any) -> list[Any] | None:
    """Who met with an act a passive's "with" or "by" phrase names ("X was met with protests", "was
    met by a series of protests"): the passive's subject, when it names someone; else None."""
    if holder.dep_ != "pobj" or holder.head.lower_ not in ("with", "by"):
        return None
    verb = holder.head.head
    met = [c for c in verb.children if c.dep_ == "nsubjpass" and is_participant_like(c)]
    return met or None


def passive_givers(v: Any, noun: Any, event: str) -> list[Any]:
    """The giver a passive transfer names by "from" ("were given loans from the government", "was
    sent aid from X"): a participant in a "from" phrase of the verb or of the transferred noun's
    phrase; none where the verb is active or has a "by" agent, or the type takes no source."""
    if event not in FROM_SOURCE_TYPES or not any(c.dep_ == "auxpass" for c in v.children) \
            or any(c.dep_ == "agent" for c in v.children):
        return []
    holders = [v, *(t for t in noun.subtree if t.pos_ in ("NOUN", "ADJ"))]
    return [o for h in holders for o in preps_of(h, ("from",)) if is_participant_like(o)]


def requested_act(v: Any) -> Candidate | None:
    """A REQUEST of the speaker of an appeal for something; None for other verbs."""
    lemma = v.lemma_.lower()
    if lemma not in word_class("appeal_for"):
        return None
    what = _requested(v)
    if what is None:
        return None
    asked = [c for c in v.children if c.dep_ in ("dobj", "dative") and is_someone(c)]
    asked += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
              for g in c.children if g.dep_ == "pobj" and is_someone(g)]  # "called on the army for help"
    if asked:  # "asked the government for aid": the one asked, not anyone named in what is asked for
        recipients = asked
    elif is_participant_like(what):  # "called for Ostria to withdraw": the one asked to act
        recipients = [what]
    else:
        recipients = act_owners(what) + [c for c in what.children if c.dep_ == "compound" and is_participant_like(c)]
    return Candidate("REQUEST", None, f"appeal:{lemma}_for", [v], [v], v, actors=subject_of(v)[0],
                     recipients=recipients, objects=[what], score=0.45)


def sought_from(v: Any) -> Candidate | None:
    """A REQUEST of whoever seeks something from someone ("seeks loans from the government",
    "sought India's cooperation"; word class ``seeking_verbs``); None without a "from" party or a
    possessor whose act is sought, or without a thing sought."""
    if v.lemma_.lower() not in word_class("events.coding.appeals.seeking_verbs"):
        return None
    sought = [c for c in v.children if c.dep_ == "dobj"]
    asked = [g for h in [v, *sought, *(g for s in sought for p in s.children if p.dep_ == "prep" and p.lower_ == "in"
                                     for g in p.children)]  # "seeks aid from X", "$5 billion in loans from X"
             for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ == "pobj" and is_someone(g)]
    # "sought India's cooperation": whose act is sought is asked (not whom it is done to: "sought X's extradition")
    asked += [g for s in sought if not done_to_possessor(s) for g in possessors(s)
              if g.pos_ != "PRON" and is_someone(g) and g not in asked]
    if not sought or not asked:
        return None
    return Candidate("REQUEST", None, f"appeal:{v.lemma_.lower()}_from", [v], [v], v, actors=subject_of(v)[0],
                     recipients=asked, objects=sought, score=0.45)


_NO_REASON_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "QUANTITY"})


def _a_reason(prep: Any) -> bool:
    """Whether a "for" phrase gives a reason (a gerund, or a noun naming no one, no place and no time:
    "for the tweet", "for his handling of the crisis"), not a duration or a beneficiary."""
    return any(o.dep_ == "pcomp" or (o.dep_ == "pobj" and o.pos_ == "NOUN" and not is_participant_like(o)
                                     and o.ent_type_ not in _NO_REASON_LABELS and o.lemma_.lower() not in word_class("events.coding.appeals.durations"))
               for o in prep.children)


def is_verbal_attack(v: Any, lex: Lexicon, act_nouns: frozenset[str]) -> bool:
    """Whether an attack verb attacks words or acts rather than people or places: its object is a
    statement, act or decision noun, or it passes a verdict through "as"."""
    if v.lemma_.lower() not in word_class("verbal_attack"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
        return True
    people = [c for c in v.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    if people and any(_a_reason(p) for t in (v, *people) for p in t.children if p.dep_ == "prep" and p.lower_ == "for"):
        return True  # "attacked Trump for the tweet": a named person is attacked for what they said or did
    # its object, or what it is aimed "at" ("hit back at comments by X", "lashed out at the decision")
    for o in [c for c in v.children if c.dep_ == "dobj"] + preps_of(v, ("at",)):
        lemma = o.lemma_.lower()
        if is_participant_like(o) or o.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        entry = lex.nouns.get(lemma)
        if lemma in word_class("statement_or_act") or lemma in act_nouns or (entry is not None and entry.event):
            return True
    return False


__all__ = ["FROM_SOURCE_TYPES", "act_owners", "addressed_appeal", "addresses", "answered_doers", "doers_of_thing", "done_to_possessor", "for_clause", "is_verbal_attack", "made_before", "noun_sources", "passive_givers", "possessors",
           "requested_act", "sought_from"]
