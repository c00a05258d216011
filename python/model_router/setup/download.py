"""Plan and run ``hf download`` commands for suggested models.

Nothing is downloaded unless the caller asks twice: ``execute=True`` and a
confirmation. Each command runs in turn with its output streamed to the
progress stream (stderr for the CLI), a start and an end line per item with
the elapsed time, and a heartbeat line while a quiet download runs.
"""

from __future__ import annotations

import codecs
import os
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from model_router.setup.roles import ROLE_ADAPTERS, ROUTE_ENGINES

if TYPE_CHECKING:
    from model_router.setup.recommend import Recommendation

__all__ = [
    "OK_STATUSES",
    "DownloadItem",
    "DownloadReport",
    "DownloadUsageError",
    "command_text",
    "execute_downloads",
    "hf_download_command",
    "local_dir_for",
    "plan_downloads",
]

#: Item statuses that leave a download report ``ok``.
OK_STATUSES = frozenset({"planned", "completed"})
_HEARTBEAT_ENV = "MODEL_ROUTER_DOWNLOAD_HEARTBEAT_SECONDS"
_DEFAULT_HEARTBEAT_SECONDS = 30.0


class DownloadUsageError(ValueError):
    """The download request is contradictory (for example ``--repo-id`` with two routes)."""


def local_dir_for(route: str, repo_id: str, local_root: str | Path = "models") -> str:
    """``<root>/<route>/<org>--<name>``: one folder per role and repository."""
    return str(Path(local_root) / route / repo_id.replace("/", "--"))


def hf_download_command(repo_id: str, include: Iterable[str], local_dir: str) -> list[str]:
    """The ``hf download`` argument vector for one repository."""
    command = ["hf", "download", repo_id]
    for pattern in include:
        command += ["--include", pattern]
    return [*command, "--local-dir", local_dir]


def command_text(command: Sequence[str]) -> str:
    """The command as a line that can be pasted into a POSIX shell."""
    return shlex.join(command)


@dataclass(frozen=True)
class DownloadItem:
    """One planned (or run) download."""

    route: str
    repo_id: str
    adapter: str
    command: tuple[str, ...]
    local_dir: str
    status: str = "planned"
    returncode: int | None = None
    elapsed_seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON shape: the 0.5.3 keys plus ``command_text``, ``local_dir``, ``elapsed_seconds``."""
        return {
            "route": self.route,
            "repo_id": self.repo_id,
            "command": list(self.command),
            "command_text": command_text(self.command),
            "local_dir": self.local_dir,
            "status": self.status,
            "returncode": self.returncode,
            "elapsed_seconds": self.elapsed_seconds,
        }


@dataclass(frozen=True)
class DownloadReport:
    """The plan or its outcome."""

    executed: bool
    items: tuple[DownloadItem, ...]
    notes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every item is planned or completed."""
        return all(item.status in OK_STATUSES for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of ``setup download --json``."""
        return {
            "executed": self.executed,
            "ok": self.ok,
            "results": [item.to_dict() for item in self.items],
            "notes": list(self.notes),
        }


def _engine_for(route: str) -> str:
    # Accept target names (simple, coding, ...) as well as engine names.
    return ROUTE_ENGINES.get(route, route)


def plan_downloads(
    recommendation: Recommendation,
    *,
    routes: Sequence[str] = (),
    repo_id: str | None = None,
    adapter: str | None = None,
    local_root: str | Path | None = None,
) -> DownloadReport:
    """Plan downloads: the recommendation's suggestions, or one custom repository.

    ``routes`` filters the suggestions (engine or target names). A custom
    ``repo_id`` needs at most one route; two or more raise
    :class:`DownloadUsageError`.
    """
    root = Path(local_root) if local_root is not None else None
    engines = [_engine_for(route) for route in routes]
    notes: list[str] = []
    if repo_id is not None:
        if len(engines) > 1:
            raise DownloadUsageError("--repo-id downloads one repository: give at most one --route with it")
        route = engines[0] if engines else "custom"
        local_dir = local_dir_for(route, repo_id, root or "models")
        item = DownloadItem(
            route=route,
            repo_id=repo_id,
            adapter=adapter or ROLE_ADAPTERS.get(route, "local_chat"),
            command=tuple(hf_download_command(repo_id, (), local_dir)),
            local_dir=local_dir,
        )
        notes.append("Custom Hugging Face repo requested by user.")
        return DownloadReport(executed=False, items=(item,), notes=tuple(notes))

    items: list[DownloadItem] = []
    for suggestion in recommendation.download_suggestions:
        if engines and suggestion.route not in engines:
            continue
        local_dir = suggestion.local_dir
        if root is not None:
            local_dir = local_dir_for(suggestion.route, suggestion.repo_id, root)
        items.append(
            DownloadItem(
                route=suggestion.route,
                repo_id=suggestion.repo_id,
                adapter=suggestion.adapter,
                command=tuple(hf_download_command(suggestion.repo_id, suggestion.include, local_dir)),
                local_dir=local_dir,
            )
        )
    planned_routes = {item.route for item in items}
    without = [route for route, engine in zip(routes, engines, strict=True) if engine not in planned_routes]
    if without:
        notes.append(
            "No download suggestions for routes: "
            + ", ".join(without)
            + " (a local model already serves them, or the catalog has no entry)."
        )
    if not items and not without:
        notes.append("Nothing to download: every role has a local model.")
    return DownloadReport(executed=False, items=tuple(items), notes=tuple(notes))


def _heartbeat_seconds() -> float:
    try:
        value = float(os.environ.get(_HEARTBEAT_ENV, _DEFAULT_HEARTBEAT_SECONDS))
    except ValueError:
        return _DEFAULT_HEARTBEAT_SECONDS
    return value if value > 0 else _DEFAULT_HEARTBEAT_SECONDS


def _relay_output(pipe: Any, progress: TextIO) -> None:
    # Raw chunks, not lines: `hf` redraws its progress bars with "\r".
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    while chunk := pipe.read1(65536):
        progress.write(decoder.decode(chunk))
        progress.flush()
    progress.write(decoder.decode(b"", final=True))
    progress.flush()


def _run_one(hf: str, item: DownloadItem, progress: TextIO, label: str) -> DownloadItem:
    started = time.monotonic()
    print(f"{label} downloading {item.repo_id} -> {item.local_dir}", file=progress, flush=True)
    try:
        process = subprocess.Popen(
            [hf, *item.command[1:]], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    except OSError as exc:
        print(f"{label} {item.repo_id}: could not start hf: {exc.strerror or exc}", file=progress, flush=True)
        return replace(item, status="missing_command", returncode=127, elapsed_seconds=0.0)
    relay = threading.Thread(target=_relay_output, args=(process.stdout, progress), daemon=True)
    relay.start()
    heartbeat = _heartbeat_seconds()
    try:
        while True:
            try:
                returncode = process.wait(timeout=heartbeat)
                break
            except subprocess.TimeoutExpired:
                elapsed = time.monotonic() - started
                print(f"{label} still downloading {item.repo_id} ({elapsed:.0f}s elapsed)", file=progress, flush=True)
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        relay.join(timeout=5)
        process.stdout.close()
        elapsed = round(time.monotonic() - started, 1)
        print(f"{label} {item.repo_id}: interrupted after {elapsed}s", file=progress, flush=True)
        return replace(item, status="interrupted", returncode=process.returncode, elapsed_seconds=elapsed)
    relay.join(timeout=5)
    process.stdout.close()
    elapsed = round(time.monotonic() - started, 1)
    if returncode == 0:
        print(f"{label} {item.repo_id}: completed in {elapsed}s", file=progress, flush=True)
        return replace(item, status="completed", returncode=0, elapsed_seconds=elapsed)
    print(f"{label} {item.repo_id}: failed with exit code {returncode} after {elapsed}s", file=progress, flush=True)
    return replace(item, status="failed", returncode=returncode, elapsed_seconds=elapsed)


def execute_downloads(
    report: DownloadReport,
    *,
    execute: bool,
    confirmed: bool,
    progress: TextIO | None = None,
    hf_path: str | None = None,
) -> DownloadReport:
    """Run the planned downloads when ``execute`` and ``confirmed`` are both true.

    Items end ``completed``, ``failed`` (non-zero exit), ``missing_command``
    (no ``hf``; returncode 127), or ``interrupted`` (Ctrl-C; the rest are
    ``skipped``). Without ``execute`` they stay ``planned``; without
    ``confirmed`` they become ``confirmation_required``.
    """
    if not execute:
        return replace(report, items=tuple(replace(item, status="planned") for item in report.items))
    if not confirmed:
        return replace(
            report,
            items=tuple(replace(item, status="confirmation_required") for item in report.items),
            notes=(*report.notes, "Pass --yes or confirm interactively to execute."),
        )
    from model_router.setup.scan import find_command

    stream = progress if progress is not None else sys.stderr
    hf = hf_path or find_command("hf")
    results: list[DownloadItem] = []
    total = len(report.items)
    for index, item in enumerate(report.items, start=1):
        label = f"[{index}/{total}]"
        if any(result.status == "interrupted" for result in results):
            results.append(replace(item, status="skipped"))
            continue
        if hf is None:
            print(f"{label} {item.repo_id}: hf command not found", file=stream, flush=True)
            results.append(replace(item, status="missing_command", returncode=127))
            continue
        results.append(_run_one(hf, item, stream, label))
    notes = list(report.notes)
    if hf is None:
        notes.append("The Hugging Face `hf` CLI was not found: pip install 'huggingface_hub[cli]'.")
    return DownloadReport(executed=True, items=tuple(results), notes=tuple(notes))
