"""``python -m hermes.plugins.model_router.cli``: the same CLI as ``model-router``."""

from model_router.cli import build_parser, main

__all__ = ["build_parser", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
