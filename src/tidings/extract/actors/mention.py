"""The mention candidate the actors stage clusters into actors (its own module, so that the
clustering steps and the variant joins both read it without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...resolve import Resolution


@dataclass
class Cand:
    """One mention on its way to becoming part of an actor."""

    start: int
    end: int
    kind: str  # schema MentionKind
    res: Resolution
    rule: str
    head: int = -1  # token index of the head
    surname: str | None = None  # a one-word personal name to link to an earlier full name
    title: str | None = None  # an office named without a person ("the president")
    key: str = ""
    extra: list["Cand"] = field(default_factory=list)
    subnational: bool = False  # titled by a sub-national office with no country word ("regional governor")
    national: bool = False  # titled by a state office with no country word ("Interior Minister X")
    owner: "Cand | None" = None  # the person an appositive names: it follows them wherever they cluster


__all__ = ["Cand"]
