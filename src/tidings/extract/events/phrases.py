"""Participant phrases: which tokens a participant's phrase spans, and whether a head can name
a political participant at all (a name, a group noun, a noun the knowledge base gives a sector).

Read by the events stage's :class:`~tidings.extract.events.args.ActorBook` and trigger finders;
pure functions of the parse. Word classes live in ``data/word_classes.csv``.
"""

from __future__ import annotations

from typing import Any

from ...schema import Span
from ..actors.context import after_place_preposition, place_by_syntax, time_phrase
from ..actors.kinds import never_an_actor
from ..common import buried_names, word_class
from ..quotes.nouns import AGENT_ENDINGS
from .pairs import pair_size, side_count
from .terms import NO_SECTOR, term_of

# Nouns that denote collective or official political participants.
GROUP_NOUNS = word_class("events.coding.args.group_nouns")
# Relations that end a participant phrase: clauses and coordinated or appended material.
_CUT = frozenset({"relcl", "acl", "conj", "cc", "appos", "punct", "advcl", "parataxis"})
# Prepositions of a post-modifying place phrase: "the president in X" is the president, said where.
PLACE_PREPS = frozenset("in at near inside outside across around throughout through along".split())


def coordinated(tok: Any) -> list[Any]:
    """A head and the heads coordinated with it ("X, Y and Z"), and the names the parse buried in
    its own name run (:func:`..common.buried_names`)."""
    heads = [tok, *tok.conjuncts] if tok.dep_ != "conj" else [tok]
    for a in [c for c in tok.children if c.dep_ in ("appos", "npadvmod")]:
        # "Switzerland, Sweden, Denmark and Norway", parsed as Sweden beside Switzerland: a list
        listed = [a] if _listed_name(tok, a) else []
        if a.dep_ == "appos" or listed:
            heads.extend(c for c in listed + list(a.conjuncts) if c not in heads)
    return heads + [n for n in buried_names(tok) if n not in heads]


def _listed_name(head: Any, beside: Any) -> bool:
    """Whether a name the parser set beside another name is the rest of a list of names: both
    names, and the one beside it coordinated with a further name by "and" or "or"."""
    return head.pos_ == "PROPN" and beside.pos_ == "PROPN" and beside.i == head.i + 2 \
        and head.doc[head.i + 1].text == "," and any(c.dep_ == "cc" for k in beside.conjuncts for c in k.head.children)


def phrase_tokens(tok: Any) -> list[Any]:
    """The noun phrase headed by ``tok``, without relative clauses, coordinated heads, clauses
    that are the object of its prepositions ("14:00 local time in what the police declared an
    attack": a clause has participants of its own) and phrases of time ("the bloc on Thursday");
    for a participle or adjective standing for people ("the accused"), the word alone, with the
    capitalised words before it an adjective of several words has ("South African")."""
    if tok.pos_ in ("VERB", "ADJ"):  # but a demonym of several words whole ("South African")
        return [*name_run_before(tok), tok] if tok.pos_ == "ADJ" else [tok]
    out = [tok]
    stack = [c for c in tok.children if c.dep_ not in _CUT and not _charge(c) and not _place_pp(c) and not time_phrase(c)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if (c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc") or t == tok)
                     and not clause_object(c))
    out.sort(key=lambda t: t.i)
    # keep the contiguous run around the head
    lo = hi = out.index(tok)
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    run = out[lo:hi + 1]
    while run and run[0].dep_ in ("det", "punct", "cc", "predet") and run[0] != tok:
        run = run[1:]
    while run and run[-1].dep_ in ("punct", "cc", "case") and run[-1] != tok:
        run = run[:-1]
    return run or [tok]


def clause_object(tok: Any) -> bool:
    """A finite clause that is the object of a preposition ("in what the police declared ...")."""
    return tok.dep_ == "pcomp" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


# Prepositions whose object says whose a thing is ("the demands of X", "a plan by X").
OWNER_PREPS = frozenset({"of", "by"})


def is_thing(tok: Any) -> bool:
    """Whether a head is a common noun that names no participant ("demands", "the plan")."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not is_participant_like(tok) and not is_crowd(tok)


def owned_thing(tok: Any) -> bool:
    """Whether a head is a thing whose owner a modifier before it names ("students' demands",
    "the Kestrian proposal"): its phrase is that owner's, whatever its content phrases name."""
    return is_thing(tok) and any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i and (
        is_participant_like(c) or c.ent_type_ in ("NORP", "GPE")) for c in tok.children)


def content_phrase(prep: Any) -> bool:
    """Whether a child of a thing's head is a phrase about its content, not its owner: "demands
    for an inquiry independent of X", "a plan for X" say what the thing is, not whose."""
    return prep.dep_ == "prep" and prep.lower_ not in OWNER_PREPS


def owner_part(tok: Any, toks: list[Any]) -> list[Any]:
    """The words of a thing's phrase that may say whose it is: all but its content phrases."""
    inside = {t.i for c in tok.children if content_phrase(c) for t in c.subtree}
    return [t for t in toks if t.i not in inside]


# Verbs whose "of" phrase names a charge or a loss, not the object: "accused X of Y".
def _place_pp(prep: Any) -> bool:
    """A place phrase after a participant ("the president in X", "police at the border"): where the
    participant was, not part of who it is; the place may still say whose it is (:meth:`ActorBook._context_country`)."""
    if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("GPE", "LOC", "FAC") or place_by_syntax(o) is not None
                              for o in objs)


_CHARGE_VERBS = word_class("events.coding.args.charge_verbs")


def _charge(prep: Any) -> bool:
    """An "of" phrase naming no one after the object of "accuse"-like verbs ("accused the government
    of corruption", often parsed as the object's own): the charge, not part of who is accused."""
    head = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "of" or head.dep_ != "dobj" or head.head.lemma_ not in _CHARGE_VERBS:
        return False
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objs) and all(o.pos_ in ("NOUN", "VERB") and not o.ent_type_ and not is_participant_like(o)
                              for o in objs)


_QUANTITIES = word_class("events.coding.args.quantities")


# How far an editor's bracketed insertion may run ("you [Mayor Adam Korsk of Velmar]").
_BRACKET_REACH = 8


def bracketed_referent(tok: Any) -> Any:
    """For a pronoun followed by a bracketed insertion ("Thank you [Adam Korsk] for ...", "we thank
    them [the Red Cross]"), the head of what the brackets name when that is someone: the editor
    says whom the pronoun stands for. Any other token, or brackets naming no one ("[sic]"), the
    token itself."""
    doc = tok.doc
    if tok.pos_ != "PRON" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "[":
        return tok
    end = next((k for k in range(tok.i + 2, min(len(doc), tok.i + 2 + _BRACKET_REACH)) if doc[k].text == "]"), None)
    if end is None or end == tok.i + 2:
        return tok
    inside = doc[tok.i + 2:end]
    heads = [t for t in inside if not (inside.start <= t.head.i < inside.end) or t.head == t]
    head = next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), None)
    return head if head is not None and is_participant_like(head) else tok


def counted(tok: Any) -> Any:
    """The counted noun of a quantity phrase: "thousands of students" -> students; "two of them" ->
    them (a pronoun for people, resolved as any other)."""
    if tok.lemma_.lower() not in _QUANTITIES and tok.pos_ != "NUM":
        return tok
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj" and (o.pos_ in ("NOUN", "PROPN") or o.lower_ == "them"):
                    return o
    return tok


def name_run_before(tok: Any) -> list[Any]:
    """The capitalised modifiers right before a word that make one name with it ("North" of "North
    Korean", "South" of "South African"), in order; [] when they are not contiguous."""
    first = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.text[:1].isupper()]
    return first if [c.i for c in first] == list(range(tok.i - len(first), tok.i)) else []


def is_crowd(tok: Any) -> bool:
    """A bare plural quantity as subject or object stands for people ("thousands marched",
    "arrested dozens"); with an "of" phrase the counted noun is the participant instead."""
    return (tok.tag_ == "NNS" and tok.lemma_.lower() in _QUANTITIES and tok.dep_ in ("nsubj", "nsubjpass", "dobj")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children))


def span_of(tokens: list[Any]) -> Span:
    doc = tokens[0].doc  # Doc.text joins every token each time: slice a Span instead
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return Span(start, end, doc[tokens[0].i:tokens[-1].i + 1].text)


# Relations by which a word says who the head itself is: "Syrian troops", "Norway's police",
# "the Gondor Defence Ministry" (a possessive's "'s" and a name's determiner come along).
_OWN_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case", "flat", "det", "nummod"})
# Prepositions whose object is the body the head belongs to ("members of X", "operatives within X").
_MEMBER_PREPS = frozenset({"of", "within"})


def own_words(tok: Any) -> list[Any]:
    """The words that say who the head of a phrase is, in reading order: the head, the name it is
    part of, its modifiers and possessor (recursively), and the same of the body it belongs to
    ("the police of X", "members of the X royal family", "agents within the X government"). Not what its other phrases name: the
    place of "protesters outside the X embassy", "troops in X", "bishops from X"."""
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    out = {t.i: t for t in (ent if ent is not None else [tok])}
    stack = list(out.values())
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.i in out:
                continue
            if c.dep_ in _OWN_DEPS:
                out[c.i] = c
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ in _MEMBER_PREPS and t.i == tok.i:
                for o in c.children:
                    if o.dep_ == "pobj" and o.i not in out:
                        out[o.i] = o
                        stack.append(o)
    return [out[i] for i in sorted(out)]


def names_a_place(tok: Any) -> bool:
    """A name its syntax marks as a place or a thing ("the Pell valley", "the city of X", "the
    capital, X", "the tanker X", "fighting in X"): where something happened, not who acted.
    Only names of no known state are turned away; "shelled the capital, Kyiv" still hits Ukraine."""
    if tok.pos_ != "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return place_by_syntax(tok) is not None or after_place_preposition(tok)


_PRONOUN_SELF = frozenset({"i", "we", "me", "us", "our", "my"})


def is_self_reference(tok: Any) -> bool:
    """A first-person word ("we", "our"): the speaker's own side."""
    return tok.lower_ in _PRONOUN_SELF


def name_beside(tok: Any) -> Any | None:
    """The first word of a person's name right after a noun that describes them, with no comma
    ("his Turkish counterpart Recep Tayyip Erdogan", "the opposition leader Alexei Navalny"): an
    office, or a word of how one stands to another (``events.coding.args.relational_persons``).
    None when the name is the subject of a clause of its own ("told the journalist X had been
    arrested") or owns what follows ("the minister X's driver"), or the noun names no person."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc) or any(c.i > tok.i for c in tok.children):
        return None
    name = doc[tok.i + 1]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return None
    last = name
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "PERSON" and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]
    if last.dep_ in ("nsubj", "nsubjpass", "poss") or (last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "POS"):
        return None
    term = term_of(tok)
    person = term is not None and term.kind in ("title", "leader") \
        or tok.lemma_.lower() in word_class("events.coding.args.relational_persons")
    return last if person else None


_THING_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LANGUAGE"})
# Verbs whose object can only be someone ("arrested the accused", "shot shoppers", "thanked the
# emergency services"): their object names people whatever its noun.
PERSON_PATIENTS = word_class("events.coding.args.person_patients")
_ONE_PERSON = word_class("events.coding.args.one_person")  # "arrested a man": a person of no sector
_PATIENT_DEPS = frozenset({"dobj", "nsubjpass"})
# Appeals that name whom they ask to act ("urged X to", "called on X to"): word class ``addressed_appeal``.
ASKING_TO_ACT = word_class("addressed_appeal")
_ADDRESSING = frozenset({"on", "upon", "to"})


def _quantity_counting(tok: Any) -> Any:
    """The word of quantity whose "of" phrase ``tok`` heads ("a total of eight participants":
    total), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    quantity = prep.head
    return quantity if counted(quantity).i == tok.i else None


def selected_as_someone(tok: Any) -> bool:
    """Whether ``tok`` is the object of a verb that can only act on someone (word class
    ``events.coding.args.person_patients``), with no particle changing what it acts on ("shot down
    a drone"): a common noun ("shoppers") or an adjective or participle used as one ("the
    accused"). A singular noun must name someone by what they do ("a shopper"; "arrest the decline"
    acts on no one). A participle or adjective standing for people is someone too as the object any
    verb binds to act (:func:`controls`: "ordered the accused remain in custody"). Names the
    recogniser labels as works, products, buildings or events are not."""
    if tok.ent_type_ in _THING_LABELS:
        return False
    if asked_to_act(tok):
        return True
    slot = _quantity_counting(tok) or tok  # "arrested a total of eight participants": the quantity is the object
    if slot.dep_ not in _PATIENT_DEPS:
        return False
    # "the accused", "the wounded": a participle or adjective standing for people
    standing = tok.pos_ in ("ADJ", "VERB") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    verb = slot.head
    if verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return False
    if verb.lemma_.lower() not in PERSON_PATIENTS:
        return standing and controls(verb, tok)  # "ordered the accused (to) remain": the one bound acts
    if tok.pos_ == "NOUN":  # people come in numbers or by what they do ("users", "a shopper"), not "the decline"
        return tok.tag_ == "NNS" or tok.lemma_.lower().endswith(AGENT_ENDINGS) or tok.lemma_.lower() in _ONE_PERSON
    return standing


def asked_to_act(tok: Any) -> bool:
    """Whether ``tok`` is a common noun naming people by what they do ("politicians", "believers", "a
    regulator") whom an appeal asks to act: the object of an appeal verb (``addressed_appeal``) or
    of its "on"/"upon"/"to", bound to an active clause after it ("urged the regulator to
    investigate", "called on world politicians to support"). What an appeal wants to go on ("urged
    the talks to continue") and what a passive clause acts on ("urged the border to be reopened")
    are not asked."""
    if tok.pos_ != "NOUN" or not tok.lemma_.lower().endswith(AGENT_ENDINGS):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _ADDRESSING:
        verb, bound = head.head, head
    elif tok.dep_ == "dobj":
        verb, bound = head, tok
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ASKING_TO_ACT:
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > bound.i and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
               and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "auxpass") for g in c.children)
               for c in verb.children)


def controls(verb: Any, obj: Any) -> bool:
    """Whether ``obj``, the object of ``verb``, is the subject of a clause after it that has none of
    its own ("ordered the accused to remain", "ordered the accused remain", "urged the injured to
    stay home"): who is bound to do something is someone."""
    return obj.dep_ == "dobj" and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > obj.i and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children) for c in verb.children)


_WHEN_AND_HOW_MUCH = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def is_participant_like(tok: Any) -> bool:
    """Whether a head token can name a political participant at all: a name, a group noun, a
    noun the knowledge base gives a sector as a group or an office ("the suspect", "gunmen",
    "the officers"), the object of a verb that only acts on someone ("shot shoppers"), or a
    quantity of any of these ("thousands of demonstrators": :func:`counted`)."""
    if tok.ent_type_ in _WHEN_AND_HOW_MUCH:
        return False  # "on Monday", "in March": a date is no one, however it is capitalised
    whole = counted(tok)
    if whole is not tok and whole.pos_ != "PRON" and is_participant_like(whole):
        return True  # "thousands of demonstrators", "a number of companies": the people counted
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"):
        return True
    if selected_as_someone(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma in GROUP_NOUNS or (tok.pos_ == "NOUN" and tok.dep_ != "compound" and tok.lower_ in GROUP_NOUNS) \
            or pair_size(tok) is not None or side_count(tok) is not None:  # "Chinese nationals": a plural listed as such
        return True  # a group; "both sides", "the two countries": the states just named
    term = term_of(tok) if tok.pos_ == "NOUN" else None
    # a group ("gunmen"), people named by their office ("the officers", "the minister"), or
    # organisations in the plural ("local airlines", "foreign banks")
    return term is not None and (term.kind in ("group", "title", "leader") or (term.kind == "org" and tok.tag_ == "NNS"
                                                                               and tok.dep_ != "compound"))


PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "us", "you", "they", "he", "she", "who", "whom"})


def is_someone(tok: Any) -> bool:
    """Whether a head names someone an act can be done to or asked of: a participant-like head or a
    pronoun for people ("received them", "asked him for help")."""
    return is_participant_like(tok) or tok.lower_ in PEOPLE_PRONOUNS


def names_someone(tok: Any) -> bool:
    """Whether a participant the actors stage did not resolve may become an actor: a person,
    organisation, people, state or region by name, or a noun the knowledge base gives a sector ("the suspect",
    "gunmen") or a group noun ("rebels", word class ``events.coding.args.group_nouns``), or a
    name the recogniser left unlabelled. Names it labels as works, products, buildings or events
    ("the Olympic Games") and untyped common nouns may not. (Laws are let through: the recogniser
    tags surnames such as "Roe" as laws.)"""
    if never_an_actor(tok):
        return False  # a piece of a word, a relation, a predicate, a place or a thing (actors.kinds)
    if tok.ent_type_ in _THING_LABELS:
        return False  # a work, a product, a building or an event by name
    if tok.ent_type_:
        return True  # a person, organisation, people ("Gondorian"), state or region ("Europe's plan")
    if selected_as_someone(tok):
        return True  # "shot shoppers", "arrested the accused": the verb says they are people
    if tok.pos_ == "ADJ" and tok.dep_ in ("amod", "compound") and tok.lower_ in GROUP_NOUNS:
        return True  # "the rebel raids": a group noun the tagger read as a modifier (events.doers)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.pos_ == "PROPN" and tok.lower_ not in GROUP_NOUNS:
        return True  # a name the recogniser did not label ("Gondor dispatched warships")
    if tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS:
        return True  # "Rebels attacked": a sentence's first word may be tagged a name
    term = term_of(tok)
    return term is not None and term.kind in ("group", "title", "leader")


def unlabelled_name(tok: Any) -> bool:
    """A proper name the recogniser gives no label, that is no group noun and no noun the knowledge
    base gives a sector ("Quillnet", "Area 12", but not "Rebels" or "Parliament")."""
    if tok.pos_ != "PROPN" or tok.ent_type_:
        return False
    lemma = tok.lemma_.lower()
    return lemma not in GROUP_NOUNS and tok.lower_ not in GROUP_NOUNS and term_of(tok) is None


# The sector the knowledge base gives a noun for "someone, of no particular sector" ("man", "member").
# Relations whose object says whom a generic noun belongs to ("members of X", "supporters from X").
_OWNER_PREPS = frozenset({"of", "from", "for", "with", "within"})
# Modifiers that say how many or which, not what kind ("several organizations", "other countries").
_VAGUE = word_class("events.coding.args.vague_modifiers")


_BLOCS = word_class("events.coding.args.blocs")
_BLOC_HEADS = word_class("events.coding.args.bloc_heads")
_BLOC_PLACES = word_class("events.coding.args.bloc_places")


def bloc_of_states(tok: Any) -> bool:
    """Whether a plural head naming states or their leaders is modified by a bloc adjective
    ("Western powers", "European countries", "Arab states", "world leaders") or set in a region
    ("the countries of the region", "the nations of the world": word class
    ``events.coding.args.bloc_places``): a collective of no one state, which the guide codes with a
    null country."""
    return (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in _BLOC_HEADS
            and any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _BLOCS
                    or c.dep_ == "prep" and c.lower_ == "of" and any(
                        o.dep_ == "pobj" and o.lemma_.lower() in _BLOC_PLACES for o in c.children)
                    for c in tok.children))


def generic(tok: Any) -> bool:
    """Whether a common noun names no one a reader could pick out: no name or label, no sector of its
    own in the knowledge base, or only "someone, of no sector" (``UNK``: "a man", "individuals",
    "members"), and nothing that singles it out: a possessor ("her supporters"), an owner in an "of"
    phrase ("members of the Kestrian Party"), a number ("several thousand supporters": a crowd), or,
    for a noun the knowledge base does not know, a modifier saying what kind it is ("international
    observers", not "several organizations") or a definite article on a singular ("the population").
    Such a participant becomes no actor. A noun the knowledge base does not know, as the object of
    a verb that only acts on someone ("shot shoppers"), is a kind of people, not a vague one."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    term = term_of(tok)
    if term is not None and term.sector != NO_SECTOR:
        return False
    if (term is None or term.sector == NO_SECTOR) and selected_as_someone(tok):
        return False  # "shot shoppers", "arrested a man": whom the act is done to
    for c in tok.children:
        if c.dep_ in ("poss", "nummod") or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_)):
            return False  # "her supporters", "Russia's allies", "Hamas members", "eleven individuals"
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and any(
                o.dep_ == "pobj" and (o.pos_ in ("PROPN", "PRON") or o.ent_type_ or is_participant_like(o))
                for o in c.children):
            return False  # "members of the party", "supporters of the president"
        if term is None and c.dep_ in ("amod", "compound") and c.lower_ not in _VAGUE:
            return False  # "international observers", "minority groups": a kind of group
        if term is None and c.dep_ == "det" and c.lower_ == "the" and tok.tag_ == "NN":
            return False  # "the population": the one the story is about
    return True


_DETERMINERS = ("the ", "this ", "that ", "these ", "those ")


def _undetermined(text: str) -> str:
    """A phrase in lower case without its leading definite determiner ("the network" -> "network")."""
    low = text.lower()
    return next((low[len(d):] for d in _DETERMINERS if low.startswith(d)), low)


def same_description(actors: Any, sp: Span) -> Any:
    """The one actor the article names elsewhere by the very same definite description ("the
    network" ... "the network"): an article keeps one referent for one description; None when
    several actors carry it."""
    text = _undetermined(sp.text)
    found = [a for a in actors if any(_undetermined(m.span.text) == text and m.span != sp and m.kind != "pronoun"
                                      for m in a.mentions)]
    return found[0] if len(found) == 1 else None


__all__ = ["is_self_reference", "name_run_before", "name_beside", "same_description", "bracketed_referent", "controls", "GROUP_NOUNS", "clause_object", "NO_SECTOR", "term_of", "unlabelled_name", "PERSON_PATIENTS", "selected_as_someone", "generic", "PEOPLE_PRONOUNS", "PLACE_PREPS", "coordinated", "counted", "is_crowd", "is_participant_like",
           "is_someone", "names_a_place", "names_someone", "own_words",
           "phrase_tokens", "span_of"]
