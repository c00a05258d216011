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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``model-router`` parser; given a command name, only that command's group is registered."""
    parser = argparse.ArgumentParser(
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
