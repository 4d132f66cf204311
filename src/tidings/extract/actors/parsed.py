"""Tests of proposals that read the article: an acronym or another name the text gives in brackets
after a body's name, a description the parse sets beside a person's name or right before a body's, and words
before a person's name that the tagger left out of it.

Read by the linker (:mod:`.link`); pure functions of the proposals and the text or the parsed
document, which give nothing (or the proposals unchanged) without them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from ...ontology import sectors_agree
from ...schema import Actor
from ..common import doc_text, token_at, tokens_at
from .alike import NAMING, body_words, unnamed
from .variants import ACRONYM_SKIPS, BODY_KINDS, acronym_of

_BRACKETED = re.compile(r"\s*\(([^()]{2,12})\)")
# Between a body's name and another name of it in brackets: its abbreviation's full stop, or up to two
# common nouns saying what it is ("the RMT union (...)").
_BEFORE_BRACKET = re.compile(r"\.?(?:\s+[a-z]+){0,2}\s*\(")
# The same bracket opened inside a name the tagger took it into ("... and Seismology (Phivolcs").
_OPENED = re.compile(r"\s+\(([^()]{2,12})$")
# Tags of a singular common noun: the head of a description of one body.
_SINGULAR_NOUNS = frozenset({"NN"})


def _acronym_like(word: str) -> bool:
    """Whether ``word`` looks like an acronym: 2-8 letters, capitalised, at least two of them
    capitals ("PKK", "MoD", "U.N.")."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters[0].isupper() \
        and sum(ch.isupper() for ch in letters) >= 2


def _letters_of_name(word: str, name: str) -> bool:
    """Whether one capitalised word is made of the name's letters in order, from its first, and
    of more than its first word ("Phivolcs" of "Philippine Institute of Volcanology and
    Seismology"): a short form, not a place or a year in brackets ("(Turkey)", "(2019)")."""
    words = [w for w in name.lower().split() if w != "the"]
    if not (3 <= len(word) <= 12 and word.isalpha() and word[0].isupper()) or not words \
            or words[0][0] != word[0].lower():
        return False
    letters = [(ch, k) for k, w in enumerate(words) for ch in w]
    at, used = 0, set()
    for ch in word.lower():  # the leftmost letters in order, which must come from two words or more
        while at < len(letters) and letters[at][0] != ch:
            at += 1
        if at == len(letters):
            return False
        used.add(letters[at][1])
        at += 1
    return len(used) > 1


def _owner_acronym(acronym: str, name: str) -> bool:
    """Whether ``acronym`` stands for the part of ``name`` after its last "of" (the owner): "NSW"
    after "the Parliament of New South Wales" is the state's, not the parliament's."""
    words = name.split()
    tail = [w for w in words[len(words) - 1 - words[::-1].index("of") + 1:]] if "of" in words else []
    return len(tail) >= 1 and (acronym_of(acronym, " ".join(tail)) or
                               acronym.replace(".", "").lower() == "".join(w[0] for w in tail).lower())


def bracketed_acronyms(actors: Sequence[Actor], text: str) -> dict[str, int]:
    """Acronyms the text gives in brackets right after a named mention of a body, each with the
    index of that body: "the Kurdistan Workers' Party (PKK)" -> {"PKK": i}, also where the tagger
    took the opening bracket into the name ("Seismology (Phivolcs" and ")"), and after a state's
    name its own initials ("the Republic of the Marshall Islands (RMI)"; not "Libya (GNA)"). An
    acronym given for two bodies belongs to neither."""
    out: dict[str, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in BODY_KINDS | {"country"} or unnamed(a):
            continue
        for m in a.mentions:
            found = _BRACKETED.match(text, m.span.end) if m.kind in NAMING else None
            name = m.span.text
            if m.kind in NAMING and found is None and text[m.span.end:m.span.end + 1] == ")":
                found = _OPENED.search(m.span.text)
                name = m.span.text[:found.start()] if found else name
            acronym = found.group(1).strip() if found else ""
            if a.kind == "country" and acronym and not acronym_of(acronym, name.removeprefix("the ").removeprefix("The ")):
                continue  # after a state's name only its own initials ("the Republic of the Marshall Islands (RMI)")
            if acronym and (_acronym_like(acronym) or _letters_of_name(acronym, name)) \
                    and not _owner_acronym(acronym, name):
                out[acronym] = i if out.get(acronym, i) == i else -1
    return {k: i for k, i in out.items() if i >= 0}


def _initials_of_run(short: str, words: list[str]) -> bool:
    """Whether acronym ``short`` ("RMT") is the initials of a run of ``words`` without the small
    words ("rail", "maritime", "and", "transport"): the bracketed full name of a union named by the
    acronym of its own part."""
    letters = short.replace(".", "").lower()
    own = [w for w in words if w not in ACRONYM_SKIPS]
    return _acronym_like(short) and any("".join(w[0] for w in own[i:i + len(letters)]) == letters
                                        for i in range(len(own) - len(letters) + 1))


def _two_names(x: str, y: str) -> bool:
    """Whether two names of bodies set side by side may be one body's: the same first word ("HDT
    Védelmi Ipari Kft", "HDT Limited"), or one the acronym of the other or of a run of its words."""
    mine, theirs = body_words(x), body_words(y)
    if not mine or not theirs:
        return False
    if mine[0] == theirs[0]:
        return True
    short = [n for n in (x, y) if len(n.removeprefix("the ").split()) == 1]
    return any(acronym_of(n.removeprefix("the "), other) or _initials_of_run(n.removeprefix("the "), body_words(other))
               for n in short for other in (x, y) if other is not n)


def bracketed_names(actors: Sequence[Actor], text: str) -> dict[int, int]:
    """Bodies the text names twice side by side, the second name in brackets right after the first
    (after its abbreviation's full stop or a common noun saying what it is): "HDT Védelmi Ipari Kft.
    (HDT Limited)", "the RMT union (National Union of Rail, Maritime and Transport Workers)". For
    the bracketed one, the index of the other, when the names may be one body's (the same first
    word, or an acronym of the other's words); "Velt Air (Ostra Holdings)" stays two."""
    spans = [(m.span.start, m.span.end, m.span.text, k) for k, a in enumerate(actors)
             if a.kind in BODY_KINDS and not unnamed(a) for m in a.mentions if m.kind in NAMING]
    inside = {(start, k): name for start, end, name, k in spans if text[end:end + 1] == ")"}
    out: dict[int, int] = {}
    for _, end, name, k in spans:
        found = _BEFORE_BRACKET.match(text, end)
        if found is None:
            continue
        for j in {j for (start, j) in inside if start == found.end() and j != k}:
            if _two_names(name, inside[(found.end(), j)]):
                out[j] = k
    return out


def apposed(actors: Sequence[Actor], doc: Any) -> dict[int, int]:
    """Unnamed descriptions of one person or body set beside its name by the parse ("the senior
    US diplomat in Cuba, James Cason"; "The government candidate, Mr. Yanukovich"; "The militant
    organisation, the Islamic State, claimed ..."; "the Syrian Democratic Forces (SDF), a US-backed
    alliance": :func:`_after_bracket`; "Iran's top security official, Ali Shamkhani, and X":
    :func:`_listed_apposition`): for each, the index of the person or body. Not
    a plural ("only two presidents have been impeached: Andrew Johnson and …"), nor a description
    the knowledge base resolved to someone (a title's holder on the day may be another person than
    the one named beside it); a body's name not in a list ("the company, X and Y") and not of
    another sector or country than the description says."""
    if doc is None:
        return {}
    named = [(k, m.span.start, m.span.end) for k, a in enumerate(actors)
             if a.kind == "person" or a.kind in BODY_KINDS and not unnamed(a)
             for m in a.mentions if m.kind in NAMING]

    def named_at(tok: Any) -> tuple[int, int, int] | None:
        found = {(k, start, end) for k, start, end in named if start <= tok.idx < end}
        return found.pop() if len({k for k, _, _ in found}) == 1 else None

    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in {"person", "group", "organization"} or a.wikidata or not unnamed(a):
            continue
        found: set[int] = set()
        for m in a.mentions:
            head = token_at(doc, m.span) if m.kind in {"nominal", "title", "appositive"} else None
            if head is None or head.tag_ in {"NNS", "NNPS"}:
                continue
            beside = [t for t in head.children if t.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else []) \
                + _after_bracket(head) + _listed_apposition(head)
            for tok in beside:
                at = named_at(tok)
                if at is None or at[0] == i:
                    continue
                k = at[0]
                if actors[k].kind == "person":
                    if a.kind != "organization" and not (a.country and actors[k].country and a.country != actors[k].country):
                        found.add(k)
                elif a.kind != "person" and _one_body(a, actors[k], head, tok, at[1:]):
                    found.add(k)
        if len(found) == 1:
            out[i] = found.pop()
    return out


def _listed_apposition(head: Any) -> list[Any]:
    """``Iran's top security official, Ali Shamkhani, and Saudi adviser X``: a name set off by commas
    right after a description and before "and", which the parser reads as the first of a list: the
    description's apposition (the one named, if of another country than the description says, is not
    taken)."""
    doc = head.doc
    out = []
    for c in head.children:
        first, last = min([c.i] + [k.i for k in c.children if k.dep_ == "compound"]), c.i
        if c.dep_ == "conj" and c.pos_ == "PROPN" and first == head.i + 2 and doc[head.i + 1].text == "," \
                and last + 2 < len(doc) and doc[last + 1].text == "," and doc[last + 2].dep_ == "cc":
            out.append(c)
    return out


def _after_bracket(head: Any) -> list[Any]:
    """``the Syrian Democratic Forces (SDF), a US-backed alliance``: an indefinite description right
    after a name's bracketed short form and a comma, which the parser hangs elsewhere (the bracket
    cuts the apposition): the name's last word before the bracket."""
    doc, first = head.doc, head.left_edge.i
    if first < 5 or doc[first].lower_ not in ("a", "an") or [t.text for t in doc[first - 4:first]][::3] != ["(", ","] \
            or doc[first - 2].text != ")" or not doc[first - 3].text.isupper():
        return []
    return [doc[first - 5]]


def _one_body(description: Actor, body: Actor, head: Any, name: Any, span: tuple[int, int]) -> bool:
    """Whether a description and a body's name (over ``span``) set beside each other are one body:
    neither is one of a list ("the company, X and Y"; a conjunction inside the name, "the Islamic
    State of Iraq and the Levant", is the name's own), and they say no different sector or country."""
    start, end = span
    ties = [t for t in (head, name, *head.children, *name.children) if t.dep_ == "conj"]
    listed = any(not (start <= t.idx < end and start <= t.head.idx < end) for t in ties)
    return not listed and sectors_agree(description.sector, body.sector) \
        and not (description.country and body.country and description.country != body.country)


def described_before(actors: Sequence[Actor], doc: Any) -> dict[int, int]:
    """Descriptions of a body set right before a body's name, a space between ("the American auto
    company Chrysler", "the men's rights group National Coalition for Men"): for each, the index of
    the named body. Not a plural ("the airlines Qantas and ..."), not across a comma, not when
    the two say different sectors or countries; a description before a person's name is the
    people rules' (a title, an appositive)."""
    if doc is None:
        return {}
    starts = {m.span.start: k for k, b in enumerate(actors) if b.kind in BODY_KINDS and not unnamed(b)
              for m in b.mentions if m.kind in NAMING}
    text = doc_text(doc)
    out: dict[int, int] = {}
    for i, a in enumerate(actors):
        if a.kind not in BODY_KINDS or not unnamed(a):
            continue
        found: set[int] = set()
        for m in a.mentions:
            k = starts.get(m.span.end + 1) if m.kind == "nominal" and text[m.span.end:m.span.end + 1] == " " \
                else None
            span = tokens_at(doc, m.span) if k is not None else None
            if k is None or span is None or span[-1].tag_ not in _SINGULAR_NOUNS or not span[-1].text[:1].islower():
                continue
            b = actors[k]
            if sectors_agree(a.sector, b.sector) and not (a.country and b.country and a.country != b.country):
                found.add(k)
        if len(found) == 1:
            out[i] = found.pop()
    return out


def untitled(actors: Sequence[Actor], doc: Any) -> list[Actor]:
    """The proposals, each person whose name begins with capitalised words the tagger left out of
    the person's name ("Attorney Bash", "Administrator Charles Bolden", "Democrat Spearman")
    called by the name alone ("Bash"): a title before a name is no part of it. Only the name
    changes, and only where it begins with those words; a person the knowledge base knows keeps
    theirs, and so does one whose name the tagger gives whole elsewhere (a forename it left out
    once, "Hamza bin Ladin", is no title)."""
    if doc is None:
        return list(actors)
    out = []
    for a in actors:
        first = next((m for m in a.mentions if m.kind in NAMING), None)
        span = tokens_at(doc, first.span) if first is not None and a.kind == "person" and not a.wikidata else None
        tokens = list(span) if span is not None else []
        lead = next((k for k, tok in enumerate(tokens) if tok.ent_type_ == "PERSON"), 0)
        words = a.name.split()
        if 0 < lead < len(words) and all(tok.ent_type_ == "PERSON" for tok in tokens[lead:]) \
                and all(tok.text[:1].isupper() for tok in tokens[:lead]) \
                and words[:lead] == [tok.text for tok in tokens[:lead]] \
                and not _named_whole(a, words[:lead], doc):
            a = dataclasses.replace(a, name=" ".join(words[lead:]))
        out.append(a)
    return out


def _named_whole(a: Actor, lead: list[str], doc: Any) -> bool:
    """Whether another of ``a``'s names begins with the words ``lead`` inside a person's name the
    tagger gives: there they are the person's own name, not a title."""
    for m in a.mentions:
        span = tokens_at(doc, m.span) if m.kind in NAMING else None
        tokens = list(span) if span is not None else []
        if len(tokens) > len(lead) and [t.text for t in tokens[:len(lead)]] == lead \
                and all(t.ent_type_ == "PERSON" for t in tokens):
            return True
    return False


__all__ = ["apposed", "bracketed_acronyms", "bracketed_names", "described_before", "untitled"]
