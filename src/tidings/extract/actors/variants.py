"""Other forms of a name the article has already given: one actor per person, body or group.

Each step takes the mention candidates after clustering and moves a candidate into the actor
of the fuller form (its ``key`` and resolution) when exactly one actor of the article fits;
none guesses between two:

- :func:`join_person_variants`: a shorter form of a person's name ("Rivera Schatz", "John Luk",
  "van Biljon", "Vázquez" after "Wanda Vázquez Garced");
- :func:`join_body_variants`: a short form or an acronym of a body's name ("GM" after "General
  Motors", "Ford" after "Ford Motor Company", "Thai Raksa Chart" after "Thai Raksa Chart Party");
- :func:`join_text_acronyms`: an acronym the knowledge base gives another body, spelled out by
  one body of the article ("RSF" after "the Rapid Support Forces", not Reporters Without Borders);
- :func:`join_descriptions`: a definite description of a named body, by its sector ("the airline"
  after "Aer Lingus", "the hospital" after "Charité", "police" after "Indonesian National Police");
- :func:`join_same_groups`: unnamed groups with the same head noun, sector and country ("the
  protesters", "violent protesters"), unless a word sets one apart ("the third woman").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from ...kb.model import Entity, Person, fold
from ...resolve import HONORIFICS
from ...schema import Actor
from ..common import reporting_subject, word_class
from .mention import Cand
from .national import stateless

# Words a body's name may end in that its short form drops ("Party", "Limited", "magazine").
NAME_SUFFIXES = word_class("actors.variants.name_suffixes")
# Small words an acronym skips ("Kurdistan Workers' Party" -> "PKK" keeps every other word).
ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "del"})
# Generational suffixes a name may end in: "Donald Trump Jr." is not "Donald Trump".
GENERATIONAL = word_class("actors.variants.generational")
# Modifiers that tell one member of a group from another ("the third woman", "another protester").
SETS_APART = word_class("actors.variants.sets_apart")
# Sectors whose bodies a description may name: a business, a hospital, a party, a state's forces.
DESCRIBED_SECTORS = frozenset({"BUS", "MED", "EDU", "JRN", "PTY", "REL", "MIL", "COP", "LEG", "JUD", "SPY", "REB"})
BODY_KINDS = frozenset({"organization", "group"})
# Sectors of bodies a state has one of: its forces, its police, its legislature.
STATE_BODY_SECTORS = frozenset({"MIL", "COP", "LEG"})
# Sectors of a group called by what its members are ("the rebels", "militants", "the insurgents"):
# after the one named body of the sector, its members said plainly are that body.
MEMBERS_SECTORS = frozenset({"REB"})


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace(".", "").replace(",", "").split() if w not in {"'s", "'"}]


def _name_parts(text: str) -> list[str]:
    """A person's name words with hyphenated parts apart ("al-muhandis" -> "al", "muhandis")."""
    return [p for w in _words(text) for p in w.split("-") if p]


def _retarget(c: Cand, target: Cand) -> None:
    c.key, c.res = target.key, target.res


# What a person's mentions moved into another's lend it where it has none ("Former Representative
# John Conyers" joining "John James Conyers Jr.": the role and sector the title gave).
_LENT = ("country", "sector", "role", "wikidata")


def _join_person(group: list[Cand], into: list[Cand]) -> None:
    """Move every candidate of ``group`` into the person of ``into``, lending it what it lacks."""
    target = max(into, key=lambda c: (c.res.named is not None, c.res.score))
    lent = {f: v for f in _LENT if getattr(target.res, f) is None
            for v in [next((getattr(c.res, f) for c in group if getattr(c.res, f)), None)] if v}
    if lent:
        target.res = dataclasses.replace(target.res, **lent)
        for c in into:  # one person: every candidate of it (a group shares its key) speaks for it
            c.res = target.res
    for c in group:
        _retarget(c, target)


def _groups(cands: Iterable[Cand]) -> dict[str, list[Cand]]:
    out: dict[str, list[Cand]] = {}
    for c in cands:
        if c.key:
            out.setdefault(c.key, []).append(c)
    return out


# --- people ----------------------------------------------------------------------------------

def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def person_variant_of(short: list[str], full: list[str]) -> bool:
    """Whether name words ``short`` are a shorter form of ``full``: a run of its words that is not
    its forename alone ("rivera schatz" and "john luk" of "thomas rivera schatz" / "john luk jok",
    "vazquez" of "wanda vazquez garced"; not "wanda"), or its first and last names with the middle
    ones left out ("john conyers" of "john james conyers")."""
    if not short or len(short) >= len(full):
        return False
    if len(short) >= 2 and short[0] == full[0] and short[-1] == full[-1] and _contains(full[1:-1], short[1:-1]):
        return True
    if not _contains(full, short):
        return False
    return not (len(short) == 1 and full[0] == short[0] and short[0] not in full[1:])


def join_person_variants(cands: list[Cand], doc: Any) -> None:
    """Move every person whose names are all shorter forms of exactly one other person of the
    article into that person; the article's own fuller name beats the KB's guess for a lone
    surname, but a person the KB knows and the text names in full stays themself."""
    people = {k: g for k, g in _groups(cands).items() if any(c.res.kind == "person" for c in g)}
    full_names = {k: [w for w in _name_parts(_full_name(g)) if w not in GENERATIONAL] for k, g in people.items()}
    for key, group in people.items():
        shorts = {tuple(_name_parts(_surface_name(doc, c))) for c in group if c.kind in {"name", "honorific"}}
        shorts.discard(())
        if not shorts or (any(isinstance(c.res.named, Person) for c in group) and max(map(len, shorts)) >= 2):
            continue
        hits = [k for k, words in full_names.items() if k != key
                and all(person_variant_of(list(s), words) for s in shorts)]
        # "Blasio" fits "De Blasio" and "Bill de Blasio", itself a form of the latter: the fullest counts
        hits = [k for k in hits if not any(h != k and person_variant_of(full_names[k], full_names[h]) for h in hits)]
        if len(hits) == 1:
            _join_person(group, people[hits[0]])
            people[hits[0]] = people[hits[0]] + group
    _join_fuller_unknowns(people, full_names)


def _join_fuller_unknowns(people: dict[str, list[Cand]], full_names: dict[str, list[str]]) -> None:
    """Move a person the knowledge base does not know into the one known person of the article whose
    name is a shorter form of theirs ("John James Conyers Jr." into "John Conyers"): the longer name
    the article also gives a known person."""
    known = {k for k, g in people.items() if any(isinstance(c.res.named, Person) for c in g)}
    for key, group in people.items():
        if key in known or any(c.res.kind != "person" for c in group):
            continue
        hits = [k for k in known if person_variant_of(full_names[k], full_names[key])]
        if len(hits) == 1:
            _join_person(group, people[hits[0]])


def _full_name(group: list[Cand]) -> str:
    named = next((c.res.named for c in group if isinstance(c.res.named, Person)), None)
    return named.name if named is not None else max((c.res.name for c in group), key=lambda n: len(n.split()))


def _name_words(doc: Any, c: Cand) -> int:
    return len(_words(_surface_name(doc, c)))


def _surface_name(doc: Any, c: Cand) -> str:
    """The capitalised name words of a mention, without titles and honorifics before them (a
    person's resolved name that ends the mention: "United States Representative John Conyers" is
    John Conyers)."""
    toks = list(doc[c.start:c.end])
    while toks and not (toks[0].pos_ == "PROPN" and toks[0].text[:1].isupper()) or toks and _honorific(toks[0]):
        toks = toks[1:]
    text = " ".join(t.text for t in toks)
    own = c.res.name if c.res.kind == "person" and c.res.name else ""
    return own if own and len(own) < len(text) and text.endswith(" " + own) else text


def _honorific(tok: Any) -> bool:
    return fold(tok.text).rstrip(".") in HONORIFICS


# --- bodies ----------------------------------------------------------------------------------

def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _surface(doc: Any, c: Cand) -> str:
    """A candidate's words as the text gives them, without a leading "the"."""
    return doc[c.start:c.end].text.removeprefix("the ").removeprefix("The ")


def acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` ("GM", "U.N.", "PKK", "BoA") is the initials of ``name`` ("General Motors")."""
    letters = short.replace(".", "")
    if 2 <= len(letters) <= 8 and letters.isalpha() and letters[0].isupper() and not letters.isupper():
        # a small letter for each small word ("BoA" of "Bank of America", "MoD" of "Ministry of Defence")
        every = _words(name)
        return sum(ch.isupper() for ch in letters) >= 2 and len(every) == len(letters) \
            and all(w[0] == ch.lower() and ch.islower() == (w in ACRONYM_SKIPS) for w, ch in zip(every, letters))
    if not _acronym(letters):
        return False
    words = [w for w in _words(name) if w not in ACRONYM_SKIPS]
    if len(words) < 2:
        return False
    return "".join(w[0] for w in words) == letters.lower() \
        or "".join(w[0] for w in _words(name)) == letters.lower()


def body_short_form_of(short: list[str], name: list[str]) -> bool:
    """Whether name words ``short`` are a short form of a body's ``name``: its beginning, leaving
    off only generic words ("thai raksa chart" of "thai raksa chart party") or all but its one
    distinctive first word ("ford" of "ford motor company"); or its end, leaving off up to three
    words of whose it is ("air force" of "united states air force", "parliament" of "british
    parliament")."""
    if not short or len(short) >= len(name):
        return False
    if name[:len(short)] == short:
        rest = name[len(short):]
        return all(w in NAME_SUFFIXES for w in rest) or (len(short) == 1 and short[0] not in NAME_SUFFIXES
                                                          and short[0] not in ACRONYM_SKIPS)
    return name[-len(short):] == short and len(name) - len(short) <= 3 \
        and any(w not in NAME_SUFFIXES and w not in ACRONYM_SKIPS for w in short)


def variant_of(phrase: str, kind: str, actors: Sequence[Actor]) -> int | None:
    """The index of the one actor whose fuller name ``phrase`` shortens ("Duterte" of "Rodrigo
    Duterte" for a person; "GM" of "General Motors" or "Thai Raksa Chart" of "Thai Raksa Chart
    Party" for a body), or None when none or several fit. For stages that meet a name the actors
    stage left alone, so that they join its actor rather than add a second one."""
    text = phrase[4:] if phrase.lower().startswith("the ") else phrase
    hits = []
    for i, a in enumerate(actors):
        if kind == "person" and a.kind == "person":
            fits = person_variant_of(_name_parts(text), [w for w in _name_parts(a.name) if w not in GENERATIONAL])
        elif kind != "person" and a.kind in BODY_KINDS:
            fits = acronym_of(text, a.name) or body_short_form_of(_words(text), _words(a.name))
        else:
            fits = False
        if fits:
            hits.append(i)
    return hits[0] if len(hits) == 1 else None


def _body(c: Cand) -> bool:
    named = c.res.named
    if isinstance(named, Entity):
        return named.kind in BODY_KINDS and named.category not in {"country", "capital", "region", "seat"}
    return c.kind == "name" and c.res.kind in BODY_KINDS


def _unresolved_name(c: Cand) -> bool:
    """A name the KB did not know, typed by the tagger only (an ORG that may be a body's short form)."""
    return c.kind == "name" and c.res.named is None and (c.rule == "ner.org" or c.res.kind in BODY_KINDS)


def join_body_variants(cands: list[Cand], doc: Any) -> None:
    """Move every unknown name that is the acronym or a short form of exactly one body of the
    article into that body."""
    groups = _groups(cands)
    bodies = {k: g for k, g in groups.items() if any(_body(c) for c in g)}
    forms: dict[str, set[str]] = {}
    for k, g in bodies.items():
        forms[k] = {c.res.name for c in g} | {doc[c.start:c.end].text for c in g if c.kind == "name"}
    for key, group in groups.items():
        if not all(_unresolved_name(c) for c in group):
            continue
        texts = {_surface(doc, c) for c in group}
        hits = [k for k, names in forms.items() if k != key and all(
            any(acronym_of(t, n) or body_short_form_of(_words(t), _words(n)) for n in names) for t in texts)]
        if len(hits) == 1:
            target = max(bodies[hits[0]], key=lambda c: (c.res.named is not None, c.res.score))
            for c in group:
                _retarget(c, target)


def join_text_acronyms(cands: list[Cand], doc: Any) -> None:
    """Move every acronym the knowledge base gave another body ("RSF": Reporters Without Borders)
    into the one body of the article whose name it spells ("the Rapid Support Forces"), unless
    the article names the knowledge base's body in full: the text's own expansion is meant."""
    groups = _groups(cands)
    for key, group in groups.items():
        named = group[0].res.named
        if not isinstance(named, Entity) or named.kind not in BODY_KINDS \
                or not all(c.kind == "name" and c.res.named is named for c in group):
            continue
        texts = {_surface(doc, c) for c in group}
        if not all(_acronym(t) for t in texts) or any(c.res.named is named and not _acronym(_surface(doc, c)) for c in cands):
            continue  # the body is named in full somewhere: the knowledge base's reading stands
        hits = [k for k, g in groups.items() if k != key and any(
            c.kind == "name" and _body(c) and c.res.named is not named and all(
                acronym_of(t, doc[c.start:c.end].text) or acronym_of(t, c.res.name) for t in texts) for c in g)]
        if len(hits) == 1:
            target = max((c for c in groups[hits[0]] if c.kind == "name"), key=lambda c: (c.res.named is not None, c.res.score))
            for c in group:
                _retarget(c, target)


# --- descriptions and groups -----------------------------------------------------------------

def _definite(doc: Any, c: Cand) -> bool:
    head = doc[c.head]
    return any(t.lower_ in {"the", "its", "this", "that"} for t in head.children if t.dep_ in {"det", "poss"})


def _indefinite(doc: Any, c: Cand) -> bool:
    return any(t.lower_ in {"a", "an", "another", "some", "any"} for t in doc[c.head].children if t.dep_ == "det")


def _bare(doc: Any, c: Cand) -> bool:
    """A group noun with no word saying whose it is ("the police", not "his army", "Dunmarch troops")."""
    return not any(t.dep_ in {"poss", "compound", "amod", "nmod"} and t.pos_ in {"PROPN", "PRON", "ADJ"}
                   for t in doc[c.head].children)


def _head_lemma(doc: Any, c: Cand) -> str:
    """The noun that says what a group is: its head, or, for a collective head ("rebel groups",
    "militant factions": word class ``actors.variants.collective_heads``), the noun before it, so
    that "rebel groups" and "the rebels" are one group."""
    if c.head < 0:
        return ""
    head = doc[c.head]
    if head.lemma_.lower() in COLLECTIVE_HEADS:
        kind = next((m for m in head.lefts if m.dep_ in ("compound", "amod") and m.pos_ in ("NOUN", "ADJ", "PROPN")), None)
        if kind is not None:
            return kind.lemma_.lower()
    return head.lemma_.lower()


COLLECTIVE_HEADS = word_class("actors.variants.collective_heads")


def join_descriptions(cands: list[Cand], doc: Any) -> None:
    """Move every unnamed description of a body ("the airline", "the Italian company", "police")
    into the one named body before it with the same sector (and country, where both have one):
    definite singulars for any described sector, bare or plural nouns for a state's forces, and an
    armed group's members said plainly, with no word saying which ("the rebels", "militants"; not
    "Islamist militants", "two rebels"), for the one armed group named before them."""
    named = [c for c in cands if c.key and _body(c) and c.res.sector in DESCRIBED_SECTORS
             and (c.res.named is not None or c.rule.startswith("ner."))]
    for c in cands:
        if c.kind != "nominal" or c.res.named is not None or c.head < 0 or not c.res.sector \
                or c.res.sector not in DESCRIBED_SECTORS or c.key.startswith("government"):
            continue
        singular = doc[c.head].tag_ in {"NN", "NNP"}
        members = c.res.sector in MEMBERS_SECTORS and not singular and _bare(doc, c)
        if not (_definite(doc, c) and singular) and c.res.sector not in STATE_BODY_SECTORS and not members \
                or _indefinite(doc, c):
            continue
        if any(t.lower_ in SETS_APART or t.ent_type_ in {"ORDINAL", "CARDINAL"} for t in doc[c.start:c.head]):
            continue
        # a state's forces and legislature are one per state: "police" may come before "the Metropolitan Police"
        anywhere = c.res.sector in STATE_BODY_SECTORS
        fits = {o.key: o for o in named if (anywhere or o.start < c.start) and o.res.sector == c.res.sector
                and (c.res.country is None or o.res.country == c.res.country)}
        if len(fits) == 1:
            _retarget(c, next(iter(fits.values())))


# Sectors of a state's organs, whose "its" is a state ("its foreign ministry", "its military").
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def states_of_owned_organs(cands: list[Cand], doc: Any) -> None:
    """A state organ described as "its" or "their" ("Poland scrambled jets, its military said",
    "China called for restraint. Its foreign ministry said") is of the state the pronoun stands
    for (:func:`_pronoun_owner_state`), when it has no country of its own."""
    for c in cands:
        if c.kind == "nominal" and c.res.named is None and c.res.country is None and c.head >= 0 \
                and c.res.sector in ORGAN_SECTORS and (state := _pronoun_owner_state(c, cands, doc)) is not None:
            c.res = dataclasses.replace(c.res, country=state)


def _pronoun_owner_state(c: Cand, cands: list[Cand], doc: Any) -> str | None:
    """The country of the state a state organ's "its"/"their" stands for: in what someone says, the
    speaker's state ("Turkey's interior ministry accused Greece ... and said its coast guard had
    rescued ...": Turkey); else the last state named before it in its sentence ("Poland scrambled
    jets, its military said": Poland); opening a sentence, the state the sentence before was about
    (its subject); or None."""
    if not any(k.dep_ == "poss" and k.lower_ in ("its", "their") for k in doc[c.head].children):
        return None
    if (speaker := _speakers_state(doc[c.head], cands)) is not None:
        return speaker  # "Turkey's interior ministry accused Greece ... and said its coast guard ...": Turkey
    sent = doc[c.head].sent
    states = [o for o in cands if sent.start <= o.start and o.end <= c.start and o.res.kind == "country"]
    if states:
        last = max(states, key=lambda o: o.end)
        # "Poland's biggest bank, PKO BP, said its board ...": a body of no state named since owns it
        bodies = [o for o in cands if last.end <= o.start and o.end <= c.start and o.res.kind in BODY_KINDS
                  and o.res.sector not in ORGAN_SECTORS]
        return None if bodies else last.res.country
    return _previous_subject_state(sent, cands, doc) if c.start == sent.start else None


def _previous_subject_state(sent: Any, cands: list[Cand], doc: Any) -> str | None:
    """The country of the state that is the subject of the sentence before ``sent`` ("Poland
    scrambled jets. Its military said": Poland); None when that subject is no state."""
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    subject = next((k for k in before.root.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    states = [o for o in cands if o.start <= subject.i < o.end and o.res.kind == "country" and o.res.country]
    return states[0].res.country if states else None


def _speakers_state(tok: Any, cands: list[Cand]) -> str | None:
    """The one state named in the subject of the verb of saying whose clause holds ``tok``, when
    that subject is a state or a state's organ."""
    subject = reporting_subject(tok)
    if subject is None:
        return None
    lo, hi = subject.left_edge.i, subject.right_edge.i + 1
    if not any(o.start <= subject.i < o.end and (o.res.kind == "country" or o.res.sector in ORGAN_SECTORS) for o in cands):
        return None  # "Poland's biggest bank, PKO BP, said its board ...": a bank speaks, its board is no state's
    states = {o.res.country for o in cands if lo <= o.start and o.end <= hi and o.res.kind == "country" and o.res.country}
    return states.pop() if len(states) == 1 else None


def join_named_heads(cands: list[Cand], doc: Any) -> None:
    """Move every definite singular description ("the ministry", "the agency") into the one named
    body before it whose name has the description's head word ("Samoa's Ministry of Health") or
    whose kind in the knowledge base it is ("the National Hurricane Center", an agency), with no
    other country; with two such bodies it stays unresolved."""
    bodies = [c for c in cands if c.key and _body(c)]
    for c in cands:
        if c.kind != "nominal" or c.res.named is not None or c.head < 0 or c.key.startswith("government"):
            continue
        head = doc[c.head]
        if head.tag_ not in {"NN", "NNP"} or not _definite(doc, c) or _own_name(head):
            continue  # "the Ministry" mid-sentence is a name of its own
        if any(t.lower_ in SETS_APART or t.ent_type_ in {"ORDINAL", "CARDINAL"} for t in doc[c.start:c.head]):
            continue
        word = head.lemma_.lower()
        # its own modifiers must be the body's too ("the health ministry"; not "the Ostrian ministry")
        own = {fold(t.text) for t in doc[c.start:c.head] if t.dep_ in {"amod", "compound", "nmod"}}

        def named(o: Cand) -> set[str]:
            return set(_words(o.res.name)) | set(_words(doc[o.start:o.end].text))

        fits = {o.key: o for o in bodies if o.start < c.start and (c.res.country is None or o.res.country == c.res.country)
                and (word in named(o) or (isinstance(o.res.named, Entity) and o.res.named.category == word))
                and (own <= named(o) or (c.res.country is not None and o.res.country == c.res.country))}
        if len(fits) == 1:
            _retarget(c, next(iter(fits.values())))


def _own_name(head: Any) -> bool:
    """Whether a description's head is capitalised mid-sentence: the name of one body ("the
    Municipality of Varo"), not a description of a group."""
    return head.text[:1].isupper() and head.i != head.sent.start


def join_same_groups(cands: list[Cand], doc: Any) -> None:
    """Merge unnamed groups with the same head noun and sector (for a state's forces, police and
    legislature the sector alone) whose countries agree, or one has none while the others share
    one: "the protesters" and "violent protesters", "police" and "fourteen police officers". A
    description whose head is capitalised mid-sentence, but for a state's forces, is a name of its
    own ("the Municipality of Varo" is not one of "several municipalities")."""
    by_head: dict[tuple[str, str | None], list[Cand]] = {}
    for c in cands:
        if c.kind != "nominal" or c.res.named is not None or not c.key.startswith("nominal:") or c.head < 0:
            continue
        if any(t.lower_ in SETS_APART or t.ent_type_ == "ORDINAL" for t in doc[c.start:c.head]):
            continue
        if c.res.country is None and stateless(c.res.name):
            continue  # "coalition forces" belong to no one state: they never take one from a group
        state_body = c.res.sector in STATE_BODY_SECTORS and (c.res.country is not None or _bare(doc, c))
        if not state_body and _own_name(doc[c.head]):
            continue
        head = "" if state_body else _head_lemma(doc, c)
        by_head.setdefault((head, c.res.sector), []).append(c)
    for group in by_head.values():
        countries = {c.res.country for c in group if c.res.country}
        if len(group) < 2 or len(countries) > 1:
            continue
        target = max(group, key=lambda c: (c.res.country is not None, c.res.score, -c.start))
        for c in group:
            if c.key != target.key:
                _retarget(c, target)


__all__ = [
    "acronym_of",
    "body_short_form_of",
    "join_body_variants",
    "join_descriptions",
    "states_of_owned_organs",
    "join_text_acronyms",
    "join_named_heads",
    "join_person_variants",
    "join_same_groups",
    "person_variant_of",
    "variant_of",
]
