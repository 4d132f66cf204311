"""Titles set apart from the name of the person who holds them.

A title names the person whose name follows it even when something stands between the two
(issue 10, split actors: the title was left to the body named inside it, "Labour", "Airbus"):

- a bracket that spells the title out: "Labour MP (Member of Parliament) Karel Brandt";
- a second title joined by a conjunction: "Airbus President and Chief Executive Officer, Karel
  Brandt";
- a comma, when the title opens its sentence ("A member of the Dunmarch Parliament, Karel Brandt
  said") or a second comma, or the sentence's end, closes the name ("according to the Brindle
  mayor, Ilse Morrow, ...");
- the end of the bracket that spelled out the title ("(Member of Parliament) Karel Brandt");
- the title's own complement, a preposition on the title and words in capitals, the tagger left out
  of it ("US Special Envoy for Kestria Karel Brandt"; with a comma as above: "the president of the
  Kestrian League for the Defence of Farmers, Karel Brandt, said").

A plural title names its holder when "one of" them is meant ("One of Kestria's Vice Presidents,
Karel Brandt, said"). Never another plural title ("Two ministers, A and B"), a title in another
sentence, or a title followed by a comma and a name that begins a clause of its own ("In a letter
to the minister, Brandt said"): there the title is someone else. The test reads only the parse's tokens: which words are capitals,
brackets, conjunctions and punctuation, not a list of words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .mention import Cand

# The longest run of words that may stand between a title and its holder's name.
_LONGEST_GAP = 8
# Parts of speech that may join the words of a title ("Secretary of State for the Home Department").
_TITLE_GLUE = frozenset({"ADP", "DET", "CCONJ"})
_PLURAL = frozenset({"NNS", "NNPS"})
# Marks that end a sentence.
_STOPS = frozenset({".", "!", "?", ";"})


def _bracketed(gap: Any) -> bool:
    """"(Member of Parliament)": one bracket pair and nothing around it."""
    texts = [t.text for t in gap]
    return len(texts) >= 3 and texts[0] == "(" and texts[-1] == ")" and "(" not in texts[1:] \
        and ")" not in texts[:-1]


def _joined_title(gap: Any) -> bool:
    """"and Chief Executive Officer,": a conjunction, then words in capitals (and the small words
    that join them), with no person's name among them."""
    words = list(gap)
    if words and words[-1].text == ",":
        words = words[:-1]
    if len(words) < 2 or words[0].pos_ != "CCONJ" or any(t.ent_type_ == "PERSON" for t in words):
        return False
    rest = words[1:]
    return rest[0].is_title and all(t.is_title or t.pos_ in _TITLE_GLUE for t in rest)


def _complement(gap: Any, title: Cand) -> bool:
    """"for Kestria", "for the Defence of Farmers,": a preposition the parse hangs on the title's
    words, then words in capitals (and the small words that join them) ending in one, with no
    person's name ("candidate for Vice President and Harris", "ambassador to the UN under
    President Bush": the name is another's)."""
    words = list(gap)
    if words and words[-1].text == ",":
        words = words[:-1]
    if len(words) < 2 or words[0].pos_ != "ADP" or not words[0].text.islower() \
            or not title.start <= words[0].head.i < title.end or any(t.ent_type_ == "PERSON" for t in words):
        return False
    rest = words[1:]
    return rest[-1].is_title and all(t.is_title or t.pos_ in _TITLE_GLUE for t in rest)


def _one_of(doc: Any, title: Cand) -> bool:
    """Whether a plural title is said of one of its holders: "One of Kestria's Vice Presidents"."""
    return title.start >= 2 and [t.lower_ for t in doc[title.start - 2:title.start]] == ["one", "of"]


def _comma_apposed(doc: Any, title: Cand, person: Cand) -> bool:
    """"A member of X, Name said" (the title opens the sentence) or "the X mayor, Name, ..." (a
    comma or the end of the sentence closes the name)."""
    if title.start == doc[title.start].sent.start:
        return True
    return person.end >= doc[person.start].sent.end or doc[person.end].is_punct and doc[person.end].text not in {"(", "-"}


def separated_titles(cands: Sequence[Cand], doc: Any) -> dict[int, list[Cand]]:
    """For each person's name (by the position of its first token) the titles before it, in its
    sentence, that name them though a bracket, a second title or a comma stands between (see the
    module's rules). A title ending right where the name begins is not here: it is adjacent."""
    titles = [c for c in cands if c.kind == "title" and c.owner is None and c.head >= 0
              and (doc[c.head].tag_ not in _PLURAL or _one_of(doc, c))]
    out: dict[int, list[Cand]] = {}
    for p in cands:
        if p.res.kind != "person" or p.kind not in {"name", "honorific"} or p.start in out:
            continue
        for t in titles:
            if not t.end < p.start <= t.end + _LONGEST_GAP or any(w.is_sent_end or w.text in _STOPS for w in doc[t.end:p.start - 1]):
                continue  # the tagger may end a sentence at a bracket: the gap's own words tell
            if any(o is not p and t.end <= o.start and o.end <= p.start and o.res.kind == "person"
                   and o.kind in {"name", "honorific"} for o in cands):
                continue  # another person's name between them
            gap = doc[t.end:p.start]
            words = [w.text for w in gap]
            if _bracketed(gap) or _joined_title(gap) or words == [")"] \
                    or (words[-1:] == [","] and (len(words) == 1 or _complement(gap, t)) and _comma_apposed(doc, t, p)) \
                    or (words[-1:] != [","] and _complement(gap, t)):
                out.setdefault(p.start, []).append(t)
    return out


__all__ = ["separated_titles"]
