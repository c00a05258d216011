"""Fixtures: fake model servers and in-process proxies on 127.0.0.1 port 0."""

from __future__ import annotations

import copy
import time
from collections.abc import Iterator
from typing import Any

import pytest
from proxy_fakes import FakeModelServer, ServerThread

from model_router.proxy.app import STATE, ProxyState, create_app
from model_router.proxy_config import ProxyConfig, parse_proxy_config
from model_router.config import DEFAULT_ROUTING_TARGETS

# Every routable engine of the default catalog (all but the confirmation gate).
ENGINES = tuple(engine for target, engine in DEFAULT_ROUTING_TARGETS.items() if target != "confirmation")
SECRET = "test-confirmation-secret-0123456789"


class RecordingSink:
    """An event sink that keeps every record (the observability hook)."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []

    def emit(self, record: dict[str, Any]) -> None:
        self.records.append(dict(record))


class Proxy:
    """A proxy app running in the test server thread."""

    def __init__(self, url: str, state: ProxyState, sink: RecordingSink) -> None:
        self.url = url
        self.base_url = url + "/v1"
        self.state = state
        self.sink = sink


@pytest.fixture(scope="session")
def servers() -> Iterator[ServerThread]:
    thread = ServerThread()
    yield thread
    thread.close()


@pytest.fixture(scope="session")
def fake_servers(servers: ServerThread) -> dict[str, FakeModelServer]:
    fakes = {
        "alpha": FakeModelServer("alpha", models=("alpha-model",)),
        "beta": FakeModelServer("beta", models=("other-model",)),
    }
    for fake in fakes.values():
        fake.base_url = servers.serve(fake.app) + "/v1"
    return fakes


@pytest.fixture
def alpha(fake_servers: dict[str, FakeModelServer]) -> FakeModelServer:
    fake_servers["alpha"].reset()
    return fake_servers["alpha"]


@pytest.fixture
def beta(fake_servers: dict[str, FakeModelServer]) -> FakeModelServer:
    fake_servers["beta"].reset()
    return fake_servers["beta"]


def config_dict(fake_servers: dict[str, FakeModelServer], **proxy_overrides: Any) -> dict[str, Any]:
    """A proxy config: every engine -> alpha, alpha falls back to beta, short timeouts."""
    backend_defaults = {
        "connect_timeout_seconds": 1,
        "first_byte_timeout_seconds": 0.5,
        "idle_timeout_seconds": 0.3,
    }
    return {
        "proxy": {"model_ids": ["model-router", "router-2"], "confirmation_secret": SECRET, **proxy_overrides},
        "backends": {
            "alpha": {"base_url": fake_servers["alpha"].base_url, "model": "alpha-model", **backend_defaults},
            "beta": {
                "base_url": fake_servers["beta"].base_url,
                "model": "beta-model",
                "api_key": "beta-backend-key",
                **backend_defaults,
            },
        },
        "engine_backends": {engine: "alpha" for engine in ENGINES},
        "fallback_backends": {"alpha": ["beta"]},
        "health": {"backend_timeout_seconds": 0.5},
    }


def start_proxy(servers: ServerThread, data: dict[str, Any], tmp_dir: Any = None) -> Proxy:
    config: ProxyConfig = parse_proxy_config(copy.deepcopy(data), source="test-config.yaml", config_dir=tmp_dir)
    sink = RecordingSink()
    holder: dict[str, Any] = {}

    def factory() -> Any:
        app = create_app(config, event_sink=sink)
        holder["state"] = app[STATE]
        return app

    url = servers.serve(factory)
    return Proxy(url, holder["state"], sink)


@pytest.fixture(scope="session")
def proxy(servers: ServerThread, fake_servers: dict[str, FakeModelServer]) -> Proxy:
    """The shared proxy (no auth)."""
    return start_proxy(servers, config_dict(fake_servers))


def wait_for(condition: Any, timeout: float = 3.0) -> None:
    """Poll until ``condition()`` is true (the proxy finishes a record after the last byte)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.005)


@pytest.fixture
def sink(proxy: Proxy) -> RecordingSink:
    # A streamed request's record is emitted just after its last byte went
    # out; let earlier tests' handlers finish before starting clean.
    wait_for(lambda: proxy.state.in_flight == 0)
    proxy.sink.records.clear()
    return proxy.sink
