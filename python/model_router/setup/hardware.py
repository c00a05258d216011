"""Detect the few hardware facts the model advisor needs: RAM, CPU, free disk."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["HardwareProfile", "detect_hardware", "format_gb"]

_BYTES_PER_GB = 1024**3


def format_gb(value: float | None) -> str:
    """Render a size in GB the way notes show it: ``16``, ``15.5`` or ``unknown``."""
    if value is None:
        return "unknown"
    return f"{value:g}"


@dataclass(frozen=True)
class HardwareProfile:
    """RAM and disk in GB (rounded to 0.1; ``None`` when unknown) and the CPU."""

    system: str
    machine: str
    memory_gb: float | None
    free_disk_gb: float | None
    apple_silicon: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON shape (``hardware_profile`` in ``setup recommend --json``)."""
        return {
            "system": self.system,
            "machine": self.machine,
            "memory_gb": self.memory_gb,
            "free_disk_gb": self.free_disk_gb,
            "apple_silicon": self.apple_silicon,
        }

    def note(self) -> str:
        """The one-line summary added to a recommendation's notes."""
        machine = "Apple Silicon" if self.apple_silicon else (self.machine or "unknown")
        return (
            f"Hardware advisor: {machine}, {format_gb(self.memory_gb)} GB RAM, "
            f"{format_gb(self.free_disk_gb)} GB free."
        )


def _memory_bytes(system: str) -> int | None:
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
        if pages > 0 and page_size > 0:
            return int(pages) * int(page_size)
    except (AttributeError, OSError, ValueError):
        pass
    if system == "Darwin":
        try:
            output = subprocess.run(
                ["sysctl", "-n", "hw.memsize"], capture_output=True, text=True, timeout=2, check=True
            ).stdout
            return int(output.strip())
        except (OSError, subprocess.SubprocessError, ValueError):
            return None
    return None


def _free_disk_bytes(download_root: Path | None) -> int | None:
    # The download root may not exist yet: measure its nearest existing ancestor.
    candidate = (download_root or Path.cwd()).expanduser().absolute()
    for directory in (candidate, *candidate.parents):
        if directory.exists():
            try:
                return shutil.disk_usage(directory).free
            except OSError:
                return None
    return None


def _to_gb(value: int | None) -> float | None:
    return None if value is None else round(value / _BYTES_PER_GB, 1)


def detect_hardware(download_root: str | Path | None = None) -> HardwareProfile:
    """Detect RAM, CPU and the free disk space where downloads would go."""
    system = platform.system()
    machine = platform.machine()
    return HardwareProfile(
        system=system,
        machine=machine,
        memory_gb=_to_gb(_memory_bytes(system)),
        free_disk_gb=_to_gb(_free_disk_bytes(Path(download_root) if download_root else None)),
        apple_silicon=system == "Darwin" and machine.lower() in {"arm64", "aarch64"},
    )
