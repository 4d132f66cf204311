"""The same articles give the same records whatever the hash seed and whatever they are coded with.

Event data must be reproducible: a set iterated in hash order, a tie broken by ``id()``, a cache
keyed on object identity or a wall-clock budget would make two identical runs differ."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Hand-written articles with fictional actors: quotes with pronoun speakers, an interview's turn
# labels, events with recipients, a group of many members, an article without a date.
ARTICLES = [
    {"id": "bree", "date": "2025-03-07", "text":
        "Gondor and Arnor signed a trade agreement in Minas Tirith on Friday.\n"
        "\"This is a new beginning for both our peoples,\" Gondor's foreign minister Ann Vale told reporters. "
        "She said the border would reopen next month.\n"
        "Arnor's prime minister, Tom Reed, accused Rohan of blocking the talks for years. "
        "\"They never wanted peace,\" he said.\n"
        "Protesters marched through the capital on Saturday, and police arrested twelve of them."},
    {"id": "dale", "date": "2024-11-02", "text":
        "((WN)) What did the council decide about the river?\n"
        "((Mira Holt)) We voted to build the dam. I think it will help the farmers of Dale.\n"
        "((WN)) Did Esgaroth object?\n"
        "((Mira Holt)) Its mayor threatened to cut off the grain trade, but he later apologised.\n"
        "The Dale council said it would meet the Esgaroth delegation in May."},
    {"id": "undated", "date": None, "text":
        "Rebels attacked an army post near the northern border, killing three soldiers, the defence ministry said. "
        "The government of Rhun condemned the attack and promised to help the families. "
        "Officials from Harad and Khand met to discuss aid, and they agreed to send food."},
]

_CODE = """
import datetime as dt, json, sys
from tidings import Pipeline
from tidings.schema import Article, to_dict
arts = [Article(id=a["id"], text=a["text"], date=dt.date.fromisoformat(a["date"]) if a["date"] else None)
        for a in json.loads(sys.argv[1])]
pipe = Pipeline()
forward = [to_dict(r) for r in pipe.code_many(arts)]
backward = [to_dict(r) for r in pipe.code_many(arts[::-1])][::-1]  # other batch-mates, a warm process
alone = [to_dict(pipe.code(a)) for a in arts]
print(json.dumps({"forward": forward, "backward": backward, "alone": alone}, sort_keys=True, ensure_ascii=False))
"""


@pytest.mark.model
def test_reliability_determinism_across_hash_seeds_and_batches() -> None:
    runs = {seed: subprocess.Popen([sys.executable, "-c", _CODE, json.dumps(ARTICLES)], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONHASHSEED=seed))
            for seed in ("0", "12345")}
    outputs = {}
    for seed, proc in runs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-2000:]
        outputs[seed] = json.loads(out)
    first, second = outputs["0"], outputs["12345"]
    for name in ("forward", "backward", "alone"):  # the whole records: actors, quotes, events, confidences
        assert json.dumps(first[name], sort_keys=True) == json.dumps(second[name], sort_keys=True), name
    assert first["forward"] == first["backward"] == first["alone"]
    assert any(r["quotes"] for r in first["forward"]) and any(r["events"] for r in first["forward"])
