"""Whether a phrase can name an actor at all, by its grammar and the kind of thing it names.

Every stage that turns a noun phrase into an actor (the actors finder, the events stage for the
participants it meets) asks :func:`never_an_actor` about the phrase's head token first. The
answer is a reason, or ``None`` when the phrase may name someone. The failure classes, each a
pure test over the parse (word lists in ``data/word_classes.csv`` and ``data/non_actor_names.csv``):

- **a piece of a word**: punctuation, or a part of a hyphenated word ("non" and "Muslim" of
  "non-Muslim", "anti" of "anti-Brexit");
- **a relation**: the name after "pro-", "anti-" or "non-" says whom a group is for or against,
  not who it is ("pro-Beijing lawmakers" are not Beijing; word class
  ``actors.kinds.relation_prefixes``);
- **a predicate**: a common noun that says what its subject is ("called Biden a decent man",
  "she was a brilliant person") describes an actor already named, it is not a second one;
- **a place**: a geographic name (the tagger's LOC: "Earth", "the Americas") or a place noun
  ("the region", "the country") governed by a preposition of place ("returned to Earth",
  "troops out of the region");
- **an office**: a bare singular title after a preposition ("the duties of president");
- **a thing's modifier**: an unknown name that says what kind of thing a noun is ("the Kepler
  space telescope", "the Zorvath pipeline", "Android devices");
- **a thing**: a common noun of a vehicle, a vessel or a storm ("six new aircraft"), or a name the
  knowledge base lists as never an actor (a disease, a religion, a process such as "Brexit");
- **countries in general**: a plural of state nouns no name gathers ("the two countries",
  "European countries"; but "G7 nations").

Unresolved is better than wrong: a phrase this module turns away is left for no one to claim.

Last, once events and quotes have their actors, :func:`worth_keeping` drops the linked actors that
no event and no quote uses and that have neither a country nor a sector: on real news they are
mostly no actors at all (products and works, stock indices, units, words of a foreign-language
quote, places of a bibliography, people only listed); so are the unused names mentioned once whose
one code is the country the article's dominant state lent them (no word of the text gives it: cast
lists, bystanders of the story), and the unused one-word names of that kind however often they are
named (products, vehicles, works, places: "the Mac", "Columbia", "Iodine"; a person who matters is
named in full). Another typed actor stays, used or not, and so does every actor an
event or a quote uses.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from ...kb import load_kb
from ...kb.model import Person, fold
from ...schema import Actor, Event, Quote
from ..common import data_rows, first_conjunct, word_class
from .context import PLACE_NOUNS, THING_NOUNS
from .national import country_by_article_only

# "pro-Beijing", "anti-government", "non-Muslim": the word after the prefix is whom one is for or against.
RELATION_PREFIXES = word_class("actors.kinds.relation_prefixes")
# Names that never denote an actor (diseases, religions, processes), folded.
NON_ACTOR_NAMES = frozenset(fold(r["name"]) for r in data_rows("non_actor_names.csv"))
# Heads of documents and plans: "the Paris Agreement", "the Constitution", "the Law of the Sea".
LAW_HEADS = word_class("actors.kinds.document_heads")
DOCUMENT_HEADS = word_class("actors.finder.abstract_heads") | LAW_HEADS
# Words that begin or end a place's name ("Masjid Al-Aqsa", "Tell Tamer", "X Airport").
TOPONYM_WORDS = word_class("actors.toponym_words")
# Last words of natural features' names ("the Velora Trench"): places wherever they stand.
FEATURE_HEADS = word_class("actors.kinds.feature_heads")
# Prepositions whose object is a place, not a participant ("to Earth", "from the region").
PLACE_PREPOSITIONS = word_class("actors.place_object_prepositions")
PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Nouns naming a class of things whose members bear personal names ("Hurricane Ida", "Operation Sindoor").
THING_CLASS_WORDS = word_class("actors.thing_class_words")
# Words that, followed by a number in a name, make it a thing ("Velmar Air Flight 574", "Route 66").
NUMBERED_THING_WORDS = word_class("actors.kinds.numbered_thing_words")
# Last words of names of built structures and instruments ("the Arden Bridge", "Velmar Stadium"), of
# events, days and awards ("the Velmar Grand Prix", "Bastille Day") and of documents ("the Velmar Accord").
STRUCTURE_HEADS = word_class("actors.kinds.structure_heads")
OCCASION_HEADS = word_class("actors.kinds.occasion_heads")
THING_LAST_WORDS = STRUCTURE_HEADS | OCCASION_HEADS | LAW_HEADS
# Given names: "John Tower", "Jane Bridge" are people whose surname is a structure's word.
GIVEN_NAMES = frozenset(r["name"] for r in data_rows("given_names.csv"))
INDEFINITE = frozenset({"a", "an"})
# Nouns of people or of their bodies that a name may modify and stay an actor ("Acme workers").
PEOPLE_NOUNS = word_class("events.coding.args.group_nouns") | word_class("actors.finder.government_heads")
# Nouns of a state's government ("government", "administration"): see government_in_general.
GOVERNMENT_WORDS = word_class("actors.finder.government_heads")
# Nouns of a state in general: their plural with no name that gathers them is no actor ("two countries").
STATE_NOUNS = word_class("actors.kinds.state_nouns")
VERDICT_VERBS = word_class("events.coding.detect.verdict_verbs")  # "branded X a terrorist group"
# Nouns of acts ("a peace offer", "the Gondor attack"): a name before one takes part in the act.
ACT_NOUNS = frozenset(r["lemma"] for r in data_rows("event_lexicon.csv") if r["kind"] == "noun")


def hyphen_chain(tok: Any) -> list[Any]:
    """The tokens of the hyphenated word ``tok`` is part of ("non", "-", "Muslim"), or ``[tok]``."""
    doc = tok.doc
    lo = hi = tok.i

    def glued(a: int) -> bool:  # token a and a + 1 touch, one of them a hyphen
        return not doc[a].whitespace_ and (doc[a].text == "-" or doc[a + 1].text == "-")

    while lo > 0 and glued(lo - 1):
        lo -= 1
    while hi + 1 < len(doc) and glued(hi):
        hi += 1
    return list(doc[lo:hi + 1])


def word_piece(tok: Any) -> str | None:
    """Why ``tok`` is only a piece of a word, or ``None``: punctuation, a part of a hyphenated
    word headed by a relation prefix ("non-Muslim", "anti-Brexit"), or of a model designation
    ("A330-300E", "F-16": a hyphenated word with digits)."""
    if not any(ch.isalpha() for ch in tok.text):
        return f"{tok.text!r} has no letters"
    chain = hyphen_chain(tok)
    if len(chain) < 3:
        return None
    word = "".join(t.text_with_ws for t in chain).strip()
    if any(ch.isdigit() for ch in word) and fold(word) not in NON_ACTOR_NAMES:
        return f"{word!r} is a model designation"
    if fold(chain[0].text) not in RELATION_PREFIXES:
        return None
    if tok.i == chain[0].i:
        return f"{tok.text!r} is the prefix of {word!r}"
    return f"{word!r} names a relation (for, against, outside of {chain[-1].text!r}), not an actor"


def predicate(tok: Any) -> str | None:
    """Why a common noun only says what its subject is ("called Biden a decent man"), also one
    coordinated with or set beside a predicate ("called Trump a clown, a racist, and the worst
    president"), or ``None``."""
    if tok.pos_ != "NOUN":
        return None
    first = tok
    while first.dep_ in ("conj", "appos") and first.head.i != first.i and first.head.pos_ == "NOUN":
        first = first.head
    if first.dep_ in PREDICATE_DEPS:
        return f"{tok.text!r} is a predicate of {first.head.text!r}: it describes an actor named elsewhere"
    if first.dep_ == "dobj" and first.head.lemma_.lower() in VERDICT_VERBS \
            and any(c.dep_ == "dative" and c.i < first.i for c in first.head.children):
        # "designated the group a terrorist organization", parsed as two objects: the second says what the first is
        return f"{tok.text!r} is what {first.head.text!r} says its first object is"
    return None


def _governing_preposition(tok: Any) -> Any:
    """The preposition whose object ``tok`` is, through coordination ("of X and the Americas")."""
    tok = first_conjunct(tok)
    return tok.head if tok.dep_ == "pobj" else None


def _same_entity(a: Any, b: Any) -> bool:
    """Whether two tokens lie in one named entity of the parse."""
    return any(e.start <= a.i < e.end and e.start <= b.i < e.end for e in a.doc.ents)


def place(tok: Any) -> str | None:
    """Why the phrase headed by ``tok`` is a place by its use, or ``None``: a geographic name or a
    place noun after a preposition of place ("to Earth", "from the country"), a word of a longer
    geographic name ("Eastern" of "the Eastern Mediterranean") or of a venue's or body's name the
    tagger found whole ("Old" of "at Old Trafford": the name's head stands for it), or a name a
    place word begins ("Masjid Al-Aqsa", "Tell Tamer")."""
    if tok.ent_type_ in {"LOC", "GPE"} and tok.dep_ == "compound" and tok.head.ent_type_ == tok.ent_type_ \
            and _same_entity(tok, tok.head):  # "New" of "New York" in a long list of states
        return f"{tok.text!r} is a word of the place name ending in {tok.head.text!r}"
    if tok.ent_type_ in {"FAC", "ORG"} and tok.dep_ == "compound" and tok.head.pos_ == "PROPN" \
            and tok.head.i > tok.i and tok.text.istitle() and not load_kb().lookup(tok.text) \
            and _same_entity(tok, tok.head):  # "Old" of "at Old Trafford": the name's head decides
        return f"{tok.text!r} is a word of the name ending in {tok.head.text!r}, not its head"
    name = tok
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head is not name:
        name = name.head  # "Al" of "Masjid Al-Aqsa": the whole name decides
    first = name.left_edge if name.left_edge.pos_ == "PROPN" else None
    if tok.pos_ == "PROPN" and first is not None and first is not tok and fold(first.text) in TOPONYM_WORDS:
        return f"{tok.text!r} is in a place name beginning with {first.text!r}"
    if tok.pos_ == "PROPN" and tok.lemma_.lower() in FEATURE_HEADS and tok.text.istitle() and tok.dep_ != "compound" \
            and any(t.pos_ == "PROPN" for t in tok.lefts):
        return f"{tok.text!r} ends the name of a natural feature: a place"
    is_place = tok.ent_type_ == "LOC" or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_NOUNS | {"country"})
    if not is_place:
        return None
    prep = _governing_preposition(tok)
    if prep is not None and prep.lower_ in PLACE_PREPOSITIONS:
        return f"{tok.text!r} is a place: the object of {prep.text!r}"
    return None


def office(tok: Any) -> str | None:
    """Why a title names an office, not its holder, or ``None``: a bare singular title after a
    preposition ("the duties of president", "a candidate for governor")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "pobj" or any(
            c.dep_ in {"det", "poss", "nummod", "amod", "compound", "case"} for c in tok.children):
        return None
    term = load_kb().sector_term(tok.lemma_.lower())
    if term is not None and term.kind in {"title", "leader"}:
        return f"{tok.text!r} after {tok.head.text!r} names an office, not its holder"
    return None


def thing(tok: Any) -> str | None:
    """Why ``tok`` names a thing, or ``None``: a vehicle or vessel noun, a document or plan
    ("the Constitution", "the Law of the Sea") or a word of a law's name ("the Patriot Act"), or a
    name of word list ``non_actor_names``."""
    common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())  # "the minibus" tagged PROPN
    if common and (tok.lower_ in THING_NOUNS or tok.lemma_.lower() in THING_NOUNS):
        return f"{tok.text!r} names a thing"
    if fold(tok.text) in NON_ACTOR_NAMES and len(name_words(tok)) == 1:
        return f"{tok.text!r} is never an actor (non_actor_names), whatever its tag"  # "COVID-19" tagged PERSON
    why = named_thing(tok)  # "Storm Ilsa", "the yacht Blue Heron", "a Cessna 172" tagged PERSON or ORG
    if why:
        return why
    if tok.ent_type_ == "PERSON":
        return None  # "Jude Law", "Bill Clinton"
    if tok.lemma_.lower() in DOCUMENT_HEADS:
        return f"{tok.text!r} names a document or a plan"
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in LAW_HEADS and tok.text.istitle() \
            and tok.head.text.istitle():  # "Gondor peace offer" is Gondor's: only a law's own name
        return f"{tok.text!r} is a word of the name of a document ({tok.head.text!r})"
    if fold(tok.text) in NON_ACTOR_NAMES:
        return f"{tok.text!r} is never an actor (non_actor_names)"
    words = name_words(tok)
    if len(words) > 1:
        name = " ".join(t.text for t in words)
        if fold(name) in NON_ACTOR_NAMES:
            return f"{name!r} is never an actor (non_actor_names)"
        if fold(words[0].text) in THING_CLASS_WORDS and words[0].text[:1].isupper():
            return f"{name!r} is a {words[0].text.lower()}, a thing with a name"
        return numbered_thing(tok)
    return None


def numbered_thing(tok: Any) -> str | None:
    """Why the proper name ``tok`` heads is a numbered thing ("Velmar Air Flight 574", "Route 66"):
    a word of ``actors.kinds.numbered_thing_words`` followed, at the name's end, by a number."""
    words = name_words(tok)
    if len(words) > 1 and words[-1].like_num and any(fold(w.text) in NUMBERED_THING_WORDS for w in words[:-1]):
        return f"{' '.join(t.text for t in words)!r} is a numbered thing (a flight, a road), not an actor"
    return None


def named_thing(tok: Any) -> str | None:
    """Why the proper name ``tok`` heads names a thing whatever its tag, or ``None``: a storm, an
    operation or a ship by its class word (:func:`class_word_thing`), a vessel, craft or work named
    beside the noun of its kind (:func:`beside_its_kind`) or so named elsewhere in the article
    (:func:`named_as_thing_elsewhere`), a model of a maker (:func:`model_designation`), or
    a structure, an event, an award or a document by its last word (:func:`last_word_thing`); a
    word of such a name is a piece of a thing's name."""
    if tok.pos_ != "PROPN":
        return None
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head is not head:
        head = head.head
    why = class_word_thing(head) or beside_its_kind(head) or model_designation(head) or last_word_thing(head) \
        or named_as_thing_elsewhere(head)
    if why and head.i != tok.i:  # "Good" of "the Good Friday Agreement", "Velmar" of "the Velmar Accord"
        return f"{tok.text!r} is a word of a thing's name: {why}"
    return why


def class_word_thing(head: Any) -> str | None:
    """Why the proper name ``head`` heads is a thing by the class word it begins with ("Storm
    Ilsa", "Cyclone Mira", "HMS Kestrel"; word class ``actors.thing_class_words``), whatever its tag."""
    first = next((c for c in head.lefts if c.dep_ == "compound"), None)  # "Storm" of "Storm Ilsa"
    if first is not None and first.text[:1].isupper() and fold(first.text) in THING_CLASS_WORDS:
        return f"{first.text} {head.text!r} is a {first.lower_}, a thing with a name"
    return None


THINGS_KEY = "tidings.actors.thing_names"


def things_named_in(doc: Any) -> frozenset[str]:
    """The names (folded) the article gives things by the noun of their kind or a class word
    ("the tanker Velmar Star", "HMS Kestrel": "velmar star", "hms kestrel", "kestrel"), kept
    with the parse."""
    kept = doc.user_data.get(THINGS_KEY)
    if kept is None:
        names = set()
        for tok in doc:
            if tok.pos_ != "PROPN" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
                continue
            words = name_words(tok)
            if beside_its_kind(tok):
                names.add(fold(" ".join(w.text for w in words)))
            elif class_word_thing(tok) and len(words) > 1:
                names.update({fold(" ".join(w.text for w in words)), fold(" ".join(w.text for w in words[1:]))})
        kept = doc.user_data[THINGS_KEY] = frozenset(names)
    return kept


def named_as_thing_elsewhere(head: Any) -> str | None:
    """Why the proper name ``head`` heads is a thing the article named by its kind elsewhere ("The
    Velmar Star sank" after "the tanker Velmar Star"), or ``None``."""
    name = fold(" ".join(w.text for w in name_words(head)))
    if name in things_named_in(head.doc):
        return f"{name!r} is a thing the article names by its kind elsewhere"
    return None


def beside_its_kind(tok: Any) -> str | None:
    """Why the proper name ``tok`` heads is the name of a vessel, craft, storm, animal or work written
    beside the common noun of its kind ("the yacht Blue Heron", "the tanker Marisol Star", "the
    ferry Star of Arden", "the film Velmar Nights"), or ``None``. A kind noun the knowledge base gives a
    sector ("the destroyer", military) still says what the name is; a name whose own words the
    knowledge base gives a sector is a body ("the carrier Blue Wing Airlines")."""
    if tok.pos_ != "PROPN":
        return None
    name = tok
    while name.dep_ == "conj" and name.head.dep_ == "appos" and name.head is not name:
        name = name.head  # "the trawlers Nordlys and Greta Marie"
    kind = name.head if name.dep_ == "appos" else next(
        (c for c in reversed(list(name.lefts)) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    before = tok.doc[name_words(name)[0].i - 1] if name_words(name)[0].i > 0 else None
    if kind is None and before is not None and before.head.i == name.head.i and before.dep_ == name.dep_ != "ROOT":
        kind = before  # "the documentary Silent Coast accused": parsed as two subjects of one verb
    if kind is None or kind.pos_ != "NOUN" or not kind.text.islower() \
            or not ({kind.lower_, kind.lemma_.lower()} & (THING_NOUNS | THING_CLASS_WORDS)):
        return None
    if any(load_kb().sector_term(w.lower_) is not None for w in name_words(name)):
        return None  # "the carrier Blue Wing Airlines": a name whose own words make it a body
    return f"{tok.text!r} is the name of the {kind.text} beside it: a thing"


def model_designation(tok: Any) -> str | None:
    """Why the proper name ``tok`` heads names one aircraft or machine of a maker's model, or
    ``None``: brought in by "a"/"an", it ends in a model number ("a Cessna 172", "an Embraer 190",
    "a Piper PA-28"). The maker by its own name ("Embraer said") is an actor; so are bodies whose
    name ends in a number ("Channel 4", "the G7"): no indefinite article brings them in."""
    words = name_words(tok)
    if len(words) < 2 or words[0].i == 0 or tok.doc[words[0].i - 1].lower_ not in INDEFINITE:
        return None
    if not any(w.like_num or (any(ch.isdigit() for ch in w.text) and any(ch.isalpha() for ch in w.text))
               for w in words[1:]):
        return None
    return f"{' '.join(w.text for w in words)!r} after {tok.doc[words[0].i - 1].text!r} is a model of a maker: a thing"


def last_word_thing(tok: Any) -> str | None:
    """Why the proper name ``tok`` ends is a thing by its last word, or ``None``: a built structure or
    an instrument ("the Arden Bridge", "Velmar Stadium", "the Mendel Space Telescope"; word class
    ``actors.kinds.structure_heads``), an event, a day or an award ("the Velmar Grand Prix", "Bastille
    Day", "the Second World War", "the Velmar Prize"; ``actors.kinds.occasion_heads``) or a document
    ("the Velmar Accord"; ``actors.kinds.document_heads``). Not where the name goes on ("the Kellan
    Dam Authority", "the World Cup organising committee" keeps its own head) or where it is a
    person's, a given name and a surname ("John Tower", "Doris Day")."""
    if tok.pos_ != "PROPN" or not tok.text.istitle() or tok.lower_ not in THING_LAST_WORDS \
            or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
        return None
    words = name_words(tok)
    owner = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if len(words) < 2 and owner:
        words = [owner[0], tok]  # "International Women's Day"
    if len(words) < 2 or (len(words) == 2 and fold(words[0].text) in GIVEN_NAMES):
        return None
    return f"{' '.join(w.text for w in words)!r} is a thing by its last word {tok.text!r}"


def name_words(tok: Any) -> list[Any]:
    """The words of the proper name ``tok`` heads: its compound names before it and the numbers
    after it ("All Ordinaries", "S&P 500", "Hurricane Lorenzo"); ``[tok]`` for another word."""
    if tok.pos_ != "PROPN":
        return [tok]
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1:
        tok = tok.head  # "All" of "All Ordinaries": the name's head gathers it
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo > 0 and doc[lo - 1].dep_ == "compound" and doc[lo - 1].pos_ == "PROPN" and lo <= doc[lo - 1].head.i <= hi:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].dep_ in {"nummod", "compound"} and doc[hi + 1].pos_ in {"NUM", "PROPN"} \
            and lo <= doc[hi + 1].head.i <= hi:
        hi += 1
    return list(doc[lo:hi + 1])


def modifies_thing(tok: Any) -> str | None:
    """Why a name only says what kind of thing a noun is, or ``None``: an unknown name (not in the
    knowledge base) that modifies a common noun of no sector and no people ("the Kepler space
    telescope", "the Zorvath pipeline", "Android devices"). Before a noun of people or an office
    ("Acme spokesman", "Velorin workers"), of an act ("the Gondor peace offer") or as a possessive
    ("Kowal's lawyer"), a name may act."""
    kb = load_kb()
    if tok.pos_ != "PROPN" and not (tok.dep_ == "amod" and tok.ent_type_ in {"ORG", "PERSON", "FAC"}
                                    and tok.text[:1].isupper()):  # "the Khurais oil field" tagged ADJ
        return None
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head is not tok:
        tok = tok.head  # "James" of "James Webb": the whole name decides
    if tok.dep_ not in {"compound", "nmod", "amod"} or tok.head.pos_ != "NOUN":
        return None
    head = tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head is not head:
        head = head.head  # "space" of "space telescope": the noun the phrase is about
    if any(n.lemma_.lower() in PEOPLE_NOUNS | ACT_NOUNS or kb.sector_term(n.lemma_.lower()) is not None
           for n in (tok.head, head)):
        return None
    name = " ".join(t.text for t in tok.subtree if (t.pos_ == "PROPN" or t is tok) and t.i <= tok.i)
    if kb.lookup(name):
        return None
    return f"{name!r} says what kind of {head.text!r} it is: a thing, not an actor"


def government_in_general(tok: Any) -> str | None:
    """Why a singular government noun names no existing government, or ``None``: government as an
    idea, with a lower-case adjective and no determiner ("advocates limited government"), or one
    that may come, brought in by "a"/"an" and named after a person or party ("a Velmar
    administration", "a Labour government"). "A new government", "the Velmar administration" and
    "Iraqi government forces" are governments."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in GOVERNMENT_WORDS:
        return None
    kids = list(tok.children)
    det = [c for c in kids if c.dep_ == "det"]
    if not det and not any(c.dep_ in {"poss", "compound", "nmod"} for c in kids) and any(
            c.dep_ == "amod" and c.text.islower() and not load_kb().demonym(c.text) for c in kids):
        return f"{tok.text!r} with no determiner names government as an idea, not a government"
    if det and det[0].lower_ in {"a", "an"} and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids):
        return f"'{det[0].text} ... {tok.text}' named after someone is a government that may come, not one in office"
    return None


def states_in_general(tok: Any) -> str | None:
    """Why a plural of state nouns names countries in general, or ``None``: "the two countries",
    "European countries", "some 195 nations" are no one actor (guide 2.5: a "country" in general);
    a name in its phrase says whose members they are ("G7 nations", "countries of the Eurogroup")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in STATE_NOUNS:
        return None
    if any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE"} for t in tok.subtree if t is not tok):
        return None
    return f"{tok.text!r} are countries in general, not one actor"


def definite_single_name(tok: Any) -> str | None:
    """Why a one-word name the tagger calls a person is no person, or ``None``: "the" right before
    it ("landed on the Moon", "reach the Moon"): a person's name takes no article, a thing's or a
    place's does. Titles ("the Pope"), plurals ("the Kennedys") and longer names are left."""
    if tok.ent_type_ != "PERSON" or tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.i == 0 \
            or tok.doc[tok.i - 1].lower_ != "the" or len(name_words(tok)) != 1 \
            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_type_ == "PERSON" and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return None
    kb = load_kb()
    term = kb.sector_term(tok.lower_)
    if term is not None:
        return None  # "the Pope", "the Chancellor": an office
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and any(isinstance(k, Person) for k in kb.lookup(tok.text)):
        return None  # "the Biden campaign": the article is the noun's, the name a known person's
    return f"'the {tok.text}': a person's name takes no article"


def never_an_actor(tok: Any) -> str | None:
    """Why the phrase headed by ``tok`` can never name an actor, or ``None`` when it may."""
    return word_piece(tok) or predicate(tok) or place(tok) or thing(tok) or office(tok) or modifies_thing(tok) \
        or states_in_general(tok) or government_in_general(tok) or definite_single_name(tok)


def used_ids(quotes: Iterable[Quote], events: Iterable[Event]) -> set[str]:
    """The ids of the actors the article's events (as actor or recipient) and quotes (as speaker) use."""
    used = {q.speaker for q in quotes if q.speaker}
    for e in events:
        used.update(e.actor)
        used.update(e.recipient)
    return used


def idle_metonym(actor: Actor) -> bool:
    """Whether an actor is a place named only as a metonym (a capital, a seat of power): unless an
    event or a quote uses it, it stands for no government but is where something happened."""
    return actor.kind == "other" and bool(actor.mentions) and all(m.kind == "metonym" for m in actor.mentions)


def worth_keeping(actors: Sequence[Actor], quotes: Iterable[Quote], events: Iterable[Event]) -> list[Actor]:
    """The actors without those no event or quote uses that have no country and no sector, that
    are named once or by one word and have no code but the country the article's dominant state
    lent them, or
    that are places named only as metonyms (:func:`idle_metonym`)."""
    used = used_ids(quotes, events)
    return [a for a in actors if a.id in used or (
        (a.country is not None or a.sector is not None) and not (country_by_article_only(a) and (
            len(a.mentions) == 1 or len(a.name.split()) == 1))
        and not idle_metonym(a))]


__all__ = ["definite_single_name", "beside_its_kind", "model_designation", "named_thing", "last_word_thing", "class_word_thing", "named_as_thing_elsewhere", "things_named_in", "FEATURE_HEADS", "NON_ACTOR_NAMES", "government_in_general", "RELATION_PREFIXES", "THING_CLASS_WORDS", "hyphen_chain", "idle_metonym", "modifies_thing", "never_an_actor", "numbered_thing", "office",
           "name_words", "place", "predicate", "states_in_general", "thing", "used_ids", "word_piece", "worth_keeping"]
