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
2. *A description said twice is still a description.* "Brenton Tarrant ... appeared in court charged
   with murder. Judge Paul Kellar ordered the accused remain in custody ... Police arrested the
   accused near Strickland Street" left "the accused" an actor of its own: the events stage's book
   recorded a phrase it had met before as a mention of kind "name", so the linker no longer read
   the actor as described only as a perpetrator (:mod:`.actors.perpetrators`). A phrase met again
   keeps the kind of mention it is (:meth:`.events.args.ActorBook._add`): the accused is the one
   named defendant; protesters met twice are still no person.
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


def test_a_description_said_twice_is_still_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.args import ActorBook
    from tidings.extract.events.phrases import span_of

    doc = nlp("Judge Lena Dorrit ordered the accused remain in custody. Police arrested the accused near the station.")
    book = ActorBook([])
    first, again = (t for t in doc if t.lower_ == "accused")
    assert book._add(first, span_of([first]), None) == book._add(again, span_of([again]), None) is not None
    assert [m.kind for m in book.actors[0].mentions] == ["nominal", "nominal"], book.actors


def test_a_group_said_twice_is_no_person(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Thomas Brandt criticised the protesters in Rask on Saturday. Police dispersed the protesters later "
                       "that day. Police arrested the protesters near the square.")
    brandt = next(a for a in result.actors if a.name == "Thomas Brandt")
    assert not any("protesters" in m.span.text for m in brandt.mentions), result.actors
