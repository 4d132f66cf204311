"""The tense of the clause a date sits in, on hand-built parses (no model).

Class: a bare *-ing* form with a subject and no auxiliary ("On Tuesday, the minister speaking
to the council called the deal void", parsed with *speaking* as the root) is not a finite
present tense: it says nothing of when, so a weekday in it takes the default of news prose (on
or before the article's date), never the coming one. A date that modifies a noun ("the November 27 agreement is null and void") names a thing: the
present of its verb says nothing of when the thing was, so it reads as unknown (a future still
points forward). A present progressive with its auxiliary
("talks are resuming on Monday") and a simple present ("talks resume on Monday") stay present.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from tidings.extract.times import tense_of


def _doc(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """rows: (word, dep, head index, tag, pos)."""
    words, deps, heads, tags, pos = zip(*rows)
    return Doc(VOCAB, words=list(words), deps=list(deps), heads=list(heads), tags=list(tags), pos=list(pos))


VOCAB = English().vocab  # English lexical attributes (lower-case forms), no model

CASES = {
    # a bare -ing root with a subject, no auxiliary: no tense
    "bare_ing_root": ([("On", "prep", 4, "IN", "ADP"), ("Tuesday", "pobj", 0, "NNP", "PROPN"),
                       ("Ana", "compound", 3, "NNP", "PROPN"), ("Kell", "nsubj", 4, "NNP", "PROPN"),
                       ("speaking", "ROOT", 4, "VBG", "VERB"), ("today", "npadvmod", 4, "NN", "NOUN")], 1, None),
    # present progressive with its auxiliary: present
    "progressive": ([("Talks", "nsubj", 2, "NNS", "NOUN"), ("are", "aux", 2, "VBP", "AUX"),
                     ("resuming", "ROOT", 2, "VBG", "VERB"), ("on", "prep", 2, "IN", "ADP"),
                     ("Monday", "pobj", 3, "NNP", "PROPN")], 4, "present"),
    # simple present: present
    "simple_present": ([("Talks", "nsubj", 1, "NNS", "NOUN"), ("resume", "ROOT", 1, "VBP", "VERB"),
                        ("on", "prep", 1, "IN", "ADP"), ("Monday", "pobj", 2, "NNP", "PROPN")], 3, "present"),
    # simple past: past
    "past": ([("Talks", "nsubj", 1, "NNS", "NOUN"), ("resumed", "ROOT", 1, "VBD", "VERB"),
              ("on", "prep", 1, "IN", "ADP"), ("Monday", "pobj", 2, "NNP", "PROPN")], 3, "past"),
    # a date that names a thing ("the November 27 agreement is void") takes no present from its verb
    "noun_modifier_present": ([("The", "det", 3, "DT", "DET"), ("November", "compound", 3, "NNP", "PROPN"),
                               ("27", "nummod", 1, "CD", "NUM"), ("agreement", "nsubj", 4, "NN", "NOUN"),
                               ("is", "ROOT", 4, "VBZ", "AUX"), ("void", "acomp", 4, "JJ", "ADJ")], 1, None),
    # ... but a future still points forward ("will boycott Sunday's vote")
    "noun_modifier_future": ([("Rebels", "nsubj", 2, "NNS", "NOUN"), ("will", "aux", 2, "MD", "AUX"),
                              ("boycott", "ROOT", 2, "VB", "VERB"), ("Sunday", "poss", 5, "NNP", "PROPN"),
                              ("'s", "case", 3, "POS", "PART"), ("vote", "dobj", 2, "NN", "NOUN")], 3, "future"),
    # ... and a past stays past ("signed the November 27 agreement")
    "noun_modifier_past": ([("Ankara", "nsubj", 1, "NNP", "PROPN"), ("signed", "ROOT", 1, "VBD", "VERB"),
                            ("the", "det", 4, "DT", "DET"), ("November", "compound", 4, "NNP", "PROPN"),
                            ("agreement", "dobj", 1, "NN", "NOUN")], 3, "past"),
    # a participle clause takes its head's tense
    "participle_of_past": ([("Speaking", "advcl", 4, "VBG", "VERB"), ("on", "prep", 0, "IN", "ADP"),
                            ("Monday", "pobj", 1, "NNP", "PROPN"), ("he", "nsubj", 4, "PRP", "PRON"),
                            ("warned", "ROOT", 4, "VBD", "VERB")], 2, "past"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_tense_of_clause(name: str) -> None:
    rows, at, want = CASES[name]
    assert tense_of(_doc(rows)[at]) == want
