"""Find and resolve the actors of an article: named people, organisations, countries, metonyms,
titles and sector nouns, each merged into ONE actor with all its mentions.

Passes over the parsed document, each claiming the tokens it explains:

1. PERSON entities, widened leftwards over titles and honorifics ("US President Donald Trump",
   "Sir Keir Starmer", "China's President Xi Jinping");
2. names the knowledge base knows ("the Kremlin", "Number 10", "Coalition of the Willing"),
   which also corrects spaCy's labels (Kyiv tagged PERSON is still the capital);
3. the remaining ORG/GPE/NORP/FAC entities (capitals count as the government only where they
   act, not after "in"/"to"; regions and cities are left to the places stage);
4. nouns naming a sector or office ("Ukrainian troops", "the Kremlin's spokesperson", "experts"),
   after the names a common noun before them describes ("news broadcaster NRK") take its sector
   (:mod:`.described`).

Before them, the tagger's entities are repaired (:mod:`.spans`): a body's name cut at "and",
"of" or commas is one name again, a person's name glued after a body's is the person's.

Before them, article context (:mod:`.context`): names that are places by their syntax
("the capital, Velt", "the Pell valley", "reporters in Ambrel"), weekdays and months, unknown
one-word names used the way states are (kind country, no code: "neighbouring Dunmarch"), and
the article's dominant country, which sub-national titles ("regional governor X") and generic
body names ("Congress" in an Indian article) take.

Mentions then cluster (:mod:`.cluster`) by KB identity, by surname ("Putin" after "Vladimir Putin"), by title
("the US President" is the article's unique US president) and by appositive ("Dmitry Peskov,
the Kremlin's spokesperson"). Nothing is invented: an unknown name keeps no country.

The passes are mixins: :mod:`.people` (1) and :mod:`.bodies` (2-4) over the shared state of
:mod:`.base`; this module holds the article context and the order of the passes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...kb import KnowledgeBase, load_kb
from ...kb.model import Person, fold
from ...registry import Resources
from ...resolve import Resolution, Resolver
from ...schema import Actor, ArticleResult
from ..common import in_hyphened_modifier, word_class
from . import context as ctx
from .base import GOVERNMENT_HEADS, STATE_SECTORS
from . import kinds
from .kinds import NON_ACTOR_NAMES
from .bodies import BodyPass
from .cluster import COMPONENT, Cand, cluster as _cluster, government_name
from .national import ARTICLE_COUNTRY, state_share, stateless
from .described import DescribedPass
from .people import PeoplePass
from .spans import repair_entities

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
    repair_entities(doc, kb)  # one name the tagger cut in pieces or glued to another (every later stage reads it)
    finder = _Finder(doc, kb, resolver, firsts if firsts is not None else _kb_first_words(kb), date, gazetteer)
    return _cluster(finder.find(), doc, resolver, date)


def _load_gazetteer() -> Any:
    """The places stage's gazetteer (shared through resources), or ``False`` when unavailable."""
    try:
        from ...gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:  # an optional aid: the actors stage works without it
        return False


# A place that modifies a noun ("the US embassy", "Kestria's army") says whose that is, not where the sentence is.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Prepositions that join an office to the state it serves ("President of X"; not "ambassador to X",
# a relation to another state).
OFFICE_PREPOSITIONS = frozenset({"of"})
# Ranks a police force and an army share ("officers"): bare, beside police and no armed forces, the police's.
SHARED_RANKS = word_class("actors.finder.shared_ranks")
# Kinds of unknown names that take the article's dominant country (not groups: "the protesters" may be anyone's).
UNPLACED_KINDS = frozenset({"person", "organization"})


class _Finder(PeoplePass, BodyPass, DescribedPass):
    def find(self) -> list[Cand]:
        self.datelines()
        self.relations()
        self.channels()
        self.country_likes()
        self.persons()
        self.surnames()
        self.known_names()
        self.entities()
        self.shared_titles()
        self.described()
        self.members()
        self.nationals()
        self.nominals()
        self.shared_ranks()
        self.subnational()
        self.placed_offices()
        self.placed_names()
        self.national()
        self.office_states()
        return sorted(self.cands, key=lambda c: (c.start, -c.end))

    def shared_ranks(self) -> None:
        """A bare rank a police force and an army share ("officers": nothing before it says whose)
        is the police's where the article names police and no armed forces: "Police fired tear gas
        ... hundreds of officers moved in"."""
        sectors = {c.res.sector for c in self.cands if c.res.named is None or c.kind == "nominal"}
        ranks = [c for c in self.cands if c.kind in {"nominal", "title"} and c.res.named is None and c.res.sector == "MIL"
                 and self.doc[c.head].lemma_.lower() in SHARED_RANKS and self.doc[c.head].tag_ == "NNS"
                 and not any(k.dep_ in MODIFIER_DEPS for k in self.doc[c.head].children)]
        if not ranks or "COP" not in sectors or any(c.res.sector == "MIL" for c in self.cands if c not in ranks):
            return
        for c in ranks:  # a plural rank is a group of the force, not one holder of a title
            c.kind, c.rule, c.title = "nominal", "nominal.sector", None
            c.res = dataclasses.replace(c.res, kind="group", sector="COP",
                                        reason=f"{c.res.reason}; a rank the article's police hold")

    def office_states(self) -> None:
        """A state named as the complement of a person's office ("the President of the People's
        Republic of China") says which office it is: part of that person's mention, which takes the
        state's code if it has none, not the state acting. Not for several offices or states."""
        for c in [c for c in self.cands if c.res.kind == "country" and c.kind == "name" and c.head >= 0]:
            root = self.doc[c.start:c.end].root  # "the People's Republic of China": "Republic"
            if root.dep_ != "pobj" or root.head.lower_ not in OFFICE_PREPOSITIONS \
                    or root.head.head.tag_ in {"NNS", "NNPS"} or any(k.dep_ == "conj" for k in root.children):
                continue  # "the Prime Ministers of Belgium and the Netherlands": several states' people
            office = root.head.head.i
            person = next((d for d in self.cands if d is not c and d.res.kind == "person" and d.kind != "name"
                           and d.start <= office < d.end and (d.end <= c.start or c.end <= d.end)), None)
            if person is None:
                continue
            person.end = max(person.end, c.end)
            if person.res.country is None:
                person.res = dataclasses.replace(person.res, country=c.res.country,
                                                 reason=f"{person.res.reason}; an office of {c.res.country}")
            self.cands.remove(c)

    def datelines(self) -> None:
        """Claim paragraph-opening datelines: they name where the story was filed, not an actor."""
        for start, end in ctx.datelines(self.doc):
            self.claim(start, end)

    def relations(self) -> None:
        """Claim "pro-Beijing", "anti-Putin", "non-Muslim": whom a group is for or against, not an actor."""
        for tok in self.doc:
            if tok.text == "-" and not self.claimed[tok.i]:
                chain = kinds.hyphen_chain(tok)
                if len(chain) >= 3 and fold(chain[0].text) in kinds.RELATION_PREFIXES:
                    self.claim(chain[0].i, chain[-1].i + 1)

    def channels(self) -> None:
        """Claim the platforms statements go through ("said on Twitter"): media, not actors."""
        for tok in self.doc:
            if not self.claimed[tok.i] and ctx.is_channel(tok):
                self.claim(tok.i, tok.i + 1)

    def country_likes(self) -> None:
        """Unknown names used the way states are ("neighbouring Dunmarch", "Kestria's president")
        become country actors without a code: the KB cannot know fictional or new states."""
        found = ctx.find_country_like(self.doc, self.known, self.person_words)
        self.country_like = found
        if not found.names:
            return
        for tok in self.doc:
            key = tok.lower_
            if key not in found.names or self.claimed[tok.i] or tok.pos_ != "PROPN" or fold(tok.text) in NON_ACTOR_NAMES:
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

    def placed_offices(self) -> None:
        """Unnamed state offices and forces with no country word ("officials", "the authorities",
        "police") serve the one country their sentence's places lie in ("floods in El Salvador killed
        32, according to officials"; a state the act is done to is no place: "accused Paris"), before
        the article's dominant country is considered; not forces a pronoun owns ("its jets"), which are
        their owner's (the events stage reads the pronoun)."""
        for c in self.cands:
            if c.kind != "nominal" or c.rule != "nominal.sector" or c.res.named is not None or c.res.country \
                    or c.res.sector not in STATE_SECTORS or stateless(c.res.name):
                continue
            if self.doc[c.head].lemma_.lower() in GOVERNMENT_HEADS and self.doc[c.head].tag_ == "NNS":
                continue  # "the two governments held talks in Geneva": several states, the place is a venue
            head = self.doc[c.head]
            if any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in head.children):
                continue  # "the military said its jets struck targets in X": the owner's, not X's
            said = {t.i for k in head.head.children if head.dep_ in {"nsubj", "nsubjpass"}
                    and k.dep_ in {"ccomp", "xcomp", "parataxis"} for t in k.subtree}  # what they say is elsewhere
            code = ctx.dominant(ctx.country_votes(ctx.toponym_country(self.kb, self.gazetteer, e.text)
                                                  for e in head.sent.ents if e.label_ in {"GPE", "LOC"}
                                                  and e.root.dep_ not in MODIFIER_DEPS and e.root.i not in said
                                                  and not ctx.party_to_act(e.root)  # "accused Paris"
                                                  and not in_hyphened_modifier(e[-1])  # "the UK-based monitor"
                                                  and not c.start <= e.start < c.end  # its own words gave none
                                                  and not self.names_a_person(e)),
                                share=1.0)
            if code:
                c.res = dataclasses.replace(c.res, country=code, score=min(c.res.score, 0.5),
                                            reason=f"{c.res.reason}; a state's office: {code}, the country of the "
                                                   "places of its sentence")
                self._name_government(c, code, bare=True)

    def placed_names(self) -> None:
        """A state body by name with no country word of its own, placed by "in" a place of one state
        ("the Joint Chiefs of Staff in Seoul", "the Supreme Court in New Delhi"), is that state's: a
        name many states' bodies share is the text's to place, whatever body of that name the
        knowledge base knows. Not a body of no state (the UN, an NGO), nor one its own words place
        ("the US Embassy in Seoul")."""
        for c in self.cands:
            if c.kind != "name" or c.res.kind not in ("organization", "group") or c.res.sector not in STATE_SECTORS \
                    or (c.res.country and (c.res.country not in self.kb.countries or c.res.named is None)) \
                    or any(t.ent_type_ in ("GPE", "NORP") for t in self.doc[c.start:c.end]):
                continue
            head = self.doc[c.start:c.end].root  # "the Commission of Inquiry on the Crisis in Ukraine": not placed
            objects = {g.i for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                       for g in p.children if g.dep_ == "pobj" and not c.start <= g.i < c.end}
            places = {code for e in self.doc.ents if e.label_ == "GPE" and e.root.i in objects
                      and (code := ctx.toponym_country(self.kb, self.gazetteer, e.text))}
            if len(places) == 1 and (code := places.pop()) != c.res.country:
                c.res = dataclasses.replace(c.res, country=code, named=None, score=min(c.res.score, 0.5),
                                            reason=f"{c.res.reason}; placed in a place of {code}")

    def national(self) -> None:
        """A state office with no country word ("Interior Minister X said") is, in wire copy, an
        office of the country the article is about: its dominant country. So are people and bodies
        the knowledge base does not know and the text gives no country, when one state has at least
        60% of the article's country mentions."""
        forces = [c for c in self.cands if c.kind == "nominal" and c.res.named is None and not c.res.country
                  and (c.res.sector in {"MIL", "COP"} or self._the_government(c))
                  and c.rule in {"nominal.sector", "nominal.anaphor"}
                  and self.doc[c.head].tag_ in {"NN", "NNS"} and not self._qualified(c)]
        code, share = state_share((c.res.country for c in self.cands if not self._before_roles(c)), share=0.4)
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
                                                       f"country {share:.0%} {ARTICLE_COUNTRY}")
        for c in self.cands:
            if c.national and not c.res.country and c.res.named is None:
                c.res = dataclasses.replace(c.res, country=code, score=min(c.res.score, 0.5),
                                            reason=f"{c.res.reason}; a state's office or force: {code}, the "
                                                   f"country most {ARTICLE_COUNTRY}")
                self._name_government(c, code)

    def _name_government(self, c: Cand, code: str, bare: bool = False) -> None:
        """"the government" given a state's code is the one actor "Government of X" of that state; with
        ``bare``, not one a modifier describes ("the Vietnamese-backed communist government" its
        sentence's places gave a country)."""
        if bare and any(t.dep_ in ("amod", "compound", "nmod") for t in self.doc[c.head].children):
            return
        if self._the_government(c) and (country := self.kb.countries.get(code)) is not None:
            c.res = dataclasses.replace(c.res, name=government_name(country.name), kind="organization")
            c.key = f"government:{code}"

    def _before_roles(self, c: Cand) -> bool:
        """Whether a candidate is a person the knowledge base knows only by roles that begin after the
        article's date ("Ben Wallace" in 2004, a minister from 2019): matched by name alone, perhaps
        a namesake, so no evidence of which state the story is about."""
        person = c.res.named
        return isinstance(person, Person) and c.res.role is None and bool(person.roles) \
            and all(r.start is not None and r.start > self.date for r in person.roles)

    def _the_government(self, c: Cand) -> bool:
        """Whether a nominal is a state's government named by its head alone ("the government")."""
        return c.res.sector == "GOV" and self.doc[c.head].lemma_.lower() in GOVERNMENT_HEADS \
            and self.doc[c.head].tag_ == "NN"



__all__ = ["COMPONENT", "extract_actors", "run"]
