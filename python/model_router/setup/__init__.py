"""The setup assistant: find local models, recommend a config, plan downloads.

Nothing here runs while routing; the router core never imports this package.
Modules by job: ``scan`` (commands, API keys, model folders), ``servers``
(running LM Studio / Ollama / llama.cpp servers), ``roles`` (what a model
name says it is for), ``hardware``, ``catalog`` (the model catalog and its
advisor), ``recommend``, ``download``, ``write`` and ``wizard``.
"""

from __future__ import annotations

from model_router.setup.catalog import CatalogEntry, CatalogError, ModelAdvice, advise, load_catalog, rank_candidates
from model_router.setup.download import DownloadReport, DownloadUsageError, execute_downloads, plan_downloads
from model_router.setup.hardware import HardwareProfile, detect_hardware
from model_router.setup.recommend import DownloadSuggestion, Recommendation, recommend
from model_router.setup.roles import infer_roles, parse_size_billions
from model_router.setup.scan import DiscoveredModel, ScanResult, find_command, scan_environment
from model_router.setup.write import WriteResult, write_recommended_config

__all__ = [
    "CatalogEntry",
    "CatalogError",
    "DiscoveredModel",
    "DownloadReport",
    "DownloadSuggestion",
    "DownloadUsageError",
    "HardwareProfile",
    "ModelAdvice",
    "Recommendation",
    "ScanResult",
    "WriteResult",
    "advise",
    "detect_hardware",
    "execute_downloads",
    "find_command",
    "infer_roles",
    "load_catalog",
    "parse_size_billions",
    "plan_downloads",
    "rank_candidates",
    "recommend",
    "scan_environment",
    "write_recommended_config",
]
