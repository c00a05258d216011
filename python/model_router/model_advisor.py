"""Compatibility module: the 0.5.3 model advisor API, now in ``model_router.setup``."""

from __future__ import annotations

from model_router.setup.catalog import (
    PROFILES,
    CatalogEntry,
    CatalogError,
    ModelAdvice,
    advise,
    load_catalog,
    rank_candidates,
)
from model_router.setup.hardware import HardwareProfile, detect_hardware

__all__ = [
    "PROFILES",
    "CatalogEntry",
    "CatalogError",
    "HardwareProfile",
    "ModelAdvice",
    "advise",
    "detect_hardware",
    "load_catalog",
    "rank_candidates",
]
