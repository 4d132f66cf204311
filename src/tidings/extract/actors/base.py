"""The state every pass of the actor finder shares: the parse, the knowledge it is given, which
tokens are claimed, the article's country votes, and the small tests several passes ask ("is this
word a title?", "does this place act?").

The passes themselves live in :mod:`.people` (named people and their titles), :mod:`.bodies`
(names the KB knows, other named entities, sector nouns) and :mod:`.finder` (context and the order
of the passes); each is a mixin over :class:`FinderBase`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...kb import KnowledgeBase
from ...kb.model import Entity, fold, name_key
from ...ontology import STATE_ORGANS
from ...resolve import HONORIFICS, Resolution, Resolver
from ..common import word_class
from . import context as ctx
from .cluster import Cand

LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "around", "outside", "inside", "over", "toward",
            "towards", "via", "through", "throughout", "within", "on", "off", "onto", "between", "of"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "appos", "conj", "pobj", "attr", "ROOT"}
NAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "alhaji", "sheikh"}
FORENAME_HONORIFICS = {"sir", "dame"}
# Determiners that quantify or negate a group without changing who it is.
QUANTIFIER_DETS = {"no", "any", "every", "each", "such", "another", "either", "neither"}
# Heads that make a noun phrase a thing, whatever actor modifies it ("Europe's plan").
ABSTRACT_HEADS = word_class("actors.finder.abstract_heads")
# Adjectives of a person's condition: "his mental state" names no state (bodies.BodiesPass.nominals).
CONDITION_MODIFIERS = word_class("actors.finder.condition_modifiers")
RELATIONAL_WORDS = word_class("actors.finder.relational_words")
# Nouns naming a field of policy: alone ("his health") they are no actor, unlike "health officials".
DOMAIN_NOUNS = word_class("actors.finder.domain_nouns")
# Heads naming a country's executive as a whole: they join one "Government of X" actor.
GOVERNMENT_HEADS = word_class("actors.finder.government_heads")
ANAPHORIC_HEADS = word_class("actors.finder.anaphoric_heads")
TITLE_MODIFIERS = word_class("actors.finder.title_modifiers")
# Prepositions of the place an office is posted to ("Ambassador to Mali", "envoy for Yemen"): the place after one
# is the office's, never the first of the name that follows (people.PeoplePass._office_complement).
POSTING_PREPOSITIONS = word_class("actors.finder.posting_prepositions")
# Words that make a multi-word name a place wherever they stand first or last ("Tell Tamer", "X Airport").
TOPONYM_WORDS = word_class("actors.toponym_words")
# Words before a state's name naming a part, era or side of it ("Western Australia"), not a body's name.
STATE_QUALIFIERS = word_class("actors.finder.state_qualifiers")
# A place named by whose home it is ("his home state", "her native city"): no actor.
ORIGIN_PLACES = word_class("actors.finder.origin_places")
CONDITION_NOUNS = word_class("actors.condition_nouns")
SHARED_NAME_CATEGORIES = frozenset({"legislature", "court", "party"})  # kinds of body every state has, often alike named
NAME_FILLER = frozenset({"the", "of", "and", "house"})  # words that tell no body from another
STATE_SECTORS = STATE_ORGANS  # offices only a state holds


class FinderBase:
    """The shared state of one article's finder (see :mod:`.finder` for the passes' order)."""

    def __init__(self, doc: Any, kb: KnowledgeBase, resolver: Resolver, firsts: frozenset[str], date: dt.date,
                 gazetteer: Any = False):
        self.doc, self.kb, self.resolver, self.firsts, self.date = doc, kb, resolver, firsts, date
        self.gazetteer = gazetteer
        self.doc_text = doc.text
        self.claimed = [False] * len(doc)
        self.cands: list[Cand] = []
        self.not_people: set[int] = set()  # starts of PERSON entities found to be places or things
        self.things: set[str] | None = None  # names the article gives a thing-class noun ("Hurricane Ida")
        self._facility_names: set[str] | None = None  # "Tupua Tamasese Meaole" of "... Meaole Hospital"
        self.known = ctx.known_name(kb, gazetteer)
        self.person_words = self._person_words()
        self.votes, self.toponyms = self._country_votes()
        self.country = ctx.dominant(self.votes)

    def claim(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.claimed[i] = True

    def free(self, start: int, end: int) -> bool:
        return not any(self.claimed[start:end])

    def text(self, start: int, end: int) -> str:
        last = self.doc[end - 1]
        return self.doc_text[self.doc[start].idx:last.idx + len(last.text)]

    def _person_words(self) -> set[str]:
        """Folded words of names that are certainly people's: multi-word PERSON names and single
        names after an honorific or title ("Mr Veskar")."""
        words: set[str] = set()
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            toks = [t for t in ent if fold(t.text).rstrip(".") not in HONORIFICS and t.is_alpha]
            if len(toks) >= 2 or (toks and ent.start > 0 and (
                    fold(self.doc[ent.start - 1].text).rstrip(".") in HONORIFICS | NAME_HONORIFICS)):
                words.update(t.lower_ for t in toks)
        return words

    def _country_votes(self) -> tuple[Any, list[tuple[int, str]]]:
        """Countries the article's named places, countries, demonyms and bodies point to, and the
        (token, country) of each place: the context for sub-national titles and for names several
        countries use."""
        votes = ctx.country_votes(())
        places: list[tuple[int, str]] = []
        for ent in self.doc.ents:
            if ent.label_ not in {"GPE", "LOC", "NORP", "ORG"} or self.names_a_person(ent):
                continue
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            code = None
            if ent.label_ == "NORP":
                code = self.kb.demonym(text)
            elif ent.label_ == "ORG":
                found = [n for n in self.kb.lookup(text) if isinstance(n, Entity)]
                # a name other states' bodies share ("Congress", "the Democratic Party") does not place the article
                code = found[0].country if len(found) == 1 and found[0].category not in SHARED_NAME_CATEGORIES else None
            else:
                code = ctx.toponym_country(self.kb, self.gazetteer, text)
            if code and len(code) == 3 and code.isalpha():
                votes[code] += 1
                if ent.label_ in {"GPE", "LOC"}:  # a sentence's places, not its people, say where an office is
                    places.append((ent.start, code))
        return votes, places

    def names_a_person(self, ent: Any) -> bool:
        """Whether a one-word entity is a word of one of the article's people's names ("Amman" after
        "Sudesh Amman"): their surname the tagger took for a place, which places nothing."""
        return len(ent) == 1 and ent[0].lower_ in self.person_words

    def contextual(self, res: Resolution, surface: str) -> Resolution:
        """An organisation named by a generic word its country shares with others ("Congress")
        takes the article's country: the KB's body of that country with the word in its name,
        else no country at all."""
        ent = res.named
        if (other := self._namesake_here(ent, surface)) is not None:  # "the RSF" in an article about Sudan
            return self.resolver.entity(other, 0.6, f"{surface!r} names several bodies; this one's country is the article's",
                                        self.date)
        if not isinstance(ent, Entity) or ent.kind != "organization" or not ent.country or self.country is None \
                or ent.country == self.country or self.votes.get(ent.country):
            return res
        # the one word of the text that is both a name of this body and a generic sector word
        key = next((w for w in name_key(surface).split() if self.kb.sector_term(w) is not None
                    and any(n is ent for _, n in self.kb.names.get(w, ()))), None)
        term = self.kb.sector_term(key) if key else None
        if key is None or term is None:
            return self._shared_name(ent, surface, res)
        others = [e for e in self.kb.entities if e.country == self.country and e.kind in {"organization", "group"}
                  and key in fold(e.name).split()]
        if len(others) == 1:
            return self.resolver.entity(others[0], 0.6, f"{surface!r} in an article about {self.country}", self.date)
        # a national body's generic name ("the Election Commission") is, unqualified, the article's country's
        return Resolution(surface, "organization", self.country, term.sector, None, None, 0.4,
                          f"{surface!r} names a body in several countries; the article is about {self.country}, "
                          f"not {ent.country}")

    def _namesake_here(self, ent: Any, surface: str) -> Entity | None:
        """Another body the KB calls by the same name (an acronym two bodies share: "RSF", the
        Rapid Support Forces of Sudan and Reporters Without Borders) whose state the article names,
        when the one resolved is of no state the article names; None otherwise."""
        if not _body(ent) or ent.country == self.country or self.votes.get(ent.country or "") \
                or fold(ent.name) in fold(self.doc.text):  # "Reporters Without Borders (RSF)": spelt out here
            return None
        here = [n for n in self.kb.lookup(surface) if _body(n) and n is not ent and n.country
                and (n.country == self.country or self.votes.get(n.country))]
        return here[0] if len(here) == 1 else None

    def _shared_name(self, ent: Entity, surface: str, res: Resolution) -> Resolution:
        """A legislature or court named by words other states' bodies of that kind also bear
        ("the House of Commons": the UK's and Canada's) is, in an article about another state,
        that state's body when the KB has one, else a body of unknown state."""
        if ent.category not in SHARED_NAME_CATEGORIES:
            return res
        words = set(name_key(surface).split()) - NAME_FILLER
        if not words:
            return res
        peers = [e for e in self.kb.entities if e.category == ent.category and e.country != ent.country
                 and words <= set(name_key(e.name).split())]
        if not peers:
            return res  # "the Bundestag": a name only one state's body bears
        own = [e for e in peers if e.country == self.country]
        if len(own) == 1:
            return self.resolver.entity(own[0], 0.6, f"{surface!r} in an article about {self.country}", self.date)
        return Resolution(surface, "organization", None, ent.sector, None, None, 0.3,
                          f"{surface!r} names a body of several states; the article is about {self.country}, "
                          f"which the knowledge base has no such body for")

    def _is_title(self, j: int) -> bool:
        low = fold(self.doc[j].text).rstrip(".")
        term = self.kb.sector_term(low)
        return low in HONORIFICS or (term is not None and term.kind in {"title", "leader"})

    def facility_word(self, tok: Any) -> bool:
        """A noun that ends the name of a place or an institution ("Airport", "Base", "Hospital")."""
        low = fold(tok.text)
        term = self.kb.sector_term(low)
        return low in TOPONYM_WORDS or (term is not None and term.kind == "org")

    def named_after(self, name: str) -> bool:
        """Whether ``name`` is only the first part of a longer name of a place or an institution the
        article gives ("Tupua Tamasese Meaole" of "the Tupua Tamasese Meaole Hospital", "Prince Sultan"
        of "Prince Sultan Air Base"): a short form of that place, not the person it honours."""
        if self._facility_names is None:
            self._facility_names = set()
            for tok in self.doc:
                if not (tok.text[:1].isupper() and tok.i > 1 and self.facility_word(tok)):
                    continue
                end = tok.i  # "Air Base": the name ends before the whole facility noun
                if fold(f"{self.doc[end - 1].text} {tok.text}") in TOPONYM_WORDS:
                    end -= 1
                k = end
                while k > 0 and self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].text[:1].isupper() \
                        and self.doc[k - 1].whitespace_ and end - k < 6:
                    k -= 1
                if k < end:
                    self._facility_names.add(fold(self.text(k, end)))
        return fold(name) in self._facility_names

    def _a_place(self, name: str, whole: bool = False) -> bool:
        """A lone name the gazetteer knows as a sizeable place, with no sign of being a person
        (``whole``: a multi-word name taken whole, whose words are a person's only by its tag)."""
        if not self.gazetteer or (not whole and name.lower() in self.person_words):
            return False
        return any(primary and (place.feature in {"region", "country"} or place.population >= 15000)
                   for place, primary in self.gazetteer.candidates(name))

    def _acts(self, start: int, end: int, place: bool = False) -> bool:
        """A name acts (a place as a metonym) unless it is the object of a locative preposition or
        modifies a noun; a ``place`` also not where its syntax makes it one ("the capital, San
        Juan", "in Aceh and Jakarta") or where it starts a longer name ("the Paris Agreement")."""
        if self.doc[start].lower_ == "the" and end - start > 1:
            start += 1  # the article's head is outside the name: the name's own root decides
        root = self.doc[start:end].root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
            return False
        if root.dep_ in {"compound", "nmod"} and not self.kb.sector_term(root.head.lemma_.lower()):
            return False
        if not place:
            return True
        if end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            return False
        if root.dep_ == "conj" and not self._acts(root.head.i, root.head.i + 1, place):
            return False
        return ctx.place_by_syntax(root) is None

    def _regional(self, start: int, end: int) -> bool:
        """Whether a region the KB knows modifies a noun ("Goa's government" is not India's)."""
        names = [e.text for e in self.doc.ents if start <= e.start and e.end <= end]
        names += [t.text for t in self.doc[start:end] if t.pos_ == "PROPN"]
        return any(isinstance(n, Entity) and n.category == "region" for name in names for n in self.kb.lookup(name))


def _body(named: Any) -> bool:
    """Whether a KB entry is a body (an organisation or group), not a state, a capital, a region or a seat."""
    return isinstance(named, Entity) and named.kind in {"organization", "group"} \
        and named.category not in {"country", "capital", "region", "seat"}
