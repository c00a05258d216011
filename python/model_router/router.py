"""``ModelRouter``: build once from a config, then route many prompts.

All per-config work happens in the constructor: weights are merged and the
pattern table compiled by the backend, availability is checked, and the
hint-free engine chain of every target is precomputed into the backend's
``RouteTable``. ``route_fast`` is then one call into the backend;
``route`` uses the same feature extraction and the same chain rules, adding
reasons, rejections and alternatives, so the two never disagree.
"""

from __future__ import annotations

import os
import weakref
from bisect import bisect_left
from collections.abc import Mapping, Sequence
# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

from model_router import _backend
from model_router.config import RouterConfig, RouterConfigError, load_router_config
from model_router.feature_constants import (
    LONG_PROMPT_TOKENS,
    MEDIUM_PROMPT_TOKENS,
    VERY_LONG_PROMPT_TOKENS,
)
from model_router.models import (
    NO_HINTS,
    EngineAvailabilityResult,
    InvalidHintsError,
    PromptAnalysis,
    RouterAvailabilityReport,
    RoutingDecision,
    RoutingHints,
    RoutingRequirements,
    instance_dict_setter,
    validate_hints,
)
from model_router.policy import (
    FAIL_CLOSED_ENGINE,
    TOOL_TARGETS,
    rank_alternatives,
    resolve_chain,
    static_chains,
)
from model_router.scorer import (
    FeatureExtractor,
    build_analysis,
    build_features,
    clean_prompt,
    default_extractor,
)
from model_router.targets import select_target

__all__ = ["ModelRouter", "fail_closed_decision", "route_prompt"]

_MEDIA_ATTACHMENTS = ("image", "pdf", "audio")
_SAFETY_FLAGS = (
    "allow_destructive_actions",
    "allow_send_actions",
    "allow_purchase_actions",
    "allow_high_impact_external_actions",
    "allow_ambiguous_high_impact",
)

# Values are validated at run time, so any object is accepted here.
Hints = Mapping[str, object] | RoutingHints | None

_DECISION_CACHE_SIZE = 4096
_new = object.__new__
_set_decision_dict = instance_dict_setter(RoutingDecision)


class ModelRouter:
    """Deterministic router over one validated engine catalog."""

    def __init__(
        self,
        config: RouterConfig,
        *,
        availability_report: RouterAvailabilityReport | None = None,
        validate_availability: bool = True,
    ) -> None:
        self.config = config
        self._validate_availability = validate_availability
        self._availability = availability_report
        if availability_report is None and validate_availability:
            from model_router.availability import validate_router_availability

            self._availability = validate_router_availability(config)
        self._live_checks: dict[str, EngineAvailabilityResult] = {}

        overrides = config.safety.confirmation_overrides
        self._safety = (bool(config.safety.require_human_confirmation),) + tuple(
            bool(overrides.get(flag, False)) for flag in _SAFETY_FLAGS
        )
        self._extractor = FeatureExtractor(config.scoring.weights, config.scoring.saturation_k)
        self._analyze = self._extractor.backend_scorer.analyze
        self._table = _backend.module().RouteTable(
            self._extractor.backend_scorer,
            self._safety,
            static_chains(config, self._availability_of),
            FAIL_CLOSED_ENGINE,
        )
        self._route_fast_table = self._table.route_fast
        # The hot path: ``router.route_fast`` resolves to the backend's own
        # entry point, which decides plain hint-free prompts without a Python
        # frame and hands everything else to the method below. The fallback
        # holds the router weakly, so router and table form no cycle.
        router_ref = weakref.ref(self)

        def route_fast_fallback(prompt: object, hints: Hints = None, *, confirmed: bool = False) -> str:
            router = router_ref()
            if router is None:  # pragma: no cover - the table outlived its router
                raise ReferenceError("ModelRouter was garbage-collected")
            return ModelRouter.route_fast(router, prompt, hints, confirmed=confirmed)  # type: ignore[arg-type]

        self._table.set_fallback(route_fast_fallback)
        self.route_fast = self._table.route_fast_public  # type: ignore[method-assign]
        # Memo of hint-free decisions (see _route_without_hints).
        self._decisions: dict[tuple[object, ...], tuple[object, ...]] = {}
        self._context_limits = sorted({engine.max_context for engine in config.engines.values()})

    # -- construction -----------------------------------------------------

    @classmethod
    def from_config(
        cls, config_path: str | os.PathLike[str] | None = None, *, validate_availability: bool = True
    ) -> ModelRouter:
        """Load ``config_path`` (or the packaged default) and build a router.

        Raises ``RouterConfigError`` (a ``ValueError``) for a missing or
        invalid config; the message names the file, the key and the problem.
        """
        return cls(load_router_config(config_path), validate_availability=validate_availability)

    @classmethod
    def from_config_object(
        cls, config: RouterConfig, *, validate_availability: bool = True
    ) -> ModelRouter:
        return cls(config, validate_availability=validate_availability)

    # -- properties ---------------------------------------------------------

    @property
    def confirmation_engine(self) -> str:
        """The engine the ``confirmation`` target points at (the gate)."""
        return self.config.routing_targets.get("confirmation", FAIL_CLOSED_ENGINE)

    @property
    def availability_report(self) -> RouterAvailabilityReport | None:
        return self._availability

    # -- routing --------------------------------------------------------------

    def route_fast(self, prompt: str | None, hints: Hints = None, *, confirmed: bool = False) -> str:
        """The selected engine's name: exactly ``route(prompt, hints).selected_engine``.

        Without hints this is one call into the backend (features, scores,
        target and chain in one pass); with hints it takes the ``route`` path.
        """
        if hints:
            return self.route(prompt, hints, include_alternatives=False, confirmed=confirmed).selected_engine
        if type(prompt) is not str:
            prompt = clean_prompt(prompt)
        try:
            return self._route_fast_table(prompt, confirmed)
        except UnicodeEncodeError:
            from model_router.scorer import replace_surrogates

            return self._route_fast_table(replace_surrogates(prompt), confirmed)

    def route_messages(
        self,
        messages: Sequence[object],
        hints: Hints = None,
        *,
        include_alternatives: bool = True,
        confirmed: bool = False,
    ) -> RoutingDecision:
        """Route a chat conversation (an OpenAI ``messages`` list) as the proxy does.

        The prompt is the latest user message, read with the assistant's
        proposal when it approves one ("yes, go ahead" after "Want me to
        delete them?"); the conversation adds the ``attachments`` and
        ``context_tokens`` hints, which ``hints`` may override. Raises
        ``ValueError`` when no user message has text (the proxy's 400).
        """
        from model_router.conversation import conversation_prompt

        if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
            raise TypeError(f"messages must be a list of chat messages (got {type(messages).__name__})")
        chat = conversation_prompt(messages)
        if not chat.prompt:
            raise ValueError("the conversation has no user message with text to route")
        merged: Hints = chat.hints()
        if isinstance(hints, (RoutingHints, Mapping)):
            given = hints.to_dict() if isinstance(hints, RoutingHints) else dict(hints)
            for key, value in given.items():
                if value is None:
                    continue
                if key == "attachments" and isinstance(value, (list, tuple)):
                    value = [*chat.attachments, *(kind for kind in value if kind not in chat.attachments)]
                merged[key] = value
        elif hints is not None:
            merged = hints  # not hints at all: route() fails closed on them
        return self.route(chat.prompt, merged, include_alternatives=include_alternatives, confirmed=confirmed)

    def route_fast_many(self, prompts: Sequence[str]) -> list[str]:
        """``route_fast`` over a list in one backend call (no hints)."""
        cleaned = [clean_prompt(prompt) for prompt in prompts]
        try:
            return self._table.route_fast_many(cleaned)
        except UnicodeEncodeError:
            return [self.route_fast(prompt) for prompt in cleaned]

    def route(
        self,
        prompt: str | None,
        hints: Hints = None,
        *,
        include_alternatives: bool = True,
        confirmed: bool = False,
    ) -> RoutingDecision:
        """The full decision: scores, flags, reasons, rejections, alternatives."""
        if hints:
            return self._route_with_hints(prompt, hints, include_alternatives, confirmed)
        # Hint-free (the common call), memoized. Apart from ``features``, a
        # hint-free decision is a function of the signal and feature bits, a
        # few length thresholds, and which context windows the prompt fits;
        # the key holds exactly those (plus the token count itself when a
        # window is too small, because the rejection reason quotes it). A
        # hit copies the memoized decision's fields and swaps in this
        # prompt's features.
        if type(prompt) is not str:
            prompt = clean_prompt(prompt)
        try:
            raw = self._analyze(prompt)
        except UnicodeEncodeError:
            raw = self._extractor.analyze(prompt)
        signal_bits, feature_bits, length, tokens, _, _, _ = raw
        too_small = bisect_left(self._context_limits, tokens)
        key = (
            signal_bits, feature_bits, tokens > MEDIUM_PROMPT_TOKENS, tokens > LONG_PROMPT_TOKENS,
            tokens > VERY_LONG_PROMPT_TOKENS, length < 80, length == 0, too_small,
            tokens if too_small else -1, include_alternatives, confirmed,
        )
        template = self._decisions.get(key)
        if template is not None:
            values = template.copy()
            values["features"] = build_features(feature_bits, length, tokens)
            decision = _new(RoutingDecision)
            _set_decision_dict(decision, values)
            return decision
        extractor = self._extractor
        analysis = build_analysis(raw, extractor.weights, extractor.explanations)
        decision = self._decide(analysis, raw, NO_HINTS, include_alternatives, confirmed)
        if len(self._decisions) >= _DECISION_CACHE_SIZE:
            self._decisions.clear()
        self._decisions[key] = dict(decision.__dict__)
        return decision

    def _route_with_hints(
        self, prompt: str | None, hints: Hints, include_alternatives: bool, confirmed: bool
    ) -> RoutingDecision:
        analysis, raw = self._extractor.analysis(prompt)
        try:
            valid_hints = validate_hints(hints)
        except InvalidHintsError as error:
            return fail_closed_decision(
                analysis, f"fail-closed: {error}", RoutingRequirements(), config_valid=True
            )
        return self._decide(analysis, raw, valid_hints, include_alternatives, confirmed)

    def _decide(
        self,
        analysis: PromptAnalysis,
        raw: tuple[int, int, int, int, int, int, int],
        hints: RoutingHints,
        include_alternatives: bool,
        confirmed: bool,
    ) -> RoutingDecision:
        _, feature_bits, _, tokens, complexity, risk, confidence = raw
        features = analysis.features
        media = tuple(dict.fromkeys(a for a in hints.attachments if a in _MEDIA_ATTACHMENTS))
        target, target_reason = select_target(
            feature_bits, complexity, risk, confidence, self._safety, confirmed, bool(media)  # type: ignore[arg-type]
        )
        confirm = target == "confirmation"
        reasons = list(analysis.reasons)
        reasons.append(target_reason)

        first = self.config.routing_targets.get(target)
        forced = hints.force_engine
        if forced is not None:
            if confirm and forced != FAIL_CLOSED_ENGINE:
                reasons.append(f"force_engine ignored for high-risk request: {forced}")
            else:
                reasons.append(f"forced engine {forced}")
                if forced not in self.config.engines:
                    reasons.append(f"unknown forced engine {forced}")
                first = forced

        requirements = RoutingRequirements(
            needs_tools=target in TOOL_TARGETS or bool(media),
            required_modalities=media,
            max_cost_tier=hints.max_cost_tier,
            max_latency_tier=hints.max_latency_tier,
        )
        context_tokens = max(tokens, hints.context_tokens or 0)
        chain = resolve_chain(
            self.config,
            first,
            requirements,
            context_tokens,
            self._availability_of,
            target=target,
            latency_sensitive=hints.latency_sensitive,
        )
        reasons.extend(chain.reasons)
        selected = chain.selected_engine
        gate = selected == FAIL_CLOSED_ENGINE or (
            selected in self.config.engines and self.config.engines[selected].is_confirmation_gate
        )

        rejected = chain.rejections
        alternatives: tuple = ()
        if include_alternatives and not gate:
            alternatives, skipped = rank_alternatives(
                self.config,
                selected,
                target,
                requirements,
                context_tokens,
                self._availability_of,
                latency_sensitive=hints.latency_sensitive,
                risk=risk,
                sensitive=features.sensitive_domain,
                complexity=complexity,
                long_context=features.long_context,
            )
            if skipped:
                rejected = tuple(dict.fromkeys(rejected + skipped))

        return RoutingDecision(
            selected_engine=selected,
            fallback_engine=chain.fallback_engine,
            complexity_score=complexity,
            risk_score=risk,
            confidence_score=confidence,
            reasons=tuple(dict.fromkeys(reasons)),
            requires_confirmation=confirm or gate,
            requires_tools=requirements.needs_tools,
            requires_freshness=features.requires_freshness,
            requires_code_execution=features.requires_code_execution,
            requires_vision=features.requires_vision or bool(media),
            requires_image_generation=features.requires_image_generation,
            config_valid=True,
            availability_valid=chain.availability_valid,
            availability_reasons=chain.availability_reasons,
            features=features,
            requirements=requirements,
            rejected_engines=rejected,
            alternatives=alternatives,
            fallback_used=chain.fallback_used,
        )

    def _availability_of(self, engine: Any) -> EngineAvailabilityResult:
        if not self._validate_availability:
            if engine.availability.status == "unavailable":
                return EngineAvailabilityResult(engine.name, False, ("marked unavailable in config",))
            return EngineAvailabilityResult(engine.name, True, ("availability validation disabled",))
        cached = self._availability.engines.get(engine.name) if self._availability else None
        if cached is not None:
            return cached
        live = self._live_checks.get(engine.name)
        if live is None:
            from model_router.availability import validate_engine_availability

            live = self._live_checks[engine.name] = validate_engine_availability(engine)
        return live


def fail_closed_decision(
    analysis: PromptAnalysis,
    reason: str,
    requirements: RoutingRequirements,
    *,
    config_valid: bool,
) -> RoutingDecision:
    """The decision for a config or hints the router cannot trust (behaviour §1.6)."""
    from dataclasses import replace

    features = replace(analysis.features, requires_confirmation=True)
    return RoutingDecision(
        selected_engine=FAIL_CLOSED_ENGINE,
        fallback_engine=None,
        complexity_score=analysis.complexity_score.value,
        risk_score=max(analysis.risk_score.value, 80),
        confidence_score=min(analysis.confidence_score, 50),
        reasons=tuple(dict.fromkeys((*analysis.reasons, reason))),
        requires_confirmation=True,
        requires_tools=features.requires_tools,
        requires_freshness=features.requires_freshness,
        requires_code_execution=features.requires_code_execution,
        requires_vision=features.requires_vision or bool(
            set(requirements.required_modalities) & set(_MEDIA_ATTACHMENTS)
        ),
        requires_image_generation=features.requires_image_generation,
        config_valid=config_valid,
        availability_valid=False,
        availability_reasons=(reason,),
        features=features,
        requirements=requirements,
        rejected_engines=(),
        alternatives=(),
        fallback_used=True,
    )


def route_prompt(
    prompt: str | None,
    *,
    config: RouterConfig | None = None,
    config_path: str | os.PathLike[str] | None = None,
    hints: Hints = None,
) -> RoutingDecision:
    """Route one prompt with a freshly built router; never raises for a bad config.

    A config that cannot be loaded gives a fail-closed decision whose reason
    is ``"fail-closed: <error>"``, scored with the built-in weights.
    """
    try:
        router = ModelRouter(config) if config is not None else ModelRouter.from_config(config_path)
    except (RouterConfigError, OSError) as error:
        analysis = build_analysis(*_default_raw(prompt))
        try:
            valid = validate_hints(hints)
            requirements = RoutingRequirements(
                needs_tools=any(a in _MEDIA_ATTACHMENTS for a in valid.attachments),
                required_modalities=tuple(
                    dict.fromkeys(a for a in valid.attachments if a in _MEDIA_ATTACHMENTS)
                ),
                max_cost_tier=valid.max_cost_tier,
                max_latency_tier=valid.max_latency_tier,
            )
        except InvalidHintsError:
            requirements = RoutingRequirements()
        return fail_closed_decision(analysis, f"fail-closed: {error}", requirements, config_valid=False)
    return router.route(prompt, hints)


def _default_raw(prompt: object) -> tuple[tuple[int, int, int, int, int, int, int], dict[str, dict[str, int]]]:
    extractor = default_extractor()
    return extractor.analyze(clean_prompt(prompt)), extractor.weights

