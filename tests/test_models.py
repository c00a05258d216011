"""Data objects: field order of to_dict, immutability, constants and hint validation."""

from __future__ import annotations

import dataclasses
import json

import pytest

from model_router.models import (
    COST_TIER_ORDER,
    LATENCY_TIER_ORDER,
    SCORING_DIMENSIONS,
    SCORING_FEATURE_NAMES,
    VALID_ATTACHMENTS,
    VALID_COST_TIERS,
    VALID_LATENCY_TIERS,
    ComplexityScore,
    DispatchPlan,
    EngineAvailabilityResult,
    EngineRejection,
    InvalidHintsError,
    PromptAnalysis,
    PromptFeatures,
    RiskScore,
    RouterAvailabilityReport,
    RoutingAlternative,
    RoutingDecision,
    RoutingHints,
    RoutingReceipt,
    RoutingRequirements,
    ScoreSignal,
    validate_hints,
)

FEATURE_ORDER = [
    "prompt_length",
    "estimated_tokens",
    "simple_transform",
    "coding_intent",
    "research_intent",
    "current_info_intent",
    "multi_step_reasoning",
    "tool_intent",
    "file_intent",
    "email_intent",
    "calendar_intent",
    "shell_intent",
    "github_intent",
    "vision_intent",
    "image_generation_intent",
    "legal_domain",
    "medical_domain",
    "financial_domain",
    "sensitive_domain",
    "destructive_action",
    "external_action",
    "high_impact_external_action",
    "purchase_action",
    "send_action",
    "structured_output",
    "ambiguous",
    "long_context",
    "requires_tools",
    "requires_freshness",
    "requires_code_execution",
    "requires_vision",
    "requires_image_generation",
    "requires_confirmation",
]

DECISION_ORDER = [
    "selected_engine",
    "fallback_engine",
    "complexity_score",
    "risk_score",
    "confidence_score",
    "reasons",
    "requires_confirmation",
    "requires_tools",
    "requires_freshness",
    "requires_code_execution",
    "requires_vision",
    "requires_image_generation",
    "config_valid",
    "availability_valid",
    "availability_reasons",
    "features",
    "requirements",
    "rejected_engines",
    "alternatives",
    "fallback_used",
]

RECEIPT_ORDER = [
    "selected_engine",
    "complexity_score",
    "risk_score",
    "confidence_score",
    "reasons",
    "fallback_engine",
    "requires_confirmation",
    "requires_tools",
    "requires_freshness",
    "requires_code_execution",
    "requires_vision",
    "requires_image_generation",
    "config_valid",
    "availability_valid",
    "availability_reasons",
    "requirements",
    "rejected_engines",
    "alternatives",
    "fallback_used",
]


def make_features() -> PromptFeatures:
    return PromptFeatures(prompt_length=26, estimated_tokens=7, coding_intent=True, shell_intent=True, requires_tools=True)


def make_requirements() -> RoutingRequirements:
    return RoutingRequirements(needs_tools=True, required_modalities=("image",), max_cost_tier="medium", max_latency_tier=None)


def make_decision() -> RoutingDecision:
    return RoutingDecision(
        selected_engine="code_agent",
        fallback_engine="reasoning_local",
        complexity_score=56,
        risk_score=38,
        confidence_score=90,
        reasons=("coding intent", "repository work"),
        requires_confirmation=False,
        requires_tools=True,
        requires_freshness=False,
        requires_code_execution=True,
        requires_vision=False,
        requires_image_generation=False,
        config_valid=True,
        availability_valid=True,
        availability_reasons=("code_agent: availability validation disabled",),
        features=make_features(),
        requirements=make_requirements(),
        rejected_engines=(EngineRejection("claude_code", "engine disabled"),),
        alternatives=(RoutingAlternative("reasoning_local", 66, 85, 60, 0, 75, ("capability 85/100",)),),
        fallback_used=False,
    )


def test_prompt_features_has_33_fields_in_spec_order() -> None:
    features = make_features()
    assert [f.name for f in dataclasses.fields(PromptFeatures)] == FEATURE_ORDER
    data = features.to_dict()
    assert list(data) == FEATURE_ORDER
    assert len(data) == 33
    assert data["prompt_length"] == 26 and data["coding_intent"] is True and data["ambiguous"] is False


def test_decision_to_dict_order_and_nested_conversion() -> None:
    data = make_decision().to_dict()
    assert list(data) == DECISION_ORDER
    assert data["reasons"] == ["coding intent", "repository work"]
    assert list(data["features"]) == FEATURE_ORDER
    assert data["requirements"] == {
        "needs_tools": True,
        "required_modalities": ["image"],
        "max_cost_tier": "medium",
        "max_latency_tier": None,
    }
    assert data["rejected_engines"] == [{"engine": "claude_code", "reason": "engine disabled"}]
    assert list(data["alternatives"][0]) == ["engine", "rank_score", "capability", "trust", "cost", "latency", "reasons"]
    assert data["alternatives"][0]["reasons"] == ["capability 85/100"]
    # The result is plain JSON data, and round-trips unchanged.
    assert json.loads(json.dumps(data)) == data


def test_receipt_and_dispatch_plan_order() -> None:
    decision = make_decision()
    receipt = RoutingReceipt(**{name: getattr(decision, name) for name in RECEIPT_ORDER})
    data = receipt.to_dict()
    assert list(data) == RECEIPT_ORDER
    assert "features" not in data
    plan = DispatchPlan(
        selected_engine="code_agent",
        provider="local",
        model="modelrouter-local-code-agent",
        adapter="local_code",
        dry_run=True,
        can_dispatch=True,
        blocked=False,
        requires_confirmation=False,
        reasons=("dry-run dispatch plan; no adapter executed",),
        receipt=receipt,
    )
    plan_data = plan.to_dict()
    assert list(plan_data) == [
        "selected_engine",
        "provider",
        "model",
        "adapter",
        "dry_run",
        "can_dispatch",
        "blocked",
        "requires_confirmation",
        "reasons",
        "receipt",
    ]
    assert plan_data["receipt"] == data


def test_prompt_analysis_sub_objects() -> None:
    analysis = PromptAnalysis(
        complexity_score=ComplexityScore(56, ("coding intent",)),
        risk_score=RiskScore(71, True, ("destructive action",)),
        confidence_score=75,
        features=make_features(),
        reasons=("coding intent", "destructive action"),
        signals=(ScoreSignal("risk", "destructive_action", 100, "destructive verb"),),
    )
    data = analysis.to_dict()
    assert list(data) == ["complexity_score", "risk_score", "confidence_score", "features", "reasons", "signals"]
    assert data["complexity_score"] == {"value": 56, "reasons": ["coding intent"]}
    assert data["risk_score"] == {"value": 71, "requires_confirmation": True, "reasons": ["destructive action"]}
    assert data["signals"] == [
        {"dimension": "risk", "feature": "destructive_action", "weight": 100, "detail": "destructive verb"}
    ]


def test_objects_are_frozen() -> None:
    decision = make_decision()
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.selected_engine = "human_confirm"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        make_features().coding_intent = False  # type: ignore[misc]


def test_availability_report_sorted_and_empty_is_not_available() -> None:
    report = RouterAvailabilityReport.from_results(
        [EngineAvailabilityResult("zeta", True, ("ok",)), EngineAvailabilityResult("alpha", True, ("ok",))]
    )
    assert list(report.engines) == ["alpha", "zeta"]
    assert report.all_available is True
    assert report.to_dict() == {
        "all_available": True,
        "engines": {
            "alpha": {"engine": "alpha", "available": True, "reasons": ["ok"]},
            "zeta": {"engine": "zeta", "available": True, "reasons": ["ok"]},
        },
    }
    assert report.get("alpha") == EngineAvailabilityResult("alpha", True, ("ok",))
    assert report.get("missing") is None
    mixed = RouterAvailabilityReport.from_results(
        [EngineAvailabilityResult("a", True), EngineAvailabilityResult("b", False, ("missing env var X",))]
    )
    assert mixed.all_available is False
    empty = RouterAvailabilityReport.from_results([])
    assert empty.all_available is False
    assert empty.to_dict() == {"all_available": False, "engines": {}}


def test_constants() -> None:
    assert VALID_ATTACHMENTS == ("image", "pdf", "audio", "code")
    assert VALID_COST_TIERS == ("none", "free", "low", "medium", "paid", "high")
    assert VALID_LATENCY_TIERS == ("low", "medium", "high", "manual")
    assert SCORING_DIMENSIONS == ("complexity", "risk", "confidence")
    assert COST_TIER_ORDER == {"none": 0, "free": 0, "low": 1, "medium": 2, "paid": 2, "high": 3}
    assert LATENCY_TIER_ORDER == {"low": 1, "medium": 2, "high": 3, "manual": 4}
    assert set(COST_TIER_ORDER) == set(VALID_COST_TIERS)
    assert set(LATENCY_TIER_ORDER) == set(VALID_LATENCY_TIERS)
    assert tuple(SCORING_FEATURE_NAMES) == SCORING_DIMENSIONS
    assert len(SCORING_FEATURE_NAMES["complexity"]) == 15
    assert len(SCORING_FEATURE_NAMES["risk"]) == 13
    assert len(SCORING_FEATURE_NAMES["confidence"]) == 4


# ---------------------------------------------------------------------------
# Hints


def test_valid_dict_hints_become_routing_hints() -> None:
    hints = validate_hints(
        {
            "force_engine": "code_agent",
            "latency_sensitive": True,
            "max_cost_tier": "paid",
            "max_latency_tier": "manual",
            "attachments": ["image", "code"],
            "context_tokens": 0,
            "something_new": object(),  # unknown keys are ignored
        }
    )
    assert hints == RoutingHints(
        force_engine="code_agent",
        latency_sensitive=True,
        max_cost_tier="paid",
        max_latency_tier="manual",
        attachments=("image", "code"),
        context_tokens=0,
    )
    assert hints.to_dict()["attachments"] == ["image", "code"]


@pytest.mark.parametrize("empty", [None, {}, {"max_cost_tier": None, "attachments": None, "latency_sensitive": None}])
def test_absent_hints_are_defaults(empty: object) -> None:
    assert validate_hints(empty) == RoutingHints()  # type: ignore[arg-type]


def test_valid_routing_hints_object_is_accepted() -> None:
    hints = RoutingHints(max_cost_tier="low", attachments=("pdf",), context_tokens=5000)
    assert validate_hints(hints) == hints
    # A list in the object is normalized to a tuple (objects are built in code).
    assert validate_hints(RoutingHints(attachments=["audio"])).attachments == ("audio",)  # type: ignore[arg-type]


INVALID_HINTS = [
    ({"force_engine": ""}, "force_engine must not be blank"),
    ({"force_engine": "   "}, "force_engine must not be blank"),
    ({"force_engine": 3}, "force_engine must be a string (got int)"),
    ({"latency_sensitive": "yes"}, "latency_sensitive must be a bool (got str)"),
    ({"latency_sensitive": 1}, "latency_sensitive must be a bool (got int)"),
    ({"max_cost_tier": "cheap"}, "unknown max_cost_tier 'cheap' (expected one of none, free, low, medium, paid, high)"),
    ({"max_cost_tier": 1}, "max_cost_tier must be a string (got int)"),
    ({"max_cost_tier": ["low"]}, "max_cost_tier must be a string (got list)"),
    ({"max_latency_tier": "instant"}, "unknown max_latency_tier 'instant' (expected one of low, medium, high, manual)"),
    ({"max_latency_tier": "none"}, "unknown max_latency_tier 'none'"),
    ({"attachments": ["video"]}, "unknown attachment 'video' (expected one of image, pdf, audio, code)"),
    ({"attachments": [1]}, "unknown attachment 1"),
    ({"attachments": "image"}, "attachments must be a list (got str)"),
    ({"attachments": ("image",)}, "attachments must be a list (got tuple)"),
    ({"context_tokens": -1}, "context_tokens must be an int >= 0 (got -1)"),
    ({"context_tokens": True}, "context_tokens must be an int >= 0 (got bool)"),
    ({"context_tokens": 1.5}, "context_tokens must be an int >= 0 (got float)"),
    ({"context_tokens": "100"}, "context_tokens must be an int >= 0 (got str)"),
]


@pytest.mark.parametrize(("hints", "problem"), INVALID_HINTS)
def test_invalid_dict_hints(hints: dict, problem: str) -> None:
    with pytest.raises(InvalidHintsError) as caught:
        validate_hints(hints)
    message = str(caught.value)
    assert message.startswith("invalid routing hints: ")
    assert problem in message
    assert isinstance(caught.value, ValueError)


# Attachments are a tuple in a RoutingHints object, so only the dict's
# "must be a list" cases do not apply to it.
INVALID_HINT_OBJECT_CASES = [case for case in INVALID_HINTS if "attachments must be a list" not in case[1]]


@pytest.mark.parametrize(("hints", "problem"), INVALID_HINT_OBJECT_CASES)
def test_invalid_routing_hints_objects_are_rejected_like_dicts(hints: dict, problem: str) -> None:
    # 0.5.3 trusted RoutingHints objects, so an unknown tier silently turned a
    # hard limit off. Ours validates them by the same rules.
    values = dict(hints)
    if isinstance(values.get("attachments"), list):
        values["attachments"] = tuple(values["attachments"])
    with pytest.raises(InvalidHintsError) as caught:
        validate_hints(RoutingHints(**values))
    assert problem in str(caught.value)


def test_routing_hints_with_a_non_sequence_attachments_is_rejected() -> None:
    with pytest.raises(InvalidHintsError, match="attachments must be a tuple of strings"):
        validate_hints(RoutingHints(attachments="image"))  # type: ignore[arg-type]


@pytest.mark.parametrize("hints", [["image"], "force_engine=x", 3, ("max_cost_tier", "low")])
def test_hints_that_are_not_a_dict(hints: object) -> None:
    with pytest.raises(InvalidHintsError, match=r"^invalid routing hints: hints must be a dict \(got "):
        validate_hints(hints)  # type: ignore[arg-type]


def _outcome(hints: object) -> object:
    try:
        return validate_hints(hints)  # type: ignore[arg-type]
    except InvalidHintsError as error:
        return str(error)


def test_dict_fast_path_agrees_with_the_detailed_rules() -> None:
    # Plain dicts take a fast path; other mappings always take the detailed
    # one. Both must give the same hints or the same error for every input.
    from collections import OrderedDict
    from itertools import product
    from types import MappingProxyType

    candidates = {
        "force_engine": [None, "code_agent", "", 3],
        "latency_sensitive": [None, True, False, 1],
        "max_cost_tier": [None, "low", "cheap", 2],
        "max_latency_tier": [None, "manual", "slow"],
        "attachments": [None, [], ["image", "code"], ["video"], ("pdf",), [["image"]]],
        "context_tokens": [None, 0, 4096, -1, True, 2.0],
    }
    keys = list(candidates)
    checked = 0
    for values in product(*candidates.values()):
        plain = dict(zip(keys, values))
        expected = _outcome(MappingProxyType(plain))
        assert _outcome(plain) == expected, plain
        assert _outcome(OrderedDict(plain)) == expected, plain
        checked += 1
    assert checked == 4 * 4 * 4 * 3 * 6 * 6


def test_fast_init_keeps_dataclass_semantics():
    import dataclasses

    from model_router.models import PromptFeatures, RoutingRequirements

    features = PromptFeatures(3, 1, simple_transform=True)
    assert dataclasses.is_dataclass(features)
    assert features.simple_transform and not features.coding_intent
    assert features == PromptFeatures(prompt_length=3, estimated_tokens=1, simple_transform=True)
    assert dataclasses.replace(features, coding_intent=True).coding_intent
    with pytest.raises(dataclasses.FrozenInstanceError):
        features.prompt_length = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        PromptFeatures()  # type: ignore[call-arg]
    assert RoutingRequirements() == RoutingRequirements(False, (), None, None)


def test_instances_built_from_templates_match_init_built_ones():
    # route() and build_features assemble instances from copied field dicts
    # (models.instance_dict_setter); they must be indistinguishable from ones
    # built by __init__: equality, hash, repr, field order, dataclasses
    # helpers, copy and pickle, immutability.
    import copy
    import dataclasses
    import pickle

    from model_router.models import PromptFeatures
    from model_router.scorer import build_features

    bits = 0b101  # simple_transform, research_intent
    built = build_features(bits, 17, 5)
    expected = PromptFeatures(prompt_length=17, estimated_tokens=5, simple_transform=True, research_intent=True)
    assert built == expected and hash(built) == hash(expected) and repr(built) == repr(expected)
    assert build_features(bits, 17, 5) is built  # recurring values share one immutable object
    assert build_features(bits, 18, 5) == dataclasses.replace(expected, prompt_length=18)
    names = [field.name for field in dataclasses.fields(PromptFeatures)]
    assert list(built.to_dict()) == names == list(dataclasses.asdict(built))
    assert dataclasses.astuple(built) == dataclasses.astuple(expected)
    for clone in (copy.copy(built), copy.deepcopy(built), pickle.loads(pickle.dumps(built))):
        assert clone == built and list(clone.to_dict()) == names
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.coding_intent = True  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.__dict__ = {}  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del built.prompt_length  # type: ignore[misc]
    assert not built.coding_intent and built.prompt_length == 17


def test_memoized_route_builds_a_new_decision_with_this_prompts_features(default_router):
    import dataclasses

    first = default_router.route("rewrite this text", include_alternatives=False)
    second = default_router.route("rewrite this text!", include_alternatives=False)  # same key, other length
    assert second.features.prompt_length == len("rewrite this text!")
    assert second is not first and second.features != first.features
    assert second == dataclasses.replace(first, features=second.features)
