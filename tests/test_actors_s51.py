"""Actor classes of issue 10 (session 51), written for these tests (invented names), each seen
failing before its fix.

1. *Letters after a name are no surname.* "Judge Durham Hall QC said ... Prosecutor Kama Melly QC
   said the victims were ...": the second quote went to the judge, because the surname of a name
   was read as its last word, "QC", and the tagger, reading "Kama Melly QC" as an organisation, left
   its "QC" to be a later mention of the judge. Letters and words written after a person's name
   (word class ``actors.people.post_nominals``: QC, KC, MP, OBE, Jr, PhD ...) are no surname now,
   neither for the actors stage's surnames (:meth:`.people.PeoplePass.surnames`) nor for the quotes
   stage's speakers (:func:`.quotes.book.name_words`); the name's last word before them still is
   ("Marsh" after "Ivo Marsh QC").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_TRIAL = ('Nine men were jailed on Friday. Judge Ivo Marsh QC said they "appear not to have shown any respect for '
          'the minimum standards of decent behaviour." Prosecutor Sama Velly QC said the victims were "ripe and '
          'vulnerable to manipulation".')


def _speakers(result) -> list[str | None]:  # type: ignore[no-untyped-def]
    names = {a.id: a.name for a in result.actors}
    return [names.get(q.speaker) for q in result.quotes]


def test_letters_after_a_name_are_no_surname(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(_TRIAL)
    assert _speakers(result)[-1] != "Ivo Marsh QC", (_speakers(result), result.actors)
    assert not any(m.span.text == "QC" for a in result.actors for m in a.mentions), result.actors


def test_the_last_word_before_them_is_the_surname(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text(_TRIAL + " Marsh later said the sentences were fair.")
    marsh = next(a for a in result.actors if a.name == "Ivo Marsh QC")
    assert any(m.span.text == "Marsh" for m in marsh.mentions), marsh
