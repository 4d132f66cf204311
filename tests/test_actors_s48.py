"""Actor classes of issue 10 (session 48), written for these tests (invented names), each seen
failing before its fix.

1. *An armed group's members named plainly are the group.* "The Kestrel Liberation Front attacked
   a village. The rebels killed 12 people" gave two actors, the front and "rebels" (both sector
   REB), and the reference codes one: wire copy calls a rebel group by what its members are ("the
   rebels", "militants", "the insurgents"). The finder joined such a description to the one named
   body of its sector before it only for a definite singular ("the group") or a state's forces
   ("police", "the troops"). A plural or bare noun of an armed group's members, with no word of its
   own saying which ("Islamist militants", "Syrian rebels", "two rebels", "other rebels"), now
   joins the one armed group of that sector named before it; with two named, or none before, or
   another country's, it stays apart: unresolved is better than wrong.
2. *A group is what the word before "group" says it is.* "The move was welcomed by civil society
   groups" gave the welcome no actor, where "Civil society groups welcomed the move" had one: as
   a "by" phrase or an object the events stage asks the knowledge base what the noun is, and
   "group" is a word of no sector, so "civil society groups", "media groups"
   were no one in particular (like "several groups"). The kind before a collective head ("group",
   "faction": word class ``actors.variants.collective_heads``) now says the group's sector; a
   vague word there ("several groups", "other groups") still names no one.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _holder(result, words: str):  # type: ignore[no-untyped-def]
    return next((a for a in result.actors if any(m.span.text == words for m in a.mentions)), None)


@pytest.mark.parametrize("text, name, words", [
    ("The Kestrel Liberation Front attacked a village in the north on Monday. The rebels killed 12 people, "
     "officials said.", "Kestrel Liberation Front", "The rebels"),
    ("Boko Haram attacked a village in Borno state on Monday. The insurgents burned dozens of homes, "
     "police said.", "Boko Haram", "The insurgents"),
    ("The Varo Liberation Army seized the town of Dask on Friday. Militants later blocked the main road "
     "out of the town.", "Varo Liberation Army", "Militants"),
])
def test_members_of_the_one_armed_group_are_the_group(code_text, text, name, words) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    group, members = _holder(result, name), _holder(result, words)
    assert group is not None and members is not None, [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]
    assert group.id == members.id, (group, members)


@pytest.mark.parametrize("text, name, words", [
    # two armed groups named: "the rebels" may be either, or both
    ("The Kestrel Liberation Front and the Varo Liberation Army clashed near Dask on Monday. The rebels "
     "killed 12 people, officials said.", "Kestrel Liberation Front", "The rebels"),
    # a word of its own says which militants
    ("The Kestrel Liberation Front said Islamist militants had attacked its positions near Dask on Monday.",
     "Kestrel Liberation Front", "Islamist militants"),
    # some of them, counted
    ("Boko Haram attacked a village in Borno state on Monday. Two militants were arrested by police on "
     "Tuesday.", "Boko Haram", "Two militants"),
    # the members are named before the group: they may be others
    ("Rebels attacked a village in the north on Monday. The Kestrel Liberation Front later denied any role "
     "in the attack.", "Kestrel Liberation Front", "Rebels"),
])
def test_members_stay_apart_where_the_group_is_not_plain(code_text, text, name, words) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    group, members = _holder(result, name), _holder(result, words)
    assert group is not None, [(a.name, [m.span.text for m in a.mentions]) for a in result.actors]
    assert members is None or members.id != group.id, members


@pytest.mark.parametrize("text, sector", [
    ("The move was welcomed by civil society groups on Monday.", "SOC"),
    ("The curfew was denounced by youth groups in the capital.", "CVL"),
    ("The ban was condemned by media groups in the capital.", "JRN"),
])
def test_the_kind_before_group_types_the_group(code_text, text: str, sector: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    event = next(e for e in result.events if e.event in ("SUPPORT", "ACCUSE"))
    actors = {a.id: a for a in result.actors}
    assert [actors[i].sector for i in event.actor] == [sector], (event, result.actors)


@pytest.mark.parametrize("text", [
    "The move was welcomed by several groups on Monday.",
    "The new tax was criticised by other groups on Monday.",
])
def test_a_vague_word_before_group_names_no_one(code_text, text: str) -> None:  # type: ignore[no-untyped-def]
    result = code_text(text)
    assert all(not e.actor for e in result.events if e.event in ("SUPPORT", "ACCUSE")), result.events
