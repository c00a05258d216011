"""Placeholder: this command group registers its parsers here."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this group's sub-commands to the ``model-router`` parser."""
    return None
