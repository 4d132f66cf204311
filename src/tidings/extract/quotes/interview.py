"""Interview answers: the paragraphs that answer a question paragraph, quoted without marks.

A question-and-answer article prints each question as a paragraph ending in "?" and the
interviewee's answer as the paragraph(s) after it, with no quote marks. Each answer paragraph
is one direct quote of the interviewee, with no cue (the annotation guide's rule). Only an
article with at least :data:`MIN_PAIRS` such pairs counts as an interview (:data:`MIN_PAIRS_DECLARED`
when its title says it is one). An answer labelled with
a person's name ("((Rosa Fenn))", "Fenn:") is that person's (a panel of several interviewees);
an unlabelled one is the interviewee's when the title names exactly one person actor (or one
name of the text the title gives, which becomes an actor, or the one person the lede says it spoke
with); else nothing is added.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Sequence

from ...schema import Actor
from ..common import doc_text, token_span, word_class
from .book import ActorBook, Found, Speaker
from .marks import Paragraph, QuoteRegion
from .nouns import partitive_whole, speaking_body
from .speakers import name_words

MIN_PAIRS = 3
MIN_PAIRS_DECLARED = 2  # when the title says the article is an interview ("Wikinews interviews X")
# a title that declares an interview
_DECLARED = re.compile(r"\binterview(?:s|ed|ing)?\b", re.I)
MAX_ANSWER_PARAGRAPHS = 3
# "((WN))", "((Adam Kokesh))": speaker labels some interviews print before a turn
_LABEL = re.compile(r"^\(\([^()]{1,40}\)\)\s*")
# a photo caption with its credit ("Formica fusca, from file. Image: Ann Vale.")
_CAPTION = re.compile(r"\bImage:\s")
_FIRST_PERSON = re.compile(r"\b(I|my|me|we|our|us)\b", re.I)


# "Rosa Fenn: We expect …": a name label before a turn of a transcript
_NAME_LABEL = re.compile(r"^[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3}:\s+")


def _labelled(book: ActorBook, label: str) -> Actor | None:
    """The person actor a turn's label names ("((Rosa Fenn))", "Fenn:"), by full name or surname."""
    words = label.strip("(): \t").split()
    if not words:
        return None
    named = book.by_name(" ".join(words))
    if named is not None and named.kind == "person":
        return book.namesake(named)
    return book.by_surname(_Word(words[-1]))


class _Word:
    """A bare word where the book looks a surname up by a token's text."""

    def __init__(self, text: str) -> None:
        self.text = text


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")


_TOPIC = re.compile(r"\s(?:on|about|over|regarding|discussing)\s", re.I)


# the interviewer in a title: the word before "interviews", the hearer after "tells" ("Wikinews")
_INTERVIEWER = re.compile(r"\S+\s+(?=(?:interviews|interviewed|speaks|spoke|talks|talked)\b)"
                          r"|(?<=\btells\s)\S+|(?<=\btold\s)\S+", re.I)


def _bare(word: str) -> str:
    """A title word without punctuation or a possessive "'s" ("Bos" keeps its "s")."""
    word = word.strip(",.:;'\u2019\"")
    return _folded(re.sub(r"['\u2019]s$", "", word))


def _folded(word: str) -> str:
    """A word without its accents: a title often spells "Licen" for "Ličen"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def interviewee(book: ActorBook, title: str | None) -> Actor | None:
    """The one person actor whose full name or surname the title gives before its topic ("… bar
    owner on <name> cocktail": what follows "on", "about" or "over" is what they talk about)."""
    if not title:
        return None
    title = _TOPIC.split(title, maxsplit=1)[0]
    words = {_bare(w).lower() for w in title.split()}
    fits = [a for a in book.actors if a.kind == "person" and (ws := name_words(a.name))
            and len(ws) > 1 and _folded(ws[-1]) in words]
    return book.namesake(fits[0]) if len({a.id for a in fits}) == 1 else None


def _named_in_text(doc: Any, book: ActorBook, title: str | None) -> Actor | None:
    """An actor for the interviewee the actors stage missed: a name of the text that the title ends
    with ("Wikinews interviews Christopher Hill, …" and "Hill" in a caption)."""
    named = _INTERVIEWER.sub(" ", _TOPIC.split(title or "", maxsplit=1)[0])
    words = {_bare(w) for w in named.split() if w[:1].isupper()}
    names = [t for t in doc if t.pos_ == "PROPN" and t.text in words and t.ent_type_ in ("", "PERSON")
             and not any(c.dep_ in ("compound", "flat") for c in t.children) and t.dep_ not in ("compound", "flat")]
    if len({t.text for t in names}) != 1:
        return None
    return book.new_actor(doc[names[0].i: names[0].i + 1], "PERSON")


def _lede_interviewee(doc: Any, book: ActorBook, before: int) -> Actor | None:
    """The one person the lede says the article spoke with ("Wikinews spoke with X", "interviewed
    X", "talked to X"): the person object of an interview verb before the first question; with no
    person there, the one group named so ("interviewed one of the owners of a bar"), as a new actor."""
    found: dict[str, Actor] = {}
    groups: list[Any] = []
    for verb in (t for t in doc if t.idx < before and t.pos_ == "VERB"
                 and t.lemma_.lower() in word_class("quotes.interview_verb")):
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
            if g.dep_ == "pobj"]
        for obj in objs:
            conjoined = [c for c in obj.children if c.dep_ == "conj"]
            for tok in [obj, *conjoined]:
                actor = book.at_token(tok)
                if actor is not None and actor.kind == "person":
                    found[book.namesake(actor).id] = book.namesake(actor)
            whole = partitive_whole(obj) or obj
            if whole.tag_ == "NNS" and book.at_token(whole) is None and not any(t.dep_ == "conj" for t in obj.subtree):
                # "interviewed one of the owners of a bar": whom one interviews answers, whatever the noun
                groups.append((obj, whole, speaking_body(whole) or ("UNK", "group")))
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    if len(groups) != 1:
        return None
    obj, whole, body = groups[0]
    return book.new_group(token_span(list(doc[obj.left_edge.i: whole.i + 1])), None if body[0] == "UNK" else body[0],
                          "group")


def _outside(text: str, par: Paragraph, regions: Sequence[QuoteRegion]) -> str:
    """The words of a paragraph outside the given quotes."""
    words, pos = [], par.start
    for r in sorted(regions, key=lambda r: r.outer_start):
        words.append(text[pos: max(pos, r.outer_start)])
        pos = max(pos, r.outer_end)
    return " ".join(words + [text[pos: par.end]])


def interview_answers(doc: Any, pars: Sequence[Paragraph], regions: Sequence[QuoteRegion], book: ActorBook,
                      title: str | None, skip: int = 0) -> list[Found]:
    """A direct quote for each answer paragraph of an interview article (none for other articles);
    the interviewee's first "I" or "my" in each answer becomes a mention of them.

    ``regions`` are the quotes attributed with a cue ('"…," Ann said'): a paragraph holding one and
    no first person outside it is narration; ``skip`` is the end of the headline, which is never a question."""
    text = doc_text(doc)
    body = [p for p in pars if p.start >= skip]
    answers: list[Paragraph] = []
    pairs = 0
    for k, par in enumerate(body):
        if not _is_question(text[par.start: par.end]):
            continue
        run = []
        for nxt in body[k + 1: k + 1 + MAX_ANSWER_PARAGRAPHS]:
            if _CAPTION.search(text[nxt.start: nxt.end]):
                continue  # a photo caption set between the paragraphs of an answer
            if _is_question(text[nxt.start: nxt.end]) or run and not _FIRST_PERSON.search(text[nxt.start: nxt.end]):
                break  # an answer goes on only in the first person (not into a caption or the narration)
            run.append(nxt)
        pairs += bool(run)
        answers += run
    if pairs < (MIN_PAIRS_DECLARED if title and _DECLARED.search(title) else MIN_PAIRS):
        return []
    first_question = min((p.start for p in body if _is_question(text[p.start: p.end])), default=len(text))
    person = interviewee(book, title) or _named_in_text(doc, book, title) \
        or _lede_interviewee(doc, book, first_question)
    out = []
    for par in answers:
        label = _LABEL.match(text[par.start: par.end]) or _NAME_LABEL.match(text[par.start: par.end])
        start = par.start + (label.end() if label else 0)
        inner = [r for r in regions if r.outer_start < par.end and par.start < r.outer_end]
        if inner and not _FIRST_PERSON.search(_outside(text, par, inner)):
            continue  # narration that quotes someone ("My teacher said '…'" is still the answerer's)
        who = _labelled(book, label.group(0)) if label else None
        speaker_of = who or person
        if speaker_of is None:
            continue  # answers of no one named would lower the share of quotes with a speaker; left out
        me = next((t for t in doc.char_span(start, par.end, alignment_mode="expand") or ()
                   if t.lower_ in ("i", "my", "me")), None)
        if me is not None:
            book.add_mention(speaker_of.id, me, "pronoun", "interview-answer", 0.6, "the interviewee answering")
        speaker = Speaker(speaker_of.id, speaker_of.name, None, "interview-answer", 0.6)
        out.append(Found(start, par.end, "direct", speaker, None, "direct-interview-answer", 0.6, par.index))
    return out


__all__ = ["MIN_PAIRS", "MIN_PAIRS_DECLARED", "interview_answers", "interviewee"]
