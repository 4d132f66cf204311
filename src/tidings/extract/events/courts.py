"""A court that stops an act rules against it.

The verbs of stopping (block, halt, suspend, stay, freeze, overturn, annul, quash) read in the
lexicon as what crowds, governments and armies do with them: protesters blocking a road obstruct
(PROTEST), a government suspending talks breaks them off (SANCTION), a government suspending a
curfew eases it (RETREAT). Done by a court or a judge, stopping an act is a ruling against it: "A
federal judge blocked the administration's policy", "the court halted the extradition", "the
constitutional court suspended the law" are rejections (REJECT), whose recipient is whose act it
was (the guide: "a court ruling against a party, blocking, staying or dismissing its case"). A
prosecutor is of the judiciary (sector JUD) but rules on nothing; only courts and judges do
(word class ``events.coding.courts.bench``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..common import word_class

STOPPING_VERBS = word_class("events.coding.courts.stopping_verbs")
BENCH = word_class("events.coding.courts.bench")
JUDICIARY = "JUD"


def _on_the_bench(actor: Any) -> bool:
    """Whether an actor is a court or a judge: named as one, and of the judiciary or of no sector yet
    (the actors stage types "federal judge" after the events stage has read it)."""
    words = actor.name.lower().replace("-", " ").split() if actor is not None else []
    return actor is not None and actor.sector in (JUDICIARY, None) and any(w.rstrip("s") in BENCH for w in words)


def rules_against(verb: Any, actors: Sequence[str], actor_of: Callable[[str], Any]) -> bool:
    """Whether a trigger ``verb`` of stopping, done by ``actors`` (ids, looked up with ``actor_of``)
    who are all courts or judges, is a ruling against what it stops."""
    return verb.lemma_.lower() in STOPPING_VERBS and bool(actors) and all(_on_the_bench(actor_of(a)) for a in actors)


__all__ = ["BENCH", "STOPPING_VERBS", "rules_against"]
