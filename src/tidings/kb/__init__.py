"""The actor knowledge base shipped with tidings.

Readable CSV tables under ``kb/data`` (countries with names, demonyms and capitals;
organisations, seats of power, armed groups, parties, agencies and media; regions; sector
nouns and titles; people with dated roles) loaded once per process by :func:`load_kb`.
Extra directories in the same format come from ``$TIDINGS_KB`` (``os.pathsep``-separated)
or ``load_kb(extra=[...])``; :mod:`tidings.kb.wikidata` writes such a directory from a
Wikidata dump.
"""

from __future__ import annotations

from .load import ENV_VAR, PACKAGE_DIR, build, kb_dirs, load_kb
from .model import Entity, KnowledgeBase, Person, Role, SectorTerm, fold, name_key

__all__ = sorted(["ENV_VAR", "Entity", "KnowledgeBase", "PACKAGE_DIR", "Person", "Role", "SectorTerm", "build",
                  "fold", "kb_dirs", "load_kb", "name_key"])
