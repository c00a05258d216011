"""Turn a scan into a routing config recommendation.

The rule that differs from 0.5.3 on purpose: a model that is not on this
machine is never wired into an engine. 0.5.3 set every suggested download as
a ``required_paths`` entry, so on a machine that had not downloaded anything
yet every local engine was unavailable and every prompt fell through to
``human_confirm``. Here an engine is wired to a model only when the model is
on disk (its path becomes ``required_paths``, so ``validate-config`` reports
it the day it goes missing) or loaded in a running local server. A suggested
download is reported with its ``hf download`` command and the engine keeps
its current, working definition until the files exist; running ``setup
write`` again after the download wires it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model_router.setup.catalog import CatalogEntry, advise
from model_router.setup.download import command_text, hf_download_command, local_dir_for
from model_router.setup.hardware import HardwareProfile
from model_router.setup.roles import ROLE_ADAPTERS, ROUTE_ENGINES
from model_router.setup.scan import DiscoveredModel, ScanResult

__all__ = [
    "AGENT_ENGINES",
    "API_ENGINES",
    "DEFAULT_LOCAL_ROOT",
    "DownloadSuggestion",
    "Recommendation",
    "default_routing_targets",
    "local_model_override",
    "pick_local_models",
    "recommend",
]

DEFAULT_LOCAL_ROOT = "models"

#: Agent CLIs that can take the coding route: engine -> command.
AGENT_ENGINES: dict[str, str] = {"claude_code": "claude", "codex": "codex"}
#: Hosted APIs: engine -> (adapter, API-key variable).
API_ENGINES: dict[str, tuple[str, str]] = {
    "openai_api": ("openai_chat", "OPENAI_API_KEY"),
    "anthropic_api": ("anthropic_chat", "ANTHROPIC_API_KEY"),
}
_CHAT_ROLES = frozenset({"fast_local", "balanced_local", "reasoning_local"})
_SPECIALISED_ROLES = frozenset({"multimodal_vision", "image_generation", "code_agent", "web_research"})


@dataclass(frozen=True)
class DownloadSuggestion:
    """A catalog model suggested for a role that has no local model."""

    route: str
    repo_id: str
    provider: str
    adapter: str
    reason: str
    include: tuple[str, ...]
    local_dir: str
    command: tuple[str, ...]

    @classmethod
    def from_entry(cls, entry: CatalogEntry, reason: str, local_root: str | Path) -> DownloadSuggestion:
        """Build the suggestion (and its ``hf download`` command) for a catalog entry."""
        local_dir = local_dir_for(entry.route, entry.repo_id, local_root)
        return cls(
            route=entry.route,
            repo_id=entry.repo_id,
            provider=entry.provider,
            adapter=entry.adapter,
            reason=reason,
            include=entry.include,
            local_dir=local_dir,
            command=tuple(hf_download_command(entry.repo_id, entry.include, local_dir)),
        )

    def engine_override(self) -> dict[str, Any]:
        """The engine override to apply once the files are in ``local_dir``."""
        return {
            "provider": self.provider,
            "model": self.repo_id,
            "adapter": self.adapter,
            "enabled": True,
            "availability": {"status": "auto", "required_paths": [str(Path(self.local_dir).absolute())]},
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: the 0.5.3 keys, plus ``include``, ``local_dir`` and ``command_text``.

        ``command`` is the argument vector (no shell quoting to get wrong).
        """
        return {
            "route": self.route,
            "repo_id": self.repo_id,
            "provider": self.provider,
            "adapter": self.adapter,
            "reason": self.reason,
            "command": list(self.command),
            "command_text": command_text(self.command),
            "include": list(self.include),
            "local_dir": self.local_dir,
        }


@dataclass(frozen=True)
class Recommendation:
    """Routing targets, engine overrides, downloads to consider, and notes."""

    routing_targets: dict[str, str]
    engine_overrides: dict[str, dict[str, Any]]
    download_suggestions: tuple[DownloadSuggestion, ...]
    notes: tuple[str, ...]
    hardware_profile: HardwareProfile
    profile: str = "balanced"
    local_models: dict[str, DiscoveredModel] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of ``setup recommend --json``."""
        return {
            "routing_targets": dict(self.routing_targets),
            "engine_overrides": {name: dict(value) for name, value in self.engine_overrides.items()},
            "download_suggestions": [suggestion.to_dict() for suggestion in self.download_suggestions],
            "notes": list(self.notes),
            "hardware_profile": {**self.hardware_profile.to_dict(), "profile": self.profile},
        }


def default_routing_targets() -> dict[str, str]:
    """The default target -> engine table (behaviour 3)."""
    return {**ROUTE_ENGINES, "confirmation": "human_confirm"}


def local_model_override(model: DiscoveredModel, role: str) -> dict[str, Any]:
    """The engine override that wires a discovered local model into ``role``."""
    return {
        "provider": model.provider,
        "model": model.repo_id,
        "adapter": ROLE_ADAPTERS[role],
        "enabled": True,
        # An explicit list, so a path left over in an existing config is replaced.
        "availability": {"status": "auto", "required_paths": [model.path] if model.path else []},
    }


def _is_general(model: DiscoveredModel) -> bool:
    return not (set(model.roles) & _SPECIALISED_ROLES)


def pick_local_models(models: Sequence[DiscoveredModel]) -> dict[str, DiscoveredModel]:
    """Choose one discovered model per role: the first found, except that a
    chat role prefers a general model over a vision, coding, embedding or
    diffusion model that also fits by size."""
    picks: dict[str, DiscoveredModel] = {}
    for role in ROUTE_ENGINES.values():
        candidates = [model for model in models if role in model.roles]
        if role in _CHAT_ROLES:
            candidates.sort(key=lambda model: not _is_general(model))  # stable: keeps scan order
        if candidates:
            picks[role] = candidates[0]
    return picks


def recommend(
    scan: ScanResult,
    hardware: HardwareProfile,
    profile: str = "balanced",
    *,
    catalog: Sequence[CatalogEntry] | None = None,
    local_root: str | Path = DEFAULT_LOCAL_ROOT,
) -> Recommendation:
    """Recommend targets and engine overrides for what ``scan`` found."""
    targets = default_routing_targets()
    overrides: dict[str, dict[str, Any]] = {}
    notes: list[str] = []

    for engine, command in AGENT_ENGINES.items():
        if scan.has_command(command):
            targets["coding"] = engine
            overrides[engine] = {
                "enabled": True,
                "availability": {"status": "auto", "required_commands": [command]},
            }
            notes.append(f"`{command}` command found: coding routes to {engine}.")
            break

    for engine, (adapter, env_var) in API_ENGINES.items():
        if scan.has_env(env_var):
            overrides[engine] = {
                "enabled": True,
                "adapter": adapter,
                "availability": {"status": "auto", "required_env": [env_var]},
            }
            notes.append(f"{env_var} is set: {engine} enabled as an alternative (routing targets unchanged).")

    local_models = pick_local_models(scan.models)
    for role, model in local_models.items():
        overrides[role] = local_model_override(model, role)
        where = f" (served by {model.server_url})" if model.path is None and model.server_url else ""
        notes.append(f"Local model {model.repo_id} mapped to {role}{where}.")

    suggestions: list[DownloadSuggestion] = []
    missing_roles = [role for role in ROUTE_ENGINES.values() if role not in local_models]
    for role, advice in advise(hardware, profile, routes=missing_roles, catalog=catalog).items():
        suggestion = DownloadSuggestion.from_entry(advice.entry, advice.reason, local_root)
        if _has_files(Path(suggestion.local_dir)):
            overrides[role] = suggestion.engine_override()
            notes.append(f"Downloaded model {suggestion.repo_id} ({suggestion.local_dir}) mapped to {role}.")
        else:
            suggestions.append(suggestion)
    if suggestions:
        notes.append(
            "No local model yet for "
            + ", ".join(suggestion.route for suggestion in suggestions)
            + ": these engines keep their current definition (routing keeps working). Download the suggested"
            " models with `model-router setup download --execute`, then run `setup write --force` to wire them."
        )

    if suggestions and not scan.has_command("hf"):
        notes.append("Install the Hugging Face `hf` CLI before running download plans.")
    notes.append(hardware.note())
    return Recommendation(
        routing_targets=targets,
        engine_overrides=overrides,
        download_suggestions=tuple(suggestions),
        notes=tuple(notes),
        hardware_profile=hardware,
        profile=profile,
        local_models=local_models,
    )


def _has_files(directory: Path) -> bool:
    # `hf download` keeps partial files under <local_dir>/.cache: those do not count.
    try:
        return directory.is_dir() and any(
            entry.is_file() and not any(part.startswith(".") for part in entry.relative_to(directory).parts)
            for entry in directory.rglob("*")
        )
    except OSError:
        return False
