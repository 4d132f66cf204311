"""Things given, sent, taken, blamed and lodged: whom they go to or come from, and whether a gift is aid.

Whom a thing given back or sent goes to, when the parser hung the "to" phrase inside the thing.

"Returned a silver pendant engraved with the image of Peter the Great to Russian authorities",
"returned a painting stolen from a gallery in 1989 to the Italian government": the parser hangs "to
X" on the last word of a long object (the name "Peter the Great", the participle "stolen"), so the
verb of giving has no receiver. When the verb has no "to" phrase or dative of its own, a "to"
phrase inside its object is the verb's if it hangs on a participle describing the thing (reached
through participles without a subject of their own and prepositional phrases) or on a name ending
the thing's description, and the participle takes no "to" of its own (word class
``events.coding.transfers.own_to_verbs``: "a letter addressed to the minister", "land given to
settlers"). A "to" inside a clause with a subject of its own ("the statue, which the museum had
sent to France") belongs to that clause.

A pure function of the parse; the caller reads it only for events whose recipient a "to" names.

A thing taken "from" someone (word class ``events.coding.transfers.taking_verbs``: "retook the town
from al-Shabaab", "recaptured Bakhmut from Russian forces") is taken from them: the "from" phrase
names whom the act is done to, where it names someone; a "from" phrase of another verb ("fired
from a helicopter") or of no one ("seized weapons from a house") names no one.

Blame laid "on" someone (word class ``events.coding.transfers.blaming_verbs``: "blamed the explosion
on Israel") names whom it accuses, though the parser hangs the "on" phrase on the act blamed; blame
laid on no one ("blamed the floods on heavy rain") names no one.

A verb of giving (word class ``events.coding.detect.giving_verbs``: give, provide, send, offer,
deliver, grant ...) is an everyday word; the lexicon's AID holds only when what is given helps.
What is given is the verb's object or passive subject with the things it counts or carries
("$50 million in aid", "tonnes of food"), and for "provide X with Y" the "with" phrase. It is aid
when one of them is a thing of aid (word class ``events.coding.detect.aid_things``: money, loans,
food, medicine, arms, shelter, protection, training ...), a sum of money (the tagger's MONEY), or
people (doctors, troops: what they do decides), and nothing given is words, time or envoys sent
to talk (``non_material``, ``envoys``). Given nothing named ("provided for the evacuation"), a
verb of giving may still be aid, unless it names one given to and no gift (the parser read "gave
people hope" with "hope" a verb). Not aid: "gave the president sweeping powers", "gave employers
the right to", "had given the protesters a permit", "gave people hope", "sent the market
tumbling".
"""

from __future__ import annotations

from typing import Any, Iterable

from ..common import word_class
from .candidate import preps_of
from .phrases import is_someone

OWN_TO = word_class("events.coding.transfers.own_to_verbs")
TAKING = word_class("events.coding.transfers.taking_verbs")
BLAMING = word_class("events.coding.transfers.blaming_verbs")
# names that end a thing's description ("the image of Peter the Great")
_NAME_LABELS = frozenset({"PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
# relations the search goes down: a describing participle, its phrases, a name's apposition
_DOWN = frozenset({"acl", "prep", "pobj", "appos", "compound"})


def _participle(t: Any) -> bool:
    return t.tag_ == "VBN" and t.dep_ == "acl" and not any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in t.children)


def _hangs_wrongly(t: Any) -> bool:
    """Whether a "to" phrase on ``t`` can only be the main verb's: on a participle that takes none,
    or on a name."""
    if _participle(t):
        return t.lemma_.lower() not in OWN_TO
    return t.ent_type_ in _NAME_LABELS  # "Peter the Great": a name's last word, whatever its tag


def to_inside_object(v: Any) -> list[Any]:
    """The objects of a "to" phrase hung inside verb ``v``'s direct object that are the verb's
    (see the module), or [] when the verb has its own."""
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in v.children):
        return []
    out: list[Any] = []
    stack = [c for c in v.children if c.dep_ == "dobj"]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "to" and _hangs_wrongly(t):
                out += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in _DOWN and (c.dep_ != "acl" or _participle(c)):
                stack.append(c)
    return out


def taken_from(v: Any) -> list[Any]:
    """Whom a verb of taking takes from: the someone of its "from" phrase ("retook X from Y": Y)."""
    if v.lemma_.lower() not in TAKING:
        return []
    return [g for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pobj" and is_someone(g)]


def laid_on(v: Any) -> list[Any]:
    """Whom a verb of blaming lays an act on: the someone of an "on" phrase on the verb or on its
    object ("blamed the explosion on Israel": Israel)."""
    if v.lemma_.lower() not in BLAMING:
        return []
    return [g for h in (v, *(c for c in v.children if c.dep_ == "dobj")) for p in h.children
            if p.dep_ == "prep" and p.lower_ == "on" for g in p.children if g.dep_ == "pobj" and is_someone(g)]


_NO_HELP = word_class("events.coding.detect.non_material") | word_class("events.coding.detect.envoys")
AID_THINGS = word_class("events.coding.detect.aid_things")


def _counted_things(toks: Iterable[Any]) -> Iterable[Any]:
    """Each token with the nouns it counts or carries ("$50 million in aid", "tonnes of food")."""
    for t in toks:
        yield t
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "in"):
                yield from (g for g in p.children if g.dep_ == "pobj")
        yield from (c for c in t.children if c.dep_ in ("conj", "compound"))


def given(v: Any) -> list[Any]:
    """What a verb gives: its object or passive subject, with what they count or carry."""
    return list(_counted_things(c for c in v.children if c.dep_ in ("dobj", "nsubjpass")))


def gives_help(v: Any, event: str = "AID") -> bool:
    """Whether a verb of giving may give help (see the module); for an offer (``event`` AGREE: "offered
    its full cooperation") only whether it gives more than words, time or envoys."""
    things = given(v)
    if any(t.lemma_.lower() in _NO_HELP for t in things):
        return False
    if event != "AID":
        return True
    things = [t for t in things if not is_someone(t)] + list(_counted_things(preps_of(v, ("with",))))
    if not things:  # nothing named as given: aid, unless one given to has no gift beside them ("gave people hope")
        return not any(c.dep_ == "dative" for c in v.children)
    return any(_helps(t) for t in things)


def _helps(tok: Any) -> bool:
    return tok.lemma_.lower() in AID_THINGS or tok.lower_ in AID_THINGS or tok.ent_type_ == "MONEY"


def lodged_against(v: Any, noun: Any, recipients: list[Any]) -> list[Any]:
    """Whom an act lodged "with" a forum "against" someone is aimed at: the "against" phrase's
    someone, on the verb, its noun or the forum (where the parser hangs it: "filed a complaint with
    the UN Security Council against Israel"), and not the forum; ``recipients`` as they are when no
    "against" names someone ("lodged a protest with Tokyo": Tokyo)."""
    holders = [v, *([noun] if noun is not None else [])]
    forums = [f for h in holders for f in preps_of(h, ("with",))]
    against = [g for h in holders + forums for g in preps_of(h, ("against",)) if is_someone(g)]
    if not against:
        return recipients
    return [r for r in recipients if r not in forums] + [g for g in against if g not in recipients]


__all__ = ["AID_THINGS", "given", "gives_help", "lodged_against", "laid_on", "taken_from", "to_inside_object"]
