"""Article-level evidence the actors pass needs beyond one mention: which capitalised names are
places by their syntax, which unknown names behave like countries, and which country the
article (or one sentence) is about.

Why here: a mention alone cannot say that "Velt" is a city ("the capital, Velt"), that an
unknown "Dunmarch" is a state ("Dunmarch's foreign minister", "neighbouring Dunmarch") or that
a regional governor with no country word serves the country of the sentence's towns. These
rules read the parse and the article's other mentions; every answer carries its reason.
Nothing here invents an ISO code: a country-like name the KB and gazetteer do not know keeps
``country=None``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from ...kb.model import Entity, KnowledgeBase, fold
from ...nlp import DATELINE_DASHES, dateline_end
from ...ontology import quad_of
from ..common import data_rows, word_class

# Nouns whose appositive or "of"-complement is a place: "the capital, Velt", "the state of Goa".
PLACE_NOUNS = word_class("actors.finder.context.place_nouns")
# Geographic nouns a proper name modifies to name a place: "the Pell valley", "the Ostra river".
GEOGRAPHIC_HEADS = word_class("actors.finder.context.geographic_heads")
NATURAL_FEATURES = word_class("actors.finder.context.natural_features")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
# Heads that only a state has: "X's foreign minister", "the government of X", "the X embassy".
NATIONAL_HEADS = word_class("actors.finder.context.national_heads")
# Heads a name may modify as a compound and still be a state ("the Kestria government"); troops
# and fighters are left out: "Wagner troops" are a company's.
NATIONAL_COMPOUND_HEADS = word_class("actors.finder.context.national_compound_heads")
NEIGHBOUR_WORDS = word_class("actors.finder.context.neighbour_words")
# Fields of policy a ministry is "of" ("Ministry of Finance"): never a state's name.
DOMAIN_NOUNS = word_class("actors.finder.domain_nouns")
DEMONYM_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "ic", "i", "n")
# Nouns whose appositive names a thing, not an actor: "the trawlers Nordlys and Greta Marie".
THING_NOUNS = word_class("actors.finder.context.thing_nouns")
# Titles of sub-national offices: with no country word they serve the country of their places.
SUBNATIONAL_TITLES = word_class("actors.finder.context.subnational_titles")
SUBNATIONAL_MODIFIERS = word_class("actors.finder.context.subnational_modifiers")


DATE_WORDS = WEEKDAYS | MONTHS




def datelines(doc: Any) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of paragraph-opening datelines ("HALVIK, Kostmark –", "LONDON
    (Reuters) -"): they name where the story was filed and by whom, not anyone who acts in it."""
    text = doc.text
    out = []
    for i in doc.to_array("IS_UPPER").nonzero()[0]:  # upper-case tokens only: Token objects are dear
        tok = doc[int(i)]
        word = tok.text
        if not (len(word) >= 3 and word.isalpha()):
            continue
        if tok.i > 0 and "\n" not in text[doc[tok.i - 1].idx:tok.idx]:
            continue
        window = doc[tok.i:tok.i + 9]
        dash = next((t.i for t in window if t.text in DATELINE_DASHES), None)
        if dash is None or dash == tok.i:
            continue
        k = tok.i + 1
        while k < dash and doc[k].is_alpha and doc[k].text.isupper():
            k += 1  # the rest of a city's name: "MINAS TIRITH, Gondor -"
        inner = doc[k:dash]
        if any("\n" in t.text for t in doc[tok.i + 1:dash]):
            continue
        if (inner and inner[0].text in {",", "("}) or all(t.text.isupper() for t in inner if t.is_alpha):
            out.append((tok.i, dash + 1))
    return out + _title_case_datelines(doc)


def _title_case_datelines(doc: Any) -> list[tuple[int, int]]:
    """Datelines in title case ("Nairobi, Kenya --", "Mogadishu (Reuters) -"): a paragraph opening
    with a place's name, then only capitalised words, commas, a bracketed agency, and a dash
    (:func:`tidings.nlp.dateline_end`, which also makes the words after it a sentence of their own)."""
    text = doc.text
    out = []
    for i in doc.to_array("IS_TITLE").nonzero()[0]:
        tok = doc[int(i)]
        if tok.ent_type_ not in ("GPE", "LOC") or (tok.i > 0 and "\n" not in text[doc[tok.i - 1].idx:tok.idx]):
            continue
        if (end := dateline_end(doc, tok.i)) is not None:
            out.append((tok.i, end))
    return out


CHANNEL_PREPOSITIONS = frozenset({"on", "via", "through", "over"})


def is_channel(tok: Any) -> bool:
    """Whether a name is the medium words went through ("said on Twitter", "posted a message on
    Facebook", "a post on Twitter", "posted to Twitter", "her Twitter account", "followers on
    Facebook"): a platform of word class ``media_platform`` that modifies a noun of word class
    ``channel_noun``, or is the object of "on", "via" (or, after a verb of posting, "to") on such a
    noun, or on a verb with no particle that has no object, one of those nouns for object, an act of
    words for object ("took a swipe at X on Twitter"), or speaks ("cracked down on Twitter" and
    "imposed a ban on Twitter" act on it)."""
    if fold(tok.text) not in word_class("media_platform"):
        return False
    if tok.dep_ in ("compound", "poss") and tok.head.lemma_.lower() in word_class("channel_noun"):
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ not in CHANNEL_PREPOSITIONS | {"to"}:
        return False
    holder = tok.head.head
    if holder.pos_ == "NOUN" and tok.head.lower_ != "to":
        return holder.lemma_.lower() in word_class("channel_noun")
    if holder.pos_ not in ("VERB", "AUX") or any(c.dep_ == "prt" for c in holder.children):
        return False
    if tok.head.lower_ == "to":
        return holder.lemma_.lower() in word_class("channel_verb")  # "posted to Twitter", not "sold to Twitter"
    objects = [c for c in holder.children if c.dep_ == "dobj"]
    return not objects or _speaks(holder) or all(o.lemma_.lower() in word_class("channel_noun") for o in objects) \
        or any(o.lemma_.lower() in _verbal_nouns() for o in objects)  # "took a swipe at X on Twitter"


@lru_cache(maxsize=1)
def _verbal_verbs() -> frozenset[str]:
    """Verbs of the packaged event lexicon whose PLOVER type is an act of words (quad class 1 or 3),
    read from the data file so that the actors stage does not depend on the events stage."""
    return frozenset(r["lemma"] for r in data_rows("event_lexicon.csv")
                     if r["kind"] == "verb" and r["event"] and quad_of(r["event"]) in (1, 3))


@lru_cache(maxsize=1)
def _lexicon_nouns() -> frozenset[tuple[str, str]]:
    """(noun, PLOVER type) of each row of the packaged event lexicon whose noun names an act, read
    from the data file (the actors stage does not depend on the events stage)."""
    return frozenset((r["lemma"], r["event"]) for r in data_rows("event_lexicon.csv") if r["kind"] == "noun" and r["event"])


@lru_cache(maxsize=1)
def _act_nouns() -> frozenset[str]:
    """Nouns of the event lexicon that name an act of any PLOVER type ("request", "talks", "criticism")."""
    return frozenset(n for n, _ in _lexicon_nouns())


@lru_cache(maxsize=1)
def _verbal_nouns() -> frozenset[str]:
    """Nouns of the packaged event lexicon that tell an act of words (quad class 1 or 3), and the
    words aimed at someone (``events.coding.detect.aimed``: "a swipe", "a jab"): a platform "on"
    which such an act is taken is where the words went."""
    return frozenset(n for n, event in _lexicon_nouns() if quad_of(event) in (1, 3)) | word_class("events.coding.detect.aimed")


def _speaks(verb: Any) -> bool:
    """Whether a verb is an act of words: speech, posting, or a verbal PLOVER type."""
    lemma = verb.lemma_.lower()
    return lemma in word_class("events.coding.lexicon.speech_verbs") or lemma in word_class("channel_verb") \
        or lemma in _verbal_verbs()


def is_date_word(word: str) -> bool:
    """Weekdays and months are never actors ("Thursday", "March")."""
    return word.lower().rstrip(".") in DATE_WORDS


def time_phrase(prep: Any) -> bool:
    """A prepositional phrase that says when ("on Thursday", "in July", "on 5 May"): each object a
    date or a time by the tagger, or a weekday or a month."""
    objs = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or is_date_word(o.text) for o in objs)


def place_by_syntax(tok: Any) -> str | None:
    """Why the proper noun ``tok`` names a place by its syntax, or ``None``.

    "the capital, Velt" / "Velt, the capital" (an appositive of a place noun); "the state of Goa"
    (the "of"-complement of a place noun); "the disputed Pell valley" (a modifier of a geographic
    noun).
    """
    head = tok.head
    while tok.dep_ == "conj" and head.dep_ == "appos":  # "the trawlers Nordlys and Greta Marie"
        tok, head = head, head.head
    if tok.dep_ == "appos" and head.pos_ == "NOUN" and (head.lemma_.lower() in PLACE_NOUNS
                                                         or head.lower_ in THING_NOUNS):
        return f"appositive of {head.text!r}"
    for child in tok.children:
        if child.dep_ == "appos" and child.lemma_.lower() in PLACE_NOUNS and child.pos_ == "NOUN":
            return f"its appositive {child.text!r} is a place noun"
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS \
            and head.head.pos_ == "NOUN":
        return f"'{head.head.text} of'"
    if tok.dep_ in {"compound", "amod", "nmod"} and head.pos_ == "NOUN" and head.lemma_.lower() in GEOGRAPHIC_HEADS:
        return f"modifies the geographic noun {head.text!r}"
    return None


PLACE_PREPOSITIONS = word_class("actors.locative_prepositions")


def after_place_preposition(tok: Any) -> bool:
    """"reporters in Panaji": a lone name after a locative preposition is where, not who."""
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS


# Prepositions of where an act happens or someone is from ("in Lagos", "35 km from Aden").
WHERE_PREPOSITIONS = word_class("actors.where_prepositions")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj", "attr", "oprd"})


ACT_SOURCE_PREPOSITIONS = word_class("actors.act_source_prepositions")


def party_to_act(tok: Any) -> bool:
    """Whether the name ``tok`` stands for a party to an act ("accused Paris of ...", "criticised
    Washington", "Kabul said", "a request from Fiji", "talks with Moscow"), not for where it happens
    ("in Lagos", "in the capital, Kabul", "35 km from Aden", "talks in Geneva") or whose a noun is
    ("the chief executive of Hong Kong"). After a noun of the event lexicon, "from" names who the
    act comes from (word class ``actors.act_source_prepositions``)."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in _ARGUMENT_DEPS:
        return True
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    if prep.head.pos_ in ("VERB", "AUX"):
        return prep.lower_ not in WHERE_PREPOSITIONS
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _act_nouns() \
        and (prep.lower_ not in WHERE_PREPOSITIONS or prep.lower_ in ACT_SOURCE_PREPOSITIONS)


def after_place_word(tok: Any) -> bool:
    """"rallied outside parliament", parsed with "outside" as a modifier of "parliament": a noun right
    after a locative preposition the parser took for an adjective or adverb is a place."""
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in PLACE_PREPOSITIONS and c.i == tok.left_edge.i
               for c in tok.children) or after_place_preposition(tok) and tok.head.lower_ in ("outside", "inside")


def demonym_stems(word: str) -> list[str]:
    """Folded stems an adjective of nationality may come from ("Rhovanian" -> rhovania, rhovan)."""
    low = word.lower()
    out = []
    for suffix in DEMONYM_SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            out.append(low[: len(low) - len(suffix)])
    return out


def matches_demonym(name: str, adjective: str) -> bool:
    """Whether ``adjective`` reads as the demonym of ``name`` ("Kestrian" of "Kestria")."""
    key = name.lower()
    if " " in key or adjective.lower() == key:
        return False
    return any(key == s or (key.startswith(s) and len(key) - len(s) <= 2) for s in demonym_stems(adjective))


@dataclass
class CountryLike:
    """Unknown names the article treats as states, and their demonyms."""

    names: dict[str, str] = field(default_factory=dict)  # folded name -> reason
    demonyms: dict[str, str] = field(default_factory=dict)  # folded adjective -> folded name

    def reason(self, name: str) -> str | None:
        return self.names.get(name.lower())


def _state_evidence(tok: Any) -> str | None:
    """Country-typical syntax around one proper-noun token, or ``None``."""
    head = tok.head
    hl = head.lemma_.lower()
    if tok.dep_ == "poss" and (hl in NATIONAL_HEADS or f"{hl}s" in NATIONAL_HEADS):
        return f"'{tok.text}'s {head.text}'"
    if tok.dep_ == "compound" and hl in NATIONAL_COMPOUND_HEADS and head.pos_ == "NOUN":
        return f"'{tok.text} {head.text}'"
    if tok.dep_ in {"pobj", "conj"}:
        prep = head
        while prep.dep_ == "conj":
            prep = prep.head
        if prep.dep_ == "pobj":
            prep = prep.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in NATIONAL_HEADS:
            return f"'{prep.head.text} of {tok.text}'"
    if any(c.lower_ in NEIGHBOUR_WORDS for c in tok.children) or (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ in NEIGHBOUR_WORDS):
        return f"'neighbouring {tok.text}'"
    return None


def find_country_like(doc: Any, known: Callable[[str], bool], person_words: set[str]) -> CountryLike:
    """Capitalised one-word names that are not known but are used the way states are.

    ``known(name)`` says whether the KB or gazetteer already knows a name; ``person_words`` are
    lower-cased words of the article's person names (a name used as a person's is never a
    state). Evidence: a possessive or "of"-complement of a head only states have, a compound
    before one, "neighbouring X", a demonym of the article built on the name, or coordination
    with a name that already has such evidence ("Talvora and Kestria").
    """
    out = CountryLike()
    cands: dict[str, list[Any]] = {}
    evidence: dict[str, str] = {}
    stems: dict[str, str] = {}  # demonym stem -> the adjective it came from
    for i in doc.to_array("IS_TITLE").nonzero()[0]:  # title-case tokens only: Token objects are dear
        tok = doc[int(i)]
        text = tok.text
        if not tok.is_alpha or len(text) < 3:
            continue
        if tok.ent_type_ == "NORP" or tok.pos_ == "ADJ" or tok.dep_ in {"amod", "compound"}:
            for stem in demonym_stems(text):
                stems.setdefault(stem, text)
        if tok.pos_ != "PROPN" or text.isupper() or (tok.ent_iob_ == "I" and tok.ent_type_ in {"PERSON", "DATE"}):
            continue
        # a multi-word proper name ("Aldo Veskar", "Pell Valley Authority") is not a one-word state name
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or (tok.n_lefts and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)):
            continue
        key = tok.lower_
        if key in person_words or is_date_word(key) or key in DOMAIN_NOUNS:
            continue  # "the Ministry of Finance": a field of policy, not a state
        cands.setdefault(key, []).append(tok)
        if key not in evidence and (why := _state_evidence(tok)):
            evidence[key] = why
    for key in cands:
        if key not in evidence:
            adj = next((stems[key[:k]] for k in range(len(key), max(3, len(key) - 3), -1) if key[:k] in stems), None)
            if adj is not None and matches_demonym(key, adj):
                evidence[key] = f"the article's demonym {adj!r}"
    for key in list(evidence):  # "the Norvassan government" is evidence for Norvassa, not a state "Norvassan"
        base = next((k for k in cands if k != key and matches_demonym(k, key)), None)
        if base is not None:
            evidence.setdefault(base, f"{evidence[key]} (its demonym)")
            del evidence[key]
    for key, why in evidence.items():
        if not known(cands[key][0].text):
            out.names[key] = why
    for key, toks in cands.items():  # coordination with a state: "Talvora and Kestria"
        if key in out.names:
            continue
        for t in toks:
            if t.dep_ != "conj" and not any(c.dep_ == "conj" for c in t.rights):
                continue
            mates = [c for c in t.conjuncts if c.lower_ in out.names]
            if mates and not known(t.text):
                out.names[key] = f"coordinated with {mates[0].text!r} ({out.names[mates[0].lower_]})"
                break
    for stem, adj in stems.items():
        for key in out.names:
            if matches_demonym(key, adj):
                out.demonyms[adj.lower()] = key
    return out


def known_entry(kb: KnowledgeBase, gazetteer: Any) -> Callable[[str], bool]:
    """Whether the KB has an entry of this name or the gazetteer a place of it."""

    def known(name: str) -> bool:
        return bool(kb.lookup(name, exact_case=False)) or bool(gazetteer) and gazetteer.contains(name)

    return known


def known_name(kb: KnowledgeBase, gazetteer: Any) -> Callable[[str], bool]:
    """A cheap "does anyone know this name?" test over the KB, its demonyms and the gazetteer."""
    entry = known_entry(kb, gazetteer)

    def known(name: str) -> bool:
        return bool(kb.demonym(name) or kb.sector_term(name)) or entry(name)

    return known


def country_votes(items: Iterable[str | None]) -> Counter[str]:
    return Counter(c for c in items if c and len(c) == 3 and c.isalpha() and c.isupper())


def dominant(votes: Counter[str], share: float = 0.5) -> str | None:
    """The country named by at least ``share`` of the votes and strictly more than any other."""
    if not votes:
        return None
    (top, n), *rest = votes.most_common(2) + [("", 0)]
    total = sum(votes.values())
    return top if n / total >= share and n > rest[0][1] else None


def toponym_country(kb: KnowledgeBase, gazetteer: Any, text: str) -> str | None:
    """The country a place name lies in: KB countries, capitals and regions, then the gazetteer."""
    for named in kb.lookup(text):
        if isinstance(named, Entity) and named.category in {"country", "capital", "region"} and named.country:
            return named.country
    if gazetteer:
        found = gazetteer.resolve(text)
        if found is not None and found.place.country:
            return found.place.country
    return None


__all__ = ["after_place_word", "CHANNEL_PREPOSITIONS", "CountryLike", "DATELINE_DASHES", "datelines", "is_channel", "known_entry", "GEOGRAPHIC_HEADS", "NATURAL_FEATURES", "PLACE_NOUNS", "SUBNATIONAL_MODIFIERS", "SUBNATIONAL_TITLES",
           "THING_NOUNS", "after_place_preposition", "country_votes", "demonym_stems", "dominant", "find_country_like", "is_date_word", "known_name",
           "matches_demonym", "party_to_act", "place_by_syntax", "time_phrase", "toponym_country", "WHERE_PREPOSITIONS"]
