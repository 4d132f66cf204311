"""The gazetteer's on-disk cache never breaks loading: no home, read-only or blocked folders,
corrupt, stale or foreign files, and writers racing each other all fall back to building."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

import pytest

from tidings import gazetteer as G
from tidings.gazetteer import Gazetteer, Place, cache_dir, cache_key, cached, read_cache, write_cache


def _tiny(tag: str = "Testville") -> Gazetteer:
    gaz = Gazetteer()
    gaz.add(Place(tag, "city", "FRA", 1.0, 2.0, 1, None, 20000))
    return gaz


class Builder:
    """A cheap stand-in for build_gazetteer that counts its calls."""

    def __init__(self, tag: str = "Testville") -> None:
        self.calls = 0
        self.tag = tag

    def __call__(self) -> Gazetteer:
        self.calls += 1
        return _tiny(self.tag)


def test_gazetteer_cache_round_trip(tmp_path: Path) -> None:
    build = Builder()
    first = cached(build, "k1", tmp_path)
    second = cached(build, "k1", tmp_path)
    assert build.calls == 1 and second.contains("Testville") and first.contains("Testville")
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer-k1.pickle"]


def test_gazetteer_cache_stale_key_rebuilds_and_replaces(tmp_path: Path) -> None:
    cached(Builder("Oldtown"), "old", tmp_path)
    build = Builder("Newtown")
    gaz = cached(build, "new", tmp_path)
    assert build.calls == 1 and gaz.contains("Newtown") and not gaz.contains("Oldtown")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-new.pickle"]  # the stale pickle is pruned


@pytest.mark.parametrize("content", [
    b"",  # empty (a writer died before the rename in an older version)
    b"not a pickle at all",
    pickle.dumps({"key": "k1", "gazetteer": _tiny()})[:40],  # truncated
    pickle.dumps({"key": "other", "gazetteer": _tiny()}),  # right name, wrong key inside
    pickle.dumps(_tiny()),  # the old format: a bare Gazetteer without its key
    pickle.dumps({"key": "k1", "gazetteer": "a string"}),  # foreign payload
    b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x0bno.such.mod\x94\x8c\x01X\x94\x93\x94.",  # missing class
])
def test_gazetteer_cache_corrupt_or_stale_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "gazetteer-k1.pickle"
    path.write_bytes(content)
    assert read_cache(path, "k1") is None
    build = Builder()
    gaz = cached(build, "k1", tmp_path)
    assert build.calls == 1 and gaz.contains("Testville")
    assert read_cache(path, "k1") is not None  # rewritten whole


def test_gazetteer_cache_folder_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should go")
    build = Builder()
    gaz = cached(build, "k1", blocker / "tidings")
    assert build.calls == 1 and gaz.contains("Testville")
    assert write_cache(blocker / "tidings" / "gazetteer-k1.pickle", "k1", gaz) is False


def test_gazetteer_cache_write_failure_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError("read-only file system")

    monkeypatch.setattr(G.os, "replace", fail)
    assert write_cache(tmp_path / "gazetteer-k1.pickle", "k1", _tiny()) is False
    assert list(tmp_path.iterdir()) == []


def test_gazetteer_cache_no_folder_or_key_builds_in_memory(tmp_path: Path) -> None:
    build = Builder()
    assert cached(build, None, tmp_path).contains("Testville")
    assert cached(build, "k1", None).contains("Testville")
    assert build.calls == 2 and list(tmp_path.iterdir()) == []


def test_gazetteer_cache_concurrent_writers(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    results: list[bool] = []

    def write(i: int) -> None:
        try:
            results.append(write_cache(tmp_path / "gazetteer-k1.pickle", "k1", _tiny(f"Town{i}")))
        except BaseException as exc:  # pragma: no cover - the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and all(results)
    gaz = read_cache(tmp_path / "gazetteer-k1.pickle", "k1")
    assert gaz is not None and any(gaz.contains(f"Town{i}") for i in range(8))
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer-k1.pickle"]  # no temporary files left


@pytest.mark.parametrize(("env", "expected"), [
    ({"TIDINGS_CACHE_DIR": "/x/cache"}, Path("/x/cache")),
    ({"TIDINGS_CACHE_DIR": "", "XDG_CACHE_HOME": "/x/xdg"}, Path("/x/xdg/tidings")),
])
def test_gazetteer_cache_dir_from_environment(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                              expected: Path) -> None:
    monkeypatch.delenv("TIDINGS_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert cache_dir() == expected


def test_gazetteer_cache_dir_without_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIDINGS_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(G.Path, "home", staticmethod(no_home))
    assert cache_dir() is None
    assert cached(Builder(), cache_key(G.DEFAULT_MIN_POPULATION), cache_dir()).contains("Testville")


def test_gazetteer_cache_key_tracks_inputs() -> None:
    key = cache_key(G.DEFAULT_MIN_POPULATION)
    assert key is not None and len(key) == 16
    assert key == cache_key(G.DEFAULT_MIN_POPULATION) != cache_key(5000)


def test_gazetteer_admin1_is_a_name_or_none() -> None:
    gaz = G.load_gazetteer()
    (paris_tx,) = [p for p, _ in gaz.candidates("Paris") if p.country == "USA" and p.admin1 == "Texas"]
    assert paris_tx.feature == "city"
    for name in ("Beijing", "Paris", "Moscow", "Kyiv"):
        place = gaz.resolve(name).place
        assert place.admin1 is None, (name, place.admin1)  # no opaque "CN.22"-style codes
