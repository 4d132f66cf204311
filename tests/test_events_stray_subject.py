"""A main verb's subject that the parse hung as an appositive of an earlier phrase (session 17).

Class: a finite main verb with no subject in the parse ("As X pressed on with what critics call a
purge, the Kestrian opposition on Tuesday condemned …", where "opposition" hangs under "purge")
takes the appositive noun phrase that ends right before it (and its own modifiers) as subject. A
verb with a subject keeps it; an appositive that does not end right before the verb is no subject.
"""

from __future__ import annotations

import pytest

from tests.test_events_recipients_s14 import _coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,event,actor", [
    ('As the Velkan government pressed on with what critics call a "purge," the Kestrian opposition on '
     "Tuesday condemned the arrests.", "ACCUSE", "opposition"),
    ("The minister, a former general, condemned the attack.", "ACCUSE", "minister"),
])
def test_stray_subject_of_a_main_verb(nlp, text: str, event: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    found = [a for actors, _, _ in _coded(nlp, text, event) for a in actors]
    assert any(actor in a for a in found), found


def test_stray_subject_needs_an_appositive_right_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.roles import stray_subject

    doc = nlp("The minister, a former general, condemned the attack.")
    verb = next(t for t in doc if t.lower_ == "condemned")
    assert stray_subject(verb) is None  # it has its subject
    doc = nlp("Condemned the attack yesterday.")
    assert stray_subject(doc[0]) is None



# The places of an attack include noun phrases right after its verb that the parse hung as
# appositives of something before it (recipient.held_targets), never past the next verb.

def test_late_appositives_stop_at_the_next_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings.extract.events.roles import late_appositives

    doc = nlp("The minister, who resigned on Monday, a day after the vote, was replaced by Arno Kell.")
    verb = next(t for t in doc if t.lower_ == "replaced")
    assert late_appositives(verb) == []
