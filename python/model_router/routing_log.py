"""Hindsight routing events: build, redact, hash and write them.

One JSON line per proxied request records what the router decided and why,
so operators can label wrong routes and replay traffic against a new config.
This module is standard library only (it never imports aiohttp): the proxy
hands a plain record to :meth:`RoutingEventLog.emit`, which only puts it on a
queue; a background thread turns records into events (redaction, hashing,
JSON) and appends them to the log with rotation.

Privacy rules, in one place:

* only whitelisted record keys reach an event; a request body, its messages,
  tools or headers placed in a record by mistake are ignored;
* ``prompt_capture`` decides what text is kept (``off``: nothing;
  ``redacted_preview``: the first 180 characters of the redacted prompt;
  ``full``: the raw prompt too); ``off`` always wins over
  ``MODEL_ROUTER_LOG_PROMPTS``;
* the prompt hash is an HMAC-SHA256 keyed with a per-install secret, so a
  short prompt cannot be recovered by hashing a dictionary of guesses.

Several processes (``model-router-proxy --workers N``) may share one log:
every append and rotation happens under an exclusive ``flock`` on
``<log>.lock``, so lines never interleave and rotation never loses a line.
"""

from __future__ import annotations

import atexit
import hashlib
import hmac
import json
import logging
import os
import queue
import re
import secrets
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

try:  # POSIX only; on other platforms a single writer process is assumed.
    import fcntl
except ImportError:  # pragma: no cover - exercised only on Windows
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "CAPTURE_MODES",
    "DEFAULT_CAPTURE_MODE",
    "DEFAULT_EVENTS_PATH",
    "DEFAULT_FEEDBACK_PATH",
    "EVENT_STATUSES",
    "HASH_KEY_FILENAME",
    "PREVIEW_CHARS",
    "RoutingEventLog",
    "append_jsonl_row",
    "build_feedback_row",
    "build_routing_event",
    "format_timestamp",
    "load_or_create_hash_key",
    "prompt_hash",
    "redact",
    "resolve_capture_mode",
    "router_version",
    "serialize_event",
]

logger = logging.getLogger(__name__)

CAPTURE_MODES = ("off", "redacted_preview", "full")
DEFAULT_CAPTURE_MODE = "redacted_preview"
PREVIEW_CHARS = 180
EVENT_STATUSES = (
    "forwarded",
    "human_confirm",
    "routing_backend_missing",
    "upstream_request_failed",
    "stream_interrupted",
)
DEFAULT_EVENTS_PATH = "~/.model-router/routing-events.jsonl"
DEFAULT_FEEDBACK_PATH = "~/.model-router/routing-feedback.jsonl"
HASH_KEY_FILENAME = ".routing-log-key"
_LOG_PROMPTS_ENV = "MODEL_ROUTER_LOG_PROMPTS"
_TRUTHY = frozenset({"1", "true", "yes", "on"})
# Redaction looks at this many leading characters when only a preview is kept:
# large enough that a secret straddling the preview boundary is still seen
# whole, small enough that a 10 MB prompt costs nothing.
_PREVIEW_REDACTION_WINDOW = 4_096


# --------------------------------------------------------------------------
# Capture mode
# --------------------------------------------------------------------------


def resolve_capture_mode(mode: str | None, env: Mapping[str, str] | None = None) -> str:
    """Return the effective capture mode for a configured ``prompt_capture``.

    ``off`` always wins (improvements.md); otherwise ``MODEL_ROUTER_LOG_PROMPTS``
    set to 1/true/yes/on forces ``full``; an unknown or missing mode behaves
    like ``redacted_preview``.
    """
    normalized = (mode or "").strip().lower()
    if normalized == "off":
        return "off"
    environ = os.environ if env is None else env
    if str(environ.get(_LOG_PROMPTS_ENV, "")).strip().lower() in _TRUTHY:
        return "full"
    if normalized in CAPTURE_MODES:
        return normalized
    return DEFAULT_CAPTURE_MODE


# --------------------------------------------------------------------------
# Redaction
# --------------------------------------------------------------------------

# Every quantifier is bounded so that no rule can backtrack quadratically on a
# long run of word characters (the redactor runs on untrusted prompts).
_KEY_NAMES = (
    r"api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret"
    r"|token|secret|password|passwd|passphrase|pwd|authorization|credentials?"
)
_VALUE = r"[^\s\"',;]{1,512}"

_REDACTION_RULES: tuple[tuple[re.Pattern[str], Any], ...] = (
    # PEM blocks (keys, certificates); an unterminated block is redacted to the end.
    (
        re.compile(
            r"-----BEGIN [A-Z0-9 ]{1,64}-----.*?(?:-----END [A-Z0-9 ]{1,64}-----|\Z)",
            re.DOTALL,
        ),
        "[REDACTED_PEM]",
    ),
    # An Authorization header loses its scheme and credential whatever their length.
    (
        re.compile(
            r"\b(proxy-authorization|authorization)([\"']?\s{0,8}[:=]\s{0,8}[\"']?)"
            r"(?:(?:bearer|basic|digest|token|apikey|negotiate)\s{1,8})?" + _VALUE,
            re.IGNORECASE,
        ),
        r"\1=[REDACTED]",
    ),
    # key: value / key=value, also inside identifiers (aws_secret_access_key) and JSON.
    (
        re.compile(
            r"\b((?:[A-Za-z0-9]{1,32}[_-]){0,4}(?:" + _KEY_NAMES + r"))\b"
            r"[\"']?\s{0,8}[:=]\s{0,8}[\"']?" + _VALUE,
            re.IGNORECASE,
        ),
        r"\1=[REDACTED]",
    ),
    # Natural language: "my password is hunter2", "api key: abc", "access token = x".
    (
        re.compile(
            r"\b(password|passwd|passphrase|passcode|pin|api key|access key|secret key"
            r"|access token|auth token|bearer token|private key|secret)"
            r"(\s{1,8}(?:is|was|=|:)\s{1,8}|\s{0,8}[:=]\s{0,8})" + _VALUE,
            re.IGNORECASE,
        ),
        r"\1\2[REDACTED]",
    ),
    # JSON Web Tokens (and JWE): base64url JSON header, then dot-separated parts.
    (
        re.compile(r"\beyJ[A-Za-z0-9_-]{4,4096}(?:\.[A-Za-z0-9_=-]{0,8192}){1,4}"),
        "[REDACTED_JWT]",
    ),
    # Provider tokens with a well-known prefix.
    (
        re.compile(
            r"\b(?:sk_|pk_|rk_|hf_|ghp_|gho_|ghs_|ghu_|ghr_|github_pat_|glpat-|xox[abposr]-)"
            r"[A-Za-z0-9_-]{12,512}"
        ),
        "[REDACTED]",
    ),
    (re.compile(r"\bsk-[A-Za-z0-9_-]{16,512}"), "[REDACTED]"),
    (re.compile(r"\bAIza[0-9A-Za-z_-]{35}"), "[REDACTED]"),
    # Free-standing bearer credentials (the 0.5.3 rule).
    (re.compile(r"\bbearer\s{1,8}[A-Za-z0-9._~+/=-]{12,4096}", re.IGNORECASE), "Bearer [REDACTED]"),
    # AWS access key ids.
    (
        re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\b"),
        "[REDACTED_AWS_KEY]",
    ),
    # Credentials embedded in URLs: scheme://user:password@host.
    (re.compile(r"://[^/\s:@]{1,256}:[^/\s@]{1,256}@"), "://[REDACTED]@"),
    # E-mail addresses (local part bounded by RFC 5321's 64 characters).
    (
        re.compile(r"[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}\b"),
        "[REDACTED_EMAIL]",
    ),
    # US social security numbers, with dashes or after an explicit label.
    (
        re.compile(
            r"\b(?:(?:ssn|social security (?:number|no\.?))\s{0,8}(?:is|:|=|#)?\s{0,8}"
            r"\d{3}[- ]?\d{2}[- ]?\d{4}|\d{3}-\d{2}-\d{4})\b",
            re.IGNORECASE,
        ),
        "[REDACTED_SSN]",
    ),
)

# Cheap substring checks (on the casefolded text) that decide whether a rule
# can match at all, so an ordinary prompt skips most regex scans. Aligned
# with _REDACTION_RULES; every rule's match contains one of its triggers.
_DIGITS = tuple("0123456789")
_RULE_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("-----begin",),
    ("authoriz",),
    ("key", "token", "secret", "pass", "pwd", "authoriz", "credential"),
    ("pass", "pin", "key", "token", "secret"),
    ("eyj",),
    ("sk_", "pk_", "rk_", "hf_", "gh", "github_pat_", "glpat-", "xox"),
    ("sk-",),
    ("aiza",),
    ("bearer",),
    ("akia", "asia", "agpa", "aida", "aroa", "aipa", "anpa", "anva", "abia", "acca"),
    ("://",),
    ("@",),
    _DIGITS,
)
assert len(_RULE_TRIGGERS) == len(_REDACTION_RULES)

# AWS secret access keys have no prefix: 40 base64 characters. Hex digests
# (git SHAs, SHA-1) are excluded by requiring mixed case.
_AWS_SECRET_CANDIDATE = re.compile(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_CARD_CANDIDATE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")


def _looks_like_aws_secret(match: re.Match[str]) -> str:
    token = match.group(0)
    has_upper = any("A" <= ch <= "Z" for ch in token)
    has_lower = any("a" <= ch <= "z" for ch in token)
    has_digit_or_symbol = any(ch.isdigit() or ch in "/+" for ch in token)
    if has_upper and has_lower and has_digit_or_symbol:
        return "[REDACTED_AWS_SECRET]"
    return token


def _luhn_valid(digits: str) -> bool:
    total = 0
    for index, ch in enumerate(reversed(digits)):
        value = ord(ch) - 48
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _redact_card(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = text.replace(" ", "").replace("-", "")
    if 13 <= len(digits) <= 19 and _luhn_valid(digits):
        return "[REDACTED_CARD]"
    return text


def redact(text: str) -> str:
    """Return ``text`` with credentials and personal data replaced by markers.

    Covers the 0.5.3 rules (``key=value`` secrets, ``sk-``/``sk_``/``hf_``/
    ``ghp_``/``github_pat_`` tokens, ``Bearer`` credentials) and ours:
    ``Authorization:`` headers of any scheme, AWS access and secret keys, JWTs,
    PEM blocks, "password is X", "api key: X", URL credentials, e-mail
    addresses, Luhn-valid card numbers (13-19 digits, spaces or dashes allowed)
    and US SSNs. Redaction is deliberately greedy: a false positive costs a
    few characters of preview, a miss leaks a secret.
    """
    if not text:
        return text
    folded = text.casefold()
    for (pattern, replacement), triggers in zip(_REDACTION_RULES, _RULE_TRIGGERS):
        if any(trigger in folded for trigger in triggers):
            text = pattern.sub(replacement, text)
    if len(text) >= 40:
        text = _AWS_SECRET_CANDIDATE.sub(_looks_like_aws_secret, text)
    if any(digit in text for digit in _DIGITS):
        text = _CARD_CANDIDATE.sub(_redact_card, text)
    return text


# --------------------------------------------------------------------------
# Keyed prompt hash
# --------------------------------------------------------------------------


def load_or_create_hash_key(directory: str | os.PathLike[str]) -> bytes:
    """Return the per-install prompt-hash secret kept in ``directory``.

    The key file (``.routing-log-key``, mode 0600, 64 hex characters) is
    created on first use. Creation is atomic (written to a private temporary
    file, then hard-linked into place), so concurrent ``--workers`` processes
    all end up with the same key.
    """
    folder = Path(directory).expanduser()
    key_path = folder / HASH_KEY_FILENAME
    for _attempt in range(3):
        try:
            return _read_hash_key(key_path)
        except FileNotFoundError:
            pass
        folder.mkdir(parents=True, exist_ok=True)
        temp_path = folder / f"{HASH_KEY_FILENAME}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(secrets.token_hex(32) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temp_path, key_path)
            except FileExistsError:
                pass  # another process won the race; read its key
        finally:
            temp_path.unlink(missing_ok=True)
    return _read_hash_key(key_path)


def _read_hash_key(key_path: Path) -> bytes:
    text = key_path.read_text(encoding="ascii").strip()
    if len(text) < 32:
        raise ValueError(f"prompt hash key file {key_path} is too short")
    return text.encode("ascii")


def prompt_hash(prompt: str, key: bytes) -> str:
    """HMAC-SHA256 hex digest of ``prompt`` (UTF-8, lone surrogates kept)."""
    data = prompt.encode("utf-8", "surrogatepass")
    return hmac.new(key, data, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------
# Event building
# --------------------------------------------------------------------------

_version_cache: list[str] = []


def router_version() -> str:
    """The installed ``hermes-router`` version, or ``"unknown"``."""
    if not _version_cache:
        try:
            from importlib.metadata import PackageNotFoundError, version

            try:
                _version_cache.append(version("hermes-router"))
            except PackageNotFoundError:
                _version_cache.append("unknown")
        except Exception:  # noqa: BLE001 - metadata must never break logging
            _version_cache.append("unknown")
    return _version_cache[0]


def format_timestamp(epoch_seconds: float | None = None) -> str:
    """UTC ISO-8601 with milliseconds and ``Z``: ``2024-05-01T12:00:00.123Z``."""
    moment = time.time() if epoch_seconds is None else epoch_seconds
    stamp = datetime.fromtimestamp(moment, timezone.utc)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def _latency(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return round(float(value), 4)
    except (TypeError, ValueError):
        return None


def _plain(value: Any) -> Any:
    """A JSON-ready copy of a decision part (dataclass with to_dict, or mapping)."""
    if value is None:
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    if isinstance(value, Mapping):
        return {str(key): _plain_scalar(item) for key, item in value.items()}
    return None


def _plain_scalar(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Mapping):
        return {str(key): _plain_scalar(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain_scalar(item) for item in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return str(value)


_HINT_KEYS = ("attachments", "context_tokens", "force_engine", "latency_sensitive", "max_cost_tier", "max_latency_tier")


def _clean_hints(hints: Any) -> dict[str, Any] | None:
    """Keep only the known routing hints with simple values, for replay."""
    if hints is None:
        return None
    if not isinstance(hints, Mapping):
        hints = _plain(hints)
        if not isinstance(hints, Mapping):
            return None
    cleaned: dict[str, Any] = {}
    for key in _HINT_KEYS:
        value = hints.get(key)
        if value is None:
            continue
        if key == "attachments":
            if isinstance(value, (list, tuple)) and value:
                cleaned[key] = [str(item)[:32] for item in value[:16]]
        elif isinstance(value, (bool, int, float)):
            cleaned[key] = value
        elif isinstance(value, str):
            cleaned[key] = value[:64]
    return cleaned or None


def build_routing_event(
    *,
    request_id: str,
    decision: Any | None,
    selected_engine: str,
    status: str,
    route_latency_ms: float | None,
    total_latency_ms: float | None,
    prompt: str | None,
    hash_key: bytes,
    capture_mode: str = DEFAULT_CAPTURE_MODE,
    config_source: str = "default",
    version: str | None = None,
    fallback_used: bool = False,
    status_code: int | None = None,
    backend: str | None = None,
    backend_model: str | None = None,
    upstream_latency_ms: float | None = None,
    diagnostic_latency_ms: float | None = None,
    hints: Mapping[str, Any] | None = None,
    confirmed: bool = False,
    route_api: str | None = None,
    timestamp: float | None = None,
) -> dict[str, Any]:
    """Build one routing event (behaviour section 6 field names).

    ``decision`` is the RoutingDecision that chose ``selected_engine`` (the
    proxy routes once per request); its scores, features, requirements and
    reasons are copied from it, never recomputed. ``capture_mode`` must be an
    already resolved mode (see :func:`resolve_capture_mode`). Fields whose
    value is None are left out.
    """
    text = prompt if isinstance(prompt, str) else ""
    full = capture_mode == "full"
    event: dict[str, Any] = {
        "event_type": "routing_event",
        "timestamp": format_timestamp(timestamp),
        "request_id": str(request_id) if full else redact(str(request_id)),
        "route_api": route_api or ("route" if decision is not None else "route_fast"),
        "selected_engine": str(selected_engine),
        "status": str(status),
        "route_latency_ms": _latency(route_latency_ms),
        "total_latency_ms": _latency(total_latency_ms),
        "upstream_latency_ms": _latency(upstream_latency_ms),
        "diagnostic_latency_ms": _latency(diagnostic_latency_ms),
        "fallback_used": bool(fallback_used),
        "config_source": config_source or "default",
        "router_version": version or router_version(),
        "prompt_hash": prompt_hash(text, hash_key),
        "prompt_length": len(text),
        "estimated_tokens": (len(text) + 3) // 4,
        "reasons": [],
        "status_code": int(status_code) if isinstance(status_code, int) and not isinstance(status_code, bool) else None,
        "backend": str(backend) if backend is not None else None,
        "backend_model": str(backend_model) if backend_model is not None else None,
        "hints": _clean_hints(hints),
        "confirmed": True if confirmed else None,
    }
    if capture_mode in ("redacted_preview", "full"):
        event["prompt_preview"] = redact(text[:_PREVIEW_REDACTION_WINDOW])[:PREVIEW_CHARS]
    if full:
        event["prompt"] = text
    if decision is not None:
        reasons = [str(reason) for reason in (getattr(decision, "reasons", None) or ())]
        # Reasons are router vocabulary, but redact them anyway below full
        # capture: a future reason quoting the prompt must not leak a secret.
        event["reasons"] = reasons if full else [redact(reason) for reason in reasons]
        for name in ("complexity_score", "risk_score", "confidence_score"):
            value = getattr(decision, name, None)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                event[name] = value
        event["features"] = _plain(getattr(decision, "features", None))
        event["requirements"] = _plain(getattr(decision, "requirements", None))
    return {key: value for key, value in event.items() if value is not None}


def serialize_event(event: Mapping[str, Any]) -> str:
    """One JSON line: keys sorted, compact separators, newline-terminated."""
    return json.dumps(event, sort_keys=True, separators=(",", ":")) + "\n"


def build_feedback_row(request_id: str, expected_engine: str, notes: str | None = None) -> dict[str, Any]:
    """A ``routing_feedback`` row (notes left out when None)."""
    row: dict[str, Any] = {
        "event_type": "routing_feedback",
        "timestamp": format_timestamp(),
        "request_id": request_id,
        "expected_engine": expected_engine,
    }
    if notes is not None:
        row["notes"] = notes
    return row


# --------------------------------------------------------------------------
# Appending under a lock, with rotation
# --------------------------------------------------------------------------


class _LockedAppender:
    """Appends lines to one log file, rotating it, safely across processes.

    Not thread-safe by itself: one writer thread owns an instance. Processes
    coordinate through ``flock`` on ``<log>.lock`` (a separate file, because
    the live log is renamed by rotation and a lock on it would be lost).
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        self.path = path
        self.max_bytes = max(0, int(max_bytes))
        self.backups = max(0, int(backups))
        self._fd: int | None = None
        self._lock_fd: int | None = None

    @property
    def rotation_enabled(self) -> bool:
        return self.max_bytes > 0 and self.backups > 0

    @contextmanager
    def _locked(self) -> Iterator[None]:
        if fcntl is None:
            yield
            return
        if self._lock_fd is None:
            self._lock_fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)

    def _open_live(self) -> int:
        """The fd of the current live file, reopened if another process rotated it."""
        if self._fd is not None:
            try:
                on_disk = os.stat(self.path)
                mine = os.fstat(self._fd)
                if (on_disk.st_ino, on_disk.st_dev) == (mine.st_ino, mine.st_dev):
                    return self._fd
            except FileNotFoundError:
                pass
            os.close(self._fd)
            self._fd = None
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        return self._fd

    def _rotate(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        oldest = Path(f"{self.path}.{self.backups}")
        oldest.unlink(missing_ok=True)
        for index in range(self.backups - 1, 0, -1):
            source = Path(f"{self.path}.{index}")
            if source.exists():
                os.replace(source, f"{self.path}.{index + 1}")
        if self.path.exists():
            os.replace(self.path, f"{self.path}.1")

    @staticmethod
    def _write_all(fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]

    def append(self, lines: Iterable[str]) -> int:
        """Append ``lines`` (each newline-terminated); return how many were written."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        count = 0
        with self._locked():
            fd = self._open_live()
            size = os.fstat(fd).st_size
            pending: list[bytes] = []
            for line in lines:
                data = line.encode("utf-8", "surrogatepass")
                if self.rotation_enabled and size >= self.max_bytes:
                    if pending:
                        self._write_all(fd, b"".join(pending))
                        pending.clear()
                    self._rotate()
                    fd = self._open_live()
                    size = 0
                pending.append(data)
                size += len(data)
                count += 1
            if pending:
                self._write_all(fd, b"".join(pending))
        return count

    def close(self) -> None:
        for attribute in ("_fd", "_lock_fd"):
            fd = getattr(self, attribute)
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
                setattr(self, attribute, None)


def append_jsonl_row(path: str | os.PathLike[str], row: Mapping[str, Any]) -> bool:
    """Append one JSON row to ``path`` without rotation (used by ``feedback``).

    Best-effort: creates parent directories, takes the same lock as the event
    writer, and returns False instead of raising on any failure.
    """
    appender = _LockedAppender(Path(path).expanduser(), max_bytes=0, backups=0)
    try:
        appender.append([serialize_event(row)])
        return True
    except Exception:  # noqa: BLE001 - best-effort by contract
        return False
    finally:
        appender.close()


# --------------------------------------------------------------------------
# The background writer
# --------------------------------------------------------------------------

_STOP = object()
_RECORD_KEYS = (
    "request_id",
    "decision",
    "selected_engine",
    "status",
    "status_code",
    "backend",
    "backend_model",
    "fallback_used",
    "route_latency_ms",
    "upstream_latency_ms",
    "total_latency_ms",
    "diagnostic_latency_ms",
    "prompt",
    "hints",
    "confirmed",
    "route_api",
)


class _Flush:
    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = threading.Event()


class RoutingEventLog:
    """Non-blocking, rotating, multi-process-safe writer of routing events.

    ``emit(record)`` costs one queue put (a few microseconds at most) and
    never raises; a daemon thread builds the events and appends them in
    batches. ``close()`` (also run at interpreter exit) flushes everything
    still queued. Records are dicts with the keys the proxy knows about
    (``request_id``, ``decision``, ``selected_engine``, ``status``,
    ``status_code``, ``backend``, ``backend_model``, ``fallback_used``,
    ``route_latency_ms``, ``upstream_latency_ms``, ``total_latency_ms``,
    ``prompt``, optionally ``hints``, ``confirmed``); any other key is
    ignored, so nothing else from a request can reach the log.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        prompt_capture: str | None = DEFAULT_CAPTURE_MODE,
        max_bytes: int = 10_485_760,
        backups: int = 5,
        hash_key: bytes | str | None = None,
        config_source: str = "default",
        version: str | None = None,
        max_pending: int = 100_000,
        batch_size: int = 512,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.path = Path(path).expanduser()
        self.capture_mode = resolve_capture_mode(prompt_capture, env)
        self.config_source = config_source or "default"
        self.version = version or router_version()
        self.max_pending = max(1, int(max_pending))
        self.batch_size = max(1, int(batch_size))
        self._hash_key = self._resolve_hash_key(hash_key)
        self._appender = _LockedAppender(self.path, max_bytes, backups)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._close_lock = threading.Lock()
        self.emitted = 0
        self.written = 0
        self.dropped = 0
        self.failed = 0
        self._last_failure_log = 0.0
        self._thread = threading.Thread(target=self._run, name="routing-event-log", daemon=True)
        self._thread.start()
        # The writer thread is a daemon (it must never keep a process alive),
        # so flush explicitly at exit in case the owner forgot close().
        atexit.register(self.close)

    @classmethod
    def from_observability(
        cls,
        observability: Any,
        *,
        config_source: str = "default",
        env: Mapping[str, str] | None = None,
    ) -> RoutingEventLog | None:
        """Build a writer from a proxy ``observability`` section, or None when disabled.

        Reads ``enabled``, ``log_path``, ``prompt_capture``, ``max_bytes``,
        ``backups`` and, when present, ``hash_key`` or ``hash_key_env``
        (attributes or mapping keys).
        """

        def option(name: str, default: Any = None) -> Any:
            if isinstance(observability, Mapping):
                return observability.get(name, default)
            return getattr(observability, name, default)

        if observability is None or not option("enabled", False):
            return None
        environ = os.environ if env is None else env
        hash_key = option("hash_key")
        key_env = option("hash_key_env")
        if not hash_key and key_env:
            hash_key = environ.get(str(key_env)) or None
        return cls(
            option("log_path", DEFAULT_EVENTS_PATH) or DEFAULT_EVENTS_PATH,
            prompt_capture=option("prompt_capture", DEFAULT_CAPTURE_MODE),
            max_bytes=int(option("max_bytes", 10_485_760)),
            backups=int(option("backups", 5)),
            hash_key=hash_key,
            config_source=config_source,
            env=environ,
        )

    def _resolve_hash_key(self, configured: bytes | str | None) -> bytes:
        if configured:
            return configured.encode("utf-8") if isinstance(configured, str) else bytes(configured)
        try:
            return load_or_create_hash_key(self.path.parent)
        except Exception as exc:  # noqa: BLE001 - logging must not stop the proxy
            logger.warning(
                "routing log: cannot keep a prompt hash key beside %s (%s); "
                "using a per-process key, hashes will not match across restarts",
                self.path,
                type(exc).__name__,
            )
            return secrets.token_hex(32).encode("ascii")

    # -- hot path ----------------------------------------------------------

    def emit(self, record: Mapping[str, Any]) -> bool:
        """Queue one record for writing; returns False when it was not accepted.

        Never blocks and never raises. Records beyond ``max_pending`` queued
        ones are dropped (counted in ``dropped``) so that a stalled disk
        cannot grow memory without bound.
        """
        try:
            if self._closed:
                self.dropped += 1
                return False
            if self._queue.qsize() >= self.max_pending:
                self.dropped += 1
                return False
            self._queue.put((time.time(), record))
            self.emitted += 1
            return True
        except Exception:  # noqa: BLE001 - best-effort by contract
            return False

    # -- writer thread -----------------------------------------------------

    def _event_line(self, stamp: float, record: Mapping[str, Any]) -> str:
        fields = {key: record.get(key) for key in _RECORD_KEYS if key in record}
        decision = fields.get("decision")
        kwargs = dict(
            request_id=fields.get("request_id") or "",
            selected_engine=fields.get("selected_engine") or getattr(decision, "selected_engine", None) or "",
            status=fields.get("status") or "",
            route_latency_ms=fields.get("route_latency_ms"),
            total_latency_ms=fields.get("total_latency_ms"),
            upstream_latency_ms=fields.get("upstream_latency_ms"),
            diagnostic_latency_ms=fields.get("diagnostic_latency_ms"),
            prompt=fields.get("prompt"),
            fallback_used=bool(fields.get("fallback_used")),
            status_code=fields.get("status_code"),
            backend=fields.get("backend"),
            backend_model=fields.get("backend_model"),
            hints=fields.get("hints"),
            confirmed=bool(fields.get("confirmed")),
            route_api=fields.get("route_api"),
            hash_key=self._hash_key,
            capture_mode=self.capture_mode,
            config_source=self.config_source,
            version=self.version,
            timestamp=stamp,
        )
        try:
            return serialize_event(build_routing_event(decision=decision, **kwargs))
        except Exception:  # noqa: BLE001 - an odd decision object must not lose the event
            return serialize_event(build_routing_event(decision=None, **kwargs))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            batch = [item]
            while len(batch) < self.batch_size:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            lines: list[str] = []
            signals: list[_Flush] = []
            stop = False
            for entry in batch:
                if entry is _STOP:
                    stop = True
                elif isinstance(entry, _Flush):
                    signals.append(entry)
                else:
                    try:
                        lines.append(self._event_line(*entry))
                    except Exception:  # noqa: BLE001
                        self.failed += 1
            if lines:
                self._write(lines)
            for signal in signals:
                signal.done.set()
            if stop:
                return

    def _write(self, lines: list[str]) -> None:
        try:
            self.written += self._appender.append(lines)
        except Exception as exc:  # noqa: BLE001 - best-effort: routing goes on
            self.failed += len(lines)
            self._appender.close()
            now = time.monotonic()
            if now - self._last_failure_log > 60.0:
                self._last_failure_log = now
                logger.warning("routing log: cannot write %s (%s)", self.path, type(exc).__name__)

    # -- lifecycle ---------------------------------------------------------

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every record emitted so far is written (or failed)."""
        if self._closed or not self._thread.is_alive():
            return False
        signal = _Flush()
        self._queue.put(signal)
        return signal.done.wait(timeout)

    def close(self, timeout: float | None = 30.0) -> None:
        """Write everything still queued, stop the thread and release files."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
        atexit.unregister(self.close)
        self._queue.put(_STOP)
        self._thread.join(timeout)
        self._appender.close()

    def stats(self) -> dict[str, int]:
        """Counters: emitted, written, dropped, failed."""
        return {"emitted": self.emitted, "written": self.written, "dropped": self.dropped, "failed": self.failed}

    def __enter__(self) -> RoutingEventLog:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
