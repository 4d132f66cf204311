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

Mentions then cluster by KB identity, by surname ("Putin" after "Vladimir Putin"), by title
("the US President" is the article's unique US president) and by appositive ("Dmitry Peskov,
the Kremlin's spokesperson"). Nothing is invented: an unknown name keeps no country.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..kb import KnowledgeBase, load_kb
from ..kb.model import Entity, Person, fold, name_key
from ..registry import Resources
from ..resolve import HONORIFICS, Resolution, Resolver
from ..schema import Actor, ArticleResult, Mention, Provenance, Span

COMPONENT = "tidings.actors.v1"
LOCATIVE = {"in", "at", "to", "from", "near", "into", "across", "around", "outside", "inside", "over", "toward",
            "towards", "via", "through", "throughout", "within", "on", "off", "onto", "between", "of"}
ARG_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "agent", "appos", "conj", "pobj", "attr", "ROOT"}
NAME_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "alhaji", "sheikh"}
FORENAME_HONORIFICS = {"sir", "dame"}
RELATIONAL_HEADS = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "leaders", "leader",
                    "members", "representatives", "member"}
DATELINE_DASHES = {"-", "–", "—", "--"}
# Determiners that quantify or negate a group without changing who it is.
QUANTIFIER_DETS = {"no", "any", "every", "each", "such", "another", "either", "neither"}
# Heads that make a noun phrase a thing, whatever actor modifies it ("Europe's plan").
ABSTRACT_HEADS = {"plan", "commitment", "deal", "proposal", "offer", "decision", "agreement", "accord", "treaty",
                  "pledge", "promise", "guarantee", "initiative", "strategy", "policy", "programme", "program",
                  "resolution", "statement", "report", "position", "stance", "demand", "request", "threat", "bid",
                  "effort", "support", "plea", "warning", "claim", "vision", "approach", "framework", "roadmap"}
# Heads naming a country's executive as a whole: they join one "Government of X" actor.
GOVERNMENT_HEADS = {"government", "administration", "cabinet", "regime"}
ANAPHORIC_HEADS = {"coalition", "alliance", "bloc", "party", "group", "court", "agency", "army", "union",
                   "government", "council", "commission", "organisation", "organization", "movement", "company"}


@dataclass
class Cand:
    """One mention on its way to becoming part of an actor."""

    start: int
    end: int
    kind: str  # schema MentionKind
    res: Resolution
    rule: str
    head: int = -1  # token index of the head
    surname: str | None = None  # a one-word personal name to link to an earlier full name
    title: str | None = None  # an office named without a person ("the president")
    key: str = ""
    extra: list["Cand"] = field(default_factory=list)


def _kb_first_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(k.split(" ", 1)[0] for k in kb.names)


def run(doc: Any, draft: ArticleResult, resources: Resources) -> ArticleResult:
    """Assign ``actors``: resolved, clustered, numbered a1, a2, ... by first mention."""
    kb: KnowledgeBase = resources.get("kb", load_kb)
    resolver: Resolver = resources.get("resolver", lambda: Resolver(kb))
    firsts: frozenset[str] = resources.get("kb_first_words", lambda: _kb_first_words(kb))
    date = draft.article.date or resolver.today
    finder = _Finder(doc, kb, resolver, firsts, date)
    cands = finder.find()
    actors = _cluster(cands, doc, resolver, date)
    return dataclasses.replace(draft, actors=tuple(actors))


class _Finder:
    def __init__(self, doc: Any, kb: KnowledgeBase, resolver: Resolver, firsts: frozenset[str], date: dt.date):
        self.doc, self.kb, self.resolver, self.firsts, self.date = doc, kb, resolver, firsts, date
        self.doc_text = doc.text
        self.claimed = [False] * len(doc)
        self.cands: list[Cand] = []

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
        self.persons()
        self.gazetteer()
        self.entities()
        self.nominals()
        return sorted(self.cands, key=lambda c: (c.start, -c.end))

    # 0. datelines ---------------------------------------------------------------------------

    def datelines(self) -> None:
        """Claim a paragraph-opening dateline ("HALVIK, Kostmark –", "LONDON (Reuters) -").

        It names where the story was filed (and who filed it), not anyone who acts in it.
        """
        doc, text = self.doc, self.doc_text
        for tok in doc:
            if tok.i > 0 and "\n" not in text[doc[tok.i - 1].idx:tok.idx]:
                continue
            word = tok.text
            if not (word.isalpha() and word.isupper() and len(word) >= 3):
                continue
            window = doc[tok.i:tok.i + 9]
            dash = next((t.i for t in window if t.text in DATELINE_DASHES), None)
            if dash is None or dash == tok.i:
                continue
            inner = doc[tok.i + 1:dash]
            if any("\n" in t.text for t in inner):
                continue
            if (inner and inner[0].text in {",", "("}) or all(t.text.isupper() for t in inner if t.is_alpha):
                self.claim(tok.i, dash + 1)

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
            if not toks:
                continue
            name_start = toks[0].i
            name = self.text(name_start, end)
            known = self.kb.lookup(name)
            if known and all(isinstance(k, Entity) for k in known):
                continue  # spaCy called a place or body a person; the gazetteer pass takes it
            left = self._title_left(name_start)
            prefix = self.text(left, name_start) if left < name_start else ""
            res = self.resolver.resolve(name, self.date, places=False)
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
                titled = self.resolver.resolve(prefix, self.date, places=False)
                if titled.kind == "country":
                    cand.res = dataclasses.replace(res, country=titled.country, score=0.5,
                                                   reason=f"{prefix!r} -> {titled.country}; {res.reason}")
                elif titled.named is None and (titled.country or titled.sector):
                    cand.res = dataclasses.replace(res, country=titled.country, sector=titled.sector,
                                                   role=titled.role, score=0.6,
                                                   reason=f"title {prefix!r}: {titled.reason}")
            self.claim(left, end)
            self.cands.append(cand)

    def _title_left(self, i: int) -> int:
        """Widen a name leftwards over titles, honorifics and their country ("Ukraine's President")."""
        j = i
        while j > 0:
            t = self.doc[j - 1]
            low = fold(t.text).rstrip(".")
            if t.text in {"'s", "’s"} and j >= 2:
                j -= 1
                continue
            term = self.kb.sector_term(low)
            if (low in HONORIFICS or (term and term.kind in {"title", "leader"} and t.text[:1].isupper())
                    or low in {"prime", "foreign", "defence", "defense", "vice", "deputy", "interior", "finance",
                               "supreme", "crown"} and t.text[:1].isupper()):
                j -= 1
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

    # 2. names the KB knows ------------------------------------------------------------------

    def gazetteer(self) -> None:
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
            if isinstance(named, Entity) and named.category == "region":
                i = j
                continue
            if isinstance(named, Entity) and named.category in {"capital", "seat"} and not self._acts(i, j):
                self.claim(i, j)
                i = j
                continue
            res = self.resolver.resolve(self.text(i, j), self.date, places=False)
            kind = "metonym" if isinstance(named, Entity) and named.category in {"capital", "seat"} else "name"
            cand = Cand(i, j, kind, res, "kb.name", doc[j - 1].i)
            if isinstance(named, Person) and j - i == 1:
                cand.surname = fold(doc[i].text)
            self.claim(i, j)
            self.cands.append(cand)
            i = j

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
            if ent.label_ == "NORP":
                plural = text.endswith("s") or self.doc[ent.start].lower_ == "the"
                if ent.root.dep_ in {"amod", "compound"} or not self.kb.demonym(text) or not plural:
                    continue
                iso = self.kb.demonym(text)
                res = Resolution(text, "group", iso, None, None, None, 0.6, f"demonym {text!r} -> {iso}")
                self.cands.append(Cand(start, end, "demonym", res, "ner.norp", ent.root.i))
                self.claim(start, end)
                continue
            res = self.resolver.resolve(text, self.date, places=False)
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
                res = Resolution(f"the {low}", "group", score=0.3, reason="a definite noun of an earlier name")
                self.cands.append(Cand(tok.i - 1, tok.i + 1, "nominal", res, "nominal.anaphor", tok.i, title="@" + low))
                continue
            term = self.kb.sector_term(low) or self.kb.sector_term(tok.lemma_.lower())
            if tok.i > 0 and (two := self.kb.sector_term(f"{doc[tok.i - 1].lower_} {low}")):
                term = two
            if term is None or term.sector == "UNK":
                continue
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
            end = tok.i + 1
            for child in tok.rights:
                # "president of Chile", "troops from Chad"; "the president in Alaska" is a place
                if child.dep_ == "prep" and child.lower_ in ({"of", "from"} if term.kind in {"title", "leader"}
                                                             else {"of", "from", "in"}):
                    obj = [g for g in child.children if g.dep_ == "pobj"]
                    if obj and (obj[0].ent_type_ in {"GPE", "LOC"} or obj[0].pos_ == "PROPN") \
                            and obj[0].right_edge.i - tok.i < 6:
                        end = obj[0].right_edge.i + 1
            text = self.text(start, end)
            res = self.resolver.resolve(text, self.date, places=False)
            has_modifier = res.country is not None or any(not self.claimed[t.i] is False for t in doc[start:tok.i])
            if term.kind in {"title", "leader"}:
                if doc[tok.i + 1:tok.i + 2] and doc[tok.i + 1].ent_type_ == "PERSON":
                    continue  # "President Macron" is the person pass's
                cand = Cand(start, end, "title", res, "nominal.title", tok.i)
                if res.named is None:
                    cand.title = low
                self.cands.append(cand)
            elif tok.dep_ in ARG_DEPS or has_modifier:
                cand = Cand(start, end, "nominal", res, "nominal.sector", tok.i)
                if tok.lemma_.lower() in GOVERNMENT_HEADS and res.country and res.sector == "GOV" \
                        and (country := self.kb.countries.get(res.country)) is not None:
                    # "the current administration of the US", "the Chinese government": one actor
                    cand.res = dataclasses.replace(res, name=f"Government of {_with_article(country.name)}",
                                                   kind="organization")
                    cand.key = f"government:{res.country}"
                self.cands.append(cand)


def _cluster(cands: list[Cand], doc: Any, resolver: Resolver, date: dt.date) -> list[Actor]:
    """Merge mentions into actors and number them by first mention."""
    persons: dict[str, list[Cand]] = {}
    for c in cands:
        if c.key:
            continue  # set by the finder (a country's government)
        if c.res.named is not None:
            c.key = c.res.named.key
        elif c.res.kind == "person" and c.surname is None and c.title is None:
            c.key = "name:" + fold(c.res.name)
        elif c.res.kind in {"group", "other"} or c.kind in {"nominal", "title", "demonym"}:
            c.key = f"nominal:{fold(c.res.name)}:{c.res.country}:{c.res.sector}"
        else:
            c.key = f"{c.res.kind}:{fold(c.res.name)}"
    full = [c for c in cands if c.res.kind == "person" and c.surname is None and c.title is None]
    for c in full:
        persons.setdefault(c.key, []).append(c)
    # appositives: "Name, the X's spokesperson" / "the X's spokesperson, Name"
    by_start: dict[int, Cand] = {}
    for c in cands:  # longest first at each start: "the Kremlin's spokesperson" over "the Kremlin"
        by_start.setdefault(c.start, c)
    for c in cands:
        if c.res.kind != "person" or c.kind == "appositive":
            continue
        if c.end < len(doc) and doc[c.end].text == ",":
            nxt = by_start.get(c.end + 1) or (by_start.get(c.end + 2) if c.end + 2 < len(doc) else None)
            if nxt and nxt.kind in {"title", "nominal"} and (doc[nxt.head].dep_ == "appos" or nxt.kind == "title") \
                    and (nxt.res.named in (None, c.res.named) or _relational(doc, nxt)):
                _absorb(c, nxt)
    # single names and honorifics link to a full name in the article, else to the KB
    for c in cands:
        if c.surname is None or c.kind == "appositive":
            continue
        want = c.surname
        forename = want.startswith("forename:")
        if forename:
            want = want.split(":", 1)[1]
        matches = []
        for key, group in persons.items():
            parts = fold(group[0].res.name).split()
            if (forename and parts and parts[0] == want) or (not forename and parts and parts[-1] == want):
                matches.append(key)
        if len(matches) == 1:
            src = persons[matches[0]][0]
            c.key, c.res = src.key, src.res
        elif c.res.named is not None:
            c.key = c.res.named.key
        else:
            c.key = "name:" + want
    # titles without a name: the one person in the article holding such an office
    counts: dict[str, int] = {}
    for c in cands:
        if c.title is None or c.kind == "appositive" or c.title.startswith("@"):
            counts[c.key] = counts.get(c.key, 0) + 1
            continue
        fitting = {}
        for c2 in cands:
            if c2.start >= c.start or c2.res.kind != "person" or not c2.res.role:
                continue
            if fold(c2.res.role).startswith(c.title) and (c.res.country in (None, c2.res.country)):
                fitting[c2.key] = c2
        if fitting:
            best = max(fitting, key=lambda k: (counts.get(k, 0), fitting[k].start))
            c.key, c.res = best, fitting[best].res
        elif c.res.country is None:
            c.key = ""  # "the president" with nobody to be: dropped
    # unnamed spokespeople and officials of a named body belong to that body
    for c in cands:
        if c.kind != "appositive" and c.kind in {"nominal", "title"} and c.res.named is None and c.key:
            if fold(doc[c.head].text) in RELATIONAL_HEADS or fold(doc[c.head].lemma_) in RELATIONAL_HEADS:
                inner = [o for o in cands if o is not c and c.start <= o.start and o.end <= c.end and o.res.named
                         and isinstance(o.res.named, Entity) and o.res.named.kind in {"organization", "group", "other"}]
                if len(inner) == 1 and inner[0].res.named.category != "capital":  # type: ignore[union-attr]
                    c.key, c.res = inner[0].key, inner[0].res
    # "the coalition" after "Coalition of the Willing"
    orgs: dict[str, Cand] = {}
    for c in cands:
        if c.res.named is not None and isinstance(c.res.named, Entity) and c.res.named.kind in {"organization", "group"}:
            orgs.setdefault(fold(c.res.name).split()[0], c)
        tok = doc[c.head] if c.head >= 0 else None
        if tok is not None and c.title and c.title.startswith("@"):
            hit = [o for o in orgs.values() if o.start < c.start and tok.lower_ in fold(o.res.name).split()]
            c.key, c.res = (hit[0].key, hit[0].res) if len(hit) == 1 else ("", c.res)
    return _actors(cands, doc)


def _with_article(country: str) -> str:
    """"the United States", "the Philippines"; "China" stays bare."""
    plural = country.endswith("s") and not country.endswith(("ss", "us"))
    if plural or any(w in country.split() for w in ("United", "Republic", "Kingdom", "Federation", "Emirates")):
        return "the " + country
    return country


def _relational(doc: Any, c: Cand) -> bool:
    """A nominal naming someone by their tie to a body ("the Kremlin's spokesperson")."""
    head = doc[c.head]
    return c.head >= 0 and (head.lower_ in RELATIONAL_HEADS or head.lemma_.lower() in RELATIONAL_HEADS) \
        and isinstance(c.res.named, Entity)


def doc_ent_inside(doc: Any, k: int) -> bool:
    """Whether token ``k`` continues the named entity of token ``k - 1`` leftwards."""
    return doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == doc[k].ent_type_


def _absorb(person: Cand, nominal: Cand) -> None:
    """An appositive names the person's office: it becomes one of their mentions."""
    nominal.kind = "appositive"
    nominal.title = None
    if isinstance(nominal.res.named, Entity) and person.res.named is None:
        body = nominal.res.named
        person.res = dataclasses.replace(person.res, country=body.country, sector=body.sector,
                                         role=_role_text(nominal), score=0.6,
                                         reason=f"appositive {nominal.res.name!r}: {nominal.res.reason}")
    elif person.res.named is None and (nominal.res.country or nominal.res.sector):
        person.res = dataclasses.replace(person.res, country=nominal.res.country, sector=nominal.res.sector,
                                         role=_role_text(nominal), score=0.6,
                                         reason=f"appositive {nominal.res.name!r}: {nominal.res.reason}")
    nominal.res = person.res
    nominal.key = person.key


def _role_text(c: Cand) -> str:
    return c.res.name[4:] if c.res.name.lower().startswith("the ") else c.res.name


def _actors(cands: list[Cand], doc: Any) -> list[Actor]:
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.key:
            groups.setdefault(c.key, []).append(c)
    ordered = sorted(groups.values(), key=lambda g: min(c.start for c in g))
    text = doc.text  # built once: Doc.text joins every token
    actors = []
    for n, group in enumerate(ordered, start=1):
        best = max(group, key=lambda c: (c.res.named is not None, c.res.score, c.kind == "name"))
        res = best.res
        if res.kind == "person" and res.named is None:  # an unknown person's best facts may sit on any mention
            known = [c.res for c in group if c.res.country or c.res.sector]
            if known:
                res = max(known, key=lambda r: r.score)
        mentions, seen = [], set()
        for c in sorted(group, key=lambda c: c.start):
            s, e = doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1].text)
            if (s, e) in seen:
                continue
            seen.add((s, e))
            mentions.append(Mention(Span(s, e, text[s:e]), c.kind, Provenance(COMPONENT, c.rule, c.res.score)))
        name = res.name if res.named is not None or res.kind == "person" else best.res.name
        actors.append(Actor(f"a{n}", name, res.kind if res.kind in {"person", "organization", "country", "group"}
                            else "other", res.country, res.sector, res.role, res.wikidata, tuple(mentions),
                            round(res.score, 3), Provenance(COMPONENT, best.rule, res.score, res.reason)))
    return actors


__all__ = ["COMPONENT", "run"]
