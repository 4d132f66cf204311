"""Finder passes over bodies and groups: names the knowledge base knows ("the Kremlin", "Number
10"), the remaining ORG/GPE/NORP/FAC entities, and nouns naming a sector or office ("Ukrainian
troops", "the Kremlin's spokesperson", "experts")."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...kb.model import Entity, Person, fold, name_key
from ...resolve import FORMER, Resolution
from . import context as ctx
from .base import (ABSTRACT_HEADS, CONDITION_MODIFIERS, ANAPHORIC_HEADS, ARG_DEPS, DOMAIN_NOUNS, GOVERNMENT_HEADS, LOCATIVE, RELATIONAL_WORDS,
                   NAME_HONORIFICS, ORIGIN_PLACES, CONDITION_NOUNS, QUANTIFIER_DETS, STATE_QUALIFIERS, FinderBase)
from .alike import capitalised_name
from .variants import COLLECTIVE_HEADS
from .cluster import Cand, definite_start, government_name
from .kinds import (NON_ACTOR_NAMES, PREDICATE_DEPS, THING_CLASS_WORDS, government_in_general, modifies_thing,
                    numbered_thing, thing)
from .spans import conjoined_start, hyphened_article, joined_name, lone_word_before
from ..common import preps_of, word_class


# Prepositions after which a named body is a party to the act (recipient, source, employer), not a place.
PARTY_PREPOSITIONS = frozenset({"to", "from", "of"})
CLAUSE_OPENERS = frozenset({"mark", "aux", "auxpass", "nsubj", "nsubjpass"})  # words that open a clause, never inside a noun phrase
SEATS = word_class("events.coding.recipient.seat_nouns")  # a body's seat ("the offices of X"): X's, no body of its own


class BodyPass(FinderBase):
    """Named bodies, places acting as governments, and sector nouns."""

    def known_names(self) -> None:
        doc, n = self.doc, len(self.doc)
        i = 0
        while i < n:
            hit = self._kb_name_at(i)
            if not hit:
                i += 1
                continue
            j, found = hit
            named = found[0]
            lw = fold(doc[i].text)
            if self._inside_longer_org(i) and (self.kb.sector_term(lw) is not None if j - i == 1
                                               else lone_word_before(doc, i, self.kb)):
                i = j  # "the Election Commission", "the National Security Council of X": a longer name's end; entities() reads it
                continue
            if isinstance(named, Entity) and named.category == "region":
                i = j
                continue
            if joined_name(doc, i, j) or (conjoined_start(doc, i, j) is not None and doc[i].ent_type_ == "ORG"):
                i = j  # "United Nations" of "United Nations Educational, Scientific and ...": entities() takes it whole
                continue
            if isinstance(named, Entity) and named.category in {"country", "capital"} and self._inside_typed_body(i, j):
                i = j  # "Kenya Cargo Airlines": the state's name is part of a body's; entities() takes it whole
                continue
            if isinstance(named, Entity) and named.category == "country" and named.country \
                    and self._body_ending_in_state(i, j, named.country):
                i = j  # "CNN Philippines", "Sustainable Australia": the state's name ends a body's
                continue
            if isinstance(named, Entity) and named.category == "capital" and self._forename_before(i, j):
                name = self.text(i - 1, j)  # "Sudesh Amman stabbed": a person's surname, no state acting
                self.claim(i - 1, j)
                self.cands.append(Cand(i - 1, j, "name", Resolution(name, "person", None, None, None, None, 0.5,
                                       f"{name!r}: a forename before the capital {self.text(i, j)!r}"), "name.surname", j - 1))
                i = j
                continue
            if isinstance(named, Entity) and named.category in {"capital", "seat"} and not self._acts(i, j, place=True):
                self.claim(i, j)
                i = j
                continue
            start = i
            body = self._national_body_after(named, j)
            if body is not None:  # "the United States House of Representatives": the body, its country a modifier
                i, (j, named) = j, body
            res = self.contextual(self.resolver.resolve(self.text(i, j), self.date, places=False), self.text(i, j))
            body = isinstance(named, Entity) and named.kind in {"organization", "group"} \
                and named.category not in {"country", "capital", "region", "seat"}
            tail = self._of_country(j) if body else None
            if tail is not None:  # "the Supreme Court | of Puerto Rico": the country is part of the name
                j = tail[0]
                if res.country != tail[1]:  # a generic name the KB gave another state's body
                    res = Resolution(self.text(start, j), "organization", tail[1], res.sector, None, None, 0.5,
                                     f"{res.name!r} of {tail[1]}: that state's body, not {res.country}'s")
            kind = "metonym" if isinstance(named, Entity) and named.category in {"capital", "seat"} else "name"
            cand = Cand(start, j, kind, res, "kb.name", doc[j - 1].i)
            if isinstance(named, Person) and j - i == 1:
                cand.surname = fold(doc[i].text)
            self.claim(start, j)
            self.cands.append(cand)
            i = j

    def _forename_before(self, i: int, j: int) -> bool:
        """Whether a one-word capital ends a person's name: right after a capitalised proper noun
        that modifies it and is no title, honorific, part of a state, nationality or known place
        ("Sudesh Amman"; not "East Jerusalem", "Greater Amman", "President Amman", "Jordanian Amman")."""
        if j - i != 1 or i == 0:
            return False
        t = self.doc[i - 1]
        low = fold(t.text).rstrip(".")
        return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.head.i == i and t.dep_ == "compound" \
            and not self._is_title(i - 1) and low not in NAME_HONORIFICS and low not in STATE_QUALIFIERS \
            and t.ent_type_ != "NORP" and not any(isinstance(e, Entity) for e in self.kb.lookup(t.text))

    def _body_ending_in_state(self, i: int, j: int, code: str) -> bool:
        """Take "<Name> <State>" as one body of that state ("CNN Philippines", "Sustainable
        Australia"): capitalised proper nouns right before the state's name that modify it, no
        title, honorific, people's name or word naming a part of the state ("Western Australia").
        A body the knowledge base knows by the first part (CNN) lends its sector. Whether taken."""
        doc = self.doc
        last = doc[j - 1]
        k = i
        while k > 0:
            t = doc[k - 1]
            low = fold(t.text).rstrip(".")
            # the name modifies the state's name, or both the same noun ("the Sustainable Australia party")
            modifies = k <= t.head.i < j or (last.dep_ == "compound" and t.head.i == last.head.i > last.i)
            # a capitalised adjective inside a sentence is part of a name too ("join Sustainable Australia")
            named = t.pos_ == "PROPN" and t.dep_ == "compound" or t.dep_ == "amod" and not t.is_sent_start
            if not (named and t.text[:1].isupper() and modifies) \
                    or t.ent_type_ in {"GPE", "NORP", "LOC", "PERSON", "DATE"} or self._is_title(k - 1) \
                    or low in NAME_HONORIFICS or low in STATE_QUALIFIERS:
                break
            if any(isinstance(e, Entity) and e.category == "country" for e in self.kb.lookup(t.text)):
                return False  # "Australia New Zealand": two states' names, or a body's name with both
            k -= 1
        if k == i:
            return False
        known = [c for c in self.cands if k <= c.start and c.end <= i]
        if any(self.claimed[x] for x in range(k, i)) and not known:
            return False
        firm = next((c for c in known if c.res.kind == "organization" and c.res.sector), None)
        name = self.text(k, j)
        res = Resolution(name, "organization", code, firm.res.sector if firm else None, None, None, 0.5,
                         f"a body's name ending in its state's ({code})")
        self.cands = [c for c in self.cands if c not in known]
        self.claim(k, j)
        self.cands.append(Cand(k, j, "name", res, "kb.state_body", doc[j - 1].i))
        return True

    def _kb_name_at(self, i: int, claimed_too: bool = False) -> tuple[int, list[Any]] | None:
        """The end of the longest free name (``claimed_too``: any name) the KB knows that starts at
        token ``i``, and its entries."""
        doc, n = self.doc, len(self.doc)
        tok = doc[i]
        lw = fold(tok.text)
        if (self.claimed[i] and not claimed_too) or not ((tok.text[:1].isupper() and name_key(tok.text) in self.firsts)
                                   or (lw == "the" and i + 1 < n) or hyphened_article(doc, i)):
            return None
        for j in range(min(n, i + min(self.kb.max_name_tokens, 8) + (lw == "the")), i, -1):
            if (not claimed_too and not self.free(i, j)) or doc[j - 1].is_punct or doc[j - 1].text in {"'s", "’s"}:
                continue
            key = name_key(self.text(i, j))
            if not key or key.split(" ", 1)[0] not in self.firsts or key not in self.kb.names:
                continue
            found = self.kb.lookup(self.text(i, j))
            if found:
                return j, found
        return None

    def _of_country(self, end: int) -> tuple[int, str] | None:
        """(end, code) of "of <country>" right after a body's name ("the Senate of Puerto Rico")."""
        if end + 1 >= len(self.doc) or self.doc[end].lower_ != "of":
            return None
        hit = self._kb_name_at(end + 1, claimed_too=True)
        if hit is None:
            return None
        country = hit[1][0]
        if not (isinstance(country, Entity) and country.category == "country" and country.country):
            return None
        # the country's own mention, if an earlier pass took it, becomes part of the body's
        self.cands = [c for c in self.cands if not (end < c.end <= hit[0] and c.start > end - 1)]
        return hit[0], country.country

    def _national_body_after(self, named: Any, j: int) -> tuple[int, Any] | None:
        """(end, body) of a KB body of country ``named`` whose name starts right after it ("U.S. |
        Department of Justice"), else None."""
        if not (isinstance(named, Entity) and named.category == "country") or j >= len(self.doc):
            return None
        hit = self._kb_name_at(j)
        if hit is None or self.doc[j].lower_ == "the":
            return None
        body = hit[1][0]
        if isinstance(body, Entity) and body.kind in {"organization", "group"} and body.country == named.country \
                and body.category not in {"country", "capital", "region", "seat"}:
            return hit[0], body
        return None

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

    def entities(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ not in {"ORG", "GPE", "NORP", "FAC"} or not self.free(ent.start, ent.end):
                continue
            if ent.root.lemma_.lower() in ABSTRACT_HEADS:
                continue  # "the Marshall Plan", "the Paris Agreement": things, not actors
            if ent.root.dep_ in PREDICATE_DEPS and self._is_title(ent.root.i):
                self.claim(ent.start, ent.end)  # "he is a former City Councillor": an office said of him
                continue
            start = ent.start + (self.doc[ent.start].lower_ == "the")
            end = ent.end
            while end > start and self.doc[end - 1].text in {"'s", "’s"}:
                end -= 1
            if end <= start:
                continue
            if end - start == 1 and start > 0 and self.doc[start - 1].lower_ == "the" and self._is_title(start):
                continue  # "the Bishop has asked": an office the nominals read, no one's surname
            text = self.text(start, end)
            if ctx.is_date_word(text) or (end - start == 1 and ctx.place_by_syntax(self.doc[start])):
                continue
            if not self.doc[start].text[:1].isupper() and self._small_letter_body(text):
                continue  # "China's navy", "China's coast guard" tagged as a body: the sector nouns' (with the possessor)
            if fold(text) in NON_ACTOR_NAMES or not self.doc[start].text[:1].isupper() \
                    or (end - start > 1 and fold(self.doc[start].text) in THING_CLASS_WORDS) \
                    or numbered_thing(ent.root) or thing(ent.root):  # "Hurricane Lorenzo", "Velmar Air Flight 574"
                self.claim(start, end)  # "COVID-19", "UTC"; "anti-Brexit", "royal command" are no names
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
            if ent.label_ == "ORG" and res.kind == "person" and (given := self._given_names(start, end)) < start:
                # "Ana Costa" with only "Costa" tagged: the given name the tagger left out is part of the
                # name, which may be no one the knowledge base knows (not its António Costa)
                text, start = self.text(given, end), given
                res = self.contextual(self.resolver.resolve(text, self.date, places=False), text)
            if ent.label_ == "ORG" and res.kind == "other" and res.named is None and not res.country \
                    and _joined_by_small_words(text):
                # "Pacific Gas and Electric": a name of capitalised words joined by small ones is a body's
                res = dataclasses.replace(res, kind="organization", reason=f"{res.reason}; the tagger's organisation")
            if res.kind == "person" and res.named is None and (self.facility_word(self.doc[end - 1])
                                                              or self.named_after(text)):
                self.claim(start, end)  # "Prince Sultan Air Base", "Tupua Tamasese Meaole('s clinic)": a place
                continue
            if ent.label_ == "ORG" and res.kind == "person" and res.named is None and not res.sector \
                    and (left := self._title_left(start)) < start:
                # "MP Tanya Davies" with the name tagged as a body: the title says who she is, as for people
                prefix = self.text(left, start)
                titled = self.contextual(self.resolver.resolve(prefix, self.date, places=False), prefix)
                if titled.named is None and titled.sector and titled.sector != "UNK":
                    res = dataclasses.replace(res, country=res.country or titled.country, sector=titled.sector,
                                              role=prefix, score=0.5, reason=f"title {prefix!r}: {titled.reason}")
                    start = left
            if res.named is None and not res.country and modifies_thing(self.doc[end - 1]):
                self.claim(start, end)  # "the Khurais oil field", "the Zorvath pipeline": a thing's name
                continue
            if ent.label_ in {"GPE", "FAC"} and res.named is None:
                continue  # an unknown place is the places stage's business
            if isinstance(res.named, Entity) and res.named.category == "region":
                continue  # "won Texas": a region is a place, as in known_names
            if res.kind != "country" and not self._acts(start, end, place=ent.label_ in {"GPE", "LOC", "FAC"}) \
                    and not (ent.label_ == "ORG" and self._party_after(ent.root)):
                continue
            if ent.label_ == "ORG" and not res.country and (owner := self._possessor_country(start)) is not None:
                # "Samoa's Ministry of Health": the state that owns it
                res = dataclasses.replace(res, country=owner, reason=f"{res.reason}; {owner}'s by the possessive")
            if ent.label_ == "ORG" and (tail := self._of_country(end)) is not None:
                # "the Supreme Court | of Puerto Rico": the country is part of the body's name and says whose
                end, code = tail
                if res.named is None or not res.country:
                    res = dataclasses.replace(res, country=code, reason=f"{res.reason}; of {code} by its name")
            self.cands.append(Cand(start, end, "name", res, f"ner.{ent.label_.lower()}", ent.root.i))
            self.claim(start, end)

    def _inside_typed_body(self, i: int, j: int) -> bool:
        """Whether tokens ``[i, j)`` lie inside a longer name the tagger found as a body, which the
        resolver types by its own words (a sector, or a body's last word; no namesake, no person)."""
        ent = next((e for e in self.doc.ents if e.start <= i and j <= e.end and e.label_ == "ORG"), None)
        if ent is None or (ent.start + (self.doc[ent.start].lower_ == "the"), ent.end) == (i, j):
            return False
        res = self.resolver.resolve(self.text(ent.start, ent.end), self.date, places=False)
        return res.named is None and (res.kind == "organization" or res.kind == "group" and res.sector not in (None, "UNK"))

    def _small_letter_body(self, text: str) -> bool:
        """Whether words in small letters the tagger took for a body's name are a kind of body the
        knowledge base knows ("navy", "coast guard"): a description, not a name."""
        term = self.kb.sector_term(fold(text))
        return term is not None and term.kind in {"org", "group"} and term.sector not in (None, "UNK")

    def _party_after(self, root: Any) -> bool:
        """"delivered to Velt Air", "a grant from the Velt Foundation", "Dana Vell of the Velt
        Foundation": a body after these prepositions is a party to the act, no place."""
        return root.dep_ == "pobj" and root.head.lower_ in PARTY_PREPOSITIONS

    def nominals(self) -> None:
        doc = self.doc
        for tok in doc:
            if self.claimed[tok.i] or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in {"compound", "amod"}:
                continue
            low = tok.lower_
            if low in ANAPHORIC_HEADS and (the := definite_start(doc, tok)) is not None \
                    and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
                own = self.kb.sector_term(low)  # kept if no earlier name is found: "the army" is still military
                res = Resolution(f"the {low}", "group", sector=own.sector if own and own.sector != "UNK" else None,
                                 score=0.3, reason="a definite noun of an earlier name")
                self.cands.append(Cand(the, tok.i + 1, "nominal", res, "nominal.anaphor", tok.i, title="@" + low))
                continue
            term = self.kb.sector_term(low) or self.kb.sector_term(tok.lemma_.lower())
            office = low
            # "the national security adviser", "the prime minister": not any adviser or minister
            if (longer := next(((found, phrase) for n in (2, 1) if tok.i >= n and (found := self.kb.sector_term(
                    phrase := " ".join(t.lower_ for t in doc[tok.i - n:tok.i + 1])))), None)) is not None:
                term, office = longer
            elif tok.i > 0 and (term is None or term.sector == "UNK") and tok.lemma_.lower() in COLLECTIVE_HEADS \
                    and doc[tok.i - 1].dep_ in {"compound", "amod"} and (kind := self.kb.sector_term(doc[tok.i - 1].lemma_.lower())):
                term, office = kind, f"{doc[tok.i - 1].lower_} {low}"  # "rebel groups": rebels
            if term is None or (term.sector == "UNK" and term.kind != "leader"):
                continue  # (a "member" is kept: "of X" may say whose, below)
            if term.sector == "CVL" and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("this", "that")
                                                                  for c in tok.children):
                continue  # "this man is a murderer": one person pointed at, whom coreference finds
            if any(f"{c.lower_} {tok.lemma_.lower()}" in ORIGIN_PLACES for c in tok.children
                   if c.dep_ in {"amod", "compound"} and c.text.islower()):
                continue  # "his home state of Vermont", "his native New York City": a place, whoever governs it
            if any(g.lower_ in CONDITION_NOUNS or g.lemma_.lower() in CONDITION_NOUNS for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"):
                continue  # "the state of emergency", "a state of war": a condition, no one
            if any(c.dep_ == "amod" and c.lemma_.lower() in CONDITION_MODIFIERS for c in tok.children):
                continue  # "West's mental state": a person's condition, no state
            if ctx.after_place_word(tok):
                continue  # "rallied outside parliament": where, not who
            if tok.text.islower() and tok.lemma_.lower() in SEATS and any(g.pos_ == "PROPN" for g in preps_of(tok, ("of",))):
                continue  # "a local office of the Boycott Coalition": the coalition's seat; the coalition is the actor
            if tok.dep_ in PREDICATE_DEPS and (tok.pos_ == "NOUN" or term.kind in {"title", "leader"}):
                continue  # "she is a lawyer", "he is a former City Councillor": said of an actor named elsewhere
            first = tok.i - office.count(" ")  # the office's own words ("human rights") modify nothing
            if (tok.lemma_.lower() in DOMAIN_NOUNS or office in DOMAIN_NOUNS) and tok.text.islower() and not any(
                    c.dep_ in {"amod", "compound", "poss"} and c.pos_ in {"PROPN", "ADJ"} and c.i < first
                    for c in tok.children):
                continue  # "his health", "security", "human rights": a field of policy, not the people in it
            if government_in_general(tok):
                continue  # "limited government", "a Velmar administration": no government in office
            start = tok.left_edge.i
            if tok.i - start > 6:
                start = tok.i
            cut = [t.i for t in doc[start:tok.i] if t.is_punct and t.text not in {"'s", "’s"}
                   and not (t.text == "-" and not t.whitespace_)  # a spaced dash cuts, "Kurdish-led" not
                   or t.dep_ in CLAUSE_OPENERS]  # "that Russian forces had targeted civilians": a clause
            if cut:
                start = cut[-1] + 1  # "(Reuters) - British police": the NP begins after the punctuation
            while start < tok.i and doc[start].lower_ in QUANTIFIER_DETS:
                start += 1  # "no Western forces" names Western forces (the negation is the event's)
            if term.kind == "org" and tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE:
                continue  # "in the Oval Office" is a place
            end = shown = tok.i + 1
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and doc[tok.i + 2].is_alpha \
                    and self.kb.sector_term(fold(self.text(tok.i, tok.i + 3))) is not None:
                end = shown = tok.i + 3  # "the U.N. secretary-general": the hyphenated office whole
            relational = low in RELATIONAL_WORDS or tok.lemma_.lower() in RELATIONAL_WORDS
            owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            for child in tok.rights:
                # "president of Chile", "troops from Chad"; "the president in Alaska" is a place, and so is
                # the post of one's own envoy or troops ("its ambassador from Mali", "their troops in Mali")
                if child.dep_ == "prep" and child.lower_ in ({"of"} if owned else {"of", "from"} if term.kind in {"title", "leader"}
                                                             else {"of", "from", "in"}) | ({"for"} if relational else set()):
                    obj = [g for g in child.children if g.dep_ == "pobj"]
                    if obj and (obj[0].ent_type_ in {"GPE", "LOC"} or obj[0].pos_ == "PROPN"
                                or (relational and self._names_a_body(obj[0]))) \
                            and obj[0].right_edge.i - tok.i < (9 if relational else 6):
                        end = obj[0].right_edge.i + 1
                        # "director of Amnesty International Tam Wing-lok said": a person's name right after the
                        # body's is the title's holder, not part of the body's name
                        end = min([e.start for e in doc.ents if e.label_ == "PERSON" and child.i < e.start < end
                                   and e.end >= end and any(b.label_ == "ORG" and child.i < b.start and b.end == e.start
                                                         for b in doc.ents)],
                                  default=end)
                        # "president of the Ostrian League for the Defence of Human Rights": the parse
                        # hangs the name's "for" on the title, but the body's name is whole
                        end = max([e.end for e in doc.ents if e.label_ == "ORG" and child.i < e.start < end < e.end],
                                  default=end)
                        # "Soldiers in Oskeva": the place says whose they are, the mention stays the group
                        shown = tok.i + 1 if child.lower_ == "in" else end
            text = self.text(start, end)
            res = self.resolver.resolve(text, self.date, places=False)
            if term.kind == "group" and res.kind == "person" and end > tok.i + 1:  # "Supporters of President X":
                end = shown = tok.i + 1  # his supporters, of his country, not him
                res = dataclasses.replace(self.resolver.resolve(self.text(start, end), self.date, places=False),
                                          country=res.country)
            if shown < end and res.named is None:
                # "Police in Ostland": the place gives the country, the name stays the group's own
                res = dataclasses.replace(res, name=self.resolver.resolve(self.text(start, shown), self.date,
                                                                          places=False).name)
            if term.sector == "UNK" and res.sector in {None, "UNK"}:
                continue  # "a member" of nothing the text names: no sector to give
            has_modifier = res.country is not None or any(not self.claimed[t.i] is False for t in doc[start:tok.i])
            if term.kind in {"title", "leader"}:
                if doc[tok.i + 1:tok.i + 2] and doc[tok.i + 1].ent_type_ == "PERSON":
                    continue  # "President Macron" is the person pass's
                former = any(fold(t.text).rstrip("-") in FORMER or t.lower_ in FORMER for t in doc[start:tok.i])
                if former and isinstance(res.named, Person):
                    # "the former Vice President": not whoever holds the office today
                    res = Resolution(self.text(start, shown), "person", res.country, "ELI", None, None, 0.4,
                                     f"a former office: not its holder on the article's date; {res.reason}")
                nobody = isinstance(res.named, Person) and self._no_one_holder(tok)
                inside = self._named_inside(start, shown, range(tok.i - office.count(" "), tok.i + 1), res)
                why = nobody or inside or (isinstance(res.named, Person) and fold(tok.text) in fold(res.named.name).split()
                                           and f"{res.named.name!r} only shares the word {tok.text!r}")
                if why:  # the person's country only where the title's own words name it ("a Palestinian leader")
                    own = res.country if inside or any(t.ent_type_ in {"NORP", "GPE"} for t in doc[start:shown]) else None
                    # someone of a body or person named inside works where they do ("the Chrysler president")
                    sector = res.sector if inside and res.sector not in (None, "UNK") else term.sector
                    res = Resolution(self.text(start, shown), "person", own, sector, None, None, 0.3,
                                     f"{why}: no one person; {res.reason}")
                cand = Cand(start, shown, "title", res, "nominal.title", tok.i)
                if res.named is None and not former and not nobody:
                    cand.title = office  # "the King": the article's one king, if it names one
                self.cands.append(cand)
            elif tok.dep_ in ARG_DEPS or has_modifier:
                cand = Cand(start, shown, "nominal", res, "nominal.sector", tok.i)
                if tok.lemma_.lower() in GOVERNMENT_HEADS and res.country and res.sector == "GOV" \
                        and not self._regional(start, tok.i) \
                        and (country := self.kb.countries.get(res.country)) is not None:
                    # "the current administration of the US", "the Chinese government": one actor
                    cand.res = dataclasses.replace(res, name=government_name(country.name),
                                                   kind="organization")
                    cand.key = f"government:{res.country}"
                self.cands.append(cand)

    def _names_a_body(self, obj: Any) -> bool:
        """Whether the object of "a spokesperson for", "head of" names a body: a proper name or a
        sector noun in it ("the Indonesian National Police", "El Salvador's civil protection")."""
        return any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in obj.subtree) \
            or self.kb.sector_term(obj.lemma_.lower()) is not None

    def _possessor_country(self, start: int) -> str | None:
        """The country of a state named in the possessive right before token ``start`` ("Samoa's")."""
        if start < 2 or self.doc[start - 1].text not in {"'s", "’s"}:
            return None
        k = start - 1
        while k > 0 and start - 1 - k < 4 and self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].text[:1].isupper():
            k -= 1
        for first in range(k, start - 1):  # the longest name first: "South Korea's", then "Korea's"
            found = [n for n in self.kb.lookup(self.text(first, start - 1)) if isinstance(n, Entity)]
            if found:
                return found[0].country if len(found) == 1 and found[0].category == "country" else None
        return None

    def _named_inside(self, start: int, end: int, title: range, res: Resolution) -> str | None:
        """Why a title's phrase does not name the one it resolved to: that one is a name the phrase
        holds besides its title ("a Trump spokesman", "the Apple CEO", "spokeswoman for the Trump
        administration's Department of Justice"), so the title's holder is someone of theirs, not
        them. A name that is the office's own ("the UN Secretary-General"), a state whose office
        it is ("the US president": the state is not the president) or a person's name that ends
        the phrase ("United States Senator from Vermont Bernie Sanders": the holder) leaves the
        resolution alone."""
        if res.named is None:
            return None
        runs: list[list[Any]] = [[]]
        for t in self.doc[start:end]:
            if t.pos_ == "PROPN" and t.i not in title and t.text[:1].isupper():
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        for run in filter(None, runs):
            if isinstance(res.named, Person) and run[-1].i == end - 1:
                continue
            got = self.resolver.resolve(self.text(run[0].i, run[-1].i + 1), self.date, places=False).named
            if got is not None and got.key == res.named.key:
                return f"{res.named.name!r} is a name the title's phrase holds"
        return None

    @staticmethod
    def _no_one_holder(tok: Any) -> str | None:
        """Why a title names no one person: indefinite ("a Palestinian leader") or plural ("U.S. generals")."""
        if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "some", "any"} for c in tok.children):
            return "an indefinite title"
        return "a plural title" if tok.tag_ in {"NNS", "NNPS"} else None

    def _qualified(self, c: Cand) -> bool:
        """Whether a group noun is bounded by a word that may name whose forces they are ("rebel troops",
        "forces loyal to X", "troops of the mission")."""
        head = self.doc[c.head]
        return any(t.dep_ in {"amod", "compound", "nmod", "poss", "prep", "acl"} and (t.i < c.start or t.i > head.i)
                   for t in head.children)


def _joined_by_small_words(text: str) -> bool:
    """Whether a name is capitalised words, two or more, joined by small words ("Pacific Gas and Electric")."""
    words = text.split()
    caps = [w for w in words if w[:1].isupper()]
    return len(caps) >= 2 and len(caps) < len(words) and capitalised_name(words)
