"""The word classes file names each class once: a second header with the same name adds its words
to the first class (session 50 nearly gave "ask" the words of the appeals that ask for an act,
``events.appealed.asking_verbs``, under a new header for verbs that ask questions). No model."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "word_classes.csv"


def test_each_word_class_has_one_header() -> None:
    headers = Counter(m.group(1) for line in DATA.read_text(encoding="utf-8").splitlines()
                      if (m := re.match(r"#\s*([a-z_][a-z0-9_.]*):", line)))
    assert headers and not [name for name, n in headers.items() if n > 1]


def test_every_class_has_a_header_saying_what_it_is() -> None:
    text = DATA.read_text(encoding="utf-8").splitlines()
    headers = {m.group(1) for line in text if (m := re.match(r"#\s*([a-z_][a-z0-9_.]*):", line))}
    rows = {line.split(",", 1)[0] for line in text if line and not line.startswith("#") and "," in line} - {"class"}
    assert not sorted(rows - headers)
