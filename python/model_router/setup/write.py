"""Render a recommendation as a ``model_router.yaml`` and write it safely.

The file appears complete or not at all: the text goes to a temporary file
in the same folder, is loaded back with the real config loader, and only
then renamed over the target. Ctrl-C, a full disk or a config the loader
rejects leave nothing behind (and never a half-written file).
"""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from model_router.setup.download import command_text
from model_router.setup.recommend import DownloadSuggestion, Recommendation

__all__ = [
    "DEFAULT_OUTPUT",
    "WriteResult",
    "build_config_document",
    "load_base_document",
    "render_config",
    "write_config_text",
    "write_recommended_config",
]

DEFAULT_OUTPUT = "configs/model_router.local.yaml"


@dataclass(frozen=True)
class WriteResult:
    """Whether the file was written, where, and the message shown."""

    written: bool
    path: str
    message: str


def load_base_document(existing: str | Path | None = None) -> dict[str, Any]:
    """The config to start from: ``existing`` when it is a valid config, else the packaged default."""
    from model_router.config import RouterConfigError, default_config_text, load_router_config

    if existing is not None and Path(existing).expanduser().is_file():
        try:
            load_router_config(existing)
            document = yaml.safe_load(Path(existing).expanduser().read_text(encoding="utf-8"))
            if isinstance(document, dict):
                return document
        except (RouterConfigError, OSError, yaml.YAMLError):
            pass
    document = yaml.safe_load(default_config_text())
    if not isinstance(document, dict):  # pragma: no cover - the packaged file is a mapping
        raise ValueError("packaged default config is not a mapping")
    return document


def _deep_merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _deep_merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def build_config_document(
    routing_targets: Mapping[str, str],
    engine_overrides: Mapping[str, Mapping[str, Any]],
    base: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Merge targets and engine overrides into a copy of ``base``.

    Overrides apply only to engines the base defines: an override never
    invents an engine with half its required fields.
    """
    document = copy.deepcopy(dict(base)) if base is not None else load_base_document()
    targets = document.get("routing_targets")
    document["routing_targets"] = {**(targets if isinstance(targets, dict) else {}), **routing_targets}
    engines = document.get("engines")
    if isinstance(engines, dict):
        for name, override in engine_overrides.items():
            if isinstance(engines.get(name), dict):
                _deep_merge(engines[name], override)
    # Keep routing_targets first, as in the packaged file, for readability.
    return {"routing_targets": document.pop("routing_targets"), **document}


def render_config(
    document: Mapping[str, Any],
    *,
    notes: Sequence[str] = (),
    pending_downloads: Sequence[DownloadSuggestion] = (),
) -> str:
    """The YAML text, with a header saying where it came from and what is still missing."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Written by `model-router setup` on {stamp}.",
        "# Check it with: model-router validate-config --config <this file>",
    ]
    if pending_downloads:
        lines.append("#")
        lines.append("# Not downloaded yet (these engines keep their previous definition until then):")
        for suggestion in pending_downloads:
            lines.append(f"#   {suggestion.route}: {suggestion.repo_id}")
            lines.append(f"#     {command_text(suggestion.command)}")
        lines.append("# then run `model-router setup write --force --output <this file>` to wire them.")
    if notes:
        lines.append("#")
        lines.append("# Notes:")
        lines.extend(f"#   {note}" for note in notes)
    body = yaml.safe_dump(dict(document), sort_keys=False, default_flow_style=False, allow_unicode=True, width=100)
    return "\n".join(lines) + "\n\n" + body


def write_config_text(path: str | Path, text: str, *, force: bool = False) -> WriteResult:
    """Write ``text`` to ``path`` atomically after checking that it loads.

    Refuses an existing file unless ``force``. Raises ``RouterConfigError``
    when the text is not a valid router config (nothing is written then).
    """
    from model_router.config import load_router_config

    target = Path(path).expanduser()
    if target.exists() and not force:
        return WriteResult(False, str(target), f"config already exists: {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp_path = Path(temp_name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        load_router_config(temp_path)  # a config the router cannot load is never installed
        if force:
            os.replace(temp_path, target)
        else:
            # A hard link fails if the target appeared meanwhile, so a
            # concurrent writer is never overwritten without --force.
            try:
                os.link(temp_path, target)
            except FileExistsError:
                return WriteResult(False, str(target), f"config already exists: {target}")
            except OSError:
                os.replace(temp_path, target)  # file systems without hard links
    finally:
        temp_path.unlink(missing_ok=True)
    return WriteResult(True, str(target), f"wrote recommended config: {target}")


def write_recommended_config(
    recommendation: Recommendation,
    output: str | Path = DEFAULT_OUTPUT,
    *,
    force: bool = False,
    base: Mapping[str, Any] | None = None,
) -> WriteResult:
    """Write ``recommendation`` merged into ``base`` (default: the packaged config)."""
    document = build_config_document(recommendation.routing_targets, recommendation.engine_overrides, base)
    text = render_config(
        document,
        notes=recommendation.notes,
        pending_downloads=recommendation.download_suggestions,
    )
    return write_config_text(output, text, force=force)
