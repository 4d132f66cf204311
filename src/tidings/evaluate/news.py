"""Scoring one coding of an article against the reference coding, and summing over a corpus.

:func:`score_article` compares a reference :class:`~.corpus.GoldArticle` with another coding of the
same article (tidings' output through :func:`~.news_match.coding_of_result`, or a second coder's
record) and returns counts and an error listing of offsets; :func:`aggregate` sums the counts of
many articles into the per-layer report (see :mod:`.news_match` for what "match" means).

*Claims* are the coded events that count for precision: every live event of tidings, or the
required events of a second coder (a coder's optional events are not claims, but they can still
find a reference event).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from .corpus import GoldArticle, GoldEvent
from .metrics import spans_overlap
from .news_match import (MISS_REASONS, SPLIT_KINDS, ActorIndex, covers_a_head, link_actors, match_events, match_quotes,
                         miss_reason, overlap_chars, pronoun_links, split_kind)

CALIBRATION_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
COUNTS = ("required", "found", "found_entity", "claimed", "correct", "correct_entity", "ref_actors",
          "ref_actors_found", "ref_actors_linked", "sys_actors", "sys_actors_right", "split_actors",
          "ref_quotes", "sys_quotes", "quotes_span", "quotes_speaker", "quotes_wrong_speaker",
          "dates", "dates_right", "places", "places_country", "places_name", "not_event_errors",
          "claimed_no_actor")


def _same_codes(a: Any, b: Any) -> bool:
    return a.country == b.country and a.sector == b.sector


def _place_name_ok(ref: str, sys: str) -> bool:
    r, s = ref.casefold(), sys.casefold()
    return r == s or r in s or s in r


def _actor_layer(ref: GoldArticle, sys: GoldArticle, c: Counter, text: str | None = None) -> list[dict[str, Any]]:
    links = link_actors(ref, sys)
    ref_by, sys_by = {a.id: a for a in ref.actors}, {a.id: a for a in sys.actors}
    errors = []
    c["ref_actors"] += len(ref.actors)
    for r in ref.actors:
        if links[r.id]:
            c["ref_actors_linked"] += 1
            best = sys_by[links[r.id][0]]
            c["linked_country_right"] += r.country == best.country
            c["linked_sector_right"] += r.sector == best.sector
            if _same_codes(r, best):
                c["ref_actors_found"] += 1
            else:
                errors.append({"kind": "actor-code", "ref": r.name, "want": [r.country, r.sector],
                               "coded": [best.country, best.sector], "coded_name": best.name})
        else:
            errors.append({"kind": "actor-missed", "ref": r.name, "want": [r.country, r.sector], "span": r.mentions[0]})
    best_ref: dict[str, str] = {}
    for s in sys.actors:
        scored = [(overlap_chars(r.mentions, s.mentions), r.id) for r in ref.actors]
        n, rid = max(scored, default=(0, ""))
        c["sys_actors"] += 1
        if n > 0:
            best_ref[s.id] = rid
            c["sys_actors_right"] += _same_codes(ref_by[rid], s)
        elif s.mentions:
            c["sys_actors_unmatched"] += 1
            # junk: an actor the coder could not type at all (a thing or a place taken for an actor)
            c["sys_actors_junk"] += s.kind == "other" or (s.country is None and s.sector is None)
            errors.append({"kind": "actor-spurious", "coded_name": s.name, "coded": [s.country, s.sector],
                           "span": s.mentions[0]})
    pieces: dict[str, list[Any]] = {}
    for sid, rid in best_ref.items():
        if text is not None and not covers_a_head(ref_by[rid], sys_by[sid], text):
            # a body named inside the mention ("UN" in "UN spokesman Farhan Haq") is no piece of it;
            # it may be a piece of the actor whose head it covers
            heads = [(overlap_chars(r.mentions, sys_by[sid].mentions), r.id) for r in ref.actors
                     if covers_a_head(r, sys_by[sid], text)]
            if not heads:
                continue
            rid = max(heads)[1]
        pieces.setdefault(rid, []).append(sys_by[sid])
    split = {rid: p for rid, p in pieces.items() if len(p) > 1}
    c["split_actors"] += len(split)
    for rid, p in split.items():
        kind = split_kind(p)
        c[f"split:{kind}"] += 1
        errors.append({"kind": "actor-split", "ref": ref_by[rid].name, "pieces": len(p), "split_kind": kind,
                       "coded_names": [x.name for x in p]})
    return errors


def _names(ids: Iterable[str], table: dict[str, Any]) -> list[str]:
    return [table[i].name for i in ids if i in table]


def score_article(ref: GoldArticle, sys: GoldArticle, *, claims: set[str] | None = None,
                  confidence: dict[str, float] | None = None, rules: dict[str, str] | None = None,
                  text: str | None = None) -> dict[str, Any]:
    """Counts, per-type tallies, confusion pairs, calibration points and the error listing of one
    article; with the article's ``text``, also how its pronouns were resolved."""
    idx = ActorIndex({a.id: a for a in ref.actors}, {a.id: a for a in sys.actors})
    claimed = tuple(e for e in sys.events if claims is None or e.id in claims)
    c: Counter = Counter()
    found = match_events(ref.events, sys.events, idx)
    found_ent = match_events(ref.events, sys.events, idx, entity=True)
    hits = match_events(ref.events, claimed, idx) if claims is not None else found
    hits_ent = match_events(ref.events, claimed, idx, entity=True) if claims is not None else found_ent
    required = [e for e in ref.events if e.required]
    c["required"] += len(required)
    c["found"] += sum(1 for e in required if e.id in found)
    c["found_entity"] += sum(1 for e in required if e.id in found_ent)
    for e in required:
        in_quote = any(spans_overlap(e.evidence, q.span) for q in ref.quotes)
        c["required_in_quote"] += in_quote
        c["found_in_quote"] += in_quote and e.id in hits
        if e.id not in hits:
            c[f"missed:{miss_reason(e, claimed, idx)}"] += 1
    correct_ids, correct_ent = set(hits.values()), set(hits_ent.values())
    c["claimed"] += len(claimed)
    c["correct"] += sum(1 for e in claimed if e.id in correct_ids)
    c["correct_entity"] += sum(1 for e in claimed if e.id in correct_ent)
    c["claimed_no_actor"] += sum(1 for e in claimed if not e.actor)
    sys_actor = {a.id: a for a in sys.actors}
    c["claimed_actor_resolved"] += sum(1 for e in claimed if any(
        (a := sys_actor.get(i)) is not None and (a.country or a.kind == "organization") for i in e.actor))
    sys_ev = {e.id: e for e in sys.events}
    for r in ref.events:
        s = sys_ev.get(found.get(r.id, ""))
        if s is None:
            continue
        if r.date:
            c["dates"] += 1
            c["dates_right"] += bool(s.date) and s.date[:len(r.date)] == r.date and len(s.date) >= len(r.date)
        if r.place:
            c["places"] += 1
            c["places_country"] += bool(s.place) and s.place[1] == r.place[1]
            c["places_name"] += bool(s.place) and _place_name_ok(r.place[0], s.place[0])
    per_type: dict[str, Counter] = {}
    for e in required:
        per_type.setdefault(e.event, Counter())["required"] += 1
        per_type[e.event]["found"] += e.id in found
    for e in claimed:
        per_type.setdefault(e.event, Counter())["claimed"] += 1
        per_type[e.event]["correct"] += e.id in correct_ids
    confusion = _confusion_pairs(ref.events, claimed)
    calibration = [(float((confidence or {}).get(e.id, 0.5)), e.id in correct_ids) for e in claimed]
    errors = _event_errors(ref, sys, required, found, claimed, correct_ids, c, confidence or {}, rules or {})
    errors += _actor_layer(ref, sys, c, text)
    if text is not None:
        n, right, wrong = pronoun_links(ref, sys, text)
        c["pronouns"] += n
        c["pronouns_right"] += right
        c["pronouns_wrong"] += wrong
    errors += _quote_layer(ref, sys, idx, c)
    return {"article": ref.article, "split": ref.split, "political": ref.political, "counts": dict(c),
            "per_type": {t: dict(v) for t, v in per_type.items()}, "confusion": confusion,
            "calibration": calibration, "errors": errors}


def _confusion_pairs(refs: tuple[GoldEvent, ...], claimed: tuple[GoldEvent, ...]) -> list[tuple[str, str]]:
    """(reference type, type of the claimed event whose evidence overlaps it most, or "-"), and
    ("-", type) for claimed events that overlap no reference event."""
    pairs, touched = [], set()
    for r in refs:
        best = max(claimed, key=lambda s: overlap_chars((r.evidence,), (s.evidence,)), default=None)
        if best is not None and spans_overlap(r.evidence, best.evidence):
            pairs.append((r.event, best.event))
            touched.add(best.id)
        else:
            pairs.append((r.event, "-"))
    pairs += [("-", s.event) for s in claimed
              if s.id not in touched and not any(spans_overlap(r.evidence, s.evidence) for r in refs)]
    return pairs


def _event_errors(ref: GoldArticle, sys: GoldArticle, required: list[GoldEvent], found: dict[str, str],
                  claimed: tuple[GoldEvent, ...], correct_ids: set[str], c: Counter,
                  confidence: dict[str, float], rules: dict[str, str]) -> list[dict[str, Any]]:
    ra, sa = {a.id: a for a in ref.actors}, {a.id: a for a in sys.actors}
    out = [{"kind": "event-missed", "id": e.id, "event": e.event, "actor": _names(e.actor, ra),
            "recipient": _names(e.recipient, ra), "span": e.evidence} for e in required if e.id not in found]
    for s in claimed:
        if s.id in correct_ids:
            continue
        why = next((f"not-event ({n.why})" for n in ref.not_events
                    if n.event == s.event and spans_overlap(n.evidence, s.evidence)), "")
        if why:
            c["not_event_errors"] += 1
        else:
            near = [r for r in ref.events if spans_overlap(r.evidence, s.evidence)]
            why = ("reference here: " + ", ".join(f"{r.id} {r.event}" for r in near)) if near else "no reference event here"
        out.append({"kind": "event-false", "id": s.id, "event": s.event, "actor": _names(s.actor, sa),
                    "recipient": _names(s.recipient, sa), "span": s.evidence, "why": why,
                    "confidence": confidence.get(s.id), "rule": rules.get(s.id)})
    return out


def _quote_layer(ref: GoldArticle, sys: GoldArticle, idx: ActorIndex, c: Counter) -> list[dict[str, Any]]:
    ra, sa = idx.ref, idx.sys
    c["ref_quotes"] += len(ref.quotes)
    c["sys_quotes"] += len(sys.quotes)
    errors = []
    for rq, sq, ok in match_quotes(ref, sys, idx):
        if sq is None:
            errors.append({"kind": "quote-missed", "speaker": _names([rq.speaker or ""], ra), "span": rq.span})
            continue
        c["quotes_span"] += 1
        c["quotes_speaker"] += ok
        if not ok:
            c["quotes_wrong_speaker"] += sq.speaker is not None
            errors.append({"kind": "quote-speaker", "want": _names([rq.speaker or ""], ra),
                           "coded": _names([sq.speaker or ""], sa), "span": rq.span})
    return errors


# --- sums over articles ----------------------------------------------------------------------

def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _prf(tp_claims: int, claims: int, tp_refs: int, refs: int) -> dict[str, float | int]:
    p, r = _ratio(tp_claims, claims), _ratio(tp_refs, refs)
    return {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "claimed": claims, "correct": tp_claims, "reference": refs, "found": tp_refs}


def calibration_table(points: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Reliability table: per confidence bin, how many events, how many right, mean confidence."""
    rows = []
    for lo, hi in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:]):
        inside = [(conf, ok) for conf, ok in points if lo <= conf < hi]
        right = sum(ok for _, ok in inside)
        rows.append({"confidence": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": len(inside), "correct": right,
                     "share_correct": _ratio(right, len(inside)),
                     "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 4) if inside else None})
    return rows


def expected_calibration_error(points: list[tuple[float, bool]]) -> float | None:
    """Mean gap between confidence and share correct over the bins, weighted by events."""
    if not points:
        return None
    rows = calibration_table(points)
    gap = sum(r["events"] * abs(r["mean_confidence"] - r["correct"] / r["events"]) for r in rows if r["events"])
    return round(gap / len(points), 4)


def aggregate(scores: list[dict[str, Any]]) -> dict[str, Any]:
    """The corpus report: per-layer P/R/F1, dates, places, non-political false events, per type,
    confusion and calibration."""
    c: Counter = Counter()
    per_type: dict[str, Counter] = {}
    pairs: Counter = Counter()
    points: list[tuple[float, bool]] = []
    for s in scores:
        c.update(s["counts"])
        for t, v in s["per_type"].items():
            per_type.setdefault(t, Counter()).update(v)
        pairs.update(tuple(p) for p in s["confusion"])
        points += [tuple(p) for p in s["calibration"]]  # type: ignore[misc]
    nonpol = [s for s in scores if not s["political"]]
    right = [conf for conf, ok in points if ok]
    wrong = [conf for conf, ok in points if not ok]
    confusion: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(pairs.items()):
        confusion.setdefault(g, {})[p] = n
    return {
        "articles": len(scores), "political": len(scores) - len(nonpol), "non_political": len(nonpol),
        "events": _prf(c["correct"], c["claimed"], c["found"], c["required"]),
        "events_entity": _prf(c["correct_entity"], c["claimed"], c["found_entity"], c["required"]),
        "actors": _prf(c["sys_actors_right"], c["sys_actors"], c["ref_actors_found"], c["ref_actors"]),
        "actors_linked": _ratio(c["ref_actors_linked"], c["ref_actors"]),
        # of the reference actors linked to a coded actor: how often each code alone is right
        "actors_linked_codes": {"country": _ratio(c["linked_country_right"], c["ref_actors_linked"]),
                                "sector": _ratio(c["linked_sector_right"], c["ref_actors_linked"])},
        "split_actors": c["split_actors"],
        "split_actors_per_article": _ratio(c["split_actors"], len(scores)),
        "split_actors_by_kind": {k: c[f"split:{k}"] for k in SPLIT_KINDS},
        "unmatched_actors_per_article": _ratio(c["sys_actors_unmatched"], len(scores)),
        "junk_actors_per_article": _ratio(c["sys_actors_junk"], len(scores)),
        "events_actor_resolved": _ratio(c["claimed_actor_resolved"], c["claimed"]),
        # reference pronoun mentions resolved to the right / a wrong coded actor (unresolved: neither)
        "pronouns": {"reference": c["pronouns"], "right": _ratio(c["pronouns_right"], c["pronouns"]),
                     "wrong": _ratio(c["pronouns_wrong"], c["pronouns"]),
                     "precision": _ratio(c["pronouns_right"], c["pronouns_right"] + c["pronouns_wrong"])},
        "quotes_span": _prf(c["quotes_span"], c["sys_quotes"], c["quotes_span"], c["ref_quotes"]),
        "quotes_speaker": _prf(c["quotes_speaker"], c["sys_quotes"], c["quotes_speaker"], c["ref_quotes"]),
        "quotes_wrong_speaker": c["quotes_wrong_speaker"],
        "quotes_speaker_of_matched": {"right": _ratio(c["quotes_speaker"], c["quotes_span"]),
                                      "wrong": _ratio(c["quotes_wrong_speaker"], c["quotes_span"])},
        "date_accuracy": {"matched_with_date": c["dates"], "right": c["dates_right"],
                          "accuracy": _ratio(c["dates_right"], c["dates"])},
        "place_accuracy": {"matched_with_place": c["places"], "country": _ratio(c["places_country"], c["places"]),
                           "name": _ratio(c["places_name"], c["places"])},
        # required events the coding missed, by why (see news_match.miss_reason), and those inside quotes
        "missed": {why: c[f"missed:{why}"] for why in MISS_REASONS},
        "in_quotes": {"required": c["required_in_quote"], "found": c["found_in_quote"]},
        "claimed_without_actor": _ratio(c["claimed_no_actor"], c["claimed"]),
        "not_event_errors": c["not_event_errors"],
        "false_events_per_non_political_article": _ratio(sum(s["counts"].get("claimed", 0) for s in nonpol),
                                                          len(nonpol)),
        "per_type": {t: {**_prf(v["correct"], v["claimed"], v["found"], v["required"])}
                     for t, v in sorted(per_type.items())},
        "confusion": confusion,
        "calibration": calibration_table(points),
        "expected_calibration_error": expected_calibration_error(points),
        "mean_confidence": {"correct": round(sum(right) / len(right), 4) if right else None,
                            "wrong": round(sum(wrong) / len(wrong), 4) if wrong else None},
    }


def symmetric(a_on_b: dict[str, Any], b_on_a: dict[str, Any]) -> dict[str, float]:
    """Agreement F1 of two coders: the mean of the F1s with either one as the reference."""
    out = {}
    for layer in ("events", "events_entity", "actors", "quotes_span", "quotes_speaker"):
        out[layer] = round((a_on_b[layer]["f1"] + b_on_a[layer]["f1"]) / 2, 4)
    return out


__all__ = sorted(["CALIBRATION_BINS", "aggregate", "calibration_table", "expected_calibration_error", "score_article", "symmetric"])
