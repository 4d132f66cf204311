"""Finder passes over people: PERSON entities widened over their titles ("US President Donald
Trump", "China's President Xi Jinping"), untagged names with an appositive office, and lone
surnames of people named in full earlier."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...kb.model import Entity, Person, fold
from ...resolve import FORMER, HONORIFICS, Resolution
from . import context as ctx
from .base import (FORENAME_HONORIFICS, GOVERNMENT_HEADS, LOCATIVE, NAME_HONORIFICS, POSTING_PREPOSITIONS, RELATIONAL_WORDS,
                   STATE_SECTORS, TITLE_MODIFIERS, TOPONYM_WORDS, FinderBase)
from ..common import word_class
from .cluster import Cand
from .kinds import FEATURE_HEADS, NON_ACTOR_NAMES, THING_CLASS_WORDS, definite_single_name, modifies_thing, named_thing
from .spans import hyphened_article

# Letters after a name ("Durham Hall QC", "Martin Luther King Jr"): never a surname.
POST_NOMINALS = word_class("actors.people.post_nominals")


class PeoplePass(FinderBase):
    """Named people, their titles and their later short names."""

    def persons(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            if all(self._is_title(t.i) for t in ent):
                continue  # "Councillor" tagged PERSON: an office without a name is the nominals' business
            start, end = self._given_names(ent.start, ent.end), ent.end
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
            if (longer := self._kb_name_at(name_start, claimed_too=True)) and longer[0] > end \
                    and all(isinstance(k, Entity) for k in longer[1]) and not honoured:
                continue  # "Cote" of "Cote d’Ivoire": the tagger cut a known name short at an apostrophe
            if (end - name_start == 1 and (ctx.is_date_word(name) or definite_single_name(self.doc[name_start]))) \
                    or ctx.place_by_syntax(self.doc[end - 1]):
                self.claim(name_start, end)  # "on Thursday", "the capital, Velt": never a person
                continue
            left = self._title_left(name_start)
            # of titles joined by "and" the one next to the name is the current one ("former
            # archbishop and cardinal X" is a cardinal)
            now = max([t.i + 1 for t in self.doc[left:name_start] if t.lower_ == "and"], default=left)
            prefix = self.text(now, name_start) if now < name_start else ""
            if end - name_start == 1 and left == name_start and not known and not honoured \
                    and (self._a_place(name) or self._modifier_only(self.doc[name_start])
                         or ctx.after_place_preposition(self.doc[name_start])):
                self.claim(name_start, end)
                continue
            if end - name_start > 1 and left == name_start and not known and not honoured \
                    and (self._a_place(name, whole=True) or self._named_like_a_place(name_start, end)):
                self.claim(name_start, end)  # "Banda Aceh", "Tell Tamer", "Chippewa Falls" tagged PERSON
                self.not_people.add(ent.start)
                continue
            if self._thing_named(name_start) or fold(name) in NON_ACTOR_NAMES \
                    or (not known and self.named_after(name)) \
                    or (not known and not honoured and modifies_thing(self.doc[end - 1])) \
                    or (not known and not honoured and named_thing(self.doc[end - 1])):
                # "Tupua Tamasese Meaole('s clinic)", "the Kepler space telescope": the hospital's, the telescope's;
                # "the yacht Blue Heron", "the Mendel Space Telescope": things by name
                self.claim(name_start, end)  # "Hurricane Ida": a storm, not a person
                self.not_people.add(ent.start)
                continue
            res = self.resolver.resolve(name, self.date, places=False)
            if end - name_start > 1 and res.kind != "person" and not known \
                    and not (res.kind == "organization" and res.named is None):  # "X Ltd", "X Space Center"
                # "Rafiq Amman": a person whose surname is also a place's name is no place
                res = Resolution(name, "person", score=0.2, reason=f"a person's name (not {res.name!r}, a part of it)")
            end = self._complete_name(res, name, end)
            if prefix and isinstance(res.named, Person):
                # an explicit title beats the dated role ("Chief Minister X" when the KB lacks the office)
                full = self.resolver.resolve(self.text(now, end), self.date, places=False)
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
                if titled.sector == "UNK":  # "member X": an office of no sector the title names
                    titled = dataclasses.replace(titled, sector=None)
                role = self._role_words(now, name_start)
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
                elif isinstance(titled.named, Person) and titled.country:
                    # "Former Vice President of the United States X": the office's country; once held, ELI
                    former = any(fold(t.text).rstrip("-") in FORMER for t in self.doc[now:name_start])
                    cand.res = dataclasses.replace(res, country=titled.country,
                                                   sector="ELI" if former else titled.sector, role=prefix, score=0.5,
                                                   reason=f"title {prefix!r} (held by {titled.named.name} on the "
                                                          f"article's date)")
                if role and fold(role) in ctx.SUBNATIONAL_TITLES | {"governor", "mayor"} or any(
                        fold(t.text) in ctx.SUBNATIONAL_MODIFIERS for t in self.doc[now:name_start]) and role:
                    cand.subnational = True
                elif cand.res.country is None and cand.res.sector in STATE_SECTORS \
                        and self._bare_title(left, name_start):
                    cand.national = True
            self.claim(left, end)
            self.cands.append(cand)
        self.untagged_persons()

    def shared_titles(self) -> None:
        """"Senators A, B and C", "two Democratic Representatives, A and B": a plural title before
        or over a list of names is each one's (the title's country and sector, where a name has none)."""
        people = {c.head: c for c in self.cands if c.res.kind == "person" and c.kind == "name" and c.head >= 0}
        for c in people.values():
            if c.res.sector:  # a KB person with no office on the date takes the one the text gives too
                continue
            title, tok = None, self.doc[c.head]
            for _ in range(8):  # up the list: "A, B and C" hang from one another
                if tok.dep_ not in {"conj", "appos"} or tok.head is tok:
                    break
                head = tok.head
                if self._plural_title(head):
                    title = (head.left_edge.i, head.i + 1)  # "two Democratic Representatives, A and B"
                    break
                first = people.get(head.i)
                if first is None:
                    break
                plural = [t for t in self.doc[first.start:first.head] if self._plural_title(t)]
                if plural:
                    title = (first.start, plural[-1].i + 1)  # "Senators A, B and C"
                    break
                tok = head
            if title is None:
                continue
            start = title[0]
            while start < title[1] - 1 and (self.doc[start].pos_ in {"DET", "NUM"} or self.doc[start].like_num):
                start += 1
            text = self.text(start, title[1])
            titled = self.resolver.resolve(text, self.date, places=False)
            if titled.named is None and titled.sector:
                c.res = dataclasses.replace(c.res, country=c.res.country or titled.country, sector=titled.sector,
                                            role=text, score=min(c.res.score, 0.5),
                                            reason=f"one of the {text!r}: {titled.reason}; {c.res.reason}")

    def _plural_title(self, tok: Any) -> bool:
        term = self.kb.sector_term(tok.lemma_.lower())
        return tok.tag_ in {"NNS", "NNPS"} and term is not None and term.kind in {"title", "leader"}

    def _given_names(self, start: int, end: int) -> int:
        """The start of a person's name whose given names the tagger left out ("Mayor [Sadiq] Khan"):
        untagged capitalised proper nouns compounded into the name, up to a title or honorific."""
        while start > 0:
            t = self.doc[start - 1]
            if t.pos_ != "PROPN" or t.dep_ != "compound" or not start <= t.head.i < end or t.ent_type_ \
                    or not t.is_alpha or not t.text.istitle() or self.claimed[t.i] or self._is_title(t.i) \
                    or fold(t.text) in NAME_HONORIFICS or fold(t.text) in TITLE_MODIFIERS \
                    or self._office_complement(t.i, t.i + 1):
                break
            start -= 1
        return start

    def _office_complement(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` is a place right after the preposition of an office
        ("Ambassador to [Europe] Marco Tognoni", "envoy for [Yemen]"): the office's complement,
        never a given name the tagger left out of the name that follows."""
        return start >= 2 and self.doc[start - 1].lower_ in POSTING_PREPOSITIONS and self._is_title(start - 2) \
            and self._a_place(self.text(start, end), whole=True)  # its words are a person's only by the tagger

    def _named_like_a_place(self, start: int, end: int) -> bool:
        """A name whose first or last word is a toponym's ("Tell", "Ciudad", "Masjid", "Falls"), or whose last word
        is a natural feature's ("Trench")."""
        words = [fold(t.text) for t in self.doc[start:end] if t.is_alpha]
        return bool(words) and (words[0] in TOPONYM_WORDS or words[-1] in TOPONYM_WORDS | FEATURE_HEADS)

    def _thing_named(self, start: int) -> bool:
        """A name right after a noun naming a class of things ("Hurricane Ida", "Operation Sindoor"),
        or one the article gave such a noun before ("Ida" after "Hurricane Ida")."""
        if self.things is None:
            self.things = {fold(t.text) for t in self.doc[1:] if fold(self.doc[t.i - 1].text) in THING_CLASS_WORDS
                           and t.text[:1].isupper()}
        return (start > 0 and fold(self.doc[start - 1].text) in THING_CLASS_WORDS) or fold(self.doc[start].text) in self.things \
            or (fold(self.doc[start].text) in THING_CLASS_WORDS and start + 1 < len(self.doc)
                and self.doc[start + 1].text[:1].isupper())  # the class word inside the tagged name

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
            if t.text == "-" and j >= 2 and j < i and fold(self.doc[j - 2].text) in FORMER:
                j -= 2  # "Ex-president X": a past office's prefix joined by a hyphen
                continue
            if t.text == "-" and j >= 2 and j < i and (joined := self.kb.sector_term(
                    fold(self.text(j - 2, j + 1)))) is not None and joined.kind in {"title", "leader"}:
                j -= 2  # "Secretary-General X": a hyphenated office, not the "General" after the hyphen
                continue
            if not (t.is_alpha or t.text in {"'s", "’s"} or t.text.replace(".", "").isalpha()):
                break  # a line break or punctuation ends a title; a dotted abbreviation ("U.S.") does not
            low = fold(t.text).rstrip(".")
            if t.text in {"'s", "’s"} and j >= 2:
                j -= 1
                continue
            if j < i and j >= 2 and all(self.doc[k].is_alpha for k in (j - 2, j - 1)) and (three := self.kb.sector_term(
                    fold(self.text(j - 2, j + 1)))) is not None and three.kind in {"title", "leader"}:
                j -= 2  # "Chief Financial Officer X": a three-word office
                continue
            term = self.kb.sector_term(low)
            two = self.kb.sector_term(f"{low} {fold(self.doc[j].text)}") if j < i else None
            lower_ok = j == i or (j < i and self.kb.sector_term(fold(self.doc[j].text)) is not None)
            if (low in HONORIFICS or (term and term.kind in {"title", "leader"} and (t.text[:1].isupper() or lower_ok))
                    or (j == i and self._occupation(t))
                    or (j < i and term and term.kind in {"org", "group"} and term.sector != "UNK"
                        and t.dep_ == "compound" and not t.ent_type_ and self._is_title(j))  # "police chief X"
                    or (two and two.kind in {"title", "leader"})
                    or low in TITLE_MODIFIERS and (t.text[:1].isupper() or j < i)
                    or low in FORMER and j < i  # "Former governor X": the title was hers
                    or low in ctx.SUBNATIONAL_MODIFIERS and j < i and self._is_title(j)):
                j -= 1
                continue
            if t.ent_type_ == "ORG" and j < i and t.text[:1].isupper() \
                    and (self._is_title(j) or doc_ent_inside(self.doc, j)):
                # "State Congress President X": the body whose office the title is; "Labour Party
                # leader X": a body whose last word the title took is the title's too
                k = j - 1
                while k > 0 and doc_ent_inside(self.doc, k) and self.doc[k - 1].ent_type_ == "ORG":
                    k -= 1
                j = k
                continue
            if j < i and not t.ent_type_ and t.text[:1].isupper() and self.kb.demonym(t.text):
                j -= 1  # "Former Lithuanian President X": a nationality the tagger left untagged
                continue
            if t.ent_type_ in {"GPE", "NORP"} and j < i:
                k = j - 1
                while k > 0 and doc_ent_inside(self.doc, k):
                    k -= 1
                whole = self.doc[k:j].text
                if self.kb.demonym(whole) or self.kb.lookup(whole):
                    j = k
                    continue
            if t.lower_ == "and" and j < i and j >= 2 and self._starts_title(j) and self._starts_title(j - 2, ending=True):
                # "chairman and chief executive X", "archbishop and cardinal X": both titles are X's
                j -= 2 if self._is_title(j - 2) else 3
                continue
            if t.ent_type_ == "GPE" and j == i and (k := self._title_of_place(j - 1)) is not None:
                j = k  # "President of France Emmanuel Macron": the title names the place it serves
                continue
            break
        while j < i and (self.doc[j].text in {"'s", "’s"}):
            j += 1
        return j

    def _starts_title(self, j: int, ending: bool = False) -> bool:
        """Whether token ``j`` begins (``ending``: ends) a title of one or two words."""
        if self._is_title(j):
            return True
        k = j - 1 if ending else j
        if k < 0 or k + 1 >= len(self.doc):
            return False
        two = self.kb.sector_term(f"{fold(self.doc[k].text)} {fold(self.doc[k + 1].text)}")
        return two is not None and two.kind in {"title", "leader"}

    def _occupation(self, t: Any) -> bool:
        """A lower-case singular noun of a sector right before a name, as its modifier ("businessman
        John McAfee", "reporter X", "activist X"): the person's occupation, said like a title."""
        term = self.kb.sector_term(t.lower_)
        return term is not None and term.kind == "group" and term.sector != "UNK" and (t.text.islower() or t.is_sent_start) \
            and t.tag_ in {"NN", "JJ"} and t.dep_ in {"compound", "amod"}  # the tagger reads "activist X" either way

    def _title_of_place(self, last: int) -> int | None:
        """The start of "<title> of <place>" whose place ends at token ``last``, else None."""
        k = last
        while k > 0 and doc_ent_inside(self.doc, k):
            k -= 1
        if k > 0 and self.doc[k - 1].lower_ == "the":
            k -= 1
        if k < 2 or self.doc[k - 1].lower_ != "of" or not self._is_title(k - 2):
            return None
        return k - 2

    def _country_word_before(self, c: Cand) -> bool:
        """Whether a country or demonym stands just before the name ("Ugandan activist Grace Okello"):
        that word, not the article, says whose the person is."""
        sent_start = self.doc[c.start].sent.start
        return any(self.kb.demonym(t.text) or any(getattr(n, "category", "") == "country" for n in self.kb.lookup(t.text))
                   for t in self.doc[max(sent_start, c.start - 3):c.start])

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

    def _role_words(self, start: int, end: int) -> str | None:
        """The office words of a title prefix, without its body or country ("regional governor")."""
        words = [t for t in self.doc[start:end] if t.ent_type_ not in {"ORG", "GPE", "NORP"} and t.is_alpha]
        while words and not self._is_title(words[-1].i):
            words.pop()
        return " ".join(t.text for t in words) or None

    def surnames(self) -> None:
        """A lone capitalised word that is the surname of a person the article named in full before
        is that person, even where the KB knows the word as a place ("Rafiq Amman … Amman had
        stabbed"), unless a place preposition governs it ("lived in Amman")."""
        first_seen: dict[str, int] = {}
        full_names: dict[str, list[int]] = {}  # surname -> the last tokens of the full names
        for ent in self.doc.ents:
            toks = [t for t in ent if t.is_alpha and not hyphened_article(self.doc, t.i)]  # "al-Shabab": one word
            while toks and fold(toks[-1].text).rstrip(".") in POST_NOMINALS:  # "Durham Hall QC": Hall, not QC
                toks.pop()
            if ent.label_ == "PERSON" and len(toks) >= 2 and ent.start not in self.not_people:
                first_seen.setdefault(fold(toks[-1].text), ent.end)
                full_names.setdefault(fold(toks[-1].text), []).append(toks[-1].i)
        if not first_seen:
            return
        self._no_namesakes(first_seen, full_names)
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


    def _no_namesakes(self, first_seen: dict[str, int], full_names: dict[str, list[int]]) -> None:
        """A lone surname the KB resolved to someone ("Stevens": an Australian Stevens) after the
        article named another person of that surname in full ("John Paul Stevens") is that person:
        the KB's namesake keeps it only when one of the article's full names is the KB's person."""
        for c in self.cands:
            named = c.res.named
            words = [t for t in self.doc[c.start:c.end] if t.is_alpha and fold(t.text).rstrip(".") not in HONORIFICS
                     and not self._is_title(t.i)]
            if not isinstance(named, Person) or len(words) != 1:
                continue
            key = fold(words[0].text)
            if c.start < first_seen.get(key, len(self.doc)):
                continue
            if any(f.res.named is named for f in self.cands for i in full_names[key] if f.start <= i < f.end):
                continue
            c.res = Resolution(words[0].text, "person", score=0.5,
                               reason=f"the surname of a person named in full earlier, not the KB's {named.name}")
            c.title, c.surname = None, key


def doc_ent_inside(doc: Any, k: int) -> bool:
    """Whether token ``k`` continues the named entity of token ``k - 1`` leftwards."""
    return doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == doc[k].ent_type_


