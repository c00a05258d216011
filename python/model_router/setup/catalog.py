"""The packaged model catalog and the advisor that ranks it for this machine."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from model_router.setup.hardware import HardwareProfile, format_gb
from model_router.setup.roles import ENGINE_ROLES

__all__ = [
    "PROFILES",
    "CatalogEntry",
    "CatalogError",
    "ModelAdvice",
    "advise",
    "load_catalog",
    "rank_candidates",
]

PROFILES: tuple[str, ...] = ("balanced", "lightweight", "quality")

# (quality weight, speed weight) per profile; anything else is balanced.
_PROFILE_WEIGHTS: dict[str, tuple[int, int]] = {"lightweight": (1, 3), "quality": (3, 1)}
_CATALOG_RESOURCE = "model_catalog.yaml"


class CatalogError(ValueError):
    """The model catalog file is missing or malformed (message names the entry and key)."""


@dataclass(frozen=True)
class CatalogEntry:
    """One suggested Hugging Face repository for one engine role."""

    route: str
    repo_id: str
    provider: str
    adapter: str
    reason: str
    min_memory_gb: float
    recommended_memory_gb: float
    quality_score: int
    speed_score: int
    profiles: tuple[str, ...]
    hardware: tuple[str, ...]
    include: tuple[str, ...]


@dataclass(frozen=True)
class ModelAdvice:
    """The advisor's pick for one role, with its score and the reason shown to the user."""

    entry: CatalogEntry
    score: float
    reason: str


def _number(item: Mapping[str, Any], key: str, where: str) -> float:
    value = item.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CatalogError(f"{where}: {key!r} must be a non-negative number")
    return value


def _strings(item: Mapping[str, Any], key: str, where: str, default: Sequence[str]) -> tuple[str, ...]:
    value = item.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _text(item: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = item.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: {key!r} must be a non-empty string")
    return value


def _entry(item: Any, where: str) -> CatalogEntry:
    if not isinstance(item, Mapping):
        raise CatalogError(f"{where}: must be a mapping")
    route = _text(item, "route", where)
    if route not in ENGINE_ROLES:
        raise CatalogError(f"{where}: route {route!r} must be one of {', '.join(ENGINE_ROLES)}")
    return CatalogEntry(
        route=route,
        repo_id=_text(item, "repo_id", where),
        provider=_text(item, "provider", where, "huggingface"),
        adapter=_text(item, "adapter", where),
        reason=_text(item, "reason", where),
        min_memory_gb=_number(item, "min_memory_gb", where),
        recommended_memory_gb=_number(item, "recommended_memory_gb", where),
        quality_score=int(_number(item, "quality_score", where)),
        speed_score=int(_number(item, "speed_score", where)),
        profiles=_strings(item, "profiles", where, ["balanced"]),
        hardware=_strings(item, "hardware", where, ["cpu"]),
        include=_strings(item, "include", where, []),
    )


def load_catalog(path: str | Path | None = None) -> list[CatalogEntry]:
    """Load the model catalog: the packaged one, or the YAML file at ``path``."""
    if path is None:
        source = f"resource://model_router.data/{_CATALOG_RESOURCE}"
        text = resources.files("model_router.data").joinpath(_CATALOG_RESOURCE).read_text(encoding="utf-8")
    else:
        source = str(path)
        try:
            text = Path(path).expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise CatalogError(f"model catalog unreadable: {source}: {exc.strerror or exc}") from None
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogError(f"model catalog {source} invalid YAML: {exc}") from None
    if not isinstance(document, Mapping) or document.get("version") != 1:
        raise CatalogError(f"model catalog {source} must be a mapping with version: 1")
    models = document.get("models")
    if not isinstance(models, list):
        raise CatalogError(f"model catalog {source} requires a models list")
    return [_entry(item, f"model catalog {source} models[{index}]") for index, item in enumerate(models)]


def _memory_fit(entry: CatalogEntry, memory_gb: float | None) -> float:
    if memory_gb is None:
        return 0
    if memory_gb >= entry.recommended_memory_gb:
        return 20
    if memory_gb >= entry.min_memory_gb:
        return 8
    return -100 + memory_gb


def _hardware_fit(entry: CatalogEntry, hardware: HardwareProfile) -> float:
    if hardware.apple_silicon and "apple_silicon" in entry.hardware:
        return 6
    return 2 if "cpu" in entry.hardware else 0


def _fit_reason(entry: CatalogEntry, memory_gb: float | None) -> str:
    ram = format_gb(memory_gb)
    if memory_gb is None:
        return (
            f"Catalog fit: needs about {format_gb(entry.min_memory_gb)} GB RAM minimum, "
            f"{format_gb(entry.recommended_memory_gb)} GB recommended."
        )
    if memory_gb >= entry.recommended_memory_gb:
        return f"Fits detected {ram} GB RAM."
    if memory_gb >= entry.min_memory_gb:
        return f"Fits detected {ram} GB RAM, near the lower end."
    return (
        f"Detected {ram} GB RAM is below the catalog minimum of {format_gb(entry.min_memory_gb)} GB; "
        "expect pressure."
    )


def rank_candidates(
    entries: Iterable[CatalogEntry], route: str, hardware: HardwareProfile, profile: str = "balanced"
) -> list[ModelAdvice]:
    """Score every candidate for ``route``, best first (ties keep catalog order)."""
    for_route = [entry for entry in entries if entry.route == route]
    candidates = [entry for entry in for_route if profile in entry.profiles] or for_route
    quality_weight, speed_weight = _PROFILE_WEIGHTS.get(profile, (2, 2))
    ranked = [
        ModelAdvice(
            entry=entry,
            score=entry.quality_score * quality_weight
            + entry.speed_score * speed_weight
            + _memory_fit(entry, hardware.memory_gb)
            + _hardware_fit(entry, hardware),
            reason=f"{entry.reason} {_fit_reason(entry, hardware.memory_gb)}",
        )
        for entry in candidates
    ]
    # sorted() is stable, so equal scores keep catalog order.
    return sorted(ranked, key=lambda advice: -advice.score)


def advise(
    hardware: HardwareProfile,
    profile: str = "balanced",
    *,
    routes: Iterable[str] = ENGINE_ROLES,
    catalog: Sequence[CatalogEntry] | None = None,
) -> dict[str, ModelAdvice]:
    """Return the best catalog entry for each role that has one."""
    entries = load_catalog() if catalog is None else catalog
    picks: dict[str, ModelAdvice] = {}
    for route in routes:
        ranked = rank_candidates(entries, route, hardware, profile)
        if ranked:
            picks[route] = ranked[0]
    return picks
