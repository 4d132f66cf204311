"""The ``tidings`` command group: thin commands over the library core.

Each module of this package that defines a click ``command`` (or ``commands``) is added to
the group, so every command lives in a file of its own.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from ..errors import TidingsError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tidings")
def group() -> None:
    """tidings: news articles in, verifiable PLOVER event data out."""


def _add_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for cmd in getattr(module, "commands", ()) or ((module.command,) if hasattr(module, "command") else ()):
            group.add_command(cmd)


_add_commands()


def main(argv: list[str] | None = None) -> None:
    try:
        group.main(args=argv, prog_name="tidings", standalone_mode=True)
    except TidingsError as exc:
        click.echo(f"tidings: error: {exc}", err=True)
        sys.exit(2)


__all__ = ["group", "main"]
