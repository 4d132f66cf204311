"""Components are registered by versioned name and their requirements are checked."""

from __future__ import annotations

import pytest

from tidings.errors import ConfigError
from tidings.registry import Component, Registry, Resources


def _noop(doc, draft, res):  # type: ignore[no-untyped-def]
    return draft


def test_registry_rejects_a_component_whose_requirement_comes_later() -> None:
    reg = Registry()
    reg.add(Component("a", 1, _noop, (), ("actors",)))
    reg.add(Component("b", 2, _noop, ("actors",), ("events",)))
    assert [c.full_name for c in reg.check_order(["a", "b"])] == ["tidings.a.v1", "tidings.b.v2"]
    with pytest.raises(ConfigError, match="requires"):
        reg.check_order(["b", "a"])


@pytest.mark.parametrize("name", ["missing", ""])
def test_registry_unknown_component_is_a_config_error(name: str) -> None:
    with pytest.raises(ConfigError, match="no component"):
        Registry().get(name)


def test_registry_rejects_unknown_fields() -> None:
    with pytest.raises(ConfigError, match="unknown field"):
        Registry().add(Component("x", 1, _noop, (), ("nonsense",)))


def test_registry_decorator_registers_with_docstring() -> None:
    reg = Registry()

    @reg.register("tagger", 3, assigns=["times"])
    def tagger(doc, draft, res):  # type: ignore[no-untyped-def]
        """Tags times."""
        return draft

    assert reg.get("tagger").doc == "Tags times."
    assert reg.names() == ["tagger"]


def test_resources_load_each_item_once() -> None:
    calls = []
    res = Resources()
    for _ in range(3):
        res.get("kb", lambda: calls.append(1) or "KB")
    assert calls == [1]
    assert Resources(kb="given").get("kb", lambda: "other") == "given"


def test_builtin_registry_has_the_default_pipeline() -> None:
    from tidings.pipeline import DEFAULT_COMPONENTS, default_registry

    reg = default_registry()
    comps = reg.check_order(DEFAULT_COMPONENTS)
    assert [c.name for c in comps] == list(DEFAULT_COMPONENTS)
