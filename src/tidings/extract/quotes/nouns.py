"""Which nouns and names can speak: the bodies, groups and people a common noun names
(``speaking_body``), the proper names no stage made an actor, titles, and the names that stand in
apposition to a speaker's description. Pure functions of the parse; no actor book here.
"""

from __future__ import annotations

from typing import Any, Callable

from ...kb import load_kb
from ..common import word_class


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
""".split()) | word_class("quotes.institution_noun")


# entity labels of names that never speak (places speak through their governments: the actors stage's call)
_NOT_SPEAKING_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                                  "ORDINAL", "EVENT", "LAW", "LANGUAGE"})


def unknown_name(tok: Any) -> Any | None:
    """The words of a proper name heading a speaker phrase that no stage made an actor: every word
    capitalised (or a digit), no place, date or number, no title ("President said"); a capitalised
    word the tagger took for a noun counts only inside a sentence ("Officials said" opens one)."""
    misread = tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start and tok.i > tok.sent.start
    if not (tok.pos_ == "PROPN" or misread) or tok.ent_type_ in _NOT_SPEAKING_LABELS or tok.dep_ not in ("nsubj", "pobj", "appos"):
        return None
    words = name_tokens(tok)
    documents = word_class("actors.kinds.document_heads")
    if any(not (t.text[:1].isupper() or t.text[:1].isdigit()) or t.ent_type_ in _NOT_SPEAKING_LABELS
           or is_title(t) or t.lower_ in documents for t in words):
        return None  # "Republic Act No. 7966 states …": a law's words, not an actor's
    return tok.doc[words[0].i: tok.i + 1]


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# the prepositions through which a name is a speaker or an author ("according to X", "a report by/from X")
_SOURCE_PREPOSITIONS = frozenset({"to", "by", "from"})


def unplaced_name(tok: Any, known_place: Callable[[str], bool]) -> Any | None:
    """The words of a name the recogniser typed as a place (GPE, LOC, FAC) that ``known_place``
    does not know, where it names who speaks: the subject ("Orvanta states …", "news agency Mehr
    reported …"), the source of "according to", the author of "a report by The Baltic" or of "X's
    statement". A company or a magazine with a place-like name, not a place; a known country or city
    is the actors stage's call."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _PLACE_LABELS:
        return None
    if not (tok.dep_ in ("nsubj", "poss", "appos") or tok.dep_ == "pobj" and tok.head.lower_ in _SOURCE_PREPOSITIONS):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ not in _PLACE_LABELS or ent.end - 1 != tok.i:
        return None
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and t.dep_ != "case"]
    if not words or any(not (t.text[:1].isupper() or t.text[:1].isdigit()) for t in words):
        return None
    if known_place(" ".join(t.text for t in words)) or known_place(ent.text):
        return None
    return tok.doc[words[0].i: words[-1].i + 1]


_TITLE_WORDS = frozenset("mr mrs ms dr sir dame lord lady prof professor".split())
_NOT_SPEAKERS = frozenset({"statement", "source", "sources", "report", "reports", "office"})
# informants: a bare "sources said" is no one the coders name; a qualified one ("official sources",
# "its source", "sources close to X") is a speaker of its own
_INFORMANTS = frozenset({"source"})
_QUALIFYING = frozenset({"amod", "compound", "nmod", "poss", "prep", "acl", "relcl", "nummod"})  # "two sources": counted ones


def partitive_whole(tok: Any) -> Any | None:
    """The plural noun a partitive head takes its part from ("a number of senators", "some of the
    protesters"), or None."""
    if tok.lemma_.lower() not in word_class("quotes.partitive") and tok.lower_ not in word_class("quotes.partitive"):
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.tag_ in ("NNS", "NNPS") else None


def name_tokens(tok: Any) -> list[Any]:
    """A proper name with the words compounded to its left ("Time", "Ivo Marsh")."""
    left = [t for t in tok.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    words = [w for t in left for w in name_tokens(t)] + [tok]  # "Chief Superintendent" hangs on "Superintendent"
    return sorted(words, key=lambda t: t.i)


def titled_name(tok: Any) -> Any | None:
    """``Cardinal Marc Ouellet``: a name of two words or more after a title the knowledge base
    knows, which names a person even where the entity recogniser saw none (or a piece of one), or
    took the title and name for a work of art ("Economy Minister Ildefonso Garrandes")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _NAME_LABELS or book_entity(tok, _NAME_LABELS):
        return None
    words = name_tokens(tok)
    start = 1 if len(words) > 3 and not is_title(words[0]) and is_title(words[1]) else 0  # "Economy Minister X Y"
    k = start
    while k < len(words) - 1 and is_title(words[k]):
        k += 1
    name = words[k:]
    if k == start or len(name) < 2 or any(not t.text[:1].isupper() or t.ent_type_ not in _NAME_LABELS for t in name):
        return None
    return tok.doc[name[0].i: tok.i + 1]


# entity labels a titled name may carry: none, a person, or a work of art (a title and name misread)
_NAME_LABELS = ("", "PERSON", "WORK_OF_ART")


def book_entity(tok: Any, labels: tuple[str, ...] = ("PERSON",)) -> bool:
    """The token lies in an entity of the recogniser that is no person (a place, a body, a date)."""
    return any(e.start <= tok.i < e.end and e.label_ not in labels for e in tok.doc.ents)


def is_title(tok: Any) -> bool:
    term = load_kb().sector_term(tok.lower_)
    return term is not None and term.kind in ("title", "leader") or tok.lower_.strip(".") in _TITLE_WORDS


def stranded_name(verb: Any) -> Any | None:
    """``…, Defense Secretary Ann Vale said Monday``, ``…, the head of the council, Ann Vale, has said``:
    the name parsed as an apposition of the last noun of the clause the verb reports (its complement,
    or the clause it hangs from), set off by a comma before the verb (a comma and the verb's
    auxiliaries between), is its subject; a name hung on any other noun ("According to the Herald,
    the head of X, Ann Vale, said") is left to the subject rules."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = verb.i - 1
    while k > 0 and (verb.doc[k].dep_ == "aux" and verb.doc[k].head.i == verb.i or verb.doc[k].text == ","):
        k -= 1
    name = verb.doc[k]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i >= name.left_edge.i or name.left_edge.i < 1 \
            or verb.doc[name.left_edge.i - 1].text != ",":
        return None
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    reported += [verb.head] if verb.dep_ in ("parataxis", "advcl", "conj") and verb.head.i < verb.i else []
    if not any(name.head.i in {t.i for t in clause.subtree} for clause in reported):
        return None
    return name


def part_owner(tok: Any) -> Any | None:
    """``the armed wing of X``, ``X's military branch``: the body a part of it (word class
    ``quotes.body_part_noun``) speaks for, named by a possessor or an "of" phrase; None when the
    owner is no name, pronoun or body ("the east wing of the palace")."""
    if tok.lemma_.lower() not in word_class("quotes.body_part_noun") or tok.pos_ != "NOUN":
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    owner = owners[0] if owners else None
    if owner is None or not (owner.pos_ in ("PROPN", "PRON") or owner.pos_ == "NOUN" and speaking_body(owner)):
        return None
    return owner


def bare_office(tok: Any) -> tuple[str, str] | None:
    """``the islands' Prime Minister``, ``the country's President``: a capitalised title with a
    determiner or possessor and no name of its own is one office holder; (sector, "person")."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or not is_title(tok) \
            or not any(c.dep_ in ("det", "poss") for c in tok.children) \
            or any(c.dep_ in ("appos", "compound") and c.i > tok.i for c in tok.children):
        return None
    term = load_kb().sector_term(tok.lower_)
    return (term.sector if term is not None and term.sector else "UNK"), "person"


def mention_kind(tok: Any) -> str:
    """The kind of mention a phrase headed by ``tok`` is: "title" for an office with no name ("the
    Queen", :func:`bare_office`), "name" for another proper name, else "nominal"."""
    return "title" if bare_office(tok) else "name" if tok.pos_ == "PROPN" else "nominal"


def speaking_body(tok: Any) -> tuple[str, str] | None:
    """(sector, "UNK" when none; kind) of a common noun that names a body, a group or one person
    able to speak, or None for sources and documents ("reports said", "the statement said"). One
    office holder ("the general") or one member of a group ("a witness") is a person; a body ("the
    ministry") or a plural ("analysts") a group."""
    lemma = tok.lemma_.lower()
    if lemma in _INFORMANTS and any(c.dep_ in _QUALIFYING for c in tok.children):
        return "UNK", "person" if tok.tag_ == "NN" else "group"  # "official sources", "its source": someone, unnamed
    if lemma in _NOT_SPEAKERS or tok.lower_ in _NOT_SPEAKERS:
        return None
    term = load_kb().sector_term(lemma) or load_kb().sector_term(tok.lower_)  # "media", lemmatized "medium"
    kind_word = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "NOUN"), None)
    if term is None and kind_word is not None:  # "a local news channel", "the television station": the two words
        term = load_kb().sector_term(f"{kind_word.lower_} {lemma}")
    if term is not None and term.kind in ("group", "title", "leader", "org"):
        sector, word_kind = term.sector, term.kind
    elif (lemma in word_class("quotes.governed_place") or lemma in word_class("actors.kinds.state_nouns")) \
            and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        # "the city said": its local government; "the country said": the state in mind, for the linker to find
        sector, word_kind = "GOV", "org"
    elif lemma in SPOKES_NOUNS | INSTITUTION_NOUNS:
        sector, word_kind = "UNK", "org" if lemma in INSTITUTION_NOUNS else "title"
    elif lemma in word_class("quotes.speaking_noun") or agent_noun(lemma) and (
            tok.tag_ == "NNS" or any(c.dep_ == "det" or c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children)):
        # a bare singular ("toilet paper producer Who Gives a Crap said") is a description of a name;
        # "one interviewee" counts one person as a determiner does
        sector, word_kind = "UNK", "group"
    else:
        return None
    one = tok.tag_ in ("NN", "NNP") and word_kind != "org" and lemma not in INSTITUTION_NOUNS
    return sector, "person" if one else "group"


# Endings of nouns that name people by what they do or undergo (defined once: the events stage reads them too).
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee")


def agent_noun(lemma: str) -> bool:
    """A noun that names people by what they do or undergo ("engineer", "scientist", "physician",
    "resident", "protester", "interviewee", "detainee"): the agentive endings, less documents and the
    things that share an ending (quotes.not_agent_noun)."""
    return len(lemma) >= 6 and lemma.isalpha() and lemma.endswith(AGENT_ENDINGS) \
        and lemma not in word_class("quotes.document_noun") and lemma not in word_class("quotes.not_agent_noun")


def appositives(tok: Any) -> list[Any]:
    """The appositives of a speaker noun, with one the parser hung on its "of" phrase
    ("the prosecutor of Gondor, Ivo Marsh," parsed with "Marsh" in apposition to "Gondor")."""
    out = [c for c in tok.children if c.dep_ == "appos"]
    # "Retired FBI agent and terrorism specialist Ali Soufan": the name hung as the last conjunct,
    # with no "and" or comma of its own before it
    out += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
            and tok.doc[c.left_edge.i - 1].dep_ != "cc" and not tok.doc[c.left_edge.i - 1].is_punct]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        # (a one-word place the tagger took for a person: "the mayor of Palu, Ann Vale")
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and (g.ent_type_ in ("GPE", "ORG", "") or g.ent_type_
                     == "PERSON" and g.pos_ == "PROPN" and not any(k.dep_ in ("compound", "flat") for k in g.children))):
            out += [g for g in pobj.children if g.dep_ == "appos" and g.pos_ == "PROPN" and g.i > pobj.i + 1
                    and tok.doc[g.left_edge.i - 1].text == ","]
    if not out and (body := speaking_body(tok)) is not None and body[1] == "person":
        # "the spokesman for the commissioner in Palu, Ann Vale": the name hung on the place at the end
        for pobj in (g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for g in c.children if g.dep_ == "pobj"):
            places = [p for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                      for p in c.children if p.dep_ == "pobj"]
            out += [g for p in places for g in p.children if g.dep_ == "appos" and g.pos_ == "PROPN"
                    and g.ent_type_ == "PERSON" and tok.doc[g.left_edge.i - 1].text == ","]
    return out


def title_and_name(tok: Any) -> Any | None:
    """The name a bare singular title is coordinated with: in "Party leader and Prime Minister Ann
    Vale" the title has no determiner, so it cannot name a second person ("The minister and Ann
    Vale" are two); the person is the name."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return None
    body = speaking_body(tok)
    if body is None or body[1] != "person":
        return None
    doc = tok.doc
    # the name as the title's conjunct, or as a second subject of the same verb (a parse of the same words)
    names = [c for c in tok.children if c.dep_ == "conj"] + [c for c in tok.head.children if c.dep_ == "nsubj"]
    return next((c for c in names if c.i > tok.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and doc[tok.i + 1].lower_ == "and" and c.left_edge.i == tok.i + 2), None)


def closing_name(tok: Any) -> Any | None:
    """The person's name that closes a descriptive subject in apposition, right before its verb:
    ``<description>, <First Last>, said`` ("The bank's head of lending for the north, Ann Vale,
    said"; "Another co-author, soil science professor Ann Vale, said"), however the parser hung the
    name inside the description. Read off the words: the name is an entity of two words or more
    between the last comma of the phrase and the comma before the verb, and no verb stands in the
    description (a relative clause or a participle holds its own objects: "the nurse who treated
    Ann Vale, …")."""
    verb, doc = tok.head, tok.doc
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in INSTITUTION_NOUNS or verb.i <= tok.i \
            or tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    k = verb.i - 1
    while k > tok.i and doc[k].pos_ == "ADV":
        k -= 1  # "…, Ann Vale, also said"
    if doc[k].text != ",":
        return None
    name = next((e for e in doc.ents if e.end == k and e.label_ == "PERSON" and len(e) >= 2), None)
    if name is None or name.start <= tok.i:
        return None
    opening = max((t.i for t in doc[tok.i + 1: name.start] if t.text == ","), default=None)
    if opening is None or any(t.pos_ in ("VERB", "AUX", "PRON") for t in doc[tok.i + 1: name.start]):
        return None
    return name


def appositive_person(head: Any, appos: Any) -> Any | None:
    """The full name in ``<person noun>, <First Last>,`` when the parser saw no entity there."""
    if head.pos_ != "NOUN" or head.lemma_.lower() in INSTITUTION_NOUNS or appos.pos_ != "PROPN":
        return None
    if appos.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "FAC", "DATE") or not appos.text[:1].isupper():
        return None
    parts = [t for t in appos.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"]
    if not parts or any(not t.text[:1].isupper() for t in parts):
        return None  # one bare word is not enough to name a new person
    return appos.doc[parts[0].i: appos.i + 1]


def owning_child(document: Any) -> Any | None:
    """The first child of a document mention that names its author: a possessor or a "by/from" phrase,
    or the "by" phrase of a participle that issues it ("a statement posted on Twitter by X", not "a
    report criticised by X")."""
    own = next((c for c in document.children if c.dep_ == "poss" and c.pos_ != "PRON"
                or c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
    issuing = (c for c in document.children
               if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in word_class("quotes.issuing_verb"))
    return own or next((g for c in issuing for g in c.children if g.dep_ == "agent"), None)


def own_author(document: Any) -> Any | None:
    """Whom a document mention's own words name as its author: "X's statement", "a statement by/from X"."""
    c = owning_child(document)
    if c is None or c.dep_ == "poss":
        return c
    return next((g for g in c.children if g.dep_ == "pobj"), None)


__all__ = [
    "AGENT_ENDINGS", "agent_noun",
    "INSTITUTION_NOUNS", "SPOKES_NOUNS", "appositive_person", "appositives", "book_entity", "closing_name", "is_title",
    "name_tokens", "own_author", "owning_child", "partitive_whole", "speaking_body", "title_and_name", "titled_name",
    "unknown_name", "unplaced_name", "bare_office", "mention_kind", "part_owner", "stranded_name",
]
