"""Event participants from the dependency parse: who acted, on whom, mapped to actor ids.

Roles come from grammatical relations (subject, passive agent, object, prepositional target),
expanded over coordination ("X and Y" -> two participants). A participant phrase is mapped to an
actor of the actors stage whose mention it contains; where the actors stage has none, an
:class:`ActorBook` proposes one for phrases that plainly name a political participant (a named
entity, a country or demonym, or a group noun such as "rebels"), with the next free id: proposals the
linker (:mod:`tidings.extract.actors.link`) settles, merging a participant with the actor it names.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Any, Iterable

from ...schema import Actor, Mention, Provenance, Span
from ..actors.context import after_place_word, datelines, is_channel, is_date_word, place_by_syntax
from ..actors.variants import variant_of
from ..actors.kinds import named_thing
from ...ontology import NONSTATE_CODES
from ...resolve.words import without_relations
from .countries import CountryNames
from ..agreement import agrees
from ..quotes.nouns import mention_kind
from ..quotes.coreference import described, is_definite_description
from ..quotes.speakers import ActorBook as SpeakerBook, antecedent
from ..common import commanded_span, word_class
from .binding import bound_it, held_antecedent, same_sentence_subject
from .referents import in_feature_name, modifier_ends, named_again_place, own_people, state_owner
from .placed import PlaceReadings, capital_naming_a_thing, head_phrase, place_objects
from .doers import doer_modified
from .phrases import (PLACE_PREPS, same_description, bracketed_referent, GROUP_NOUNS, bloc_of_states, coordinated, counted,
                      generic, is_crowd, is_participant_like, names_a_place, names_someone, own_words, owned_thing,
                      owner_part, phrase_tokens, span_of, term_of, unlabelled_name, name_beside)
from .pairs import counted_people, counted_states, side_count, sides_named, they_pair
from .split import split_countries
from .roles import appositive_names, undergoes_act
from .targets import coordinated_bodies, described_group

COMPONENT = "tidings.events.v1"

_THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "his", "its", "their"})  # not "it": too often no one
# Entity types that never name a participant ("on Monday", "a general strike of 24 hours").
_NOT_ACTORS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
_OFFICES = word_class("events.coding.args.offices")  # "the president of X" is X's (see word_classes.csv)
# Modifiers saying a group is NOT of the country at hand ("foreign troops deployed to X").
_OUTSIDERS = word_class("events.coding.args.outsiders")
_ONLOOKERS = word_class("events.coding.args.onlookers")  # "experts who say ..." are nobody's (see word_classes.csv)
RELATION_NOUNS = word_class("events.coding.args.relation_nouns")  # "allies of X", "rivals of X"
_CLAUSE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})  # clause relations whose head's locative ("in X") places one


@lru_cache(maxsize=1)
def _default_countries() -> CountryNames:
    """For books built without a pipeline's resources (the quotes stage, tests)."""
    return CountryNames()


class ActorBook:
    """The article's actors, looked up by offsets, with participants the actors stage missed added."""

    def __init__(self, actors: Iterable[Actor], countries: CountryNames | None = None,
                 quoted: Iterable[tuple[int, int]] = ()) -> None:
        self.actors: list[Actor] = list(actors)
        self.quoted = list(quoted)  # quote spans: no antecedent is looked for inside them
        self.countries = countries if countries is not None else _default_countries()
        self._by_name: dict[str, int] = {}
        self._sent_countries: dict[int, str | None] = {}
        self._sent_named: dict[int, bool] = {}  # sentence start -> whether it names any country
        self._readings: PlaceReadings | None = None
        self._defaulted: dict[str, tuple[int, Actor]] = {}  # id -> (sentence start, actor before the default)
        self._places: set[str] | None = None
        self._datelines: list[tuple[int, int]] | None = None
        self._next = 1 + max((int(a.id[1:]) for a in self.actors if a.id[1:].isdigit()), default=0)

    def _index_at(self, start: int, end: int, head: tuple[int, int] | None, aside: frozenset[int] = frozenset()) -> int | None:
        best: tuple[int, int, int] | None = None
        for i, actor in enumerate(self.actors):
            for m in actor.mentions:
                holds_head = head is not None and m.span.start <= head[0] and m.span.end >= head[1]
                if m.span.end in aside and not holds_head:
                    continue  # "The [Bangladesh]-based committee": where it sits, not who it is
                # a mention holding the head counts though it reaches past the phrase ("the US President");
                # a mention's leading article may be the phrase's ("[The Trump] campaign")
                m_start = m.span.start + 4 if m.span.text[:4] in ("The ", "the ") else m.span.start
                if m_start >= start and m.span.end <= end or (m.span.start <= start and m.span.end >= end) \
                        or (holds_head and m.span.start < end and m.span.end > start):
                    key = (0 if holds_head else 1, m.span.start, i)
                    if best is None or key < best:
                        best = key
        return best[2] if best else None

    def resolve(self, tok: Any, *, add: bool = True, exclude: frozenset[str] = frozenset()) -> str | None:
        """The actor id for the phrase headed by ``tok`` (adding an actor where none fits); a
        pronoun's antecedent is never one of ``exclude``."""
        tok = bracketed_referent(counted(tok))  # "thank you [Adam Korsk]": whom the editor says "you" is
        if self._in_dateline(tok) or is_channel(tok) or after_place_word(tok):
            return None  # "BRASILIA, Brazil -" says where the story was filed; "on Twitter" how a word went
        if add and (his := state_owner(tok)) is not None and (person := self._antecedent(his, exclude)) \
                and (code := self.country(person)) and code not in NONSTATE_CODES:
            return self.state(code, tok)  # "the minister said his country would...": the minister's state
        if add and (owner := own_people(tok)) is not None and (body := self.resolve(owner, add=False)) \
                and body not in exclude:
            return body  # "the coalition said its members had agreed": the coalition ("called on its members": them)
        toks = phrase_tokens(tok)
        sp = span_of(owner_part(tok, toks) if owned_thing(tok) else toks)  # not "the ministry" of "students' demands for a probe of the ministry"
        idx = self._index_at(sp.start, sp.end, (tok.idx, tok.idx + len(tok.text)), modifier_ends(toks))
        if idx is not None and add and self._group_of(tok, idx):
            # "supporters of the former president": the group acts, with the country of whom it follows
            nested = self.actors[idx]  # but "allies of X" are not X's: a relation names another side
            country = None if tok.lemma_.lower() in RELATION_NOUNS else nested.country or self._context_country(tok)
            return self._add(tok, sp, country)
        if idx is not None:
            actor = self.actors[idx]
            if actor.country is None and actor.kind in ("person", "group", "organization"):
                self._give_country(idx, tok, sp)
            return actor.id
        if (name := name_beside(tok)) is not None and (aid := self.resolve(name, add=False)):
            return aid  # "met his Turkish counterpart Recep Tayyip Erdogan": the one person
        if tok.pos_ == "PRON" and tok.lower_ in _THIRD_PERSON and add:
            return self._antecedent(tok, exclude)
        if add and doer_modified(tok) and (own := [c for c in tok.children if c.dep_ == "poss" and c.lower_ in _THIRD_PERSON]):
            return self._antecedent(own[0], exclude)  # "announced its decision to sever ties": its owner's act
        if add and (body := bound_it(tok)) is not tok:  # "X announced it had asked Y": X, never a person
            aid = self.resolve(body, exclude=exclude)
            return self._bound(tok, None if aid is None or getattr(self.get(aid), "kind", None) == "person" else aid)
        if add and (group := described_group(tok)) is not None:
            # "banned anyone wearing a mask": the group the description names undergoes the act; people
            # of no one in particular described by a deed are the public (civilians) of the sentence's country
            return self._add(tok, span_of(group), self._context_country(tok) or self._sentence_country(tok),
                             sector="CVL")
        if add and bloc_of_states(tok):  # "Western powers", "Arab states": states of no one state
            return self._add(tok, sp, None, sector="GOV")
        crowd = is_crowd(tok)
        if tok.pos_ == "PRON" or not add or (tok.ent_type_ in _NOT_ACTORS and not crowd) or is_date_word(tok.text):
            return None
        if is_definite_description(tok):  # "the commission refused": the one commission met before
            known = described(tok, SpeakerBook(list(self.actors)), self.quoted, None) or same_description(self.actors, sp)
            if known is not None:
                self._mention(next(k for k, a in enumerate(self.actors) if a.id == known.id), Mention(sp, "nominal"))
                return known.id
        if capital_naming_a_thing(tok, self.countries.kb):
            return None  # "the Paris climate agreement", "the Doha talks": where, not who
        if any(in_feature_name(c) and self.countries.of_text(c.text) for c in tok.subtree
               if tok.i in (c.head.i, c.head.head.i)):
            return None  # "the Niger Delta", "the Gulf of Guinea": a place ("Avanti West Coast" is someone)
        country = self._own_country(tok, sp)
        if not (crowd or names_someone(tok) or (country and self._head_stands_for_someone(tok))) \
                or (country is None and self._place(tok)):
            return None  # unresolved beats wrong: no actor for a work, a product ("the Indian rupee") or an untyped noun
        if country is None and tok.ent_type_ != "PERSON":
            country = self._context_country(tok)  # "police in X" are X's
        if country is None and not crowd and generic(tok):
            return None  # "a man", "members", "the coalition": no one the reader could name
        # "praised Quillnet", "storm Area 12": an unlabelled name undergoing the act may be a
        # thing; it is someone only as the doer, or as a name the article already gave an actor
        return self._add(tok, sp, country, new=country is not None or not undergoes_act(tok) or not unlabelled_name(tok),
                         sector="CVL" if crowd else None)  # "thousands marched": people of no one kind, the public

    def _own_country(self, tok: Any, sp: Span) -> str | None:
        """The country the head's own words name ("Syrian troops", "Norway's police"), never one a
        place or other phrase inside the participant's phrase names ("protesters outside the X
        embassy", "foreign troops in X"): that is :meth:`_context_country`'s, with its safeguards."""
        words = without_relations([t.text for t in own_words(tok) if sp.start <= t.idx < sp.end])
        return self.countries.of_text(" ".join(words)) if words else None

    def _head_stands_for_someone(self, tok: Any) -> bool:
        """Whether the head of a phrase that names a country is the country, a body or people of it
        ("the Indian government", "Turkish airlines", "Russian negotiators"), or what acts for it as
        the subject of the act ("Russian aircraft killed 46 civilians", "Afghan guerillas blew up
        ..."), not a thing of it ("the Indian rupee"), nor a thing by its own name ("the Alabama Human
        Life Protection Act": :func:`tidings.extract.actors.kinds.named_thing`)."""
        if named_thing(tok):
            return False
        if self.countries.of_text(tok.text) or is_participant_like(tok):
            return True
        if tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NNPS"):
            return True
        term = term_of(tok) if tok.pos_ == "NOUN" else None
        return term is not None and term.kind == "org"

    def _in_dateline(self, tok: Any) -> bool:
        if self._datelines is None:
            self._datelines = datelines(tok.doc)
        return any(start <= tok.i < end for start, end in self._datelines)

    def _place(self, tok: Any) -> bool:
        """A place by its own syntax, a name the places stage reads confidently as a city or region of
        one country ("the streets of Istanbul", "flew to Okinawa": where, not who), or a name the
        article's syntax marks as a place elsewhere ("near the town of Korsk … a curfew on Korsk")."""
        if names_a_place(tok) or (tok.pos_ == "PROPN" and self.place_country(tok) is not None):
            return True
        if self._places is None:
            self._places = {t.text.lower() for t in tok.doc if t.pos_ == "PROPN" and place_by_syntax(t)}
        return tok.pos_ == "PROPN" and tok.text.lower() in self._places

    def _group_of(self, tok: Any, idx: int) -> bool:
        """Whether ``tok`` is a group noun whose matched actor is only named after it ("militants loyal to X",
        "supporters of X") or as its possessor ("X's allies in parliament")."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GROUP_NOUNS or tok.lemma_.lower() in _OFFICES:
            return False
        head_end, owner = tok.idx + len(tok.text), [(t.idx, t.idx + len(t.text)) for c in tok.children if c.dep_ == "poss" for t in c.subtree]
        return all(m.span.start >= head_end or (owner and owner[0][0] <= m.span.start and m.span.end <= owner[-1][1])
                   for m in self.actors[idx].mentions if m.span.start < tok.sent.end_char and m.span.end > tok.sent.start_char)

    def _give_country(self, idx: int, tok: Any, sp: Span) -> None:
        """A country for a country-less participant: one its phrase names ("British Defence Secretary
        Tom King"; a person's or body's own name is none: "Rafiq Amman" is no Jordanian), else one its own
        context names (:meth:`_context_country`). A body of states (EUR, UNO, IGO…) is never a default:
        "The European Union urged the authorities to…" says nothing about whose authorities they are."""
        actor = self.actors[idx]
        own_name = {w.lower() for w in actor.name.split()} if actor.kind in ("person", "organization") else set()
        words = without_relations([t.text for t in own_words(tok) if sp.start <= t.idx < sp.end])
        phrase = " ".join(w for w in words if w.lower().strip(".,'’s") not in own_name)
        country = self.countries.of_text(phrase) if phrase else None
        rule, why = "participant-country", f"country named in the participant phrase {sp.text!r}"
        if country is None:
            country = self._context_country(tok)
            rule, why = "context-country", "the country of the participant's own place phrase or clause locative"
        if country and rule == "context-country":
            self._defaulted[actor.id] = (tok.sent.start, actor)
        if country:
            self.actors[idx] = dataclasses.replace(actor, country=country,
                                                   provenance=Provenance(COMPONENT, rule, 0.5, why))

    def _context_country(self, tok: Any) -> str | None:
        """The country a participant's own context names: a place phrase of the participant ("police
        in X"), else a locative of the clause it takes part in ("in X, soldiers fired on…"), and only
        if that is the only country its sentence names. A country merely named elsewhere in the
        sentence is no default ("experts who say X's president…" are not X's), nor is any country
        for a group marked as outsiders ("foreign troops deployed to X"), for onlookers (experts,
        journalists) or for a region or people of no one country ("Europe", "European"). A group
        named by a common noun also takes the country of a city or region the places stage reads
        in its place phrase (:mod:`.placed`), in a sentence naming no country from its own phrase only.
        A group a pronoun owns ("its jets", "their troops") is its owner's: the owner's country or none
        ("its neighbours", "their allies" are others)."""
        if not self._may_default(tok):
            return None
        if tok.lemma_.lower() not in RELATION_NOUNS and (
                owner := [c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]):
            aid = self._antecedent(owner[0])  # "the military said its jets struck": the owner's, not the place's
            return self.country(aid) if aid else None
        only = self._sentence_country(tok)
        common = tok.pos_ == "NOUN"  # a group by a common noun; a named one's place is only where it was
        if only is None and (self._sent_named[tok.sent.start] or not common):
            return None  # two countries, or a people of several states
        holders = [tok]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and counted(tok.head.head) == tok:
            tok = tok.head.head  # "hundreds of supporters … blocked roads in X": the quantity holds the role
            holders.append(tok)  # "thousands of protesters in X": and may hold the place phrase
        own, objects = len(holders), []  # the participant's own place phrases; a clause's venue ("talks in X") is no one's
        if tok.dep_ in _CLAUSE_ROLES:
            holders.append(tok.head)  # the clause of a subject or object; "opened an investigation in X": the event noun's
            objects = [c for c in tok.head.children if c.dep_ == "dobj" and c != tok and not is_participant_like(c)]
        elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            holders.append(tok.head.head)  # "were arrested by police in X"
        for n, h in enumerate(holders + objects):
            own_phrase = n < own  # with no country in the sentence, only the participant's own place phrase counts
            # "welcomed an offer from X": who the object comes from, a party
            wheres = PLACE_PREPS if n >= len(holders) else PLACE_PREPS | {"from"}
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in wheres:
                    continue
                for obj in place_objects(prep):  # "in the streets of X", "outside the parliament in X"
                    code = self.countries.of_text(head_phrase(obj)) or (self.place_country(obj) if common else None)
                    if code is not None and (code == only or (only is None and own_phrase)):
                        return code
        return None

    def place_country(self, obj: Any) -> str | None:
        """The country of a city or region the places stage reads ``obj`` as, confidently."""
        if self._readings is None:
            self._readings = PlaceReadings(obj.doc, self.countries.gazetteer, tuple(self.actors))
        return self._readings.country_at(obj)

    def _may_default(self, tok: Any) -> bool:
        """Whether a participant may take a country from its context at all."""
        if tok.ent_type_ in ("GPE", "LOC", "NORP") or tok.lemma_.lower() in _ONLOOKERS:
            return False
        return not any(c.lower_ in _OUTSIDERS for c in tok.children if c.dep_ in ("amod", "compound", "det"))

    def _sentence_country(self, tok: Any) -> str | None:
        sent = tok.sent
        if sent.start not in self._sent_countries:
            aside = modifier_ends(sent)  # "The UK-based monitor said government forces ...": not the forces' country
            codes = [(e, self.countries.of_text(e.text)) for e in sent.ents if e.label_ in ("GPE", "NORP", "LOC", "ORG")
                     and e.end_char not in aside]
            found = {c for _, c in codes if c}
            found |= {a.country for a in self.actors if a.country and a.kind == "country" and any(
                sent.start_char <= m.span.start < sent.end_char and m.span.end not in aside for m in a.mentions)}
            # a people of several states ("European commitment") is still a second side: no default then
            unplaced = any(e.label_ == "NORP" and c is None and self.countries.supranational(e.text) for e, c in codes)
            only = next(iter(found)) if len(found) == 1 and not unplaced else None
            self._sent_named[sent.start] = bool(found) or unplaced
            self._sent_countries[sent.start] = None if only in NONSTATE_CODES else only
        return self._sent_countries[sent.start]

    def withhold_shared(self, ids: Iterable[str], others: Iterable[str], sent_start: int) -> None:
        """Take back a sentence default from ``ids`` where it is the country of one of ``others``,
        the other side of the same event: the one country of "X's minister urged the authorities
        to…" is the speaker's, and the addressee of an appeal is usually someone else."""
        theirs = {self.country(o) for o in others} - {None}
        for aid in ids:
            given = self._defaulted.get(aid)
            if given is None or given[0] != sent_start or self.country(aid) not in theirs:
                continue
            del self._defaulted[aid]
            self.actors = [given[1] if a.id == aid else a for a in self.actors]

    def _antecedent(self, tok: Any, exclude: frozenset[str] = frozenset()) -> str | None:
        """The actor a third-person pronoun refers to: the most salient compatible earlier actor, found
        as the quotes stage finds a pronoun speaker's; the pronoun becomes one of its mentions."""
        exclude = exclude | self._commanded(tok)  # "He shot Kennedy": he is not Kennedy
        near = same_sentence_subject(tok)
        idx = None
        if near is not None:  # "Both leaders said they ...": that subject, or no one the book knows
            sp = span_of(phrase_tokens(near))
            idx = self._index_at(sp.start, sp.end, (near.idx, near.idx + len(near.text)))
            if idx is None or self._several_named(near):
                return None  # "X, Y and Z announced that they …": all of them, not the first one
        if idx is not None and agrees(self.actors[idx], tok.lower_, tok.doc):
            actor = self.actors[idx]
        elif tok.tag_ == "PRP$" and (owner := self._nearest_owner(tok, exclude)) is not None:
            actor = owner  # "represented Stormy Daniels in her lawsuit": the nearest who agrees
        elif (held := held_antecedent(tok, [a for a in self.actors if a.id not in exclude])) is not None:
            actor = held  # "Gunmen kidnapped aid workers. Soldiers freed them": the ones held
        else:
            actor = antecedent(tok, SpeakerBook([a for a in self.actors if a.id not in exclude]), self.quoted, blocking=True)
        if actor is None:
            return None
        i = next(k for k, a in enumerate(self.actors) if a.id == actor.id)
        prov = Provenance(COMPONENT, "pronoun", 0.6, f"'{tok.text}' refers to the most salient earlier {actor.kind}")
        self._mention(i, Mention(Span(tok.idx, tok.idx + len(tok.text), tok.text), "pronoun", prov))
        return actor.id

    def _bound(self, tok: Any, aid: str | None) -> str | None:
        """``aid``, the actor a pronoun its sentence's subject binds refers to, with the pronoun as its mention."""
        i = next((k for k, a in enumerate(self.actors) if a.id == aid), None)
        if i is not None:
            prov = Provenance(COMPONENT, "pronoun", 0.6, f"'{tok.text}' is bound by the subject of its sentence")
            self._mention(i, Mention(Span(tok.idx, tok.idx + len(tok.text), tok.text), "pronoun", prov))
        return aid

    def _several_named(self, subject: Any) -> bool:
        """Whether a coordinated subject names two actors or more ("the Bank of Arnor and the Bank of
        Gondor"): a "they" it binds means them all, which no one actor stands for."""
        found = set()
        for t in (subject, *subject.conjuncts):
            sp = span_of(phrase_tokens(t))
            found.add(self._index_at(sp.start, sp.end, (t.idx, t.idx + len(t.text))))
        return len(found - {None}) > 1

    def _commanded(self, tok: Any) -> frozenset[str]:
        """Actors named (not by a pronoun) in the clause a subject pronoun commands, after it: the
        pronoun cannot stand for them ("He said Varo had lied": he is not Varo)."""
        if (span := commanded_span(tok)) is None:
            return frozenset()
        start, end = span
        return frozenset(a.id for a in self.actors for m in a.mentions
                         if m.kind != "pronoun" and start <= m.span.start and m.span.end <= end)

    def _nearest_owner(self, tok: Any, exclude: frozenset[str]) -> Actor | None:
        """For a possessive pronoun, the actor named last before it in its own sentence that it can
        refer to (number, person or thing, gender), else None."""
        start = tok.sent.start_char
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            if actor.id in exclude or not agrees(actor, tok.lower_, tok.doc):
                continue
            for m in actor.mentions:
                if start <= m.span.start and m.span.end <= tok.idx and m.kind != "pronoun" \
                        and (best is None or m.span.end > best[0]):
                    best = (m.span.end, actor)
        return best[1] if best else None

    def _mention(self, i: int, mention: Mention) -> None:
        """Add a mention to actor ``i`` unless it has one with that span, keeping text order."""
        a = self.actors[i]
        if all(m.span != mention.span for m in a.mentions):
            self.actors[i] = dataclasses.replace(a, mentions=tuple(sorted(
                a.mentions + (mention,), key=lambda m: (m.span.start, m.span.end))))

    def _add(self, tok: Any, sp: Span, country: str | None, *, new: bool = True, sector: str | None = None,
             as_state: bool = False) -> str | None:
        """The id of the actor the phrase names: one the book has under that name or a variant of
        it, else (unless ``new`` is False) a new actor."""
        key = sp.text.lower()
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            key = f"person:{tok.text.lower()}"  # "Mr Smith" and "John Smith" are one person
        if key in self._by_name:  # the phrase again, as what it is ("the accused" twice: a description)
            i = self._by_name[key]
            self._mention(i, Mention(sp, mention_kind(tok)))
            return self.actors[i].id
        ent = tok.ent_type_
        kind = ("person" if ent == "PERSON" else "organization" if ent == "ORG" else
                "country" if ent == "GPE" and country and len(sp.text.split()) <= 3 else "group")
        if country and (as_state or tok.pos_ == "ADJ" and (len(sp.text.split()) == 1 or self.countries.of_word_run(sp.text) == country)):
            # "a Turkish drone strike", "a South African proposal": the state did it
            same = next((i for i, a in enumerate(self.actors) if a.kind == "country" and a.country == country), None)
            if same is not None:
                self._mention(same, Mention(sp, "name"))
                return self.actors[same].id
            state = self.countries.kb.countries.get(country)
            kind, named = "country", state.name if state is not None else None
        else:
            named = None
        known = None
        if tok.pos_ == "PROPN":  # the recogniser may call a lone surname a body ("said Duterte")
            known = variant_of(sp.text, kind, self.actors)
            known = variant_of(sp.text, "person", self.actors) if known is None and kind != "person" else known
        if known is not None:  # "Duterte" after "Rodrigo Duterte", "GM" after "General Motors": one actor
            self._mention(known, Mention(sp, "name"))
            self._by_name[key] = known
            return self.actors[known].id
        if not new:
            return None
        aid = f"a{self._next}"
        self._next += 1
        prov = Provenance(COMPONENT, "participant", 0.5, "an event participant the actors stage did not resolve")
        name = named or (sp.text[4:] if sp.text.lower().startswith("the ") else sp.text)
        actor = Actor(id=aid, name=name, kind=kind, country=country, sector=sector,
                      mentions=(Mention(sp, mention_kind(tok), prov),),
                      score=0.5, provenance=prov)
        self.actors.append(actor)
        self._by_name[key] = len(self.actors) - 1
        return aid

    def split_countries(self, head: Any, aid: str) -> list[str]:
        """Further participants for a phrase whose coordinated modifiers name several countries
        (:func:`.split.split_countries`)."""
        return split_countries(self, head, aid, COMPONENT)

    def counted(self, tok: Any) -> list[str]:
        """The states ("the two countries") or people ("the two leaders") a counted phrase stands for (:mod:`.pairs`)."""
        pair = sides_named(tok) if side_count(tok) is not None else they_pair(tok)  # "X and Y met. They ..."
        if pair or side_count(tok) is not None:  # "both sides": the pair set side by side (:func:`~.pairs.sides_named`)
            sides = list(dict.fromkeys(aid for t in pair if (aid := self.resolve(t, add=False))))
            return sides if len(sides) == 2 else []
        return [aid for t, code in counted_states(tok, self.countries) if (aid := self.state(code, t))] or counted_people(
            tok, [(m.span.start, a.id) for a in self.actors if a.kind == "person" for m in a.mentions])

    def get(self, aid: str) -> Actor | None:
        return next((a for a in self.actors if a.id == aid), None)

    def country(self, aid: str) -> str | None:
        a = self.get(aid)
        return a.country if a else None

    def state(self, code: str, tok: Any = None) -> str | None:
        """The actor of the state ``code``: the book's, else (given the token that names it by
        name, "in Chad") a new one with that mention; None otherwise."""
        known = next((a.id for a in self.actors if a.kind == "country" and a.country == code), None)
        return known if known is not None or tok is None else self._add(tok, span_of(phrase_tokens(tok)), code, as_state=True)


def headline_cosubjects(subject: Any) -> list[Any]:
    """The name a headline sets before its subject with a comma for "and" ("Biden, Xi agree"): a
    proper noun opening the sentence, hung on the verb as an unlabelled or adverbial dependent
    right before the comma and the subject name; a fronted day ("Monday, ...") or phrase is none."""
    start = subject.left_edge.i
    first = subject.doc[start - 2] if start >= 2 and subject.doc[start - 1].text == "," else None
    return [first] if subject.dep_ == "nsubj" and subject.pos_ == "PROPN" and first is not None and first.pos_ == "PROPN" \
        and first.dep_ in ("dep", "npadvmod") and first.ent_type_ not in ("DATE", "TIME") \
        and first.head.i == subject.head.i and first.left_edge.i == first.sent.start else []


def participants(tokens: Iterable[Any], book: ActorBook, *, add: bool = True,
                 exclude: frozenset[str] = frozenset(), apart: frozenset[int] = frozenset()) -> tuple[str, ...]:
    """Actor ids for the heads given, with their coordinated heads (but those whose index is in ``apart``,
    on the other side: "talks between Ostria and Velmar"), in order and without repeats. A head modified
    by coordinated demonyms stands for one participant per country, one modified by coordinated bodies
    for each body (:func:`~.targets.coordinated_bodies`)."""
    out: list[str] = []
    for t in tokens:
        for h in coordinated(named_again_place(t)) + headline_cosubjects(t):
            if h.i in apart and h is not t:
                continue
            if add and (states := book.counted(h)):  # "the two countries": those just named
                out.extend(s for s in states if s not in out and s not in exclude)
                continue
            # "its neighbour, France", "His rival, Ali Reza": a description no one has yet is the name beside it
            named = next((a for c in appositive_names(h) if (a := book.resolve(c, add=False, exclude=exclude))), None)
            own = None if named and not book.resolve(h, add=False, exclude=exclude) else book.resolve(h, add=add, exclude=exclude)
            aid = own or named
            if aid and aid not in out:
                out.append(aid)
            if aid and add:
                for extra in book.split_countries(h, aid):
                    if extra not in out:
                        out.append(extra)
            for body in coordinated_bodies(h):  # "the police and emergency services staff"
                extra = book.resolve(body, add=add, exclude=exclude)
                if extra and extra not in out:
                    out.append(extra)
    return tuple(out)


__all__ = ["RELATION_NOUNS", "ActorBook", "GROUP_NOUNS", "bound_it", "coordinated", "headline_cosubjects", "is_participant_like", "names_someone", "participants",
           "phrase_tokens"]
