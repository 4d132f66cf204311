"""Whether a third-person pronoun can refer to an actor.

**Agreement** (``data/pronouns.csv``, ``data/gendered_words.csv``, ``data/given_names.csv``):

* *he/she/him/her* name one person, never a body, a group or a country; *it/its* a body, a
  country or a thing, never a person; *they/them/their* a group, a body or several people, never
  one person (a person actor is one person unless the text names it in the plural: "Foreign
  ministers of Egypt and Greece"); *them* never a state or a body named in the singular
  (``agreement.people_plurals``: "urging them", "some of them"), which "they" and "their" may be in
  British use ("the government said they would appeal").
* A person's gender is what the text says of them: an honorific ("Ms Vale"), a gendered noun in a
  mention or role ("spokeswoman"), a gendered word right beside a mention ("actress Mira Solt",
  "the chairwoman, Ada Roe"); else what their given name says (``data/given_names.csv``: names
  used for one gender only, "Elizabeth Warren" is a she); else a gendered pronoun already resolved
  to them. A person nothing says a gender of agrees with either pronoun.
* A *one-person group*, an unnamed actor the text names only in the singular by a noun for one
  person ("a senior official", "a spokesman", "one diplomat"; ``quotes.person_role``, with the
  speaking nouns and epithets), is a person to a pronoun: "A senior official said …," he told
  reporters": the official; never "it".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resolve import FORMER
from ..schema import Actor, Span
from .common import data_rows, pronoun_features, token_at, tokens_at, word_class


@lru_cache(maxsize=None)
def gendered_words() -> dict[str, str]:
    return {r["word"]: r["gender"] for r in data_rows("gendered_words.csv")}


@lru_cache(maxsize=None)
def generic_person_nouns() -> dict[str, str]:
    """``{noun: gender}`` of nouns that say only a person's gender ("man", "woman")."""
    return {r["word"]: r["gender"] for r in data_rows("gendered_words.csv") if r.get("generic") == "yes"}


def is_pronoun(word: str) -> bool:
    return word.lower() in pronoun_features()


def word_gender(word: str) -> str | None:
    w = word.lower().strip(".,'\u2019")
    if w in pronoun_features():
        return pronoun_features()[w][1]
    return gendered_words().get(w)


def mention_gender(words: list[str]) -> str | None:
    """A mention's gender: a lone pronoun, or the gendered words in it agreeing.

    An opening possessive ("his spokeswoman") is someone else's gender, so it is skipped.
    """
    if len(words) > 1 and words[0].lower() in ("his", "her", "their", "its"):
        words = words[1:]
    if len(words) > 1:
        words = [w for w in words if w.lower() not in pronoun_features()]
    found = {word_gender(w) for w in words} - {None}
    return found.pop() if len(found) == 1 else None


def beside(doc: Any, mention: Span) -> list[str]:
    """The common nouns a mention's text stands beside: "actress Mira Solt", "the chairwoman, Ada Roe"."""
    start, end = mention.start, mention.end
    span = tokens_at(doc, mention)
    if span is None:
        return []
    head = span.root
    words = [t.text for c in head.children if not (start <= c.idx < end) and c.dep_ == "compound"
             for t in c.subtree if t.dep_ in ("compound", "amod")]  # "Prime Minister Hanna Lowe"
    # not a relative named beside them ("Tom Hale, his wife Mira"): a noun with an owner is someone else
    words += [c.text for c in head.children if c.dep_ in ("amod", "appos") and c.pos_ == "NOUN"
              and not any(g.dep_ == "poss" for g in c.children)]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.text.islower() and before.head.i != head.i:
        # "The militant group Hamas" parsed as two subjects: the noun right before the name describes it
        words += [before.text] + [c.text for c in before.children if c.dep_ in ("amod", "compound")]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        words.append(head.head.text)  # "the spokeswoman, Elen Vardamir"
    elif head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i == span.end:
        words.append(head.head.text)
    return words


def _own_possessive(doc: Any, mention: Span) -> str | None:
    """The gender of a reflexive in the clause a mention is the subject of ("Ada Roe turned herself in"):
    a reflexive there can only be its subject (a possessive could be anyone's)."""
    span = tokens_at(doc, mention)
    if span is None or span.root.dep_ != "nsubj":
        return None
    verb = span.root.head
    found = set()
    for t in verb.subtree:
        if t.lower_ in ("himself", "herself") and t.i > span.end:
            clause = t.head
            while clause.i != verb.i and clause.dep_ not in ("ccomp", "advcl", "relcl", "xcomp", "conj", "acl"):
                clause = clause.head
            if clause.i == verb.i:  # not in a clause of its own, whose subject could be someone else
                found.add(pronoun_features()[t.lower_][1])
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=None)
def given_names() -> dict[str, str]:
    """``{given name: gender}`` of ``data/given_names.csv``: names used for one gender only."""
    return {r["name"]: r["gender"] for r in data_rows("given_names.csv")}


def name_gender(name: str) -> str | None:
    """The gender a person's full name says by its given name ("Elizabeth Warren": f), or None: a
    lone word may be a family name ("Nelson"), and a name used for both genders is not listed."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return given_names().get(words[0].lower().strip(".,"))


def actor_gender(actor: Actor, doc: Any = None) -> str | None:
    """'m' or 'f' for a person: what the text says of them (an honorific, a gendered noun in or
    beside a mention or in the role), else what their given name says, else what the gendered
    pronouns already resolved to them say (a resolution may be wrong; a name is not); None when
    nothing says, or the text says both."""
    if actor.kind != "person":
        return None
    said: set[str] = set()
    resolved: set[str] = set()
    for m in actor.mentions:  # anywhere in the article: a gender is the person's, not the sentence's
        g = mention_gender(m.span.text.split())
        if g is None and doc is not None and m.kind != "pronoun":
            g = mention_gender(beside(doc, m.span)) or _own_possessive(doc, m.span)
        if g is not None:
            (resolved if m.kind == "pronoun" else said).add(g)
    if actor.role:
        g = mention_gender(actor.role.split())
        if g is not None:
            said.add(g)
    if said:
        return said.pop() if len(said) == 1 else None
    by_name = name_gender(actor.name)
    if by_name is not None:
        return by_name
    return resolved.pop() if len(resolved) == 1 else None


# plural object pronouns that stand for no state and no body named in the singular ("urging them")
PEOPLE_PLURALS = word_class("agreement.people_plurals")


def agrees(actor: Actor, pronoun: str, doc: Any = None) -> bool:
    """Whether ``pronoun`` can refer to ``actor`` (number, person or thing, gender)."""
    feats = pronoun_features().get(pronoun.lower())
    if feats is None:
        return False
    refers, gender = feats
    if refers == "person":
        if actor.kind == "group" and one_person_group(actor, doc):
            return _role_gender(actor, doc) in (None, gender)
        return actor.kind == "person" and not _plural(actor, doc) and actor_gender(actor, doc) in (None, gender)
    if refers == "thing":  # not a group the text names only in the plural ("the demonstrators")
        return actor.kind in ("organization", "country", "other") or actor.kind == "group" and not _all_plural(actor, doc) \
            and not one_person_group(actor, doc)
    if pronoun.lower() in PEOPLE_PLURALS and actor.kind in ("country", "organization"):
        return _all_plural(actor, doc)  # "urging them": not "the State Department"; "the governments of X and Y"
    return actor.kind != "person" or _plural(actor, doc)


def _plural(actor: Actor, doc: Any) -> bool:
    """A "person" actor that the text names in the plural ("Foreign ministers of Egypt and Greece").

    A plural modified by the actor's own name met elsewhere ("Hale campaign officials" beside "Tom
    Hale", a mention the actors stage misplaced) names the person's people, not several persons."""
    if doc is None:
        return False
    spans = [s for m in actor.mentions if m.kind != "pronoun" and (s := tokens_at(doc, m.span)) is not None]
    plural = [s for s in spans if s.root.tag_ == "NNS" and s.root.pos_ == "NOUN" and s.root.text.islower()]
    named = {t.lower_ for s in spans if s not in plural for t in s if t.text[:1].isupper()}
    # a common noun in the plural, not "Sanders" nor "United States Senator …"
    return any(not any(t.i < s.root.i and t.lower_ in named for t in s) for s in plural)


def _all_plural(actor: Actor, doc: Any) -> bool:
    """Every mention of the actor (pronouns aside) is a noun in the plural ("the demonstrators")."""
    if doc is None:
        return False
    roots = [r for m in actor.mentions if m.kind != "pronoun" and (r := token_at(doc, m.span)) is not None]
    return bool(roots) and all(r.tag_ in ("NNS", "NNPS") for r in roots)


@lru_cache(maxsize=None)
def person_roles() -> frozenset[str]:
    """Nouns for one person: by office or part ("official", "spokesman", "mayor", "witness"), by what they did
    ("gunman", "suspect": ``actors.link.perpetrator_heads``) or plainly ("man", "teenager")."""
    return (word_class("quotes.person_role") | word_class("quotes.speaking_noun") | word_class("quotes.person_epithet")
            | word_class("quotes.office_holder")  # "the mayor", "the opposition leader": one holder of an office
            | word_class("actors.link.perpetrator_heads") | word_class("events.coding.args.one_person")
            | frozenset(generic_person_nouns()))


def one_person_group(actor: Actor, doc: Any) -> bool:
    """An unnamed actor every mention of which (pronouns aside) is a singular noun for one person
    ("a senior official", "the spokeswoman"): one person, whom the actors stage keeps as a group."""
    if doc is None or actor.kind != "group":
        return False
    roots = [r for m in actor.mentions if m.kind != "pronoun" and (r := token_at(doc, m.span)) is not None]
    return bool(roots) and all(r.tag_ == "NN" and r.lemma_.lower() in person_roles() for r in roots)


def _role_gender(actor: Actor, doc: Any) -> str | None:
    """The gender the words of a one-person group's mentions say ("spokeswoman": f), or None."""
    said = {g for m in actor.mentions if m.kind != "pronoun"
            if (g := mention_gender(m.span.text.split())) is not None}
    return said.pop() if len(said) == 1 else None


def gender_known(actor: Actor, pronoun: str, doc: Any) -> bool:
    """Whether the text says the actor has the gender the pronoun says."""
    feats = pronoun_features().get(pronoun.lower())
    return feats is not None and feats[1] is not None and actor_gender(actor, doc) == feats[1]


__all__ = ["actor_gender", "agrees", "beside", "gender_known", "gendered_words", "generic_person_nouns", "given_names", "is_pronoun", "word_gender",
           "mention_gender", "name_gender", "one_person_group", "person_roles", "pronoun_features"]


def tense_agrees(actor: Actor, words: list[set[str]]) -> bool:
    """Whether a description's words (each a word's forms) say the office in the tense the article
    gives the actor: "the Lithuanian president" is not the one named "Former Lithuanian President X"
    before, "the former president" may be. The article's words decide, not a role the knowledge base
    dates ("Pope Francis ... the pope" in an article dated after his time)."""
    said_past = any(forms & FORMER for forms in words)
    return said_past or not any(w in FORMER for m in actor.mentions for w in m.span.text.lower().replace("-", " ").split())
