"""The wrong event type at the right place (issue 11; failure class "another type here" of the
real-news benchmark's dev-work: a required event of one type where the coder coded another type
at the same evidence). Sub-classes fixed, each through the lexicon's data:
- **a verb's sense decided by its complement** (idioms with a noun in a phrase or an object):
  holding or finding someone in contempt, issuing a warrant for someone, accuse them (ACCUSE,
  legal); holding talks or issuing a statement stays what it was; an agentless passive ("was held
  in contempt in 2010", word class ``status_phrases``) tells a state, not an act.
- **a verb's sense decided by its object's class** (``use,@events.coding.detect.armed_forces``):
  using, activating, summoning or stationing troops, the army or the National Guard deploys them
  (MOBILIZE); summoning an ambassador stays ACCUSE, using money is nothing.
- **a frame verb whose embedded act decides the type**: directing or instructing someone to act
  is a demand (REQUEST); "directed" of a film or of traffic is none.
- **an appeal's embedded act**: begging or lobbying someone to act asks for the act (REQUEST);
  it is not the act ("begged the government to lift the ban" is no concession by the beggars).
- **words of thanks and congratulation** are praise (SUPPORT) whatever verb carries them ("sent
  his congratulations", "expressed gratitude", "appreciate X's response"); appreciating a risk is
  none.
- **a promise carried by the verb a purpose infinitive hangs from**: "announced that they would
  work together to provide loans" promises help (AGREE), as "will provide" does; done in the
  past it stays AID.
Sentences written for these tests, positive and negative, before the fix.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, wrong", [
    # the complement decides
    ("The Kestrian parliament voted to hold Finance Minister Omar Varo in contempt of parliament.", "ACCUSE",
     "parliament", None),
    ("Judge Omar Varo found the Ostrian Minister Ana Tell in contempt of court on Monday.", "ACCUSE", "Omar Varo",
     None),
    ("Omar Varo was held in contempt by the Kestrian parliament on Monday.", "ACCUSE", "parliament", None),
    ("A Kestrian court issued an arrest warrant for opposition leader Omar Varo on Tuesday.", "ACCUSE", "court",
     None),
    # armed forces put to use are deployed, whatever the verb: MOBILIZE
    ("The Kestrian governor summoned the National Guard after the riots in Rask.", "MOBILIZE", "governor", "ACCUSE"),
    ("The Kestrian government used the army to staff polling stations during the election.", "MOBILIZE",
     "Kestrian government", None),
    ("Kestria activated 2,000 reservists on Monday.", "MOBILIZE", "Kestria", None),
    # a frame of direction embeds a demand
    ("Kestrian President Ana Tell directed the interior ministry to open an inquiry into the shooting.",
     "REQUEST", "Ana Tell", None),
    ("Ostrian Prime Minister Omar Varo instructed the army to release the detained journalists.", "REQUEST",
     "Omar Varo", "RETREAT"),
    # an appeal's embedded act is asked for, not done: begging or lobbying someone to act is a REQUEST
    ("Kestrian farmers begged the government to lift the export ban.", "REQUEST", "farmers", "CONCEDE"),
    ("Kestrian trade unions lobbied the government to raise the minimum wage.", "REQUEST", "unions", None),
    # words of thanks and congratulation praise (SUPPORT), whatever verb carries them
    ("\"We appreciate the Ostrian army's swift response,\" the Kestrian defence ministry said.", "SUPPORT",
     "defence ministry", None),
    ("\"We appreciate the Ostrian Security Forces quick response,\" the Kestrian defence ministry said.", "SUPPORT",
     "defence ministry", None),
    ("Kestrian President Omar Varo sent his congratulations to Ana Tell on her election victory.", "SUPPORT",
     "Omar Varo", "AID"),
    ("The Kestrian foreign minister expressed gratitude to Ostria for its help after the floods.", "SUPPORT",
     "foreign minister", None),
    # a promise carried to the purpose infinitive
    ("The central banks of Kestria and Ostria announced that they would work together to provide loans to "
     "Ostrian farmers.", "AGREE", "Kestria", "AID"),
])
def test_events_type_decided_by_its_argument(nlp, text: str, event: str, actor: str, wrong: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor), events
    if wrong:
        assert not events_with(events, wrong), events


@pytest.mark.parametrize("text, event, absent", [
    # armed groups clashing is fighting, whatever else changed
    ("Kestrian rebels clashed with the Ostrian army near the border on Sunday.", "ASSAULT", "PROTEST"),
    ("Ostrian soldiers fought with Kestrian rebels near the border town of Rask.", "ASSAULT", "PROTEST"),
    # other complements stay what they were
    ("The Kestrian foreign minister held talks with his Ostrian counterpart in Rask.", "CONSULT", "ACCUSE"),
    ("The Kestrian court issued a statement on the ruling on Monday.", None, "ACCUSE"),
    # an agentless passive of contempt tells a state, not an act
    ("Omar Varo was held in contempt of court in 2010.", None, "ACCUSE"),
    ("People held in contempt of the Kestrian parliament are referred to prosecutors.", None, "ACCUSE"),
    # "directed" of a film, of traffic: no demand
    ("The documentary was directed by the Kestrian filmmaker Ana Tell.", None, "REQUEST"),
    ("Ostrian police directed traffic away from the parliament building on Monday.", None, "REQUEST"),
    # using or summoning anything else is no deployment
    ("The Kestrian government used the money to build schools in Rask.", None, "MOBILIZE"),
    ("Kestria summoned the Ostrian ambassador on Monday.", "ACCUSE", "MOBILIZE"),
    # appreciating a risk, a currency appreciating: no praise
    ("Analysts said Kestrian investors appreciate the risks of the Ostrian market.", None, "SUPPORT"),
    ("The Kestrian currency appreciated sharply against the dollar on Monday.", None, "SUPPORT"),
    # pleading guilty asks for nothing
    ("The former Kestrian minister Omar Varo pleaded guilty to fraud on Monday.", None, "REQUEST"),
    # help given in the past is no promise
    ("The central banks of Kestria and Ostria worked together to provide loans to Ostrian farmers last year.",
     "AID", "AGREE"),
])
def test_events_type_kept_when_the_argument_does_not_decide(nlp, text: str, event: str | None, absent: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, absent), events
    if event:
        assert events_with(events, event), events
