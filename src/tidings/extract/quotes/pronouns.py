"""Every personal pronoun of the narration resolved once: a mention of the person it refers to.

The quotes stage resolves the pronoun of a speaker ("…, he said") and the events stage those of
an event's participants; a pronoun that is neither ("Varo said she was pleased") was no one's
mention, so the article's people lost most of their mentions and an analyst reading an actor's
mentions missed much of what the article says of them. This pass gives each remaining "he",
"she", "him" and object "her" outside quotes to the person the one resolver
(:func:`.coreference.resolve`: number, gender, role, recency) finds.

Unresolved is better than wrong, so a pronoun stays no one's when:

- it is inside a quote (someone the speaker talks about; the stages that read quotes decide);
- it is "it", "its", "they" or "them" (too many things and groups fit) or a possessive ("his",
  "her lifestyle": a mention inside a phrase would make the whole phrase its owner's for the events
  stage, and "killed by his lions" is no killing by him; :func:`possessive_mentions` gives "his",
  "her" and "its", and :func:`tidings.extract.events.binding.subject_it_mentions` a subject "it",
  once the events are coded, for the linker);
- the resolver finds no one, or a person the text gives no gender of (no given name, title or
  gendered noun: a body the recogniser took for a person, "World Wide Developers Conference", has
  none);
- it is a subject and its own clause names that person after it ("He shot Kennedy").

One construction is read beyond that (session 50, :func:`reported_self`): the subject pronoun of a
clause that a verb of indirect speech reports is the sayer speaking of itself when the two agree,
"it" or "they" of a body, a state or a group ("Police said they questioned the owner"; not a
copular "said it was unclear whether ..."), and "he" or "she" of a person whose gender the text
never gives ("Buzz Hargrove said he had been assured").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...schema import Actor
from ..common import commanded_span, doc_text, word_class
from .book import ActorBook
from ..agreement import agrees, gender_known
from .coreference import in_turn_label, resolve
from .cues import INDIRECT_VERBS
from .marks import quoted_spans
from .turns import quote_test

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
SELF_PRONOUNS = frozenset({"it", "they"})  # a body speaking of itself ("Cisco said it had ...")


def pronoun_mentions(doc: Any, book: ActorBook) -> None:
    """Add to ``book`` a mention for each person pronoun outside quotes that is no actor's mention
    yet and that the resolver resolves to a person."""
    quoted = quoted_spans(doc_text(doc))
    in_quote = quote_test(quoted)
    for tok in doc:
        word = tok.lower_
        if word in SELF_PRONOUNS and tok.tag_ == "PRP" and not in_quote(tok) \
                and book.at_token(tok) is None and (sayer := reported_self(tok, book, doc)) is not None:
            book.add_mention(sayer.id, tok, "pronoun", "coref:reported-self", 0.6,
                             f"{tok.text!r} is {sayer.name} speaking of itself")
            continue
        if word not in PERSON_PRONOUNS or tok.tag_ != "PRP":
            continue  # a possessive is left: as a mention it would make its whole phrase the owner's ("his lions")
        if in_quote(tok) or in_turn_label(tok) or book.at_token(tok) is not None:
            continue
        actor = resolve(tok, book, quoted, word)
        if actor is not None and actor.kind == "person" and gender_known(actor, word, doc) and not _commands(tok, actor):
            book.add_mention(actor.id, tok, "pronoun", "coref:pronoun", 0.6, f"{tok.text!r} refers back to {actor.name}")
        elif (sayer := reported_self(tok, book, doc)) is not None and not _commands(tok, sayer):
            # "Hargrove said he had been assured": the sayer, though the text never gives his gender
            book.add_mention(sayer.id, tok, "pronoun", "coref:reported-self", 0.6,
                             f"{tok.text!r} is {sayer.name} speaking of himself or herself")


# A possessive pronoun of a person and the pronoun whose agreement features it shares.
POSSESSIVES = {"his": "he", "her": "she"}
# A possessive of a body, a state or a group and the pronoun whose agreement features it shares, read
# from the subject above it (:func:`_subject_above`). "Their" is left: too many groups fit (by the
# same rule 49 right and 33 wrong of the reference's "their" on dev-work, session 57).
SUBJECT_POSSESSIVES = {"its": "it"}


def possessive_mentions(doc: Any, book: ActorBook, quoted: Sequence[tuple[int, int]]) -> None:
    """Add to ``book`` (the linked actors) a mention for each possessive "his" or "her" outside
    ``quoted`` (the outermost quotes' offsets) to the person the resolver gives it ("Obama praised
    his wife": Obama), a person the text gives that gender (:data:`POSSESSIVES`), and one for each
    "its" to the body, state or group whose subject above it is theirs (:func:`_subject_above`). A
    possessive in a phrase put before its clause's subject is first that subject's
    (:func:`_fronted_subject`), and one that opens another actor's mention ("his company") is read
    as any other (:func:`_inside_other`). Read once the events are coded, so that no phrase a
    possessive opens ("killed by his lions") is taken for its owner."""
    in_quote = quote_test(quoted)
    for tok in doc:
        if tok.tag_ != "PRP$" or in_quote(tok) or in_turn_label(tok) or _inside_other(tok, book):
            continue
        if tok.lower_ in SUBJECT_POSSESSIVES:
            owner = _subject_above(tok, book, SUBJECT_POSSESSIVES[tok.lower_], doc) \
                or _fronted_subject(tok, book, SUBJECT_POSSESSIVES[tok.lower_], doc)
            if owner is not None and owner.kind != "person":
                book.add_mention(owner.id, tok, "pronoun", "coref:possessive", 0.6,
                                 f"{tok.text!r} refers back to {owner.name}, the subject it stands under")
            continue
        base = POSSESSIVES.get(tok.lower_)
        if base is None:
            continue
        actor = _fronted_subject(tok, book, base, doc) or _nearest_in_sentence(tok, book, base, doc) \
            or resolve(tok, book, quoted, base)
        if actor is None or actor.kind != "person" or not gender_known(actor, base, doc) or _name_between(tok, actor, book):
            continue
        book.add_mention(actor.id, tok, "pronoun", "coref:possessive", 0.6, f"{tok.text!r} refers back to {actor.name}")


def _fronted_subject(tok: Any, book: ActorBook, base: str, doc: Any) -> Actor | None:
    """The actor of the subject after a phrase put before it that holds the possessive ("Offering
    his condolences, the speaker wrote": the speaker; "Citing its own figures, the ministry said"),
    when it agrees: the phrase's understood subject is the clause's. None for a possessive in no
    such phrase, or where that subject is no actor or does not agree."""
    node = tok
    while node.head.i != node.i:
        verb = node.head
        if node.dep_ in _FRONTED_DEPS and verb.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > node.right_edge.i]
            actor = book.at_token(subjects[0]) if subjects else None
            return actor if actor is not None and agrees(actor, base, doc) else None
        node = verb
    return None


_FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod"})


def _inside_other(tok: Any, book: ActorBook) -> bool:
    """Whether a possessive stands inside another actor's mention other than as the determiner
    that opens it: "his" opens "his company" (a mention of his owner's too), not "the leader of his
    party", a mention of the leader that starts before it."""
    other = book.at_token(tok)
    return other is not None and not any(m.span.start == tok.idx for m in other.mentions)


def _nearest_in_sentence(tok: Any, book: ActorBook, base: str, doc: Any) -> Actor | None:
    """The actor of the nearest mention before a possessive in its own sentence that agrees with it
    ("Police arrested Maria Lopez and seized her car": Lopez), or None."""
    sent = tok.sent
    found = [(m.span.end, a) for a in book.all() for m in a.mentions
             if sent.start_char <= m.span.start and m.span.end <= tok.idx and agrees(a, base, doc)]
    return max(found, key=lambda x: x[0])[1] if found else None


def _subject_above(tok: Any, book: ActorBook, base: str, doc: Any) -> Actor | None:
    """The actor of the nearest subject before a possessive on the way up from it to its sentence's
    root that agrees with it ("The ministry said on Monday that its staff had left": the ministry,
    not a name nearer to it), or, where the way up comes out of a clause the verb's object controls,
    that object ("The court ordered Apple to lower its prices": Apple). None when the nearest subject
    is no actor ("Tehran curbed its nuclear work" where "Tehran" is no actor): unresolved is
    better than another one. A relative pronoun stands for the noun its clause hangs on."""
    node, path = tok, [tok]
    while node.head.i != node.i:
        node = node.head
        path.append(node)
        if _controlled(path) and (controller := _controller(node, path[-2])) is not None:
            actor = book.at_token(controller)  # "forced Apple to lower its prices": Apple
            if actor is not None and agrees(actor, base, doc):
                return actor  # an object that is no actor ("uses caucuses to select its nominee") leaves it to the subject
        for c in node.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i > tok.i or c.left_edge.i <= tok.i <= c.right_edge.i:
                continue
            actor = book.at_token(node.head if c.tag_ == "WDT" else c)
            if actor is None:
                return None  # its subject is no actor ("Tehran curbed its nuclear work"): no one's
            if agrees(actor, base, doc):
                return actor
    return None


def _controller(verb: Any, clause: Any) -> Any:
    """The object of ``verb`` before the clause it controls: its direct object ("forced Apple to
    lower"), else the object of "on" ("called on Interpol to revoke"), else None."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < clause.i
                for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    return objects[0] if objects else None


def _controlled(path: list[Any]) -> bool:
    """Whether the last step of ``path`` (tokens from a possessive up to a verb) comes up from a
    clause with no subject of its own that the verb's object controls: an infinitive ("told
    Sudan to withdraw its forces") or a gerund after a preposition ("commended Gambia for
    improving its record"; not "defied the council by continuing its work")."""
    came = path[-2] if len(path) > 1 else None
    if came is None:
        return False
    if came.dep_ == "xcomp":
        return True
    return came.dep_ == "prep" and came.lower_ in word_class("quotes.object_control_prepositions") \
        and len(path) > 2 and path[-3].dep_ == "pcomp" and path[-3].tag_ == "VBG"


def _name_between(tok: Any, actor: Actor, book: ActorBook) -> bool:
    """Whether the text names, between ``actor``'s last mention and a possessive, a person who is no
    actor of the article (used by no event or quote): the one it refers to is likely them, so it is
    given to no one."""
    last = max((m.span.end for m in actor.mentions if m.span.end <= tok.idx), default=None)
    return last is not None and any(last <= e.start_char and e.end_char <= tok.idx and book.at(e.start_char, e.end_char) is None
                                    for e in tok.doc.ents if e.label_ == "PERSON")


def reported_self(tok: Any, book: ActorBook, doc: Any) -> Any:
    """The sayer a subject pronoun of a reported clause stands for ("Cisco said it had received the
    trademark", "Hargrove said he had been assured"): the subject of the verb of indirect speech
    that governs the clause, when it agrees with the pronoun ("it", "they": no person; "he", "she":
    a person of no other gender); None for an "it" or "they" of a copular clause ("said it was
    unclear whether ...") or any other pronoun."""
    clause = tok.head
    person = tok.lower_ in PERSON_PRONOUNS
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or (clause.lemma_ == "be" and not person) \
            or clause.head.lemma_.lower() not in INDIRECT_VERBS:
        return None
    sayer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    actor = book.at_token(sayer) if sayer is not None else None
    if actor is None or (actor.kind == "person") != person or not agrees(actor, tok.lower_, doc):
        return None
    return actor


def _commands(tok: Any, actor: Any) -> bool:
    """Whether a subject pronoun's own clause names ``actor`` after it: it cannot stand for them
    ("He shot Kennedy": he is not Kennedy)."""
    span = commanded_span(tok)
    return span is not None and any(m.kind != "pronoun" and span[0] <= m.span.start and m.span.end <= span[1]
                                    for m in actor.mentions)


__all__ = ["PERSON_PRONOUNS", "POSSESSIVES", "SELF_PRONOUNS", "possessive_mentions", "pronoun_mentions", "reported_self"]
