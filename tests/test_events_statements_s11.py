"""Statements that are accusations (issue 11): when a quoted or reported statement passes a negative
judgement on a party's act or conduct. Tables of sentences written for these tests, positive and
negative cases, written before the fix:

- an extraposed judgement ("It is unacceptable that X has ...", "considers it outrageous for X to
  ...") judges the subject of the clause it is about, not the pointing "it";
- denied praise of conduct is blame ("X has not shown any respect for the rules", "X has not been
  honest"), while a denied condemnation ("X is not a criminal") still judges no one;
- the words of judgement, by class: dishonesty (a pretext, a conspiracy theory, fabricated,
  distorted), illegitimacy (no right to, no mandate), harm done by a party (undermines,
  endangers, tramples on rights, persecutes), failure (failed, incompetence), violation (flouts,
  infringes, contrary to the law), bad faith (cynical, hypocritical);
- the kind of conduct a party "commits" or "engages in" ("committing criminal acts", "engaged in
  unacceptable behaviour") is a verdict on that party; the kind of work done ("performing a criminal
  investigation") is not;
- no verdict: a negative statement about a situation with no party to blame ("a sad day", "the
  economy is weak"), a speaker's own side, a supposition.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model

BAN = "The Kestrian government banned the Ostrian Farmers Party on Monday. "


@pytest.mark.parametrize("text, judge, judged", [
    # extraposition: the clause that is judged names whom
    (BAN + 'Ostrian foreign minister Dara Quell said: "It is unacceptable that the Kestrian government has '
     'silenced a lawful party."', "Dara Quell", "Kestrian government"),
    (BAN + "Ostrian foreign minister Dara Quell said it was outrageous for Kestria to silence a lawful party.",
     "Dara Quell", "Kestria"),
    # denied praise of conduct
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian government has not shown any respect for '
     'the basic standards of decent behaviour."', "Dara Quell", "Kestrian government"),
    (BAN + 'Ostrian foreign minister Dara Quell said: "Kestria has never been honest with its neighbours."',
     "Dara Quell", "Kestria"),
    # dishonesty
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian government is using the vote as a pretext '
     'to silence its critics."', "Dara Quell", "Kestrian government"),
    (BAN + 'Ostrian foreign minister Dara Quell said: "Kestria has fabricated the evidence against the party."',
     "Dara Quell", "Kestria"),
    # illegitimacy
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian government has no right to decide who may '
     'stand for election."', "Dara Quell", "Kestrian government"),
    # harm done by a party
    (BAN + 'Ostrian foreign minister Dara Quell said: "Kestria is trampling on the rights of its own citizens '
     'and undermining democracy."', "Dara Quell", "Kestria"),
    # violation
    (BAN + 'Ostrian foreign minister Dara Quell said: "Kestria flouts every treaty it has signed."',
     "Dara Quell", "Kestria"),
    # the kind of conduct committed
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian government is committing criminal acts '
     'against its own people."', "Dara Quell", "Kestrian government"),
])
def test_events_statement_accuses_a_party(nlp, text: str, judge: str, judged: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, "ACCUSE", judge, judged), events


@pytest.mark.parametrize("text, judge", [
    # a negative statement about a situation blames no one
    (BAN + 'Ostrian foreign minister Dara Quell said: "It is a sad day for the region."', "Dara Quell"),
    (BAN + 'Ostrian foreign minister Dara Quell said: "The economy of the region is weak and fragile."',
     "Dara Quell"),
    # an extraposed judgement of no party's act
    (BAN + 'Ostrian foreign minister Dara Quell said: "It is unfortunate that the harvest failed this year."',
     "Dara Quell"),
    # a denied condemnation is no praise and no blame
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian voters are not criminals."', "Dara Quell"),
    # a denied mild word is no verdict
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian talks have not been easy."', "Dara Quell"),
    # the kind of work done is no verdict
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian police are performing a criminal '
     'investigation into the fire."', "Dara Quell"),
    # the speaker's own side
    (BAN + 'Ostrian foreign minister Dara Quell said: "We have no right to decide for the Kestrian voters."',
     "Dara Quell"),
    # good conduct affirmed in passing praises no one, and its everyday use blames no one
    (BAN + 'Ostrian foreign minister Dara Quell said: "The Kestrian envoys will talk to us in a spirit of '
     'mutual respect."', "Dara Quell"),
    # a supposition
    (BAN + 'Ostrian foreign minister Dara Quell said: "If the Kestrian government fabricated the evidence, '
     'the court will say so."', "Dara Quell"),
])
def test_events_statement_accusing_no_one(nlp, text: str, judge: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not [e for e in events if e[0] == "ACCUSE" and judge in " ".join(e[1])
                and any(r not in ("Ostrian Farmers Party",) for r in e[2])], events
