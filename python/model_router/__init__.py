"""model-router: deterministic, fail-closed model routing for AI agents.

    from model_router import ModelRouter
    router = ModelRouter.from_config()                # packaged default catalog
    router.route_fast("fix the repo and run tests")   # -> "code_agent"
    router.route("fix the repo and run tests")        # -> RoutingDecision

Public names are loaded on first access (PEP 562), so ``import model_router``
costs almost nothing and a caller pays only for what it uses. This package
never imports an HTTP library; the proxy lives in ``model_router.proxy`` and
is imported only by ``model-router-proxy``.
"""

from __future__ import annotations

import importlib

from model_router._backend import backend

# Not ``typing.TYPE_CHECKING``: importing typing alone costs more than the
# whole package import (checkers treat this constant the same way).
TYPE_CHECKING = False

from model_router.product import VERSION as __version__

# 0.5.3 exported exactly these four, in this order; ``backend`` is ours.
__all__ = ["ModelRouter", "build_dispatch_plan", "route_prompt", "score_prompt", "backend"]

# Every other 0.5.3 name stays reachable as an attribute of the package.
_LAZY: dict[str, str] = {
    "ModelRouter": "model_router.router",
    "route_prompt": "model_router.router",
    "build_dispatch_plan": "model_router.dispatch",
    "dispatch_plan_to_json": "model_router.dispatch",
    "score_prompt": "model_router.scorer",
    "decision_to_receipt": "model_router.receipts",
    "receipt_to_json": "model_router.receipts",
    "FAIL_CLOSED_ENGINE": "model_router.policy",
    "RoutingDecision": "model_router.models",
    "RoutingHints": "model_router.models",
    "RoutingReceipt": "model_router.models",
    "DEFAULT_ROUTING_TARGETS": "model_router.config",
    "REQUIRED_ENGINE_CATEGORIES": "model_router.config",
    "REQUIRED_ROUTING_TARGETS": "model_router.config",
    "RouterConfig": "model_router.config",
    "RouterConfigError": "model_router.config",
    "default_config_resource": "model_router.config",
    "default_config_source": "model_router.config",
    "default_config_text": "model_router.config",
    "load_router_config": "model_router.config",
    "validate_engine_availability": "model_router.availability",
    "validate_router_availability": "model_router.availability",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'model_router' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # later lookups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:
    from typing import Any

    from model_router.availability import validate_engine_availability, validate_router_availability
    from model_router.config import (
        DEFAULT_ROUTING_TARGETS,
        REQUIRED_ENGINE_CATEGORIES,
        REQUIRED_ROUTING_TARGETS,
        RouterConfig,
        RouterConfigError,
        default_config_resource,
        default_config_source,
        default_config_text,
        load_router_config,
    )
    from model_router.dispatch import build_dispatch_plan, dispatch_plan_to_json
    from model_router.models import RoutingDecision, RoutingHints, RoutingReceipt
    from model_router.policy import FAIL_CLOSED_ENGINE
    from model_router.receipts import decision_to_receipt, receipt_to_json
    from model_router.router import ModelRouter, route_prompt
    from model_router.scorer import score_prompt
