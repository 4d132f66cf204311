"""Generic verbs whose event lies in what they act on.

Some verbs name an event only through their object or subject; alone they are everyday words:

* a verb of giving ("give", "provide", "send", word class ``giving_verbs``) gives aid only when
  what it gives helps (:func:`.transfers.gives_help`): not "gave an account", "gave X the right to";
* a verb whose act is done to people ("receive" a visitor, "allow" someone to act, "recall" an
  envoy; word class ``done_to_people``) is an event only when what it acts on is someone: not
  "received 400 votes", "recalled her years in parliament";
* releasing or freeing sets no one free when what is released is a work, a product or an animal
  (word class ``non_captives``): "released a statement", "released over 70 policy plans";
* cutting something (word class ``cutting_verbs``) is a sanction only when what is cut is a tie
  (word class ``ties``), a cooperative act or someone ("suspended parliament"): not "cancelled an
  address" or "reduced its prices";
* warning (``warning_verbs``) is a threat only when addressed to someone ("warned Kestria against
  ...") or when what is warned of is a hostile act or a penalty of the warner's ("warned of
  retaliation"): not "warned that flooding may hit the coast" or "of Iran's retaliation";
* taking a stance (``stance_verbs``) is an event only towards someone or someone's act ("opposed
  Macron's statement"), not towards an issue ("opposes abortion");
* pledging ("commit", ``pledging_verbs``) is an agreement only to something or of something that
  can be given: "committed crimes" (``wrongdoings``) pledges nothing;
* meeting (``meeting_verbs``) is a meeting only of someone ("met the ambassador") or with no object
  ("the two leaders met"): not "met their duties", "met its targets";
* hosting or receiving people in need (``not_guests``: "received 100,000 refugees", "dozens of
  wounded") is no meeting: a delegation or an envoy received is;
* a meeting for an interview (``media_encounters``) reports a story; it consults no one;
* "had lunch with X" is a meeting (``having_verbs``); what a request or plan asks for ("the request
  of X to suspend Parliament", ``asking_nouns``) has not happened;
* a verb of harm whose subject is a mishap, an illness or a force of nature harms blamelessly
  (word classes ``mishaps``, ``natural_forces``, ``not_victims``): "the accident killed eleven";
* a passive's "in", "during" or "by" phrase that names an act ("killed in a Turkish drone strike",
  "hit by Russian missile strikes") is no participant: the act's owners did it (:mod:`.act_owners`);
* signing (``signing_verbs``) is an agreement only of a pact (``pacts``: "signed a deal with X") or
  with no object ("the two sides signed on Monday"): not "signed a letter to the president",
  "signed a petition", "signed the bill into law";
* ending one's own hostile act is :mod:`.endings`' (a retreat, not the act).

Each test reads the parse only; the word classes live in ``data/word_classes.csv``.
"""

from __future__ import annotations

from typing import Any, Callable

from ..common import is_infinitive, word_class
from .appeals import doers_of_thing
from .anaphora import act_nouns
from .culpability import is_a_wrong
from .phrases import counted, is_participant_like, is_someone, term_of
from .candidate import antecedent, displaced_infinitive, gerund_aim, objects_of, preps_of, subject_of
from .weapons import wielders
from .measures import names_forces
from .threats import clause_verbs, own_penalty, own_side_will, threatening_clause
from .constructions import AIMING_PREPS, FORCE_INSTRUMENTS, INSTRUMENT_VERBS
from .transfers import gives_help, given as _given
from .nominals import entry_for_noun, measured_act

_OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass", "iobj"})


def _acted_on(v: Any) -> list[Any]:
    """What a verb acts on: its objects and passive subject, the "to"/"for" phrase of a giving
    verb, the subject of its complement ("allowed inspectors to enter"), and whom a past
    participle modifies or shares a passive with ("was arrested and charged")."""
    out = [c for c in v.children if c.dep_ in _OBJECT_DEPS]
    out += [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
            for g in c.children if g.dep_ == "pobj"]
    out += [s for c in v.children if c.dep_ in ("xcomp", "ccomp") for s in c.children if s.dep_ == "nsubj"]
    if v.tag_ == "VBN" and (v.dep_ in ("acl", "advcl") or v.dep_ == "conj" and not out):
        out += subject_of(v)[1]  # "X appeared in court, charged with murder", "was arrested and charged": done to X
    return out


# Acts whose object is what moves or is given, not whom the act is towards ("send troops", "send
# doctors"): their object that is someone is no recipient of the frame around them.
_THEME_TYPES = frozenset({"MOBILIZE", "AID"})


def done_to_in_frame(v: Any, inner: str | None) -> list[Any]:
    """Whom the act a frame embeds is done to ("refused to meet X", "agreed to provide the network
    with a licence"): the objects that are someone of an embedded verb naming an act of its own
    (``inner``, its event type) that is done to its object, and the object of a verb of giving
    (word class ``giving_verbs``) that gives it something "with" ("provide X with Y": X receives,
    whatever noun names it; a definite one is resolved to the actor it describes). Objects that
    are no one ("refused to provide details of the plan"), people moved or given ("refused to send
    troops") and people an everyday verb acts on ("agreed to add two members") are not; a means of force
    used is aimed at whom its "against", "on" or "at" names ("threatened to use force against X")."""
    objects = [c for c in v.children if c.dep_ in ("dobj", "dative", "iobj")]
    if v.lemma_.lower() in INSTRUMENT_VERBS:  # "to use force against X": X
        objects = [g for o in objects for g in (preps_of(o, AIMING_PREPS) if o.lemma_.lower() in FORCE_INSTRUMENTS else [o])]
    gives_with = v.lemma_.lower() in word_class("events.coding.detect.giving_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in v.children)
    done_to = inner is not None and inner not in _THEME_TYPES
    return [o for o in objects if (done_to and is_someone(o))
            or (gives_with and o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and not _non_material(o))]


def _non_material(tok: Any) -> bool:
    return tok.lemma_.lower() in word_class("events.coding.detect.non_material")


def frees_someone(v: Any) -> bool:
    """Whether releasing or freeing may set someone free: not a statement, a product or an animal."""
    return not any(t.lemma_.lower() in word_class("events.coding.detect.non_captives") for t in _given(v))


def acts_on_someone(v: Any) -> bool:
    """Whether a verb done to people acts on someone (a person, a group, a pronoun for them)."""
    return any(is_someone(t) for t in _acted_on(v))


def hosts_no_guest(v: Any) -> bool:
    """Whether all a verb of hosting receives are people in need, no guests (word class
    ``not_guests``: "received 100,000 refugees", "dozens of wounded"), not a delegation or an envoy."""
    needy = word_class("events.coding.detect.not_guests")
    people = [t for t in _acted_on(v) if is_someone(t)]
    # "dozens of wounded": the quantity's "of" phrase says who
    heads = [next(iter(preps_of(t, ("of",))), t) for t in people]
    return bool(heads) and all(h.lemma_.lower() in needy or h.lower_ in needy for h in heads)


def meets_someone(v: Any) -> bool:
    """Whether a verb of meeting meets someone: no object ("the two leaders met"), or an object
    that names someone ("met the ambassador", "met him"); not "met their duties"."""
    objects = [c for c in v.children if c.dep_ == "dobj"]
    return not objects or any(is_someone(o) for o in objects)


def blameless_cause(v: Any) -> bool:
    """Whether a verb of harm has a mishap, an illness or a force of nature for its subject."""
    blameless = (word_class("events.coding.detect.mishaps") | word_class("events.coding.detect.natural_forces")
                 | word_class("events.coding.detect.not_victims"))
    return any(s.lemma_.lower() in blameless and not wielders(s) for s in subject_of(v)[0])  # not "Israeli fire"


def meeting_had(v: Any, lex: Any) -> tuple[Any, Any] | None:
    """(lexicon entry, noun) of "had lunch with X", "had talks with X": a verb of having (word class
    ``having_verbs``) takes a meeting noun and names a partner; None otherwise ("had lunch")."""
    if v.lemma_.lower() not in word_class("events.coding.detect.having_verbs"):
        return None
    for o in (c for c in v.children if c.dep_ == "dobj"):
        entry = lex.nouns.get(o.lemma_.lower())
        partners = preps_of(v, ("with", "between")) + preps_of(o, ("with", "between"))
        if entry is not None and entry.event == "CONSULT" and any(is_someone(p) for p in partners):
            return entry, o
    return None


COOPERATIVE = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE"})
HOSTILE = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "ACCUSE", "REJECT"})


def cuts_a_tie(v: Any, lex: Any) -> bool:
    """Whether a verb of cutting cuts a tie or a cooperative act between actors, or acts on
    someone ("suspended parliament", "suspended the mayor")."""
    ties = word_class("events.coding.detect.ties")
    for t in _given(v):
        if is_someone(t):
            return True
        entry = lex.nouns.get(t.lemma_.lower())
        if t.lemma_.lower() in ties or t.lower_ in ties or (entry is not None and entry.event in COOPERATIVE):
            return True
    return False


def warns_someone(v: Any, inner_of: Callable[[Any], str | None]) -> bool:
    """Whether a warning is addressed to someone ("warned Kestria", "warned against an incursion")
    or warns of a hostile act ("warned that its army would strike"; ``inner_of`` gives the
    embedded verb's event type)."""
    if any(c.dep_ in ("dobj", "dative") and is_someone(c) for c in v.children):
        return True
    if preps_of(v, ("against",)):
        return True
    if any(own_penalty(g) for g in preps_of(v, ("of",))):  # "warned of retaliation", "of a crushing response"
        return True
    return any(c.dep_ in ("ccomp", "xcomp") and (
        (any(inner_of(k) in HOSTILE for k in clause_verbs(c)) and not blameless_cause(c))  # "would be caught and prosecuted"
        or own_side_will(c) or threatening_clause(c)) for c in v.children)


def takes_a_stance_on_someone(v: Any, lex: Any = None) -> bool:
    """Whether a stance is taken towards someone or the act of someone named ("Macron's statement", "a Security Council resolution",
    "the Kestrian plan"), or an act already told ("opposed the sanctions", "opposed the move": a lexicon's act noun, or a noun
    that refers back to an act, :func:`.anaphora.act_nouns`, with "the" points back at its doer)."""
    for o in (c for c in v.children if c.dep_ in ("dobj", "nsubjpass")):
        if is_someone(o) or doers_of_thing(o) or any(
                c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and is_someone(c)) for c in o.children):
            return True
        told = getattr(lex.nouns.get(o.lemma_.lower()), "event", None) if lex is not None else None
        if (told or o.lemma_.lower() in act_nouns()) and any(  # "opposed the move": an act already told
                c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in o.children):
            return True
    return False


def _thing_subject(v: Any) -> bool:
    """Whether a verb done to people has a thing for its subject: a law or a deal lets no one act
    ("the law allows police to enter homes"); a permission is someone's ("it" may be a state's)."""
    return any(c.dep_ == "nsubj" and not is_someone(a := antecedent(c)) and a.pos_ != "PRON"  # "X, which hosts Y": X
               for c in v.children)


def _in(lemma: str, name: str) -> bool:
    return lemma in word_class(f"events.coding.detect.{name}")


def fits_what_it_acts_on(v: Any, event: str, lex: Any, inner_of: Callable[[Any], str | None]) -> bool:
    """Whether a generic verb acts on what makes it an event (see the module docstring); True for
    every verb of no such class. ``inner_of`` gives an embedded verb's event type."""
    lemma = v.lemma_.lower()
    checks: tuple[tuple[str, Callable[[], bool]], ...] = (
        ("giving_verbs", lambda: event not in ("AID", "AGREE") or gives_help(v, event)),
        ("done_to_people", lambda: acts_on_someone(v) and not _thing_subject(v)),
        ("freeing_verbs", lambda: frees_someone(v)),
        ("cutting_verbs", lambda: event != "SANCTION" or cuts_a_tie(v, lex)),
        ("warning_verbs", lambda: warns_someone(v, inner_of)),
        ("stance_verbs", lambda: takes_a_stance_on_someone(v, lex)),
        ("pledging_verbs", lambda: event != "AGREE" or pledges_something(v, lex)),
        ("objectless_verbs", lambda: not any(c.dep_ == "dobj" for c in v.children)),  # "demonstrated iOS 5"
        ("reception_verbs", lambda: not received_with(v, lex)),  # "was met with protests"
        ("hosting", lambda: event != "CONSULT" or not hosts_no_guest(v)),  # "received 100,000 refugees"
        ("meeting_verbs", lambda: event != "CONSULT" or meets_someone(v)),  # not "met its targets"
        ("bodily_verbs", lambda: not contest_won(v)),  # "Germany beat France in the final"
        ("signing_verbs", lambda: signs_a_pact(v)),  # not "signed a letter"
        ("disbanding_verbs", lambda: disbands_forces(v)),  # not "the party disbanded in 2012"
        ("sharing_verbs", lambda: shares_goods(v)),  # not "shared a dislike of the press", "shared the prize"
    )
    return all(test() for name, test in checks if _in(lemma, name))


_ARMED_SECTORS = frozenset({"MIL", "REB", "COP", "UAF", "PRM", "SPY"})


def disbands_forces(v: Any) -> bool:
    """Whether a verb of disbanding disbands forces or an armed group, as its object or, with none,
    its subject ("disbanded its security force", "the militia disbanded"; not "the party
    disbanded", "the band disbanded")."""
    told = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")] or subject_of(v)[0]
    return any(names_forces(t) or getattr(term_of(t), "sector", None) in _ARMED_SECTORS for t in told)


def signs_a_pact(v: Any) -> bool:
    """Whether a verb of signing signs a pact, or nothing named ("the two sides signed"); a pact's
    name may hide its head ("the Friendship for the XXII Century agreement")."""
    objs = [o for o in v.children if o.dep_ in ("dobj", "nsubjpass")]
    told = objs + [c for c in v.children if c.dep_ == "prep"]  # the parser may hang the pact's name on the verb
    return not objs or any(t.lemma_.lower() in word_class("events.coding.detect.pacts") for o in told for t in o.subtree)


def pact_in_name(o: Any) -> list[Any]:
    """The pact word a capitalised title an object begins ends in ("signed the Broad Relationship of
    Cooperation ... in the XXI Century agreement (which covers ...)": the parser makes "Relationship"
    the object and hangs "agreement" deep inside, through prepositions), as a one-item list; none for
    any other object."""
    if o.pos_ != "PROPN":
        return []
    pacts = word_class("events.coding.detect.pacts")
    for t in (t for t in o.subtree if t.i > o.i and t.pos_ == "NOUN" and t.lemma_.lower() in pacts):
        up = t
        while up.i != o.i and up.dep_ in ("pobj", "prep", "compound"):
            up = up.head
        if up.i == o.i:
            return [t]
    return []


def shares_goods(v: Any) -> bool:
    """Whether a verb of sharing shares what cooperation hands over (word class
    ``events.coding.detect.shared_goods``: intelligence, data, technology), not a view, a feeling, a
    border or a prize."""
    return any(o.lemma_.lower() in word_class("events.coding.detect.shared_goods")
               for o in v.children if o.dep_ in ("dobj", "nsubjpass"))


# Entity labels of bodies politic and teams: beaten, they lost a contest, not a fight.
_CONTESTANTS = frozenset({"GPE", "ORG", "NORP"})
_FORCES = frozenset({"COP", "MIL"})  # security forces: being met by them is no meeting
_BODY_LABELS = frozenset({"ORG", "GPE"})  # bodies by name: welcomed by themselves, a stance


def contest_won(v: Any) -> bool:
    """Whether a verb of bodily harm tells a contest won: its object is a country, a team or an
    organisation ("Germany beat France"), or a contest phrase, a score or a vote share goes with it
    ("beat Reza in the final", "beat Argentina 2-1", "beat X, who won 15 percent"; word class
    ``events.coding.detect.contests``)."""
    if any(o.ent_type_ in _CONTESTANTS for o in _acted_on(v)):
        return True
    phrases = [g for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children
               if g.dep_ == "pobj"]
    contests = word_class("events.coding.detect.contests")
    return any(g.lemma_.lower() in contests for g in phrases) or any(
        c.like_num and "-" in c.text or c.ent_type_ == "PERCENT" for c in v.subtree)  # "2-1"; "who won 15.3 percent"


def received_with(v: Any, lex: Any = None) -> bool:
    """Whether a verb of meeting or welcoming is passive with a "with" phrase and no agent ("was met with protests",
    "was greeted with criticism"), or a security force or an act for agent ("were met by riot police", "was met by a
    series of protests": an act the lexicon knows): how something was received, no meeting."""
    kids = list(v.children)
    agents = [counted(g) for k in kids if k.dep_ == "agent" for g in k.children if g.dep_ == "pobj"]
    forces = any(g.tag_ == "NNS" and (term := term_of(g)) is not None and term.sector in _FORCES for g in agents)
    acts = lex is not None and any(getattr(entry_for_noun(measured_act(g), lex), "event", None) for g in agents)
    return any(k.dep_ in ("auxpass", "nsubjpass") for k in kids) and (forces or acts or not agents and any(
        k.dep_ == "prep" and k.lower_ == "with" for k in kids))  # "were met by riot police": a force confronting them


_FUTURE_MODALS = frozenset({"will", "would", "shall"})


def binds_to_come(noun: Any) -> bool:
    """Whether an agreement noun binds its parties to a later act: an infinitive ("an agreement to
    build a railway") or a clause with a future modal ("a deal under which X will send aid")."""
    for c in noun.children:
        if c.dep_ not in ("acl", "relcl"):
            continue
        auxes = [a.lower_ for a in c.children if a.dep_ == "aux"]
        if (c.tag_ == "VB" and "to" in auxes) or _FUTURE_MODALS & set(auxes):
            return True
    return False


def leaves_a_race(noun: Any) -> bool:
    """Whether an act noun leaves a race or campaign ("her withdrawal from the presidential race",
    word class ``campaign_word``): a candidate's exit, not a concession."""
    return any(g.lemma_.lower() in word_class("campaign_word") for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "from" for g in p.children if g.dep_ == "pobj")


def for_an_interview(head: Any) -> bool:
    """Whether a meeting is held for, in or during an interview (word class ``media_encounters``):
    "sat down with X for an interview" reports a story, it consults no one."""
    return any(g.lemma_.lower() in word_class("events.coding.detect.media_encounters")
               for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "in", "during")
               for g in p.children if g.dep_ == "pobj")


def pledges_something(v: Any, lex: Any) -> bool:
    """Whether a verb of pledging ("commit", word class ``pledging_verbs``) pledges: to something
    ("committed to cutting emissions") or something that can be given ("committed 500 troops"),
    not a wrong (:func:`.culpability.is_a_wrong`: "committed crimes", "committed rape")."""
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "to" for c in v.children):
        return True
    objs = [c for c in v.children if c.dep_ in _OBJECT_DEPS]
    return bool(objs) and not any(is_a_wrong(o, lex) for o in objs)


def asked_for(v: Any) -> bool:
    """Whether a verb is the "to" clause of a noun of asking, offering or planning (word class
    ``asking_nouns``): "the request of X to suspend Parliament", "a plan to deploy troops"."""
    if v.dep_ != "acl" or v.head.lemma_.lower() not in word_class("events.coding.detect.asking_nouns"):
        return False
    return is_infinitive(v)


def grants_asking(event: str | None, verb: Any, noun: Any) -> bool:
    """Whether a concession's noun is what another side asked and the verb grants it ("granted
    Norland's request", "approved the opposition's request": word classes
    ``events.coding.lexicon.asked_things``, ``.granting_verbs``): the noun stays free for the
    nominal pass, which codes the asking the concession answers ("would not meet the demands" reads
    the demands as the refusal's content, as before)."""
    return event == "CONCEDE" and verb.lemma_.lower() in word_class("events.coding.lexicon.granting_verbs") \
        and noun.lemma_.lower() in word_class("events.coding.lexicon.asked_things")


def ordered_act(v: Any) -> Any:
    """The act a verb of demanding bids its object do when the parser hangs the infinitive from the
    verb as an adverbial clause ("directed the ministry to open an inquiry"): an infinitive after
    an object, as in "ordered X to leave"; None without an object or such an infinitive."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    return next((c for c in v.children if c.dep_ == "advcl" and objs and c.i > objs[0].i and c.tag_ == "VB"
                 and is_infinitive(c)), None)


_UNDERTAKING_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def promised_purpose(v: Any) -> bool:
    """Whether a verb is the purpose infinitive of a verb that says what will be done ("would work
    together to provide loans", "will travel to Rask to sign the accord"): the purpose is promised
    with it, as "will provide loans" is; a purpose of what was done ("worked together to provide")
    or of what will not be done is not."""
    head = v.head
    if v.dep_ != "advcl" or v.tag_ != "VB" or not is_infinitive(v):
        return False
    kids = list(head.children)
    return (any(a.dep_ == "aux" and a.lower_ in _UNDERTAKING_AUX for a in kids)
            and not any(a.dep_ == "neg" for a in kids))


def has_frame_complement(v: Any, kind: str) -> bool:
    """Whether a frame verb of ``kind`` (the lexicon's frame: demand, intend, ...) has the act it
    frames: a clause or infinitive of its own or pushed away from it ("threatened in a speech to
    expel X"), an act ordered through its object ("directed X to open"), an aim through "on"
    ("plans on meeting X")."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in v.children) or (kind == "demand" and ordered_act(v) is not None) \
        or displaced_infinitive(v) is not None or (kind == "intend" and gerund_aim(v) is not None)


def agrees_with_view(v: Any) -> bool:
    """"agree with what was proposed", "X agreed, saying …", "agreed that the talks had been long":
    accord with a view, no undertaking and no partner. A that-clause of what will be done ("agreed
    that a ceasefire would begin"), a joint subject ("Kestria and Norland agreed") and a thing agreed
    as the passive's subject ("a truce was agreed between X and Y") undertake."""
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")) for c in v.children):
        return False
    clause = next((c for c in v.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return not any(c.dep_ == "aux" and c.lower_ in _UNDERTAKING_AUX for c in clause.children) and not _joint(v)
    withs = preps_of(v, ("with",))
    if withs:
        return not any(is_participant_like(w) for w in withs)
    # a lone "X agreed": a single subject concurs; "to"/"on" names what is agreed
    return not preps_of(v, ("to", "on", "upon", "over")) and not _joint(v)


def _joint(v: Any) -> bool:
    """Whether a verb's subject is several parties ("Kestria and Norland", "the two sides")."""
    subj = [c for c in v.children if c.dep_ == "nsubj"]
    return any(s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) for s in subj)


def peacekeepers_involved(v: Any) -> bool:
    """Whether the subject or object of a deployment or arrival is a peacekeeping force."""
    for t in [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")] + subject_of(v)[0]:
        words = {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
        if words & word_class("events.coding.detect.peacekeepers"):
            return True
    return False


def withdraws_support(v: Any) -> bool:
    """Whether a withdrawal takes away peacekeepers, inspectors, diplomats or aid workers: what is
    withdrawn decides the type (troops pulling back is RETREAT; recalling those punishes the host,
    CAMEO "expel or withdraw")."""
    for o in objects_of(v) + [c for c in v.children if c.dep_ == "nsubjpass"]:
        words = {o.lemma_.lower()} | {c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod", "nmod")}
        if words & word_class("events.coding.detect.withdraw_sanction"):
            return True
    return False


def welcomes_a_thing(v: Any) -> bool:
    """Whether "welcome" takes a thing, not a guest: its object, passive subject or participle's noun ("a move welcomed by X");
    a body by itself ("welcomed a UN-backed tribunal") unless welcomed somewhere ("to Vilnius"). People are guests."""
    welcomed = objects_of(v) + [c for c in v.children if c.dep_ == "nsubjpass"] + [v.head] * (v.dep_ == "acl" and v.tag_ == "VBN")
    return bool(welcomed) and all(not is_participant_like(o) or _a_body(o) and not preps_of(v, ("to", "in"))
                                  for o in welcomed)


def _a_body(tok: Any) -> bool:  # a body by name or by a noun the knowledge base gives an organisation's sector ("the tribunal")
    return tok.ent_type_ in _BODY_LABELS or (tok.pos_ == "NOUN" and (term := term_of(tok)) is not None and term.kind == "org")


_GROUND_LABELS = frozenset({"GPE", "LOC", "FAC"})


def control_of_no_place(noun: Any) -> bool:
    """Whether an idiom's noun is control taken of no ground: "seized control of the Senate", "took
    control of the bank" (word class ``events.coding.objects.control_nouns``). Ground is a named
    place or a noun of a place or site (``actors.finder.context.place_nouns``,
    ``events.coding.objects.held_sites``), through "of" ("control of parts of the city"); control
    taken of nothing named ("the new government took control") is of no ground either, unless it
    is taken "from" someone ("seized control from government forces"): wrested from them."""
    if noun is None or noun.lemma_.lower() not in word_class("events.coding.objects.control_nouns"):
        return False
    ground = word_class("actors.finder.context.place_nouns") | word_class("events.coding.objects.held_sites")
    held = preps_of(noun, ("of",))
    if not held and any(c.dep_ == "prep" and c.lower_ == "from" for c in [*noun.children, *noun.head.children]):
        return False
    for _ in range(3):
        if any(g.ent_type_ in _GROUND_LABELS or g.lemma_.lower() in ground for g in held):
            return False
        held = [g for h in held for g in preps_of(h, ("of",))]
    return True


__all__ = ["welcomes_a_thing", "done_to_in_frame", "binds_to_come", "leaves_a_race", "received_with", "COOPERATIVE", "HOSTILE", "acts_on_someone", "agrees_with_view", "has_frame_complement",
           "asked_for", "blameless_cause", "control_of_no_place", "grants_asking", "ordered_act", "promised_purpose", "cuts_a_tie", "fits_what_it_acts_on", "for_an_interview",
           "frees_someone", "gives_help", "meeting_had", "peacekeepers_involved", "takes_a_stance_on_someone",
           "disbands_forces", "warns_someone", "withdraws_support"]
