"""The places stage: toponyms resolved with the gazetteer (``extract_places``, the component ``run``)."""

from __future__ import annotations

from .finder import COMPONENT, Candidate, extract_places, find_candidates, gazetteer, resolve_candidates, run

__all__ = ["COMPONENT", "Candidate", "extract_places", "find_candidates", "gazetteer", "resolve_candidates", "run"]
