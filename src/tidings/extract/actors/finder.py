"""Find and resolve the actors of an article: named people, organisations, countries, metonyms,
titles and sector nouns, each merged into ONE actor with all its mentions.

Passes over the parsed document, each claiming the tokens it explains:

1. PERSON entities, widened leftwards over titles and honorifics ("US President Donald Trump",
   "Sir Keir Starmer", "China's President Xi Jinping");
2. names the knowledge base knows ("the Kremlin", "Number 10", "Coalition of the Willing"),
   which also corrects spaCy's labels (Kyiv tagged PERSON is still the capital);
3. the remaining ORG/GPE/NORP/FAC entities (capitals count as the government only where they
   act, not after "in"/"to"; regions and cities are left to the places stage);
4. nouns naming a sector or office ("Ukrainian troops", "the Kremlin's spokesperson", "experts").

Before them, article context (:mod:`.actor_context`): names that are places by their syntax
("the capital, Velt", "the Pell valley", "reporters in Ambrel"), weekdays and months, unknown
one-word names used the way states are (kind country, no code: "neighbouring Dunmarch"), and
the article's dominant country, which sub-national titles ("regional governor X") and generic
body names ("Congress" in an Indian article) take.

Mentions then cluster (:mod:`.actor_cluster`) by KB identity, by surname ("Putin" after "Vladimir Putin"), by title
("the US President" is the article's unique US president) and by appositive ("Dmitry Peskov,
the Kremlin's spokesperson"). Nothing is invented: an unknown name keeps no country.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ...kb import KnowledgeBase, load_kb
from ...kb.model import Entity, Person, fold, name_key
from ...registry import Resources
from ...resolve import FORMER, HONORIFICS, Resolution, Resolver
from ...schema import Actor, ArticleResult
from . import context as ctx
from .cluster import COMPONENT, Cand, cluster as _cluster, with_article as _with_article
from ..common import word_class

LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "around", "outside", "inside", "over", "toward",
            "towards", "via", "through", "throughout", "within", "on", "off", "onto", "between", "of"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "appos", "conj", "pobj", "attr", "ROOT"}
NAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "alhaji", "sheikh"}
FORENAME_HONORIFICS = {"sir", "dame"}
# Determiners that quantify or negate a group without changing who it is.
QUANTIFIER_DETS = {"no", "any", "every", "each", "such", "another", "either", "neither"}
# Heads that make a noun phrase a thing, whatever actor modifies it ("Europe's plan").
ABSTRACT_HEADS = word_class("actors.finder.abstract_heads")
RELATIONAL_WORDS = word_class("actors.finder.relational_words")
# Nouns naming a field of policy: alone ("his health") they are no actor, unlike "health officials".
DOMAIN_NOUNS = word_class("actors.finder.domain_nouns")
# Heads naming a country's executive as a whole: they join one "Government of X" actor.
GOVERNMENT_HEADS = word_class("actors.finder.government_heads")
ANAPHORIC_HEADS = word_class("actors.finder.anaphoric_heads")


TITLE_MODIFIERS = word_class("actors.finder.title_modifiers")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # offices only a state holds


def _kb_first_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(k.split(" ", 1)[0] for k in kb.names)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``actors``: resolved, clustered, numbered a1, a2, ... by first mention."""
    kb: KnowledgeBase = resources.get("kb", load_kb)
    resolver: Resolver = resources.get("resolver", lambda: Resolver(kb))
    firsts: frozenset[str] = resources.get("kb_first_words", lambda: _kb_first_words(kb))
    gazetteer = resources.get("gazetteer", _load_gazetteer)
    return dataclasses.replace(draft, actors=tuple(extract_actors(doc, draft, kb, resolver, firsts, gazetteer)))


def extract_actors(doc: Any, draft: ArticleResult, kb: KnowledgeBase, resolver: Resolver,
                   firsts: frozenset[str] | None = None, gazetteer: Any = False) -> list[Actor]:
    """The article's actors, resolved and clustered, numbered a1, a2, ... by first mention: a pure
    function of the parse, the draft and the knowledge it is given."""
    date = draft.article.date or resolver.today
    finder = _Finder(doc, kb, resolver, firsts if firsts is not None else _kb_first_words(kb), date, gazetteer)
    return _cluster(finder.find(), doc, resolver, date)


def _load_gazetteer() -> Any:
    """The places stage's gazetteer (shared through resources), or ``False`` when unavailable."""
    try:
        from ...gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:  # an optional aid: the actors stage works without it
        return False


# Kinds of unknown names that take the article's dominant country (not groups: "the protesters" may be anyone's).
UNPLACED_KINDS = frozenset({"person", "organization"})


class _Finder:
    def __init__(self, doc: Any, kb: KnowledgeBase, resolver: Resolver, firsts: frozenset[str], date: dt.date,
                 gazetteer: Any = False):
        self.doc, self.kb, self.resolver, self.firsts, self.date = doc, kb, resolver, firsts, date
        self.gazetteer = gazetteer
        self.doc_text = doc.text
        self.claimed = [False] * len(doc)
        self.cands: list[Cand] = []
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

    def find(self) -> list[Cand]:
        self.datelines()
        self.channels()
        self.country_likes()
        self.persons()
        self.surnames()
        self.known_names()
        self.entities()
        self.nominals()
        self.subnational()
        self.national()
        return sorted(self.cands, key=lambda c: (c.start, -c.end))

    # context --------------------------------------------------------------------------------

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
            if ent.label_ not in {"GPE", "LOC", "NORP", "ORG"}:
                continue
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            code = None
            if ent.label_ == "NORP":
                code = self.kb.demonym(text)
            elif ent.label_ == "ORG":
                found = [n for n in self.kb.lookup(text) if isinstance(n, Entity)]
                code = found[0].country if len(found) == 1 and found[0].category not in {"legislature"} else None
            else:
                code = ctx.toponym_country(self.kb, self.gazetteer, text)
            if code and len(code) == 3 and code.isalpha():
                votes[code] += 1
                if ent.label_ in {"GPE", "LOC"}:  # a sentence's places, not its people, say where an office is
                    places.append((ent.start, code))
        return votes, places

    def country_likes(self) -> None:
        """Unknown names used the way states are ("neighbouring Dunmarch", "Kestria's president")
        become country actors without a code: the KB cannot know fictional or new states."""
        found = ctx.find_country_like(self.doc, self.known, self.person_words)
        self.country_like = found
        if not found.names:
            return
        for tok in self.doc:
            key = tok.lower_
            if key not in found.names or self.claimed[tok.i] or tok.pos_ != "PROPN":
                continue
            if ctx.place_by_syntax(tok) and tok.dep_ in {"compound", "amod", "nmod"}:
                continue
            res = Resolution(tok.text, "country", None, None, None, None, 0.5,
                             f"not in the knowledge base; a state by its use: {found.names[key]}")
            cand = Cand(tok.i, tok.i + 1, "name", res, "context.country_like", tok.i)
            cand.key = f"countrylike:{key}"
            self.claim(tok.i, tok.i + 1)
            self.cands.append(cand)
        for tok in self.doc:  # "Rhovanians" (a people of a country-like name)
            key = tok.lower_
            if self.claimed[tok.i] or not key.endswith("s") or key[:-1] not in found.demonyms \
                    or tok.dep_ in {"amod", "compound"}:
                continue
            name = found.demonyms[key[:-1]]
            res = Resolution(tok.text, "group", None, None, None, None, 0.4,
                             f"the people of {name!r} (a state by its use)")
            self.cands.append(Cand(tok.i, tok.i + 1, "demonym", res, "context.country_like_demonym", tok.i))
            self.claim(tok.i, tok.i + 1)

    def subnational(self) -> None:
        """A sub-national office with no country word ("regional governor X", "the mayor") serves
        the country its sentence's places lie in, else the article's dominant country."""
        for c in self.cands:
            if not c.subnational or c.res.country or c.res.named is not None:
                continue
            sent = self.doc[c.head].sent
            code = ctx.dominant(ctx.country_votes(code for i, code in self.toponyms if sent.start <= i < sent.end),
                                share=1.0)
            where = "the places of its sentence"
            if code is None:
                code, where = self.country, "the article's dominant country"
            if code:
                c.res = dataclasses.replace(c.res, country=code, score=min(c.res.score, 0.5),
                                            reason=f"{c.res.reason}; a sub-national office: {code} from {where}")

    def _dominant_state(self) -> tuple[str | None, float]:
        """The country most resolved mentions belong to (at least 3 of them) and its share."""
        votes = ctx.country_votes(c.res.country for c in self.cands
                                  if c.res.country and len(c.res.country) == 3 and c.res.country.isalpha()
                                  and c.res.country not in {"IGO", "EUR", "UNO", "IMG"})
        code = ctx.dominant(votes, share=0.4)
        if code is None or votes[code] < 3:  # one or two mentions are too little to place anyone
            return None, 0.0
        return code, votes[code] / sum(votes.values())

    def national(self) -> None:
        """A state office with no country word ("Interior Minister X said") is, in wire copy, an
        office of the country the article is about: its dominant country. So are people and bodies
        the knowledge base does not know and the text gives no country, when one state has at least
        60% of the article's country mentions."""
        forces = [c for c in self.cands if c.kind == "nominal" and c.res.named is None and not c.res.country
                  and c.res.sector in {"MIL", "COP"} and c.rule in {"nominal.sector", "nominal.anaphor"}
                  and self.doc[c.head].tag_ in {"NN", "NNS"} and not self._qualified(c)]
        code, share = self._dominant_state()
        if code is None:
            return
        if share >= 0.6:  # "the army", "police", "Raymond Chan": a state's forces and people, if one state dominates
            for c in forces:
                c.national = True
            for c in self.cands:
                if c.kind == "name" and c.res.named is None and not c.res.country and c.res.kind in UNPLACED_KINDS \
                        and not self._country_word_before(c):
                    c.res = dataclasses.replace(c.res, country=code, score=min(c.res.score, 0.4),
                                                reason=f"{c.res.reason}; unknown to the knowledge base: {code}, the "
                                                       f"country {share:.0%} of the article's actors belong to")
        for c in self.cands:
            if c.national and not c.res.country and c.res.named is None:
                c.res = dataclasses.replace(c.res, country=code, score=min(c.res.score, 0.5),
                                            reason=f"{c.res.reason}; a state's office or force: {code}, the "
                                                   "country most of the article's actors belong to")

    def contextual(self, res: Resolution, surface: str) -> Resolution:
        """An organisation named by a generic word its country shares with others ("Congress")
        takes the article's country: the KB's body of that country with the word in its name,
        else no country at all."""
        ent = res.named
        if not isinstance(ent, Entity) or ent.kind != "organization" or not ent.country or self.country is None \
                or ent.country == self.country or self.votes.get(ent.country):
            return res
        # the one word of the text that is both a name of this body and a generic sector word
        key = next((w for w in name_key(surface).split() if self.kb.sector_term(w) is not None
                    and any(n is ent for _, n in self.kb.names.get(w, ()))), None)
        term = self.kb.sector_term(key) if key else None
        if key is None or term is None:
            return res
        others = [e for e in self.kb.entities if e.country == self.country and e.kind in {"organization", "group"}
                  and key in fold(e.name).split()]
        if len(others) == 1:
            return self.resolver.entity(others[0], 0.6, f"{surface!r} in an article about {self.country}")
        # a national body's generic name ("the Election Commission") is, unqualified, the article's country's
        return Resolution(surface, "organization", self.country, term.sector, None, None, 0.4,
                          f"{surface!r} names a body in several countries; the article is about {self.country}, "
                          f"not {ent.country}")

    # 0. datelines ---------------------------------------------------------------------------

    def datelines(self) -> None:
        """Claim paragraph-opening datelines: they name where the story was filed, not an actor."""
        for start, end in ctx.datelines(self.doc):
            self.claim(start, end)

    def channels(self) -> None:
        """Claim the platforms statements go through ("said on Twitter"): media, not actors."""
        for tok in self.doc:
            if not self.claimed[tok.i] and ctx.is_channel(tok):
                self.claim(tok.i, tok.i + 1)

    # 1. people ----------------------------------------------------------------------------

    def persons(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            while end > start and self.doc[end - 1].text in {"'s", "’s", "'", "’"}:
                end -= 1
            toks = [t for t in self.doc[start:end]]
            while toks and fold(toks[0].text).rstrip(".") in HONORIFICS:
                toks = toks[1:]
            if not toks or not self.free(toks[0].i, end):
                continue
            name_start = toks[0].i
            name = self.text(name_start, end)
            known = self.kb.lookup(name)
            honoured = name_start > 0 and fold(self.doc[name_start - 1].text).rstrip(".") in NAME_HONORIFICS
            if known and all(isinstance(k, Entity) for k in known) and not honoured:
                continue  # spaCy called a place or body a person; the gazetteer pass takes it
            if (end - name_start == 1 and ctx.is_date_word(name)) or ctx.place_by_syntax(self.doc[end - 1]):
                self.claim(name_start, end)  # "on Thursday", "the capital, Velt": never a person
                continue
            left = self._title_left(name_start)
            prefix = self.text(left, name_start) if left < name_start else ""
            if end - name_start == 1 and left == name_start and not known and not honoured \
                    and (self._a_place(name) or self._modifier_only(self.doc[name_start])
                         or ctx.after_place_preposition(self.doc[name_start])):
                self.claim(name_start, end)
                continue
            res = self.resolver.resolve(name, self.date, places=False)
            if end - name_start > 1 and res.kind != "person" and not known:
                # "Rafiq Amman": a person whose surname is also a place's name is no place
                res = Resolution(name, "person", score=0.2, reason=f"a person's name (not {res.name!r}, a part of it)")
            end = self._complete_name(res, name, end)
            if prefix and isinstance(res.named, Person):
                # an explicit title beats the dated role ("Chief Minister X" when the KB lacks the office)
                full = self.resolver.resolve(self.text(left, end), self.date, places=False)
                if full.named is res.named:
                    res = full
            honor = fold(self.doc[name_start - 1].text).rstrip(".") if name_start > 0 else ""
            single = end - name_start == 1
            cand = Cand(left, end, "name", res, "ner.person", ent.root.i)
            if single:
                cand.surname = fold(name)
                if left < name_start and honor in NAME_HONORIFICS | HONORIFICS:
                    cand.kind = "honorific"
                if honor in FORENAME_HONORIFICS:
                    cand.surname = "forename:" + fold(name)
            if res.named is None and prefix:
                titled = self.contextual(self.resolver.resolve(prefix, self.date, places=False), prefix)
                role = self._role_words(left, name_start)
                if titled.kind == "country":
                    cand.res = dataclasses.replace(res, country=titled.country, score=0.5,
                                                   reason=f"{prefix!r} -> {titled.country}; {res.reason}")
                elif titled.named is None and (titled.country or titled.sector):
                    cand.res = dataclasses.replace(res, country=titled.country, sector=titled.sector,
                                                   role=titled.role, score=0.6,
                                                   reason=f"title {prefix!r}: {titled.reason}")
                elif isinstance(titled.named, Entity) and titled.named.kind in {"organization", "group"} and role:
                    # "State Congress President X", "Hamas leader X": the body's country and sector
                    cand.res = dataclasses.replace(res, country=titled.country, sector=titled.sector, role=prefix,
                                                   score=0.6, reason=f"title {prefix!r}: {titled.reason}")
                if role and fold(role) in ctx.SUBNATIONAL_TITLES | {"governor", "mayor"} or any(
                        fold(t.text) in ctx.SUBNATIONAL_MODIFIERS for t in self.doc[left:name_start]) and role:
                    cand.subnational = True
                elif cand.res.country is None and cand.res.sector in STATE_SECTORS \
                        and self._bare_title(left, name_start):
                    cand.national = True
            self.claim(left, end)
            self.cands.append(cand)
        self.untagged_persons()

    def untagged_persons(self) -> None:
        """"Ruben Kask, leader of ...": a two- or three-word proper name the tagger missed, with an
        appositive office, is a person."""
        for i in self.doc.to_array("IS_TITLE").nonzero()[0]:  # title-case tokens only: Token objects are dear
            tok = self.doc[int(i)]
            if tok.pos_ != "PROPN" or self.claimed[tok.i] or tok.ent_type_ not in {"", "ORG"} or not tok.n_rights:
                continue
            office = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                           and (t := self.kb.sector_term(c.lemma_.lower())) is not None
                           and (t.kind in {"title", "leader"} or c.lower_ in RELATIONAL_WORDS)), None)
            given = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
            if office is None or not given or not 1 <= tok.i - given[0].i <= 2 or not self.free(given[0].i, tok.i + 1):
                continue
            name = self.text(given[0].i, tok.i + 1)
            res = self.resolver.resolve(name, self.date, places=False)
            if res.kind != "person":
                continue
            self.claim(given[0].i, tok.i + 1)
            self.cands.append(Cand(given[0].i, tok.i + 1, "name", res, "syntax.person", tok.i))

    def _modifier_only(self, tok: Any) -> bool:
        """A lone unknown name that only modifies a group noun ("Serrat protesters") is no person."""
        head = tok.head
        return tok.dep_ == "compound" and head.pos_ == "NOUN" and tok.lower_ not in self.person_words \
            and head.lemma_.lower() not in GOVERNMENT_HEADS and self.kb.sector_term(head.lemma_.lower()) is not None

    def _title_left(self, i: int) -> int:
        """Widen a name leftwards over titles, honorifics and their country ("Ukraine's President")."""
        j = i
        while j > 0:
            t = self.doc[j - 1]
            if not (t.is_alpha or t.text in {"'s", "’s"} or t.text.rstrip(".").isalpha()):
                break  # a line break or punctuation ends a title
            low = fold(t.text).rstrip(".")
            if t.text in {"'s", "’s"} and j >= 2:
                j -= 1
                continue
            term = self.kb.sector_term(low)
            two = self.kb.sector_term(f"{low} {fold(self.doc[j].text)}") if j < i else None
            lower_ok = j == i or (j < i and self.kb.sector_term(fold(self.doc[j].text)) is not None)
            if (low in HONORIFICS or (term and term.kind in {"title", "leader"} and (t.text[:1].isupper() or lower_ok))
                    or (two and two.kind in {"title", "leader"})
                    or low in TITLE_MODIFIERS and (t.text[:1].isupper() or j < i)
                    or low in FORMER and j < i  # "Former governor X": the title was hers
                    or low in ctx.SUBNATIONAL_MODIFIERS and j < i and self._is_title(j)):
                j -= 1
                continue
            if t.ent_type_ == "ORG" and j < i and self._is_title(j) and t.text[:1].isupper():
                k = j - 1  # "State Congress President X": the body whose office the title is
                while k > 0 and doc_ent_inside(self.doc, k) and self.doc[k - 1].ent_type_ == "ORG":
                    k -= 1
                j = k
                continue
            if t.ent_type_ in {"GPE", "NORP"} and j < i:
                k = j - 1
                while k > 0 and doc_ent_inside(self.doc, k):
                    k -= 1
                whole = self.doc[k:j].text
                if self.kb.demonym(whole) or self.kb.lookup(whole):
                    j = k
                    continue
            break
        while j < i and (self.doc[j].text in {"'s", "’s"}):
            j += 1
        return j

    def _country_word_before(self, c: Cand) -> bool:
        """Whether a country or demonym stands just before the name ("Ugandan activist Grace Okello"):
        that word, not the article, says whose the person is."""
        sent_start = self.doc[c.start].sent.start
        return any(self.kb.demonym(t.text) or any(getattr(n, "category", "") == "country" for n in self.kb.lookup(t.text))
                   for t in self.doc[max(sent_start, c.start - 3):c.start])

    def _qualified(self, c: Cand) -> bool:
        """Whether a group noun is bounded by a word that may name whose forces they are ("rebel troops",
        "forces loyal to X", "troops of the mission")."""
        head = self.doc[c.head]
        return any(t.dep_ in {"amod", "compound", "nmod", "poss", "prep", "acl"} and (t.i < c.start or t.i > head.i)
                   for t in head.children)

    def _complete_name(self, res: Resolution, name: str, end: int) -> int:
        """Extend a tagged name the tagger cut short ("Mohammed bin Abdulrahman | Al Thani") over the
        words that follow it in the text when they complete the KB person's full name."""
        if not isinstance(res.named, Person):
            return end
        full, have = fold(res.named.name).split(), fold(name).split()
        if len(full) <= len(have) or full[:len(have)] != have:
            return end
        rest = full[len(have):]
        toks = self.doc[end:end + len(rest)]
        if len(toks) == len(rest) and [fold(t.text) for t in toks] == rest and self.free(end, end + len(rest)):
            return end + len(rest)
        return end

    def _bare_title(self, start: int, end: int) -> bool:
        """Whether a title prefix is office words only, with no country, people or body named in it."""
        return all(self.kb.sector_term(fold(t.text).rstrip(".")) is not None or fold(t.text) in TITLE_MODIFIERS
                   for t in self.doc[start:end])

    def _regional(self, start: int, end: int) -> bool:
        """Whether a region the KB knows modifies a noun ("Goa's government" is not India's)."""
        names = [e.text for e in self.doc.ents if start <= e.start and e.end <= end]
        names += [t.text for t in self.doc[start:end] if t.pos_ == "PROPN"]
        return any(isinstance(n, Entity) and n.category == "region" for name in names for n in self.kb.lookup(name))

    def _is_title(self, j: int) -> bool:
        low = fold(self.doc[j].text).rstrip(".")
        term = self.kb.sector_term(low)
        return low in HONORIFICS or (term is not None and term.kind in {"title", "leader"})

    def _role_words(self, start: int, end: int) -> str | None:
        """The office words of a title prefix, without its body or country ("regional governor")."""
        words = [t for t in self.doc[start:end] if t.ent_type_ not in {"ORG", "GPE", "NORP"} and t.is_alpha]
        while words and not self._is_title(words[-1].i):
            words.pop()
        return " ".join(t.text for t in words) or None

    def _a_place(self, name: str) -> bool:
        """A lone name the gazetteer knows as a sizeable place, with no sign of being a person."""
        if not self.gazetteer or name.lower() in self.person_words:
            return False
        return any(primary and (place.feature in {"region", "country"} or place.population >= 15000)
                   for place, primary in self.gazetteer.candidates(name))

    # 2. names the KB knows ------------------------------------------------------------------

    def surnames(self) -> None:
        """A lone capitalised word that is the surname of a person the article named in full before
        is that person, even where the KB knows the word as a place ("Rafiq Amman … Amman had
        stabbed"), unless a place preposition governs it ("lived in Amman")."""
        first_seen: dict[str, int] = {}
        for ent in self.doc.ents:
            toks = [t for t in ent if t.is_alpha]
            if ent.label_ == "PERSON" and len(toks) >= 2:
                first_seen.setdefault(fold(toks[-1].text), ent.end)
        if not first_seen:
            return
        for tok in self.doc:
            key = fold(tok.text)
            if self.claimed[tok.i] or key not in first_seen or tok.i < first_seen[key] or not tok.text[:1].isupper() \
                    or (tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE) or self.doc[tok.i + 1:tok.i + 2].text[:1].isupper():
                continue
            start = tok.i
            if start > 0 and not self.claimed[start - 1] and \
                    fold(self.doc[start - 1].text).rstrip(".") in HONORIFICS | NAME_HONORIFICS:
                start -= 1  # "Mr Brandt"
            res = Resolution(tok.text, "person", score=0.5, reason="the surname of a person named in full earlier")
            cand = Cand(start, tok.i + 1, "honorific" if start < tok.i else "name", res, "name.surname", tok.i)
            cand.surname = key
            self.claim(start, tok.i + 1)
            self.cands.append(cand)

    def known_names(self) -> None:
        doc, n = self.doc, len(self.doc)
        maxn = min(self.kb.max_name_tokens, 8)
        i = 0
        while i < n:
            tok = doc[i]
            lw = fold(tok.text)
            if self.claimed[i] or not ((tok.text[:1].isupper() and name_key(tok.text) in self.firsts)
                                       or (lw == "the" and i + 1 < n)):
                i += 1
                continue
            hit = None
            for j in range(min(n, i + maxn + (lw == "the")), i, -1):
                if not self.free(i, j) or doc[j - 1].is_punct or doc[j - 1].text in {"'s", "’s"}:
                    continue
                span_text = self.text(i, j)
                key = name_key(span_text)
                if not key or key.split(" ", 1)[0] not in self.firsts or key not in self.kb.names:
                    continue
                found = self.kb.lookup(span_text)
                if found:
                    hit = (j, found)
                    break
            if not hit:
                i += 1
                continue
            j, found = hit
            named = found[0]
            if j - i == 1 and self._inside_longer_org(i) and self.kb.sector_term(lw) is not None:
                i = j  # "the Election Commission": a generic word ending a longer name; entities() takes it whole
                continue
            if isinstance(named, Entity) and named.category == "region":
                i = j
                continue
            if isinstance(named, Entity) and named.category in {"capital", "seat"} and not self._acts(i, j):
                self.claim(i, j)
                i = j
                continue
            res = self.contextual(self.resolver.resolve(self.text(i, j), self.date, places=False), self.text(i, j))
            kind = "metonym" if isinstance(named, Entity) and named.category in {"capital", "seat"} else "name"
            cand = Cand(i, j, kind, res, "kb.name", doc[j - 1].i)
            if isinstance(named, Person) and j - i == 1:
                cand.surname = fold(doc[i].text)
            self.claim(i, j)
            self.cands.append(cand)
            i = j

    def _inside_longer_org(self, i: int) -> bool:
        """Whether token ``i`` ends an organisation name the tagger found starting with other words."""
        tok = self.doc[i]
        if tok.ent_type_ != "ORG" or tok.ent_iob_ == "B":
            return False
        k = i - 1
        while k >= 0 and self.doc[k].ent_iob_ == "I":
            k -= 1
        words = [t for t in self.doc[max(k, 0):i] if t.lower_ != "the"]
        return bool(words) and all(t.text[:1].isupper() for t in words)

    def _acts(self, start: int, end: int) -> bool:
        """A place name acts (is a metonym) unless it is the object of a locative preposition."""
        root = self.doc[start:end].root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
            return False
        if root.dep_ == "compound" and not self.kb.sector_term(root.head.lemma_.lower()):
            return False
        return True

    # 3. other named entities -------------------------------------------------------------

    def entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in {"ORG", "GPE", "NORP", "FAC"} or not self.free(ent.start, ent.end):
                continue
            if ent.root.lemma_.lower() in ABSTRACT_HEADS:
                continue  # "the Marshall Plan", "the Paris Agreement": things, not actors
            start = ent.start + (self.doc[ent.start].lower_ == "the")
            end = ent.end
            while end > start and self.doc[end - 1].text in {"'s", "’s"}:
                end -= 1
            if end <= start:
                continue
            text = self.text(start, end)
            if ctx.is_date_word(text) or (end - start == 1 and ctx.place_by_syntax(self.doc[start])):
                continue
            if ent.label_ == "ORG" and start > 0 and fold(self.doc[start - 1].text).rstrip(".") in NAME_HONORIFICS \
                    and self.free(start - 1, start):
                start -= 1  # "Mr Brandt" with the name tagged as a body: a person after all
                text = self.text(start, end)
            if ent.label_ == "NORP":
                plural = text.endswith("s") or self.doc[ent.start].lower_ == "the"
                if ent.root.dep_ in {"amod", "compound"} or not self.kb.demonym(text) or not plural:
                    continue
                iso = self.kb.demonym(text)
                res = Resolution(text, "group", iso, None, None, None, 0.6, f"demonym {text!r} -> {iso}")
                self.cands.append(Cand(start, end, "demonym", res, "ner.norp", ent.root.i))
                self.claim(start, end)
                continue
            res = self.contextual(self.resolver.resolve(text, self.date, places=False), text)
            if ent.label_ in {"GPE", "FAC"} and res.named is None:
                continue  # an unknown place is the places stage's business
            if res.kind != "country" and not self._acts(start, end):
                continue
            self.cands.append(Cand(start, end, "name", res, f"ner.{ent.label_.lower()}", ent.root.i))
            self.claim(start, end)

    # 4. sector nouns and titles -----------------------------------------------------------

    def nominals(self) -> None:
        doc = self.doc
        for tok in doc:
            if self.claimed[tok.i] or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "amod"}:
                continue
            low = tok.lower_
            if low in ANAPHORIC_HEADS and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
                own = self.kb.sector_term(low)  # kept if no earlier name is found: "the army" is still military
                res = Resolution(f"the {low}", "group", sector=own.sector if own and own.sector != "UNK" else None,
                                 score=0.3, reason="a definite noun of an earlier name")
                self.cands.append(Cand(tok.i - 1, tok.i + 1, "nominal", res, "nominal.anaphor", tok.i, title="@" + low))
                continue
            term = self.kb.sector_term(low) or self.kb.sector_term(tok.lemma_.lower())
            if tok.i > 0 and (two := self.kb.sector_term(f"{doc[tok.i - 1].lower_} {low}")):
                term = two
            if term is None or term.sector == "UNK":
                continue
            if tok.lemma_.lower() in DOMAIN_NOUNS and tok.text.islower() and not any(
                    c.dep_ in {"amod", "compound", "poss"} and c.pos_ in {"PROPN", "ADJ"} for c in tok.children):
                continue  # "his health", "security": a field of policy, not the people in it
            start = tok.left_edge.i
            if tok.i - start > 6:
                start = tok.i
            cut = [t.i for t in doc[start:tok.i] if t.is_punct and t.text not in {"'s", "’s"}
                   and not (t.text == "-" and not t.whitespace_)]  # a spaced dash cuts, "Kurdish-led" not
            if cut:
                start = cut[-1] + 1  # "(Reuters) - British police": the NP begins after the punctuation
            while start < tok.i and doc[start].lower_ in QUANTIFIER_DETS:
                start += 1  # "no Western forces" names Western forces (the negation is the event's)
            if term.kind == "org" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
                continue  # "in the Oval Office" is a place
            end = shown = tok.i + 1
            for child in tok.rights:
                # "president of Chile", "troops from Chad"; "the president in Alaska" is a place
                if child.dep_ == "prep" and child.lower_ in ({"of", "from"} if term.kind in {"title", "leader"}
                                                             else {"of", "from", "in"}):
                    obj = [g for g in child.children if g.dep_ == "pobj"]
                    if obj and (obj[0].ent_type_ in {"GPE", "LOC"} or obj[0].pos_ == "PROPN") \
                            and obj[0].right_edge.i - tok.i < 6:
                        end = obj[0].right_edge.i + 1
                        # "Soldiers in Oskeva": the place says whose they are, the mention stays the group
                        shown = tok.i + 1 if child.lower_ == "in" else end
            text = self.text(start, end)
            res = self.resolver.resolve(text, self.date, places=False)
            if shown < end and res.named is None:
                # "Police in Ostland": the place gives the country, the name stays the group's own
                res = dataclasses.replace(res, name=self.resolver.resolve(self.text(start, shown), self.date,
                                                                          places=False).name)
            has_modifier = res.country is not None or any(not self.claimed[t.i] is False for t in doc[start:tok.i])
            if term.kind in {"title", "leader"}:
                if doc[tok.i + 1:tok.i + 2] and doc[tok.i + 1].ent_type_ == "PERSON":
                    continue  # "President Macron" is the person pass's
                cand = Cand(start, shown, "title", res, "nominal.title", tok.i)
                if res.named is None:
                    cand.title = low
                self.cands.append(cand)
            elif tok.dep_ in ARG_DEPS or has_modifier:
                cand = Cand(start, shown, "nominal", res, "nominal.sector", tok.i)
                if tok.lemma_.lower() in GOVERNMENT_HEADS and res.country and res.sector == "GOV" \
                        and not self._regional(start, tok.i) \
                        and (country := self.kb.countries.get(res.country)) is not None:
                    # "the current administration of the US", "the Chinese government": one actor
                    cand.res = dataclasses.replace(res, name=f"Government of {_with_article(country.name)}",
                                                   kind="organization")
                    cand.key = f"government:{res.country}"
                self.cands.append(cand)


def doc_ent_inside(doc: Any, k: int) -> bool:
    """Whether token ``k`` continues the named entity of token ``k - 1`` leftwards."""
    return doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == doc[k].ent_type_


__all__ = ["COMPONENT", "extract_actors", "run"]
