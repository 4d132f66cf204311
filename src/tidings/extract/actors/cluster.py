"""Merge an article's actor mentions into actors: one per person, body or country.

Mentions cluster by KB identity, by surname ("Putin" after "Vladimir Putin") and, cautiously,
by forename, by title ("the US President" is the article's unique US president) and by
appositive in either order ("Dmitry Peskov, the Kremlin's spokesperson"; "Dunmarch's foreign
minister, Ilse Morrow"). Then actors are numbered a1, a2, ... by first mention.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ...kb.model import Entity, Person, fold
from ...ontology import STATE_ORGANS
from ...resolve import Resolver
from ...schema import Actor, Mention, Provenance, Span
from ..common import word_class
from . import variants
from .described_people import join_described_people
from .mention import Cand
from .separated import separated_titles

COMPONENT = "tidings.actors.v1"
RELATIONAL_HEADS = word_class("actors.finder.cluster.relational_heads")
# Nouns of a body of states ("the bloc", "the regional bloc", "the military alliance"): the nearest such body named
# before them (actors.cluster), whatever small-letter adjectives stand between "the" and the noun.
BLOC_NOUNS = word_class("actors.cluster.bloc_nouns")


def definite_start(doc: Any, tok: Any) -> int | None:
    """Where "the" opens a definite description headed by ``tok`` ("the group"; for a bloc noun also
    "the regional bloc" and a place's: "West Africa's main regional bloc"), or None."""
    k, bloc = tok.i - 1, tok.lower_ in BLOC_NOUNS
    while bloc and k > 0 and doc[k].dep_ == "amod" and doc[k].head.i == tok.i and doc[k].text.islower():
        k -= 1
    if bloc and k > 0 and doc[k].dep_ == "case" and doc[k].head.dep_ == "poss" \
            and doc[k].head.head.i == tok.i and doc[k].head.ent_type_ in ("GPE", "LOC"):
        return doc[k].head.left_edge.i  # "West Africa's main regional bloc"
    return k if k >= 0 and doc[k].lower_ == "the" else None


def cluster(cands: list[Cand], doc: Any, resolver: Resolver, date: dt.date) -> list[Actor]:
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
    for c in cands:  # a lone name from any pass ("Mr Brandt" tagged ORG) may be an earlier person's surname
        if c.res.kind == "person" and c.surname is None and c.title is None and c.kind in {"name", "honorific"} \
                and c.head >= 0 and doc[c.start:c.end][-1].is_alpha and _name_tokens(doc, c) == 1:
            c.surname = fold(doc[c.end - 1].text)
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
            # one word may stand between (a determiner the office's mention leaves out), never a
            # quotation mark: '"We met Ali Hassan," the minister said' ends a quote, the title is the cue's
            nxt = by_start.get(c.end + 1) or (by_start.get(c.end + 2) if c.end + 2 < len(doc)
                                              and doc[c.end + 1].pos_ == "DET" else None)  # not "Name, accused two ministers"
            if nxt and nxt.kind in {"title", "nominal"} and (doc[nxt.head].dep_ == "appos" or nxt.kind == "title") \
                    and (nxt.res.named in (None, c.res.named) or _relational(doc, nxt)) and not _fronted(doc, c, nxt):
                _absorb(c, nxt, _place_said(doc, nxt, resolver))
    reverse_appositives(cands, doc, resolver)
    adjacent_titles(cands, doc)
    # single names and honorifics link to a full name in the article, else to the KB
    surnames = {fold(g[0].res.name).split()[-1] for g in persons.values() if fold(g[0].res.name).split()}
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
        if not matches and not forename and not isinstance(c.res.named, Entity) and want not in surnames:
            # "Manohar" after "Manohar Parrikar": a forename joins the one person who has it; so does
            # a family name told first ("Hong" after "Hong Lei"), before the KB's namesake of that surname
            matches = [k for k, g in persons.items() if len(parts := fold(g[0].res.name).split()) >= 2
                       and parts[0] == want]
        if len(matches) == 1:
            src = persons[matches[0]][0]
            c.key, c.res = src.key, src.res
        elif c.res.named is not None:
            c.key = c.res.named.key
        else:
            c.key = "name:" + want
    governments_of_people(cands, doc)
    # titles without a name: the one person in the article holding such an office
    for c in cands:
        if c.title is None or c.kind == "appositive" or c.title.startswith("@"):
            continue
        fitting = {}
        for c2 in cands:
            if c2.start >= c.start or c2.res.kind != "person" or not c2.res.role:
                continue
            if fold(c2.res.role).startswith(c.title) and (c.res.country in (None, c2.res.country)):
                fitting[c2.key] = c2
        if len(fitting) == 1:
            best = next(iter(fitting))
            c.key, c.res = best, fitting[best].res
        elif c.res.country is None:
            c.key = ""  # "the president" with nobody, or two people, to be: dropped (never a guess)
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
            if not hit and tok.lower_ in BLOC_NOUNS:
                hit = _nearest_bloc(cands, c, doc)  # "the regional bloc" after "the Southern African Development Community"
            if not hit and tok.lower_ in GENERIC_BODY_NOUNS:
                hit = _nearest_body(cands, c, doc)  # "the group" after "the National Islamic Front"
            if len(hit) == 1:
                c.key, c.res = hit[0].key, hit[0].res
            elif c.key.startswith("government:"):
                pass  # "the government" placed as the article's state's government
            elif not (c.res.country and c.res.sector in {"MIL", "COP"}):
                c.key = ""  # no earlier name: dropped, unless placed as a state's forces ("the army")
    join_described_people(cands, doc)
    follow_owners(cands)
    variants.join_person_variants(cands, doc)
    variants.join_body_variants(cands, doc)
    variants.join_text_acronyms(cands, doc)
    variants.states_of_owned_organs(cands, doc)  # "its military": the state "its" stands for
    variants.join_descriptions(cands, doc)
    variants.join_named_heads(cands, doc)
    variants.join_same_groups(cands, doc)
    return _actors(cands, doc)


# Nouns any body may be called by ("the group said"), whatever its name: they point back at the
# nearest body named before them
GENERIC_BODY_NOUNS = word_class("actors.cluster.generic_body_nouns")
STATE_BODIES = frozenset({"IGO", "UNO", "EUR"})  # codes of bodies of states
_BODY_REACH = 3  # sentences back a generic body noun looks for the body it names


def _nearest_body(cands: list[Cand], c: Cand, doc: Any) -> list[Cand]:
    """The body named nearest before candidate ``c`` (a generic noun: "the group") as the subject of
    its clause, within a few sentences: a known organisation or armed group, or a name read as a
    body's; [] when none is. People and states named in between are passed over (the noun says a
    body), and so are bodies named as objects ("in its submission to the WTO, the group alleges":
    the group is the one that spoke before, not the WTO), bodies named in the noun's own sentence
    and the media ("a Reuters witness saw police firing on the group": people, not Reuters), and
    a state's own organs ("the group" is no state's army, police or ministry)."""
    first = doc[c.start].sent.start
    sents = [s for s in doc.sents if s.start <= first]
    earliest = sents[-_BODY_REACH].start if len(sents) >= _BODY_REACH else 0
    bodies = [o for o in cands if earliest <= o.start < first and o.key and o.kind == "name" and o.res.sector != "JRN"
              and o.res.kind in {"organization", "group"} and _a_subject(doc[o.head] if o.head >= 0 else None)
              and not (isinstance(o.res.named, Entity) and o.res.named.category in {"country", "capital", "region", "seat"})
              and o.res.sector not in STATE_ORGANS]  # "the group" is no state's army, police or ministry
    return bodies[-1:] if bodies else []


def _nearest_bloc(cands: list[Cand], c: Cand, doc: Any) -> list[Cand]:
    """The body of states (an international body's code: IGO, UNO, EUR) named nearest before
    candidate ``c`` (a bloc noun: "the bloc"), subject or not; with none before, the first named in
    its own or the next sentence (a lede's "West Africa's main regional bloc ... Leaders of ECOWAS");
    [] when none is."""
    bodies = [o for o in cands if o.key and o.kind == "name" and o.res.country in STATE_BODIES
              and o.res.kind in {"organization", "group"}]
    before = [o for o in bodies if o.start < c.start]
    if before:
        return before[-1:]
    sent = doc[c.start].sent
    reach = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return [o for o in bodies if c.end <= o.start < reach][:1]


def _a_subject(tok: Any) -> bool:
    """Whether a mention's head is the subject of its clause, or part of one ("the leader of X")."""
    while tok is not None and tok.dep_ in ("compound", "poss", "pobj", "prep", "appos", "conj") and tok.head is not tok:
        if tok.dep_ == "pobj" and tok.head.lower_ != "of":
            return False
        tok = tok.head
    return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")


def follow_owners(cands: list[Cand]) -> None:
    """An appositive takes the key its person ended with (a surname may have joined a full name
    after the appositive was absorbed: "Harris, a sitting senator" after "Kamala Harris")."""
    for c in cands:
        owner, seen = c.owner, 0
        while owner is not None and owner.owner is not None and seen < 8:
            owner, seen = owner.owner, seen + 1
        if owner is not None and owner.key:
            c.key, c.res = owner.key, owner.res


def _name_tokens(doc: Any, c: Cand) -> int:
    """How many name words a mention has, leaving out honorifics and titles before them."""
    from ...resolve import HONORIFICS

    return sum(1 for t in doc[c.start:c.end] if t.pos_ == "PROPN" and fold(t.text).rstrip(".") not in HONORIFICS
               and t.text[:1].isupper())


def reverse_appositives(cands: list[Cand], doc: Any, resolver: Resolver | None = None) -> None:
    """"Dunmarch's foreign minister, Ilse Morrow, ...": the office before the name is the person's."""
    by_head: dict[int, Cand] = {}
    for c in cands:
        if c.kind in {"title", "nominal"} and c.head >= 0:
            by_head.setdefault(c.head, c)
    for p in cands:
        if p.res.kind != "person" or p.kind != "name" or p.head < 0 or p.start < 2 or doc[p.start - 1].text != ",":
            continue
        tok = doc[p.head]
        office = by_head.get(tok.head.i) if tok.dep_ == "appos" else None
        if office is not None and office.end == p.start - 1 and office.kind != "appositive" \
                and doc[office.head].tag_ not in {"NNS", "NNPS"} \
                and (office.res.kind == "person" or _relational(doc, office)):  # "two ministers, A and B": both's
            _absorb(p, office, _place_said(doc, office, resolver) if resolver is not None else None)


def adjacent_titles(cands: list[Cand], doc: Any = None) -> None:
    """"Former Vice President of the United States Joe Biden": a title ending where a name
    begins is that person's, whoever the KB says holds the office; so is a title set apart from
    the name by a bracket, a second title or a comma (:mod:`.separated`)."""
    titles = {c.end: c for c in cands if c.kind == "title"}
    apart = separated_titles(cands, doc) if doc is not None else {}
    for p in cands:
        for t in ([titles[p.start]] if p.start in titles else []) + sorted(apart.get(p.start, []), key=lambda c: -c.end):
            if p.res.kind != "person" or p.kind not in {"name", "honorific"} or t.owner is not None:
                continue
            if isinstance(t.res.named, Person) and t.res.named is not p.res.named:
                # the KB's holder of the office is someone else: the title is a mention, not a source of facts
                t.kind, t.title, t.owner, t.key, t.res = "appositive", None, p, p.key, p.res
                continue
            _absorb(p, t)


def governments_of_people(cands: list[Cand], doc: Any) -> None:
    """"Manohar's government" is the government its person leads: their country, sector GOV; so is
    "his government" of no country yet after a person named in its sentence."""
    for c in cands:
        if c.kind != "nominal" or c.head < 0 or doc[c.head].lemma_.lower() not in {"government", "administration",
                                                                                 "cabinet", "regime"}:
            continue
        owner = next((o for o in cands if o is not c and o.res.kind == "person" and c.start <= o.start
                      and o.end <= c.head and doc[o.end].text in {"'s", "’s"}), None) or (
            _his(c, cands, doc) if not c.res.country else None)  # placed already: that state's government
        if owner is None:
            continue
        c.res = dataclasses.replace(c.res, country=owner.res.country or c.res.country, sector="GOV",
                                    reason=f"the government of {owner.res.name}; {c.res.reason}")
        c.key = f"government-of:{owner.key}"


def _his(c: Cand, cands: list[Cand], doc: Any) -> Cand | None:
    """The person "his"/"her" before a government head stands for ("Mikati said his government
    would ..."): the last person named before it in its sentence, when one is; else None."""
    if not any(k.dep_ == "poss" and k.lower_ in ("his", "her") for k in doc[c.head].children):
        return None
    sent = doc[c.head].sent
    people = [o for o in cands if o.res.kind == "person" and o.kind != "appositive" and sent.start <= o.start
              and o.end <= c.start and o.res.country]
    return max(people, key=lambda o: o.end) if people else None


def government_name(country: str) -> str:
    """The name of a state's one government actor: "Government of the United States"."""
    return f"Government of {with_article(country)}"


def with_article(country: str) -> str:
    """"the United States", "the Philippines"; "China" stays bare."""
    plural = country.endswith("s") and not country.endswith(("ss", "us"))
    if plural or any(w in country.split() for w in ("United", "Republic", "Kingdom", "Federation", "Emirates")):
        return "the " + country
    return country


def _fronted(doc: Any, person: Cand, title: Cand) -> bool:
    """Whether the name ends a fronted phrase and the title is the next clause's subject ("Per
    request of Boris Johnson, the Queen suspended parliament"): no appositive."""
    return doc[title.head].dep_ in ("nsubj", "nsubjpass") and doc[person.head].dep_ == "pobj"


def _relational(doc: Any, c: Cand) -> bool:
    """A nominal naming someone by their tie to a body ("the Kremlin's spokesperson")."""
    head = doc[c.head]
    return c.head >= 0 and (head.lower_ in RELATIONAL_HEADS or head.lemma_.lower() in RELATIONAL_HEADS) \
        and isinstance(c.res.named, Entity)


PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
PLACE_MIN_SCORE = 0.5  # a town name several countries share ("Esperanza") says no country
WORKPLACE_PREPS = word_class("actors.cluster.workplace_prepositions")


def _place_said(doc: Any, nominal: Cand, resolver: Resolver) -> tuple[bool, str | None]:
    """(whether an appositive phrase names any place, the one country all its places lie in):
    "mayor of the Polish city of Gdansk" -> (True, "POL"); "mayor of the city" -> (False, None).
    A place one works in ("a spokesman in Paris") or an unknown proper noun gives no country."""
    if nominal.head < 0:
        return True, None
    head = doc[nominal.head]
    end = next((t.i for t in doc[nominal.end:head.right_edge.i + 1] if t.text in {",", ";", "("}), head.right_edge.i + 1)
    phrase = doc[head.left_edge.i:max(end, nominal.end)]
    # a proper noun no entity covers ("mayor of Brno", untagged) may be a place: the gazetteer's, else unknown
    codes: set[str | None] = {(found[0] if (found := resolver.place(t.text, PLACE_MIN_SCORE)) else None)
                              for t in phrase if t.pos_ == "PROPN" and not t.ent_type_}
    for ent in phrase.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in WORKPLACE_PREPS:
            codes.add(None)  # "a spokesman in Paris": where one works may not be whose office it is
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        code = resolver.kb.demonym(text) or next(
            (n.country for n in resolver.kb.lookup(text) if isinstance(n, Entity)
             and n.category in {"country", "capital", "region"} and n.country), None)
        if code is None and (found := resolver.place(text, PLACE_MIN_SCORE)) is not None:
            code = found[0]
        codes.add(code)
    if not codes:
        return False, None
    return True, (next(iter(codes)) if len(codes) == 1 else None)


def _absorb(person: Cand, nominal: Cand, place: tuple[bool, str | None] | None = None) -> None:
    """An appositive names the person's office: it becomes one of their mentions. Its country is
    the one its own words give, else the one its places lie in, else (when it names no place at
    all, ``place`` (False, None)) the person keeps the country they had."""
    nominal.kind = "appositive"
    nominal.title = None
    if isinstance(nominal.res.named, Entity) and person.res.named is None:
        body = nominal.res.named
        person.res = dataclasses.replace(person.res, country=body.country, sector=body.sector,
                                         role=_role_text(nominal), score=0.6,
                                         reason=f"appositive {nominal.res.name!r}: {nominal.res.reason}")
    elif person.res.named is None and (nominal.res.country or nominal.res.sector):
        named, where = place if place is not None else (True, None)
        country = nominal.res.country or where or (None if named else person.res.country)
        person.res = dataclasses.replace(person.res, country=country,
                                         sector=nominal.res.sector,
                                         role=_role_text(nominal), score=0.6,
                                         reason=f"appositive {nominal.res.name!r}: {nominal.res.reason}")
    nominal.res = person.res
    nominal.key = person.key
    nominal.owner = person


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
                            else "other", res.country, None if res.sector == "UNK" else res.sector, res.role, res.wikidata, tuple(mentions),
                            round(res.score, 3), Provenance(COMPONENT, best.rule, res.score, res.reason)))
    return actors


__all__ = ["BLOC_NOUNS", "COMPONENT", "Cand", "cluster", "definite_start", "government_name", "with_article"]
