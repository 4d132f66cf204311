"""Refusals, easings and closures the coder missed because no single word signals them; failure
classes of the real-news benchmark's dev-work articles, sentences written for these tests before
the fix.

- Not weighing a request ("would not consider requests of this kind", "will not entertain the
  proposal") refuses it: REJECT (PLOVER: decline a request), its maker the recipient. Affirmed it is
  deliberation, no event; a negated weighing of anything but a request ("did not consider the
  consequences") is no refusal.
- Not taking up one's seats ("will not take its seats in parliament") refuses the body: REJECT.
  Taking them is routine, no event.
- "Refused to comment" declines a journalist's question, not a political request: no REJECT
  (a spokesman's silence is on no analyst's timeline).
- Cutting a requirement or restriction ("reserve requirements would be slashed", "lowered the
  tariff quota limits") eases it like lifting does: CONCEDE for administrative restrictions (CAMEO
  081), RETREAT for curfews, embargoes and the like; cutting jobs or a budget is no easing.
- A closure kept under someone's orders ("the markets remained closed under orders of the
  government", "schools stay shut on the orders of the ministry") is that one's COERCE (restrict);
  a closure told without who ordered it, or an order of no one ("under strict orders"), is no event.
- Removing or blocking what others published ("censors deleted the hashtag", "blocked the
  opposition website", "the hashtag spread before being deleted by censors") is censorship: COERCE
  (censor), not an obstruction (PROTEST). Deleting one's own tweet, blocking a road or removing
  barricades is none.
- Giving oneself up to the police ("surrendered himself to police", "turned himself in to the
  sheriff") puts one in custody: COERCE (arrest) by the police on the one who gave up. Surrendering
  to an army stays a military RETREAT; surrendering a passport, or to no one named, is no arrest.
- A quote interrupted by its cue goes on where it stopped: '"We stand ready," said X, "to provide
  whatever help we can"' is an offer (AGREE) by the speaker, as the uninterrupted sentence is, not a
  help given (AID); an infinitive after the cue that completes no word of willingness ('"We met,"
  said X, "to talk"') makes no offer.
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("The Kestrian agency said it would not consider requests from Ostreland.", "REJECT", "agency", "Ostreland"),
    ("The Kestrian government will not entertain the Ostrelandic proposal.", "REJECT", "government", "Ostrelandic"),
    ("The Kestrian court did not consider the appeal of the opposition party.", "REJECT", "court", "opposition"),
    ("The opposition Blue Party announced that it will not take its seats in parliament.", "REJECT", "Blue Party", None),
    ("The Kestrian central bank announced that reserve requirements for commercial banks would be slashed.",
     "CONCEDE", "central bank", "banks"),
    ("The Kestrian government cut the curfew in the capital by two hours.", "RETREAT", "government", None),
    ("The Kestrian stock markets remained closed for a third day under orders of the Kestrian government.",
     "COERCE", "government", None),
    ("All schools in Lamberg stayed shut on the orders of the Kestrian health ministry.", "COERCE", "ministry", None),
    ("The Kestrian markets continued to remain closed under orders of the Kestrian government.", "COERCE",
     "government", "markets"),
    ("Kestrian censors deleted the hashtag within hours.", "COERCE", "censors", None),
    ("The Kestrian government blocked the opposition website on Friday.", "COERCE", "government", "opposition"),
    ("The hashtag quickly reached a million views before being deleted by Kestrian censors.", "COERCE", "censors",
     None),
    ("The video was taken down by the Kestrian media regulator.", "COERCE", "regulator", None),
    ("Police said the suspected gunman Ivo Marr surrendered himself to police in Lamberg.", "COERCE", "olice", "Marr"),
    ("The suspect, Ivo Marr, turned himself in to the Lamberg police on Friday.", "COERCE", "police", "Marr"),
    ('"We stand ready," said Kestrian prime minister Ivo Marr, "to provide whatever help we can to Ostreland."',
     "AGREE", "Marr", None),
    ('"We stand ready" tweeted Kestrian prime minister Ivo Marr "to provide whatever help we can."', "AGREE", "Marr",
     None),
    ('Ivo Marr is the Kestrian prime minister. "We stand ready" tweeted Marr "to provide whatever help we can to '
     'bring the fires under control."', "AGREE", "Marr", None),
])
def test_events_refusals_coded(nlp, text: str, event: str, actor: str, recipient: str | None) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert events_with(events, event, actor, recipient), events


@pytest.mark.parametrize("text, event", [
    ("The Kestrian agency said it would consider requests from Ostreland.", "REJECT"),
    ("The Kestrian government did not consider the consequences of the war.", "REJECT"),
    ("The newly elected members of the Blue Party took their seats in parliament on Monday.", "REJECT"),
    ("A spokesman for the Kestrian ministry refused to comment on the report.", "REJECT"),
    ("The Kestrian carmaker slashed 500 jobs at its plant in Lamberg.", "CONCEDE"),
    ("The Kestrian government cut the health budget by a tenth.", "CONCEDE"),
    ("The Kestrian government cut the health budget by a tenth.", "RETREAT"),
    ("The Kestrian stock markets remained closed for a third day.", "COERCE"),
    ("The Kestrian stock markets stayed closed on Monday under strict orders.", "COERCE"),
    ("The Kestrian minister deleted his tweet about the election.", "COERCE"),
    ("The Kestrian police removed the barricades from the square.", "COERCE"),
    ("Protesters blocked the main road to the airport.", "COERCE"),
    ("The Kestrian rebel unit surrendered to the army on Monday.", "COERCE"),
    ("The Kestrian opposition leader Ivo Marr surrendered his passport to the court.", "COERCE"),
    ("The suspected gunman Ivo Marr surrendered on Friday.", "COERCE"),
    ('"We stand ready" tweeted Kestrian prime minister Ivo Marr "to provide whatever help we can."', "AID"),
    ('"We met in Lamberg," said Kestrian prime minister Ivo Marr, "to talk about the border."', "AGREE"),
])
def test_events_refusals_not_coded(nlp, text: str, event: str) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text)
    assert not events_with(events, event), events
