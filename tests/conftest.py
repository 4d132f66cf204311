"""Shared fixtures. Model-backed fixtures load spaCy's English pipeline once per session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests run the same examples on every run of the suite (a red build must mean a change
# broke something, not that the dice found an old bug); `--hypothesis-profile explore` draws new
# examples, to look for bugs on purpose (run it a few times).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip with a clear message where it is absent."""
    d = SHARED / "data"
    if not d.is_dir():
        pytest.skip(f"shared evaluation data not found at {d} (it is not part of the repository)")
    return d


@pytest.fixture(scope="session")
def seed_path() -> Path:
    p = SHARED / "examples" / "seed-2025-09-05.txt"
    if not p.is_file():
        pytest.skip(f"seed article not found at {p} (it is not part of the repository)")
    return p


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from tidings import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def pipeline(nlp):  # type: ignore[no-untyped-def]
    from tidings.pipeline import Pipeline

    return Pipeline(errors="raise", nlp=nlp)


@pytest.fixture(scope="session")
def actors_only(nlp):  # type: ignore[no-untyped-def]
    """A pipeline of the actors stage alone (then the linker), for the actor tables: ``code(text)``
    codes ``text`` as an article dated 2020-05-01."""
    import datetime as dt

    from tidings.pipeline import Pipeline
    from tidings.schema import Article

    pipe = Pipeline(["actors"], errors="raise", nlp=nlp)
    return lambda text: pipe.code(Article(id="t", text=text, date=dt.date(2020, 5, 1)))


@pytest.fixture(scope="session")
def code_text(pipeline):  # type: ignore[no-untyped-def]
    """Code a text as a one-article batch: ``code_text(text, date="2025-09-05")``."""
    from tidings.ingest import article_id
    from tidings.schema import Article

    def run(text: str, date: str | None = "2025-09-05", title: str | None = None):  # type: ignore[no-untyped-def]
        d = dt.date.fromisoformat(date) if date else None
        return pipeline.code(Article(id=article_id(text), text=text, date=d, title=title))

    return run


@pytest.fixture(scope="session")
def seed_result(pipeline, seed_path):  # type: ignore[no-untyped-def]
    from tidings.ingest import read_paths

    (article,) = list(read_paths([str(seed_path)]))
    return pipeline.code(article)
