"""Load and validate ``routing_proxy.yaml``, the routing proxy's config.

The schema is the 0.5.3 one (behaviour spec 5.1, same error wording) plus a
few keys the aiohttp proxy needs (all optional, documented in docs/proxy.md):

``proxy``
    ``max_body_bytes`` (32 MiB), ``max_concurrency`` (256; beyond it the proxy
    answers 429 with ``Retry-After``), ``shutdown_timeout_seconds`` (15),
    ``confirmation_secret`` / ``confirmation_secret_env`` /
    ``confirmation_secret_file`` (HMAC key for confirmation tokens; default a
    key file ``confirmation.key`` created with mode 0600 in
    ``~/.model-router/``) and ``confirmation_ttl_seconds`` (600).
``backends.<name>``
    ``connect_timeout_seconds`` (10), ``first_byte_timeout_seconds`` (300;
    the 0.5.3 key ``timeout_seconds`` is read as this), ``idle_timeout_seconds``
    (120, the longest silence tolerated between two chunks of an answer),
    ``max_attempts`` (1: tries of this backend before the next fallback) and
    ``retry_after_max_seconds`` (5: the longest ``Retry-After`` honoured before
    retrying the same backend).

This module must stay importable without aiohttp: ``model-router
validate-proxy-config`` and ``doctor`` use it from the light CLI.
"""

from __future__ import annotations

import math
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_CONFIG_DIR",
    "DEFAULT_CONFIRMATION_KEY_NAME",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_PROXY_CONFIG_PATH",
    "PACKAGED_PROXY_CONFIG_SOURCE",
    "BackendConfig",
    "HealthConfig",
    "ObservabilityConfig",
    "ProxyConfig",
    "ProxyConfigError",
    "ProxySettings",
    "default_proxy_config_path",
    "load_proxy_config",
    "packaged_proxy_config_text",
    "parse_proxy_config",
    "resolve_confirmation_secret",
]

DEFAULT_CONFIG_DIR = Path("~/.model-router")
DEFAULT_PROXY_CONFIG_PATH = DEFAULT_CONFIG_DIR / "routing_proxy.yaml"
DEFAULT_CONFIRMATION_KEY_NAME = "confirmation.key"
DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
PACKAGED_PROXY_CONFIG_SOURCE = "resource://model_router.data/routing_proxy.yaml"

_PROMPT_CAPTURE_MODES = ("off", "redacted_preview", "full")
_MIN_SECRET_BYTES = 16


class ProxyConfigError(ValueError):
    """The proxy config cannot be used; the message names file, key and problem."""


@dataclass(frozen=True)
class BackendConfig:
    """One OpenAI-compatible model server the proxy forwards to."""

    name: str
    base_url: str
    model: str
    api_key: str | None = None
    api_key_env: str | None = None
    strip_tools: bool = False
    connect_timeout_seconds: float = 10.0
    first_byte_timeout_seconds: float = 300.0
    idle_timeout_seconds: float = 120.0
    max_attempts: int = 1
    retry_after_max_seconds: float = 5.0

    @property
    def chat_url(self) -> str:
        """URL of the backend's chat completions endpoint."""
        return self.base_url.rstrip("/") + "/chat/completions"

    @property
    def models_url(self) -> str:
        """URL of the backend's model list (used by the health probe)."""
        return self.base_url.rstrip("/") + "/models"


@dataclass(frozen=True)
class ProxySettings:
    """The ``proxy:`` section: where to listen and the server's own limits."""

    host: str = "127.0.0.1"
    port: int = 8082
    api_key: str | None = None
    api_key_env: str | None = None
    model_ids: tuple[str, ...] = ("model-router",)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_concurrency: int = 256
    shutdown_timeout_seconds: float = 15.0
    confirmation_secret: str | None = field(default=None, repr=False)
    confirmation_secret_env: str | None = None
    confirmation_secret_file: str | None = None
    confirmation_ttl_seconds: int = 600


@dataclass(frozen=True)
class ObservabilityConfig:
    """The ``observability:`` section (routing event log)."""

    enabled: bool = False
    log_path: str = "~/.model-router/routing-events.jsonl"
    prompt_capture: str = "redacted_preview"
    max_bytes: int = 10485760
    backups: int = 5

    def summary(self) -> dict[str, Any]:
        """The fields that ``validate-proxy-config`` reports."""
        return {
            "enabled": self.enabled,
            "prompt_capture": self.prompt_capture,
            "max_bytes": self.max_bytes,
            "backups": self.backups,
        }


@dataclass(frozen=True)
class HealthConfig:
    """The ``health:`` section."""

    backend_timeout_seconds: float = 1.0


@dataclass(frozen=True)
class ProxyConfig:
    """A validated ``routing_proxy.yaml``."""

    proxy: ProxySettings
    backends: Mapping[str, BackendConfig]
    engine_backends: Mapping[str, str]
    fallback_backends: Mapping[str, tuple[str, ...]]
    observability: ObservabilityConfig
    health: HealthConfig
    router_config: str | None
    source_path: str
    config_dir: Path = field(default_factory=lambda: DEFAULT_CONFIG_DIR.expanduser())

    @property
    def router_config_label(self) -> str:
        """The router config path, or ``"default"`` for the packaged one."""
        return self.router_config if self.router_config else "default"

    def backend_chain(self, primary: str) -> tuple[BackendConfig, ...]:
        """The primary backend followed by its configured fallbacks, in order."""
        names = (primary, *self.fallback_backends.get(primary, ()))
        return tuple(self.backends[name] for name in names)


# --------------------------------------------------------------------------
# loading


def default_proxy_config_path() -> Path:
    """``~/.model-router/routing_proxy.yaml`` expanded for the current user."""
    return DEFAULT_PROXY_CONFIG_PATH.expanduser()


def packaged_proxy_config_text() -> str:
    """The packaged default ``routing_proxy.yaml`` (the LM Studio preset)."""
    return resources.files("model_router.data").joinpath("routing_proxy.yaml").read_text(encoding="utf-8")


def load_proxy_config(path: str | os.PathLike[str] | None = None) -> ProxyConfig:
    """Load and validate a proxy config file.

    ``path=None`` loads the packaged default. Raises :class:`ProxyConfigError`
    for a missing or unreadable file, invalid YAML, or an invalid value.
    """
    import yaml

    if path is None:
        text = packaged_proxy_config_text()
        source = PACKAGED_PROXY_CONFIG_SOURCE
        config_dir = DEFAULT_CONFIG_DIR.expanduser()
    else:
        file_path = Path(path).expanduser()
        source = str(file_path)
        config_dir = file_path.resolve().parent if file_path.parent != Path("") else Path.cwd()
        try:
            text = file_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ProxyConfigError(f"{source}: proxy config file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ProxyConfigError(f"{source}: cannot read proxy config ({exc.__class__.__name__})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise ProxyConfigError(f"{source}: invalid YAML{where}") from None
    return parse_proxy_config(data, source=source, config_dir=config_dir)


def parse_proxy_config(
    data: Any,
    *,
    source: str = "<memory>",
    config_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> ProxyConfig:
    """Validate an already-parsed config mapping (the YAML document)."""
    env = os.environ if environ is None else environ
    check = _Checker(source)
    if not isinstance(data, Mapping):
        raise check.error("", "the config must be a mapping")

    proxy = _parse_proxy_section(check, data.get("proxy"), env)

    router_config = data.get("router_config")
    if router_config is not None:
        router_config = check.non_empty_str("router_config", router_config)

    backends_raw = data.get("backends")
    if not isinstance(backends_raw, Mapping) or not backends_raw:
        raise check.error("backends", "must be a non-empty mapping")
    backends: dict[str, BackendConfig] = {}
    for name, value in backends_raw.items():
        if not isinstance(name, str) or not name.strip():
            raise check.error("backends", "backend names must be non-empty strings")
        backends[name] = _parse_backend(check, name, value, env)

    engine_raw = data.get("engine_backends")
    if not isinstance(engine_raw, Mapping) or not engine_raw:
        raise check.error("engine_backends", "must be a non-empty mapping")
    engine_backends: dict[str, str] = {}
    for engine, backend in engine_raw.items():
        if not isinstance(engine, str) or not engine.strip():
            raise check.error("engine_backends", "engine names must be non-empty strings")
        backend = check.non_empty_str(f"engine_backends.{engine}", backend)
        if backend not in backends:
            raise check.error(f"engine_backends.{engine}", f"unknown backend {backend!r}")
        engine_backends[engine] = backend

    fallback_backends = _parse_fallbacks(check, data.get("fallback_backends"), backends)
    observability = _parse_observability(check, data.get("observability"))
    health = _parse_health(check, data.get("health"))

    return ProxyConfig(
        proxy=proxy,
        backends=backends,
        engine_backends=engine_backends,
        fallback_backends=fallback_backends,
        observability=observability,
        health=health,
        router_config=router_config,
        source_path=source,
        config_dir=config_dir if config_dir is not None else DEFAULT_CONFIG_DIR.expanduser(),
    )


class _Checker:
    """Type checks that produce 0.5.3's error wording, prefixed by file and key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def error(self, key: str, problem: str) -> ProxyConfigError:
        where = f"{self.source}: {key}" if key else self.source
        return ProxyConfigError(f"{where} {problem}" if key else f"{where}: {problem}")

    def non_empty_str(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be a non-empty string")
        return value

    def boolean(self, key: str, value: Any) -> bool:
        if not isinstance(value, bool):
            raise self.error(key, "must be a boolean")
        return value

    def positive_int(self, key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.error(key, "must be a positive integer")
        return value

    def non_negative_int(self, key: str, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.error(key, "must be a non-negative integer")
        return value

    def positive_number(self, key: str, value: Any) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value <= 0
        ):
            raise self.error(key, "must be a positive number")
        return float(value)

    def non_negative_number(self, key: str, value: Any) -> float:
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or not math.isfinite(value)
            or value < 0
        ):
            raise self.error(key, "must be a non-negative number")
        return float(value)

    def str_list(self, key: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or any(not isinstance(item, str) or not item.strip() for item in value):
            raise self.error(key, "must be a list of non-empty strings")
        return tuple(dict.fromkeys(value))

    def section(self, key: str, value: Any) -> Mapping[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise self.error(key, "must be a mapping")
        return value

    def secret(
        self, key_prefix: str, section: Mapping[str, Any], env: Mapping[str, str], value_key: str, env_key: str
    ) -> tuple[str | None, str | None]:
        """Resolve a ``<x>`` / ``<x>_env`` pair; both set or an unset env var is an error."""
        has_value = section.get(value_key) is not None
        has_env = section.get(env_key) is not None
        if has_value and has_env:
            raise self.error(f"{key_prefix}.{value_key}", f"and {key_prefix}.{env_key} cannot both be set")
        if has_value:
            return self.non_empty_str(f"{key_prefix}.{value_key}", section[value_key]), None
        if has_env:
            var = self.non_empty_str(f"{key_prefix}.{env_key}", section[env_key])
            resolved = env.get(var, "")
            if not resolved.strip():
                raise self.error(f"{key_prefix}.{env_key}", f"names environment variable {var} which is unset or empty")
            return resolved, var
        return None, None


def _parse_proxy_section(check: _Checker, raw: Any, env: Mapping[str, str]) -> ProxySettings:
    section = check.section("proxy", raw)
    defaults = ProxySettings()
    host = check.non_empty_str("proxy.host", section["host"]) if "host" in section else defaults.host
    port = check.positive_int("proxy.port", section["port"]) if "port" in section else defaults.port
    api_key, api_key_env = check.secret("proxy", section, env, "api_key", "api_key_env")
    model_ids = check.str_list("proxy.model_ids", section["model_ids"]) if "model_ids" in section else defaults.model_ids

    def optional(key: str, convert: Any, default: Any) -> Any:
        return convert(f"proxy.{key}", section[key]) if section.get(key) is not None else default

    max_body = optional("max_body_bytes", check.positive_int, defaults.max_body_bytes)
    max_concurrency = optional("max_concurrency", check.positive_int, defaults.max_concurrency)
    shutdown = optional("shutdown_timeout_seconds", check.positive_number, defaults.shutdown_timeout_seconds)
    ttl = optional("confirmation_ttl_seconds", check.positive_int, defaults.confirmation_ttl_seconds)

    secret, secret_env = check.secret("proxy", section, env, "confirmation_secret", "confirmation_secret_env")
    secret_file = optional("confirmation_secret_file", check.non_empty_str, None)
    if secret_file is not None and (secret is not None or secret_env is not None):
        raise check.error(
            "proxy.confirmation_secret_file", "cannot be combined with proxy.confirmation_secret or _env"
        )
    if secret is not None and len(secret.encode("utf-8")) < _MIN_SECRET_BYTES:
        key = "proxy.confirmation_secret_env" if secret_env else "proxy.confirmation_secret"
        raise check.error(key, f"must be at least {_MIN_SECRET_BYTES} bytes long")

    return ProxySettings(
        host=host,
        port=port,
        api_key=api_key,
        api_key_env=api_key_env,
        model_ids=model_ids,
        max_body_bytes=max_body,
        max_concurrency=max_concurrency,
        shutdown_timeout_seconds=shutdown,
        confirmation_secret=secret,
        confirmation_secret_env=secret_env,
        confirmation_secret_file=secret_file,
        confirmation_ttl_seconds=ttl,
    )


def _parse_backend(check: _Checker, name: str, raw: Any, env: Mapping[str, str]) -> BackendConfig:
    key = f"backends.{name}"
    if not isinstance(raw, Mapping):
        raise check.error(key, "must be a mapping")
    defaults = BackendConfig(name=name, base_url="", model="")
    base_url = check.non_empty_str(f"{key}.base_url", raw.get("base_url"))
    model = check.non_empty_str(f"{key}.model", raw.get("model"))
    api_key, api_key_env = check.secret(key, raw, env, "api_key", "api_key_env")

    def optional(sub: str, convert: Any, default: Any) -> Any:
        return convert(f"{key}.{sub}", raw[sub]) if raw.get(sub) is not None else default

    if raw.get("timeout_seconds") is not None and raw.get("first_byte_timeout_seconds") is not None:
        raise check.error(f"{key}.timeout_seconds", f"and {key}.first_byte_timeout_seconds cannot both be set")
    first_byte = optional("first_byte_timeout_seconds", check.positive_number, None)
    if first_byte is None:
        first_byte = optional("timeout_seconds", check.positive_number, defaults.first_byte_timeout_seconds)

    return BackendConfig(
        name=name,
        base_url=base_url,
        model=model,
        api_key=api_key,
        api_key_env=api_key_env,
        strip_tools=optional("strip_tools", check.boolean, False),
        connect_timeout_seconds=optional("connect_timeout_seconds", check.positive_number, defaults.connect_timeout_seconds),
        first_byte_timeout_seconds=first_byte,
        idle_timeout_seconds=optional("idle_timeout_seconds", check.positive_number, defaults.idle_timeout_seconds),
        max_attempts=optional("max_attempts", check.positive_int, defaults.max_attempts),
        retry_after_max_seconds=optional(
            "retry_after_max_seconds", check.non_negative_number, defaults.retry_after_max_seconds
        ),
    )


def _parse_fallbacks(
    check: _Checker, raw: Any, backends: Mapping[str, BackendConfig]
) -> dict[str, tuple[str, ...]]:
    section = check.section("fallback_backends", raw)
    fallbacks: dict[str, tuple[str, ...]] = {}
    for name, targets in section.items():
        if not isinstance(name, str) or name not in backends:
            raise check.error("fallback_backends", f"refers to unknown backend {name!r}")
        chain = check.str_list(f"fallback_backends.{name}", targets)
        for target in chain:
            if target not in backends:
                raise check.error(f"fallback_backends.{name}", f"refers to unknown backend {target!r}")
        fallbacks[name] = chain
    cycle = _find_cycle(fallbacks)
    if cycle:
        raise check.error("fallback_backends", "contains a cycle: " + " -> ".join(cycle))
    return fallbacks


def _find_cycle(graph: Mapping[str, tuple[str, ...]]) -> list[str] | None:
    """A cycle in the fallback graph as a path ``a -> b -> a``, or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in graph.get(node, ()):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in graph:
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def _parse_observability(check: _Checker, raw: Any) -> ObservabilityConfig:
    section = check.section("observability", raw)
    defaults = ObservabilityConfig()
    enabled = check.boolean("observability.enabled", section["enabled"]) if "enabled" in section else defaults.enabled
    log_path = (
        check.non_empty_str("observability.log_path", section["log_path"]) if "log_path" in section else defaults.log_path
    )
    capture = defaults.prompt_capture
    if "prompt_capture" in section:
        capture = check.non_empty_str("observability.prompt_capture", section["prompt_capture"])
        if capture not in _PROMPT_CAPTURE_MODES:
            raise check.error("observability.prompt_capture", "must be one of: " + ", ".join(_PROMPT_CAPTURE_MODES))
    max_bytes = (
        check.non_negative_int("observability.max_bytes", section["max_bytes"])
        if "max_bytes" in section
        else defaults.max_bytes
    )
    backups = (
        check.non_negative_int("observability.backups", section["backups"]) if "backups" in section else defaults.backups
    )
    return ObservabilityConfig(
        enabled=enabled, log_path=log_path, prompt_capture=capture, max_bytes=max_bytes, backups=backups
    )


def _parse_health(check: _Checker, raw: Any) -> HealthConfig:
    section = check.section("health", raw)
    if "backend_timeout_seconds" in section:
        return HealthConfig(
            check.positive_number("health.backend_timeout_seconds", section["backend_timeout_seconds"])
        )
    return HealthConfig()


# --------------------------------------------------------------------------
# confirmation signing key


def resolve_confirmation_secret(config: ProxyConfig) -> bytes:
    """The HMAC key that signs confirmation tokens.

    A configured secret wins; otherwise the key file (configured, or
    ``confirmation.key`` in ``~/.model-router/``) is read, and created with
    mode 0600 when it does not exist yet. Creation is atomic (hard link of a
    fully written temporary file), so several ``--workers`` processes that
    start together all end up with the same key.
    """
    settings = config.proxy
    if settings.confirmation_secret is not None:
        return settings.confirmation_secret.encode("utf-8")
    if settings.confirmation_secret_file is not None:
        key_path = Path(settings.confirmation_secret_file).expanduser()
        if not key_path.is_absolute() and config.source_path != PACKAGED_PROXY_CONFIG_SOURCE:
            key_path = Path(config.source_path).expanduser().resolve().parent / key_path
    else:
        key_path = DEFAULT_CONFIG_DIR.expanduser() / DEFAULT_CONFIRMATION_KEY_NAME
    try:
        return _read_or_create_key(key_path)
    except OSError as exc:
        raise ProxyConfigError(
            f"{config.source_path}: proxy.confirmation_secret_file {key_path} cannot be read or created "
            f"({exc.__class__.__name__})"
        ) from None


def _read_or_create_key(key_path: Path) -> bytes:
    try:
        existing = key_path.read_bytes().strip()
    except FileNotFoundError:
        existing = b""
    if len(existing) >= _MIN_SECRET_BYTES:
        return existing
    key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    candidate = secrets.token_urlsafe(48).encode("ascii")
    temp_path = key_path.with_name(f".{key_path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(temp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(candidate + b"\n")
        try:
            os.link(temp_path, key_path)  # fails if another process won the race
        except FileExistsError:
            pass
    finally:
        temp_path.unlink(missing_ok=True)
    key = key_path.read_bytes().strip()
    if len(key) < _MIN_SECRET_BYTES:
        raise OSError("confirmation key file is too short")
    return key
