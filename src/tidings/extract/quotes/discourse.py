"""Speakers a direct quote takes from the sentence that introduces it, when it has no cue of its own.

Four conventions of news writing, after the quote's own clause, a bare ``Name: "…"`` and the
paragraph before have been tried:

* ``X opposed the plan: "…"``: a clause that ends in a colon right before the quote introduces
  it (also from the end of the paragraph before, for a quote that opens its paragraph), and its subject speaks (or its source, "According to X, …:"). A document subject ("X's statement read:") speaks for its author, as
  does a document object with its author ("issued the following statement from X:"; not "opposed X's
  statement:", where X is the target).
* ``X told of being forced to … . "In my first stint, I …"``: a quote in the first person that
  opens a sentence of its own, right after a sentence of the same paragraph whose subject is one
  person, is that person's (the paragraph is about them). A third-person quote, a sentence about
  a thing, or a second person named in between leaves the quote unattributed. Likewise a paragraph
  that is nothing but a first-person quote, after a paragraph with no quotes whose last sentence
  is about one person and reports no speech (``X, the opposition leader, was defiant.``).
* ``"It is over" — Sven Alder, the Harrow coach.``: a name after a dash signs the quote before it.
* ``The minister, Nadia Roux, criticised the sanctions.`` then a paragraph that is nothing but a
  quote: the speech act that ends the paragraph before introduces it, and its subject speaks.

All give only speakers that resolve to an actor: a wrong speaker is worse than none.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..common import word_class
from .indirect import according_to
from .marks import Paragraph, QuoteRegion
from .shape import TokenIndex
from .speakers import ActorBook, Speaker, is_speech_verb, resolve_speaker, subject_of

_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_TERMINATORS = frozenset({".", "!", "?"})


def _inside(tok: Any, quoted: Sequence[tuple[int, int]]) -> bool:
    return any(s <= tok.idx < e for s, e in quoted)


def colon_clause_speaker(region: QuoteRegion, index: TokenIndex, bound: int, book: ActorBook,
                         quoted: list[tuple[int, int]]) -> Speaker | None:
    """The speaker of ``<clause>: "…"``: the clause's subject, or the author of a document it names."""
    colon = index.before(region.open)
    # a colon may be glued to a closing bracket as one token: '"ideological" ((it)):'
    if colon is None or not (colon.is_punct and colon.text.endswith(":")) or colon.idx < bound:
        return None
    verb = colon.head
    while (verb.pos_ not in ("VERB", "AUX") or _inside(verb, quoted)) and verb.head.i != verb.i:
        verb = verb.head  # 'described the strike as "limited" in scope:': past the quoted words
    if _inside(verb, quoted):  # 'X disagreed: "They are …"' parsed with the clause hung on the quote's verb
        verb = next((t for t in colon.sent if t.i < colon.i and t.pos_ in ("VERB", "AUX") and not _inside(t, quoted)
                     and (t.head.i == t.i or _inside(t.head, quoted))), verb)
    sent = colon.sent
    if bound > sent.start_char and all(not (sent.start_char <= e <= bound) or verb.left_edge.idx <= s
                                       for s, e in quoted):
        bound = sent.start_char  # 'described the strike as "limited" in scope:': words quoted inside the clause
    if verb.pos_ not in ("VERB", "AUX") or verb.i > colon.i or _inside(verb, quoted) or verb.idx < bound:
        return None
    documents = word_class("quotes.document_noun")
    for c in verb.children:  # "issued the following statement from X:"
        if c.dep_ == "dobj" and c.i < colon.i and c.lemma_.lower() in documents \
                and any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in c.children):
            found = resolve_speaker(c, book, quoted)
            if found.actor is not None:
                return Speaker(found.actor, found.text, found.span, f"{found.rule}+colon-clause", 0.7)
    acc = according_to(colon.sent, quoted)
    if acc is not None and acc[2].head.i == verb.i and acc[2].idx >= bound:
        source = acc[1]  # "According to X, the manifesto could strengthen the case: "…"": X's words
    else:
        source, how = subject_of(verb)
        if source is None or how != "subject":
            return None
    if _inside(source, quoted) or source.idx < bound:
        return None
    found = resolve_speaker(source, book, quoted)
    if found.actor is None:
        return None
    return Speaker(found.actor, found.text, found.span, f"{found.rule}+colon-clause", 0.7)


def previous_subject_speaker(region: QuoteRegion, index: TokenIndex, bound: int, book: ActorBook,
                             quoted: list[tuple[int, int]]) -> Speaker | None:
    """The one person the sentence before a first-person quote is about, in the same paragraph."""
    words = [t for t in index.within(region.start, region.end) if t.is_alpha]
    if not any(t.lower_ in _FIRST_PERSON for t in words):
        return None
    prev = index.before(region.open)
    if prev is None or prev.idx < bound or prev.text not in _TERMINATORS:
        return None  # the quote must open a sentence of its own
    sent = prev.sent
    if _inside(sent.root, quoted):
        return None
    if sent.start_char < bound and any(is_speech_verb(t) for t in sent if not _inside(t, quoted)):
        return None  # '"We will win," Tom said, and Ann laughed.': a quote before, with its own speaker
    return _one_person_about(sent, book, quoted, "previous-sentence")


def introduced_by_paragraph(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph], book: ActorBook,
                            quoted: list[tuple[int, int]]) -> Speaker | None:
    """The one person the last sentence of the paragraph before is about, for a paragraph that is
    nothing but a first-person quote ("The opposition leader, X, was defiant." then ""We will …""),
    also one left open to go on in the next paragraph."""
    k = region.paragraph
    if k == 0 or region.open != pars[k].start or region.outer_end < pars[k].end - 1:
        return None  # (a quote left open is overruled by a cue a later paragraph of it has: fill_back_continued)
    if not any(t.lower_ in _FIRST_PERSON for t in index.within(region.start, region.end) if t.is_alpha):
        return None
    prev = pars[k - 1]
    if any(prev.start <= s < prev.end + 1 for s, _ in quoted):
        return None  # a paragraph with quotes of its own: their speakers are carried over elsewhere
    last = index.before(prev.end)
    if last is None or last.idx < prev.start or last.text not in _TERMINATORS:
        return None
    sent = last.sent
    if sent.start_char < prev.start or any(is_speech_verb(t) for t in sent):
        return None  # a speech act ending the paragraph is speech_paragraph_speaker's
    return _one_person_about(sent, book, quoted, "previous-paragraph")


# clauses hung on a sentence: a person named only in one is not what the sentence is about
_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})


def _one_person_about(sent: Any, book: ActorBook, quoted: list[tuple[int, int]], rule: str) -> Speaker | None:
    """The person subject of the sentence's main verb, when no other person is named in its main
    clause ("since he beat X", "who beat X": clauses hung on it name no rival)."""
    root = sent.root
    subj, how = subject_of(root) if root.pos_ in ("VERB", "AUX") else (None, "none")
    if subj is None or how != "subject" or _inside(subj, quoted):
        return None
    found = resolve_speaker(subj, book, quoted)
    if found.actor is None:
        return None
    actor = book.by_id(found.actor)
    if actor.kind != "person":
        return None
    hung = {t.i for c in sent if c.dep_ in _SUBORDINATE and c.head.i != c.i for t in c.subtree}
    others = {a.id for t in _outside_brackets(sent) if not _inside(t, quoted) and t.ent_type_ == "PERSON"
              and t.i not in hung and (a := book.at_token(t)) is not None and a.kind == "person"} - {actor.id}
    if others:
        return None  # two people in the main clause: the quote could be either's
    return Speaker(actor.id, found.text, found.span, f"{found.rule}+{rule}", 0.6)


def speech_paragraph_speaker(region: QuoteRegion, index: TokenIndex, pars: Sequence[Paragraph], book: ActorBook,
                             quoted: list[tuple[int, int]]) -> Speaker | None:
    """The speaker of a paragraph that is nothing but a quote, right after a paragraph ending in that
    speaker's speech act ("The minister, Nadia Roux, criticised the sanctions.\n"These measures …"")."""
    k = region.paragraph
    par = pars[k]
    if k == 0 or region.open != par.start or region.outer_end < par.end - 1:
        return None
    prev = pars[k - 1]
    if any(prev.start <= s < prev.end + 1 for s, _ in quoted):
        return None  # a paragraph with quotes of its own: their speakers are carried over elsewhere
    last = index.before(prev.end)
    if last is None or last.idx < prev.start:
        return None
    root = last.sent.root
    if root.sent.start_char < prev.start or not is_speech_verb(root) or any(c.dep_ == "neg" for c in root.children):
        return None
    subj, how = subject_of(root)
    if subj is None or how != "subject":
        return None
    found = resolve_speaker(subj, book, quoted)
    if found.actor is None:
        return None
    return Speaker(found.actor, found.text, found.span, f"{found.rule}+speech-paragraph", 0.6)


_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


def dash_attribution(region: QuoteRegion, index: TokenIndex, bound: int, book: ActorBook,
                     quoted: list[tuple[int, int]]) -> Speaker | None:
    """``"It is over" — Sven Alder, the Harrow coach``: a name after a dash that follows the quote,
    in a sentence with no verb of its own, signs the quote."""
    after = [t for t in index.within(region.outer_end, bound) if not t.is_space]
    if len(after) < 2 or after[0].text not in _DASHES:
        return None
    phrase = []
    for t in after[1:]:
        if t.text in _TERMINATORS or _inside(t, quoted):
            break
        phrase.append(t)
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    name = next((t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")
                 and (t.head.i == t.i or t.head.i not in {p.i for p in phrase if p.pos_ == "PROPN"})), None)
    if name is None or name.i != phrase[0].i + sum(1 for p in phrase[:4] if p.dep_ in ("compound", "flat")):
        return None  # the name opens the signature ("— Sven Alder, …"), not a place in a later phrase
    found = resolve_speaker(name, book, quoted)
    if found.actor is None:
        return None
    return Speaker(found.actor, found.text, found.span, f"{found.rule}+dash", 0.65)


def _outside_brackets(sent: Any) -> list[Any]:
    """The sentence's tokens that are not inside parentheses ("Jenn St-Onge (Nancy Drew, Jem)")."""
    out, depth = [], 0
    for t in sent:
        depth += t.text == "("
        if depth == 0:
            out.append(t)
        depth -= t.text == ")" and depth > 0
    return out


__all__ = ["colon_clause_speaker", "dash_attribution", "introduced_by_paragraph", "previous_subject_speaker", "speech_paragraph_speaker"]
