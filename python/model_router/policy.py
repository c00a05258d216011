"""Engine selection: fallback chains, hard constraints, alternatives.

Given a routing target and the request's requirements, walk the configured
engine chain (target engine, then each ``fallback``) and accept the first
engine that is enabled, available and compatible; anything else fails closed
to ``human_confirm``. ``static_chains`` precomputes, per target, the part of
that walk that does not depend on the prompt, for the backend's one-call
``route_fast``; ``resolve_chain`` is the same walk with reasons, used by
``route``. Both apply the same rules, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from model_router._record import record
from model_router.config import EngineConfig, RouterConfig
from model_router.models import (
    COST_TIER_ORDER,
    LATENCY_TIER_ORDER,
    UNKNOWN_TIER_RANK,
    EngineAvailabilityResult,
    EngineRejection,
    RoutingAlternative,
    RoutingRequirements,
)

__all__ = [
    "COST_ORDER",
    "FAIL_CLOSED_ENGINE",
    "LATENCY_ORDER",
    "TOOL_TARGETS",
    "ChainResult",
    "rank_alternatives",
    "resolve_chain",
    "static_chains",
]

FAIL_CLOSED_ENGINE = "human_confirm"
TOOL_TARGETS = frozenset({"coding", "research", "vision", "image_generation"})
COST_ORDER = COST_TIER_ORDER
LATENCY_ORDER = LATENCY_TIER_ORDER

# Engines that never appear as alternatives: the gate and the router itself.
_NOT_ALTERNATIVES = frozenset({FAIL_CLOSED_ENGINE, "intent_router"})
_ALTERNATIVE_SKIPPED = "alternative skipped: "

AvailabilityLookup = Callable[[EngineConfig], EngineAvailabilityResult]


def constraint_problem(
    engine: EngineConfig, requirements: RoutingRequirements, tokens: int
) -> str | None:
    """Why ``engine`` cannot serve this request, or None when it can.

    Checks in order: tools, each required modality, cost tier, latency tier,
    then the context window.
    """
    if requirements.needs_tools and not engine.supports_tools:
        return "tools required but engine does not support tools"
    for modality in requirements.required_modalities:
        if modality not in engine.modalities:
            return f"missing required modality {modality}"
    if requirements.max_cost_tier is not None:
        limit = COST_ORDER.get(requirements.max_cost_tier, UNKNOWN_TIER_RANK)
        if COST_ORDER.get(engine.cost_tier, UNKNOWN_TIER_RANK) > limit:
            return f"cost_tier {engine.cost_tier} exceeds {requirements.max_cost_tier}"
    if requirements.max_latency_tier is not None:
        limit = LATENCY_ORDER.get(requirements.max_latency_tier, UNKNOWN_TIER_RANK)
        if LATENCY_ORDER.get(engine.latency_tier, UNKNOWN_TIER_RANK) > limit:
            return f"latency_tier {engine.latency_tier} exceeds {requirements.max_latency_tier}"
    if engine.max_context < tokens:
        return f"prompt needs ~{tokens} tokens, engine holds {engine.max_context}"
    return None


def static_chains(
    config: RouterConfig, availability: AvailabilityLookup
) -> dict[str, list[tuple[str, int]]]:
    """Per target, the engines a hint-free request may land on, in order.

    Each entry is (engine, max_context): the engine passed every check that
    does not depend on the prompt; the backend accepts the first whose
    context window holds the prompt. Reaching the end means ``human_confirm``.
    """
    chains: dict[str, list[tuple[str, int]]] = {}
    for target, first in config.routing_targets.items():
        needs_tools = target in TOOL_TARGETS
        candidates: list[tuple[str, int]] = []
        visited: set[str] = set()
        name: str | None = first
        while name is not None and name not in visited:
            visited.add(name)
            engine = config.engines.get(name)
            if engine is None:
                break
            if engine.enabled and availability(engine).available and (
                engine.supports_tools or not needs_tools
            ):
                candidates.append((name, engine.max_context))
            name = engine.fallback
        chains[target] = candidates
    return chains


@record
class ChainResult:
    """The outcome of one chain walk, with everything the receipt reports."""

    selected_engine: str
    failed_closed: bool
    fallback_used: bool
    fallback_engine: str | None
    availability_valid: bool
    availability_reasons: tuple[str, ...]
    rejections: tuple[EngineRejection, ...]
    reasons: tuple[str, ...]


def resolve_chain(
    config: RouterConfig,
    first: str | None,
    requirements: RoutingRequirements,
    tokens: int,
    availability: AvailabilityLookup,
    *,
    target: str,
    latency_sensitive: bool = False,
) -> ChainResult:
    """Walk the fallback chain from ``first`` (behaviour §1.7, plus context
    windows and the latency preference of improvements.md)."""
    reasons: list[str] = []
    availability_reasons: list[str] = []
    rejections: list[EngineRejection] = []

    def fail(cause: str) -> ChainResult:
        reasons.append(f"fallback to {FAIL_CLOSED_ENGINE}: {cause}")
        return ChainResult(
            selected_engine=FAIL_CLOSED_ENGINE,
            failed_closed=True,
            fallback_used=True,
            fallback_engine=FAIL_CLOSED_ENGINE,
            availability_valid=False,
            availability_reasons=tuple(availability_reasons),
            rejections=tuple(rejections),
            reasons=tuple(reasons),
        )

    if first is None:
        return fail(f"route '{target}' is undefined")

    visited: set[str] = set()
    first_cause: str | None = None
    name = first
    while True:
        if name in visited:
            reasons.append("fallback cycle detected")
            return fail(f"{first} {first_cause or 'rejected'}")
        visited.add(name)
        engine = config.engines.get(name)
        if engine is None:
            return fail(f"engine '{name}' is undefined")
        cause: str | None = None
        if not engine.enabled:
            rejections.append(EngineRejection(name, "engine disabled"))
            cause = "disabled"
            if engine.fallback is None:
                availability_reasons.append(f"{name} disabled with no fallback")
        else:
            result = availability(engine)
            for reason in result.reasons:
                availability_reasons.append(f"{name}: {reason}")
            if not result.available:
                rejections.append(EngineRejection(name, "engine unavailable"))
                cause = "unavailable"
                if engine.fallback is not None:
                    reasons.append(f"{name} unavailable; trying fallback {engine.fallback}")
            else:
                problem = constraint_problem(engine, requirements, tokens)
                if problem is not None:
                    rejections.append(EngineRejection(name, problem))
                    cause = "rejected"
                    if engine.fallback is not None:
                        reasons.append(f"{name} rejected ({problem}); trying fallback {engine.fallback}")
        if cause is None:
            break
        if first_cause is None:
            first_cause = cause
        if engine.fallback is None:
            return fail(f"{first} {first_cause}")
        name = engine.fallback

    selected = name
    if latency_sensitive:
        selected = _prefer_low_latency(config, selected, requirements, tokens, availability, reasons)
    moved = selected != first
    if moved and first_cause is not None:
        reasons.append(f"fallback to {selected}: {first} {first_cause}")
    return ChainResult(
        selected_engine=selected,
        failed_closed=False,
        fallback_used=moved,
        # 0.5.3: the configured fallback when the first choice stands, the
        # engine actually chosen after a hop.
        fallback_engine=selected if moved else config.engines[selected].fallback,
        availability_valid=True,
        availability_reasons=tuple(availability_reasons),
        rejections=tuple(rejections),
        reasons=tuple(reasons),
    )


_FAST_ENOUGH = LATENCY_ORDER["medium"]


def _prefer_low_latency(
    config: RouterConfig,
    selected: str,
    requirements: RoutingRequirements,
    tokens: int,
    availability: AvailabilityLookup,
    reasons: list[str],
) -> str:
    """``latency_sensitive`` is a preference (improvements.md): when the
    accepted engine is slower than ``medium``, take the first compatible
    engine further along its fallback chain that is at most ``medium``;
    otherwise keep the accepted engine. It never fails a request closed."""
    engine = config.engines[selected]
    if LATENCY_ORDER.get(engine.latency_tier, UNKNOWN_TIER_RANK) <= _FAST_ENOUGH:
        return selected
    visited = {selected}
    name = engine.fallback
    while name is not None and name not in visited and name != FAIL_CLOSED_ENGINE:
        visited.add(name)
        candidate = config.engines.get(name)
        if candidate is None:
            break
        if (
            candidate.enabled
            and not candidate.is_confirmation_gate
            and LATENCY_ORDER.get(candidate.latency_tier, UNKNOWN_TIER_RANK) <= _FAST_ENOUGH
            and availability(candidate).available
            and constraint_problem(candidate, requirements, tokens) is None
        ):
            reasons.append(
                f"latency-sensitive: preferred {name} (latency {candidate.latency_tier}) "
                f"over {selected} (latency {engine.latency_tier})"
            )
            return name
        name = candidate.fallback
    return selected


def _ranking_weights(
    latency_sensitive: bool, risk: int, sensitive: bool, complexity: int, long_context: bool
) -> tuple[tuple[float, float, float, float], str | None]:
    if latency_sensitive:
        return (0.20, 0.20, 0.10, 0.50), "latency-sensitive ranking"
    if risk >= 50 or sensitive:
        return (0.25, 0.50, 0.15, 0.10), "risk-sensitive ranking"
    if complexity >= 60 or long_context:
        return (0.55, 0.25, 0.15, 0.05), "complexity-sensitive ranking"
    return (0.45, 0.30, 0.20, 0.05), None


def _serves_target(engine: EngineConfig, target: str, routing_targets: Mapping[str, str]) -> bool:
    """Relevance of an alternative (improvements.md): image generators are
    alternatives only for image generation, and image generation and vision
    only list engines that handle images."""
    generates_images = routing_targets.get("image_generation") == engine.name or any(
        marker in f"{engine.name} {engine.adapter}".replace("_", " ").lower()
        for marker in ("image generation", "diffusion")
    )
    if target in ("image_generation", "vision"):
        return "image" in engine.modalities and (generates_images == (target == "image_generation"))
    return not generates_images


def rank_alternatives(
    config: RouterConfig,
    selected: str,
    target: str,
    requirements: RoutingRequirements,
    tokens: int,
    availability: AvailabilityLookup,
    *,
    latency_sensitive: bool,
    risk: int,
    sensitive: bool,
    complexity: int,
    long_context: bool,
) -> tuple[tuple[RoutingAlternative, ...], tuple[EngineRejection, ...]]:
    """Ranked compatible alternatives (behaviour §1.8) and the engines that
    were filtered out, labelled ``alternative skipped: ...``."""
    weights, mode = _ranking_weights(latency_sensitive, risk, sensitive, complexity, long_context)
    wc, wt, wco, wl = weights
    ranked: list[RoutingAlternative] = []
    skipped: list[EngineRejection] = []
    for name, engine in config.engines.items():
        if (
            name == selected
            or name in _NOT_ALTERNATIVES
            or not engine.enabled
            or engine.is_confirmation_gate
            or not _serves_target(engine, target, config.routing_targets)
        ):
            continue
        if not availability(engine).available:
            skipped.append(EngineRejection(name, _ALTERNATIVE_SKIPPED + "engine unavailable"))
            continue
        problem = constraint_problem(engine, requirements, tokens)
        if problem is not None:
            skipped.append(EngineRejection(name, _ALTERNATIVE_SKIPPED + problem))
            continue
        total = (
            engine.capability * wc
            + engine.trust * wt
            + (100 - engine.cost) * wco
            + (100 - engine.latency) * wl
        )
        score = max(0, min(100, round(total)))
        reasons = [
            f"capability {engine.capability}/100",
            f"trust {engine.trust}/100",
            f"cost {engine.cost}/100",
            f"latency {engine.latency}/100",
        ]
        if mode is not None:
            reasons.append(mode)
        ranked.append(
            RoutingAlternative(
                name, score, engine.capability, engine.trust, engine.cost, engine.latency,
                tuple(reasons),
            )
        )
    ranked.sort(
        key=lambda alt: (alt.rank_score, alt.capability, 100 - alt.cost, 100 - alt.latency, alt.engine),
        reverse=True,
    )
    return tuple(ranked), tuple(skipped)
