"""The actors stage: people, organisations, states and groups, found, resolved, clustered into
actors (``extract_actors``, the component ``run``) and settled once events have used them."""

from __future__ import annotations

from .finder import COMPONENT, extract_actors, run

__all__ = ["COMPONENT", "extract_actors", "run"]
