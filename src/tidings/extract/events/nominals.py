"""Nouns that name events ("X's meeting with Y", "the rejection of", "condemnation from France"),
with their own participants: the possessor, a "by" phrase, a named modifier, the "from" source of
a judgement noun, the subject of the verb that takes part in the event ("took part in talks"), or
whom an inquiry looks "into" ("an investigation into Halvex Bank").

The noun entries of the lexicon (compounds, wrappers such as "an aid mission", kinds of strike) are
read here; :mod:`tidings.extract.events.detect` (the verb triggers) uses them for light verbs and idioms.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..common import data_rows, word_class
from .appeals import done_to_possessor, noun_sources
from ..quotes.coreference import is_definite_description
from .args import is_participant_like
from .phrases import GROUP_NOUNS, is_someone
from .candidate import Candidate, between, carried_out_by, own_phrase, subject_of
from .candidate import preps_of as _preps
from .measures import police_entry
from .lexicon import LIGHT_VERBS, Entry, Lexicon
from .weapons import named_on, weapon_fire
from .act_owners import by_phrase_of
from .reciprocal import sides_between

# Acts told by a noun alone whose doer the article names elsewhere ("protests continue in the capital"):
# kept without actor here, given one or dropped by :func:`tidings.extract.events.implicit.attributed_protests`.
HELD_BY_CONTEXT = frozenset({"PROTEST"})

# Verbs whose clause reports a statement: an event noun under them is background, not the news.
_STATEMENT_HEADS = word_class("events.coding.detect.statement_heads")
# Verbs whose subject takes part in the event their complement names ("participate in talks").
_PARTAKE = word_class("events.coding.detect.partake")
# Verbs of going whose "for" phrase names what the travellers take part in ("return to X for talks").
_GOING = word_class("events.coding.detect.going")
# Acts one is "on" as their doer ("on strike", "on a visit to X"); one "on trial" undergoes it
_BEING_ON = frozenset({"PROTEST", "CONSULT"})
# Verbs of answering whose "with" phrase names the act that answers ("retaliated with shelling").
_ANSWERING = word_class("events.coding.detect.answering")
# Nouns that measure out an act ("three days of talks", "a wave of attacks", "two rounds of talks").
_MEASURES = word_class("events.coding.detect.measures")


def measure_of(n: Any) -> Any:
    """The measure noun whose "of" phrase ``n`` is ("three days of talks" -> days), else ``n``: the
    inverse of :func:`measured_act`."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in _MEASURES:
        return n.head.head
    return n


def measured_act(tok: Any) -> Any:
    """The noun a measure is "of" ("held three days of talks" -> talks, "a series of air strikes" ->
    strikes): the act a light verb's object measures out, told as if the verb took it. Any other
    token, and a measure of nothing named, the token itself; whether the noun names an act is the
    lexicon's question."""
    if tok.lemma_.lower() not in _MEASURES or tok.pos_ != "NOUN":
        return tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ == "NOUN":
                    return o
    return tok


# Verbs of arranging whose "for" phrase names the act arranged ("arranged for reinforcements").
_ARRANGING = word_class("events.coding.detect.arranging")
# Acts done by saying the noun ("wrote, 'Congratulations to X'"): the speaker does them; verbs that
# give the words themselves (not "maintained an inquiry", which keeps one up).
_SPOKEN_ACTS = frozenset({"SUPPORT", "ACCUSE"})
_UTTERING = word_class("events.coding.detect.uttering") | word_class("quotes.issuing_verb")  # "issued a statement against X"


# The prepositions that name each type's recipient ("aid to X", "talks with X").
RECIPIENT_PREPS = {
    "AID": ("to", "for"), "CONSULT": ("with", "between"), "ACCUSE": ("against", "of", "on"),
    "THREATEN": ("against", "with", "on", "to"), "PROTEST": ("against",), "SANCTION": ("on", "against", "with", "to", "from"),
    "REJECT": ("from", "by", "on", "to"), "REQUEST": ("from",), "AGREE": ("with", "to"), "SUPPORT": ("with", "to", "for"),
    "COOPERATE": ("with", "to"), "ASSAULT": ("on", "against", "in", "at"), "COERCE": ("on", "against"),
    "RETREAT": ("from",), "MOBILIZE": ("against", "to"), "CONCEDE": ("to", "on", "with"),
    # by type and mode: what is given back goes "to" its receiver ("returned the fossils to China"),
    # where a withdrawal "to" a place names none
    "RETREAT:release": ("from", "to"),
}


def recipient_preps(event: str, mode: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """The prepositions whose objects receive an event: by type and mode where the table has the
    pair ("RETREAT:release"), else by type, else ``default``."""
    return RECIPIENT_PREPS.get(f"{event}:{mode}") or RECIPIENT_PREPS.get(event, default)


# Nouns of appealing ("call", "appeal", "plea"): with a "for" phrase, a REQUEST ("a call for calm", not a phone call).
_APPEAL_NOUNS = word_class("appeal_for")
_UTTERANCES = word_class("utterances")  # what someone said: "against" X, it disapproves of X
# Nouns that only wrap the event named by their modifier.
_WRAPPERS = word_class("events.coding.detect.wrappers")
_STRIKE_ASSAULT = word_class("events.coding.detect.strike_assault")
_WORKFORCE = word_class("events.coding.detect.workforce")  # "workers launched a strike": a walkout
_MILITARY_LIGHT = word_class("events.coding.detect.military_light_verbs")
# Entity labels of proper names (organisations, places, works, laws, named events, products).
NAME_LABELS = frozenset({"ORG", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "PERSON", "GPE", "LOC"})


def entry_for_noun(tok: Any, lex: Lexicon) -> Entry | None:
    return held_jointly(_noun_entry(tok, lex), tok, lex)


def held_jointly(entry: Entry | None, tok: Any, lex: Lexicon | None = None) -> Entry | None:
    """A show of force held "joint" ("joint drills", "held joint military maneuvers") or with a
    partner ("held military exercises with China", "joined exercises with U.S. naval forces": a
    "with" phrase naming someone, on the noun or on its verb, for a noun the lexicon ``lex`` has a
    joint form of: an exercise, not a deployment) is cooperation; any other entry as it is
    ("exercises with live ammunition", "exercises near the border")."""
    if entry is None or entry.event != "MOBILIZE":
        return entry
    joint = lex is not None and f"joint {tok.lemma_.lower()}" in lex.nouns
    partners = [p for h in (tok, tok.head) if joint and (tok.dep_ == "dobj" or h is tok) for p in _preps(h, ("with",))
                if _named_party(p)]
    if partners or any(c.lemma_.lower() == "joint" for c in tok.children if c.dep_ in ("amod", "compound")):
        return Entry("noun", f"joint {tok.lemma_.lower()}", "", "COOPERATE", None, "military")
    return entry


def _named_party(tok: Any) -> bool:
    """Whether a head names a party of its own by name or nationality ("China", "U.S. naval
    forces"), not forces told by number only ("10,000 troops")."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG") or tok.pos_ == "PROPN":
        return True
    return is_participant_like(tok) and any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
        c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN") for c in tok.children)


_WEAPON_FIRE = Entry("noun", "weapon fire", "", "ASSAULT", None, "military")


_COUNTER = "counter"  # a prefix that makes an attack of an attack noun ("counteroffensive"), no other act


def _noun_entry(tok: Any, lex: Lexicon) -> Entry | None:
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            e = (lex.nouns.get(f"{c.lemma_.lower()} {tok.lemma_.lower()}")
                 or lex.nouns.get(f"{c.lower_} {tok.lower_}"))
            if e:
                return e
    if tok.lemma_.lower() in _APPEAL_NOUNS and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return Entry("noun", f"{tok.lemma_.lower()} for", "", "REQUEST", None, None)  # "its call for a ceasefire"
    if tok.lemma_.lower() in _UTTERANCES and any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return Entry("noun", tok.lemma_.lower(), "against", "ACCUSE", "disapprove", None)  # "a speech against X"
    entry = lex.nouns.get(tok.lemma_.lower())
    if entry is None and tok.lemma_.lower().startswith(_COUNTER):  # "a counterassault" is an assault
        base = lex.nouns.get(tok.lemma_.lower()[len(_COUNTER):].lstrip("-"))
        entry = base if base is not None and base.event == "ASSAULT" else None
    if entry is None and weapon_fire(tok):  # "stepped up rocket fire on X": shooting, not a blaze
        return _WEAPON_FIRE
    if entry is None and tok.lemma_.lower() in _WRAPPERS:  # "a mediation effort", "an aid mission"
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN":
                e = lex.nouns.get(c.lemma_.lower())
                if e and e.event:
                    return e
    return entry


# The verb of a noun ("suspension" -> "suspend"), for the idioms its "of" object makes.
_VERB_OF_NOUN = {r["noun"].strip().lower(): r["verb"].strip().lower() for r in data_rows("verb_nouns.csv")}


def idiom_of_noun(tok: Any, lex: Lexicon) -> tuple[Entry, Any] | None:
    """The idiom entry a noun and its "of" object make as verb and object ("the end of her
    campaign" is "ended her campaign"), with that object; None when they make none."""
    verb = _VERB_OF_NOUN.get(tok.lemma_.lower())
    if verb is None:
        return None
    for g in _preps(tok, ("of",)):
        e = lex.idiom(verb, g.lemma_.lower())
        if e is not None and e.event:
            return e, g
    return None


def _idiom_noun_doers(n: Any, obj: Any) -> list[Any]:
    """Who does the act an idiom noun names: the noun's own possessor or "by" phrase, else the
    subject of the light verb that takes it ("announced the end of …"), else the owner of what it
    acts on ("the end of Tal's campaign")."""
    own = [c for c in n.children if c.dep_ == "poss"] + _preps(n, ("by",))
    if own:
        return own
    if n.dep_ == "dobj" and n.head.lemma_.lower() in LIGHT_VERBS:
        subjects = subject_of(n.head)[0]
        if subjects:
            return subjects
    return [c for c in obj.children if c.dep_ == "poss"]


def _is_act(tok: Any, lex: Lexicon) -> bool:
    """Whether a noun names an act of the event lexicon."""
    entry = entry_for_noun(tok, lex)
    return entry is not None and bool(entry.event)


def strike_type(tok: Any, light: Any = None) -> tuple[str, str]:
    """(type, mode) of a strike noun: a walkout when a workforce does it (its modifier or the light
    verb's subject), when it is a hunger strike or one over or for pay; else an attack when a weapon
    or a state's name modifies it, an "on"/"against" phrase aims it, or a light verb of military
    action carries it ("authorized the first US strikes on Syria"); else a walkout."""
    kids = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    mods = {c.lemma_.lower() for c in kids}
    if "hunger" in mods:
        return "PROTEST", "hunger"
    doers = mods | ({s.lemma_.lower() for s in subject_of(light)[0]} if light is not None else set())
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if mods & _STRIKE_ASSAULT:
        return "ASSAULT", "aerial"
    if doers & _WORKFORCE or preps & {"over", "for"}:
        return "PROTEST", "strike"
    if preps & {"on", "against"} or any(c.ent_type_ in ("GPE", "NORP") for c in kids) or (
            light is not None and light.lemma_.lower() in _MILITARY_LIGHT):
        return "ASSAULT", "aerial"
    return "PROTEST", "strike"


def is_market(n: Any) -> bool:
    """Whether an "exchange" is a market, no act: named ("the RTS exchange"), of a kind of market
    (word class ``events.coding.nominals.market_words``: "stock exchanges"), or plural with nothing
    exchanged and no one between ("Russia's exchanges will re-open"); "a prisoner exchange", "an
    exchange of views" are acts."""
    if n.lemma_.lower() != "exchange":
        return False
    if any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.lemma_.lower() in _MARKET_WORDS) for c in n.children):
        return True
    return n.tag_ == "NNS" and not _preps(n, ("of", "between", "with"))


_MARKET_WORDS = word_class("events.coding.nominals.market_words")


def find_nominals(sent: Any, lex: Lexicon, taken: set[int]) -> Iterator[Candidate]:
    """Nouns that name events ("X's meeting with Y", "the rejection of"), with their own participants."""
    for n in sent:
        if n.pos_ not in ("NOUN", "PROPN") or n.i in taken:
            continue
        if n.ent_type_ in NAME_LABELS:
            continue  # "Organisation of Islamic Cooperation": a word of a name names no event
        idiom = idiom_of_noun(n, lex)
        if idiom is not None:  # "announced the end of her campaign": the idiom of the noun's verb
            entry, obj = idiom
            actors = _idiom_noun_doers(n, obj)
            if actors:
                taken.add(obj.i)
                yield Candidate(entry.event or "", entry.mode, f"nominal:{n.lemma_.lower()}_{obj.lemma_.lower()}",
                                [n, obj], [n], _clause_head(n), actors=actors, context=entry.context, noun=n,
                                score=0.55)
            continue
        entry = entry_for_noun(n, lex)
        if entry is None or not entry.event or is_market(n):
            continue
        event, mode = entry.event, entry.mode
        if n.lemma_.lower() == "strike":
            event, mode = strike_type(n)
        actors = [c for c in n.children if c.dep_ == "poss"] + (  # words against X: a "by" on X is X's doer's
            _preps(n, ("by",)) if entry.extra == "against" else by_phrase_of(n, lambda t: _is_act(t, lex))) \
            + carried_out_by(n)  # "an attack carried out by gunmen"
        if not actors and event in ("REQUEST", "AGREE"):  # "the request of X", "the agreement of X"
            actors = [o for o in _preps(n, ("of",)) if is_participant_like(o)]
        actors += named_on(n) or sides_between(n)  # "clashes between police and protesters": both
        if not actors:  # "rebel attacks", "a police raid": a common noun that names someone
            actors = modifier_doers(n, event)
        between = between_parties(n) if not actors else []
        actors += between[:1]  # "the talks between Ostria and Velmar": the first with the others
        sources, targets = noun_sources(n, event) if not actors else ([], [])
        actors += sources  # "condemnation from France", "Kestria drew condemnation from France"
        preps = recipient_preps(event, mode, ("against", "with", "on", "to")) + ("with", "between", "against", "on")
        recipients = targets + [p for p in _preps(n, preps) + looked_into(n, event) if p not in actors and p not in targets]
        recipients += [g for g in patients_of(n, actors) if g not in recipients]  # "Ostria's invasion of Velmar"
        recipients = between[1:] + [r for r in recipients if r not in between]
        if done_to_possessor(n):  # "X's killing of Y": Y had it done; "Y's killing" alone: Y too
            patients = _preps(n, ("of",)) or [a for a in actors if a.dep_ == "poss"]
            actors = [a for a in actors if a not in patients]
            recipients = patients + [r for r in recipients if r not in patients]
        at = measure_of(n)  # "arrived for three days of talks": the talks stand where the measure does
        if not actors and at.dep_ == "pobj" and at.head.lower_ == "in" and n.ent_type_ != "DATE" and (
                at.head.head.lemma_.lower() in _PARTAKE or (at.head.head.lemma_.lower() == "take" and any(
                    c.lower_ == "part" for c in at.head.head.children))):
            actors = subject_of(at.head.head)[0]  # "troops take part in peacekeeping operations"
        if not actors and event in _BEING_ON and at.dep_ == "pobj" and at.head.lower_ == "on" and n.ent_type_ != "DATE" \
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in at.children):  # not "on March 6"
            actors = _on_it(at.head.head)  # "detainees are on a hunger strike" (not "X on the phone": a means)
        if not actors and event == "PROTEST" and _done_in_protest(at, taken):
            actors = subject_of(at.head.head)[0]  # "doctors walked off the job in protest against the plan"
        if not actors and entry.extra == "against" and at.dep_ == "pobj" and at.head.lower_ in ("in", "during", "at"):
            actors = subject_of(at.head.head)[0]  # "entered them into the record during a speech against the deal"
        if not actors and at.dep_ == "pobj" and at.head.lower_ == "for" and at.head.head.lemma_.lower() in _GOING:
            actors = subject_of(at.head.head)[0]  # "negotiators return to Geneva for talks"
        if not actors and n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_.lower() in _ANSWERING:
            actors = subject_of(n.head.head)[0]  # "the army responded with air strikes on rebel positions"
            recipients = recipients or [p for p in _preps(n.head.head, ("on", "against")) if p not in actors]
        if not actors and n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in _ARRANGING:
            actors = subject_of(n.head.head)[0]  # "the sheriff's office arranged for reinforcements"
        if not actors and event == "CONSULT" and recipients and (around := _meeting_around(n, at)) is not None:
            actors = subject_of(around)[0]  # "said after a meeting with police chiefs": the speaker met them
        if not actors and event == "CONSULT" and not recipients and (sides := _in_it_together(at)):
            actors, recipients = sides[:1], sides[1:]  # "Iran and Russia are in talks": the first with the others
        if event == "REQUEST" and not recipients and own_phrase(n):
            recipients = subject_of(_clause_head(n))[0]  # "at the request of X, Y dissolved parliament": Y
        if not actors and event in _SPOKEN_ACTS and n.dep_ == "dobj" and n.head.lemma_.lower() in _UTTERING:
            actors = subject_of(n.head)[0]  # 'X wrote, "Congratulations to Y"': the words are X's act
        if not actors and not recipients:
            head = _clause_head(n)  # "we will ... through military means": the speaker acts
            actors = [a for a in subject_of(head)[0] + subject_of(head)[1] if a.lower_ in ("we", "i")]
        if event == "ASSAULT" and police_entry([n], actors):  # "a police raid on X": a seizure
            event, mode = "COERCE", "seize"
        if not actors and (not recipients or _clause_head(n).lemma_.lower() in _STATEMENT_HEADS) \
                and event not in HELD_BY_CONTEXT:
            continue  # a protest told by its noun alone may be the article's protesters' (implicit.py)
        if paved_for(n):
            continue  # "paves the way for talks": talks that may come, as "a plan to deploy" (objects.asked_for)
        yield Candidate(event, mode, f"nominal:{n.lemma_.lower()}", [n], [n], _clause_head(n),
                        actors=actors, recipients=recipients, context=entry.context, noun=n, score=0.55)


def _done_in_protest(noun: Any, taken: set[int]) -> bool:
    """Whether a protest noun with no determiner is an "in" phrase on an active verb that is no event
    of its own (not in ``taken``): "walked off the job in protest", "drove their tractors into the
    capital in protest against the tax"; not "resigned in protest" (a resignation), nor "was killed
    in a protest" (where, not what), nor a name ("in March": a month)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.ent_type_ or any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.i not in taken and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _on_it(holder: Any) -> list[Any]:
    """Who is "on" an act (a strike, a visit) as its doer, by what the "on" phrase hangs from: the
    subject of "be" ("detainees are on a hunger strike"), a person noun ("an activist on hunger
    strike") or the one a participle describes ("a U.S. activist jailed in Australia on hunger strike");
    the subject of a verb of going ("arrived in Moscow on a two-day visit")."""
    if holder.lemma_.lower() == "be" or holder.lemma_.lower() in _GOING:
        return subject_of(holder)[0]
    if holder.tag_ == "VBN" and holder.dep_ == "acl":
        holder = holder.head
    return [holder] if holder.pos_ in ("NOUN", "PROPN") and is_participant_like(holder) else []


# Where a statement is made, as the "in" or "at" phrase of its verb ("said in a statement", "spoke at a
# news conference"): a meeting told as the time of that phrase's noun is the time of the verb's act.
_OCCASION_PREPS = frozenset({"in", "at"})


def _meeting_around(noun: Any, at: Any) -> Any:
    """The verb whose act a meeting noun with a "with" phrase is the time of ("said after a meeting
    with X", "during a phone call with X, the president raised ...": word class
    ``events.coding.meeting_preps``), itself or the measure it is told in (``at``: "speaking
    following three days of talks with X"), or the noun of the verb's "in" or "at" phrase it hangs on
    ("said in a statement following talks with X"); that verb's subject is the other party. None
    for any other meeting noun."""
    if at.dep_ != "pobj" or at.head.lower_ not in word_class("events.coding.meeting_preps") or not _preps(noun, ("with",)):
        return None
    gov = at.head.head
    if gov.pos_ == "NOUN" and gov.dep_ == "pobj" and gov.head.lower_ in _OCCASION_PREPS:
        gov = gov.head.head  # "said in a statement following talks with X"
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _in_it_together(at: Any) -> list[Any]:
    """The subjects of the verb a meeting noun's "in" phrase hangs on, when they are two or more
    ("Iran and Russia are in talks over jets", "remain in negotiations"): they meet one another.
    No one for one subject, nor for a noun or adjective the phrase hangs on ("interested in talks")."""
    if at.dep_ != "pobj" or at.head.lower_ != "in":
        return []
    gov = at.head.head
    subjects = [c for c in gov.children if c.dep_ == "nsubj"] if gov.pos_ in ("VERB", "AUX") else []
    parties = [subjects[0], *subjects[0].conjuncts] if subjects else []
    return parties if len(parties) >= 2 else []


def paved_for(noun: Any) -> bool:
    """Whether an act noun is what a verb of preparing the ground is for ("pave the way for talks",
    "clear the way for", "prepare for"; word class ``events.coding.paving_verbs``)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to", "toward", "towards"):
        return False
    gov = noun.head.head
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in word_class("events.coding.paved_grounds"):
        gov = gov.head
    return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in word_class("events.coding.paving_verbs")


def between_parties(noun: Any) -> list[Any]:
    """The parties an act noun's "between" phrase names, when it names two or more ("talks between
    Ostria and Velmar"): the first does the act to the others (fighting: :func:`.reciprocal.sides_between`). One
    party ("talks between the rebels") or things ("the border between the towns") give none."""
    parties = [t for t in between(noun) if is_participant_like(t) or is_someone(t)]
    return parties if len(parties) >= 2 else []


def patients_of(noun: Any, actors: list[Any]) -> list[Any]:
    """Whom an act noun's act is done to when its doer is its possessor or "by" phrase: its "of"
    phrase, as the object of the verb it is made from ("Ostria's invasion of Velmar", "the
    government's arrest of X", "the invasion of Velmar by Ostria"). With no such doer "of" is as
    often the doer ("the resignation of X") and is left alone; an "of" phrase that names no one
    ("Ostria's withdrawal of its offer") names no patient. Acts done to their possessor ("X's
    release") are :func:`~.appeals.done_to_possessor`'s."""
    if done_to_possessor(noun):
        return []
    if not any(a.dep_ == "poss" and a.head == noun or a.dep_ == "pobj" and a.head.lower_ == "by" and a.head.head == noun
               for a in actors):
        return []
    return [g for g in _preps(noun, ("of",)) if g not in actors and is_someone(g)]


def modifier_doers(noun: Any, event: str) -> list[Any]:
    """The doers an act noun's group-noun modifiers name ("rebel attacks", "a police raid",
    "opposition protests"; word class ``events.coding.args.group_nouns``), as a possessor or a "by"
    phrase would. None for an act done to someone ("a hostage release": word class
    ``patient_possessor``) or given to someone ("student loans", "refugee aid": the modifier of an
    AID noun names its beneficiary as often as its giver), and none for a modifier that names a
    kind of act, a thing or an instrument ("a press conference", "a gas attack", "drone strikes")."""
    if done_to_possessor(noun) or event == "AID":
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in GROUP_NOUNS]


def looked_into(noun: Any, event: str, verb: Any = None) -> list[Any]:
    """Whom an inquiry (an ACCUSE noun) looks into: its "into" phrase where that names someone ("an
    investigation into Halvex Bank") or is a definite description the actor book may know ("into
    the company"), also where the parser hung it on the light ``verb`` that carries the noun
    ("opened an investigation into Google"); a thing looked into ("into the deaths of three
    miners") names no one here, its doers are a judged thing's."""
    if event != "ACCUSE":
        return []
    into = _preps(noun, ("into",)) + (_preps(verb, ("into",)) if verb is not None else [])
    return [g for g in into if is_someone(g) or is_definite_description(g)]


def _clause_head(n: Any) -> Any:
    h = n
    while h.pos_ not in ("VERB", "AUX") and h.head != h:
        h = h.head
    return h


__all__ = ["held_jointly", "is_market", "measure_of", "measured_act", "between_parties", "named_on", "patients_of", "HELD_BY_CONTEXT", "NAME_LABELS", "RECIPIENT_PREPS", "recipient_preps", "entry_for_noun", "find_nominals", "looked_into", "modifier_doers",
           "strike_type"]
