"""Auxiliary modes (negation, hypothetical, future, historical), contexts and intensity of an event.

The modes are read off the clause that carries the event: its auxiliaries and negators, the
conditional clauses attached to it, the frame verb around it ("plans to", "vowed to") and the
time expressions inside it, resolved against the article date. A "would" in the clause of a past
report with no condition ("said it would impose sanctions") is the future told in the past.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, Sequence

from ...ontology import cameo_intensity
from ...schema import TimeExpression
from ..common import is_infinitive, word_class
from .phrases import is_participant_like

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
# "can" states what someone is able or allowed to do ("the assembly can impeach a minister"), not an act
ABILITY_AUX = frozenset({"can", "ca"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"}) | ABILITY_AUX
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "whether"})
FUTURE_FRAMES = word_class("events.coding.modality.future_frames")
SCHEDULED_FRAMES = word_class("events.coding.modality.scheduled_frames")
FREQUENCY = word_class("events.coding.modality.frequency")
NEEDED_FRAMES = word_class("events.coding.modality.needed_frames") | word_class("events.coding.modality.enabling_frames")
REPORTING_VERBS = word_class("events.coding.modality.reporting_verbs")
HINDERING_VERBS = word_class("events.coding.constructions.hindering_verbs")
UNACCOMPLISHED = word_class("events.coding.modality.unaccomplished_frames")
_SEASONS = "spring|summer|autumn|fall|winter"


def _past_periods(last: str, ago: str) -> re.Pattern[str]:
    """"last/previous/past UNIT", "N UNITS ago" and "earlier this year/month" for the units given."""
    return re.compile(rf"\b(last|previous|past)\s+({last}|{_SEASONS})\b|\b\d+\s+({ago})\s+ago\b"
                      r"|\bearlier this (year|month)\b", re.I)


# a named past period ("last week", "two weeks ago", "last year"): :func:`past_period`
_PAST_REL = _past_periods("week|month|year", "days?|weeks?|months?|years?|decades?")
# those of them that lie more than about a month back (the guide: ``historical`` is more than 30 days
# before the article); "last week", "ten days ago" lie within it
_LONG_AGO = _past_periods("month|year", "months?|years?|decades?")
# clauses of their own: a time told in one dates its act, not the event whose clause holds it
# ("ordered the release of sailors detained last year", "expelled them, ending a dispute begun in 2021")
_OTHER_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis"})
HISTORICAL_DAYS = 30  # the guide: historical is more than 30 days before the article's date
# Verbs whose past-tense report backshifts what it reports ("said it had killed"): a past perfect under them is no history.
_REPORTING = word_class("events.coding.modality.reporting_verbs")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def chain(tok: Any) -> list[Any]:
    """The verb group of a clause: the token and the verbs it hangs from by xcomp/aux."""
    out = [tok]
    t = tok
    while t.dep_ in ("xcomp", "auxpass") and t.head != t:
        t = t.head
        out.append(t)
    return out


def aux_flags(tokens: Sequence[Any], *, noun: Any = None, article_date: dt.date | None = None,
              times: Iterable[TimeExpression] = (), clause: Any = None, future: bool = False,
              conditional: bool = False) -> tuple[str, ...]:
    """The auxiliary modes of an event whose verb group is ``tokens`` (and head noun ``noun``)."""
    flags: list[str] = []
    kids = [c for t in tokens for c in t.children]
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids):
        flags.append("negation")
    elif noun is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        flags.append("negation")
    elif any(c.dep_ == "dobj" and _denied(c) for c in kids):
        flags.append("negation")  # "conceded nothing", "sent no troops": nothing was done
    elif any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("no", "few") and d.dep_ in ("det", "amod")
                                                      for d in c.children) for c in kids):
        flags.append("negation")
    elif _on_what_was_not(tokens[0]):
        flags.append("negation")  # "did not issue any statement condemning X": no statement, no condemning
    elif hindered(tokens[0]) or not_yet(tokens[0]):
        flags.append("negation")  # "prevented protesters from storming X": no storming; "have yet to sign": not signed
    lemmas = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    conditional = conditional or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in kids)
    conditional = conditional or any(c.lower_ == "otherwise" for c in kids)
    conditional = conditional or _in_condition(tokens[0])
    if not conditional and lemmas & HYPOTHETICAL_AUX == {"would"} and reported_future(tokens):
        lemmas = lemmas - {"would"} | {"will"}  # "said it would impose sanctions": "will", told in the past
    if conditional or lemmas & HYPOTHETICAL_AUX or obliged(tokens):
        flags.append("hypothetical")
    going_to = any(t.lower_ == "going" for t in tokens[1:])
    # a future frame counts only above the event's verb ("agreed to send"); a frame's own embedded
    # verb ("failed to agree") is what happened (or did not), not a promise: PLOVER codes that
    # failure as a past REJECT
    framed = any(t.lemma_ in FUTURE_FRAMES and t in set(tokens[0].ancestors) for t in tokens[1:]) or (
        tokens[0].dep_ == "xcomp" and tokens[0].head.lemma_.lower() in FUTURE_FRAMES | SCHEDULED_FRAMES)  # "is expected to visit"
    if future or lemmas & FUTURE_AUX or going_to or framed or scheduled(tokens[0]) or imminent(tokens[0]):
        flags.append("future")
    if "future" not in flags and _is_historical(tokens, clause, article_date, times):
        flags.append("historical")
    return tuple(flags)


def obliged(tokens: Sequence[Any]) -> bool:
    """Whether a verb group tells what must be done, not what is done: "must" ("the authorities must
    arrest them", and "must have" a guess), or "has / have to" in the present ("the army has to
    withdraw"); "had to withdraw" tells what was done."""
    group = [u for t in tokens for u in chain(t)]  # "have to start arresting": the verbs it hangs from
    if any(c.dep_ == "aux" and c.lower_ == "must" for t in group for c in t.children):
        return True
    return any(t.dep_ == "xcomp" and t.head.lemma_ == "have" and t.head.tag_ in ("VBP", "VBZ", "VB")
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) for t in group)


def no_promise(verbs: Sequence[Any]) -> bool:
    """Whether a verb group is a modal perfect ("may have killed", "could have struck") or an
    obligation ("must arrest them", "has to withdraw": :func:`obliged`): no act promised, whatever
    its mood."""
    if obliged(verbs):
        return True
    for v in verbs:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxes) and any(a.lemma_ == "have" for a in auxes):
            return True
    return False


def reported_future(tokens: Sequence[Any]) -> bool:
    """Whether a verb group is the clause of a verb of saying in the past ("the EU said it would
    impose sanctions", "announced he would resign"; word class ``events.coding.modality.reporting_verbs``):
    its "would" is "will" told in the past, not a condition's modal."""
    top = tokens[-1]
    return top.dep_ == "ccomp" and top.head.tag_ == "VBD" and top.head.lemma_.lower() in REPORTING_VERBS


def scheduled(verb: Any) -> bool:
    """Whether a verb is an act scheduled with "be to" ("Varo is to visit Kestria", "the army was to
    withdraw"): bound by "to" to a form of "be" whose subject is someone. An aim, a plan or a job
    that "is to" do something says what it is for ("the aim of the talks is to reach a deal")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(s.dep_ in ("nsubj", "nsubjpass") and is_participant_like(s) for s in head.children)


def not_yet(verb: Any) -> bool:
    """Whether a verb is what someone "has yet to" or "is yet to" do ("the two sides have yet to sign
    a deal", "the deal is yet to be signed"): not done. "Has yet again attacked" is done."""
    head = verb.head
    return verb.dep_ == "xcomp" and is_infinitive(verb) and head.lemma_ in ("have", "be") \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" and c.i < verb.i for c in head.children)


IMMINENCE = word_class("events.coding.modality.imminence_nouns")


def imminent(verb: Any) -> bool:
    """Whether a gerund is what someone is on the verge of doing ("is on the verge of signing a deal",
    "on the brink of capturing the city"; word class ``events.coding.modality.imminence_nouns``):
    about to happen, not done."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    noun = verb.head.head
    return noun.lemma_.lower() in IMMINENCE and noun.dep_ == "pobj" and noun.head.lower_ == "on"


def _on_what_was_not(tok: Any) -> bool:
    """Whether a participle describes a thing said not to exist: a noun under "no" ("no statement
    condemning X"), or under "any" as the object of a denied verb ("did not issue any statement
    condemning X", "sent no troops supporting X"). A definite or bare noun is no such thing: "did not
    stop the protesters marching" says they marched."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBG", "VBN"):
        return False
    noun = tok.head
    dets = {d.lower_ for d in noun.children if d.dep_ == "det"}
    if "no" in dets:
        return True
    verb = noun.head
    return "any" in dets and noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in verb.children)


def hindered(tok: Any) -> bool:
    """Whether a gerund is what someone was kept from doing: "from" on a verb of hindering ("police
    prevented protesters from storming", "stopped the rebels from attacking", word class
    ``events.coding.constructions.hindering_verbs``). A hindering denied, only able or to come, or
    under a frame that does not say it worked ("failed to / tried to prevent X from attacking",
    ``events.coding.modality.unaccomplished_frames`` and the future frames) says nothing of the act."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "from":
        return False
    gov = tok.head.head
    gov = gov.head if gov.dep_ == "dobj" else gov  # "prevented [protesters from storming]"
    if gov.lemma_.lower() not in HINDERING_VERBS:
        return False
    for v in chain(gov):
        if v.lemma_.lower() in UNACCOMPLISHED | FUTURE_FRAMES or any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX) for c in v.children):
            return False
    return True


def _denied(obj: Any) -> bool:
    """Whether an object says nothing was acted on: "nothing", "none", or a noun under "no"."""
    return obj.lower_ in ("nothing", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)


def _governors(tokens: Sequence[Any]) -> list[Any]:
    """The verbs an infinitive of the verb group hangs from, up to three levels: "is needed to
    convict", "would prefer to negotiate" (an infinitival ``ccomp`` or ``advcl`` counts: the parser
    reads "is needed to convict" so). A hypothetical modal on such a governor ("would prefer to
    negotiate") is left to the frames: read here it turned the embedded act into a promise and
    lost a story's type on the stories check."""
    own = {t.i for t in tokens}
    out: list[Any] = []
    for t in tokens:
        for _ in range(3):
            infinitive = is_infinitive(t)
            if t.head.i == t.i or not (t.dep_ == "xcomp" or (t.dep_ in ("ccomp", "advcl") and infinitive)):
                break
            t = t.head
            if t.i not in own:
                out.append(t)
    return out


def only_able(tok: Any) -> bool:
    """Whether a verb trigger states only what its doer is able, allowed or needed to do ("the
    assembly can impeach a minister", "a majority is needed to convict", "the law allows police to
    detain"): "can" on the verb, or a verb of necessity or of granting a power governing its infinitive. Such a sentence describes a power or a rule, not
    an act (class of issue 11); "cannot" is a negation, read as such."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in tok.children):
        return True
    return any(g.lemma_.lower() in NEEDED_FRAMES for g in _governors([tok]))


def habitual(tok: Any) -> bool:
    """Whether a trigger tells a habit, no act: a verb in the present tense ("holds", "arrest") whose
    own words or object say it recurs ("holds regular meetings", "routinely arrest"; word class
    ``events.coding.modality.frequency``). "held a meeting on Monday" is an act."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    words = list(verb.children) + [m for o in verb.children if o.dep_ in ("dobj", "attr") for m in o.children]
    return any(w.lower_ in FREQUENCY for w in words if w.dep_ in ("advmod", "amod", "npadvmod"))


def heading_only(tok: Any) -> bool:
    """Whether a verb trigger heads a sentence with no finite verb and no subject, a heading or a
    slogan ("Returning Gondor to peace and security."): a programme is named, no act is told (class
    of issue 11)."""
    return tok is not None and tok.dep_ == "ROOT" and tok.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl") for c in tok.children)


CONDITION_MARKS = frozenset({"if", "unless", "whether"})  # the marks of a condition an act is made to hang on, or of a question ("would not say whether he supported it")


def is_condition(clause: Any) -> bool:
    """Whether a clause is an if/unless clause hanging from its verb ("… if the rebels enter")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children)


def _conditions(v: Any) -> list[Any]:
    return [c for c in v.children if is_condition(c)]


def condition_subjects(verbs: Iterable[Any]) -> list[Any]:
    """The subjects of the if/unless clauses hanging from ``verbs``: whose act an act is made
    conditional on ("will use force if the rebels enter the capital": the rebels). A passive
    condition ("if attacked") names no one."""
    return [s for v in verbs for c in _conditions(v) for s in c.children if s.dep_ == "nsubj"]


def in_condition_clause(tok: Any) -> bool:
    """Whether a verb is the act of an if/unless clause, or inside one ("unless Ostria agrees to
    withdraw"): a condition set, not an act told."""
    t = tok
    for _ in range(8):
        if is_condition(t):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
        t = t.head
    return False


def _in_condition(tok: Any) -> bool:
    """Whether a verb sits in an if/unless clause or under "possible" ("it is possible to agree")."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children):
            return True
        if t.lemma_ in ("possible", "likely", "able", "unlikely", "hope") or any(
                c.dep_ == "acomp" and c.lemma_ in ("possible", "likely", "unlikely") for c in t.children):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp", "auxpass", "aux"):
            return t.head.i != t.i and t.head.lemma_ in ("possible", "likely", "able", "unlikely")
        t = t.head
    return False


def past_period(text: str) -> bool:
    """Whether a clause's text names a year or a past period ("in 2018", "last year", "two weeks ago")."""
    return bool(_PAST_REL.search(text) or _YEAR.search(text))


def own_clause(head: Any) -> list[Any]:
    """The tokens of the clause ``head`` heads, without the clauses of their own below it: relative,
    participial, adverbial and complement clauses and coordinated verbs (a noun head keeps the
    clauses that describe it: "the talks held in 2016")."""
    out, todo = [], [head]
    while todo:
        t = todo.pop()
        out.append(t)
        for c in t.children:
            if t is head and head.pos_ in ("NOUN", "PROPN"):
                todo.append(c)
            elif c.dep_ in _OTHER_CLAUSES or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
                continue
            else:
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


_PAST_ERAS = re.compile(r"\b(%s)\b" % "|".join(re.escape(e) for e in sorted(word_class("events.coding.modality.past_eras"))))
_TIME_PREPOSITIONS = word_class("events.coding.modality.time_prepositions")


def _past_era(prep: Any) -> bool:
    """Whether a preposition of time names an era that ended long ago as when the act happened
    ("during World War Two", "in the Cold War": word class ``events.coding.modality.past_eras``)."""
    if prep.dep_ != "prep" or prep.lower_ not in _TIME_PREPOSITIONS:
        return False
    said = " ".join(t.lower_ for g in prep.children if g.dep_ == "pobj" for t in g.subtree)
    return bool(_PAST_ERAS.search(said))


def _is_historical(tokens: Sequence[Any], clause: Any, article_date: dt.date | None,
                   times: Iterable[TimeExpression]) -> bool:
    head = clause if clause is not None else tokens[-1]
    sub = own_clause(head)
    lo = min(t.idx for t in sub)
    hi = max(t.idx + len(t.text) for t in sub)
    text = " ".join(t.text for t in sub)
    own = {t.idx for t in sub}
    if _LONG_AGO.search(text) or any(_past_era(t) for t in sub if t.head.i == head.i):
        return True
    if article_date is not None:
        for m in _YEAR.finditer(text):
            if int(m.group(1)) < article_date.year:
                return True
        for te in times:
            if te.span.start >= lo and te.span.end <= hi and te.value and te.span.start in own:
                try:
                    year = int(te.value[:4])
                    month = int(te.value[5:7]) if len(te.value) >= 7 else 12
                    day = dt.date.fromisoformat(te.value[:10]) if len(te.value) >= 10 else None
                except ValueError:
                    continue
                if day is not None:  # a day: more than 30 days back ("ten days ago" is not)
                    if (article_date - day).days > HISTORICAL_DAYS:
                        return True
                elif (year, month) < (article_date.year, article_date.month) and year >= 1000:
                    if not (year == article_date.year and month == article_date.month - 1 and article_date.day < 8):
                        return True
    # past perfect in narration ("had agreed") is background; backshifted in a report of the past ("said
    # it had killed 12 militants") it is the reported act's recent past
    verb = tokens[0]
    reported = verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" and verb.head.lemma_.lower() in _REPORTING
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in verb.children) and verb.tag_ == "VBN" and not reported


def intensity(cameo: str, aux: Sequence[str]) -> float:
    """The Goldstein-like score of the event's CAMEO code, halved for what has not happened yet."""
    score = cameo_intensity(cameo)
    if "hypothetical" in aux or "future" in aux:
        score *= 0.5
    if "negation" in aux:
        score = 0.0
    return max(-10.0, min(10.0, score))


__all__ = ["aux_flags", "chain", "heading_only", "intensity", "only_able", "own_clause", "past_period"]
