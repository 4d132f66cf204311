"""Who obstructs decides what obstruction is.

Blocking a road or a building is a crowd's protest in the lexicon ("farmers blocked highways":
PROTEST, obstruct) and a blockade or a siege a state's restriction ("the navy blockaded the port":
COERCE, restrict). The doers turn each into the other: soldiers or police blocking a boat restrict
its movement (a state's armed or police force, sectors MIL, COP, SPY, PRM: COERCE), and civilians
blockading, laying siege to or occupying a city, a port, a parliament or a consulate (word class
``events.coding.obstruction.siege_words``) protest by obstruction (PROTEST), when every doer is of a
civilian sector (protesters, farmers, workers, businesses, students, clergy, journalists). A
state, its forces or an armed group (rebels, militants) blockading stays COERCE.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ...ontology import SECTOR_GROUPS
from ..common import word_class

ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "PRM"})
# the ontology's civil and private sector groups (as protesters are read in :mod:`.protested`)
CIVIL_SECTORS = frozenset(s for s, group in SECTOR_GROUPS.items() if group in ("civil", "private"))
SIEGE_WORDS = word_class("events.coding.obstruction.siege_words")
STATE_FORCE = "+state_force"  # rule suffix: an obstruction by a state's force, a restriction
CROWD = "+crowd"  # rule suffix: a blockade by civilians, a protest


def _all_of(actors: Sequence[str], actor_of: Callable[[str], Any], sectors: frozenset[str]) -> bool:
    found = [actor_of(a) for a in actors]
    return bool(found) and all(a is not None and a.sector in sectors for a in found)


def obstruction_retyped(event: str, mode: str | None, trigger: Sequence[Any], actors: Sequence[str],
                        actor_of: Callable[[str], Any]) -> tuple[str, str, str] | None:
    """(type, mode, rule suffix) an obstruction takes from its doers (``actors``, ids looked up with
    ``actor_of``), or None when it keeps its own: a crowd's obstruction done by a state's force is a
    restriction, a blockade or a siege done by civilians alone a protest."""
    if event == "PROTEST" and mode == "obstruct" and _all_of(actors, actor_of, ARMED_SECTORS):
        return "COERCE", "restrict", STATE_FORCE  # "soldiers blocked the boat"
    if event == "COERCE" and any(t.lemma_.lower() in SIEGE_WORDS for t in trigger) \
            and _all_of(actors, actor_of, CIVIL_SECTORS):
        return "PROTEST", "obstruct", CROWD  # "farmers blockaded the port"
    return None


__all__ = ["ARMED_SECTORS", "CIVIL_SECTORS", "CROWD", "SIEGE_WORDS", "STATE_FORCE", "obstruction_retyped"]
