"""A title's phrase that holds a name besides its title ("a Trump spokesman", "the Apple CEO",
"spokeswoman for the Trump administration's Department of Justice") describes someone of theirs,
not them (issue 10, split actors, session 13).

Failure class seen on the benchmark's dev-work articles: the knowledge base resolved the whole
phrase by the name inside it, so a spokeswoman's appositive became a mention of the president, and
an executive's description a mention of the company (the person left as a second actor). The
description is now a person of the named one's country, and the appositive joins the person it
sets beside. Negative cases: an office the knowledge base knows whole ("the US president", "Russia's
President": the state is no holder), a person's own name ending the phrase ("United States Senator
from Vermont Bernie Sanders"), and a named body that is no part of a title.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _actor_of(result, mention: str):  # type: ignore[no-untyped-def]
    return next(a for a in result.actors if any(m.span.text == mention for m in a.mentions))


@pytest.mark.parametrize("text, mention, holder", [
    ("Lena Koss, spokeswoman for the Trump administration's Department of Justice, said the rule was lawful. "
     "President Donald Trump said it was fair.", "spokeswoman for the Trump administration's Department of Justice",
     "Lena Koss"),
    ("Karl Oste, the new Apple CEO of Europe, said sales rose. Apple said it would hire.",
     "the new Apple CEO of Europe", "Karl Oste"),
])
def test_a_title_holding_a_name_is_someone_of_theirs(actors_only, text: str, mention: str,
                                                     holder: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor_of(actors_only(text), mention).name == holder


@pytest.mark.parametrize("text, mention", [
    ("Speaking for the Trump campaign, Trump's spokesman said the rally would go on.", "Trump's spokesman"),
])
def test_a_title_holding_a_name_is_a_person_not_the_named(actors_only, text: str,
                                                          mention: str) -> None:  # type: ignore[no-untyped-def]
    actor = _actor_of(actors_only(text), mention)
    assert actor.kind == "person" and actor.name not in {"Apple", "Donald Trump"}


@pytest.mark.parametrize("text, mention, named", [
    ("The US president said he agreed with the plan.", "The US president", "Donald Trump"),
    ("Russia's President said no to the plan.", "Russia's President", "Vladimir Putin"),
    ("United States Senator from Vermont Bernie Sanders said he would run.",
     "United States Senator from Vermont Bernie Sanders", "Bernie Sanders"),
    ("Apple said it would hire more engineers in Europe.", "Apple", "Apple"),
])
def test_an_office_known_whole_or_its_holders_name_keeps_its_resolution(actors_only, text: str, mention: str,
                                                                        named: str) -> None:  # type: ignore[no-untyped-def]
    assert _actor_of(actors_only(text), mention).name.endswith(named)
