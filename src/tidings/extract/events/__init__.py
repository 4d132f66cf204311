"""The events stage: PLOVER events coded from the parse (``extract_events``, the component ``run``)
and the modules that find triggers, participants, flags, contexts, CAMEO codes and confidence."""

from __future__ import annotations

from .coding import code_doc, extract_events, merge_events, quote_at, run

__all__ = ["code_doc", "extract_events", "merge_events", "quote_at", "run"]
