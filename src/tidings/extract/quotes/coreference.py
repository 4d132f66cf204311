"""What a third-person pronoun or a definite description refers to: an earlier actor that agrees.

**Agreement** (who a pronoun can mean: number, person or thing, gender) is
:mod:`.agreement`'s.

**Salience**, highest first, within ``window`` sentences before the pronoun:

1. the *speaker in focus*: the subject of a continuing cue ("…," he added; she also said; he went
   on) is the speaker of the quote before, when they agree, whoever was named in between, unless
   another agreeing actor became since the subject of a main clause that reports speech (not a
   verdict, not in the pluperfect): that actor is the new speaker;
2. the subjects of the sentences before, newest sentence first, its main clause first and the
   subjects of reported clauses last ("X argued that Y had lied. He said …": X), and the person
   of an opening "For X," before the subject ("For X, Y was a hero. He said …": X); the
   subject of the pronoun's own clause is passed over (binding: "the officers shot them"); in the
   newest sentence with an agreeing subject, an actor whose gender is *known* to agree beats a
   subject whose gender the text never gives ("Director Ben Oro met actress Mira Solt. …, she said");
3. any agreeing actor mentioned in those sentences, newest first.

Within that order: the source of an "according to X" counts as a subject, after its sentence's
main-clause subject; a pronoun's own sentence with no subject it can mean gives the one agreeing
actor it names before it (for a subject "he"/"she", one in another clause with a subject of its
own: "After police arrested Varo, he …"); the sentence before gives its one agreeing actor when
its subject cannot be meant ("… levied sanctions against Varo. He …"). Words inside quotes are
hidden, except, for a pronoun inside a quote, its turn's own words before it (:mod:`.turns`: the
quote and the quotes before it in its paragraph).

A **definite description** ("the commissioner", "the network", "the 34-year-old") refers to the
one earlier actor the text described with the same noun (in a mention, a role, or a word beside
a mention; a plural, "the observers", only a group said in the plural); an age to the most salient
earlier person, a bare gender noun ("the woman") as the pronoun of that gender would. Two actors
described alike leave it unresolved: unresolved is better than wrong.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ...kb import load_kb
from ...schema import Actor
from ..common import binds_locally, doc_text, noun_before, word_class
from ..agreement import agrees, beside, gender_known, generic_person_nouns, pronoun_features, tense_agrees, word_gender
from .book import ActorBook
from .cues import gives_out_words, is_evaluative, is_speech_verb, through_relative
from .nouns import own_author, owning_child
from .turns import named_in_own_turn, outside_own_turn, quote_test

WINDOW = 6  # sentences searched before a pronoun
DOCUMENT_WINDOW = 12  # sentences searched before "the statement" for the statement met before
DESCRIPTION_WINDOW = 60  # sentences searched before a definite description: the one described so
_DEFINITE = frozenset({"the", "this", "that"})


def in_turn_label(tok: Any) -> bool:
    """The token is inside an interview's turn label ("((WN))", "((Ann Vale))"): it names who speaks
    the turn, whom the turn's words call "I" or "you", never "he", "she", "it" or "they"."""
    text = doc_text(tok.doc)  # not tok.doc.text: spaCy rebuilds it from every token on each access
    opened = text.rfind("((", max(0, tok.idx - _LABEL_REACH), tok.idx + 1)
    return opened >= 0 and text.rfind("))", opened, tok.idx) < 0 and 0 <= text.find("))", tok.idx) - tok.idx <= _LABEL_REACH


_LABEL_REACH = 40  # characters a turn label spans at most


def continues_speech(tok: Any) -> bool:
    """The pronoun is the subject of a cue that goes on with the same speaker ("he added", "she also said")."""
    cue = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or cue.pos_ not in ("VERB", "AUX"):
        return False
    if cue.lemma_.lower() in word_class("quotes.continuing_cue"):
        return True
    return any(c.lower_ in word_class("quotes.continuing_adverb") for c in cue.children
               if c.dep_ in ("advmod", "prt"))


def _gendered_person(head: Any, pronoun: str) -> bool:
    """Whether a subject is one person of the pronoun's gender by its noun alone ("his wife", "a
    woman", "the boy"): nearer than any actor, it is the antecedent though no actor stands for it."""
    refers, gender = pronoun_features().get(pronoun.lower(), ("", None))
    return refers == "person" and gender is not None and head.pos_ == "NOUN" and head.tag_ == "NN" \
        and word_gender(head.lemma_) == gender


def resolve(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], pronoun: str, window: int = WINDOW,
            focus: Actor | None = None,
            nominal: Callable[[Any, Any, Actor | None], tuple[bool, Actor | None]] | None = None,
            depth: int = 0, floor: int = -1) -> Actor | None:
    """The most salient earlier actor ``pronoun`` (its agreement features) can refer to, or None.

    ``nominal(subject head, subject, actor)`` may decide on a subject no actor stands for: it
    returns (decided, actor) (the quotes stage's plural common-noun subjects)."""
    doc = tok.doc
    inside_quote = outside_own_turn(tok, quoted, quote_test(quoted))
    fits = lambda a: agrees(a, pronoun, doc)  # noqa: E731
    if focus is not None and fits(focus) and continues_speech(tok):
        rival = _new_speaker(tok, focus, book, fits, inside_quote)
        return focus if rival is None else rival  # someone else spoke since: the new speaker goes on
    named = named_in_own_turn(tok, quoted, book, fits)
    if len(named) == 1:
        return named[0]  # "Mr Hale should be remembered for what he was": the quote's speaker says "I"
    sents = book.sentences(doc)
    sents = [sent for sent in sents[:book.sentences_to(tok)][-window:] if sent.start >= floor]
    floor = sents[0].start if sents else tok.i  # a chain of pronouns reaches no further back than the first
    recent: list[Actor] = []
    previous = True  # the sentence searched is the pronoun's own or the one before it
    for sent in reversed(sents):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i and not inside_quote(t)
                    and not binds_locally(tok, t) and not in_turn_label(t)]
        subjects += [t for t in sent if t.i < tok.i and (perspective_frame(t) or cited_source(t)) and not inside_quote(t)]
        subjects.sort(key=lambda t: (_reported_depth(t), not perspective_frame(t), t.head.dep_ != "ROOT", -t.i))
        mentioned: list[Actor] = []
        for t in reversed([t for t in sent if t.i < tok.i and not inside_quote(t) and not in_turn_label(t)]):
            actor = book.at_token(t)
            if actor is not None and fits(actor) and actor not in mentioned:
                mentioned.append(actor)
        for s in subjects:
            head = through_relative(s)
            actor = _actor_of_phrase(head, book)
            if actor is None and depth < 2 and _same_features(head.lower_, pronoun):
                actor = resolve(head, book, quoted, pronoun, window, depth=depth + 1, floor=floor)  # "She left. … she said"
            if actor is not None and fits(actor):
                if not gender_known(actor, pronoun, doc):
                    known = [a for a in mentioned if gender_known(a, pronoun, doc)]
                    if len(known) == 1:
                        return known[0]  # the one the text says is a "she" beats a subject it says nothing of
                return actor
            if nominal is not None:
                decided, found = nominal(head, s, actor)
                if decided:
                    return found
            if _gendered_person(head, pronoun):  # "His wife agreed. '…,' she said": the wife, whether an actor
                return actor  # stands for her or none does (unresolved, then: not the man named before)
        if sent.start <= tok.i < sent.end:
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                here = _own_sentence_antecedent(tok, sent, book, fits, inside_quote)
            elif pronoun_features().get(pronoun.lower(), ("",))[0] == "person":  # not "they": too many groups fit
                here = _other_clause_antecedent(tok, sent, book, fits, inside_quote)
            else:
                here = None
            if here is not None:
                return here  # "labeled Varo a terrorist and levied sanctions against him": read where it stands
        if sent.end <= tok.i and previous and len(mentioned) == 1 and not recent \
                and pronoun_features().get(pronoun.lower(), ("",))[0] == "person":
            return mentioned[0]  # "… levied sanctions against Varo. He was sanctioned again": the one fit just named
        previous = previous and sent.end > tok.i
        recent += [a for a in mentioned if a not in recent]
    return recent[0] if recent else None


def _own_sentence_antecedent(tok: Any, sent: Any, book: ActorBook, fits: Callable[[Actor], bool],
                             inside_quote: Callable[[Any], bool]) -> Actor | None:
    """For a pronoun that is no subject and whose own sentence has no subject it can mean, the one
    agreeing actor its sentence names before it (outside quotes, not the subject of its own clause,
    which a plain pronoun never means), or None when there is none or more than one: nearer than
    any earlier sentence's subject."""
    local = {d.i for t in sent if t.dep_ in ("nsubj", "nsubjpass") and binds_locally(tok, t) for d in t.subtree}
    found: list[Actor] = []
    for t in sent:
        if t.i >= tok.i:
            break
        if t.i in local or inside_quote(t) or in_turn_label(t):
            continue
        actor = book.at_token(t)
        if actor is not None and fits(actor) and actor not in found:
            found.append(actor)
    return found[0] if len(found) == 1 else None


_CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "parataxis", "csubj", "pcomp"})


def _clause(tok: Any) -> Any:
    """The verb heading the clause a token stands in ("After police arrested Varo, he left": Varo's is
    "arrested", the pronoun's "left")."""
    t = tok
    while t.head.i != t.i and not (t is not tok and t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSES):
        t = t.head
    return t


def _other_clause_antecedent(tok: Any, sent: Any, book: ActorBook, fits: Callable[[Actor], bool],
                             inside_quote: Callable[[Any], bool]) -> Actor | None:
    """For a subject "he" or "she" whose own sentence has no subject it can mean, the one agreeing actor its
    sentence names before it in another clause, one with a subject of its own ("After police
    arrested Omar Varo, he was taken to a cell"; "Senator Vale's campaign said she would quit"),
    or None when there is none or more than one. A clause with no subject of its own ("Speaking to
    Varo, he said") has the pronoun's subject, and an actor in the pronoun's own clause ("In a letter
    to Varo, he wrote") is one the pronoun cannot be."""
    own = _clause(tok)
    found: list[Actor] = []
    for t in sent:
        if t.i >= tok.i:
            break
        if inside_quote(t) or in_turn_label(t):
            continue
        actor = book.at_token(t)
        if actor is None or not fits(actor) or actor in found:
            continue
        clause = _clause(t)
        if clause.i == own.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        found.append(actor)
    return found[0] if len(found) == 1 else None


def _new_speaker(tok: Any, focus: Actor, book: ActorBook, fits: Callable[[Actor], bool],
                 inside_quote: Callable[[Any], bool]) -> Actor | None:
    """Another agreeing actor who, after the last mention of the speaker in focus, is the subject
    of a main clause that reports speech in the narrative's own time ("Ian Roe, a port official,
    told the Times …. He added …": Roe, the new speaker), or None when the focus holds. A verdict
    ("had called the cuts reckless") or a clause that is no speech ("Mr Baker nodded") leaves it."""
    last = max((m.span.end for m in focus.mentions if m.span.end <= tok.idx), default=None)
    if last is None:
        return None
    found = None
    for t in tok.doc[:tok.i]:
        verb = t.head
        if t.idx < last or t.dep_ != "nsubj" or verb.dep_ != "ROOT" or inside_quote(t) or not is_speech_verb(verb) \
                or is_evaluative(verb) or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            continue
        actor = _actor_of_phrase(through_relative(t), book)
        if actor is not None and actor.id != focus.id and fits(actor):
            found = actor
    return found


def perspective_frame(tok: Any) -> bool:
    """The person of a sentence-opening "For X," ("For Paul Grant, a teacher, Reyes was a hero"): the
    one whose view the sentence gives, in focus before its subject. Not "for X" inside a sentence."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for" or prep.i != prep.sent.start:
        return False
    edge = prep.right_edge.i
    comma = tok.doc[edge].text == "," or edge + 1 < len(tok.doc) and tok.doc[edge + 1].text == ","
    return comma and (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON")


def cited_source(tok: Any) -> bool:
    """The source of an "according to X" ("According to Ian Roe, few patients return"): who gives the
    sentence's content, in focus as a subject is, after the subject of the sentence's main clause."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _reported_depth(subject: Any) -> int:
    """How many reported clauses (clausal complements) a subject lies in: "Reyes argued that Lopez had
    lied": Lopez 1, Reyes 0. The subject of reported content is what someone said, not who the text
    is about, so it comes after the subjects of the clauses that report it."""
    depth, node = 0, subject.head
    while node.head.i != node.i:
        depth += node.dep_ == "ccomp"
        node = node.head
    return depth


def _same_features(word: str, pronoun: str) -> bool:
    feats = pronoun_features()
    return word in feats and pronoun.lower() in feats and feats[word] == feats[pronoun.lower()]


def _actor_of_phrase(tok: Any, book: ActorBook) -> Actor | None:
    actor = book.at_token(tok)
    if actor is not None:
        return actor
    for c in tok.children:
        if c.dep_ == "appos":
            found = book.at_token(c)
            if found is not None:
                return found
    for c in tok.children:
        if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
            found = book.at_token(c)
            if found is not None:
                return found
    if tok.pos_ == "PROPN":
        return book.by_surname(tok)  # "Maróth pointed out …" where the actors stage left a mention out
    return None


def is_definite_description(tok: Any) -> bool:
    """``the commissioner``, ``this company``, ``the 34-year-old``: a common noun with a definite
    determiner and no name, owner or "of" phrase of its own."""
    if not (_common_noun(tok) or tok.pos_ == "ADJ" and _age_phrase(tok)):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
        return False
    return not any(c.dep_ in ("poss", "appos") or c.dep_ in ("compound", "nmod") and not _common_noun(c)
                   or c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at")  # not "accused the observers of
                   and not (c.lower_ == "of" and any(g.dep_ == "pcomp" for g in c.children)) for c in kids)  # interfering"


def _common_noun(tok: Any) -> bool:
    """A common noun, or a lower-case word the tagger took for a name ("the prime minister")."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()


def _age_phrase(tok: Any) -> bool:
    doc = tok.doc
    text = "".join(t.text_with_ws for t in doc[tok.left_edge.i: tok.i + 1]).lower().replace(" ", "")
    return bool(re.search(r"\d+-year-old$", text))


def described(tok: Any, book: ActorBook, quoted: list[tuple[int, int]], person: bool | None,
              window: int = DESCRIPTION_WINDOW) -> Actor | None:
    """The one earlier actor a definite description refers to, or None (see the module docstring).

    ``person`` says whether the noun names one person ("the minister") or a body ("the ministry"),
    None when the noun does not say."""
    if not is_definite_description(tok):
        return None
    if (plural := tok.tag_ in ("NNS", "NNPS")) and person:  # "the observers": a group met before, no one person
        return None
    doc = tok.doc
    if _age_phrase(tok):
        return _salient_person(tok, book, quoted)
    # every word of the description must have been said of the actor: "the prime minister" is not
    # "Foreign Minister Ed Park"
    wanted = [{c.lower_, c.lemma_.lower()} for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
              or plural and c.dep_ == "nummod"]  # "the four groups": four of them, said in the plural
    wanted.append({tok.lower_} if plural else {tok.lower_, tok.lemma_.lower()})
    sents = book.sentences(doc)
    k = book.sentences_to(tok)
    start = sents[max(0, k - window)].start_char if k else 0
    matches: list[Actor] = []
    opening = tok.left_edge.idx  # mentions before the description itself
    for actor in book.all():
        if (person is not None and (actor.kind == "person") != person) or (plural and actor.kind != "group"):
            continue
        earlier = [m for m in actor.mentions if start <= m.span.start and m.span.end <= opening]
        if not earlier:
            continue
        words = {w.lower().strip(".,'\u2019") for m in actor.mentions if m.span.end <= opening
                 for w in m.span.text.split() + beside(doc, m.span)}
        words |= {w.lower() for w in f"{actor.role or ''} {actor.name}".split()}  # "Government of Japan"
        if all(forms & words or _demonym_of(forms, actor) for forms in wanted) and tense_agrees(actor, wanted):
            matches.append(actor)
    if not matches and (gender := generic_person_nouns().get(tok.lemma_.lower())) is not None \
            and person is not False and len(wanted) == 1 and not plural:
        return resolve(tok, book, quoted, "he" if gender == "m" else "she")  # "the woman said": as "she" would
    if not matches and tok.lemma_.lower() in word_class("quotes.person_epithet") and person is not False \
            and len(wanted) == 1 and not plural:
        return _epithet_person(tok, book, quoted)  # "the singer said", "the politician said"
    return matches[0] if len(matches) == 1 else None


def document_author(tok: Any, book: ActorBook, quoted: list[tuple[int, int]],
                    window: int = DOCUMENT_WINDOW) -> Actor | None:
    """Who issued the document a definite description names ("the filing", "the proclamation"): the
    author of the nearest earlier mention of the same document ("Ford said in a financial filing",
    "Trump's proclamation", "X released a statement", "a letter from X", "X resigned in a letter";
    a statement, a press release and a communique are one kind, ``quotes.statement_noun``), or None.
    The search reaches ``window`` sentences back, twice a pronoun's (a document is talked about
    longer than a person is named again): "the report" thirty sentences after another report is a
    new one, more likely than that one again; a definite mention with no author on the way refers
    back in its turn, and the search reaches ``window`` sentences back from it."""
    if not is_definite_description(tok):
        return None
    doc = tok.doc
    inside_quote = quote_test(quoted)
    first = _window_start(tok, book, window)
    same = _same_document(tok.lemma_.lower())
    k = tok.left_edge.i
    while k > first:
        k -= 1
        t = doc[k]
        if t.lemma_.lower() not in same or t.pos_ != "NOUN" or inside_quote(t):
            continue
        author = _author_of(t)
        actor = _actor_of_phrase(author, book) if author is not None else None
        if actor is None and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
            # "in the filing itself (the company listed …)": a mention that refers back in its turn, as
            # far back as the first one
            first = min(first, _window_start(t, book, window))
            continue
        return actor  # the nearest mention decides
    return None


def _same_document(lemma: str) -> frozenset[str]:
    """The nouns that may name again the document ``lemma`` names: itself, or the whole kind for a
    statement ("a press release … the statement said")."""
    kind = word_class("quotes.statement_noun")
    return kind if lemma in kind else frozenset({lemma})


def document_before(tok: Any, quoted: list[tuple[int, int]] | tuple[()] = ()) -> Any | None:
    """The document an "it" means when it reads or states ("X released a statement. It read, '…'"):
    the nearest document noun before it, in its own sentence or the one before, outside quotes."""
    return noun_before(tok, word_class("quotes.document_noun"), quote_test(list(quoted)))


def _window_start(tok: Any, book: ActorBook, window: int) -> int:
    """The first token of the ``window`` sentences that end with the token's own, counting only
    sentences with a word in them (a closing mark split off as a sentence of its own is none)."""
    sents = book.sentences(tok.doc)
    k = book.sentences_to(tok)
    first, counted = 0, 0
    while k > 0 and counted < window:
        k -= 1
        first = sents[k].start
        counted += any(t.is_alpha for t in sents[k])
    return first if counted == window else 0


def research_author(tok: Any, book: ActorBook) -> Actor | None:
    """Who speaks through a research document with no issuer named ("the study says", "according to
    the report"): the one group of researchers named in the sentence of the nearest earlier research
    document ("In a new study, scientists report …"), else the one such group named before it; with
    two groups, or none, no one."""
    research = word_class("quotes.research_document")
    if tok.lemma_.lower() not in research or not is_definite_description(tok):
        return None
    groups = [(m.span.start, a) for a in book.all() if a.kind != "person"
              for m in a.mentions if m.span.end <= tok.idx and _names_researchers(m.span.text)]
    if not groups:
        return None
    for sent in reversed(book.sentences(tok.doc)[:book.sentences_to(tok)]):
        if not any(t.lemma_.lower() in research and t.pos_ == "NOUN" and t.i < tok.i for t in sent):
            continue
        there = {a.id: a for start, a in groups if sent.start_char <= start < sent.end_char}
        if len(there) == 1:
            return next(iter(there.values()))
    distinct = {a.id: a for _, a in groups}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


_HEAD_ENDS = frozenset({"at", "of", "from", "in", "with", "for", "on"})


def _names_researchers(words: str) -> bool:
    """A mention that names a group of researchers ("researchers", "the report's authors", "the
    research team", "scientists at the X Institute": the head before its "at/of/from" phrase)."""
    tokens = re.findall(r"[\w-]+", words.lower())
    tokens = tokens[:next((k for k, w in enumerate(tokens) if k and w in _HEAD_ENDS), len(tokens))]
    if not tokens:
        return False
    return tokens[-1] in word_class("quotes.researcher_noun") or tokens[-1] in ("team", "group") and bool(
        {"research", "study"} & set(tokens))


def _author_of(document: Any) -> Any | None:
    """The token naming who issued a document mention: its owner, "from/by X", the subject of the verb
    it is the object of, or of the verb it is the medium of ("said in a filing", "resigned in a letter")."""
    if owning_child(document) is not None:
        return own_author(document)
    head = document.head
    if document.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in word_class("quotes.author_noun"):
        author = head.head  # "X, co-author of a new study": X
        return author.head if author.dep_ == "appos" else author
    if document.dep_ == "pobj" and head.lower_ in ("in", "through", "via"):
        # "Ford said in a financial filing", "X resigned in a letter", "X condemned the expulsion in a
        # statement": whoever acts in it issued it; not a passive subject ("X was criticised in a
        # report") nor one found in it ("X appears in")
        verb = _acting_verb(head.head)
        return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if document.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and gives_out_words(head):  # not "criticised the statement"
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def _acting_verb(tok: Any) -> Any | None:
    """The verb an "in a statement" phrase hung on ``tok`` tells the manner of: ``tok`` itself, or the
    verb of the object the parser hung it on ("condemned the expulsion in a statement"), unless that
    object is words a document holds ("denied the claims in a report": the report's claims)."""
    held = word_class("quotes.claim_noun") | word_class("quotes.document_noun")
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.lemma_.lower() not in held:
        tok = tok.head
    if tok.pos_ != "VERB" or tok.lemma_.lower() in word_class("quotes.found_in_verb") \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in tok.children):
        return None  # the parser hangs "in a report" on the verb of "denied the claims" as well
    return tok


def _demonym_of(forms: set[str], actor: Actor) -> bool:
    """A nationality word the actor's country answers ("the Turkish leader" and a TUR actor)."""
    codes = {load_kb().demonym(w) for w in forms} - {None}
    return actor.country is not None and actor.country in codes


def _salient_person(tok: Any, book: ActorBook, quoted: list[tuple[int, int]]) -> Actor | None:
    """The most salient earlier person, of either gender (for "the 34-year-old")."""
    found = {resolve(tok, book, quoted, p) for p in ("he", "she")} - {None}
    return found.pop() if len(found) == 1 else None


def _epithet_person(tok: Any, book: ActorBook, quoted: list[tuple[int, int]]) -> Actor | None:
    """The most salient person of either gender, if the only one named in this sentence and the one before."""
    k = book.sentences_to(tok) - 1
    start = book.sentences(tok.doc)[max(0, k - 1)].start_char
    near = {a.id for a in book.all() if a.kind == "person" and any(
        start <= m.span.start < tok.idx and m.kind != "pronoun" and not any(s <= m.span.start < e for s, e in quoted)
        for m in a.mentions)}
    found = _salient_person(tok, book, quoted)
    return found if found is not None and near == {found.id} else None


__all__ = ["continues_speech", "described", "document_author", "document_before", "is_definite_description", "research_author", "resolve"]
