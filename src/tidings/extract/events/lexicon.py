"""The event lexicon: which verbs, nouns, phrasal verbs and idioms signal which PLOVER event.

The table lives in ``tidings/data/event_lexicon.csv`` (written for tidings, one entry a line) so
that it can be read, reviewed and extended without touching code. Each entry says which PLOVER
type and mode a trigger signals; *frames* are control verbs ("vow to", "refuse to",
"threaten to") whose meaning depends on the embedded action, resolved by :func:`frame_event`.
The CAMEO table maps a (type, mode, hint) to one CAMEO code whose PLOVER mapping is that type.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ...ontology import EVENT_TYPES
from ..common import data_rows, word_class


@dataclass(frozen=True)
class Entry:
    """One lexicon line: a trigger and the event it signals."""

    kind: str  # verb, noun, phrasal, idiom, frame
    lemma: str
    extra: str  # particle (phrasal), object noun (idiom), frame name (frame)
    event: str | None
    mode: str | None
    context: str | None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    phrasal: dict[tuple[str, str], Entry]
    idioms: dict[tuple[str, str], Entry]
    frames: dict[str, Entry]
    # verb -> its idioms whose object is a word class ("oppose,@utterances"), in the file's order
    classed: dict[str, tuple[tuple[str, Entry], ...]] = field(default_factory=dict)
    # the verbs that have an idiom at all (derived from ``idioms``): a cheap test before reading one
    idiom_verbs: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "idiom_verbs", frozenset(verb for verb, _ in self.idioms))

    def idiom(self, verb: str, noun: str) -> Entry | None:
        """The idiom a verb makes with an object noun: the noun's own row, else the first row
        naming a word class the noun belongs to ("opposed the remarks": ``oppose,@utterances``).
        An amount written short, which the parser keeps one token ("released $2bn"), is money."""
        noun = "money" if _SHORT_AMOUNT.fullmatch(noun) else noun
        e = self.idioms.get((verb, noun))
        if e is not None:
            return e
        return next((e for cls, e in self.classed.get(verb, ()) if noun in word_class(cls)), None)

    def unevented(self, verb: str, particle: str | None) -> bool:
        """Whether a particle makes the verb a phrasal verb the lexicon calls no event ("pushed back",
        "pressed on"): then neither the verb's own sense nor its frame holds."""
        return particle is not None and not getattr(self.phrasal.get((verb, particle)), "event", True)


# An amount written short: "2bn", "$5m", "€3.5tn" (one token to the parser, the lemma lower-cased).
_SHORT_AMOUNT = re.compile(r"[$€£]?\d[\d.,]*(?:bn|mn|m|k|tn)")

# Verbs that carry no meaning of their own when their object names an event ("held talks").
LIGHT_VERBS = word_class("events.coding.lexicon.light_verbs")

# Speech verbs: a statement is a quote, not an event; what it reports may hold one.
SPEECH_VERBS = word_class("events.coding.lexicon.speech_verbs")


USER_LEXICON_ENV = "TIDINGS_LEXICON"


def user_files() -> tuple[str, ...]:
    """The user's own lexicon files, from ``TIDINGS_LEXICON`` (paths joined by the OS path separator)."""
    return tuple(p for p in os.environ.get(USER_LEXICON_ENV, "").split(os.pathsep) if p)


def _rows(text: str, source: str) -> list[dict[str, str]]:
    rows = list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))
    for i, row in enumerate(rows, 2):
        missing = [k for k in ("kind", "lemma", "extra", "event", "mode", "context") if row.get(k) is None]
        if missing or row["kind"] not in KINDS:
            raise ValueError(f"{source}:{i}: a lexicon row needs kind ({'/'.join(sorted(KINDS))}), lemma, extra, "
                             f"event, mode and context")
    return rows


KINDS = frozenset({"verb", "noun", "phrasal", "idiom", "frame"})


@lru_cache(maxsize=8)
def load(*extra: str) -> Lexicon:
    """The lexicon: the user's files ``extra`` first (their rows win over the packaged ones, so a
    user adds or overrides a pattern; an empty ``event`` turns a trigger off), then the packaged table.
    Read once per process for each set of files."""
    texts = [(Path(p).read_text(encoding="utf-8"), str(p)) for p in extra]
    texts.append((resources.files("tidings").joinpath("data/event_lexicon.csv").read_text(encoding="utf-8"),
                  "event_lexicon.csv"))
    verbs: dict[str, Entry] = {}
    nouns: dict[str, Entry] = {}
    phrasal: dict[tuple[str, str], Entry] = {}
    idioms: dict[tuple[str, str], Entry] = {}
    frames: dict[str, Entry] = {}
    classed: dict[str, list[tuple[str, Entry]]] = {}
    for row in (r for text, source in texts for r in _rows(text, source)):
        e = Entry(row["kind"], row["lemma"].strip().lower(), row["extra"].strip().lower(), row["event"] or None,
                  row["mode"] or None, row["context"] or None)
        if e.event is not None and e.event not in EVENT_TYPES:
            raise ValueError(f"event lexicon: unknown event type {e.event!r} for {e.lemma!r}")
        if e.kind == "verb":
            verbs.setdefault(e.lemma, e)
        elif e.kind == "noun":
            nouns.setdefault(e.lemma, e)
        elif e.kind == "phrasal":
            phrasal.setdefault((e.lemma, e.extra), e)
        elif e.kind == "idiom":
            idioms.setdefault((e.lemma, e.extra), e)
            if e.extra.startswith("@") and idioms[(e.lemma, e.extra)] is e:
                classed.setdefault(e.lemma, []).append((e.extra[1:], e))
        elif e.kind == "frame":
            frames.setdefault(e.lemma, e)
    return Lexicon(verbs, nouns, phrasal, idioms, frames, {v: tuple(rows) for v, rows in classed.items()})


# --- modes of the outer event decided by the embedded action --------------------------------

THREAT_MODE = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "PROTEST": "restrict",
               "MOBILIZE": "violence", "RETREAT": "relations", "REJECT": "relations"}
REQUEST_MODE = {"AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "RETREAT": "yield",
                "CONCEDE": "change", "CONSULT": "meet", "AGREE": "meet"}
REJECT_MODE = {"AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist", "RETREAT": "yield",
               "CONCEDE": "change", "CONSULT": "meet", "AGREE": "meet", "REQUEST": "assist"}


_PROMISED_BLOWS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "PROTEST"})  # promised, a threat


def frame_event(frame: str, inner: str | None, negated_inner: bool = False) -> tuple[str | None, str | None]:
    """The (type, mode) of a frame verb given the type of the action it embeds.

    PLOVER codes promised future cooperation as AGREE, a promised blow as THREATEN and a promised
    concession with material effect (a withdrawal, a release, a lifted curfew) as CONCEDE; a refusal
    is REJECT whatever is refused, a failure only when an accord failed (word class
    ``failed_accord``); a demand is REQUEST. A promise not to act (``negated_inner``) is the act's
    opposite: not to strike is a concession, never to talk or to yield a refusal.
    """
    if frame == "commit" and negated_inner and inner is not None:
        return ("CONCEDE", None) if inner in _PROMISED_BLOWS else ("REJECT", REJECT_MODE.get(inner))
    if frame == "commit":
        if inner in _PROMISED_BLOWS:
            return "THREATEN", THREAT_MODE.get(inner)
        if inner in ("RETREAT", "CONCEDE"):
            return "CONCEDE", None
        return "AGREE", None
    if frame == "refuse":
        return "REJECT", REJECT_MODE.get(inner or "")
    if frame == "fail":  # failing is no act of will: a refusal only when an accord failed ("failed to agree")
        return ("REJECT", None) if (inner or "").lower() in word_class("failed_accord") else (None, None)
    if frame == "threaten":
        return "THREATEN", THREAT_MODE.get(inner or "")
    if frame == "demand":
        return "REQUEST", REQUEST_MODE.get(inner or "", "change" if inner else None)
    return None, None


# --- CAMEO ---------------------------------------------------------------------------------

def _cameo_tables() -> dict[str, dict[str | None, str]]:
    """``{type: {mode or hint (None: the base): CAMEO code}}`` from ``data/cameo.csv``."""
    text = resources.files("tidings").joinpath("data/cameo.csv").read_text(encoding="utf-8")
    tables: dict[str, dict[str | None, str]] = {}
    for row in csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#")):
        tables.setdefault(row["type"], {})[row["key"] or None] = row["code"]
    return tables


# (type, mode or hint) -> CAMEO code; every code's PLOVER mapping is the type it is listed under.
_TABLES = _cameo_tables()
# Appeals ("urged X to …", "called on X to …") are CAMEO 02, which PLOVER files under REQUEST
# beside the demands of CAMEO 10; CAMEO data counts them as statements (quad class 0).
APPEAL_CAMEO = _TABLES.pop("APPEAL")
CAMEO = _TABLES


def cameo_code(event: str, mode: str | None = None, *hints: str | None) -> str:
    """The most specific CAMEO code known for ``event`` with ``mode`` (else the first known hint, else
    the base). Hints are, in order of trust: the embedded action, the trigger's lemma, contexts."""
    table = CAMEO[event]
    for key in (mode, *hints):
        if key is not None and key in table:
            return table[key]
    return table[None]


__all__ = ["act_nouns", "decision_nouns", "POINTING_DETERMINERS", "APPEAL_CAMEO", "CAMEO", "Entry", "KINDS", "LIGHT_VERBS", "Lexicon", "SPEECH_VERBS", "USER_LEXICON_ENV",
           "cameo_code", "frame_event", "load", "user_files"]


# determiners that point a noun back at one told before ("the statement", "this decision", "those arrests")
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns that refer back to an act already reported without naming its kind ("condemned the
    move"; ``data/act_nouns.csv``)."""
    return frozenset(r["word"].strip().lower() for r in data_rows("act_nouns.csv"))


@lru_cache(maxsize=1)
def decision_nouns() -> frozenset[str]:
    """The act nouns that point back at a decided act only ("welcomed the decision";
    ``data/act_nouns.csv``, refers ``decision``)."""
    return frozenset(r["word"].strip().lower() for r in data_rows("act_nouns.csv") if r.get("refers") == "decision")
