"""Shared test setup: hypothesis profiles and the backend under test.

The whole suite runs once per backend (``MODEL_ROUTER_BACKEND=rust`` and
``=python``); under ``rust`` a missing extension fails the run instead of
silently testing the pure-Python twin.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_report_header(config: pytest.Config) -> str:
    from model_router import backend

    return f"model-router backend: {backend()} (MODEL_ROUTER_BACKEND={os.environ.get('MODEL_ROUTER_BACKEND', 'auto')})"


@pytest.fixture(scope="session")
def default_router():
    from model_router import ModelRouter

    return ModelRouter.from_config()
