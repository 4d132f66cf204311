"""Who said it: cue verbs, their subjects, and the actor a subject refers to.

The subject of a reporting verb is found in the dependency parse; participles ("…, claiming")
and conjoined verbs borrow the subject of the clause they hang from, skipping complement
clauses (the parser often hangs a participle off the reported clause, whose subject is not the
speaker). A subject is mapped to an actor of the earlier ``actors`` stage through its head, its
appositive, or, for a spokesperson-like noun, the body it speaks for; a pronoun goes to the most
salient compatible actor before it (subjects of recent sentences first) and becomes a mention of
that actor. Nothing here invents a speaker the text does not name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from ..schema import Actor, Mention, Provenance, Span
from .common import actor_at, actor_of_token, token_span

COMPONENT = "quotes"

# lemmas of verbs that introduce speech (direct, partial or indirect)
SPEECH_VERBS = frozenset("""
say tell warn claim insist argue add vow suggest state declare announce explain note remark reply respond
answer ask write tweet post comment stress emphasise emphasize acknowledge admit deny urge pledge promise
predict confirm allege assert maintain contend observe complain recall report describe threaten accuse boast
concede caution demand hint reiterate repeat shout quip joke signal indicate mention reveal disclose protest
retort counter lament propose recommend agree estimate testify concur reckon brief inform assure express
call dismiss praise hail denounce condemn criticise criticize brand label slam blast decry welcome
""".split())
# evaluative verbs quote a word or two ("dismissed it as a 'stunt'") but report no clause
_EVALUATIVE = frozenset("call dismiss praise hail denounce condemn criticise criticize brand label slam blast decry "
                        "welcome".split())
# speech verbs with an everyday non-speech sense ("respond with force", "signal a turn", "note the
# damage"): they govern a partial quote only when the quote lies in their complement
WEAK_SPEECH_VERBS = frozenset("""
respond reply answer counter signal indicate agree report observe note recall repeat post add hint protest
maintain brief inform estimate propose recommend mention reveal disclose concur reckon testify predict remark
comment write express
""".split())
# verbs that take the speaker after them in "…," said Mr Smith
INVERTIBLE = frozenset("""
say add ask write explain reply note continue tell insist tweet post declare warn recall conclude answer respond
""".split())
# finite forms: only these take the speaker after them ("telling the Times" names the hearer)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# verbs whose clausal complement is reported content (indirect speech)
INDIRECT_VERBS = SPEECH_VERBS - _EVALUATIVE - frozenset("ask describe accuse demand urge propose recommend protest"
                                                         .split())
# nouns naming someone who speaks for a body: "a ministry spokesman", "officials from X"
SPOKES_NOUNS = frozenset("""
spokesman spokeswoman spokesperson spokespeople official officials representative representatives aide aides
adviser advisers advisor envoy envoys source sources statement office ministry member members leader leaders
""".split())
# heads of nominal speakers that stand for a body, not a person ("the ministry … it said")
INSTITUTION_NOUNS = frozenset("""
ministry government army office group council committee police agency department party company court
commission administration embassy union organisation organization authority authorities military cabinet
parliament assembly board campaign coalition junta regime movement force forces newspaper paper broadcaster
""".split())
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
_OPENING_MARKS = frozenset({'"', "'", "\u2018", "\u201c", "\u00ab", "\u201e"})
_CLOSING_MARKS = frozenset({'"', "'", "\u2019", "\u201d", "\u00bb", "\u201c"})
_ENTITY_KINDS = {"PERSON": "person", "ORG": "organization"}


def is_speech_verb(tok: Any, lexicon: frozenset[str] = SPEECH_VERBS) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon and tok.tag_ != "MD"


def is_weak_speech_verb(tok: Any) -> bool:
    return tok.lemma_.lower() in WEAK_SPEECH_VERBS


def is_evaluative(tok: Any) -> bool:
    return tok.lemma_.lower() in _EVALUATIVE


def is_negated(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def subject_of(verb: Any) -> tuple[Any | None, str]:
    """The token that says who uttered ``verb``, and how it was found.

    Own subject first; a participle, infinitive or conjoined verb borrows the subject of the
    clause it modifies, skipping complement clauses; "…, said X" takes the noun after the verb.
    """
    after_comma = _inverted_after_comma(verb)
    if after_comma is not None:
        return after_comma, "inverted-subject"
    closing = _closing_attribution(verb)
    if closing is not None:
        return closing, "closing-attribution"
    for c in verb.children:
        if c.dep_ == "nsubj":
            return _past_dateline(_through_relative(c), verb), "subject"
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None and verb.lemma_.lower() == "quote":
        return _through_relative(passive), "subject"
    if verb.lemma_.lower() in INVERTIBLE and verb.tag_ in _FINITE:
        for c in verb.rights:
            if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos") and c.pos_ in ("PROPN", "NOUN", "PRON"):
                if verb.lemma_.lower() == "tell" and c.pos_ != "PROPN":
                    continue  # "told reporters": the hearer, not the speaker
                return c, "inverted-subject"
            if c.dep_ not in ("punct", "advmod", "prep", "npadvmod"):
                break
    if verb.dep_ == "compound" and verb.head.i > verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.lemma_.lower() in INVERTIBLE:
        return verb.head, "inverted-subject"  # headline "…,' says minister" parsed as one noun
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head, "controller-subject"  # "the demonstrators, demanding …"
    if verb.dep_ == "xcomp":
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None and not any(c.dep_ == "nsubj" for c in verb.children):
            return _through_relative(obj), "object-controller"  # "led Biden to express …", "urged X to say"
    if _misparsed_main_verb(verb):
        return verb.head, "root-noun-subject"
    if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl", "dep", "prep") or verb.tag_ in ("VBG", "VBN"):
        node = verb
        comma_participle = verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
        while node.head is not node:
            was_complement = node.dep_ in ("ccomp", "parataxis")
            node = node.head
            if comma_participle and node.dep_ in ("ccomp", "relcl", "pcomp") and node.head is not node \
                    and not is_speech_verb(node):
                continue  # ", stating …" hangs from the main clause, not from "how the attack unfolded"
            if was_complement and not is_speech_verb(node):
                continue  # the reported clause's subject is not the speaker
            if node.dep_ in ("ccomp",) and not is_speech_verb(node):
                continue
            for c in node.children:
                if c.dep_ == "nsubj" and c.i != verb.i:
                    return _through_relative(c), "controller-subject"
                if c.dep_ == "nsubjpass" and node.lemma_.lower() == "quote":
                    return _through_relative(c), "controller-subject"
            if node.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "acl"):
                break
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        root = verb.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if root.pos_ in ("VERB", "AUX") and subj is not None:
            return _through_relative(subj), "controller-subject"  # "X defied calls …, telling reporters …"
    return None, "none"


def _inverted_after_comma(verb: Any) -> Any | None:
    """``…, says Pask`` / ``…," said the minister``: after a comma or closing mark, the noun that
    follows an invertible verb is its speaker, whatever subject the parser found to the left."""
    if verb.lemma_.lower() not in INVERTIBLE or verb.lemma_.lower() == "tell" or verb.tag_ not in _FINITE \
            or verb.i == 0 or verb.i + 1 >= len(verb.doc):
        return None  # "…, told Reuters" names the hearer
    prev = verb.doc[verb.i - 1]
    if prev.text not in {","} | _CLOSING_MARKS:
        return None
    if any(c.dep_ == "nsubj" and any(k.dep_ in ("appos", "relcl", "acl") for k in c.children) for c in verb.children):
        return None  # "Ponomarev, the head of …, said": the comma closes the subject's apposition
    for c in verb.rights:
        if c.ent_type_ in ("DATE", "TIME"):
            return None  # "…, said Monday"
        if c.pos_ in ("PROPN", "NOUN") and c.dep_ in ("dobj", "attr", "nsubj", "npadvmod", "appos", "dep") \
                and all(t.dep_ in ("det", "compound", "amod", "flat") or t.i == c.i for t in verb.doc[verb.i + 1: c.i + 1]):
            if verb.lemma_.lower() == "tell" and c.pos_ != "PROPN":
                return None
            return c
        break
    return None


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PRON", "PART", "ADP"})


def _is_spaced_dash(tok: Any) -> bool:
    """A dash standing apart ("EASTON, Ostreland - …"), not the hyphen of "Jean-Luc" or "13-year-old"."""
    return tok.text in _DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _closing_attribution(verb: Any) -> Any | None:
    """``…, witnesses and rights groups said.``: the noun phrase between the last comma and a
    sentence-final speech verb is its subject, whatever the parser hung it on."""
    if verb.tag_ not in _FINITE or any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    sent = verb.sent
    after = [t for t in sent if t.i > verb.i and not t.is_punct and not t.is_space]
    if any(t.pos_ == "VERB" for t in after):
        return None
    commas = [t.i for t in sent if t.i < verb.i and t.text == ","]
    if not commas or not any(t.dep_ == "ccomp" or t.i < commas[-1] for t in sent if t.pos_ in ("VERB", "AUX")):
        return None
    segment = [t for t in sent if commas[-1] < t.i < verb.i]
    if not 1 <= len(segment) <= 8 or any(t.pos_ not in _NOUN_PHRASE_POS or t.is_punct for t in segment):
        return None
    if any(t.dep_ == "nsubj" and t.i in {s.i for s in segment} for t in verb.children):
        return None  # the parser already agrees
    inside = {t.i for t in segment}
    heads = [t for t in segment if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i not in inside]
    nouns = heads or [t for t in segment if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[0] if nouns else None


def _past_dateline(subj: Any, verb: Any) -> Any:
    """``HALVIK, Kostmark - Kostmark warned …``: a dateline word is no subject; the noun after the
    dateline's dash is."""
    if not (subj.text.isupper() and len(subj.text) > 1 and subj.is_alpha):
        return subj
    dash = next((t for t in subj.doc[subj.i + 1: min(verb.i, subj.i + 6)] if _is_spaced_dash(t)), None)
    if dash is None:
        return subj
    return next((t for t in subj.doc[dash.i + 1: verb.i] if t.pos_ in ("NOUN", "PROPN")), subj)


def _misparsed_main_verb(verb: Any) -> bool:
    """``The minister, X, called Y "…".`` parsed as a noun root with the verb as its modifier.

    A past-tense speech verb hanging as ``acl`` from a root noun, with an object of its own, in a
    sentence without any other verb, is the main verb and the root noun is its subject.
    """
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.i > verb.i or not any(c.dep_ in ("dobj", "oprd", "ccomp", "dative") for c in verb.children):
        return False
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children):
        return False  # "the man called by the court": a real participle
    return not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in verb.sent if t.i < verb.i)


def _through_relative(subj: Any) -> Any:
    """``who`` in "experts who say" stands for the noun the relative clause modifies."""
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        return subj.head.head
    return subj


def phrase_of(head: Any) -> Span:
    """The noun phrase of a speaker: its left modifiers up to the head, plus "of/from/for X"."""
    doc = head.doc
    left = head.left_edge.i
    while left < head.i and (doc[left].is_punct or doc[left].is_space):
        left += 1
    dash = next((t.i for t in doc[left: head.i] if _is_spaced_dash(t)), None)
    if dash is not None:
        left = dash + 1  # "EASTON, Ostreland - Ostreland": the dateline is not part of the name
    right = head.i
    for c in head.rights:
        if c.dep_ in ("compound", "flat") or (c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at")
                                              and c.i == right + 1):
            right = c.right_edge.i
        else:
            break
    comma = next((t.i for t in doc[head.i + 1: right + 1] if t.text in (",", ";", "(", "\u2013", "\u2014")), None)
    if comma is not None:
        right = comma - 1  # "teachers from Palu, a territory of …": the appositive is not the name
    if right + 1 < len(doc) and doc[right + 1].is_punct and doc[right + 1].text in _CLOSING_MARKS \
            and any(t.text in _OPENING_MARKS for t in doc[left: right + 1]):
        right += 1  # leaders from the 'Coalition': keep the closing mark with its opening one
    toks = [t for t in doc[left: right + 1] if not (t.is_punct and t.i == left)]
    while len(toks) > 1 and toks[-1].is_punct and toks[-1].text not in _CLOSING_MARKS:
        toks.pop()
    return token_span(toks or [head])


@dataclass
class ActorBook:
    """The article's actors as the quotes stage extends them: pronoun mentions and new speakers."""

    actors: list[Actor]
    extra: dict[str, list[Mention]] = field(default_factory=dict)

    def all(self) -> list[Actor]:
        return [self._with_extra(a) for a in self.actors]

    def _with_extra(self, actor: Actor) -> Actor:
        more = self.extra.get(actor.id)
        if not more:
            return actor
        mentions = sorted(actor.mentions + tuple(more), key=lambda m: (m.span.start, m.span.end))
        return replace(actor, mentions=tuple(mentions))

    def at_token(self, tok: Any) -> Actor | None:
        return actor_of_token(self.all(), tok)

    def at(self, start: int, end: int) -> Actor | None:
        return actor_at(self.all(), start, end)

    def by_id(self, actor_id: str) -> Actor:
        return next(self._with_extra(a) for a in self.actors if a.id == actor_id)

    def add_mention(self, actor_id: str, tok: Any, kind: str, rule: str, score: float, reason: str,
                    span: Span | None = None) -> None:
        span = span or token_span([tok])
        known = self.by_id(actor_id).mentions
        if any(m.span.start == span.start and m.span.end == span.end for m in known):
            return
        self.extra.setdefault(actor_id, []).append(
            Mention(span, kind, Provenance(COMPONENT, rule, score, reason)))  # type: ignore[arg-type]

    def namesake(self, actor: Actor) -> Actor:
        """The one person actor whose fuller name ends with this actor's name ("Brandt" -> "Karel Brandt").

        An honorific or surname mention the actors stage kept apart from the full name is the same
        person when exactly one fuller name fits; with two ("Karel" and "Anna Brandt") it stays.
        """
        if actor.kind != "person":
            return actor
        words = name_words(actor.name)
        if not words:
            return actor
        fits = [a for a in self.actors if a.id != actor.id and a.kind == "person"
                and len(name_words(a.name)) > len(words) and name_words(a.name)[-len(words):] == words]
        return self.by_id(fits[0].id) if len(fits) == 1 else actor

    def by_surname(self, tok: Any) -> Actor | None:
        """The one person actor whose name ends with the word ``tok`` (a surname with no mention)."""
        word = tok.text.lower()
        fits = {self.namesake(a).id for a in self.actors if a.kind == "person" and name_words(a.name)[-1:] == (word,)}
        return self.by_id(fits.pop()) if len(fits) == 1 else None

    def new_actor(self, ent: Any, label: str | None = None) -> Actor:
        """Append an actor for a named speaker the actors stage did not resolve.

        ``ent`` is an entity span, or any span of a name with its ``label`` ("PERSON"/"ORG") given.
        """
        label = label or ent.label_
        ids = [int(a.id[1:]) for a in self.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.dep_ != "case"] or list(ent)
        span = token_span(toks)
        name = span.text
        for known in self.actors:  # a speaker named again: one actor, one more mention
            if known.provenance is not None and known.provenance.rule == "speaker-entity" and known.name == name:
                self.add_mention(known.id, toks[0], "name", "speaker-entity", 0.6, "named speaker", span=span)
                return self.by_id(known.id)
        actor = Actor(
            id=f"a{max(ids, default=0) + 1}", name=name, kind=_ENTITY_KINDS[label],  # type: ignore[arg-type]
            mentions=(Mention(span, "name", Provenance(COMPONENT, "speaker-entity", 0.6, "named speaker")),),
            score=0.5, provenance=Provenance(COMPONENT, "speaker-entity", 0.5,
                                             f"{label} name speaking, not resolved by the actors stage"),
        )
        self.actors.append(actor)
        return actor


# words before a name that are not part of it when names are compared
_NAME_PREFIXES = frozenset("""
mr mrs ms miss dr sir dame lord lady prof professor president minister senator general colonel judge
""".split())


def name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of a person's name without leading honorifics and titles."""
    words = [w.strip(".,").lower() for w in name.split()]
    while words and words[0] in _NAME_PREFIXES:
        words.pop(0)
    return tuple(words)


@dataclass(frozen=True)
class Speaker:
    actor: str | None
    text: str | None
    span: Span | None
    rule: str
    score: float


@dataclass(frozen=True)
class Found:
    """A quote before it gets its id."""

    start: int
    end: int
    kind: str
    speaker: Speaker | None
    cue: Span | None
    rule: str
    score: float
    paragraph: int = -1
    region: Any = None  # the QuoteRegion of a direct or partial quote


def resolve_speaker(tok: Any, book: ActorBook, quoted: Iterable[tuple[int, int]] = ()) -> Speaker:
    """Map a speaker token (the head of the subject) to an actor of the book, or keep its text."""
    phrase = phrase_of(tok)
    if tok.pos_ == "PRON":
        return _pronoun_speaker(tok, book, list(quoted))
    actor = book.at_token(tok)
    if actor is not None:
        fuller = book.namesake(actor)
        if fuller.id != actor.id:
            return Speaker(fuller.id, phrase.text, phrase, "speaker-namesake", 0.85)
        return Speaker(actor.id, phrase.text, phrase, "speaker-actor", 0.9)
    for c in tok.children:
        if c.dep_ == "appos":
            actor = book.at_token(c) or _compound_actor(c, book)
            if actor is not None:
                return Speaker(book.namesake(actor).id, phrase.text, phrase, "speaker-appositive", 0.85)
            named = _appositive_person(tok, c)
            if named is not None:  # "the city's chief prosecutor, Ines Baltar, said"
                known = book.by_surname(c)
                if known is not None:
                    book.add_mention(known.id, c, "name", "speaker-appositive", 0.7, "named in apposition",
                                     span=token_span(named))
                    return Speaker(known.id, phrase.text, phrase, "speaker-appositive", 0.75)
                actor = book.new_actor(named, "PERSON")
                return Speaker(actor.id, phrase.text, phrase, "speaker-appositive", 0.6)
    actor = _compound_actor(tok, book)
    if actor is not None and tok.pos_ == "PROPN":
        return Speaker(actor.id, phrase.text, phrase, "speaker-actor", 0.85)
    if tok.lower_ in SPOKES_NOUNS or tok.lemma_.lower() in SPOKES_NOUNS:
        for c in tok.children:
            target = c
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at"):
                target = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("poss", "compound", "nmod", "amod"):
                continue
            actor = book.at_token(target)
            if actor is not None:
                return Speaker(actor.id, phrase.text, phrase, "speaker-affiliation", 0.6)
    if tok.pos_ == "PROPN":
        actor = book.by_surname(tok)
        if actor is not None:  # "Ms Halden said" after "Mira Halden" with no mention made of it
            book.add_mention(actor.id, tok, "honorific" if phrase.text != tok.text else "name", "speaker-surname",
                             0.75, f"'{tok.text}' is the surname of {actor.name}", span=phrase)
            return Speaker(actor.id, phrase.text, phrase, "speaker-surname", 0.75)
    if tok.ent_type_ in _ENTITY_KINDS:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in _ENTITY_KINDS:
            actor = book.new_actor(ent)
            return Speaker(actor.id, phrase.text, phrase, "speaker-entity", 0.6)
    return Speaker(None, phrase.text, phrase, "speaker-text", 0.5)


def _appositive_person(head: Any, appos: Any) -> Any | None:
    """The full name in ``<person noun>, <First Last>,`` when the parser saw no entity there."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in INSTITUTION_NOUNS or appos.pos_ != "PROPN":
        return None
    if appos.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC", "DATE") or not appos.text[:1].isupper():
        return None
    parts = [t for t in appos.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    if not parts or any(not t.text[:1].isupper() for t in parts):
        return None  # one bare word is not enough to name a new person
    return appos.doc[parts[0].i: appos.i + 1]


def _compound_actor(tok: Any, book: ActorBook) -> Actor | None:
    for c in tok.children:
        if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
            actor = book.at_token(c)
            if actor is not None:
                return actor
    return None


_MALE = frozenset("mr sir lord king prince he him his".split())
_FEMALE = frozenset("ms mrs miss madam dame lady queen princess she her".split())


def _gender(actor: Actor) -> str | None:
    """'m' or 'f' where a mention's honorific or pronoun says so; None where the text is silent."""
    words = {m.span.text.split()[0].lower().rstrip(".") for m in actor.mentions if m.span.text.split()}
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def _compatible(actor: Actor, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        gender = _gender(actor)
        wanted = "m" if pronoun in ("he", "him") else "f"
        return actor.kind == "person" and gender in (None, wanted)
    if pronoun == "it":
        return actor.kind in ("organization", "country", "group", "other")
    return True  # they: a group, a body, or people


def _pronoun_speaker(tok: Any, book: ActorBook, quoted: list[tuple[int, int]]) -> Speaker:
    pron = tok.lower_
    span = token_span([tok])
    if pron not in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return Speaker(None, tok.text, span, "speaker-text", 0.4)  # I, we, you: the narrator or unknown
    actor = antecedent(tok, book, quoted)
    if actor is None:
        return Speaker(None, tok.text, span, "pronoun-unresolved", 0.4)
    actor = book.namesake(actor)
    book.add_mention(actor.id, tok, "pronoun", "pronoun-speaker", 0.7,
                     f"'{tok.text}' refers to the most salient earlier {actor.kind}")
    return Speaker(actor.id, tok.text, span, "pronoun-speaker", 0.7)


def antecedent(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], window: int = 6) -> Actor | None:
    """The most salient compatible actor before ``tok``: sentence subjects first, newest first."""
    pron = tok.lower_
    doc = tok.doc

    def inside_quote(t: Any) -> bool:
        return any(s <= t.idx < e for s, e in quoted)

    sents = [s for s in doc.sents if s.start <= tok.i]
    recent: list[Actor] = []
    for sent in reversed(sents[-window:]):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and not inside_quote(t)]
        subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", -t.i))
        for s in subjects:
            actor = _actor_of_phrase(_through_relative(s), book)
            if actor is not None and _compatible(actor, pron):
                return actor
        for t in reversed([t for t in sent if t.i < tok.i and not inside_quote(t)]):
            actor = book.at_token(t)
            if actor is not None and _compatible(actor, pron) and actor not in recent:
                recent.append(actor)
    return recent[0] if recent else None


def _actor_of_phrase(tok: Any, book: ActorBook) -> Actor | None:
    actor = book.at_token(tok)
    if actor is not None:
        return actor
    for c in tok.children:
        if c.dep_ == "appos":
            found = book.at_token(c)
            if found is not None:
                return found
    return _compound_actor(tok, book)


__all__ = [
    "ActorBook", "Found", "INDIRECT_VERBS", "INSTITUTION_NOUNS", "SPEECH_VERBS", "Speaker", "WEAK_SPEECH_VERBS", "antecedent", "is_evaluative",
    "is_negated", "is_speech_verb", "is_weak_speech_verb", "name_words", "phrase_of", "resolve_speaker", "subject_of",
]
