"""Data objects shared by the router, the receipts, the CLI and the proxy.

Every object here is a frozen dataclass (made by ``_record.record``, without
the ``dataclasses`` module's start-up cost) with a ``to_dict()`` whose key order
is part of the public contract (receipts and logs are compared field by
field), so the field declaration order below *is* the serialization order.

``to_dict()`` turns nested dataclasses into dicts and tuples into lists, which
is exactly what ``json.dumps`` needs; nothing else is converted.

This module also owns the hint validation (``validate_hints``), because hints
arrive from the Python API, the CLI and the proxy alike and must be judged by
one rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter

from model_router._record import instance_dict_setter, record, record_fields
from model_router.feature_constants import BUILTIN_WEIGHTS

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "COST_TIER_ORDER",
    "LATENCY_TIER_ORDER",
    "SCORING_DIMENSIONS",
    "SCORING_FEATURE_NAMES",
    "UNKNOWN_TIER_RANK",
    "VALID_ATTACHMENTS",
    "VALID_COST_TIERS",
    "VALID_LATENCY_TIERS",
    "VALID_MODALITIES",
    "ComplexityScore",
    "DispatchPlan",
    "EngineAvailabilityResult",
    "EngineRejection",
    "InvalidHintsError",
    "PromptAnalysis",
    "PromptFeatures",
    "RiskScore",
    "RouterAvailabilityReport",
    "RoutingAlternative",
    "RoutingDecision",
    "RoutingHints",
    "RoutingReceipt",
    "RoutingRequirements",
    "ScoreSignal",
    "NO_HINTS",
    "validate_hints",
]

# ---------------------------------------------------------------------------
# Constants (behaviour spec 1.3)

VALID_ATTACHMENTS: tuple[str, ...] = ("image", "pdf", "audio", "code")
VALID_COST_TIERS: tuple[str, ...] = ("none", "free", "low", "medium", "paid", "high")
VALID_LATENCY_TIERS: tuple[str, ...] = ("low", "medium", "high", "manual")
SCORING_DIMENSIONS: tuple[str, ...] = ("complexity", "risk", "confidence")

#: Modalities an engine can declare that some attachment hint can require.
#: (``code`` attachments never require a modality.)
VALID_MODALITIES: tuple[str, ...] = ("image", "pdf", "audio")

#: Rank of each tier name; a ``max_*_tier`` hint rejects engines ranked above it.
COST_TIER_ORDER: dict[str, int] = {"none": 0, "free": 0, "low": 1, "medium": 2, "paid": 2, "high": 3}
LATENCY_TIER_ORDER: dict[str, int] = {"low": 1, "medium": 2, "high": 3, "manual": 4}

#: Rank given to a tier name that is not in the tables above, so an engine with
#: an unknown tier exceeds every maximum (the config loader warns about it).
UNKNOWN_TIER_RANK = 999

#: The feature names the scorer reads in each scoring dimension. The config
#: loader warns about any other name under ``scoring.weights`` (0.5.3 accepted
#: them silently and they had no effect).
SCORING_FEATURE_NAMES: dict[str, tuple[str, ...]] = {
    dimension: tuple(weights) for dimension, weights in BUILTIN_WEIGHTS.items()
}


# ---------------------------------------------------------------------------
# Serialization

# Per class: field names and one attrgetter for all of them, computed once,
# because ``dataclasses.fields`` and per-field ``getattr`` are slow enough to
# show up when receipts are serialized on every proxied request.
_FIELD_ACCESS: dict[type, tuple[tuple[str, ...], Any]] = {}
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})


def _field_access(cls: type) -> tuple[tuple[str, ...], Any]:
    access = _FIELD_ACCESS.get(cls)
    if access is None:
        names = record_fields(cls)
        access = (names, attrgetter(*names))
        _FIELD_ACCESS[cls] = access
    return access


def _plain(value: Any) -> Any:
    """Convert one field value into JSON-ready data."""
    if type(value) in _SCALAR_TYPES:
        return value
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


class _DictMixin:
    """``to_dict()`` in field declaration order."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the fields as a dict (declaration order; tuples become lists)."""
        names, getter = _field_access(type(self))
        scalar_types = _SCALAR_TYPES
        return {
            name: value if type(value) in scalar_types else _plain(value)
            for name, value in zip(names, getter(self))
        }


# ---------------------------------------------------------------------------
# Features and scores


@record
class PromptFeatures(_DictMixin):
    """Everything the scorer extracted from one prompt (33 fields)."""

    prompt_length: int
    estimated_tokens: int
    simple_transform: bool = False
    coding_intent: bool = False
    research_intent: bool = False
    current_info_intent: bool = False
    multi_step_reasoning: bool = False
    tool_intent: bool = False
    file_intent: bool = False
    email_intent: bool = False
    calendar_intent: bool = False
    shell_intent: bool = False
    github_intent: bool = False
    vision_intent: bool = False
    image_generation_intent: bool = False
    legal_domain: bool = False
    medical_domain: bool = False
    financial_domain: bool = False
    sensitive_domain: bool = False
    destructive_action: bool = False
    external_action: bool = False
    high_impact_external_action: bool = False
    purchase_action: bool = False
    send_action: bool = False
    structured_output: bool = False
    ambiguous: bool = False
    long_context: bool = False
    requires_tools: bool = False
    requires_freshness: bool = False
    requires_code_execution: bool = False
    requires_vision: bool = False
    requires_image_generation: bool = False
    requires_confirmation: bool = False


@record
class ComplexityScore(_DictMixin):
    """``{value, reasons}`` of ``PromptAnalysis.complexity_score``."""

    value: int
    reasons: tuple[str, ...] = ()


@record
class RiskScore(_DictMixin):
    """``{value, requires_confirmation, reasons}`` of ``PromptAnalysis.risk_score``."""

    value: int
    requires_confirmation: bool = False
    reasons: tuple[str, ...] = ()


@record
class ScoreSignal(_DictMixin):
    """One weighted signal that contributed to a score."""

    dimension: str
    feature: str
    weight: int
    detail: str


@record
class PromptAnalysis(_DictMixin):
    """The result of ``score_prompt``."""

    complexity_score: ComplexityScore
    risk_score: RiskScore
    confidence_score: int
    features: PromptFeatures
    reasons: tuple[str, ...] = ()
    signals: tuple[ScoreSignal, ...] = ()


# ---------------------------------------------------------------------------
# Routing results


@record
class RoutingRequirements(_DictMixin):
    """Hard constraints an engine must meet for one request."""

    needs_tools: bool = False
    required_modalities: tuple[str, ...] = ()
    max_cost_tier: str | None = None
    max_latency_tier: str | None = None


@record
class EngineRejection(_DictMixin):
    """An engine that was skipped, and why."""

    engine: str
    reason: str


@record
class RoutingAlternative(_DictMixin):
    """A ranked alternative engine (never changes the selection)."""

    engine: str
    rank_score: int
    capability: int
    trust: int
    cost: int
    latency: int
    reasons: tuple[str, ...] = ()


@record
class RoutingDecision(_DictMixin):
    """The full result of ``ModelRouter.route``."""

    selected_engine: str
    fallback_engine: str | None
    complexity_score: int
    risk_score: int
    confidence_score: int
    reasons: tuple[str, ...]
    requires_confirmation: bool
    requires_tools: bool
    requires_freshness: bool
    requires_code_execution: bool
    requires_vision: bool
    requires_image_generation: bool
    config_valid: bool
    availability_valid: bool
    availability_reasons: tuple[str, ...]
    features: PromptFeatures
    requirements: RoutingRequirements
    rejected_engines: tuple[EngineRejection, ...] = ()
    alternatives: tuple[RoutingAlternative, ...] = ()
    fallback_used: bool = False


@record
class RoutingReceipt(_DictMixin):
    """A decision without its features: safe to log and return (never holds the prompt)."""

    selected_engine: str
    complexity_score: int
    risk_score: int
    confidence_score: int
    reasons: tuple[str, ...]
    fallback_engine: str | None
    requires_confirmation: bool
    requires_tools: bool
    requires_freshness: bool
    requires_code_execution: bool
    requires_vision: bool
    requires_image_generation: bool
    config_valid: bool
    availability_valid: bool
    availability_reasons: tuple[str, ...]
    requirements: RoutingRequirements
    rejected_engines: tuple[EngineRejection, ...] = ()
    alternatives: tuple[RoutingAlternative, ...] = ()
    fallback_used: bool = False


@record
class DispatchPlan(_DictMixin):
    """A dry-run plan of what would be dispatched where."""

    selected_engine: str
    provider: str
    model: str
    adapter: str
    dry_run: bool
    can_dispatch: bool
    blocked: bool
    requires_confirmation: bool
    reasons: tuple[str, ...]
    receipt: RoutingReceipt


# ---------------------------------------------------------------------------
# Availability


@record
class EngineAvailabilityResult(_DictMixin):
    """Whether one engine's declared requirements are met."""

    engine: str
    available: bool
    reasons: tuple[str, ...] = ()


@record
class RouterAvailabilityReport(_DictMixin):
    """Availability of every enabled engine, keyed and sorted by engine name.

    Build it with :meth:`from_results`, which sorts the engines and computes
    ``all_available`` (False for an empty report: nothing was shown to work).
    """

    all_available: bool
    engines: dict[str, EngineAvailabilityResult]

    @classmethod
    def from_results(cls, results: Iterable[EngineAvailabilityResult]) -> RouterAvailabilityReport:
        """Sort ``results`` by engine name and derive ``all_available``."""
        ordered = sorted(results, key=lambda result: result.engine)
        engines = {result.engine: result for result in ordered}
        all_available = bool(engines) and all(result.available for result in engines.values())
        return cls(all_available=all_available, engines=engines)

    def get(self, engine: str) -> EngineAvailabilityResult | None:
        """The result for ``engine``, or None when it was not checked."""
        return self.engines.get(engine)


# ---------------------------------------------------------------------------
# Hints (behaviour spec 1.5)


class InvalidHintsError(ValueError):
    """Routing hints that cannot be honoured. The router fails closed on them.

    ``str(error)`` starts with ``"invalid routing hints: "``, so the router's
    fail-closed reason is ``"fail-closed: " + str(error)``.
    """


@record
class RoutingHints(_DictMixin):
    """Caller-supplied routing hints, validated.

    ``context_tokens`` (new): estimated tokens of the whole conversation;
    engines whose ``max_context`` is smaller are skipped.
    """

    force_engine: str | None = None
    latency_sensitive: bool = False
    max_cost_tier: str | None = None
    max_latency_tier: str | None = None
    attachments: tuple[str, ...] = ()
    context_tokens: int | None = None


#: The hints used when none are given (shared: the object is immutable).
NO_HINTS = RoutingHints()

def _hint_error(message: str) -> InvalidHintsError:
    return InvalidHintsError(f"invalid routing hints: {message}")


def _type_name(value: object) -> str:
    return type(value).__name__


def validate_hints(hints: Mapping[str, Any] | RoutingHints | None) -> RoutingHints:
    """Check routing hints and return them as a ``RoutingHints``.

    Accepts ``None`` (no hints), a dict, or a ``RoutingHints`` object; a
    ``RoutingHints`` is checked by the same rules as a dict (0.5.3 trusted it
    as-is, so an unknown tier silently disabled the constraint). Unknown dict
    keys are ignored; a key whose value is ``None`` counts as absent.

    Raises ``InvalidHintsError`` (a ``ValueError``) naming the key and the
    problem for: a non-dict, wrong types (``True`` is not an int here), an
    unknown tier, an unknown attachment, attachments that are not a list
    (dicts; a ``RoutingHints`` holds a tuple), a blank ``force_engine`` and a
    negative or non-int ``context_tokens``.
    """
    if hints is None:
        return NO_HINTS
    if type(hints) is dict:
        # Hot path (the proxy passes a dict per request): cheap exact-type
        # checks; anything unusual goes through the detailed checks below,
        # which also produce the error message.
        if not hints:
            return NO_HINTS
        get = hints.get
        force_engine = get("force_engine")
        latency_sensitive = get("latency_sensitive")
        max_cost_tier = get("max_cost_tier")
        max_latency_tier = get("max_latency_tier")
        attachments = get("attachments")
        context_tokens = get("context_tokens")
        if (
            (force_engine is None or (type(force_engine) is str and force_engine.strip()))
            and (latency_sensitive is None or latency_sensitive is True or latency_sensitive is False)
            and (max_cost_tier is None or (type(max_cost_tier) is str and max_cost_tier in COST_TIER_ORDER))
            and (max_latency_tier is None or (type(max_latency_tier) is str and max_latency_tier in LATENCY_TIER_ORDER))
            and (
                attachments is None
                or (type(attachments) is list and all(type(a) is str and a in _ATTACHMENT_SET for a in attachments))
            )
            and (context_tokens is None or (type(context_tokens) is int and context_tokens >= 0))
        ):
            return RoutingHints(
                force_engine,
                latency_sensitive is True,
                max_cost_tier,
                max_latency_tier,
                tuple(attachments) if attachments else (),
                context_tokens,
            )
    return _validate_hints_in_detail(hints)


_ATTACHMENT_SET = frozenset(VALID_ATTACHMENTS)


def _validate_hints_in_detail(hints: Any) -> RoutingHints:
    """The full rules of ``validate_hints``, with an error message per problem."""
    if isinstance(hints, RoutingHints):
        attachments: Any = hints.attachments
        if isinstance(attachments, list):
            attachments = tuple(attachments)
        elif not isinstance(attachments, tuple):
            raise _hint_error(f"attachments must be a tuple of strings (got {_type_name(attachments)})")
        values = (
            hints.force_engine,
            hints.latency_sensitive,
            hints.max_cost_tier,
            hints.max_latency_tier,
            attachments,
            hints.context_tokens,
        )
    elif isinstance(hints, Mapping):
        if not hints:
            return NO_HINTS
        attachments = hints.get("attachments")
        if attachments is None:
            attachments = ()
        elif isinstance(attachments, list):
            attachments = tuple(attachments)
        else:
            # 0.5.3 accepted only a list here; a tuple stays an error so the
            # same hints give the same answer on both versions.
            raise _hint_error(f"attachments must be a list (got {_type_name(attachments)})")
        values = (
            hints.get("force_engine"),
            hints.get("latency_sensitive"),
            hints.get("max_cost_tier"),
            hints.get("max_latency_tier"),
            attachments,
            hints.get("context_tokens"),
        )
    else:
        raise _hint_error(f"hints must be a dict (got {_type_name(hints)})")

    force_engine, latency_sensitive, max_cost_tier, max_latency_tier, attachments, context_tokens = values

    if force_engine is not None:
        if not isinstance(force_engine, str):
            raise _hint_error(f"force_engine must be a string (got {_type_name(force_engine)})")
        if not force_engine.strip():
            raise _hint_error("force_engine must not be blank")
    if latency_sensitive is None:
        latency_sensitive = False
    elif not isinstance(latency_sensitive, bool):
        raise _hint_error(f"latency_sensitive must be a bool (got {_type_name(latency_sensitive)})")
    if max_cost_tier is not None and (not isinstance(max_cost_tier, str) or max_cost_tier not in COST_TIER_ORDER):
        raise _hint_error(_tier_problem("max_cost_tier", max_cost_tier, VALID_COST_TIERS))
    if max_latency_tier is not None and (
        not isinstance(max_latency_tier, str) or max_latency_tier not in LATENCY_TIER_ORDER
    ):
        raise _hint_error(_tier_problem("max_latency_tier", max_latency_tier, VALID_LATENCY_TIERS))
    for attachment in attachments:
        if not isinstance(attachment, str) or attachment not in VALID_ATTACHMENTS:
            raise _hint_error(
                f"unknown attachment {attachment!r} (expected one of {', '.join(VALID_ATTACHMENTS)})"
            )
    if context_tokens is not None:
        # bool is an int subclass; True tokens is a caller bug, not 1 token.
        if isinstance(context_tokens, bool) or not isinstance(context_tokens, int):
            raise _hint_error(f"context_tokens must be an int >= 0 (got {_type_name(context_tokens)})")
        if context_tokens < 0:
            raise _hint_error(f"context_tokens must be an int >= 0 (got {context_tokens})")

    if (
        isinstance(hints, RoutingHints)
        and attachments is hints.attachments
        and latency_sensitive is hints.latency_sensitive
    ):
        return hints  # already valid and normalized: no copy needed
    return RoutingHints(
        force_engine=force_engine,
        latency_sensitive=latency_sensitive,
        max_cost_tier=max_cost_tier,
        max_latency_tier=max_latency_tier,
        attachments=attachments,
        context_tokens=context_tokens,
    )


def _tier_problem(key: str, value: object, valid: tuple[str, ...]) -> str:
    if not isinstance(value, str):
        return f"{key} must be a string (got {_type_name(value)})"
    return f"unknown {key} {value!r} (expected one of {', '.join(valid)})"
