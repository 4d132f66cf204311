"""Whether two proposed actors name one entity: the pure tests of a pair the linker (:mod:`.link`) asks.

Each test reads only the two proposals (their names, kinds, mentions and codes) and, where
said, the knowledge base: called alike (:func:`same_name`), one a shorter form or the acronym
of the other (:func:`shortens_person`, :func:`shortens_body`),
unnamed groups described alike (:func:`same_group`, :func:`repeats_description`), one
knowledge-base entry (:func:`kb_keys`) or one state's body named with two spellings of the
state (:func:`own_name`). Nothing known may tell the two apart (:func:`compatible`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from ...kb import KnowledgeBase
from ...kb.model import Entity, Person, fold
from ...resolve import HONORIFICS
from ...schema import Actor
from ..common import pronoun_features, word_class
from .national import country_by_article_only
from .variants import (
    ACRONYM_SKIPS,
    BODY_KINDS,
    GENERATIONAL,
    acronym_of,
    body_short_form_of,
    person_variant_of,
)

# Mention kinds that say the words of the actor's name, as opposed to a description or a pronoun.
NAMING = frozenset({"name", "honorific"})
# Common nouns after a body's name that say what it is ("the Associated Press news agency").
BODY_DESCRIPTORS = word_class("actors.link.body_descriptors")
# Words a company's full legal name ends in ("Group PLC", "Holding LLC").
LEGAL_SUFFIXES = word_class("actors.alike.legal_suffixes")
# Words before a description that say nothing of whose it is.
_ARTICLES = frozenset({"the", "a", "an"})
# Words before a description that say it is someone's: it may not join by its words alone.
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your", "whose"})
# The rule of a proposal the tagger labelled an organisation, and the mention kinds that say a person.
_TAGGED_BODY = "ner.org"
TAGGED_BODY = _TAGGED_BODY  # the rule of a name the tagger labelled an organisation
# Small words a body's name may hold between its capitalised words ("Pacific Gas and Electric").
NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "&"})


def capitalised_name(words: list[str]) -> bool:
    """Whether every word of a name is capitalised or one of the small words that join a body's name."""
    return all(w[:1].isupper() or w.lower() in NAME_JOINERS for w in words)
_TAGGED_PERSON = "ner.person"
_PERSON_SIGNS = frozenset({"honorific", "title", "appositive"})


def _person_sign(m: Any) -> bool:
    """A mention that marks a person: an honorific, a title, an apposition, or "he"/"she" bound to it."""
    return m.kind in _PERSON_SIGNS or m.kind == "pronoun" \
        and pronoun_features().get(m.span.text.lower(), ("",))[0] == "person"


# Kinds of the knowledge base's sector terms that name an office a person holds ("senator", "president").
_OFFICE_TERMS = frozenset({"title", "leader"})
# The shortest forename that may name a person alone, and the shortest words whose vowels may vary.
_SHORTEST_FORENAME = 4
_SHORTEST_VARIANT = 4
_SHORTEST_LONE_VARIANT = 6
_VOWELS = frozenset("aeiouy")
# The shortest surname an honorific may name spelled otherwise, and the shortest with two slips.
_SHORTEST_HONORIFIC_VARIANT = 5
_SHORTEST_TWO_EDITS = 7
# The stage whose participants may come without a type ("group" by default) when the tagger gave none.
_PARTICIPANTS = "tidings.events.v1"


def person_words(name: str) -> list[str]:
    """A person's name as lower-cased words without the honorifics and titles before it
    ("Mr. Juan Pérez-Ruiz" -> juan, perez, ruiz: hyphenated parts apart)."""
    words = [p for w in fold(name).replace(".", " ").replace(",", " ").split() for p in w.split("-") if p]
    while words and words[0] in HONORIFICS:
        words.pop(0)
    return [w for w in words if w not in {"'s", "'"}]


def body_words(name: str) -> list[str]:
    """A body's name as lower-cased words without "the" and possessive marks ("New People's Party"
    and "New People Party", "Workers' Union" and "Workers Union" are one name)."""
    text = name[4:] if name.lower().startswith("the ") else name
    words = fold(text).replace(".", "").replace(",", "").replace("\u2019", "'").split()
    return [w for w in (_unpossessed(w) for w in words) if w]


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def unnamed(actor: Actor) -> bool:
    """An actor none of whose mentions is a name: a group or body described by common nouns."""
    return bool(actor.mentions) and not any(m.kind in NAMING for m in actor.mentions)


def legal_name(actor: Actor) -> bool:
    """Whether a body the text gives only as a phrase is named by it as by a company's full legal
    name: capitalised words ending in a legal suffix ("Brantwell Group PLC", "Tarrow Holding LLC";
    not "the Halvor group"). It may be the company the article calls by its short name."""
    words = [w for w in actor.name.split() if w.lower() != "the"]
    return actor.kind in BODY_KINDS and unnamed(actor) and len(words) >= 2 \
        and all(w[:1].isupper() for w in words) and fold(words[-1]).rstrip(".") in LEGAL_SUFFIXES \
        and any(m.span.text.split()[-1:] == words[-1:] for m in actor.mentions)


def body_taken_for_person(a: Actor) -> bool:
    """A proposal the tagger labelled an organisation that resolution took for a person, with no
    sign of a person of its own (an honorific, a title, an appositive, a role or a Wikidata id):
    "Sears", "National Basketball Association" typed as people. It may be the body of the same
    name (:func:`as_body`)."""
    prov = a.provenance
    return a.kind == "person" and prov is not None and prov.rule == _TAGGED_BODY and a.wikidata is None \
        and a.role is None and bool(a.mentions) and not any(_person_sign(m) for m in a.mentions)


def body_titled_by_a_word(a: Actor, kb: KnowledgeBase) -> bool:
    """A proposal the tagger labelled an organisation that resolution took for a person titled by
    a word that names no office but a kind of people ("Consumer Reports" as "Reports", titled
    "Consumer"): a body, as :func:`body_taken_for_person`, but for the role the word lent it."""
    prov = a.provenance
    term = kb.sector_terms.get(fold(a.role)) if a.role else None
    return a.kind == "person" and prov is not None and prov.rule == _TAGGED_BODY and a.wikidata is None \
        and term is not None and term.kind not in _OFFICE_TERMS and bool(a.mentions) \
        and not any(_person_sign(m) for m in a.mentions)


def named_like_a_body(a: Actor) -> bool:
    """A lone word the tagger took for a person with nothing else that marks a person: no
    honorific, title, appositive or pronoun, no role and no Wikidata id ("Grenmark" after
    "Grenmark Capital Partners"). It may be the short form of a body met before it."""
    prov = a.provenance
    return a.kind == "person" and prov is not None and prov.rule == _TAGGED_PERSON and a.wikidata is None \
        and a.role is None and len(person_words(a.name)) == 1 and a.name[:1].isupper() \
        and bool(a.mentions) and all(m.kind == "name" for m in a.mentions)


def as_body(a: Actor) -> Actor:
    """``a`` as the body it may be (:func:`body_taken_for_person`), else ``a``."""
    return dataclasses.replace(a, kind="organization") if body_taken_for_person(a) else a


def compatible(a: Actor, b: Actor) -> bool:
    """Whether nothing known tells two actors apart: a person and a body ("the Trump
    administration" is not Trump, though the knowledge base links them), another Wikidata id or
    another country. A country given only because it is the article's (a name no word of the
    text placed, :func:`~.national.country_by_article_only`) is a guess, and tells nothing."""
    return (a.kind == "person") == (b.kind == "person") \
        and not (a.wikidata and b.wikidata and a.wikidata != b.wikidata) \
        and not (a.country and b.country and a.country != b.country
                 and not country_by_article_only(a) and not country_by_article_only(b))


def same_name(a: Actor, b: Actor) -> bool:
    """Whether two named people, or two bodies at least one of them named, are called alike
    (without honorifics, titles or "the") and nothing known tells them apart. A body described by
    a phrase of two words or more with a proper name in it ("the United States Embassy" as a
    nominal), or by the named body's own words in small letters ("the emergencies ministry"), is
    called by it. A named body is called by a description that says its
    very words ("Veland Government" and "the Veland government", :func:`_says_name`)."""
    if not compatible(a, b):
        return False
    if a.kind == b.kind == "person":
        return not unnamed(a) and not unnamed(b) and bool(person_words(a.name)) \
            and person_words(a.name) == person_words(b.name)
    if a.kind not in BODY_KINDS or b.kind not in BODY_KINDS or (unnamed(a) and unnamed(b)):
        return False
    described = a if unnamed(a) else b if unnamed(b) else None
    if described is not None and _says_name(described, b if described is a else a):
        return True
    if described is not None and len(described.name.split()) < 2:
        return False
    mine, theirs = body_words(a.name), body_words(b.name)
    return bool(mine) and (mine == theirs or (described is None and (_misspelled(mine, theirs)
                                                                     or _other_number(mine, theirs))))


def _says_name(described: Actor, named: Actor) -> bool:
    """Whether one of a described body's mentions says a named body's very words, two or more, in
    small letters or capitals, and nobody's ("The Veland government" and "Veland Government")."""
    words = body_words(named.name)
    return len(words) >= 2 and not unnamed(named) and any(
        m.kind == "nominal" and description_words(m.span.text) == words for m in described.mentions)


def _other_number(mine: list[str], theirs: list[str]) -> bool:
    """Whether two names' words (two or more: "Senates" are several) differ only in the number of
    their last word ("Indian Railway", "Indian Railways"), a word long enough to say so."""
    if len(mine) < 2 or len(mine) != len(theirs) or mine[:-1] != theirs[:-1]:
        return False
    short, long = sorted((mine[-1], theirs[-1]), key=len)
    return len(short) >= _SHORTEST_VARIANT and long == short + "s"


def number_free(a: Actor) -> tuple[str, ...] | None:
    """A body's name words with its last word's plural "s" taken off: what both numbers keep."""
    words = body_words(a.name) if a.kind in BODY_KINDS else []
    return tuple(words[:-1] + [words[-1].removesuffix("s")]) if words else None


def heads_name(short: list[str], full: list[str], own: tuple[str, ...] | None = None) -> bool:
    """Whether name words ``short`` (two or more) are a body's name ``full`` before its "of"
    complement, with or without the words before it that name its own state (``own``, see
    :func:`own_name`): "supreme court" of "italian supreme court of cassation"."""
    if len(short) < 2:
        return False
    for words in (full, list(own or ())):
        if "of" in words:
            cut = words.index("of")
            if words[:cut] == short and cut < len(words) - 1:
                return True
    return False


def _misspelled(mine: list[str], theirs: list[str]) -> bool:
    """Whether two names' words differ only by two neighbouring letters swapped in one long word, a
    typing slip ("Untied Nations", "Chrylser")."""
    pairs = [(x, y) for x, y in zip(mine, theirs) if x != y]
    if len(mine) != len(theirs) or len(pairs) != 1 or len(pairs[0][0]) < _SHORTEST_LONE_VARIANT:
        return False
    x, y = pairs[0]
    at = [k for k, (p, q) in enumerate(zip(x, y)) if p != q]
    return len(x) == len(y) and len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def letters_of(a: Actor) -> str | None:
    """The letters of a body's name in order of the alphabet: what a swap of two letters keeps."""
    return "".join(sorted("".join(body_words(a.name)))) if a.kind in BODY_KINDS and a.name else None


def shortens_person(short: Actor, full: Actor, checked: bool = True) -> bool:
    """Whether person ``short`` is named by a shorter form of person ``full``'s name: a father is
    no short form of his son ("Donald Trump" of "Donald Trump Jr."), and a forename alone is none.
    ``checked``: and nothing known tells them apart (see :func:`compatible`)."""
    if short.kind != "person" or full.kind != "person" or (checked and not compatible(short, full)) \
            or unnamed(short) or unnamed(full):
        return False
    if not (short.name[:1].isupper() and full.name[:1].isupper()):
        return False  # "pro-Beijing" names no one
    mine, theirs = person_words(short.name), person_words(full.name)
    if set(theirs) & GENERATIONAL and not set(mine) & GENERATIONAL:
        return False
    return person_variant_of(mine, theirs)


def shortens_body(short: Actor, full: Actor, checked: bool = True) -> bool:
    """Whether body ``short`` is the acronym or a short form of body ``full``'s name (``checked``:
    and nothing known tells them apart)."""
    if short.kind not in BODY_KINDS or full.kind not in BODY_KINDS or unnamed(short) \
            or (checked and not compatible(short, full)):
        return False
    text = short.name[4:] if short.name.lower().startswith("the ") else short.name
    mine, theirs = body_words(text), body_words(full.name)
    if not unnamed(full) and len(mine) == 1 and acronym_of(text, full.name):
        return True  # before the test below: "BoA" of "Bank of America"
    if theirs[-len(mine) - 1:-len(mine)] == ["of"]:
        return False  # "Parliament" is not the "Members of Parliament"
    if mine and theirs[:len(mine)] == mine and len(theirs) > len(mine):
        rest = full.name.split()[len(text.split()):]
        # common nouns after the name say what it is (a description, however it was proposed:
        # "the Atlantic Council think tank"), or whose people they are ("Hamas fighters")
        if all(w[:1].islower() for w in rest):
            return fold(rest[-1]) in BODY_DESCRIPTORS
    return (not unnamed(full) or legal_name(full)) and (acronym_of(text, full.name) or body_short_form_of(mine, theirs))


def same_group(a: Actor, b: Actor) -> bool:
    """Whether two unnamed groups or bodies are described alike: same words (without "the"), kind,
    country and sector (where both have one). Not people: two mentions of "the foreign secretary" may be two holders."""
    return (a.kind != "person" and unnamed(a) and unnamed(b) and a.kind == b.kind
            and (a.sector == b.sector or a.sector is None or b.sector is None)  # one stage may give none
            and a.country == b.country
            and body_words(a.name) == body_words(b.name) and bool(body_words(a.name)))


def _naming_words(actor: Actor) -> list[list[str]]:
    """The person words of an actor's name and of each mention that names it."""
    names = [actor.name] + [m.span.text for m in actor.mentions if m.kind in NAMING]
    return [w for w in map(person_words, names) if w]


def forename_of(short: Actor, full: Actor) -> bool:
    """Whether person ``short`` is named by one word alone that is the forename of a fuller name of
    person ``full`` ("Hosni" of "Hosni Mubarak") and nothing known tells them apart. Whether no
    one else of the article has that word is the caller's to ask (:func:`has_word`)."""
    if short.kind != "person" or full.kind != "person" or unnamed(short) or unnamed(full) \
            or not compatible(short, full) or not short.name[:1].isupper():
        return False
    mine = person_words(short.name)
    if len(mine) != 1 or len(mine[0]) < _SHORTEST_FORENAME or not all(
            person_words(m.span.text) == mine for m in short.mentions if m.kind in NAMING):
        return False
    return any(len(w) >= 2 and w[0] == mine[0] and mine[0] not in w[1:] for w in _naming_words(full))


def has_word(actor: Actor, word: str) -> bool:
    """Whether ``word`` is one of the words of a person's names (a forename, a surname or between)."""
    return actor.kind == "person" and not unnamed(actor) and any(word in w for w in _naming_words(actor))


def skeleton(word: str) -> str:
    """A word without its vowels after the first letter, doubled letters once, any first vowel
    alike: what two transliterations of a name keep ("laden", "ladin" -> ldn; "osama", "usama")."""
    out = "a" if word[0] in _VOWELS else word[0]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out


def _one_edit(x: str, y: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped, or two neighbours swapped."""
    if abs(len(x) - len(y)) > 1:
        return False
    start = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
    if len(x) == len(y):
        return x[start + 1:] == y[start + 1:] or (x[start + 2:] == y[start + 2:] and x[start:start + 2] == y[start:start + 2][::-1])
    return x[start + (len(x) > len(y)):] == y[start + (len(y) > len(x)):]


def _spelled_alike(x: str, y: str, shortest: int) -> bool:
    """Two spellings of one name word: its consonants kept, one letter's difference ("Khomeini" and
    "Khamenei" are two people's)."""
    return x != y and min(len(x), len(y)) >= shortest and skeleton(x) == skeleton(y) and _one_edit(x, y)


def spelled_alike(a: Actor, b: Actor) -> bool:
    """Whether person ``a`` is named by another spelling of person ``b``'s name, the vowels of its
    words aside, and nothing known tells them apart: "Hamza bin Ladin" of "Hamza bin Laden",
    "Usama bin Ladin" of "Osama bin Laden", a lone "Pierliusi" of "Pedro Pierluisi". The surname
    must be the word spelled otherwise ("Maria Rossi" and "Mario Rossi" are two people), and a
    lone surname must be long enough to say so."""
    if a.kind != "person" or b.kind != "person" or unnamed(a) or unnamed(b) or not compatible(a, b):
        return False
    mine, theirs = person_words(a.name), person_words(b.name)
    if not mine or not theirs:
        return False
    if len(mine) == 1 and len(theirs) > 1:
        return _spelled_alike(mine[0], theirs[-1], _SHORTEST_LONE_VARIANT)
    return len(mine) == len(theirs) and mine[-1] != theirs[-1] \
        and all(x == y or _spelled_alike(x, y, _SHORTEST_VARIANT) for x, y in zip(mine, theirs))


def _edits(x: str, y: str) -> int:
    """The letters changed, added, dropped or swapped with a neighbour between two words."""
    prev2: list[int] = []
    prev = list(range(len(y) + 1))
    for i, p in enumerate(x, 1):
        row = [i]
        for j, q in enumerate(y, 1):
            best = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (p != q))
            if i > 1 and j > 1 and p == y[j - 2] and x[i - 2] == q:
                best = min(best, prev2[j - 2] + 1)
            row.append(best)
        prev2, prev = prev, row
    return prev[-1]


def honorific_variant(short: Actor, full: Actor) -> bool:
    """Whether person ``short``, named only by an honorific and one word ("Ms Brakman"), names
    person ``full`` ("Lydia Brackmann") with the surname spelled otherwise: the same first letter
    and one letter's difference, or two in names of seven letters or more ("Bauchtmann",
    "Buchtmann"); never a forename, never a name too short to tell a slip from another name ("Lee",
    "Lea"). Whether it fits no one else of the article is the caller's to ask."""
    if short.kind != "person" or full.kind != "person" or unnamed(short) or unnamed(full) \
            or not compatible(short, full):
        return False
    if not short.mentions or not all(m.kind == "honorific" for m in short.mentions if m.kind in NAMING):
        return False
    mine, theirs = person_words(short.name), person_words(full.name)
    if len(mine) != 1 or len(theirs) < 2 or set(theirs) & GENERATIONAL:
        return False
    x, y = mine[0], theirs[-1]
    if x == y or x[:1] != y[:1] or min(len(x), len(y)) < _SHORTEST_HONORIFIC_VARIANT:
        return False
    return _edits(x, y) <= (2 if min(len(x), len(y)) >= _SHORTEST_TWO_EDITS else 1)


def _head(words: list[str]) -> str:
    """The head noun of a description's words: the last one before "of" ("the government of X",
    "the X government" -> government)."""
    words = words[:words.index("of")] if "of" in words else words
    return words[-1] if words else ""


def description_words(text: str) -> list[str] | None:
    """A description's words without its article, or None when a possessive makes it someone's."""
    words = [w for w in fold(text).replace(",", "").split() if w not in {"'s", "'"}]
    if any(w in POSSESSIVES for w in words):
        return None
    return [w for w in words if w not in _ARTICLES]


def mention_words(text: str) -> list[str]:
    """A description's words without articles and possessives ("her government" -> government)."""
    return [w for w in fold(text).replace(",", "").split() if w not in POSSESSIVES | _ARTICLES]


def repeats_description(a: Actor, b: Actor) -> bool:
    """Whether unplaced description ``a`` ("government", "the protesters") repeats one of body
    ``b``'s descriptions: the same words, or, for one bare noun, the same head ("the Kestrian
    government", "the government of Kestria", "her government"); never an indefinite one ("a
    government"). A placed one is left to the rules of its state's bodies: letting it repeat a
    body of its state cost a story of the stories check."""
    if a.kind == "person" or b.kind == "person" or a.country is not None \
            or not unnamed(a) \
            or (a.sector and b.sector and a.sector != b.sector):
        return False
    mine = description_words(a.name)
    if not mine or any(fold(m.span.text).split()[:1] in (["a"], ["an"]) for m in a.mentions):
        return False  # "a company" is one not met before
    for m in b.mentions:
        if m.kind not in {"nominal", "title", "appositive"}:
            continue
        theirs = mention_words(m.span.text)
        if theirs and (theirs == mine or (len(mine) == 1 and _head(theirs) == mine[0])):
            return True
    return False


def untyped(a: Actor) -> bool:
    """A participant the events stage named but could not type: a name with no kind of its own."""
    return a.kind == "group" and a.country is None and a.sector is None and a.wikidata is None \
        and a.provenance is not None and a.provenance.component == _PARTICIPANTS \
        and bool(a.mentions) and all(m.kind == "name" for m in a.mentions)


def same_words(a: Actor, b: Actor) -> bool:
    words = person_words(a.name) if b.kind == "person" else body_words(a.name)
    return bool(words) and words == (person_words(b.name) if b.kind == "person" else body_words(b.name))


def names_country(words: Sequence[str], code: str, kb: KnowledgeBase) -> bool:
    """Whether ``words`` name the state ``code`` or its people ("U.S.", "United States", "American")."""
    text = " ".join(words)
    state = kb.countries.get(code)
    return kb.demonym(text) == code or (state is not None and any(n is state for n in kb.lookup(text)))


def own_name(actor: Actor, kb: KnowledgeBase | None) -> tuple[str, ...] | None:
    """A named body's name without the words before it that name its own state ("the U.S.
    Embassy", "the United States Embassy" -> embassy), or None when none do."""
    if kb is None or not actor.country or actor.kind not in BODY_KINDS or unnamed(actor):
        return None
    words = (actor.name[4:] if actor.name.lower().startswith("the ") else actor.name).split()
    for n in (3, 2, 1):
        if len(words) > n and names_country(words[:n], actor.country, kb):
            return tuple(fold(w) for w in words[n:])
    return None


def kb_keys(actors: Sequence[Actor], kb: KnowledgeBase | None) -> list[str | None]:
    """For each actor, the one knowledge-base entry all its names stand for ("Daesh", "ISIS" and
    "Islamic State" are one entry's aliases), or None: no entry, or several ("Labour")."""
    if kb is None:
        return [None] * len(actors)
    out: list[str | None] = []
    for a in actors:
        names = {a.name} | {m.span.text for m in a.mentions if m.kind in NAMING}
        found = {id(n): n for name in names for n in kb.lookup(name)}
        fits = [n for n in found.values() if isinstance(n, (Entity, Person))
                and (isinstance(n, Person) == (a.kind == "person") or untyped(a))]
        out.append(fits[0].key if len(fits) == 1 and not unnamed(a) else None)
    return out

def shortens(a: Actor, b: Actor) -> bool:
    """Whether ``a``'s name is a shorter form of ``b``'s, whatever else is known of either."""
    return shortens_person(a, b, checked=False) or shortens_body(a, b, checked=False)


def initials(name: str) -> set[str]:
    """The acronyms a body's name may have (see :func:`~.variants.acronym_of`)."""
    out = set()
    for words in (body_words(name), [w for w in fold(name).replace(".", "").replace(",", "").split()
                                      if w not in {"'s", "'"}]):
        out.add("".join(w[0] for w in words))
        out.add("".join(w[0] for w in words if w not in ACRONYM_SKIPS))
    return out


__all__ = ["BODY_DESCRIPTORS", "NAME_JOINERS", "POSSESSIVES", "NAMING", "TAGGED_BODY", "capitalised_name", "as_body", "body_taken_for_person", "body_words", "compatible", "description_words",
           "forename_of", "has_word", "heads_name", "honorific_variant", "initials", "kb_keys", "letters_of", "mention_words", "named_like_a_body",
           "names_country", "number_free", "own_name", "person_words", "repeats_description",
           "same_group", "same_name", "same_words", "shortens", "shortens_body", "shortens_person", "skeleton", "spelled_alike",
           "untyped"]
