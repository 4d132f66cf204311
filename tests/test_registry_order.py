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


def _writes_events(doc, draft, res):  # type: ignore[no-untyped-def]
    import dataclasses

    from tidings.schema import Event, Span
    ev = Event(id="e1", event="ACCUSE", evidence=Span(0, 1, "x"))
    return dataclasses.replace(draft, events=(ev,))


@pytest.mark.parametrize("assigns, fails", [(("events",), False), (("actors",), True), ((), True)])
def test_pipeline_refuses_a_write_to_an_undeclared_field(assigns: tuple[str, ...], fails: bool) -> None:
    import datetime as dt

    from tidings.errors import ComponentError
    from tidings.pipeline import Pipeline
    from tidings.schema import Article, ArticleResult

    reg = Registry()
    reg.add(Component("writer", 1, _writes_events, (), assigns))
    pipe = Pipeline(components=["writer"], registry=reg, nlp=object(), errors="record")
    draft = ArticleResult(article=Article(id="t", text="x", date=dt.date(2025, 1, 1)))
    if fails:
        with pytest.raises(ComponentError, match="without declaring"):
            pipe.run_components(None, draft)
    else:
        assert pipe.run_components(None, draft).events[0].id == "e1"


def test_pipeline_builtins_write_only_what_they_declare(nlp) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    text = ('Kestrian troops shelled the town of Rask on Monday. "We condemn this attack," said Ostria\'s '
            'foreign minister Ali Bakr, who called on Kestria to withdraw.')
    result = Pipeline(nlp=nlp, errors="raise").code(Article(id="t", text=text, date=dt.date(2025, 3, 4)))
    assert result.events and result.actors
