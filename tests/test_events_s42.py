"""Failure classes of issue 11 (session 42), found on news-like sentences written for the purpose,
each seen failing before its fix.

1. A passive joined to an active verb is done to the active verb's subject. "Tom Baker founded the
   Velmar Union in 1963 but was arrested in 1964" and "The opposition leader returned home on
   Monday and was arrested at the airport" coded the arrest as Tom Baker's and the leader's own: a
   passive conjunct with no subject of its own took the subject of the verb it is joined to as its
   doer. That subject undergoes it; its "by" phrase, if any, did it ("and was arrested by police":
   the police, where the police then arrested no one). A verb one does oneself after a passive
   ("was defeated in the vote and resigned") stays the subject's own, and two passives share their
   patient as before ("were arrested and beaten by police").
"""

from __future__ import annotations

import pytest
from builders import coded_article_events, events_with


# 1. A passive joined to an active verb is done to the active verb's subject

@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Tom Baker founded the Velmar Union in 1963 and was arrested by police in 1964.", "COERCE", "police", "Tom Baker"),
    ("The journalist Ann Vale travelled to Velt in May and was shot by a sniper.", "ASSAULT", "sniper", "Ann Vale"),
    ("The opposition leader returned home on Monday and was arrested at the airport.", "COERCE", None,
     "opposition leader"),
    ("Tom Baker founded the Velmar Union in 1963 but was arrested in 1964.", "COERCE", None, "Tom Baker"),
])
def test_a_passive_conjunct_is_done_to_the_first_verbs_subject(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
    assert not events_with(events, event, recipient), events  # the one arrested arrested no one


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Three protesters were arrested and beaten by police.", "ASSAULT", "police", "protesters"),
    ("Three protesters were arrested and beaten by police.", "COERCE", "police", "protesters"),
    ("The minister was defeated in the vote and resigned on Monday.", "RETREAT", "minister", None),
    ("Police arrested Tom Baker on Monday and charged him with murder.", "COERCE", "Police", "Tom Baker"),
])
def test_other_conjuncts_keep_their_roles(nlp, text, event, actor, recipient) -> None:  # type: ignore[no-untyped-def]
    events = coded_article_events(nlp, text, gated=True)
    assert events_with(events, event, actor, recipient), events
