"""Story-level type figures on labelled stories: hand-built stories and results, no model."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tidings.errors import ConfigError
from tidings.evaluate.report import detect_format
from tidings.evaluate.stories import main_event, read_stories, score_stories, to_article
from tidings.schema import ArticleResult, Event, Span

STORIES = [
    {"text": "Gondor's army shelled the border town on Monday.", "title": "{country_1} shells town",
     "prompt": "Gondor shells town\n\n(Reuters) --", "label": "ASSAULT", "mode": ""},
    {"text": "Arnor's minister praised the truce and thanked the mediators.", "title": "t",
     "prompt": "", "label": "SUPPORT", "mode": ""},
    {"text": "Police detained twelve strikers outside the mill.", "title": "t", "prompt": "",
     "label": "COERCE", "mode": "ARREST"},
    {"text": "A story whose label is no PLOVER type.", "title": "t", "prompt": "", "label": "WEATHER", "mode": ""},
]


def _csv(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "stories.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["text", "title", "prompt", "label", "mode"])
        w.writeheader()
        w.writerows(rows)
    return path


def _ev(i: int, kind: str, start: int, conf: float, mode: str | None = None, aux: tuple[str, ...] = ()) -> Event:
    return Event(id=f"e{i}", event=kind, evidence=Span(start, start + 5, "x"), confidence=conf, mode=mode,
                 aux=aux)  # type: ignore[arg-type]


def test_read_keeps_plover_labels_in_a_fixed_hash_order(tmp_path: Path) -> None:
    path = _csv(tmp_path, STORIES)
    rows = read_stories(path, 0)
    assert sorted(r["label"] for r in rows) == ["ASSAULT", "COERCE", "SUPPORT"]  # WEATHER is no type
    assert [r["text"] for r in read_stories(_csv(tmp_path, STORIES[::-1]), 0)] == [r["text"] for r in rows]
    assert len(read_stories(path, 2)) == 2
    assert detect_format(path) == "stories"


def test_not_a_stories_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        read_stories(path)


def test_title_is_the_filled_prompt_line() -> None:
    art = to_article(STORIES[0])
    assert art.title == "Gondor shells town" and art.id.startswith("story:")
    assert to_article(STORIES[1]).title == "t"


def test_main_event_is_the_most_confident_then_the_first() -> None:
    a, b, c = _ev(1, "ACCUSE", 40, 0.7), _ev(2, "ASSAULT", 10, 0.7), _ev(3, "AID", 0, 0.2)
    assert main_event([a, b, c]) is b
    assert main_event([]) is None


def test_scores_found_main_type_mode_and_events() -> None:
    rows = [STORIES[0], STORIES[1], STORIES[2]]
    results = [
        # the type is shown and is the main event
        ArticleResult(article=to_article(rows[0]), events=(_ev(1, "ASSAULT", 0, 0.9), _ev(2, "ACCUSE", 20, 0.7))),
        # the type is live but below the threshold; a negated event of the type does not count
        ArticleResult(article=to_article(rows[1]), events=(_ev(1, "SUPPORT", 0, 0.3), _ev(2, "ACCUSE", 9, 0.8))),
        # the type found with another mode; nothing shown
        ArticleResult(article=to_article(rows[2]), events=(_ev(1, "COERCE", 0, 0.5, mode="detain"),
                                                           _ev(2, "COERCE", 9, 0.9, aux=("negation",)))),
    ]
    r = score_stories(rows, results, 0.6)
    assert r["stories"] == 3
    assert r["label_found"] == pytest.approx(1 / 3, abs=1e-4)
    assert r["label_found_live"] == 1.0
    assert r["main_type_right"] == 0.5  # of the two stories with a shown event
    assert r["no_event"] == pytest.approx(1 / 3, abs=1e-4)
    assert (r["mode_asked"], r["mode_right"]) == (1, 0.0)
    assert r["events_per_story"] == 1.0 and r["off_label_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert r["confusion"]["COERCE"] == {"-": 1} and r["confusion"]["SUPPORT"] == {"ACCUSE": 1}
    assert r["per_label"]["ASSAULT"]["label_found"] == 1.0
