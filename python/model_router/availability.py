"""Declarative availability checks for engines.

An engine declares what it needs (env vars, commands on PATH, files or model
directories); these checks only look: they never print an env var's value and
never run a command (commands are resolved with ``shutil.which``).
"""

from __future__ import annotations

import os

from model_router.config import EngineConfig, RouterConfig
from model_router.models import EngineAvailabilityResult, RouterAvailabilityReport

__all__ = ["validate_engine_availability", "validate_router_availability"]


def validate_engine_availability(engine: EngineConfig) -> EngineAvailabilityResult:
    """Check one engine's declared availability.

    ``status: unavailable`` wins outright. Otherwise every missing requirement
    adds a reason (``missing env var X`` for an unset or empty variable,
    ``missing command X`` for a command ``shutil.which`` cannot find,
    ``missing path X`` for a path that does not exist after ``~`` expansion,
    relative to the current directory) and makes the engine unavailable.
    """
    declared = engine.availability
    if declared.status == "unavailable":
        return EngineAvailabilityResult(engine.name, False, ("marked unavailable in config",))

    missing: list[str] = []
    for variable in declared.required_env:
        if not os.environ.get(variable):  # an empty value counts as missing
            missing.append(f"missing env var {variable}")
    for command in declared.required_commands:
        if _which(command) is None:
            missing.append(f"missing command {command}")
    for path in declared.required_paths:
        if not os.path.exists(os.path.expanduser(path)):
            missing.append(f"missing path {path}")
    if missing:
        return EngineAvailabilityResult(engine.name, False, tuple(missing))

    if declared.status == "available":
        reason = "marked available in config"
    elif declared.required_env or declared.required_commands or declared.required_paths:
        reason = "availability checks passed"
    else:
        reason = "no availability requirements declared"
    return EngineAvailabilityResult(engine.name, True, (reason,))


def _which(command: str) -> str | None:
    import shutil  # lazily: shutil imports bz2 and lzma (~5 ms), and most engines require no command

    return shutil.which(command)


def validate_router_availability(config: RouterConfig) -> RouterAvailabilityReport:
    """Check every *enabled* engine; the report is sorted by engine name.

    ``all_available`` is False when no engine is enabled.
    """
    return RouterAvailabilityReport.from_results(
        validate_engine_availability(engine) for engine in config.engines.values() if engine.enabled
    )
