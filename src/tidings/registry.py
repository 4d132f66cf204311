"""A registry of named, versioned pipeline components.

A component is a pure function ``(doc, draft, resources) -> draft``: it reads the parsed
document and the records made so far (an :class:`~tidings.schema.ArticleResult`) and returns
a new draft with the fields it ``assigns``. Built-ins register through
:func:`tidings.components.register_builtins`; third-party packages register the same way
through the ``tidings.components`` entry-point group (a callable taking the registry).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from typing import Any, Callable, Iterable

from .errors import ConfigError
from .schema import ArticleResult

# ``proposals`` is a draft's own field: the actors proposed before the linker settles ``actors``
DRAFT_FIELDS = ("actors", "quotes", "events", "times", "places", "proposals")

ComponentFunc = Callable[[Any, ArticleResult, "Resources"], ArticleResult]


@dataclass(frozen=True)
class Component:
    name: str
    version: int
    func: ComponentFunc
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    doc: str = ""
    # runs even once the time budget is spent: a cheap step without which the result is not whole
    # (the linker, which makes the proposed actors the article's actors)
    always: bool = False

    @property
    def full_name(self) -> str:
        return f"tidings.{self.name}.v{self.version}"


def undeclared_writes(component: Component, before: Any, after: Any) -> list[str]:
    """The result fields ``component`` changed without declaring them in ``assigns``."""
    return [f for f in DRAFT_FIELDS if f not in component.assigns
            and getattr(before, f) is not getattr(after, f) and getattr(before, f) != getattr(after, f)]


class Resources:
    """Shared read-only resources (knowledge base, gazetteer, models), each loaded once."""

    def __init__(self, **preloaded: Any) -> None:
        self._items: dict[str, Any] = dict(preloaded)

    def get(self, key: str, factory: Callable[[], Any]) -> Any:
        if key not in self._items:
            self._items[key] = factory()
        return self._items[key]


class Registry:
    def __init__(self) -> None:
        self._components: dict[str, Component] = {}

    def add(self, component: Component) -> None:
        for f in component.assigns + component.requires:
            if f not in DRAFT_FIELDS:
                raise ConfigError(f"{component.full_name}: unknown field {f!r}")
        self._components[component.name] = component

    def register(
        self, name: str, version: int = 1, requires: Iterable[str] = (), assigns: Iterable[str] = ()
    ) -> Callable[[ComponentFunc], ComponentFunc]:
        def wrap(func: ComponentFunc) -> ComponentFunc:
            self.add(Component(name, version, func, tuple(requires), tuple(assigns), (func.__doc__ or "").strip()))
            return func

        return wrap

    def get(self, name: str) -> Component:
        try:
            return self._components[name]
        except KeyError:
            raise ConfigError(f"no component named {name!r}; known: {', '.join(sorted(self._components))}") from None

    def names(self) -> list[str]:
        return sorted(self._components)

    def check_order(self, names: Iterable[str]) -> list[Component]:
        """Resolve names to components, checking that each one's requirements are assigned earlier."""
        done: set[str] = set()
        out = []
        for n in names:
            c = self.get(n)
            missing = [r for r in c.requires if r not in done]
            if missing:
                raise ConfigError(f"{c.full_name} requires {missing} which no earlier component assigns")
            done.update(c.assigns)
            out.append(c)
        return out


def load_plugins(registry: Registry) -> None:
    """Let installed packages add components through the ``tidings.components`` entry points."""
    for ep in metadata.entry_points(group="tidings.components"):
        ep.load()(registry)


__all__ = ["Component", "ComponentFunc", "DRAFT_FIELDS", "Registry", "Resources", "load_plugins", "undeclared_writes"]
