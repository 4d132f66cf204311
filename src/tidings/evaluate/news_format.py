"""The real-news benchmark's report for people: layer figures, per type, confusion, calibration,
agreement, then a per-article error listing to read beside the article."""

from __future__ import annotations

from typing import Any

# Splits whose errors are never listed: reading their cases would make them seen.
UNREAD_SPLITS = frozenset({"dev-check"})


def _prf(name: str, v: dict[str, Any]) -> str:
    return (f"{name:<28} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}   "
            f"(correct {v['correct']}/{v['claimed']} coded, found {v['found']}/{v['reference']} reference)")


def _summary(r: dict[str, Any]) -> list[str]:
    out = [f"articles: {r['articles']} ({r['political']} political, {r['non_political']} not political); "
           f"default output: events with confidence >= {r['min_confidence']}",
           _prf("events (type+actor+recip.)", r["events"]),
           _prf("  every live event", r["events_all"]),
           *_misses(r),
           _prf("events, same entities", r["events_entity"]),
           _prf("actors (country+sector)", r["actors"]),
           f"{'':<28} of the reference actors linked: country right {100 * r['actors_linked_codes']['country']:.1f}%, "
           f"sector right {100 * r['actors_linked_codes']['sector']:.1f}%",
           f"{'':<28} reference actors linked to a coded actor {100 * r['actors_linked']:.1f}%, "
           f"split in two or more: {r['split_actors']} ({r['split_actors_per_article']:.2f} per article: "
           + ", ".join(f"{k} {n}" for k, n in r.get("split_actors_by_kind", {}).items()) + ")",
           f"{'':<28} coded actors not in the reference: {r['unmatched_actors_per_article']:.2f} per article, "
           f"of them untyped (junk): {r['junk_actors_per_article']:.2f} per article",
           f"{'':<28} coded events whose actor has a country or is an organisation: "
           f"{100 * r['events_actor_resolved']:.1f}%",
           f"{'':<28} reference pronouns ({r['pronouns']['reference']}) resolved right "
           f"{100 * r['pronouns']['right']:.1f}%, wrong {100 * r['pronouns']['wrong']:.1f}% "
           f"(precision {100 * r['pronouns']['precision']:.1f}%)",
           _prf("quotes (span)", r["quotes_span"]),
           _prf("quotes (span+speaker)", r["quotes_speaker"]),
           f"{'':<28} of the quotes found: speaker right {100 * r['quotes_speaker_of_matched']['right']:.1f}%, "
           f"wrong {100 * r['quotes_speaker_of_matched']['wrong']:.1f}% ({r['quotes_wrong_speaker']})",
           f"date of matched events: {r['date_accuracy']['right']}/{r['date_accuracy']['matched_with_date']} "
           f"({100 * r['date_accuracy']['accuracy']:.1f}%)",
           f"place of matched events: country {100 * r['place_accuracy']['country']:.1f}%, name "
           f"{100 * r['place_accuracy']['name']:.1f}% (of {r['place_accuracy']['matched_with_place']})",
           f"coded events without an actor: {100 * r['claimed_without_actor']:.1f}%; coded 'not events': "
           f"{r['not_event_errors']}",
           f"false events per non-political article: {r['false_events_per_non_political_article']:.2f}"]
    return out


def _misses(r: dict[str, Any]) -> list[str]:
    """Why required events were missed (default output, then every live event), and quotes."""
    if "missed" not in r:
        return []
    out = []
    for name, missed, quotes in (("default output", r["missed"], r["in_quotes"]),
                                 ("every live event", r.get("missed_all"), r.get("in_quotes_all"))):
        if missed is None:
            continue
        why = ", ".join(f"{k} {v}" for k, v in missed.items())
        out.append(f"{'':<28} missed by the {name}: {sum(missed.values())} ({why}); "
                   f"inside quotes found {quotes['found']}/{quotes['required']}")
    return out


def _per_type(r: dict[str, Any]) -> list[str]:
    out = ["per type:        P      R      F1   correct/coded  found/required"]
    for t, v in r["per_type"].items():
        out.append(f"  {t:<10} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}   {v['correct']:>4}/{v['claimed']:<6}"
                   f"  {v['found']:>4}/{v['reference']}")
    cols = sorted({c for row in r["confusion"].values() for c in row})
    out.append("confusion (rows reference type, columns the coded type at the same evidence; - none):")
    out.append(" " * 10 + " ".join(c[:6].rjust(6) for c in cols))
    for g, row in r["confusion"].items():
        out.append(g[:10].ljust(10) + " ".join(str(row.get(c, "")).rjust(6) for c in cols))
    return out


def _calibration(r: dict[str, Any]) -> list[str]:
    mc = r["mean_confidence"]
    out = [f"calibration (mean confidence: right {mc['correct']}, wrong {mc['wrong']}; "
           f"expected calibration error {r['expected_calibration_error']}):",
           "  confidence  events  correct  share"]
    for row in r["calibration"]:
        out.append(f"  {row['confidence']:<10} {row['events']:>7} {row['correct']:>8}  {100 * row['share_correct']:5.1f}%")
    return out


def _agreement(a: dict[str, Any]) -> list[str]:
    if not a.get("articles"):
        return ["agreement: no article of this split is coded twice"]
    f = a["f1"]
    return [f"agreement of two independent coders on {a['articles']} articles (mean F1 both ways):",
            f"  events {f['events']:.3f} (same entities {f['events_entity']:.3f}), actors {f['actors']:.3f}, "
            f"quotes {f['quotes_span']:.3f}, quotes with speaker {f['quotes_speaker']:.3f}; "
            f"political flag {100 * a['political_flag_agreement']:.1f}%"]


# One line per kind of error, to read beside the article (the text it is about follows it).
_ERROR_LINES = {
    "event-missed": lambda e: f"missed {e['event']} {e['actor']} -> {e['recipient']}",
    "event-false": lambda e: (f"false  {e['event']} {e['actor']} -> {e['recipient']} conf {e['confidence']} "
                              f"({e['rule']}; {e['why']})"),
    "quote-speaker": lambda e: f"quote speaker {e['coded']} should be {e['want']}",
    "quote-missed": lambda e: f"quote missed (speaker {e['speaker']})",
    "actor-code": lambda e: f"actor {e['ref']} coded {e['coded']} as {e['coded_name']!r}, should be {e['want']}",
    "actor-missed": lambda e: f"actor missed {e['ref']} {e['want']}",
    "actor-spurious": lambda e: f"actor not in reference {e['coded_name']!r} {e['coded']}",
    "actor-split": lambda e: f"actor {e['ref']} split into {e['pieces']}",
}


def _article(s: dict[str, Any], misses: int) -> list[str]:
    c = s["counts"]
    head = (f"{s['article']} [{s['split']}{'' if s['political'] else ', not political'}] events "
            f"{c.get('correct', 0)}/{c.get('claimed', 0)} right, required found {c.get('found', 0)}/{c.get('required', 0)}")
    out = [head]
    for e in s["errors"][:misses]:
        text = f" «{e['text'][:140]}»" if e.get("text") else ""
        out.append("  " + _ERROR_LINES[e["kind"]](e) + text)
    if len(s["errors"]) > misses:
        out.append(f"  ... {len(s['errors']) - misses} more (--misses N)")
    return out


def format_news_report(report: dict[str, Any], misses: int = 10) -> str:
    out = [f"dataset: real-news corpus ({report['path']}), split {report['split']}"]
    out += _summary(report)
    for sp, v in report.get("by_split", {}).items():
        out.append(f"  {sp}: events P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
    out += _agreement(report["agreement"]) + _per_type(report) + _calibration(report)
    if report["split"] in UNREAD_SPLITS:
        out.append(f"per article: not shown for {report['split']} (its cases are not read, so that it stays unseen)")
        return "\n".join(out)
    out.append("per article (first errors of each):")
    for s in report["articles_detail"]:
        out += _article(s, misses)
    return "\n".join(out)


__all__ = ["UNREAD_SPLITS", "format_news_report"]
