"""The ``model-router`` command line (alias ``hermes-router``).

Each command group lives in its own module and only registers argparse
parsers here; the work (and the heavy imports) happens inside the handler,
so ``model-router decide`` never pays for aiohttp or the setup assistant.
When the first argument names a command, only that command's group is even
imported and registered (16 argparse parsers cost ~20 ms to build on the
development machine); anything else (``--help``, ``--version``, a typo) gets
the whole parser.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from model_router.product import VERSION

__all__ = ["build_parser", "main"]

#: The command-group modules in help order, with the commands each registers
#: (a test checks this against the parsers the modules actually register).
COMMAND_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("routing_commands", ("decide", "dispatch-plan", "validate-config")),
    ("proxy_commands", ("init", "validate-proxy-config", "doctor")),
    ("observability_commands", ("feedback", "replay", "report")),
    ("setup_commands", ("setup",)),
)
_GROUP_OF = {command: module for module, commands in COMMAND_GROUPS for command in commands}


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing shutil.

    argparse's ``HelpFormatter`` imports shutil (and with it bz2 and lzma,
    ~5 ms on the development machine) for this one value, and builds a
    formatter for every ``add_argument``; the same lookup here keeps that
    import off every command.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _ArgumentParser(argparse.ArgumentParser):
    """``ArgumentParser`` whose default formatter is ``_HelpFormatter`` (subparsers inherit the class)."""

    def __init__(self, *args: object, formatter_class: type = _HelpFormatter, **kwargs: object) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)  # type: ignore[arg-type]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``model-router`` parser; given a command name, only that command's group is registered."""
    parser = _ArgumentParser(
        prog="model-router",
        description="Deterministic model routing for AI agents.",
    )
    parser.add_argument("--version", action="version", version=f"model-router {VERSION} (hermes-router)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    only = _GROUP_OF.get(command) if command is not None else None
    for module_name, _ in COMMAND_GROUPS:
        if only is None or module_name == only:
            importlib.import_module(f"model_router.cli.{module_name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
