"""The ``model-router`` command line (alias ``hermes-router``).

Each command group lives in its own module and only registers argparse
parsers here; the work (and the heavy imports) happens inside the handler,
so ``model-router decide`` never pays for aiohttp or the setup assistant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from model_router.cli import observability_commands, proxy_commands, routing_commands, setup_commands
from model_router.product import VERSION

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="model-router",
        description="Deterministic model routing for AI agents.",
    )
    parser.add_argument("--version", action="version", version=f"model-router {VERSION} (hermes-router)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    routing_commands.register(subparsers)
    proxy_commands.register(subparsers)
    observability_commands.register(subparsers)
    setup_commands.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
