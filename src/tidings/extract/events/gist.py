"""What a text is about, as odds over PLOVER's event types: a bag-of-words model of stories.

The event rules decide a type from a trigger and its arguments, one clause at a time; whether an
article as a whole reads like a report of an attack, a protest or a concession is something they
never look at. This module gives that second opinion: a multinomial logistic model over the
lower-case words of a text (proper names and sentence-initial words are left out: in the stories
it was fitted on the names are filled in at random), fitted on machine-written wire stories, each
labelled with the one type it was written about (``../shared/data/synthetic_stories.csv``; the
stories of the 600-story check and of the stories corpus are left out). Classes are weighted to a
uniform prior, so the odds say what the words suggest, not how often each type was written.

The confidence model reads the odds of an event's type in its article and in its sentence as
features (:mod:`.confidence`); no type is ever decided here. The model is a JSON file
(``data/gist_model.json``) rebuilt by ``python -m tidings.evaluate.train_gist``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from ...registry import Resources

GIST_PATH = Path(__file__).resolve().parents[2] / "data" / "gist_model.json"
_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]\s+")


def words(text: str) -> list[str]:
    """The lower-case words of ``text``: what the model reads. A capitalised word is a name or
    begins a sentence (or a headline) and is left out."""
    return [w for w in _WORD.findall(text) if w.islower()]


def bag(tokens: Iterable[str], vocabulary: dict[str, int]) -> dict[int, float]:
    """Presence of each known word, scaled so that a text's vector has unit length (a long
    article and a sentence are read on one scale)."""
    seen = {vocabulary[t] for t in tokens if t in vocabulary}
    if not seen:
        return {}
    v = 1.0 / math.sqrt(len(seen))
    return {i: v for i in seen}


@dataclass(frozen=True)
class GistModel:
    """Weights of a multinomial logistic model: one row of the vocabulary per type, and a bias."""

    types: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: tuple[tuple[float, ...], ...]  # per word: one weight per type
    bias: tuple[float, ...]
    about: dict[str, Any]

    def odds(self, text: str) -> dict[str, float]:
        """The probability of each type for ``text``; the uniform distribution for a text with no
        known word."""
        z = list(self.bias)
        for i, v in bag(words(text), self.vocabulary).items():
            row = self.weights[i]
            for k in range(len(z)):
                z[k] += row[k] * v
        top = max(z)
        e = [math.exp(x - top) for x in z]
        s = sum(e)
        return {t: x / s for t, x in zip(self.types, e)}

    @classmethod
    def load(cls, path: str | Path = GIST_PATH) -> "GistModel | None":
        p = Path(path)
        if not p.is_file():
            return None
        data = json.loads(p.read_text(encoding="utf-8"))
        vocab = {w: i for i, w in enumerate(data["words"])}
        return cls(tuple(data["types"]), vocab, tuple(tuple(r) for r in data["weights"]),
                   tuple(data["bias"]), dict(data.get("about", {})))

    def dump(self, path: str | Path = GIST_PATH) -> None:
        order = sorted(self.vocabulary, key=self.vocabulary.get)
        data = {"about": self.about, "types": list(self.types), "bias": [round(b, 3) for b in self.bias],
                "words": order, "weights": [[round(w, 2) for w in self.weights[self.vocabulary[t]]] for t in order]}
        Path(path).write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def gist_model(resources: Resources) -> GistModel | None:
    return resources.get("gist_model", GistModel.load)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``start``..``end`` (by end punctuation; the span itself
    when it crosses sentences)."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    return text[lo:m.start() + 1 if m else len(text)]


__all__ = ["GIST_PATH", "GistModel", "bag", "gist_model", "sentence_around", "words"]
