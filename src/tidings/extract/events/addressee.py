"""Addressees of statements whose clause names no one: whom the discourse shows they answer.

"Ostrian troops seized three fishing boats on Monday. Kestria protested on Tuesday." The protest
names no one it is against; the reader takes it to answer the one who just acted. "Although Ostria
made a complaint over the fence, the ambassador is standing firm by the decision": the complaint
is aimed at the other party of its own sentence. For an accusation, a refusal, a threat or a
protest with an actor and no recipient, the coder looks for the *doers* (the subjects of clauses,
and the owner of a subject that is a thing: "His announcement followed weeks of protests")

1. in the statement's own sentence, then, when that has none,
2. in the sentence before it, in the same paragraph,

and takes the one party standing there, only when it is one: two parties acting give no
recipient (no one clearly wins), and the speaker's own side never is one (the speaker itself,
actors of its name, and, when a state or its organ speaks, its own state's organs), nor one
acting together with it ("X and the speaker met"), nor one making the same statement, nor the
source it is reported under ("X said the government would never ..."), nor police at a protest.
A statement told in a relative clause looks in that clause only; one to "you", an allegation of
a deed whose doer it does not name, and a judgement of an act (left to :mod:`.anaphora`) get none.

Such a recipient is a guess: the rule is marked ``+addressee-sentence`` or ``+addressee-before``
(:data:`~.relevance.DISCOURSE_RECIPIENT`), and neither the gate nor the confidence model counts
it, nor does it keep an actor the article would otherwise drop.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any, Callable, Sequence

from ...schema import Actor, Event
from ..actors.kinds import worth_keeping
from ..common import actor_at, token_at
from .anaphora import JUDGING, STATE_SECTORS, points_at_an_act, speaks_for_a_state
from .args import ActorBook, is_participant_like
from .lexicon import SPEECH_VERBS, Lexicon
from .relevance import DISCOURSE_RECIPIENT

STATEMENT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST"})
# the doer of a clause: its active subject, or the "by" agent of a passive ("the constitution was
# violated" names a thing undergoing, not someone acting)
_DOER_DEPS = frozenset({"nsubj"})
_SECOND_PERSON = frozenset({"you", "your", "yours"})
# Those who police a protest in its own sentence ("as police in riot gear watched over") are not
# whom it is against (an act of theirs the sentence before may well be what it answers).
POLICING_SECTORS = frozenset({"COP", "MIL"})


def relative_clause(tok: Any) -> Any:
    """The head of the relative clause a token is in ("the court, which rejected a lawsuit"), or
    None. Such a clause describes one of the sentence's parties: what it tells answers, or is
    answered by, nothing the rest of the sentence tells."""
    t = tok
    for _ in range(12):
        if t.dep_ == "relcl":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _doer_tokens(tokens: Any, inside: Any = None) -> list[Any]:
    """Subjects of the sentence's active clauses (each conjunct), the "by" agents of its passives,
    and the owner of a subject that is a thing ("His announcement followed ...", "The franchise of
    X expired"), not of one that is someone ("His associates alleged ..."). Relative clauses only
    describe a party ("power-sharing in which X became prime minister"): no doer is taken there,
    but within the relative clause ``inside`` (where a statement is told)."""
    out: list[Any] = []
    for t in tokens:
        if relative_clause(t) not in (None, inside):
            continue
        if t.dep_ in _DOER_DEPS:
            out.extend((t, *t.conjuncts))
            if not is_participant_like(t) and t.pos_ == "NOUN":
                out.extend(c for c in t.children if c.dep_ == "poss")
                out.extend(g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj")
        elif t.dep_ == "pobj" and t.head.dep_ == "agent":
            out.extend((t, *t.conjuncts))
    return out


def _actor_of(tok: Any, actors: Sequence[Actor]) -> Actor | None:
    return actor_at(actors, tok.idx, tok.idx + len(tok.text))


def own_side(speakers: Sequence[str], actors: Sequence[Actor]) -> Any:
    """A test of whether an actor is on the speakers' side: one of them, of their name, or (when
    a state or its organ speaks) an organ of the same state."""
    found = [a for a in actors if a.id in speakers]
    names = {a.name for a in found}
    state = speaks_for_a_state(speakers, actors) and found
    countries = {a.country for a in found if a.country} if state else set()

    def test(a: Actor) -> bool:
        if a.id in speakers or a.name in names:
            return True
        return bool(a.country in countries and (a.kind == "country" or a.sector in STATE_SECTORS))
    return test


def reporters(trig: Any) -> set[int]:
    """The subjects of the verbs of saying the statement is reported under ("Berzins said the
    government would not provide ..."): a source, not a party the statement answers."""
    out: set[int] = set()
    t = trig
    for _ in range(12):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() in SPEECH_VERBS:
            out.update(c.i for c in t.children if c.dep_ == "nsubj")
    return out


def sole_party(tokens: Any, actors: Sequence[Actor], own: Any, partners: frozenset[str] = frozenset(),
               inside: Any = None, skip: Callable[[Any, Actor], bool] = lambda _t, _a: False
               ) -> tuple[str | None, bool]:
    """(the one party acting among ``tokens`` (a sentence, or the relative clause ``inside`` it)
    not on the speaker's side, nor acting with it ("X and the speaker met"), nor one of its
    ``partners`` nor passed over by ``skip``, whether any such party acts there). An actor the article would not keep on its own (of no country and no
    sector, "human rights"; named once with a country lent by the article) is no party."""
    parties: list[str] = []
    for t in _doer_tokens(tokens, inside):
        a = _actor_of(t, actors)
        if a is None or own(a) or a.id in partners or not worth_keeping([a], (), ()) or skip(t, a):
            continue
        if any((c := _actor_of(x, actors)) is not None and own(c) for x in t.conjuncts):
            continue  # "X and the speaker met": acting with the speaker, on its side of that act
        if a.id not in parties:
            parties.append(a.id)
    return (parties[0] if len(parties) == 1 else None), bool(parties)


def _partners(events: Sequence[Event], ev: Event, sentence: Any) -> frozenset[str]:
    """Who does the same kind of act in the statement's sentence or the one before ("She protested
    alone, but thousands joined the protest"): one making the same statement is its partner, not
    whom it is aimed at. ``sentence`` gives a character offset's sentence index."""
    k = sentence(ev.trigger.start)
    return frozenset(a for e in events if e.event == ev.event and e is not ev and e.trigger is not None
                     and 0 <= k - sentence(e.trigger.start) <= 1 for a in e.actor)


def _names_its_own_addressee(trig: Any) -> bool:
    """Whether the statement's clause leaves its addressee to no earlier party: it speaks to "you"
    (its audience: "we will never take your support for granted"), or it alleges a deed whose doer
    it does not name ("alleged X was poisoned" accuses an unknown poisoner, not X)."""
    verb = trig
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if any(t.lower_ in _SECOND_PERSON for t in verb.subtree):
        return True
    return any(c.dep_ == "ccomp" and any(g.dep_ == "nsubjpass" for g in c.children)
               and not any(g.dep_ == "agent" for g in c.children) for c in verb.children)


def _paragraph_break(doc: Any, before: Any, after: Any) -> bool:
    return "\n" in doc.text[before.end_char - 1:after.start_char + 1]


def statement_addressees(events: Sequence[Event], doc: Any, book: ActorBook, lex: Lexicon) -> list[Event]:
    """Give statements with an actor and no recipient the one party their sentence, else the
    sentence before, shows acting (see the module docstring). A judgement of an act ("condemned
    the attack") is left to :func:`~.anaphora.doers_of_judged_acts`: when it found no doer, the
    act's doer is unknown, not the last party acting."""
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]

    def sentence(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    out: list[Event] = []
    for ev in events:
        if ev.event not in STATEMENT_TYPES or ev.recipient or not ev.actor or "negation" in ev.aux \
                or ev.trigger is None:
            out.append(ev)
            continue
        trig = token_at(doc, ev.trigger)
        k = sentence(ev.trigger.start)
        if trig is None or k < 0 or _names_its_own_addressee(trig) \
                or (ev.event in JUDGING and points_at_an_act(trig, lex, ev.event)):
            out.append(ev)
            continue
        own = own_side(ev.actor, book.actors)
        partners = _partners(events, ev, sentence)
        described = relative_clause(trig)  # told of a party: only its own clause may name whom it answers
        scope = list(described.subtree) if described is not None else sents[k]
        sources = reporters(trig)

        def skip(t: Any, a: Actor, event: str = ev.event) -> bool:
            return t.i in sources or (event == "PROTEST" and a.sector in POLICING_SECTORS)
        found, acting = sole_party(scope, book.actors, own, partners, described, skip)
        rule = "sentence"
        if not acting and described is None and k > 0 and not _paragraph_break(doc, sents[k - 1], sents[k]):
            found, _ = sole_party(sents[k - 1], book.actors, own, partners)
            rule = "before"
        out.append(dataclasses.replace(ev, recipient=(found,), rule=f"{ev.rule}{DISCOURSE_RECIPIENT}{rule}") if found else ev)
    return out


def addressed(ev: Event) -> bool:
    """Whether an event's recipient is one :func:`statement_addressees` gave it."""
    return DISCOURSE_RECIPIENT in (ev.rule or "")


def unaddressed_if_dropped(events: Sequence[Event]) -> list[Event]:
    """The events, those whose discourse recipient was an actor the article dropped without the
    rule's mark of it (later marks, "+gated", stay)."""
    return [dataclasses.replace(ev, rule="+".join(p for p in ev.rule.split("+")
                                                  if not ("+" + p).startswith(DISCOURSE_RECIPIENT)))
            if addressed(ev) and not ev.recipient else ev for ev in events]


__all__ = ["POLICING_SECTORS", "STATEMENT_TYPES", "addressed", "own_side", "relative_clause", "reporters", "sole_party",
           "statement_addressees", "unaddressed_if_dropped"]
