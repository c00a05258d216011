"""Compatibility module: the 0.5.3 setup assistant API, now in ``model_router.setup``."""

from __future__ import annotations

from model_router.setup.download import (
    DownloadItem,
    DownloadReport,
    DownloadUsageError,
    execute_downloads,
    hf_download_command,
    local_dir_for,
    plan_downloads,
)
from model_router.setup.recommend import DownloadSuggestion, Recommendation, recommend
from model_router.setup.roles import infer_roles, parse_size_billions
from model_router.setup.scan import (
    CHECKED_COMMANDS,
    CHECKED_ENV_VARS,
    DiscoveredModel,
    ScanResult,
    default_model_dirs,
    find_command,
    scan_environment,
    scan_model_dir,
)
from model_router.setup.wizard import run_wizard
from model_router.setup.write import WriteResult, build_config_document, write_recommended_config

__all__ = [
    "CHECKED_COMMANDS",
    "CHECKED_ENV_VARS",
    "DiscoveredModel",
    "DownloadItem",
    "DownloadReport",
    "DownloadSuggestion",
    "DownloadUsageError",
    "Recommendation",
    "ScanResult",
    "WriteResult",
    "build_config_document",
    "default_model_dirs",
    "execute_downloads",
    "find_command",
    "hf_download_command",
    "infer_roles",
    "local_dir_for",
    "parse_size_billions",
    "plan_downloads",
    "recommend",
    "run_wizard",
    "scan_environment",
    "scan_model_dir",
    "write_recommended_config",
]
