"""States a definite phrase counts out: "the two countries", "both nations", "the three governments".

News writing names two states and then acts with them as a pair: "Turkey's president will visit
Russia … The two countries signed a trade deal", "Russia proposed visa-free travel with Romania and
urged the two nations to deepen ties". Such a phrase stands for the last states the text named
before it (in its own sentence or the :data:`PAIR_WINDOW` sentences before), as many as its number
says; where the text named fewer, it stands for no one. Only a definite phrase counts out states
already named: "two countries signed" may be any two. "The two leaders", "both men" count out the
last people named in the same way. "Both sides", "the warring parties" stand for the last pair the
text set side by side as the parties of a clause, whoever they are (an army and a militia, a
government and a union), not the last two states named (a truce's brokers are no sides of it), nor
a pair that only announced something ("..., Saudi Arabia and the United States said") when the text
set another pair before it.

One phrase may also name several states by coordinated demonyms or names (:func:`coordinated_modifiers`:
"Hungarian and Romanian officials", "foreign ministers from Serbia and Croatia"): one party each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from ...ontology import NONSTATE_CODES
from ..common import first_conjunct, subject_before, word_class

if TYPE_CHECKING:
    from .countries import CountryNames

# heads that name states (word class events.coding.args.pair_heads)
PAIR_HEADS = word_class("events.coding.args.pair_heads")
# heads that name people counted out ("the two leaders", "both men")
PERSON_PAIR_HEADS = word_class("events.coding.args.pair_person_heads")
# heads that name the sides of a fight or a negotiation ("both sides", "the warring parties")
SIDE_HEADS = word_class("events.coding.args.pair_side_heads")
# words that make a definite plural of sides two without a number ("the warring parties")
_OPPOSED = frozenset({"warring", "rival", "opposing", "feuding", "belligerent"})
# where a pair stands as the parties of a clause: its subjects, or the two of a "between" phrase
_SIDE_DEPS = frozenset({"nsubj", "nsubjpass"})
_NUMBERS = {"two": 2, "three": 3, "four": 4}
# verbs of speech: a pair that only says something is the sides only when no other pair was set
_SPEECH_VERBS = word_class("events.coding.lexicon.speech_verbs")
# verbs of meeting whose subject and object make a pair a following "they" may stand for ("X met Y")
_MEETING_VERBS = word_class("events.coding.pairs.meeting_verbs")
# how many sentences before its own a counted phrase may reach for the states it counts
PAIR_WINDOW = 2
# how many sentences before its own a counted phrase may reach for states set side by side as a pair
# ("The foreign ministers of Armenia and Azerbaijan met ... The two countries ..."): a pair is named
# once and counted out later, where states named one by one are the last few
COORDINATED_WINDOW = 5


class _Countries(Protocol):
    def of_text(self, text: str) -> str | None: ...


def pair_size(tok: Any, heads: frozenset[str] = PAIR_HEADS) -> int | None:
    """How many named states (or, with other ``heads``, people) a definite counted phrase headed by
    ``tok`` stands for, else None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in heads:
        return None
    kids = {c.lower_: c.dep_ for c in tok.children}
    if kids.get("both") in ("det", "predet", "preconj"):
        return 2
    number = next((_NUMBERS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _NUMBERS), None)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children) \
        or any(c.dep_ == "poss" for c in tok.children)
    return number if number is not None and definite else None


def side_count(tok: Any) -> int | None:
    """How many sides a definite phrase of sides headed by ``tok`` counts ("both sides", "the two
    parties", "the warring factions": 2), else None."""
    if tok.lemma_.lower() not in SIDE_HEADS:
        return None
    n = pair_size(tok, SIDE_HEADS)
    if n is None and tok.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and any(c.dep_ == "amod" and c.lower_ in _OPPOSED for c in tok.children):
        n = 2
    return n


def sides_named(tok: Any) -> list[Any]:
    """The heads of the two sides a phrase of sides stands for: the nearest pair before it (in its
    sentence or the :data:`PAIR_WINDOW` before) set side by side as the parties of a clause, its
    coordinated subjects ("Sudan's army and the RSF agreed") or the two of a "between" phrase
    ("fighting between X and Y"); empty when the text set no such pair (a pair named as an agent or
    an object, "brokered by Qatar and Egypt", is none)."""
    if side_count(tok) != 2:
        return []
    doc = tok.doc
    speakers: list[Any] = []
    for t in reversed(doc[_window_start(tok):tok.i]):
        if t.dep_ == "conj" or t.i >= tok.i:
            continue
        if not (t.dep_ in _SIDE_DEPS or (t.dep_ == "pobj" and t.head.lower_ == "between")):
            continue
        other = [c for c in t.children if c.dep_ == "conj" and c.i < tok.i]
        if len(other) == 1 and not any(c.dep_ == "conj" for c in other[0].children):
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_VERBS:
                speakers = speakers or [t, other[0]]  # "..., X and Y said": who announced it, unless no one else
                continue
            return [t, other[0]]
    return speakers


def they_pair(tok: Any) -> list[Any]:
    """The heads of the pair a subject "they" opening its sentence stands for: the coordinated pair
    the sentence before had for its subject ("Armenia and Azerbaijan held talks. They signed ..."),
    or the one who met and the one met there, each one ("X met Y. They signed ..."); else none."""
    subject = subject_before(tok) if tok.lower_ == "they" and tok.dep_ == "nsubj" else None
    if subject is None:
        return []
    root = subject.head
    others = [c for c in subject.children if c.dep_ == "conj"]
    if len(others) == 1 and not any(c.dep_ == "conj" for c in others[0].children):
        return [subject, others[0]]
    met = [c for c in root.children if c.dep_ == "dobj"] if root.lemma_.lower() in _MEETING_VERBS else []
    one = [t for t in [subject, *met] if t.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in t.children)]
    return one if not others and len(met) == 1 and len(one) == 2 else []


def _window_start(tok: Any, window: int = PAIR_WINDOW) -> int:
    """The first token of the sentences a counted phrase may reach back to."""
    doc = tok.doc
    first = tok.sent.start
    for _ in range(window):
        if first > 0:
            first = doc[first - 1].sent.start
    return first


def counted_states(tok: Any, countries: _Countries) -> list[tuple[Any, str]]:
    """(head token, country code) of the states a counted phrase stands for, in text order: the last
    ones named before it, as many as it counts; empty unless the text named that many."""
    n = pair_size(tok)
    if n is None:
        return []
    doc = tok.doc
    # a state the tagger took for a body ("Armenia" as ORG) is still a state when its name is one
    asker = _asker(tok)  # "Russia urged the two countries": not Russia
    ents = [e for e in doc.ents if e.label_ in ("GPE", "NORP", "ORG") and _window_start(tok, COORDINATED_WINDOW) <= e.start
            and e.end <= tok.i and e.root.i not in asker]
    paired = _coordinated_states(ents, n, countries)
    if paired:
        return paired
    first = _window_start(tok)
    ents = [e for e in ents if first <= e.start]
    found: list[tuple[Any, str]] = []
    for ent in reversed(ents):
        code = countries.of_text(ent.text)
        if code and code not in NONSTATE_CODES and all(code != c for _, c in found):  # not "the UN"
            found.append((ent.root, code))
        if len(found) == n:
            return sorted(found, key=lambda f: f[0].i)
    return []


def _coordinated_states(ents: list[Any], n: int, countries: _Countries) -> list[tuple[Any, str]]:
    """(head token, country code) of the nearest ``n`` states the text set side by side as one
    coordinated phrase ("Armenia and Azerbaijan", "India, Pakistan and China"), in text order; empty
    when no phrase among ``ents`` names that many states."""
    states = [(e.root, code) for e in ents if (code := countries.of_text(e.text)) and code not in NONSTATE_CODES]
    for head, _ in reversed(states):
        if head.dep_ != "conj":
            continue
        first = first_conjunct(head)
        group = [(h, c) for h, c in states if first_conjunct(h).i == first.i]
        if len({c for _, c in group}) == n == len(group):
            return sorted(group, key=lambda g: g[0].i)
    return []


def _asker(tok: Any) -> set[int]:
    """The tokens of the subject of the verb a counted phrase is the object of ("Russia urged the
    two countries", "called on both countries"); none for a phrase that is a subject itself."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ not in ("dobj", "dative", "iobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def counted_people(tok: Any, people: list[tuple[int, str]]) -> list[str]:
    """The people a counted phrase of people ("the two leaders", "both men"; word class
    ``events.coding.args.pair_person_heads``) stands for: the last ones named before it, as many
    as it counts (``people``: (mention start, actor id) of the article's persons); empty unless the
    text named that many in the window."""
    n = pair_size(tok, PERSON_PAIR_HEADS)
    if n is None:
        return []
    start = tok.doc[_window_start(tok)].idx
    found: list[tuple[int, str]] = []
    for at, aid in sorted((p for p in people if start <= p[0] < tok.idx), reverse=True):
        if all(aid != f for _, f in found):
            found.append((at, aid))
        if len(found) == n:
            return [aid for _, aid in sorted(found)]
    return []


# verbs whose "from" phrase says where from, not whose (the parser hangs it on the verb after an object)
_MOTION_VERBS = word_class("attach.motion_verbs")


def prep_of_object(tok: Any) -> Any:
    """The preposition whose object ``tok`` is, or is coordinated with ("from" of "from X and Y")."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.head


def with_compounds(tok: Any) -> Any:
    """A word with the words compounded into it before it, as a span: "Saudi Arabia" for "Arabia"."""
    first = min([tok.i] + [c.left_edge.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i])
    return tok.doc[first:tok.i + 1]


def coordinated_modifiers(head: Any, countries: CountryNames) -> list[tuple[Any, str]]:
    """Coordinated country modifiers of one head noun with their codes: "Hungarian and Romanian
    officials" -> [(Hungarian, HUN), (Romanian, ROU)], also in a "from" or "of" phrase ("ministers
    from Serbia and Croatia"), where the parser may hang "from" on the verb right after its object
    (but a verb of motion's "from" says where from); empty unless they name two countries or more."""
    preps = [p for p in head.children if p.dep_ == "prep" and p.lower_ in ("from", "of")]
    if head.dep_ == "dobj" and head.head.lemma_.lower() not in _MOTION_VERBS:  # "met his counterparts from X and Y":
        preps += [p for p in head.head.children if p.dep_ == "prep" and p.lower_ == "from" and p.i == head.right_edge.i + 1]
    from_of = [g for p in preps for g in p.children if g.dep_ == "pobj"] if head.pos_ in ("NOUN", "PROPN") else []
    for m in [c for c in head.children if c.dep_ in ("amod", "nmod", "compound")] + from_of:
        if not m.conjuncts or m.dep_ == "conj":
            continue
        found = [(t, countries.of_text(with_compounds(t).text)) for t in (m, *m.conjuncts)]  # "Saudi Arabia"
        named = [(t, c) for t, c in found if c]
        if len({c for _, c in named}) >= 2:
            return named  # type: ignore[return-value]
    return []


__all__ = ["PAIR_HEADS", "PAIR_WINDOW", "PERSON_PAIR_HEADS", "SIDE_HEADS", "coordinated_modifiers", "counted_people", "with_compounds", "counted_states", "pair_size", "prep_of_object",
           "side_count", "sides_named"]
