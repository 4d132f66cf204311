"""Repairs of parses the English pipeline gets wrong in a known, checkable way.

**A verb read as a modifier in a sentence with no verb.** "A top U.N. official accused rebels of
breaching the truce": the tagger reads "official" as an adjective and "accused" as a participle,
and the parser makes the whole sentence one noun phrase, "official accused rebels", rooted in
"rebels". Every stage then sees no clause: the actors stage takes the phrase for one actor and
the events stage finds no accusation. The sentence has no verb at all, so the participle set
between a noun phrase and its root noun is its verb: :func:`verb_read_as_modifier` finds the
three tokens and :func:`repair_verbless` rebuilds the clause (subject, verb, object) on the parse.

The repair needs all of: the noun phrase is the sentence or what a reporting verb reports
("..., officials said"), with no finite verb of its own (a clause inside one of its phrases,
"in what has long been seen as ...", does not count); a past-tense or participle verb form hangs
as a modifier of its head noun, right after a noun or adjective that a determiner or a name
opens ("A top U.N. official", "The first"); the head noun comes after it. It reads the tagger's
tags only (it runs right after the parser, before parts of speech and names are set).
A participle at the sentence's start ("Wounded soldiers ..."), after an adverb ("a badly damaged
building"), a number ("two injured people") or a hyphen ("U.S.-backed forces") is left alone, and
so is every sentence the parser gave a verb ("Accused rebels were freed").

**A verb read as a reduced relative in a sentence with no verb.** "Gunmen on a motorcycle fired at
the journalist": the parser roots the sentence in "Gunmen" and hangs "fired" as a participle
modifying "motorcycle", so the shooting had no doer. When the sentence's root is a noun, no word
outside the participle's own clauses has a tense, and a regular past form ("-ed", or one the
tagger calls a past tense) hangs as a modifier right after the last noun of one of the root's own
phrases, that form is the sentence's verb and the root its subject (:func:`verb_read_as_relative`,
rebuilt by :func:`repair_relatives`). An irregular participle ("Soldiers on a bus taken to
hospital") and a modifier in a sentence with a verb are left alone.

**An infinitive read as a noun.** "urged the government to fast-track the screening": the tagger
reads the hyphenated verb's last part ("track") as a noun, though the parser hangs it as the
infinitive it is (an open complement with the marker "to"), so the appeal had no act asked for
and was lost. Such a token is given the verb's tag (:func:`infinitive_read_as_noun`).

**A tense joined to an infinitive.** "denounced a government plan to deport immigrants and called
on authorities to back down": the parser joins "called" to "deport", so the call was the plan's
and the government's. A past or present tense cannot be coordinated with an infinitive: it joins
the nearest finite verb above (:func:`finite_verb_under_infinitive`).

**A subject hung on an auxiliary set apart from its verb.** "The government has, for the first
time, prohibited journalists from ...": with a phrase set off by commas between the auxiliary and
its verb, the parser hangs the subject on "has", and the verb, with no subject, has no doer. A
subject of an auxiliary whose verb has no subject of its own is the verb's
(:func:`subject_on_auxiliary`, moved by :func:`repair_auxiliary_subjects`).

**A subject swallowed by a time phrase.** "On Tuesday rebels opened fire": with no comma after the
day the parser reads "Tuesday rebels" as one noun phrase, the object of "On", and the verb has no
subject. A finite verb with no subject, whose preposition before it holds a noun led by a date or
a time, has that noun for its subject, and the date is the preposition's object
(:func:`subject_in_time_phrase`). It reads the named-entity tagger's DATE and TIME, so it runs
after the tagger (:func:`repair_time_subjects`).
"""

from __future__ import annotations

from typing import Any

_PAST_FORMS = frozenset({"VBD", "VBN"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_SUBJECT_TAGS = _NOUNS | {"JJ"}
_OPENERS = frozenset({"DT", "NNP", "NNPS"})
# where the mistaken noun phrase stands: the sentence itself, or what a reporting verb reports
# ("A top U.N. peacekeeper accused rebels ..., officials said")
_PHRASE_DEPS = frozenset({"ROOT", "ccomp"})


def verb_read_as_modifier(sent: Any) -> tuple[Any, Any, Any] | None:
    """(subject head, verb, object) of a clause parsed as one noun phrase around its verb, or None.
    Reads the tagger's tags only: it runs right after the parser, before parts of speech and names."""
    for root in sent:
        if root.tag_ not in _NOUNS or root.dep_ not in _PHRASE_DEPS:
            continue
        phrase = list(root.subtree)
        for v in root.lefts:
            if v.tag_ not in _PAST_FORMS or v.dep_ != "amod" or v.i == phrase[0].i:
                continue
            if any(t.tag_ in _FINITE and t.i != v.i and (t.i < root.i or t.head.i == root.i) for t in phrase):
                continue  # a clause of the phrase's own: the parse is no mere noun phrase
            subject = v.doc[v.i - 1]
            if subject.tag_ not in _SUBJECT_TAGS or subject.head.i not in (v.i, root.i) or not subject.is_alpha:
                continue
            if any(t.tag_ in _OPENERS for t in phrase if t.i < subject.i):
                return subject, v, root
    return None


def verb_read_as_relative(sent: Any) -> tuple[Any, Any] | None:
    """(subject, verb) of a sentence, or of what its reporting verb reports ("Gunmen on a motorcycle
    fired at X, the office said"), parsed as one noun phrase whose verb hangs as a participle modifier
    of a noun in one of the phrase's own phrases ("on a motorcycle"), or None. Reads the tagger's tags only."""
    for root in sent:
        reported = root.dep_ in ("ccomp", "dep") and root.i == sent.start and root.head.tag_ in _FINITE
        if root.tag_ not in {"NNS", "NNPS", "NN"} or not (root.dep_ == "ROOT" or reported):
            continue
        for v in root.subtree:
            noun = v.head
            if v.dep_ != "acl" or v.i != noun.i + 1 or not (v.tag_ == "VBD" or v.tag_ == "VBN" and v.lower_.endswith("ed")) \
                    or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i != root.i:
                continue
            own = {t.i for t in v.subtree} | ({root.head.i} if reported else set())
            if any(t.tag_ in _FINITE and t.i not in own for t in sent):
                return None  # the sentence has a verb: the participle modifies
            return root, v
    return None


def infinitive_read_as_noun(tok: Any) -> bool:
    """Whether a token the tagger made a noun is an infinitive by its parse: an open complement
    ("xcomp") with the marker "to" ("to fast-track the screening")."""
    return tok.tag_ in _NOUNS and tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def finite_verb_under_infinitive(tok: Any) -> Any:
    """The finite verb a past or present tense joined by "and" to an infinitive really joins, or
    None: "denounced a government plan to deport immigrants and called on authorities to back
    down" hangs "called" on "deport", though an infinitive ("to deport") and a tense ("called")
    cannot be one coordination; it is the conjunct of the nearest finite verb above the infinitive
    ("denounced"). Reads the tagger's tags only."""
    if tok.dep_ != "conj" or tok.tag_ not in _TENSES or tok.lower_ in _BARE_PASTS:
        return None  # "to withdraw and set up", "to disband and lay down arms": an infinitive tagged a past
    inf = tok.head
    if inf.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    top, seen = inf.head, 0
    while top.tag_ not in _TENSES and top.head.i != top.i and seen < 6:
        top, seen = top.head, seen + 1
    return top if top.tag_ in _TENSES and top.i < inf.i else None


_TENSES = _FINITE - {"MD"}
# English verbs whose past tense is spelled as their bare form (a closed class of the grammar), and
# "lay" (the past of "lie", the bare form of "lay"): tagged a past, they may be the infinitive
_BARE_PASTS = frozenset({"set", "put", "cut", "hit", "let", "shut", "spread", "cast", "hurt", "bet", "quit", "burst",
                         "cost", "split", "thrust", "lay", "read", "bid", "upset", "broadcast", "forecast", "beat"})


_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def subject_in_time_phrase(tok: Any) -> tuple[Any, Any, Any] | None:
    """(verb, preposition, the date's last word) when ``tok`` is a noun the parser made the object of
    a preposition before a finite verb with no subject, and a date or time leads its phrase ("On
    Tuesday rebels opened fire": rebels); else None. Reads the named-entity tags."""
    if tok.tag_ not in _NOUNS or tok.dep_ != "pobj" or tok.ent_type_ in _TIME_ENTITIES:
        return None
    prep = tok.head
    verb = prep.head
    if prep.dep_ != "prep" or not prep.i < tok.i < verb.i:
        return None
    finite = verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)
    if not finite or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc, k = tok.doc, prep.i + 1
    while k < tok.i and doc[k].ent_type_ in _TIME_ENTITIES:
        k += 1
    run = doc[prep.i + 1:k]
    if not len(run) or any(t.head.i != tok.i and not run.start <= t.head.i < run.end for t in run):
        return None  # the phrase is led by no date, or the date is no part of the noun's phrase
    return verb, prep, run[-1]


def repair_time_subjects(doc: Any) -> Any:
    """Give each noun :func:`subject_in_time_phrase` finds to its verb as the subject (passive where
    the verb is), and the date to the preposition as its object."""
    for tok in doc:
        if (found := subject_in_time_phrase(tok)) is None:
            continue
        verb, prep, last = found
        for t in doc[prep.i + 1:last.i]:
            if t.head.i == tok.i:
                t.head = last
        last.head, last.dep_ = prep, "pobj"
        tok.head, tok.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    return doc


_AUXILIARIES = frozenset({"aux", "auxpass"})


def subject_on_auxiliary(tok: Any) -> Any:
    """The verb a subject hung on its auxiliary belongs to, or None: "The government has, for the
    first time, prohibited journalists ..." hangs "government" (and the comma) on "has", the
    auxiliary of "prohibited", which is left with no subject. A verb with a subject of its own
    keeps it, and the auxiliary's stays where it is."""
    aux = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in _AUXILIARIES or aux.i == aux.head.i:
        return None
    verb = aux.head
    return None if any(c.dep_ in _SUBJECTS for c in verb.children) else verb


def repair_auxiliary_subjects(doc: Any) -> Any:
    """Give each subject :func:`subject_on_auxiliary` finds to its verb."""
    for tok in doc:
        if (verb := subject_on_auxiliary(tok)) is not None:
            tok.head = verb
    return doc


def repair_parse(doc: Any) -> Any:
    """Every repair of this module, on a freshly parsed ``doc`` (before parts of speech are set)."""
    for tok in doc:
        if infinitive_read_as_noun(tok):
            tok.tag_ = "VB"
    for tok in doc:
        if (top := finite_verb_under_infinitive(tok)) is not None:
            cc = [c for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i]
            for c in cc[-1:]:
                c.head = top
            tok.head = top
    return repair_verbless(repair_relatives(repair_auxiliary_subjects(doc)))


def repair_relatives(doc: Any) -> Any:
    """Rebuild the clause of each sentence :func:`verb_read_as_relative` finds: the root noun is the
    verb's subject, the verb heads the sentence (or what its reporting verb reports)."""
    for sent in list(doc.sents):
        if (found := verb_read_as_relative(sent)) is not None:
            subject, verb = found
            top, dep = (verb, "ROOT") if subject.dep_ == "ROOT" else (subject.head, "ccomp")
            for t in sent:
                if t.head.i == subject.i and t.i > verb.i:
                    t.head = verb  # the closing stop hangs from the verb
            subject.head, subject.dep_ = verb, "nsubj"
            verb.head, verb.dep_, verb.tag_ = top, dep, "VBD"
    return doc


def repair_verbless(doc: Any) -> Any:
    """Rebuild the clause of each sentence :func:`verb_read_as_modifier` finds: the subject's words
    hang from the subject, the subject and the object from the verb, the verb heads the sentence."""
    for sent in list(doc.sents):
        found = verb_read_as_modifier(sent)
        if found is None:
            continue
        subject, verb, obj = found
        top, dep = (verb, "ROOT") if obj.dep_ == "ROOT" else (obj.head, obj.dep_)
        for t in doc[sent.start:subject.i]:
            if t.head.i == obj.i:
                t.head = subject
        subject.head, subject.dep_, subject.tag_ = verb, "nsubj", "NN"
        verb.head, verb.dep_, verb.tag_ = top, dep, "VBD"
        obj.head, obj.dep_ = verb, "dobj"
        for t in doc[obj.i + 1:sent.end]:
            if t.head.i == obj.i and t.is_punct:
                t.head = verb
    return doc


__all__ = ["finite_verb_under_infinitive", "infinitive_read_as_noun", "repair_auxiliary_subjects", "repair_parse",
           "repair_time_subjects", "repair_relatives", "repair_verbless", "subject_in_time_phrase", "subject_on_auxiliary",
           "verb_read_as_modifier", "verb_read_as_relative"]
