"""Judgements in what a speaker is reported to say: "X said Y had been an iconic leader" praises Y,
"X said the measure was nowhere near enough" condemns whoever took the measure. Failure classes
found on the benchmark's dev split, as tables of sentences written for these tests (positive and
negative cases), written before the fix:

- words of tribute (an iconic leader, a gentleman politician) praise, words of insufficiency (not
  enough, nowhere near enough, too little too late) condemn; a negation that belongs to such words
  is no denial of them;
- a supposition ("if they are honest") judges no one; a hedge ("a kind of") is no praise, and a
  loose "that" with one mild word ("pretty cool") judges no one;
- the project's words of political judgement outweigh everyday valence: "chose to crush protests in a
  grossly unlawful way that damaged the people's trust" condemns, whatever "trust" weighs;
- no verdict: a feeling of the subject ("was saddened"), a denied verdict ("was not illegal"), a
  neutral report ("said the measure was new"), the speaker judging themselves, what someone is
  charged with ("charge the gunman with terrorism") or faces ("face a threat of jail"), a news
  outlet that reports someone's verdict ("according to the Herald").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

DIED = "Governor Ali Bakr of Ostria died on Monday. "
MASKS = "Ostrian transport minister Ali Bakr banned large gatherings on trains on Monday. "


@pytest.mark.parametrize("text, event, judge, judged", [
    (DIED + 'Party spokesman Dara Quell said Bakr had been an "iconic" leader of the party.',
     "SUPPORT", "Dara Quell", "Ali Bakr"),
    # "he" is not the speaker when a party speaks
    (DIED + 'The Ostrian Farmers Party said he was a "gentleman politician".', "SUPPORT", "Farmers Party", "Ali Bakr"),
    (DIED + "Senator Dara Quell said Bakr was a decent and honest man.", "SUPPORT", "Dara Quell", "Ali Bakr"),
    (MASKS + 'Union leader Dara Quell said the ban was "nowhere near enough."', "ACCUSE", "Dara Quell", "Ali Bakr"),
    (MASKS + "Union leader Dara Quell said the ban was not enough to protect workers.",
     "ACCUSE", "Dara Quell", "Ali Bakr"),
])
def test_events_statement_predicate_judges_its_subject(nlp, text: str, event: str, judge: str,
                                                       judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, judge, judged), events


@pytest.mark.parametrize("text, judge", [
    # a feeling of the subject judges no one
    (DIED + "Senator Dara Quell said Bakr's family was saddened.", "Dara Quell"),
    # a denied condemnation is no praise
    (MASKS + "Union leader Dara Quell said the ban was not illegal.", "Dara Quell"),
    # a neutral report judges no one
    (MASKS + "Union leader Dara Quell said the ban was new and would start on Friday.", "Dara Quell"),
    # a supposition judges no one
    (DIED + "Senator Dara Quell said that if the Kestrian envoys are honest, they will return the land.", "Dara Quell"),
    # "a kind of" is a hedge, no kindness; "this" with one mild word is too loose a pointer to judge
    (MASKS + 'Union leader Dara Quell said: "This is a kind of test for the unions."', "Dara Quell"),
    (MASKS + 'Union leader Dara Quell said: "That is pretty cool."', "Dara Quell"),
    # a speaker never judges themselves
    ("Senator Dara Quell of Ostria said she was a decent and honest politician.", "Dara Quell"),
])
def test_events_statement_predicate_judging_no_one(nlp, text: str, judge: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] in ("ACCUSE", "SUPPORT") and judge in " ".join(e[1]) and e[2]], events


@pytest.mark.parametrize("text, event, judge, judged", [
    (DIED + 'Senator Dara Quell said: "Nothing can change the fact that the Kestrian council has chosen to crush '
     'the protests in a grossly unlawful way that has seriously damaged the people\'s trust and hope."',
     "ACCUSE", "Dara Quell", "Kestrian council"),
    (DIED + 'Senator Dara Quell said: "Ali Bakr was a brave and honest leader who fought a terrible disease."',
     "SUPPORT", "Dara Quell", "Ali Bakr"),
])
def test_events_statement_political_words_outweigh_everyday_ones(nlp, text: str, event: str, judge: str,
                                                                 judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, judge, judged), events
    other = "SUPPORT" if event == "ACCUSE" else "ACCUSE"
    assert not events_with(events, other, judge, judged), events


@pytest.mark.parametrize("text, judge", [
    # what someone is charged with names the charge, not a verdict on who charges
    (DIED + "Senator Dara Quell said the Kestrian council would charge the gunman with terrorism.", "Dara Quell"),
    (DIED + "Senator Dara Quell said the Kestrian council accused the gunman of murder and terrorism.", "Dara Quell"),
    # what someone faces or suffers is their lot, not a verdict on them
    (DIED + 'Senator Dara Quell said: "The Kestrian farmers face a threat of ten years in jail."', "Dara Quell"),
    (DIED + 'Senator Dara Quell said: "The Kestrian council suffered a terrible and cruel attack."', "Dara Quell"),
])
def test_events_statement_charge_or_lot_judges_no_subject(nlp, text: str, judge: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", judge, "Kestrian"), events


def test_events_statement_lot_keeps_the_verdict_of_a_deed(nlp) -> None:  # type: ignore[no-untyped-def]
    # a wrong the subject commits still judges them
    events = coded_article_events(nlp, DIED + 'Senator Dara Quell said: "The Kestrian council committed a cruel '
                                  'and shameful crime."')
    assert events_with(events, "ACCUSE", "Dara Quell", "Kestrian"), events


def test_events_news_outlet_reporting_a_verdict_judges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Dara Quell of Ostria met Governor Ali Bakr on Monday. Quell called Bakr's conduct a "
            '"shameful breach of his duties," according to the Ostria Herald newspaper.')
    events = coded_article_events(nlp, text)
    assert not events_with(events, "ACCUSE", "Herald"), events


ORDER = "Ostrian transport minister Ali Bakr said on Monday that masks must be worn on all trains. "


@pytest.mark.parametrize("speaker", ["Union leader Dara Quell", "Ostrian union leader Dara Quell"])
def test_events_statement_pointing_noun_judges_the_lead_act(nlp, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # "the measure" points at the act the article reports first, even a verbal one (an order); a
    # union may judge its own country's government
    events = coded_article_events(nlp, ORDER + speaker + ' said the measure was "nowhere near enough."')
    assert events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events


@pytest.mark.parametrize("text", [
    # no act told before: the measure is no one's
    'Union leader Dara Quell of Ostria said the measure was "nowhere near enough."',
    # the speaker's own act: no one judged
    ORDER + 'Bakr said the measure was "nowhere near enough" and promised more.',
])
def test_events_statement_pointing_noun_without_another_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and e[2]], events


def test_events_statement_it_of_a_union_judges_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    # "it" points at the lead act; a union of the same country may still judge it
    events = coded_article_events(nlp, ORDER + 'Ostrian union leader Dara Quell said: "It is a shameful and '
                                  'reckless decision."')
    assert events_with(events, "ACCUSE", "Dara Quell", "Ali Bakr"), events
