"""Small helpers every extractor shares: spans from tokens, actor lookup by offsets."""

from __future__ import annotations

import csv
import dataclasses
import weakref
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from ..nlp import TEXT_KEY
from ..schema import Actor, Event, Span


def span_of(doc_or_span, start_char: int, end_char: int) -> Span:  # type: ignore[no-untyped-def]
    """A schema Span over ``[start_char, end_char)`` of the document text."""
    doc = getattr(doc_or_span, "doc", doc_or_span)
    return Span(start_char, end_char, doc_text(doc)[start_char:end_char])


def token_span(tokens) -> Span:  # type: ignore[no-untyped-def]
    """A schema Span covering a spaCy Span or a non-empty sequence of tokens."""
    toks = list(tokens)
    doc = toks[0].doc
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return Span(start, end, doc_text(doc)[start:end])


def doc_text(doc, text: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """``text`` when it is the text ``doc`` was parsed from (checked cheaply), else ``doc.text``.

    spaCy rebuilds ``doc.text`` from the tokens on every access; a component that has the
    article's text (which the pipeline parsed) passes it here instead.
    """
    if text is not None and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        return text
    kept = doc.user_data.get(TEXT_KEY)  # the loader's tokenizer (and the pipeline) keep the text read here
    return kept if isinstance(kept, str) else doc.text


def sentence_span(sent) -> Span:  # type: ignore[no-untyped-def]
    """A sentence's span without its trailing white space (the evidence of an event)."""
    text = sent.text  # Doc.text would join every token of the article each time
    while text and text[-1].isspace():
        text = text[:-1]
    return Span(sent.start_char, sent.start_char + len(text), text)


def token_at(doc, span: Span | None):  # type: ignore[no-untyped-def]
    """The root token of the parse's tokens over ``span`` (widened to whole tokens), or None.

    Found once per document and span; the answers live as long as the document (an lru_cache
    keyed on the Doc kept every article's parse alive for the rest of the process)."""
    if span is None:
        return None
    try:
        roots = _ROOTS.setdefault(doc, {})
    except TypeError:  # a stand-in document that cannot be weakly referenced
        roots = {}
    key = (span.start, span.end)
    if key not in roots:
        sp = tokens_at(doc, span)
        roots[key] = sp.root.i if sp is not None else None  # an index: a Token would keep the Doc
    i = roots[key]
    return None if i is None else doc[i]


def tokens_at(doc, span: Span | None):  # type: ignore[no-untyped-def]
    """The parse's tokens over ``span`` (widened to whole tokens) as a spaCy Span, or None when
    there are none (no span, or offsets the text does not have)."""
    if span is None:
        return None
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp if sp is not None and len(sp) else None


# Doc -> {(start, end): index of the root token, or None}; entries go with their Doc
_ROOTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def data_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of a packaged CSV table (``tidings/data/NAME``) whose ``#`` lines are comments."""
    text = resources.files("tidings").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")))


@lru_cache(maxsize=None)
def pronoun_features() -> dict[str, tuple[str, str | None]]:
    """``{pronoun: (refers, gender)}`` of ``data/pronouns.csv``: refers is "person", "thing" or
    "plural"; gender "m", "f" or None. Read by the quotes stage's agreement and the actors' linker."""
    return {r["word"]: (r["refers"], r["gender"] or None) for r in data_rows("pronouns.csv")}


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    """Every class of ``data/word_classes.csv``, read once (the file has a few thousand rows)."""
    words: dict[str, set[str]] = {}
    for r in data_rows("word_classes.csv"):
        words.setdefault(r["class"], set()).add(r["word"].strip().lower())
    return {name: frozenset(ws) for name, ws in words.items()}


def word_class(name: str) -> frozenset[str]:
    """The words of one class of ``data/word_classes.csv`` (lower case; empty for an unknown class)."""
    return _word_classes().get(name, frozenset())


def overlaps(a: Span, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def actor_at(actors: Iterable[Actor], start: int, end: int) -> Actor | None:
    """The actor one of whose mentions overlaps ``[start, end)`` (the tightest mention wins)."""
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for m in actor.mentions:
            if overlaps(m.span, start, end):
                size = m.span.end - m.span.start
                if best is None or size < best[0]:
                    best = (size, actor)
    return best[1] if best else None


def actor_of_token(actors: Iterable[Actor], token) -> Actor | None:  # type: ignore[no-untyped-def]
    return actor_at(actors, token.idx, token.idx + len(token.text))


def gerund_stems(word: str) -> tuple[str, ...]:
    """The verbs an -ing form can come from: "saying" say, "writing" write, "adding" add, "stopping" stop."""
    base = word[:-3]
    stems = [base, base + "e"]
    if len(base) > 2 and base[-1] == base[-2]:
        stems.append(base[:-1])
    return tuple(stems)


def first_conjunct(tok: Any) -> Any:
    """The first of the conjuncts a token is one of (itself when it is no conjunct): "police and
    soldiers fired": police for soldiers."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


_RUN_DEPS = frozenset({"compound", "appos", "conj", "amod", "cc"})  # how a misparsed run of titles and names hangs


def buried_names(tok: Any) -> list[Any]:
    """The person names before "and" that the parse buried in a name's own run ("US President
    Donald Trump and Turkish President Recep Tayyip Erdoğan" read as one name, Erdoğan's, with the
    rest as its modifiers): the last word of each, when the run hangs from the head by modifiers
    alone (not an "of" phrase or a possessive: "a friend of X and Y", "X and Y's envoy")."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN":
        return []
    own = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if own is None:
        return []
    out = []
    for e in tok.doc.ents:
        if e.label_ != "PERSON" or e.end > own.start or e.start < tok.left_edge.i:
            continue
        between = tok.doc[e.end:own.start]
        if not any(t.lower_ == "and" and t.dep_ == "cc" for t in between):
            continue
        up = e[-1]
        while up.i != tok.i and up.dep_ in _RUN_DEPS and up.head.i != up.i:
            up = up.head
        if up.i == tok.i:
            out.append(e[-1])
    return out


def subject_before(tok: Any) -> Any:
    """For a subject that opens its sentence's subjects, the subject of the main clause of the sentence
    before, the one a writer goes on with ("X condemned the attack. It expelled ..."); else None."""
    doc = tok.doc
    if tok.sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[tok.sent.start:tok.i]):
        return None
    return next((c for c in doc[tok.sent.start - 1].sent.root.children if c.dep_ == "nsubj"), None)


def reporting_subject(tok: Any) -> Any:
    """The subject of the verb of saying whose reported clause holds ``tok`` ("A Panama government
    spokesman said the country had agreed": the spokesman; "accused Greece ... and said its coast
    guard ...": the first verb's subject), else None."""
    t = tok
    for _ in range(8):
        if t is None or t.dep_ == "ccomp" or t.head.i == t.i:
            break
        t = t.head
    if t is None or t.dep_ != "ccomp":
        return None
    say = t.head
    while say.dep_ == "conj" and not any(k.dep_ == "nsubj" for k in say.children):
        say = say.head  # "accused Greece ... and said ...": the first verb's subject speaks
    return next((k for k in say.children if k.dep_ == "nsubj"), None)


def verb_of(token):  # type: ignore[no-untyped-def]
    """The verb whose clause ``token`` belongs to: itself when it is one, else the nearest verb above."""
    t = token
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def is_infinitive(verb) -> bool:  # type: ignore[no-untyped-def]
    """Whether a verb carries the infinitive marker "to" ("ordered X to leave": leave)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def binds_locally(pronoun, subject) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``subject`` is the subject of the clause a plain (not reflexive) pronoun belongs to:
    such a pronoun never refers to it ("the officers shot them": not the officers; "himself" would)."""
    if pronoun.dep_ in ("nsubj", "nsubjpass") or pronoun.tag_ == "PRP$":
        return False  # a subject pronoun has none before it; a possessive may ("killed his sister")
    return subject.head.i == verb_of(pronoun).i


def commanded_span(pronoun) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The characters after a subject pronoun, up to the end of its clause: the names there are ones
    it cannot stand for ("He said Varo had lied": he is not Varo); None for any other pronoun."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    last = pronoun.head.right_edge
    return pronoun.idx + len(pronoun.text), last.idx + len(last.text)


def noun_before(tok, words, skip=lambda t: False):  # type: ignore[no-untyped-def]
    """The nearest noun whose lemma is one of ``words`` before ``tok``, in its own sentence or the one
    before, ``skip`` left out; None without one ("lifted it": the curfew; "It read": the statement)."""
    doc, start = tok.doc, tok.sent.start
    first = doc[start - 1].sent.start if start > 0 else 0
    return next((t for t in reversed(doc[first:tok.i]) if t.pos_ == "NOUN" and t.lemma_.lower() in words
                 and not skip(t)), None)


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphened_participle(tok):  # type: ignore[no-untyped-def]
    """The hyphenated participle ``tok``'s name comes before when it modifies a later noun ("The
    [Bangladesh]-based committee", "[US]-backed rebels", "the [Saudi Arabia]-led coalition"): the
    name says where the noun's referent sits or who stands behind it, never who it is; else None."""
    doc, k = tok.doc, tok.i
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k].whitespace_:
        k += 1  # the name's last word ("Saudi [Arabia]-led")
    if k + 2 >= len(doc) or doc[k].whitespace_ or doc[k + 1].text not in _HYPHENS or doc[k + 1].whitespace_:
        return None
    part = doc[k + 2]
    return part if part.lower_.endswith("ed") and part.pos_ in ("VERB", "ADJ") and part.head.i > part.i else None


def in_hyphened_modifier(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is the name before a hyphenated participle (:func:`hyphened_participle`)."""
    return hyphened_participle(tok) is not None


def claim_after_words(verb) -> bool:  # type: ignore[no-untyped-def]
    """``X blamed Y for the attack, an accusation Z denied``, parsed as a report by "an accusation" of
    the words before the comma: a verb whose subject is a claim noun (word class
    ``quotes.claim_noun``) after its complement, or one parsed as its object before its own subject
    ("…, a charge Kabul denies"). The claim names those words; the verb reports none."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "…, a charge Kabul denies": the claim noun parsed as the object before the verb's own subject
    obj = next((c for c in verb.children if c.dep_ == "dobj" and subj is not None and c.i < subj.i), None)
    claim = subj if obj is None else obj
    return claim is not None and claim.pos_ == "NOUN" and claim.lemma_.lower() in word_class("quotes.claim_noun") \
        and any(c.dep_ == "ccomp" and c.i < claim.i for c in verb.children)


def preps_of(tok: Any, allowed: tuple[str, ...] | frozenset[str]) -> list[Any]:
    """The objects of ``tok``'s prepositions (and "by" agent phrase) among ``allowed``."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in allowed:
            out.extend(gc for gc in c.children if gc.dep_ == "pobj")
    return out


def by_agents(v: Any) -> list[Any]:
    """The objects of a passive verb's "by" agent phrase."""
    return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


# What ends a sentence: a first line ending otherwise is a headline ("Militants storm hotel in Mogadishu").
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ":")


def headline_end(text: str, title: str | None = None) -> int:
    """The end of a text's headline, its first line, or 0 where it has none: a first line that
    repeats the article's title, or a line of its own ending without a full stop ("Militants storm
    hotel in Mogadishu"), not a lede ("Al Shabaab militants stormed a hotel on Friday, killing 12
    people."). Read by the quotes stage (a headline's quote) and the events stage (a headline's act
    takes the body's report as its main evidence)."""
    first, newline, rest = text.partition("\n")
    line = first.strip()
    if not newline or not line or not rest.strip():
        return 0
    if (title and line == title.strip()) or not line.endswith(SENTENCE_ENDS):
        return len(first)
    return 0


__all__ = ["actor_at", "actor_of_token", "binds_locally", "buried_names", "first_conjunct", "gerund_stems", "subject_before", "claim_after_words", "commanded_span", "hyphened_participle", "in_hyphened_modifier", "noun_before", "data_rows", "pronoun_features", "doc_text", "by_agents", "headline_end", "is_infinitive", "overlaps", "preps_of", "sentence_span",
           "span_of", "token_at", "token_span", "tokens_at", "verb_of", "word_class"]


# The rule suffix of an event the events stage's gate marks as no interaction: a candidate kept
# with its reason, never in the default output (extract.events.relevance.gate), whose participants
# do not keep an actor the article would otherwise drop (extract.actors.link).
GATED = "gated"


def gated(event: Event) -> bool:
    """Whether the events stage's gate marked ``event`` as no interaction."""
    return f"+{GATED}" in event.rule


def without_dropped(events: Iterable[Event], alive: set[str]) -> list[Event]:
    """The events with the ids of actors not in ``alive`` left out (only a gated candidate keeps no
    actor alive, so only candidates lose participants)."""
    return [e if set(e.actor + e.recipient) <= alive else dataclasses.replace(
        e, actor=tuple(i for i in e.actor if i in alive), recipient=tuple(i for i in e.recipient if i in alive))
        for e in events]
