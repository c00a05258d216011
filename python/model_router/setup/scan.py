"""Find what this machine can route to: commands, API keys and local models.

The scan only looks: it lists directories, reads Ollama manifest names and
asks local model servers for their model lists. It never opens model
weights, never runs a command and never prints an API key's value.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model_router.setup.roles import ENGINE_ROLES, infer_roles, name_tokens
from model_router.setup.servers import ModelServer, ServerReport, configured_servers, query_servers

__all__ = [
    "CHECKED_COMMANDS",
    "CHECKED_ENV_VARS",
    "DiscoveredModel",
    "ScanResult",
    "default_model_dirs",
    "find_command",
    "scan_environment",
    "scan_model_dir",
]

CHECKED_COMMANDS: tuple[str, ...] = ("claude", "codex", "hf", "ollama", "llama-server", "lmstudio")
CHECKED_ENV_VARS: tuple[str, ...] = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "HF_TOKEN")

# Either variable limits command discovery to PATH (the 0.5.3 name is kept).
_PATH_ONLY_ENV_VARS = ("MODEL_ROUTER_COMMAND_DISCOVERY_PATH_ONLY", "HERMES_ROUTER_COMMAND_DISCOVERY_PATH_ONLY")

_MODEL_FILE_SUFFIXES = (".gguf", ".safetensors", ".bin", ".onnx", ".pt", ".pth", ".ckpt", ".mlx")
_MARKER_FILES = frozenset(
    {"config.json", "generation_config.json", "model_index.json", "tokenizer.json", "tokenizer.model"}
)
# Directory names that are storage internals, never a model.
_NOT_MODEL_DIRS = frozenset(
    {"blobs", "library", "manifests", "refs", "registry.ollama.ai", "snapshots", "tmp", ".locks"}
)
_NAME_HINTS = (
    "qwen", "llama", "mistral", "gemma", "phi", "deepseek", "sdxl", "flux",
    "clip", "embed", "bge", "vision", "text", "instruct", "chat", "diffusion",
)  # fmt: skip
_MAX_WALK_DEPTH = 4
_HINT_MAX_DEPTH = 2


@dataclass(frozen=True)
class DiscoveredModel:
    """One model the scan found, on disk or on a running local server."""

    name: str
    repo_id: str
    path: str | None
    source: str
    roles: tuple[str, ...]
    provider: str
    server_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: the 0.5.3 keys, plus ``provider`` and ``server_url``."""
        return {
            "name": self.name,
            "repo_id": self.repo_id,
            "path": self.path,
            "source": self.source,
            "roles": list(self.roles),
            "provider": self.provider,
            "server_url": self.server_url,
        }


@dataclass(frozen=True)
class ScanResult:
    """Everything ``setup scan`` found."""

    commands: dict[str, str | None]
    env_vars: dict[str, bool]
    model_dirs: tuple[str, ...]
    models: tuple[DiscoveredModel, ...]
    servers: tuple[ServerReport, ...] = field(default=())

    def has_command(self, name: str) -> bool:
        """Whether ``name`` was found on PATH (or next to the interpreter)."""
        return bool(self.commands.get(name))

    def has_env(self, name: str) -> bool:
        """Whether the environment variable ``name`` is set and not empty."""
        return bool(self.env_vars.get(name))

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of ``setup scan --json``."""
        return {
            "commands": {name: bool(path) for name, path in self.commands.items()},
            "env_vars": dict(self.env_vars),
            "model_dirs": list(self.model_dirs),
            "models": [model.to_dict() for model in self.models],
            "servers": [report.to_dict() for report in self.servers],
        }


def find_command(name: str) -> str | None:
    """Resolve ``name`` on PATH, then next to ``sys.executable``.

    A tool installed into the same virtual environment as model-router (for
    example ``hf`` from ``huggingface_hub[cli]``) is found even when the
    environment is not activated. Set
    ``MODEL_ROUTER_COMMAND_DISCOVERY_PATH_ONLY=1`` to look on PATH only.
    """
    found = shutil.which(name)
    if found:
        return found
    if any(os.environ.get(var) for var in _PATH_ONLY_ENV_VARS):
        return None
    beside_interpreter = Path(sys.executable).parent / name
    if beside_interpreter.is_file() and os.access(beside_interpreter, os.X_OK):
        return str(beside_interpreter)
    return None


def default_model_dirs() -> list[Path]:
    """The folders where model tools keep their models (behaviour 7)."""
    home = Path.home()
    return [
        Path("models"),
        home / ".cache" / "huggingface" / "hub",
        home / ".ollama" / "models",
        home / ".lmstudio" / "models",
        home / "Library" / "Application Support" / "LM Studio" / "models",
        home / "models",
        home / "Downloads",
    ]


def _model(repo_id: str, path: Path | None, source: str, provider: str, roles: Iterable[str] = ()) -> DiscoveredModel:
    name = repo_id.rsplit("/", 1)[-1]
    merged = list(dict.fromkeys([*roles, *infer_roles(repo_id)]))
    return DiscoveredModel(
        name=name,
        repo_id=repo_id,
        path=str(path.resolve()) if path is not None else None,
        source=source,
        roles=tuple(merged),
        provider=provider,
    )


def _subdirs(directory: Path) -> list[Path]:
    try:
        return sorted(entry for entry in directory.iterdir() if entry.is_dir())
    except OSError:
        return []


def _files(directory: Path) -> list[Path]:
    try:
        return sorted(entry for entry in directory.iterdir() if entry.is_file())
    except OSError:
        return []


def _has_model_file(directory: Path) -> bool:
    return any(
        entry.name in _MARKER_FILES or entry.name.lower().endswith(_MODEL_FILE_SUFFIXES) for entry in _files(directory)
    )


def _scan_ollama(directory: Path) -> list[DiscoveredModel]:
    # manifests/<registry>/<namespace>/<model>/<tag file>
    manifests = directory / "manifests"
    found: list[DiscoveredModel] = []
    for registry in _subdirs(manifests):
        for namespace in _subdirs(registry):
            for model in _subdirs(namespace):
                for tag in _files(model):
                    if tag.name.startswith("."):
                        continue
                    base = model.name if namespace.name == "library" else f"{namespace.name}/{model.name}"
                    found.append(_model(f"{base}:{tag.name}", tag, "ollama", "ollama"))
    return found


def _is_lm_studio_root(directory: Path) -> bool:
    resolved = directory.expanduser()
    return resolved.name == "models" and resolved.parent.name in {".lmstudio", "LM Studio"}


def _scan_lm_studio(directory: Path) -> list[DiscoveredModel]:
    found: list[DiscoveredModel] = []
    for owner in _subdirs(directory):
        if owner.name.startswith("."):
            continue
        for model in _subdirs(owner):
            if _has_model_file(model):
                found.append(_model(f"{owner.name}/{model.name}", model, "lm_studio", "lm_studio"))
    return found


def _looks_like_model(directory: Path, depth: int) -> bool:
    name = directory.name
    if name in _NOT_MODEL_DIRS or name in ENGINE_ROLES:
        return False
    if name.startswith("models--") or _has_model_file(directory):
        return True
    if depth > _HINT_MAX_DEPTH:
        return False
    return any(token.startswith(hint) for token in name_tokens(name) for hint in _NAME_HINTS)


def _generic_model(directory: Path) -> DiscoveredModel:
    name = directory.name
    if name.startswith("models--"):
        # Hugging Face cache: models--<org>--<name>
        repo_id = name[len("models--") :].replace("--", "/", 1)
        return _model(repo_id, directory, "huggingface_cache", "huggingface")
    if directory.parent.name in ENGINE_ROLES and "--" in name:
        # Our own download layout: <root>/<engine role>/<org>--<name>, so the
        # folder says which role it was downloaded for.
        repo_id = name.replace("--", "/", 1)
        return _model(repo_id, directory, "huggingface_download", "huggingface", roles=[directory.parent.name])
    return _model(name, directory, "local_directory", "local")


def _walk(directory: Path, depth: int, found: list[DiscoveredModel]) -> None:
    if depth > _MAX_WALK_DEPTH:
        return
    for child in _subdirs(directory):
        if child.name.startswith("."):
            continue
        if _looks_like_model(child, depth):
            found.append(_generic_model(child))
        elif child.name not in _NOT_MODEL_DIRS:
            _walk(child, depth + 1, found)


def scan_model_dir(directory: Path) -> list[DiscoveredModel]:
    """Return the models under one directory (Ollama, LM Studio or generic)."""
    directory = directory.expanduser()
    if not directory.is_dir():
        return []
    found = _scan_ollama(directory)
    if _is_lm_studio_root(directory):
        found.extend(_scan_lm_studio(directory))
    else:
        _walk(directory, 1, found)
    return found


def _dedupe(models: Iterable[DiscoveredModel]) -> list[DiscoveredModel]:
    by_repo: dict[str, DiscoveredModel] = {}
    for model in models:
        key = model.repo_id.lower()
        kept = by_repo.get(key)
        if kept is None:
            by_repo[key] = model
        elif kept.server_url is None and model.server_url is not None:
            # The same model on disk and loaded in a server: keep the file
            # (its path proves availability) and remember where it is served.
            by_repo[key] = DiscoveredModel(**{**kept.__dict__, "server_url": model.server_url})
    return list(by_repo.values())


def scan_environment(
    model_dirs: Sequence[str | Path] = (),
    *,
    use_default_dirs: bool = True,
    servers: Sequence[ModelServer] | None = None,
    query_local_servers: bool = True,
    server_timeout: float | None = None,
) -> ScanResult:
    """Scan commands, API-key presence, model folders and local servers.

    ``model_dirs`` are added to the default folders; with
    ``use_default_dirs=False`` they replace them. ``servers`` defaults to
    :func:`configured_servers` (LM Studio, Ollama and llama.cpp on their
    usual loopback ports, or ``MODEL_ROUTER_SETUP_SERVERS``).
    """
    directories: list[Path] = list(default_model_dirs()) if use_default_dirs else []
    directories.extend(Path(str(entry)).expanduser() for entry in model_dirs)
    unique_dirs = list(dict.fromkeys(directories))

    found: list[DiscoveredModel] = []
    for directory in unique_dirs:
        found.extend(scan_model_dir(directory))

    reports: tuple[ServerReport, ...] = ()
    if query_local_servers:
        reports = tuple(query_servers(configured_servers() if servers is None else servers, timeout=server_timeout))
        for report in reports:
            for model_id in report.models:
                model = _model(model_id, None, report.source, report.provider)
                found.append(DiscoveredModel(**{**model.__dict__, "server_url": report.base_url}))

    return ScanResult(
        commands={name: find_command(name) for name in CHECKED_COMMANDS},
        env_vars={name: bool(os.environ.get(name)) for name in CHECKED_ENV_VARS},
        model_dirs=tuple(str(directory) for directory in unique_dirs),
        models=tuple(_dedupe(found)),
        servers=reports,
    )
