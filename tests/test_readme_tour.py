"""The README's tour, run command by command in a fresh-clone layout (no ``../shared``), and its
Python example: every command must succeed and say something real, so the tour cannot rot."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import group

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
pytestmark = [pytest.mark.model, pytest.mark.slow]


def _section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def tour_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", _section("A short tour"), re.S)
    assert block, "the README's tour has no sh block"
    lines = [re.split(r"\s{2,}#", line)[0].strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line and not line.startswith(("#", ". "))]


def python_example() -> str:
    block = re.search(r"```python\n(.*?)```", _section("A short tour"), re.S)
    assert block, "the README's tour has no Python example"
    return block.group(1)


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str


def _run(line: str) -> Ran:
    stdin = None
    if " | " in line:
        left, line = line.split(" | ", 1)
        echo = shlex.split(left)
        assert echo[0] == "echo", f"the tour pipes only echo: {left}"
        stdin = " ".join(echo[1:]) + "\n"
    target = None
    if " > " in line:
        line, target = (x.strip() for x in line.split(" > ", 1))
    args = shlex.split(line)
    assert args[0] == "tidings", f"not a tidings command: {line}"
    res = CliRunner().invoke(group, args[1:], input=stdin)
    if res.exception and not isinstance(res.exception, SystemExit):
        raise res.exception
    if target:
        Path(target).write_text(res.stdout, encoding="utf-8")
    return Ran(res.exit_code, res.stdout, res.stderr)


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone's layout: the repository's files the tour reads, and no ../shared beside it."""
    root = tmp_path_factory.mktemp("tour") / "tidings"
    shutil.copytree(ROOT / "examples", root / "examples")
    shutil.copytree(ROOT / "tests" / "fixtures" / "unseen", root / "tests" / "fixtures" / "unseen")
    assert not (root.parent / "shared").exists()
    return root


@pytest.fixture(scope="module")
def ran(clone: Path) -> dict[str, Ran]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(clone)
        mp.delenv("TIDINGS_DB", raising=False)
        return {line: _run(line) for line in tour_commands()}


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# what each command must show; every command of the tour must be here (a new one needs its check)
EXPECT = {
    "tidings code examples/summit-2025-09-03.txt": lambda r, d: "events (" in r.stdout and "Arvenia" in r.stdout,
    "tidings code examples/ --format jsonl": lambda r, d: len(_lines(r.stdout)) == 10 and all(
        json.loads(x)["schema"] == "tidings/1" for x in _lines(r.stdout)),
    'echo "Kestrian troops shelled the border town on Friday." | tidings code - --date 2025-03-07 --all':
        lambda r, d: "(2025-03-07)" in r.stdout and "ASSAULT" in r.stdout,
    "tidings ingest examples/ --db tidings.db": lambda r, d: "articles: 10 new" in r.stdout,
    "tidings query --actor ostreland --all": lambda r, d: "Ostreland" in r.stdout and "REJECT" in r.stdout,
    "tidings query --event REJECT,THREATEN --since 2025-09-05 --aux none --all":
        lambda r, d: "THREATEN" in r.stdout and "historical" not in r.stdout,
    "tidings query --all --format csv > events.csv":
        lambda r, d: len((d / "events.csv").read_text(encoding="utf-8").splitlines()) > 40,
    "tidings quotes --speaker Aalstad": lambda r, d: "Aalstad" in r.stdout,
    "tidings quotes --text sailors": lambda r, d: "sailors" in r.stdout,
    "tidings problems": lambda r, d: "(0 problems)" in r.stderr,
    "tidings export --format plover --out events.plover.jsonl --all":
        lambda r, d: all(json.loads(x)["event"] for x in _lines((d / "events.plover.jsonl").read_text("utf-8"))),
    "tidings export --format parquet --out tables/ --all": lambda r, d: (d / "tables" / "events.parquet").is_file(),
    'tidings resolve "the Russian leader" --date 2025-09-05': lambda r, d: "Putin" in r.stdout,
    'tidings resolve "Vladimir Putin" --date 2009-06-01': lambda r, d: "prime minister" in r.stdout.lower(),
    'tidings places "Talks were held in Paris and later in Alaska."':
        lambda r, d: "Paris" in r.stdout and "Alaska" in r.stdout,
    "tidings evaluate tests/fixtures/unseen/cases.jsonl": lambda r, d: r.stdout.strip() != "",
}


def test_readme_tour_every_command_has_a_check() -> None:
    assert tour_commands() == list(EXPECT), "the README tour and this test's checks differ"


@pytest.mark.parametrize("line", list(EXPECT))
def test_readme_tour_command(ran: dict[str, Ran], clone: Path, line: str) -> None:
    r = ran[line]
    assert r.code == 0, f"{line}\n{r.stdout}\n{r.stderr}"
    assert "Traceback" not in r.stderr and "(0 events)" not in r.stderr
    assert EXPECT[line](r, clone), f"{line}\n{r.stdout[:2000]}\n{r.stderr[:500]}"


def test_readme_python_example(ran: dict[str, Ran], clone: Path, capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(clone)
    exec(compile(python_example(), "README.md", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("skipped missing-folder") for line in out), out[:5]
    assert sum(line.startswith("2025-09-") for line in out) > 40
    assert any("REJECT" in line for line in out)
    assert any(line.startswith("2025-09-0") and "->" in line for line in out)
