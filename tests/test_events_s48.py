"""Event classes of issue 11 (session 48), written for these tests (invented names), each seen
failing before its fix.

1. *Advice to the public is no interaction.* "The embassy advised American citizens to leave the
   country", "health authorities recommended residents avoid gatherings", "the tax office
   encouraged citizens to file online", "police warned people in the area to stay indoors" were
   coded as requests (or a threat) of the state to its public, the first with a confidence of 0.88;
   the reference codes none of them (on Wikinews dev-work five such events were wrong, three above
   the output threshold). A verb of advice (word class ``events.relevance.advice_verbs``) whose
   every recipient is the public at large (``events.relevance.public_nouns``: citizens, residents,
   people) now makes a candidate ("advice to the public"), kept out of the default output and shown
   with ``--all``. Advice to a body or a state, a warning to protesters, and a call to citizens
   ("urged citizens to vote") stay events.
2. *What a frame's complement denies is its content.* "Ostria demanded that Kestria not deploy
   troops" and "the court ordered the government not to deport the men" were coded as negated
   demands (so dropped: a denied act is no claim), "Kestria decided not to attend the summit" as a
   negated agreement, "Russia and Ukraine agreed that their troops would not cross the line" as a
   refusal: the negation of the verb a demand, decision or agreement embeds was read as the
   frame's own. It now says only what is demanded, decided or agreed (a decision not to attend is
   a refusal, as a promise not to talk is); a negated frame verb ("did not demand", "will not
   agree") still denies or refuses.
3. *A crowd of protest throwing stones is rioting.* "Protesters threw rocks and bottles at police",
   "a mob threw stones at security forces" were assaults (by the instrument rule), where the
   real-news benchmark's coders code a riot (a protest, mode riot) five times in six on dev-work;
   a crowd's destruction of property already was one. What a crowd of protest throws that is no
   weapon (word class ``events.coding.riots.riot_missiles``: stones, rocks, bottles, bricks,
   fireworks) makes its act a riot; grenades, or stones thrown by gunmen or soldiers, stay assaults,
   and so does a crowd's attack with knives.
4. *An editor's brackets are no words.* A third of Wikinews dev-work articles put an editor's words
   in square brackets inside quotations ("Congratulations to [Bill de Blasio] on running a
   campaign", "join personnel from the [army and police]", "[...]"); the parser took "[" for a
   word, so the congratulation had no recipient and "[army" became an actor's name. The tokenizer
   of the one loader (:mod:`tidings.nlp`) now reads square brackets as spaces: the words inside
   parse as the sentence's own, while offsets and the article's text (quotes keep their brackets)
   stay as they are.
"""

from __future__ import annotations

import pytest

from tidings.extract.common import gated
from tidings.extract.events.relevance import is_live

pytestmark = pytest.mark.model


def _events(result, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in result.events if e.event == kind]


@pytest.mark.parametrize("text, kind", [
    ("The Kestrian embassy advised its citizens to leave the country immediately.", "REQUEST"),
    ("Health authorities recommended residents avoid public gatherings until the end of the month.", "REQUEST"),
    ("The tax office encouraged citizens to file their returns online this year.", "REQUEST"),
    ("Police warned people in the area to stay indoors and keep their windows closed.", "THREATEN"),
])
def test_advice_to_the_public_is_a_candidate(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(code_text(text), kind)
    assert events and all(gated(e) for e in events), events
    assert all("advice to the public" in (e.provenance.reason or "") for e in events), events


@pytest.mark.parametrize("text, kind", [
    ("Police warned protesters to leave the square or face arrest.", "THREATEN"),
    ("The ministry urged citizens to vote in Sunday's election.", "REQUEST"),
    ("The embassy advised the Kestrian government to reconsider the ban.", "REQUEST"),
    ("The United Nations recommended that Ostria withdraw its troops from the border.", "REQUEST"),
])
def test_advice_to_someone_in_particular_stays_an_event(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(code_text(text), kind)
    assert events and not any(gated(e) for e in events), events


@pytest.mark.parametrize("text, kind", [
    ("Ostria demanded that Kestria not deploy troops near the border.", "REQUEST"),
    ("The court ordered the government not to deport the men.", "REQUEST"),
    ("Kestria decided not to attend the summit in Varo.", "REJECT"),
    ("Russia and Ukraine agreed that their troops would not cross the line.", "AGREE"),
])
def test_a_denied_complement_is_the_frames_content(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    live = [e for e in result.events if is_live(e)]
    assert any(e.event == kind for e in live), result.events
    assert not any(e.event == "AGREE" for e in live) or kind == "AGREE", result.events
    assert not any(e.event == "REJECT" for e in live) or kind == "REJECT", result.events


@pytest.mark.parametrize("text, kind", [
    ("Ostria did not demand that Kestria withdraw its troops.", "REQUEST"),
    ("The court did not order the government to release the men.", "REQUEST"),
])
def test_a_denied_frame_is_still_denied(code_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(e.event == kind and is_live(e) for e in code_text(text).events)


def test_a_refused_agreement_stays_a_refusal(code_text) -> None:  # type: ignore[no-untyped-def]
    live = [e for e in code_text("Ostria will not agree to the plan.").events if is_live(e)]
    assert [e.event for e in live] == ["REJECT"], live


@pytest.mark.parametrize("text", [
    "Protesters threw rocks and bottles at police outside parliament on Monday.",
    "A mob threw stones at security forces in the capital on Tuesday.",
])
def test_a_crowd_throwing_stones_riots(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    live = [e for e in code_text(text).events if is_live(e)]
    assert any(e.event == "PROTEST" and e.mode == "riot" and e.actor and e.recipient for e in live), live
    assert not any(e.event == "ASSAULT" for e in live), live


@pytest.mark.parametrize("text", [
    "Soldiers threw grenades at the rebels in the village on Monday.",
    "Gunmen threw stones at police officers on Monday.",
    "Protesters attacked police officers with knives on Monday.",
])
def test_other_throwers_and_attacks_stay_assaults(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    live = [e for e in code_text(text).events if is_live(e)]
    assert any(e.event == "ASSAULT" for e in live) and not any(e.event == "PROTEST" for e in live), live


def test_the_parser_reads_editorial_brackets_as_spaces() -> None:
    from tidings.nlp import reading_text

    text = 'He wrote, "Congratulations to [Ann Vale] on a fine campaign [...]"'
    assert reading_text(text) == text.replace("[", " ").replace("]", " ")
    assert len(reading_text(text)) == len(text)
    assert reading_text("No brackets here.") == "No brackets here."


def test_a_bracketed_name_is_the_sentences_own(code_text) -> None:  # type: ignore[no-untyped-def]
    text = 'Senator Ivo Marsh wrote on Twitter, "Congratulations to [Ann Vale] on running a fine campaign."'
    result = code_text(text)
    actors = {a.id: a for a in result.actors}
    support = [e for e in result.events if e.event == "SUPPORT" and is_live(e)]
    assert support and [actors[i].name for i in support[0].recipient] == ["Ann Vale"], result.events
    assert all("[" not in m.span.text and "]" not in m.span.text for a in result.actors for m in a.mentions)
    assert any("[Ann Vale]" in q.text for q in result.quotes), result.quotes  # the article's own text
