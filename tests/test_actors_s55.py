"""Actor classes of issue 10 (session 55), written for these tests, each seen failing before its fix.

1. *A person the article described by a common noun is who "the" + that noun means after it.*
   "Keith Ashfield, a powerful businessman, was arrested. The businessman denied the charges" gave
   two actors, the person and an untyped "businessman" (the denial's actor); so did a noun before
   the name ("Powerful businessman Keith Ashfield"). Titles were followed to the one person holding
   such an office ("the mayor" after "Maria Lopez, the mayor of Ostford"), descriptions were not. A
   definite singular description ("the businessman", "the veteran surgeon") whose head noun is the
   head of a description the article gave exactly one person before it (an appositive, or the noun
   before their name) is that person (:mod:`tidings.extract.actors.described_people`). Two people so
   described, a plural ("the activists"), an indefinite ("a businessman"), a description told
   before the person, another head noun, and a description owned by someone ("the businessman's
   lawyer") keep their reading.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _owners(result, text: str) -> list:  # type: ignore[no-untyped-def]
    return [a for a in result.actors if any(m.span.text == text for m in a.mentions)]


@pytest.mark.parametrize("text, name, description", [
    ("Keith Ashfield, a powerful businessman, was arrested on Monday. The businessman denied the charges.",
     "Keith Ashfield", "The businessman"),
    ("Powerful businessman Keith Ashfield was arrested on Monday. The businessman denied the charges.",
     "Keith Ashfield", "The businessman"),
    ("Dr Ana Pereira, a surgeon at the city hospital, treated the wounded on Sunday. "
     "The surgeon said many of them had been shot.", "Ana Pereira", "The surgeon"),
    ("Jelena Seawati, a women's rights activist, was detained in Ostford on Friday. Police said "
     "the veteran activist had organised the march.", "Jelena Seawati", "the veteran activist"),
])
def test_a_described_person_is_the_description_after_them(code_text, text: str, name: str,  # type: ignore[no-untyped-def]
                                                          description: str) -> None:
    result = code_text(text, date="2021-03-02")
    owners = _owners(result, description)
    assert len(owners) == 1 and owners[0].name.endswith(name), result.actors
    assert not any(a.name.lower() in {"businessman", "surgeon", "activist"} for a in result.actors), result.actors


@pytest.mark.parametrize("text, description, name", [
    # two people described alike: "the activist" is neither
    ("Maria Lopez, an activist, and John Harris, another activist, were detained on Friday. "
     "The activist said she had been beaten.", "The activist", None),
    # a plural is not the one person
    ("Keith Ashfield, a powerful businessman, was arrested on Monday. The businessmen of the city "
     "denied the charges.", "The businessmen of the city", "Keith Ashfield"),
    # an indefinite description is someone new
    ("Keith Ashfield, a powerful businessman, was arrested on Monday. A businessman from Ostford "
     "denied the charges.", "A businessman from Ostford", "Keith Ashfield"),
    # the description comes before the person is described
    ("The businessman denied the charges on Monday. Keith Ashfield, a powerful businessman, was "
     "arrested later.", "The businessman", "Keith Ashfield"),
    # another head noun
    ("Keith Ashfield, a powerful businessman, was arrested on Monday. The lawyer denied the charges.",
     "The lawyer", "Keith Ashfield"),
])
def test_a_description_that_fits_no_one_person_keeps_its_reading(code_text, text: str,  # type: ignore[no-untyped-def]
                                                                description: str, name: str | None) -> None:
    result = code_text(text, date="2021-03-02")
    owners = _owners(result, description)
    if name is None:
        assert not any(" " in a.name for a in owners), result.actors  # no named person
    else:
        assert not any(a.name.endswith(name) for a in owners), result.actors


def test_what_the_described_person_owns_is_not_them(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Keith Ashfield, a powerful businessman, was arrested on Monday. The businessman's "
                       "lawyer denied the charges.", date="2021-03-02")
    assert not any(a.name.endswith("Keith Ashfield") and any(m.span.text.endswith("lawyer") for m in a.mentions)
                   for a in result.actors), result.actors
