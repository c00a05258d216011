"""model-router: deterministic, fail-closed model routing for AI agents.

    from model_router import ModelRouter
    router = ModelRouter.from_config()          # packaged default catalog
    router.route_fast("fix the repo and run tests")   # -> "code_agent"
    router.route("fix the repo and run tests")        # -> RoutingDecision

This package never imports an HTTP library; the proxy lives in
``model_router.proxy`` and is imported only by ``model-router-proxy``.
"""

from __future__ import annotations

from model_router._backend import backend
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

__version__ = "0.6.0"

# 0.5.3 exported exactly these four, in this order; ``backend`` is ours.
__all__ = ["ModelRouter", "build_dispatch_plan", "route_prompt", "score_prompt", "backend"]

# Reachable as attributes (0.5.3 callers use them) without widening __all__.
_PUBLIC_EXTRAS = (
    DEFAULT_ROUTING_TARGETS,
    REQUIRED_ENGINE_CATEGORIES,
    REQUIRED_ROUTING_TARGETS,
    FAIL_CLOSED_ENGINE,
    RouterConfig,
    RouterConfigError,
    RoutingDecision,
    RoutingHints,
    RoutingReceipt,
    decision_to_receipt,
    default_config_resource,
    default_config_source,
    default_config_text,
    dispatch_plan_to_json,
    load_router_config,
    receipt_to_json,
)
