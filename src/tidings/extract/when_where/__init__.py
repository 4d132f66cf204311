"""The when-where stage: each event's date and place (``attach``, the component ``run``)."""

from __future__ import annotations

from .component import COMPONENT
from .component import attach, run
from .clause import choose_date
from .locations import choose_location, only_place

__all__ = ["COMPONENT", "attach", "choose_date", "choose_location", "only_place", "run"]
