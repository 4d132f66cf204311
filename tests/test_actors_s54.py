"""Actor classes of issue 10 (session 54), written for these tests, each seen failing before its fix.

1. *A name told in full is what its short form means, before any namesake the knowledge base
   knows.* "China's Foreign Ministry spokesman Hong Lei said ... 'They have been placed under
   arrest,' Hong said" gave the quote to the knowledge base's Hong Nam-ki (a South Korean minister
   by the surname "Hong"), a second actor of the article: a lone word was linked to the article's
   full names by their last word only, and failing that to the knowledge base, where a name that
   puts the family name first ("Hong Lei", "Ng Eng Hen") has it. A lone personal name that opens
   exactly one full name told in the article, and ends none, is that person, whatever namesake the
   knowledge base holds (:func:`tidings.extract.actors.cluster.cluster`); one that opens two full
   names stays what it was, and "Hong" with no full name beside it is still read by the
   knowledge base.
2. *One word of a person's name, an event's participant, is that person.* "Defence Minister Ng Eng
   Hen told journalists ... Ng met with members of the ministry" made "Ng" an untyped group of its
   own, the CONSULT's actor: the tagger did not tag the lone word, the events stage proposed it as a
   participant, and the linker gave a lone word to the one person whose name holds it only when it
   was proposed as an organisation (:mod:`tidings.extract.actors.lone_words`), or as an untyped
   participant when it was a forename of four letters or more. A participant of no type named by
   one capitalised word is that person too when it opens the name of exactly one person named
   before it (a family name told first); a word two people's names open stays alone, and a
   surname alone is still no person (a place or thing may be named after them: the linker's tests
   keep "Morrow" apart from "Ilse Morrow").
3. *A particle inside a person's name does not cut it, whatever the tagger calls the word after it.*
   "The second is that President Jose Eduardo dos Santos step down" still gave "Jose Eduardo" and
   "Santos": the parser tagged "Santos" an adjective, and session 53's rule took only a proper noun,
   noun or verb after the particle. A capitalised adjective there is a name too
   (:mod:`tidings.extract.actors.spans`); a lower-case one ("de facto") is not.
4. *A partial quote in a sentence about a person named by one word is theirs.* 'Khosla talked of
   Munk's "countless discoveries that put the university on the map"' had no speaker, though the
   chancellor Pradeep Khosla spoke in the sentence before: a partial quote hung on the main verb
   is its subject's words when the subject stands for a person, and the subject counted as one
   only when the tagger tagged it a person or the actors stage had found it, which a surname alone
   it often had not. A proper noun the quotes stage resolves to a person actor of the article is
   one too (:func:`tidings.extract.quotes.finder._person_subject`); a body ("Reuters talked of
   ...") is still no speaker of a partial quote.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, full, short", [
    ("China's Foreign Ministry spokesman Hong Lei said on Monday that the talks would resume. "
     "\"We are ready to meet,\" Hong said.", "Hong Lei", "Hong"),
    ("China's Foreign Ministry spokesman Hong Lei said in Beijing that Chen had been detained. "
     "\"They have been placed under arrest,\" Hong said.", "Hong Lei", "Hong"),
    ("Foreign Minister Hong Lei met the envoy in Beijing on Monday. Hong said the talks went well.", "Hong Lei", "Hong"),
])
def test_a_short_form_means_the_full_name_in_the_article(code_text, text: str, full: str,  # type: ignore[no-untyped-def]
                                                         short: str) -> None:
    result = code_text(text, date="2020-01-15")
    owner = [a for a in result.actors if any(m.span.text == short for m in a.mentions)]
    assert owner and all(any(m.span.text.endswith(full) for m in a.mentions) for a in owner), result.actors
    assert not any(a.name.startswith(short) and a.name != full for a in result.actors), result.actors


def test_a_short_form_of_two_full_names_is_neither(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Foreign Minister Hong Lei met Trade Minister Hong Kuk-young in Beijing on Monday. "
                       "Hong said the talks went well.", date="2020-01-15")
    short = [a for a in result.actors if any(m.span.text == "Hong" for m in a.mentions)]
    assert not any(any(m.span.text.endswith(("Hong Lei", "Hong Kuk-young")) for m in a.mentions) for a in short), \
        result.actors


def test_a_short_form_alone_is_still_read_by_the_knowledge_base(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Hong said on Monday that the budget would be cut.", date="2020-01-15")
    assert any(a.name == "Hong Nam-ki" for a in result.actors), result.actors


@pytest.mark.parametrize("text", [
    "Defence Minister Ng Eng Hen told journalists on Monday that talks would resume. Ng met with members of the ministry on Tuesday.",
    "Interior Minister Tan Wei Ming said on Monday that the border would stay open. Tan met with the envoy on Tuesday.",
])
def test_one_word_of_a_name_as_a_participant_is_that_person(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    met = [e for e in result.events if e.event == "CONSULT"]
    names = {a.id: a.name for a in result.actors}
    assert met and all(len(names[i].split()) == 3 for e in met for i in e.actor), (result.events, result.actors)
    assert not any(a.name in ("Ng", "Tan") for a in result.actors), result.actors


def test_one_word_of_two_names_stays_alone(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Defence Minister Ng Eng Hen and Trade Minister Ng Chee Meng spoke on Monday. "
                       "Ng met with members of the ministry on Tuesday.")
    met = [e for e in result.events if e.event == "CONSULT"]
    names = {a.id: a.name for a in result.actors}
    assert not any(names[i] in ("Ng Eng Hen", "Ng Chee Meng") for e in met for i in e.actor), (result.events, result.actors)


@pytest.mark.parametrize("text, full", [
    ("The second demand is that President Jose Eduardo dos Santos step down.", "Jose Eduardo dos Santos"),
])
def test_a_particle_takes_the_name_after_it_however_tagged(code_text, text: str, full: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert any(m.span.text.endswith(full) for a in result.actors for m in a.mentions), result.actors
    assert not any(a.name == "Santos" for a in result.actors), result.actors


def test_a_partial_quote_about_a_person_named_by_surname_is_theirs(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("\"Walter was the most brilliant scientist I have known,\" said the university's chancellor, Pradeep "
                       "Khosla. Khosla talked of Munk's \"countless discoveries that put the university on the map\" on Monday.")
    names = {a.id: a.name for a in result.actors}
    partial = [q for q in result.quotes if q.text.startswith("countless")]
    assert partial and all(names.get(q.speaker or "") == "Pradeep Khosla" for q in partial), (result.quotes, result.actors)


def test_a_partial_quote_about_a_body_has_no_person_speaker(code_text) -> None:  # type: ignore[no-untyped-def]
    result = code_text("Reuters talked of the \"countless discoveries that put the university on the map\" on Monday.")
    people = {a.id for a in result.actors if a.kind == "person"}
    assert not any(q.speaker in people for q in result.quotes), (result.quotes, result.actors)
