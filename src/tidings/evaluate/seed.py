"""Evaluation against a hand-coded reference article (the ``tidings-gold`` format).

A reference (``NAME.gold.json`` beside ``NAME.txt``) lists required and optional events, each
with a type and actor/recipient specs: a spec matches a coded actor when its ``country`` equals
the actor's country, or one of its ``accept`` strings equals the actor's country or occurs in
(or contains) the actor's name. A required event is found when a coded, non-negated event has its
type, an actor matching one of its actor specs and — where the reference names non-optional
recipients — a recipient matching one of them. A coded event matches the reference when some
reference event has its type and either a matching actor or overlapping evidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..ontology import normalise_type
from ..schema import Actor, ArticleResult, Event
from .events import live_events


def _spec_matches(spec: dict[str, Any], actor: Actor) -> bool:
    if spec.get("country") and actor.country == spec["country"]:
        return True
    name = actor.name.lower()
    for acc in spec.get("accept", []):
        a = acc.lower()
        if actor.country and acc == actor.country:
            return True
        if a in name or (len(name) > 3 and name in a):
            return True
    return False


def _any_match(specs: list[dict[str, Any]], ids: tuple[str, ...], actors: dict[str, Actor]) -> bool:
    return any(_spec_matches(s, actors[i]) for s in specs for i in ids if i in actors)


def _evidence_overlap(ref: dict[str, Any], ev: Event) -> bool:
    want = set(ref.get("evidence", "").lower().split())
    spans = (ev.evidence, *ev.mentions)
    return bool(want) and any(len(want & set(s.text.lower().split())) >= 0.6 * len(want) for s in spans)


def match_event(ref: dict[str, Any], ev: Event, actors: dict[str, Actor], *, strict: bool) -> bool:
    if normalise_type(ref["event"]) != ev.event:
        return False
    actor_ok = _any_match(ref.get("actor", []), ev.actor, actors)
    if not strict:
        return actor_ok or _evidence_overlap(ref, ev)
    needed = [s for s in ref.get("recipient", []) if not s.get("optional")]
    recipient_ok = not needed or _any_match(needed, ev.recipient, actors)
    return actor_ok and recipient_ok


def evaluate_reference(gold: dict[str, Any], result: ArticleResult) -> dict[str, Any]:
    actors = {a.id: a for a in result.actors}
    events = live_events(result)
    refs = gold.get("events", [])
    required = [r for r in refs if r.get("required")]
    found, missed, aux_checks = [], [], []
    for ref in required:
        hit = next((e for e in events if match_event(ref, e, actors, strict=True)), None)
        (found if hit else missed).append({"id": ref["id"], "event": ref["event"], "evidence": ref.get("evidence"),
                                           "coded": hit.id if hit else None})
    for ref in refs:
        if not ref.get("aux"):
            continue
        hit = next((e for e in events if match_event(ref, e, actors, strict=False)), None)
        if hit is None:
            hit = next((e for e in result.events if match_event(ref, e, actors, strict=False)), None)
        want = set(ref["aux"]) & {"hypothetical", "negation"}
        aux_checks.append({"id": ref["id"], "want": sorted(ref["aux"]), "coded": list(hit.aux) if hit else None,
                           "ok": bool(hit) and want <= set(hit.aux)})
    matched = [e for e in events if any(match_event(r, e, actors, strict=False) for r in refs)]
    return {
        "required": len(required), "required_found": len(found),
        "coded_events": len(events),
        "coded_matching": len(matched),
        "precision": round(len(matched) / len(events), 4) if events else 0.0,
        "found": found, "misses": missed, "aux": aux_checks,
        "unmatched": [{"id": e.id, "event": e.event, "rule": e.rule, "evidence": e.evidence.text}
                      for e in events if e not in matched],
    }


def evaluate_seed(path: str | Path, pipeline: Any) -> dict[str, Any]:
    """Code the article beside ``path`` (a .gold.json) and compare it with the reference."""
    from ..ingest import read_paths

    gold_path = Path(path)
    txt = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    (article,) = [a for a in read_paths([str(txt)]) if not hasattr(a, "code")]
    result = pipeline.code(article)
    return {"dataset": "tidings-gold", "path": str(path), **evaluate_reference(gold, result)}


__all__ = ["evaluate_reference", "evaluate_seed", "match_event"]
