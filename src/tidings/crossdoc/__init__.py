"""One real-world event, one row: the same story and the same event across articles.

::

    stories.py  URL keys and MinHash text fingerprints: near-duplicate articles as one story
    copies.py   syndicated copies found before coding: stored with their source and URL, not coded
    match.py    pure matching of event mentions (type, participants, dates, places) and clustering
    store.py    stories, merged events and their mentions in the store: build, extend, split

Reading merged events goes through :mod:`tidings.query_events`.
"""

from __future__ import annotations

from .copies import CopyFinder
from .match import Entity, EventIndex, EventMention, Match, MatchConfig, cluster, entity_of, match, mention_of
from .store import MergeStats, merge_after_ingest, merge_events, read_mentions, split_event, update_stories
from .stories import StoryIndex, normalize_url, signature

__all__ = sorted([
    "CopyFinder", "Entity", "EventIndex", "EventMention", "Match", "MatchConfig", "MergeStats", "StoryIndex", "cluster",
    "entity_of", "match", "merge_after_ingest", "merge_events", "mention_of", "normalize_url", "read_mentions", "signature",
    "split_event", "update_stories",
])
