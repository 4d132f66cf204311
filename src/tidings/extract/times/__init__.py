"""The times stage: temporal expressions resolved against the article"s date (``extract_times``,
the component ``run``)."""

from __future__ import annotations

from .finder import COMPONENT, candidate_spans, extract_times, run, tense_of

__all__ = ["COMPONENT", "candidate_spans", "extract_times", "run", "tense_of"]
