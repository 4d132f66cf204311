"""Quotes with their speakers: direct, partial and indirect speech.

``run(doc, draft, resources)`` is the pipeline component. It reads the quote marks of the text
(:mod:`.marks`), decides which quoted regions are speech (:mod:`.shape`), finds each one's cue
verb and speaker (:mod:`.speakers`), adds reported clauses as indirect quotes (:mod:`.indirect`),
drops a partial quote that lies inside a reported clause of the same report (the annotation
guide: 'X said the plan was "a farce"' is one indirect quote, no separate partial), and returns
the draft with ``quotes`` and with ``actors`` extended by the pronouns that name a speaker ("…,"
he said) and by named speakers no earlier stage resolved.

Attribution of a direct quote, in order: a cue in the words right after the quote (``"…," X
said``; not one that opens the next quote; one that names no one yields to a cue before that does), a
cue in the words right before it (``X said: "…"``, ``according to X, "…"``, ``the decree read "…"``;
:mod:`.placement`), a bare ``X: "…"``, a clause ending in a colon, in the paragraph or ending the one
before (``X opposed the plan: "…"``; :mod:`.discourse`), the speaker of the quote before it when
only its attribution stands between, the speaker of a reported clause whose closing attribution
ends the sentence before, the speaker of the quote the paragraph continues (multi-paragraph
quotes) or of the previous paragraph's quote for a paragraph that is nothing but a new quote, the author of a document the sentence before introduces (:mod:`.medium`), the one
person the sentence before a first-person quote is about (in its paragraph, or ending the
paragraph before one that is nothing but the quote), and else no speaker. In an interview article
each answer paragraph is a quote of the interviewee (:mod:`.interview`).

A partial quote belongs to the subject of the nearest *speech* verb that governs it in the parse
(other verbs on the way are passed over: 'X warned that his army would respond "with full force"'
is X's; a speech verb with an everyday sense such as "respond" or "note" counts only when the quote
is its complement); ``called X "…"`` takes the calling verb; with no speech verb above it, quoted words of four or more hung from the main verb through nouns alone are the
words of its person subject ('X lauded Y's "ability to lead …"'), and others are a scare quote
with no speaker; a quote hung through clauses from the verb of a reported clause goes on with that
report. A headline quote falls back on the headline's one speech verb (:mod:`.context`), and a
pronoun speaker with no actor behind it takes the agreeing nominal speaker of the quote before it.
"X said that A and that B" gives one indirect quote per that-clause (:func:`.indirect.reported_clauses`).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, Iterable, Sequence

from ...registry import Resources
from ...schema import Actor, ArticleResult, Provenance, Quote, Span
from ..common import doc_text, headline_end, token_span, word_class
from .context import carry_pronoun_speakers, headline_cue
from .continuation import (fill_back_continued, inherited_speaker, joined_quote, only_attribution_between,
                           reported_just_before)
from .discourse import (colon_clause_speaker, dash_attribution, introduced_by_paragraph, previous_subject_speaker)
from .interview import interview_answers
from .indirect import according_to, indirect_quotes
from .marks import Paragraph, QuoteRegion, find_quote_regions, paragraphs, top_level
from .pronouns import pronoun_mentions
from .medium import introducing_speaker
from .shape import RegionShape, TokenIndex, shape_of
from .placement import (TERMINATORS, cue_after, cue_before, cue_before_paragraph, document_cue_before, document_reads,
                        hearer_verb, inside, inverted_name_after, own_clause_subject, recalled_thought, segment, words_of)
from .speakers import (COMPONENT, ActorBook, Found, Speaker, is_evaluative, is_speech_verb, is_weak_speech_verb,
                             resolve_speaker, subject_of)


def quote_at(quotes: Iterable[Quote], start: int, end: int) -> Quote | None:
    """The tightest quote whose span contains ``[start, end)`` (for linking events to quotes)."""
    best: Quote | None = None
    for q in quotes:
        if q.span.start <= start and end <= q.span.end:
            if best is None or (q.span.end - q.span.start) < (best.span.end - best.span.start):
                best = q
    return best


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Quotes with speakers; pronoun speakers and the narration's person pronouns become mentions."""
    book = ActorBook(list(draft.actors), known_place=resources.get("quotes_known_place", lambda: place_test(resources)))
    quotes = extract_quotes(doc, book, headline_end=headline_end(draft.article.text, draft.article.title),
                            title=draft.article.title)
    pronoun_mentions(doc, book)  # "Varo said she was pleased" (.pronouns)
    return dataclasses.replace(draft, quotes=tuple(quotes), actors=tuple(book.all()))


def place_test(resources: Resources) -> Callable[[str], bool]:
    """Whether a name is a place the knowledge base or the gazetteer knows (the actors stage's
    places); a name no one knows may be a body whose name the recogniser took for a place."""
    from ...kb import load_kb
    from ..actors.context import known_entry
    from ..actors.finder import _load_gazetteer

    return known_entry(resources.get("kb", load_kb), resources.get("gazetteer", _load_gazetteer))


def extract_quotes(doc: Any, book: ActorBook, headline_end: int = 0, title: str | None = None) -> list[Quote]:
    """All quotes of a parsed document, sorted by offset, with ids q1, q2, …"""
    text = doc_text(doc)
    index = TokenIndex(doc)
    pars = paragraphs(text)
    regions = find_quote_regions(text)
    outer = list(top_level(regions))
    quoted = [(r.start, r.end) for r in outer]
    shapes = [shape_of(region, index, pars[region.paragraph].start) for region in outer]
    direct_spans = [(r.start, r.end) for r, sh in zip(outer, shapes) if sh.shape == "direct"]
    indirect = indirect_quotes(doc, index, book, outer, direct_spans, lambda offset: _paragraph_at(pars, offset))
    found: list[Found] = []
    for k, (region, shape) in enumerate(zip(outer, shapes)):
        if shape.shape in ("title", "nickname"):
            continue
        par = pars[region.paragraph]
        prev_bound = outer[k - 1].outer_end if k and outer[k - 1].paragraph == region.paragraph else par.start
        next_bound = outer[k + 1].outer_start if k + 1 < len(outer) and outer[k + 1].paragraph == region.paragraph \
            else par.end
        item = _attribute(region, shape, index, book, quoted, found, pars, (prev_bound, next_bound), indirect)
        if region.start < headline_end and (item is None or item.speaker is None):
            item = _headline_quote(region, shape, index, book, quoted, headline_end)
        if item is None:
            continue  # scare quotes, and quotes in a headline with no one to say them
        found.append(item)
    # a paragraph is narration when it quotes someone with a cue; quoted words of the answer's own are not
    narrated = [f.region for f in found if f.region is not None and f.kind == "direct" and f.cue is not None]
    answers = interview_answers(doc, pars, narrated, book, title, skip=headline_end)
    inside_answer = [f for f in indirect if any(a.start <= f.start and f.end <= a.end for a in answers)]
    found = fill_back_continued(found) + [f for f in indirect if f not in inside_answer] + answers
    found = [f for f in found if not _within_same_report(f, indirect)]
    found.sort(key=lambda f: (f.start, -f.end))
    found = carry_pronoun_speakers(found, doc)
    return [_to_quote(f, i + 1, text) for i, f in enumerate(found)]


def _within_same_report(f: Found, indirect: Sequence[Found]) -> bool:
    """A quoted phrase inside a reported clause of the same report ('X said the plan was "a farce"'):
    one utterance, which the reported clause already gives (the annotation guide's one indirect quote)."""
    return f.kind == "partial" and any(r.start <= f.start and f.end <= r.end and _same_report(f, r) for r in indirect)


def _same_report(f: Found, r: Found) -> bool:
    """Both quotes hang on one speech verb, or name one speaker: the same actor or the same mention."""
    if f.cue is not None and f.cue == r.cue:
        return True
    a, b = f.speaker, r.speaker
    return a is not None and b is not None and (a.actor is not None and a.actor == b.actor
                                                or a.span is not None and a.span == b.span)


def _attribute(region: QuoteRegion, shape: RegionShape, index: TokenIndex, book: ActorBook,
               quoted: list[tuple[int, int]], found: list[Found], pars: Sequence[Paragraph],
               bounds: tuple[int, int], indirect: Sequence[Found] = ()) -> Found | None:
    def make(kind: str, speaker: Speaker | None, cue: Span | None, rule: str, score: float) -> Found:
        return Found(region.start, region.end, kind, speaker, cue, rule, score, region.paragraph, region)

    focus = _in_focus(region, [*found, *indirect], book)
    if shape.shape == "direct":
        places = [("after", cue_after(region, shape, index, bounds[1])),
                  ("before", cue_before(region, index, bounds[0])),
                  ("before", cue_before_paragraph(region, index, pars))]
        if _closed_by_full_stop(region, index) and places[1][1] is not None:
            places = places[1:]  # 'X said: "… shot." Amnesty has called for …': the next sentence is no attribution
        for where, cue_tok in places:
            if cue_tok is None:
                continue
            speaker, cue = _speaker_of_cue(cue_tok, book, quoted, focus)
            if where == "after" and (inverted := inverted_name_after(region, index, bounds[1])) and (
                    speaker is None or speaker.span is not None and inverted[1].idx >= speaker.span.end
                    and "," in doc_text(index.doc)[speaker.span.end:inverted[1].idx]):
                # '"…," said analyst X commenting on …'; '"…," promised the builder, Ivo Marsh': the name
                speaker = resolve_speaker(inverted[1], book, quoted)
            if where == "after" and (speaker is None or speaker.actor is None) and places[1][1] is not None:
                # 'She went on to add "…," referring to caves, and that the evidence suggests …': a cue
                # after that names no one yields to the cue before that names someone
                before, before_cue = _speaker_of_cue(places[1][1], book, quoted, focus)
                if before is not None and before.actor is not None:
                    return make("direct", before, before_cue, "direct-cue-before", 0.9)
            return make("direct", speaker, cue, f"direct-cue-{where}", 0.9 if speaker and speaker.actor else 0.7)
        worded = words_of(region, index, bounds[0])
        if worded is not None:  # 'in the words of the prosecutor, X, "…"'
            return make("direct", resolve_speaker(worded, book, quoted), None, "direct-words-of", 0.7)
        inverted = inverted_name_after(region, index, bounds[1])
        if inverted is not None:  # '"…" tweeted Mayor of X Ann Vale', the verb misparsed or one of manner
            speaker = resolve_speaker(inverted[1], book, quoted)
            return make("direct", speaker, token_span([inverted[0]]), "direct-inverted-name", 0.7)
        reads = document_cue_before(region, index, bounds[0])
        if reads is not None:  # "The council's statement read: '…'" with "read" parsed as a noun
            speaker = resolve_speaker(reads[1], book, quoted)
            return make("direct", speaker, token_span([reads[0]]), "direct-document-reads", 0.7)
        signed = dash_attribution(region, index, bounds[1], book, quoted)
        if signed is not None:
            return make("direct", signed, None, "direct-dash", 0.65)
        colon = _colon_speaker(region, index, bounds[0], book, quoted)
        if colon is None or colon.actor is None:  # '… as "defensive" in nature: "…"': no one named "nature"
            colon = colon_clause_speaker(region, index, bounds[0], book, quoted) or colon
        if colon is None and region.paragraph > 0 and region.open == pars[region.paragraph].start:
            # 'X has called the ruling "dangerous":' ending the paragraph before, the quote opening this one
            colon = colon_clause_speaker(region, index, pars[region.paragraph - 1].start, book, quoted)
        if colon is not None:
            return make("direct", colon, None, "direct-colon", 0.75 if colon.rule.endswith("+colon") else 0.7)
        same = [f for f in found if f.paragraph == region.paragraph and f.kind != "indirect" and f.region is not None]
        if same and same[-1].speaker is not None and only_attribution_between(same[-1], region, index, book):
            return make("direct", same[-1].speaker, same[-1].cue, "direct-same-paragraph", 0.7)
        reported = reported_just_before(region, indirect, doc_text(index.doc))
        if reported is not None:  # '…, Medvedev said. "The market …"'
            return make("direct", reported.speaker, reported.cue, "direct-after-reported", 0.65)
        inherited = inherited_speaker(region, found, pars, doc_text(index.doc), indirect, index, book)
        if inherited is not None:
            prev, rule = inherited
            return make("direct", prev.speaker, prev.cue, rule, 0.75 if rule == "direct-continued-paragraph" else 0.65)
        introduced = introducing_speaker(region, index, pars, book, quoted)
        if introduced is not None:
            return make("direct", introduced, None, "direct-speech-paragraph", 0.6)
        previous = previous_subject_speaker(region, index, bounds[0], book, quoted)
        if previous is not None:
            return make("direct", previous, None, "direct-previous-sentence", 0.6)
        introduced = introduced_by_paragraph(region, index, pars, book, quoted)
        if introduced is not None:
            return make("direct", introduced, None, "direct-previous-paragraph", 0.55)
    after = index.after(region.outer_end)
    closes = shape.ends_sentence or after is None or after.idx >= bounds[1] or after.text in TERMINATORS
    if shape.shape == "partial" and shape.has_verb and shape.words >= 4 and closes:
        before = index.before(region.open)
        if before is not None and before.idx >= bounds[0]:
            cue_tok = before if is_speech_verb(before) or document_reads(before) else \
                recalled_thought(before) or hearer_verb(before)  # 'told host Jo Marsh "if you …"'
            if cue_tok is not None:
                speaker, cue = _speaker_of_cue(cue_tok, book, quoted, focus)
                return make("direct", speaker, cue, "direct-cue-before", 0.8 if speaker and speaker.actor else 0.6)
    reads = document_cue_before(region, index, bounds[0]) if shape.shape == "partial" else None
    if reads is not None:  # 'the council letter reads "we may close …", but …'
        speaker = resolve_speaker(reads[1], book, quoted)
        return make("partial", speaker, token_span([reads[0]]), "partial-document-reads", 0.7)
    claim = _owned_claim(shape.tokens, region) if shape.shape in ("partial", "direct") else None
    if claim is not None:  # 'denied X's claim that she had "misled parliament"': X's words
        noun, owner = claim
        kind = "direct" if shape.shape == "direct" else "partial"
        return make(kind, resolve_speaker(owner, book, quoted), token_span([noun]), f"{kind}-claim-owner", 0.6)
    cue_tok = _calling_cue(region, index) if shape.shape == "partial" else None
    cue_tok = cue_tok or _governing_cue(shape.tokens, region)
    if cue_tok is not None:
        speaker, cue = _speaker_of_cue(cue_tok, book, quoted, focus)
        kind = "direct" if shape.shape == "direct" else "partial"
        return make(kind, speaker, cue, f"{kind}-governing-verb", 0.8 if speaker and speaker.actor else 0.6)
    reporter = _reported_by(shape.tokens, region, indirect)
    if reporter is not None:  # 'They concluded that the pact is "void" and "infringes on …"': their report goes on
        kind = "direct" if shape.shape == "direct" or (shape.has_verb and shape.words >= 4) else "partial"
        return make(kind, reporter.speaker, reporter.cue, f"{kind}-in-report", 0.65)
    if shape.tokens:
        acc = according_to(shape.tokens[0].sent, quoted)
        if acc is not None:
            speaker = resolve_speaker(acc[1], book, quoted)  # (cue span, X, "according")
            kind = "direct" if shape.shape == "direct" else "partial"
            return make(kind, speaker, acc[0], f"{kind}-according-to", 0.7)
    joined = joined_quote(region, found, index)
    if joined is not None:  # 'X said he was "humbled" by the results and "…"': the same speech goes on
        kind = "direct" if shape.shape == "direct" or (shape.has_verb and shape.words >= 4) else "partial"
        return make(kind, joined.speaker, joined.cue, f"{kind}-joined-by-and", 0.65)
    if shape.shape == "partial" and shape.words >= 4 and shape.tokens:
        subject = _person_subject(shape.tokens[0], region, book, quoted)
        if subject is not None:  # 'Ann Vale lauded Baker's "ability to lead the men around him"'
            kind = "direct" if shape.has_verb else "partial"
            return make(kind, subject, None, f"{kind}-sentence-subject", 0.55)
    if shape.shape == "direct" or (shape.has_verb and shape.words >= 4):
        return make("direct", None, None, "direct-unattributed", 0.5)
    return None  # a scare quote: no speaker, no sentence


def _reported_by(tokens: Sequence[Any], region: QuoteRegion, indirect: Sequence[Found]) -> Found | None:
    """The indirect quote whose reporting verb governs the quoted words through clauses alone
    ("concluded that the pact is … and "infringes on …"": the conjoined verb of the reported clause),
    when that report has a speaker who is an actor; the quote goes on with the same report."""
    if not tokens:
        return None
    cues = {f.cue.start: f for f in indirect if f.cue is not None and f.speaker is not None and f.speaker.actor}
    node = next((t for t in tokens if t.head.i == t.i or not inside(t.head, region)), tokens[0])
    while node.head.i != node.i and node.dep_ in ("conj", "ccomp", "cc", "advcl", "xcomp"):
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.idx in cues:
            return cues[node.idx]
    return None


def _person_subject(first: Any, region: QuoteRegion, book: ActorBook, quoted: list[tuple[int, int]]) -> Speaker | None:
    """The one person the sentence holding a partial quote is about: the subject of the main verb,
    when the quote hangs from that verb through nouns and prepositions alone (no verb of its own
    between: "carrying "a box of …"" is a thing carried, "with which X credits Y as …" X's words),
    and the subject, outside the quote, stands for a person actor."""
    root = first.sent.root
    node = first
    while node.head.i != node.i:
        node = node.head
        if node.i != root.i and node.pos_ in ("VERB", "AUX") and not inside(node, region):
            return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.pos_ in ("VERB", "AUX") else None
    if subj is None or region.outer_start <= subj.idx < region.outer_end:
        return None
    known = book.at_token(subj)
    if not (subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN"
            or known is not None and known.kind == "person"):
        return None  # resolve no other subject: a common noun would become an actor of its own
    # (a proper noun, "Khosla" the tagger left untagged, may name a person of the article: kept if so)
    speaker = resolve_speaker(subj, book, quoted)
    actor = book.by_id(speaker.actor) if speaker.actor is not None else None
    return speaker if actor is not None and actor.kind == "person" else None


def _closed_by_full_stop(region: QuoteRegion, index: TokenIndex) -> bool:
    """The quoted words end with their own full stop (not "?" or "!", which '"Why?" Ann asked' follows)."""
    return doc_text(index.doc)[region.end - 1: region.end] == "."


def _headline_quote(region: QuoteRegion, shape: RegionShape, index: TokenIndex, book: ActorBook,
                    quoted: list[tuple[int, int]], headline_end: int) -> Found | None:
    """A headline quote said by the subject of the headline's one speech verb, or nothing."""
    cue_tok = headline_cue(index, headline_end, quoted)
    if cue_tok is None:
        return None
    speaker, cue = _speaker_of_cue(cue_tok, book, quoted)
    if speaker is None:
        return None
    kind = "direct" if shape.shape == "direct" else "partial"
    return Found(region.start, region.end, kind, speaker, cue, f"{kind}-headline-verb", 0.65, region.paragraph, region)


def _paragraph_at(pars: Sequence[Paragraph], offset: int) -> int:
    return next((p.index for p in pars if p.start <= offset <= p.end), -1)


def _in_focus(region: QuoteRegion, found: Sequence[Found], book: ActorBook) -> Actor | None:
    """The speaker in focus: the actor who said the last quote (direct or reported) before this one,
    in this paragraph or the one before."""
    before = sorted((f for f in found if f.end <= region.start and region.paragraph - 1 <= f.paragraph
                     and f.speaker is not None and f.speaker.actor is not None), key=lambda f: f.end)
    return book.by_id(before[-1].speaker.actor) if before else None  # type: ignore[union-attr]


def _speaker_of_cue(cue_tok: Any, book: ActorBook, quoted: list[tuple[int, int]],
                    focus: Actor | None = None) -> tuple[Speaker | None, Span]:
    """The speaker of a cue token (a reporting verb, or "according" of "according to X"); ``focus``
    is the speaker in focus, whom a continuing pronoun cue keeps ("…," he added)."""
    if cue_tok.lower_ == "according":
        to = next((c for c in cue_tok.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        cue = token_span([cue_tok, to]) if to is not None else token_span([cue_tok])
        return (resolve_speaker(pobj, book, quoted) if pobj is not None else None), cue
    subj, how = subject_of(cue_tok)
    cue = token_span([cue_tok] + [c for c in cue_tok.children if c.dep_ == "prt"])
    if subj is not None and any(s <= subj.idx < e for s, e in quoted):
        subj = _between_quote_and_cue(cue_tok, quoted)  # the parser took a word of the quote for the subject
    elif subj is None and any(cue_tok.sent.start_char <= e <= cue_tok.idx for _, e in quoted):
        subj = _between_quote_and_cue(cue_tok, quoted)  # '"…", Caloundra coach Geoff Ingram said' misparsed
    if subj is None:
        return None, cue
    speaker = resolve_speaker(subj, book, quoted, focus)
    if how != "subject":
        speaker = dataclasses.replace(speaker, rule=f"{speaker.rule}+{how}", score=speaker.score * 0.9)
    return speaker, cue


def _between_quote_and_cue(cue_tok: Any, quoted: list[tuple[int, int]]) -> Any | None:
    """``"…," the man standing in line said``: the noun phrase between the closing mark and the cue."""
    ends = [e for s, e in quoted if e <= cue_tok.idx]
    if not ends:
        return None
    after = max(ends)
    span = [t for t in cue_tok.sent if after < t.idx < cue_tok.idx and not t.is_punct]
    if span and span[-1].i == cue_tok.i - 1 and span[-1].pos_ == "PROPN" and span[-1].ent_type_ == "PERSON" \
            and not any(t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ") and t.text.islower() for t in span):
        return span[-1]  # '"…", Caloundra coach Geoff Ingram said' with "coach" parsed as a verb: the name
    if not span or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod") for t in span):
        return None
    heads = [t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i not in {s.i for s in span}]
    return heads[0] if heads else next((t for t in span if t.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _colon_speaker(region: QuoteRegion, index: TokenIndex, bound: int, book: ActorBook,
                   quoted: list[tuple[int, int]]) -> Speaker | None:
    """``Minister: "We will not back down"``: a bare name before a colon (headline style)."""
    toks = segment(index, bound, region.open)
    if len(toks) < 2 or toks[-1].text != ":":
        return None
    start = max((k + 1 for k, t in enumerate(toks) if t.text in TERMINATORS), default=0)
    phrase = toks[start:-1]
    while phrase and phrase[0].is_punct:
        phrase = phrase[1:]  # ":Secretary X:" (a transcript line)
    if not phrase or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    if len(phrase) > 6:  # a long title before the name: "Secretary of the Air Force Ivo Marsh:"
        last = phrase[-1]
        known = book.at_token(last)
        if len(phrase) > 16 or last.pos_ != "PROPN" or not (
                last.ent_type_ == "PERSON" or known is not None and known.kind == "person"):
            return None
        phrase = [last]
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
    if not nouns:
        return None
    head = next((t for t in nouns if t.head.i == t.i or not any(t.head.i == p.i for p in phrase)), nouns[-1])
    speaker = resolve_speaker(head, book, quoted)
    return dataclasses.replace(speaker, rule=f"{speaker.rule}+colon")


# how a quote can hang from a context-dependent speech verb and still be what it reports
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis", "acomp"})
# verbs that name their object with the quoted words: called the deal "a betrayal"
_CALLING_VERBS = frozenset("call brand label dub term".split())
# verbs that name a thing "as" the quoted words: "which Ross has referred to as 'a stunt'"
_NAMING_VERBS = _CALLING_VERBS | word_class("quotes.naming_verb")


def _governing_cue(tokens: Sequence[Any], region: QuoteRegion) -> Any | None:
    """The nearest speech verb above the quoted words in the parse (for partial quotes).

    Any verb on the way up is passed over unless it is a speech verb: in 'X warned that his army
    would respond "with full force"' the words are X's, reported through "warned". A speech verb
    with a non-speech sense ("respond", "note", "signal") counts only when the quote lies in its
    complement, and none counts for quoted words in its own subject (the "experts" said …).
    """
    roots = [t for t in tokens if not inside(t.head, region) or t.head.i == t.i]
    for root in roots:
        node = root
        for _ in range(12):
            if node.head.i == node.i:
                break
            child, node = node, node.head
            if child.dep_ == "relcl" and own_clause_subject(child) and child.lemma_.lower() in _NAMING_VERBS \
                    and any(c.lower_ == "as" for c in child.children):
                return child  # 'the decision, which Ross has referred to as "a stunt"': Ross named it
            if inside(node, region) or not is_speech_verb(node):
                continue
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                continue  # quoted words in the speaker's own name or subject are no part of the speech
            if is_evaluative(node) and child is root and child.dep_ in ("dobj", "dative"):
                return None  # "dismissed the 'peace plan'": the quoted words are the target, not the verdict
            if is_weak_speech_verb(node) and child.dep_ not in _COMPLEMENT_DEPS and not _right_before(node, region):
                continue  # "would respond 'with full force'": not a speech act here
            return node
    return None


def _owned_claim(tokens: Sequence[Any], region: QuoteRegion) -> tuple[Any, Any] | None:
    """(noun, its owner) when the quoted words lie in the content of a claim or document noun
    (quotes.claim_noun, quotes.document_noun: its "that" clause or participle) whose owner is named,
    below any speech verb: "denied X's claim that …", "an order by X directing units to …"."""
    nouns = word_class("quotes.claim_noun") | word_class("quotes.document_noun")
    for root in (t for t in tokens if not inside(t.head, region) or t.head.i == t.i):
        node = root
        for _ in range(12):
            if node.head.i == node.i:
                break
            child, node = node, node.head
            if inside(node, region):
                continue
            if node.pos_ in ("VERB", "AUX") and is_speech_verb(node):
                break  # a speech verb governs the words first
            if node.pos_ == "NOUN" and node.lemma_.lower() in nouns and child.dep_ in ("acl", "ccomp") \
                    and child.i > node.i:
                owner = next((c for c in node.children if c.dep_ == "poss"), None) or next(
                    (g for c in node.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                     for g in c.children if g.dep_ == "pobj"), None)
                return (node, owner) if owner is not None else None
    return None


def _right_before(verb: Any, region: QuoteRegion) -> bool:
    """The verb (or the verb and "that") stands right before the opening mark: 'noted that "…"'."""
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) and doc[k].lower_ == "that":
        k += 1
    if k + 1 < len(doc) and doc[k + 1].pos_ == "ADP":
        return False  # 'respond "with full force"': a manner phrase, not what was said
    return k < len(doc) and doc[k].idx == region.open


def _calling_cue(region: QuoteRegion, index: TokenIndex) -> Any | None:
    """``called X "…"``: the quote names the object of a calling verb that ends right before it.

    The parser often hangs the quoted words anywhere but under the verb; the object phrase that
    ends at the opening mark is a surer sign.
    """
    prev = index.before(region.open)
    if prev is None or prev.is_punct:
        return None
    for node in [prev] + list(prev.ancestors)[:3]:
        if node.dep_ in ("dobj", "oprd", "dative") and node.right_edge.i == prev.i \
                and node.head.lemma_.lower() in _CALLING_VERBS and node.head.pos_ == "VERB":
            return node.head
    return None


def _to_quote(f: Found, n: int, text: str) -> Quote:
    sp = f.speaker
    reason = f"speaker by {sp.rule}" if sp is not None else "no speaker named"
    return Quote(
        id=f"q{n}", text=text[f.start:f.end], kind=f.kind,  # type: ignore[arg-type]
        span=span_of_text(text, f.start, f.end),
        speaker=sp.actor if sp else None, speaker_text=sp.text if sp else None, speaker_span=sp.span if sp else None,
        cue=f.cue.text if f.cue else None, cue_span=f.cue,
        provenance=Provenance(COMPONENT, f.rule, round(f.score, 3), reason),
    )


def span_of_text(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


__all__ = ["extract_quotes", "headline_end", "quote_at", "run"]
