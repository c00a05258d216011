"""routing_proxy.yaml validation: 0.5.3 wording, our new keys, the confirmation key file."""

from __future__ import annotations

import stat
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from model_router.proxy_config import (
    DEFAULT_MAX_BODY_BYTES,
    ProxyConfigError,
    load_proxy_config,
    parse_proxy_config,
    resolve_confirmation_secret,
)


def minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "backends": {"a": {"base_url": "http://127.0.0.1:1/v1", "model": "m"}, "b": {"base_url": "http://x/v1", "model": "n"}},
        "engine_backends": {"fast_local": "a"},
    }
    data.update(changes)
    return data


def test_defaults_and_old_timeout_key() -> None:
    data = minimal()
    data["backends"]["a"]["timeout_seconds"] = 42
    config = parse_proxy_config(data, source="p.yaml")
    proxy = config.proxy
    assert (proxy.host, proxy.port, proxy.model_ids) == ("127.0.0.1", 8082, ("model-router",))
    assert (proxy.max_body_bytes, proxy.max_concurrency, proxy.confirmation_ttl_seconds) == (DEFAULT_MAX_BODY_BYTES, 256, 600)
    backend = config.backends["a"]
    assert backend.first_byte_timeout_seconds == 42.0
    assert (backend.connect_timeout_seconds, backend.idle_timeout_seconds, backend.max_attempts) == (10.0, 120.0, 1)
    assert config.router_config_label == "default" and not config.observability.enabled
    assert backend.chat_url == "http://127.0.0.1:1/v1/chat/completions"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"proxy": {"port": 0}}, "p.yaml: proxy.port must be a positive integer"),
        ({"proxy": {"port": True}}, "p.yaml: proxy.port must be a positive integer"),
        ({"proxy": {"host": " "}}, "p.yaml: proxy.host must be a non-empty string"),
        ({"proxy": {"model_ids": ["a", ""]}}, "p.yaml: proxy.model_ids must be a list of non-empty strings"),
        ({"proxy": {"api_key": "k", "api_key_env": "K"}}, "p.yaml: proxy.api_key and proxy.api_key_env cannot both be set"),
        ({"proxy": {"api_key_env": "SURELY_UNSET_VAR_4711"}}, "names environment variable SURELY_UNSET_VAR_4711 which is unset"),
        ({"proxy": {"max_body_bytes": -5}}, "p.yaml: proxy.max_body_bytes must be a positive integer"),
        ({"proxy": {"confirmation_secret": "short"}}, "proxy.confirmation_secret must be at least 16 bytes long"),
        ({"backends": {}}, "p.yaml: backends must be a non-empty mapping"),
        ({"backends": {"a": {"model": "m"}}}, "p.yaml: backends.a.base_url must be a non-empty string"),
        ({"engine_backends": {"fast_local": "nope"}}, "p.yaml: engine_backends.fast_local unknown backend 'nope'"),
        ({"fallback_backends": {"a": ["zzz"]}}, "fallback_backends.a refers to unknown backend 'zzz'"),
        ({"fallback_backends": {"a": ["b"], "b": ["a"]}}, "p.yaml: fallback_backends contains a cycle: a -> b -> a"),
        ({"observability": {"enabled": "yes"}}, "p.yaml: observability.enabled must be a boolean"),
        ({"observability": {"backups": -1}}, "p.yaml: observability.backups must be a non-negative integer"),
        ({"health": {"backend_timeout_seconds": 0}}, "p.yaml: health.backend_timeout_seconds must be a positive number"),
    ],
)
def test_errors_name_file_key_and_problem(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ProxyConfigError) as caught:
        parse_proxy_config(minimal(**change), source="p.yaml", environ={})
    assert message in str(caught.value)


def test_backend_timeouts_cannot_be_given_twice() -> None:
    data = minimal()
    data["backends"]["a"].update(timeout_seconds=1, first_byte_timeout_seconds=2)
    with pytest.raises(ProxyConfigError, match="backends.a.timeout_seconds and backends.a.first_byte_timeout_seconds"):
        parse_proxy_config(data, source="p.yaml")


def test_missing_file_and_packaged_default(tmp_path: Path) -> None:
    with pytest.raises(ProxyConfigError, match="proxy config file not found"):
        load_proxy_config(tmp_path / "none.yaml")
    packaged = load_proxy_config(None)
    assert packaged.backends["fast"].base_url == "http://127.0.0.1:1234/v1" and packaged.router_config is None


def _key_in_subprocess(config_path: str) -> bytes:
    return resolve_confirmation_secret(load_proxy_config(config_path))


def test_key_file_is_private_and_shared_by_processes(tmp_path: Path) -> None:
    config = tmp_path / "proxy.yaml"
    config.write_text(
        "proxy: {confirmation_secret_file: keys/confirm.key}\n"
        "backends: {a: {base_url: 'http://x/v1', model: m}}\nengine_backends: {fast_local: a}\n"
    )
    with ProcessPoolExecutor(max_workers=2) as pool:
        keys = list(pool.map(_key_in_subprocess, [str(config)] * 4))
    assert len(set(keys)) == 1 and len(keys[0]) >= 32
    key_file = tmp_path / "keys" / "confirm.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert _key_in_subprocess(str(config)) == keys[0]  # survives a restart
