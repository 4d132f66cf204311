"""One named entity the tagger cut into pieces or glued to its neighbour (:mod:`tidings.extract.actors.spans`).

Each case parses a sentence written for the test (invented names), sets the entity pieces the tagger
is seen to give for such names, and asks for the repaired entities; the negative cases must stay as
they are:

- a body's name with "and", "of", "for" or commas inside, cut at them;
- a person's name glued after the name of the body they speak for;
- a company's name cut before its legal form.
"""

from __future__ import annotations

import pytest

from tidings.extract.actors.spans import repair_entities
from tidings.kb import load_kb
from tidings.nlp import load


def _doc(text: str, pieces: list[tuple[str, str]]):
    doc = load()(text)
    ents, at = [], 0
    for piece, label in pieces:
        start = text.index(piece, at)
        at = start + len(piece)
        span = doc.char_span(start, at, label=label)
        assert span is not None, piece
        ents.append(span)
    doc.ents = ents
    return doc


def _ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


CASES = [
    # --- a body's name cut at its connectors: one name --------------------------------------------
    ("Vestmark Fire and Rescue requested support from other fire departments.",
     [("Vestmark Fire", "PERSON"), ("Rescue", "ORG")],
     [("Vestmark Fire and Rescue", "ORG")]),
    ("The secretary of the union (Grand Union of Rail, Maritime and Transport Workers), Ola Brenn, spoke.",
     [("Grand Union of Rail", "ORG"), ("Transport Workers", "ORG"), ("Ola Brenn", "PERSON")],
     [("Grand Union of Rail, Maritime and Transport Workers", "ORG"), ("Ola Brenn", "PERSON")]),
    ("The move was criticised by the Velmar Educational, Scientific and Cultural Organization on Monday.",
     [("Velmar Educational,", "ORG"), ("Cultural Organization", "ORG")],
     [("Velmar Educational, Scientific and Cultural Organization", "ORG")]),
    ("The head of the Ostrian League for the Defence of Human Rights, Jan Korda, said the ban was wrong.",
     [("the Ostrian League", "ORG"), ("the Defence of Human Rights", "ORG"), ("Jan Korda", "PERSON")],
     [("the Ostrian League for the Defence of Human Rights", "ORG"), ("Jan Korda", "PERSON")]),
    ("He died at the Navy's Research and Referral Hospital in Velt.",
     [("the Navy's Research and", "ORG"), ("Referral Hospital", "ORG"), ("Velt", "GPE")],
     [("the Navy's Research and Referral Hospital", "ORG"), ("Velt", "GPE")]),
    # --- two bodies or two people coordinated: they stay apart ---------------------------------------
    ("Officials from the Red Cross and Amnesty International visited the camp.",
     [("the Red Cross", "ORG"), ("Amnesty International", "ORG")],
     [("the Red Cross", "ORG"), ("Amnesty International", "ORG")]),
    ("Smith and Jones said they would appeal.",
     [("Smith", "PERSON"), ("Jones", "PERSON")],
     [("Smith", "PERSON"), ("Jones", "PERSON")]),
    ("The Velmar Fire Service and Police arrived at noon.",
     [("The Velmar Fire Service", "ORG"), ("Police", "ORG")],
     [("The Velmar Fire Service", "ORG"), ("Police", "ORG")]),
    ("Dana Holt of Health Services said the wards were full.",
     [("Dana Holt", "PERSON"), ("Health Services", "ORG")],
     [("Dana Holt", "PERSON"), ("Health Services", "ORG")]),
    ("The Kestrel Institute and Human Rights Watch signed the letter.",
     [("The Kestrel Institute", "ORG"), ("Human Rights Watch", "ORG")],
     [("The Kestrel Institute", "ORG"), ("Human Rights Watch", "ORG")]),
    ("The Ministry of Health and Defence officials met on Monday.",
     [("The Ministry of Health", "ORG"), ("Defence", "ORG")],
     [("The Ministry of Health", "ORG"), ("Defence", "ORG")]),
    ("The Ministry of Health and the Ministry of Finance met.",
     [("The Ministry of Health", "ORG"), ("the Ministry of Finance", "ORG")],
     [("The Ministry of Health", "ORG"), ("the Ministry of Finance", "ORG")]),
    ("The Velmar Union of Teachers and Union of Nurses went on strike.",
     [("The Velmar Union of Teachers", "ORG"), ("Union of Nurses", "ORG")],
     [("The Velmar Union of Teachers", "ORG"), ("Union of Nurses", "ORG")]),
    ("Officials of the Velmar Fire Service and Rescue teams met on Monday.",
     [("the Velmar Fire Service", "ORG"), ("Rescue", "ORG")],
     [("the Velmar Fire Service", "ORG"), ("Rescue", "ORG")]),
    # --- a person's name glued after the body they speak for -----------------------------------------
    ("The director of Amnesty International Tam Wing-lok said it was a victory.",
     [("Amnesty International Tam Wing-lok", "ORG")],
     [("Amnesty International", "ORG"), ("Tam Wing-lok", "PERSON")]),
    ("Amnesty International Australia said it was a victory.",
     [("Amnesty International Australia", "ORG")],
     [("Amnesty International Australia", "ORG")]),
    ("Amnesty International Research Services said it was a victory.",
     [("Amnesty International Research Services", "ORG")],
     [("Amnesty International Research Services", "ORG")]),
    # --- a company's name cut before its legal form ---------------------------------------------------
    ("The state-owned firm KVT Brenor Ipari Kft. bought the plant.",
     [("KVT", "ORG"), ("Brenor Ipari Kft", "PERSON")],
     [("KVT Brenor Ipari Kft", "ORG")]),
    ("The firm KVT hired Dana Holt on Monday.",
     [("KVT", "ORG"), ("Dana Holt", "PERSON")],
     [("KVT", "ORG"), ("Dana Holt", "PERSON")]),
]


@pytest.mark.parametrize("text, pieces, repaired", CASES)
def test_repaired_entities(text, pieces, repaired):
    doc = _doc(text, pieces)
    repair_entities(doc, load_kb())
    assert _ents(doc) == repaired


def test_repair_is_idempotent():
    text, pieces, repaired = CASES[1]
    doc = _doc(text, pieces)
    repair_entities(doc, load_kb())
    repair_entities(doc, load_kb())
    assert _ents(doc) == repaired


# --- through the pipeline: the person after a body in a title's complement holds the title ------------

def _actors(text: str):
    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    return Pipeline(["actors"]).code(Article(id="t", text=text)).actors


@pytest.mark.parametrize("text, person, title", [
    ('"The decision cannot stand," Velmar director of Amnesty International Tam Wing-lok said in a statement.',
     "Tam Wing-lok", "Velmar director of Amnesty International"),
    ('"The decision cannot stand," Hong Kong director of Amnesty International Lau Ka-wing said in a statement.',
     "Lau Ka-wing", "Hong Kong director of Amnesty International"),
])
def test_person_after_a_body_holds_the_title(text, person, title):
    found = [a for a in _actors(text) if a.name == person]
    assert len(found) == 1 and title in [m.span.text for m in found[0].mentions]


def test_a_title_before_a_persons_title_is_not_cut():
    actors = _actors("The daughter of Velmar President Jan Olsen said she would run.")
    assert not any(m.span.text.endswith("Velmar President") for a in actors for m in a.mentions)


def test_a_title_takes_the_whole_name_of_its_body():
    actors = _actors("Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of "
                     "Human Rights, Karim Dali, said the ban was wrong.")
    dali = [a for a in actors if a.name == "Karim Dali"]
    assert len(dali) == 1 and "the president of the Tunisian League for the Defence of Human Rights" in [
        m.span.text for m in dali[0].mentions]
    assert not any(a.name.startswith("Defence") for a in actors)
