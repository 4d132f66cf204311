"""The words of an actor string and the record resolving one gives.

Word classes the grammar of :mod:`.phrase` reads (determiners, "former", honorifics, relational
nouns, titles of heads of state), the tokenizer that splits possessives and "-backed"-style
suffixes off, and :class:`Resolution`, the one answer every resolver method returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..kb.model import Named

TERRITORIAL = {"country", "capital", "region", "igo", "seat", "coalition", "partially recognised"}
DROP = {"a", "an", "the", "this", "that", "these", "those", "some", "several", "many", "few", "dozens", "hundreds",
        "thousands", "of", "largest", "biggest", "main", "more", "than", "most", "other", "all", "both", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "prominent", "heavily", "ruling", "top", "senior",
        "local", "disgraced", "team", "its", "their", "his", "her", "new", "unnamed", "unidentified"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "its", "their", "his", "her", "all", "both"}
FORMER = {"former", "ex", "ex-", "erstwhile", "late"}  # "the late president X": a past office, as "former" says
# Words that make a demonym after them a part of the world's ("Latin American", "West African",
# "Sub-Saharan African"), which names no state unless the two words are a state's own demonym
# ("South Korean", "Central African": the knowledge base's demonyms).
REGION_QUALIFIERS = frozenset({"latin", "north", "south", "east", "west", "central", "northern", "southern", "eastern",
                               "western", "southeast", "southeastern", "northeast", "northeastern", "southwest",
                               "southwestern", "northwest", "northwestern", "sub-saharan", "pan", "pan-"})
# Nouns for a leader's government ("the Trump administration"): the state's government, not the person.
REGIME_NOUNS = frozenset({"administration", "government", "cabinet", "regime"})
# Codes of bodies whose officials act for no state: the UN's secretary-general, commissioners,
# spokespeople and officials keep the body's own sector (none, unless its function is plain: WHO
# MED, peacekeepers MIL), not the GOV of a state's office the title would give (docs/annotation.md
# 2.3; the knowledge base's organisations give the UN no sector).
STATELESS_OFFICES = frozenset({"UNO"})
# Sectors of groups that are bodies with offices of their own ("police chief", "rebel commander").
BODY_SECTORS = {"COP", "MIL", "SPY", "REB", "PRM", "IMG"}
# Titles of people who speak for a body: "a spokesman for X" has X's sector, as a leader of X has.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
PREPS = {"of", "to", "at", "in", "from", "across", "for", "with", "on", "inside", "near", "within"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"}
NOT_ACTORS = {"yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "tonight", "week", "month", "year", "morning", "evening", "night"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "alhaji",
              "sheikh", "president", "general", "gen", "colonel", "col", "admiral", "senator", "sen", "rep",
              "pope", "king", "queen", "prince", "princess", "chancellor", "minister", "premier", "judge", "justice",
              "secretary", "ambassador", "governor", "mayor", "commander", "marshal", "colonel-general",
              "lieutenant", "captain", "sergeant", "major", "deputy", "imam", "rabbi", "father", "bishop", "cardinal"}
# Nouns that name a person by their tie to something: they take that thing's sector.
RELATIONAL = {"officer", "official", "member", "spokesperson", "spokesman", "spokeswoman", "agent", "employee",
              "staff", "representative", "accountant", "worker", "leader", "chief", "head", "director", "chairman"}
CABINET_WORDS = {"minister", "ministers", "secretary", "secretaries"}
# Words that leave a name generic ("Defense Department", "Supreme Court", "National Assembly").
GENERIC_WORDS = {"defense", "defence", "justice", "interior", "foreign", "state", "national", "federal", "supreme",
                 "high", "constitutional", "central", "general", "public", "security", "health", "education",
                 "finance", "treasury", "home", "affairs", "war", "military", "armed"}
LEADER_WORDS = ("supreme leader", "chancellor", "president", "prime minister", "premier", "king", "queen", "emir",
                "sultan")
# Republics whose president is a ceremonial head of state: the head of government leads.
CEREMONIAL_PRESIDENCY = frozenset(
    "ALB ARM AUT BGD BGR CZE DEU DMA EST ETH FIN GEO GRC HRV HUN IND IRL IRQ ISL ISR ITA LVA LTU MLT MKD MNE MUS NPL "
    "PAK PRT SGP SMR SVK SVN TTO VUT XKX".split())
HEAD_OF_GOVERNMENT_WORDS = ("prime minister", "chancellor", "premier", "taoiseach", "president")
_TOKEN = re.compile(r"[\w][\w.&'\u2019]*(?:-[\w.&'\u2019]+)*|[-]")
_AFFIX = re.compile(r"^(.*?)-(based|led|backed|born|run|linked|allied|controlled|supported|aligned|owned)$", re.I)


@dataclass(frozen=True)
class Resolution:
    """One resolved actor string; ``named`` is the KB record it came from, if any."""

    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    wikidata: str | None = None
    score: float = 0.0
    reason: str = ""
    named: Named | None = None

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "country": self.country, "sector": self.sector,
                "role": self.role, "wikidata": self.wikidata, "score": round(self.score, 3), "reason": self.reason}


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    what: str  # person, entity, demonym, term
    value: object
    surface: str


# "Iran-backed militias", "the Saudi-led coalition": the country names a patron, not whose they are
RELATION_SUFFIXES = {"backed", "led", "allied", "sponsored", "funded", "supported", "aligned", "armed", "trained",
                     "affiliated", "controlled", "linked"}
RELATION_PREFIXES = ("pro-", "anti-")


def relation_words(low: list[str]) -> set[int]:
    """Indexes of words that name a relation to another actor, with the actor they name: "pro-X"
    and "anti-X" words (also "pro - X"), and "X -backed" (also "X - backed"). ``low``: lower-case
    words, a hyphen its own word or not."""
    out: set[int] = {i for i, w in enumerate(low) if w.startswith(RELATION_PREFIXES)}
    for i, w in enumerate(low):
        if w + "-" in RELATION_PREFIXES and i + 2 < len(low) and low[i + 1] == "-":
            out.update((i, i + 1, i + 2))
        if w.lstrip("-") in RELATION_SUFFIXES and i > 0 and (w.startswith("-") or low[i - 1] == "-"):
            k = i - 1 if w.startswith("-") else i - 2
            out.update(j for j in range(max(k, 0), i + 1))
    return out


def without_relations(words: list[str]) -> list[str]:
    """The words without those of a relation to another actor ("Pro-Russian", "US-backed"): the
    patron's country is not the phrase's."""
    related = relation_words([w.lower() for w in words])
    return [w for i, w in enumerate(words) if i not in related]


def tokenize(text: str) -> list[str]:
    """Words, with possessives and "-based"-style suffixes split off."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.translate(str.maketrans({"\u2019": "'", "\u2018": "'"}))):
        if tok.endswith("'s") and len(tok) > 2:
            out += [tok[:-2], "'s"]
        elif tok.endswith("s'") and len(tok) > 2:
            out += [tok[:-1], "'s"]
        elif (m := _AFFIX.match(tok)):
            out += [m.group(1), "-" + m.group(2).lower()]
        else:
            out.append(tok)
    return out
