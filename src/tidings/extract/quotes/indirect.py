"""Indirect speech: "X said (that) …", "X told Y …", "X warned …", "according to X, …".

The reported clause is the clausal complement (``ccomp``) of a reporting verb, found in the
parse. It is kept only when it is a finite clause of its own (so "asked whether" and "vowed to
fight" are not reported statements), when the verb is not negated ("did not say that" reports
nothing) and when the clause is not already a quotation in marks. A participial tail the parser
hangs on the clause (", claiming …") belongs to the main clause and is cut off.
"""

from __future__ import annotations

from typing import Any, Sequence

from ...schema import Span
from ..common import claim_after_words, doc_text, token_span, word_class
from .attributions import attributed_clause
from .marks import QuoteRegion
from .reported_objects import reported_object
from .nouns import is_title
from .shape import TokenIndex
from .speakers import (INDIRECT_VERBS, ActorBook, Found, is_evaluative, is_negated, is_speech_verb, resolve_speaker,
                       speaking_body, subject_of)

_QUESTION_MARKS = frozenset({"whether", "if"})
_MIN_WORDS = 3
_CONTRAST = frozenset({"while", "whereas", "although", "though", "but"})


def _inside_any(tok: Any, regions: Sequence[QuoteRegion]) -> bool:
    return any(r.start <= tok.idx < r.end for r in regions)


def _clause_tokens(clause: Any, verb: Any | None = None) -> list[Any]:
    """The reported clause's tokens without its complementizer, edges and tails of other clauses.

    Cut off: a participial tail the parser hangs on the clause (", claiming …"), a contrast
    (", while X said …"), a second reported clause with a "that" of its own (it is a quote of its
    own, see :func:`reported_clauses`), and a subject-less conjunct that continues the reporting
    verb rather than the report ("said no one was hurt and announced sanctions").
    """
    doc = clause.doc
    right = clause.right_edge.i
    for c in clause.rights:
        if c.dep_ == "conj" and (_own_that(c) or _continues_reporting(c, clause, verb)):
            right = min(right, _before_coordinator(c))
            continue
        after_comma = c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in (",", ";", "\u2013", "\u2014")
        if not after_comma or c.dep_ not in ("advcl", "conj", "parataxis"):
            continue
        tail = doc[c.left_edge.i: c.right_edge.i + 1]
        if (c.dep_ == "advcl" and c.tag_ == "VBG") or any(m.dep_ == "mark" and m.lower_ in _CONTRAST for m in c.children) \
                or any(is_speech_verb(t) and any(k.dep_ == "nsubj" for k in t.children) for t in tail):
            right = min(right, c.left_edge.i - 2)  # ", claiming …", ", while X said …" belong to another clause
    toks = list(doc[clause.left_edge.i: right + 1])
    while toks and (toks[0].dep_ == "mark" and toks[0].head.i == clause.i or toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_punct and toks[-1].text not in ('"', "\u201d", "\u2019", "'") or toks[-1].is_space
                    or toks[-1].dep_ == "cc"):  # "said that X must move and warned …": the "and" joins the verbs
        toks.pop()
    return toks


def _relative(clause: Any) -> bool:
    """A relative clause taken for a complement ("commented on it — which the BBC noted as …"); a
    relative subject ("the law, which he said would allow …") still reports what was said."""
    return any(c.lower_ in ("which", "whom") and c.dep_ == "dobj" and c.i < clause.i for c in clause.children)


def _own_that(conj: Any) -> bool:
    """``… and that the protests were organised …``: a coordinated clause with its own "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children) and _is_finite_clause(conj)


def _continues_reporting(conj: Any, clause: Any, verb: Any | None) -> bool:
    """A subject-less conjunct that is the reporter's next act, not part of the report."""
    if verb is None or conj.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return False
    if is_speech_verb(conj):
        return True  # "said the army had left and announced a ceasefire"
    return conj.tag_ == verb.tag_ and clause.tag_ != verb.tag_ and not any(
        c.dep_ in ("aux", "auxpass") for c in conj.children)  # "said X had been freed and left for Y"


def _before_coordinator(conj: Any) -> int:
    """The index of the last token before a conjunct and its "and"/"but" and comma."""
    doc = conj.doc
    k = conj.left_edge.i - 1
    while k > 0 and (doc[k].dep_ == "cc" or doc[k].is_punct or doc[k].is_space):
        k -= 1
    return k


def reported_clauses(clause: Any) -> list[Any]:
    """A complement clause and each coordinated clause with a "that" of its own.

    "X said that he would not resign and that the protests were organised abroad" reports two
    statements; each becomes one indirect quote with the same speaker and cue, so a later stage
    can link an event to the one statement it comes from. Conjuncts without their own "that"
    stay in the first clause (whether the narrator or the speaker says them is not decidable).
    """
    out = [clause]
    for c in clause.rights:
        if c.dep_ == "conj" and _own_that(c):
            out.extend(reported_clauses(c))
    return out


_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _stranded_subject(clause: Any, verb: Any) -> Any | None:
    """The reporting verb's object that is really the subject of its complement clause: a report
    with no "that" ("Valley Radio reported three malls in X were damaged") parsed as "reported
    [three malls]obj [were damaged]". The clause is finite and has no subject or mark of its own,
    and only the object's phrases stand between them; a hearer ("told reporters the road was closed")
    is never the subject."""
    if verb.lemma_.lower() in word_class("quotes.hearer_verb") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return None
    finite = clause.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                                 for c in clause.children)
    if not finite:
        return None
    doc = clause.doc
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")
                 and c.i < clause.left_edge.i and not any(t.is_punct or t.pos_ in ("VERB", "AUX")
                                                          for t in doc[c.right_edge.i + 1: clause.left_edge.i])), None)


def _believer(verb: Any) -> Any | None:
    """The subject of a verb of belief (quotes.belief_verb), whose clause is what they believe."""
    if verb.lemma_.lower() not in word_class("quotes.belief_verb") or is_negated(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _stated_intent(verb: Any) -> list[Any] | None:
    """``Tesco stated its intention to leave the market``: a speech verb whose object is a noun of
    intention (quotes.intent_noun) with a "to" infinitive of its own reports what the subject means to
    do; the object phrase is the indirect quote. An intention with no infinitive ("announced its
    decision") or a verb that judges ("criticised his plan to …") reports no statement."""
    if is_evaluative(verb) or verb.lemma_.lower() in word_class("quotes.hearer_verb"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i
                and c.lemma_.lower() in word_class("quotes.intent_noun")), None)
    if obj is None or not any(c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB"
                              and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in obj.children):
        return None
    toks = list(verb.doc[obj.left_edge.i: obj.right_edge.i + 1])
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS else None


def _described_content(clause: Any) -> list[Any] | None:
    """``Znak claimed an anonymous source described a flat used as a depot``: a reported clause that
    is itself a report (a verb of describing) with a subject of its own and, as what was said, no clause but a phrase that
    describes a situation (an object with a participle or relative clause of its own): that phrase is
    the inner speaker's words, the outer verb only relays them."""
    if clause.lemma_.lower() not in word_class("quotes.describing_verb") or not is_speech_verb(clause) \
            or is_negated(clause) or not any(c.dep_ == "nsubj" for c in clause.children) or _has_complement(clause):
        return None  # "said the government denied his request to visit …": a stance, the outer speaker's words
    obj = next((c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i), None)
    if obj is None or not any(c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX") for c in obj.children):
        return None  # "described the plan as a disaster": a verdict on a thing, not a situation reported
    if obj.lemma_.lower() in word_class("quotes.document_noun") or any(c.dep_ == "dative" for c in clause.children):
        return None  # "said X had written him a letter thanking …": a document sent, the outer speaker's report
    toks = list(clause.doc[obj.left_edge.i: obj.right_edge.i + 1])
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    return toks if sum(t.is_alpha for t in toks) >= _MIN_WORDS else None


def _across_semicolon(clause: Any, verb: Any) -> bool:
    """A clause before its verb with a semicolon between: a sentence of its own ("The wind will rise;
    X said …"), never the verb's report."""
    return clause.i < verb.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i: verb.i])


def _inner_report(clause: Any) -> bool:
    """A reported clause that is itself a report: a speech verb with a subject of its own ("Y said")."""
    return is_speech_verb(clause, INDIRECT_VERBS) and not is_negated(clause) \
        and any(c.dep_ == "nsubj" for c in clause.children)


def _hung_on_channel(verb: Any) -> list[Any]:
    """``X said in a statement that it had killed …`` parsed with the that-clause as a modifier of
    "statement": a clause opened by "that", with a subject of its own and no gap a relative clause
    would leave (it has an object, a passive or a copula; "in a report that the agency published"
    has none), is what the verb reports."""
    channels = word_class("quotes.document_noun") | word_class("quotes.channel_noun")
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in channels):
            for clause in (g for g in noun.children if g.dep_ in ("acl", "relcl") and g.pos_ in ("VERB", "AUX")):
                kids = list(clause.children)
                if not any(k.dep_ == "mark" and k.lower_ == "that" and k.i == clause.left_edge.i for k in kids) \
                        or not any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ not in ("that", "which") for k in kids):
                    continue
                if any(k.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass") for k in kids) \
                        and not any(k.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in k.children)
                                    for k in kids) and _is_finite_clause(clause):
                    out.append(clause)
    return out


def _has_complement(verb: Any) -> bool:
    """The verb reports a finite clause of its own (which becomes a quote of its own)."""
    return any(c.dep_ == "ccomp" and _is_finite_clause(c) for c in verb.children)


def _is_finite_clause(clause: Any) -> bool:
    if any(c.dep_ == "mark" and c.lower_ in _QUESTION_MARKS for c in clause.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return False  # "urged them to leave": an infinitive reports no statement
    if clause.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "said wooden panels led to …": an active subject makes it a past tense the tagger misread
    if clause.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False  # a bare participle is no clause of its own
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) \
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for a in auxes for c in a.children)  # subject on "were"


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> float:
    """The share of ``[start, end)`` that lies inside the given spans."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return inside / max(1, end - start)


def _balanced(span: Span, regions: Sequence[QuoteRegion], text: str) -> Span:
    """Widen a clause span so that it never holds one quote mark of a pair without the other."""
    start, end = span.start, span.end
    for r in regions:
        if r.outer_start < end and start < r.outer_end and not (start <= r.outer_start and r.outer_end <= end):
            if start <= r.outer_start or r.outer_end <= end:
                start, end = min(start, r.outer_start), max(end, r.outer_end)
    return Span(start, end, text[start:end])


def _opens_with_direct(span: Span, regions: Sequence[QuoteRegion], direct: Sequence[tuple[int, int]]) -> bool:
    """The clause begins with a whole direct quote ('"I am happy", Caloundra coach X said' with "coach"
    parsed as the reported verb): the quote is the speech, the words after it its attribution."""
    return any(abs(r.outer_start - span.start) <= 1 and r.outer_end < span.end and (r.start, r.end) in direct
               for r in regions)


def indirect_quotes(doc: Any, index: TokenIndex, book: ActorBook, regions: Sequence[QuoteRegion],
                    direct: Sequence[tuple[int, int]], paragraph_of: Any = None) -> list[Found]:
    """Reported clauses of reporting verbs and of "according to X" as indirect quotes.

    ``direct`` are the spans of direct quotations (a clause mostly inside one is not indirect);
    ``paragraph_of(offset)`` gives the paragraph number recorded on each quote.
    """
    quoted = [(r.start, r.end) for r in regions]
    par = paragraph_of or (lambda offset: -1)
    out: list[Found] = []
    for sent in doc.sents:  # sentence by sentence: a speaker met first is an actor by the next
        for tok in sent:
            if not is_speech_verb(tok, INDIRECT_VERBS) or is_negated(tok) or _inside_any(tok, regions):
                continue
            stranded = {c.i: obj for c in tok.children if c.dep_ == "ccomp" and (obj := _stranded_subject(c, tok))}
            complements = [c for c in tok.children if c.dep_ == "ccomp" and not _relative(c)
                           and (_is_finite_clause(c) or c.i in stranded)] or _hung_on_channel(tok)
            relays = word_class("quotes.relaying_verb")
            relaying = [c for c in complements if _inner_report(c) and tok.lemma_.lower() in relays]
            # (a report of a report, "X reported Y said Z", stays two quotes: the coders code both)
            complements = [c for c in complements if not (c.lemma_.lower() in relays and c.i < tok.i
                                                          and _inner_report(c) and _has_complement(c))]
            closing = next((r for r in relaying if not _has_complement(r) and r.i > tok.i), None)
            if tok.dep_ == "ccomp" and tok.head.i > tok.i and _inner_report(tok.head) \
                    and tok.lemma_.lower() in word_class("quotes.relaying_verb"):
                closing = tok.head  # the same words parsed "Y said [X reported [Z]]"
            if closing is not None:  # "Z, X reported Y said": the fronted Z is Y's
                complements = [c for c in complements if c.i != closing.i]
            for clause in [part for c in complements for part in reported_clauses(c)]:
                if _inside_any(clause, regions) or _across_semicolon(clause, tok):
                    continue
                described = _described_content(clause)
                if described is not None:  # "X claimed a source described a depot …": the source's words
                    span = _balanced(token_span(described), regions, doc_text(doc))
                    subj, how = subject_of(clause)
                    speaker = resolve_speaker(subj, book, quoted) if subj is not None else None
                    if _covered(span.start, span.end, direct) <= 0.5:
                        out.append(Found(span.start, span.end, "indirect", speaker, token_span([clause]),
                                         f"indirect-inner-report/{how}", 0.6, par(span.start)))
                    continue
                toks = _clause_tokens(clause, tok)
                if clause.i in stranded:  # "X reported [three malls …] [were damaged]": the object opens the report
                    obj = stranded[clause.i]
                    toks = list(doc[obj.left_edge.i: clause.left_edge.i]) + toks  # with phrases hung on the verb
                subj, how = subject_of(tok)
                if claim_after_words(tok):
                    continue  # "X blamed Y, an accusation Z denied": the claim names the words; no one reports them
                if closing is not None and clause.i < tok.i:
                    subj, how = subject_of(closing)[0], "relayed-closing-attribution"
                if subj is not None and how == "closing-attribution" and clause.i < tok.i:
                    chain = min((c.left_edge.i for c in subj.head.children if c.dep_ == "appos" and c.i > subj.head.i),
                                default=subj.i) if subj.dep_ == "appos" else subj.i  # "…, the head of X, Ann Vale,"
                    comma = max((t.i for t in toks if t.text == "," and t.i < chain), default=subj.i)
                    toks = [t for t in toks if t.i < comma]  # "…, witnesses said": the speaker is not reported
                if sum(1 for t in toks if t.is_alpha) < _MIN_WORDS:
                    continue
                span = _balanced(token_span(toks), regions, doc_text(doc))
                if _covered(span.start, span.end, direct) > 0.5 or _opens_with_direct(span, regions, direct):
                    continue
                speaker = resolve_speaker(subj, book, quoted) if subj is not None else None
                cue = token_span([tok] + [c for c in tok.children if c.dep_ == "prt"])
                score = 0.75 if speaker is not None and speaker.actor else 0.55
                out.append(Found(span.start, span.end, "indirect", speaker, cue, f"indirect-complement/{how}", score,
                                 par(span.start)))
            intent = _stated_intent(tok)
            if intent is not None and not _inside_any(intent[0], regions):
                span = _balanced(token_span(intent), regions, doc_text(doc))
                subj, how = subject_of(tok)
                if _covered(span.start, span.end, direct) <= 0.5 and subj is not None:
                    speaker = resolve_speaker(subj, book, quoted)
                    out.append(Found(span.start, span.end, "indirect", speaker, token_span([tok]),
                                     f"indirect-stated-intent/{how}", 0.6, par(span.start)))
            report = attributed_clause(tok)
            how = "indirect-parenthetical" if report is not None else "indirect-reported-object"
            report = report or reported_object(tok)  # "the Herald reported a sharp rise in arrests"
            if report is not None and not _inside_any(report[0], regions):
                span = _balanced(token_span(report), regions, doc_text(doc))
                subj = subject_of(tok)[0]
                if _covered(span.start, span.end, direct) <= 0.5 and subj is not None:
                    speaker = resolve_speaker(subj, book, quoted)
                    cue = token_span([tok])
                    out.append(Found(span.start, span.end, "indirect", speaker, cue, how, 0.65, par(span.start)))
        acc = according_to(sent, quoted)
        if acc is None:
            continue
        cue, pobj, according = acc
        head = according.head
        if is_speech_verb(head, INDIRECT_VERBS) and _has_complement(head) and subject_of(head)[0] is not None:
            continue  # "X argued …, according to Y": X's claim is reported ("the update adds …" reports nothing)
        believer = _believer(head)
        if believer is not None:  # "According to Y, X believes Z": Z is X's belief, which Y reports
            for clause in (c for c in head.children if c.dep_ == "ccomp" and _is_finite_clause(c)):
                toks = _clause_tokens(clause, head)
                if sum(1 for t in toks if t.is_alpha) >= _MIN_WORDS and not _inside_any(clause, regions):
                    span = _balanced(token_span(toks), regions, doc_text(doc))
                    out.append(Found(span.start, span.end, "indirect", resolve_speaker(believer, book, quoted),
                                     token_span([head]), "indirect-according-to-belief", 0.6, par(span.start)))
            continue
        toks = [t for t in sent if not (according.left_edge.i <= t.i <= according.right_edge.i)]
        toks = [t for t in toks if head.left_edge.i <= t.i <= head.right_edge.i]
        if pobj.dep_ == "pcomp":  # the report's subject was hung on the name: the report is all after it
            toks = [t for t in sent if pobj.i < t.i <= head.right_edge.i]
        after = [t for t in toks if t.i > according.right_edge.i]
        subject_before = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i < according.i for t in head.children)
        if len(after) < len(toks) and sum(t.is_alpha for t in after) >= _MIN_WORDS and not subject_before \
                and sent.doc[according.right_edge.i + 1].text == ",":
            toks = after  # "On Sunday, according to X, a man …": the report is what X is the source of
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if sum(1 for t in toks if t.is_alpha) < _MIN_WORDS or _inside_any(head, regions):
            continue
        span = _balanced(token_span(toks), regions, doc_text(doc))
        if _covered(span.start, span.end, direct) > 0.5:
            continue
        speaker = resolve_speaker(according_source(pobj, book), book, quoted)
        out.append(Found(span.start, span.end, "indirect", speaker, cue, "indirect-according-to", 0.65,
                         par(span.start)))
    return out


def according_to(sent: Any, quoted: Sequence[tuple[int, int]]) -> tuple[Span, Any, Any] | None:
    """``according to X`` in a sentence: the cue span, X's head token, and the "according" token."""
    for tok in sent:
        if tok.lower_ != "according" or any(s <= tok.idx < e for s, e in quoted):
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:  # "According to Rathbun the property was …": the name read as a clause of its own
            pobj = next((c for c in to.children if c.dep_ == "pcomp" and c.text[:1].isupper()), None)
        if pobj is not None:
            return token_span([tok, to]), pobj, tok
    return None


def _body_before_titled_name(pobj: Any) -> Any | None:
    """``According to the Arts Citation Index Professor Ann Vale is …`` with the comma left out: the
    parser made one phrase of the source and the clause's titled subject; the body's name that ends
    before the title is the source (the last word the recogniser gave that entity), not the person after it."""
    doc = pobj.doc
    if pobj.pos_ != "PROPN" or pobj.ent_type_ != "PERSON":
        return None
    title = next((t for t in doc[pobj.left_edge.i + 1: pobj.i] if is_title(t)), None)
    if title is None:
        return None
    body = next((e for e in doc.ents if e.label_ == "ORG" and pobj.left_edge.i <= e.start and e.end <= title.i), None)
    return doc[body.end - 1] if body is not None else None


def according_source(pobj: Any, book: ActorBook) -> Any:
    """The source of "according to X and Y": X, but a body or person joined to a document ("according
    to witness accounts and the police": the police speak; the accounts are no one's words yet)."""
    body = _body_before_titled_name(pobj)
    if body is not None:
        return body
    if pobj.lemma_.lower() not in word_class("quotes.document_noun"):
        return pobj
    for c in pobj.children:
        if c.dep_ == "conj" and (book.at_token(c) is not None or c.pos_ == "PROPN"
                                 or c.pos_ == "NOUN" and speaking_body(c) is not None):
            return c
    return pobj


__all__ = ["according_source", "according_to", "indirect_quotes", "reported_clauses"]
