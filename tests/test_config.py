"""Loading and validating model_router.yaml: errors, warnings, derived defaults."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from model_router.config import (
    DEFAULT_ROUTING_TARGETS,
    REQUIRED_ENGINE_CATEGORIES,
    REQUIRED_ROUTING_TARGETS,
    EngineConfig,
    RouterConfig,
    RouterConfigError,
    config_report,
    default_config_resource,
    default_config_source,
    default_config_text,
    load_router_config,
    parse_router_config,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
# The C loader/dumper keep the many small round trips of these tests fast.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def base_data() -> dict[str, Any]:
    """A fresh, mutable copy of the packaged default catalog."""
    return yaml.load(default_config_text(), Loader=FAST_LOADER)


def minimal_engine(**overrides: Any) -> dict[str, Any]:
    """An engine entry with only the required fields."""
    engine = {
        "provider": "local",
        "model": "m",
        "adapter": "local_chat",
        "strengths": ["general tasks"],
        "max_context": 8192,
        "cost_tier": "free",
        "latency_tier": "low",
        "enabled": True,
    }
    engine.update(overrides)
    return engine


def write_yaml(tmp_path: Path, data: Any, name: str = "model_router.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.dump(data, Dumper=FAST_DUMPER, sort_keys=False), encoding="utf-8")
    return path


def load_error(path: Path) -> RouterConfigError:
    with pytest.raises(RouterConfigError) as caught:
        load_router_config(path)
    return caught.value


# ---------------------------------------------------------------------------
# The packaged default catalog

# engine: enabled, fallback, tools, modalities, cost/latency tier, ctx, cap/trust/cost/lat, provider/model/adapter
DEFAULT_TABLE = [
    ("intent_router", True, "fast_local", False, (), "free", "low", 8192, (50, 60, 0, 15), ("local", "modelrouter-intent-router", "heuristic_router")),
    ("fast_local", True, "balanced_local", False, (), "free", "low", 8192, (50, 60, 0, 15), ("local", "modelrouter-fast-local", "local_chat")),
    ("balanced_local", True, "reasoning_local", False, (), "free", "medium", 16384, (70, 60, 0, 45), ("local", "modelrouter-balanced-local", "local_chat")),
    ("reasoning_local", True, "human_confirm", False, (), "free", "high", 65536, (85, 60, 0, 75), ("local", "modelrouter-reasoning-local", "local_reasoning")),
    ("code_agent", True, "reasoning_local", True, (), "free", "medium", 65536, (85, 60, 0, 45), ("local", "modelrouter-local-code-agent", "local_code")),
    ("claude_code", False, "code_agent", True, (), "high", "medium", 200000, (90, 85, 80, 45), ("anthropic", "claude-code", "claude_code")),
    ("codex", False, "code_agent", True, (), "high", "medium", 200000, (90, 85, 80, 45), ("openai", "codex", "codex")),
    ("openai_api", False, "balanced_local", True, ("image",), "paid", "medium", 128000, (90, 85, 50, 45), ("openai", "configured-openai-model", "openai_chat")),
    ("anthropic_api", False, "reasoning_local", True, ("image", "pdf"), "paid", "medium", 200000, (90, 85, 50, 45), ("anthropic", "configured-anthropic-model", "anthropic_chat")),
    ("web_research", True, "reasoning_local", True, (), "medium", "high", 32768, (70, 60, 50, 75), ("local", "modelrouter-web-research", "web_research")),
    ("multimodal_vision", True, "reasoning_local", True, ("image", "pdf"), "medium", "medium", 32768, (70, 60, 50, 45), ("local", "modelrouter-vision-local", "local_vision")),
    ("image_generation", True, "human_confirm", True, ("image",), "medium", "high", 4096, (50, 60, 50, 75), ("local", "modelrouter-local-diffusion", "local_image_generation")),
    ("human_confirm", True, None, True, (), "none", "manual", 4096, (50, 100, 0, 100), ("human", "human-confirmation", "confirmation_gate")),
]


@pytest.mark.parametrize("row", DEFAULT_TABLE, ids=[row[0] for row in DEFAULT_TABLE])
def test_default_catalog_matches_the_spec_table(row: tuple) -> None:
    name, enabled, fallback, tools, modalities, cost_tier, latency_tier, ctx, scores, identity = row
    engine = load_router_config().get_engine(name)
    assert isinstance(engine, EngineConfig)
    assert (engine.enabled, engine.fallback, engine.supports_tools, engine.modalities) == (enabled, fallback, tools, modalities)
    assert (engine.cost_tier, engine.latency_tier, engine.max_context) == (cost_tier, latency_tier, ctx)
    assert (engine.capability, engine.trust, engine.cost, engine.latency) == scores
    assert (engine.provider, engine.model, engine.adapter) == identity


def test_default_catalog_shape() -> None:
    config = load_router_config()
    assert list(config.engines) == [row[0] for row in DEFAULT_TABLE]
    assert config.source_path == "resource://hermes.plugins.model_router.data/model_router.yaml"
    assert config.source_path == default_config_source()
    assert config.warnings == ()
    assert config.routing_targets == DEFAULT_ROUTING_TARGETS
    assert config.confirmation_engine == "human_confirm"
    assert config.target_engine("coding") == "code_agent"
    assert config.target_engine("nope") is None
    assert config.get_engine("nope") is None
    assert config.safety.require_human_confirmation is True
    assert config.safety.confirmation_overrides == {
        "allow_destructive_actions": False,
        "allow_send_actions": False,
        "allow_purchase_actions": False,
        "allow_high_impact_external_actions": False,
        "allow_ambiguous_high_impact": False,
    }
    assert config.scoring.saturation_k == 50
    assert config.scoring.weights["complexity"]["long_context"] == 35
    assert config.scoring.weights["risk"]["destructive_action"] == 100
    assert "production" not in config.scoring.weights["risk"]  # own entries only, not merged
    assert config.scoring.weights["confidence"] == {"ambiguous": 25, "short_high_risk": 15, "weak_feature_match": 10, "empty_prompt": 40}
    assert config.engines["claude_code"].availability.required_commands == ("claude",)
    assert config.engines["openai_api"].availability.required_env == ("OPENAI_API_KEY",)
    assert config.engines["human_confirm"].availability.status == "available"
    assert config.engines["human_confirm"].is_confirmation_gate
    assert config.engines["human_confirm"].trust_tier == "critical"
    assert config.engines["claude_code"].capability_tier == "high"


def test_constants() -> None:
    assert REQUIRED_ENGINE_CATEGORIES == (
        "intent_router",
        "fast_local",
        "balanced_local",
        "reasoning_local",
        "code_agent",
        "web_research",
        "multimodal_vision",
        "image_generation",
        "human_confirm",
    )
    assert REQUIRED_ROUTING_TARGETS == tuple(DEFAULT_ROUTING_TARGETS)
    assert len(REQUIRED_ROUTING_TARGETS) == 8


def test_repo_catalog_is_byte_identical_to_packaged_data() -> None:
    repo_copy = (REPO_ROOT / "configs" / "model_router.yaml").read_bytes()
    source_copy = (REPO_ROOT / "python" / "model_router" / "data" / "model_router.yaml").read_bytes()
    assert repo_copy == source_copy
    assert repo_copy == default_config_resource().read_bytes()
    assert default_config_text() == repo_copy.decode("utf-8")


def test_loading_the_repo_copy_gives_the_same_engines() -> None:
    from_file = load_router_config(REPO_ROOT / "configs" / "model_router.yaml")
    packaged = load_router_config()
    assert from_file.to_dict()["engines"] == packaged.to_dict()["engines"]
    assert from_file.source_path == str(REPO_ROOT / "configs" / "model_router.yaml")


def test_local_example_loads_with_a_cycle_warning() -> None:
    path = REPO_ROOT / "configs" / "model_router.local.example.yaml"
    config = load_router_config(path)
    assert config.engines["reasoning_local"].fallback == "balanced_local"
    assert config.engines["balanced_local"].fallback == "reasoning_local"
    assert config.engines["fast_local"].provider == "huggingface_local"
    assert config.engines["fast_local"].model == "Qwen/Qwen3-0.6B"
    assert config.engines["multimodal_vision"].availability.required_paths == (
        "models/multimodal_vision/Qwen--Qwen3-VL-8B-Instruct",
    )
    assert config.warnings == (
        f"{path}: engines.balanced_local.fallback: fallback cycle balanced_local -> reasoning_local -> "
        "balanced_local; a request that goes round it fails closed to human_confirm (fallback cycle detected)",
    )


def test_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    write_yaml(tmp_path, base_data(), "mine.yaml")
    config = load_router_config("~/mine.yaml")
    assert config.source_path == str(tmp_path / "mine.yaml")


def test_yaml_is_imported_lazily() -> None:
    code = "import sys, model_router.config, model_router.availability; print('yaml' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# ---------------------------------------------------------------------------
# Errors: file, key path and the 0.5.3 phrase


def test_missing_file(tmp_path: Path) -> None:
    error = load_error(tmp_path / "absent.yaml")
    assert str(error) == f"model router config missing: {tmp_path / 'absent.yaml'}"
    assert isinstance(error, ValueError)


def test_directory_is_unreadable(tmp_path: Path) -> None:
    error = load_error(tmp_path)
    assert str(error).startswith(f"model router config unreadable: {tmp_path}: ")


def test_non_utf8_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"engines: {caf\xe9: 1}\n")
    assert str(load_error(path)).startswith(f"model router config unreadable: {path}: not UTF-8 text")


def test_bad_path_type() -> None:
    with pytest.raises(RouterConfigError, match="config path must be a string or a path"):
        load_router_config(42)  # type: ignore[arg-type]


def test_invalid_yaml_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("engines:\n  fast_local: [unclosed\n  other: 1\n", encoding="utf-8")
    message = str(load_error(path))
    assert message.startswith(f"model router config invalid YAML: {path}: line ")
    assert "column" in message


def test_invalid_yaml_tab_indentation(tmp_path: Path) -> None:
    path = tmp_path / "tabs.yaml"
    path.write_text("engines:\n\tfast_local: 1\n", encoding="utf-8")
    assert str(load_error(path)).startswith(f"model router config invalid YAML: {path}: line 2, column 1: ")


def test_python_tags_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.yaml"
    path.write_text("engines: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    assert "invalid YAML" in str(load_error(path))


@pytest.mark.parametrize(
    ("content", "problem"),
    [("", "config must be a mapping (got an empty document)"), ("- a\n- b\n", "config must be a mapping (got a list)"), ("42\n", "config must be a mapping (got 42)")],
)
def test_document_must_be_a_mapping(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(content, encoding="utf-8")
    assert str(load_error(path)) == f"model router config invalid: {path}: {problem}"


Mutation = Callable[[dict[str, Any]], None]


def set_engine_field(engine: str, key: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["engines"][engine][key] = value

    return mutate


def delete_engine_fields(engine: str, *keys: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for key in keys:
            del data["engines"][engine][key]

    return mutate


def set_path(*keys: Any, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target = data
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value

    return mutate


def delete_top(key: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        del data[key]

    return mutate


def delete_engines(*names: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for name in names:
            del data["engines"][name]

    return mutate


CONFIG = "model router config invalid"
SCORING = "model router scoring config invalid"
SAFETY = "model router safety config invalid"

# (id, mutation, prefix, key path, problem)
ERROR_CASES = [
    ("no-engines", delete_top("engines"), CONFIG, "engines", "config requires an engines mapping (got None)"),
    ("engines-list", set_path("engines", value=["fast_local"]), CONFIG, "engines", "config requires an engines mapping (got a list)"),
    ("missing-required", delete_engines("web_research", "human_confirm"), CONFIG, "engines", "missing required engines: web_research, human_confirm"),
    ("engine-name-int", set_path("engines", 7, value=minimal_engine()), CONFIG, "engines", "engine names must be non-empty strings (got 7)"),
    ("engine-name-blank", set_path("engines", " ", value=minimal_engine()), CONFIG, "engines", "engine names must be non-empty strings (got ' ')"),
    ("engine-not-mapping", set_path("engines", "extra", value="fast"), CONFIG, "engines.extra", "engine 'extra' must be a mapping (got 'fast')"),
    ("missing-fields", delete_engine_fields("fast_local", "model", "enabled"), CONFIG, "engines.fast_local", "engine 'fast_local' missing fields: model, enabled"),
    ("provider-int", set_engine_field("fast_local", "provider", 3), CONFIG, "engines.fast_local.provider", "field 'provider' must be a string (got 3)"),
    ("model-blank", set_engine_field("fast_local", "model", "  "), CONFIG, "engines.fast_local.model", "field 'model' must be a string, not blank (got '  ')"),
    ("adapter-null", set_engine_field("fast_local", "adapter", None), CONFIG, "engines.fast_local.adapter", "field 'adapter' must be a string (got None)"),
    ("cost-tier-blank", set_engine_field("fast_local", "cost_tier", ""), CONFIG, "engines.fast_local.cost_tier", "field 'cost_tier' must be a string, not blank (got '')"),
    ("latency-tier-int", set_engine_field("fast_local", "latency_tier", 1), CONFIG, "engines.fast_local.latency_tier", "field 'latency_tier' must be a string (got 1)"),
    ("strengths-str", set_engine_field("fast_local", "strengths", "rewrite"), CONFIG, "engines.fast_local.strengths", "strengths must be a list of strings (got 'rewrite')"),
    ("strengths-int-item", set_engine_field("fast_local", "strengths", ["rewrite", 3]), CONFIG, "engines.fast_local.strengths", "strengths must be a list of strings (got a list containing 3)"),
    ("max-context-str", set_engine_field("fast_local", "max_context", "big"), CONFIG, "engines.fast_local.max_context", "field 'max_context' must be a positive int (got 'big')"),
    ("max-context-zero", set_engine_field("fast_local", "max_context", 0), CONFIG, "engines.fast_local.max_context", "field 'max_context' must be a positive int (got 0)"),
    ("max-context-bool", set_engine_field("fast_local", "max_context", True), CONFIG, "engines.fast_local.max_context", "field 'max_context' must be a positive int (got True)"),
    ("enabled-str", set_engine_field("fast_local", "enabled", "yes"), CONFIG, "engines.fast_local.enabled", "field 'enabled' must be a bool (got 'yes')"),
    ("supports-tools-int", set_engine_field("fast_local", "supports_tools", 1), CONFIG, "engines.fast_local.supports_tools", "field 'supports_tools' must be a bool (got 1)"),
    ("modalities-str", set_engine_field("fast_local", "modalities", "image"), CONFIG, "engines.fast_local.modalities", "modalities must be a list of strings (got 'image')"),
    ("capability-tier-int", set_engine_field("fast_local", "capability_tier", 5), CONFIG, "engines.fast_local.capability_tier", "field 'capability_tier' must be a string (got 5)"),
    ("trust-tier-blank", set_engine_field("fast_local", "trust_tier", ""), CONFIG, "engines.fast_local.trust_tier", "field 'trust_tier' must be a string, not blank (got '')"),
    ("capability-high", set_engine_field("fast_local", "capability", 150), CONFIG, "engines.fast_local.capability", "field 'capability' must be an int from 0 to 100 (got 150)"),
    ("trust-bool", set_engine_field("fast_local", "trust", True), CONFIG, "engines.fast_local.trust", "field 'trust' must be an int from 0 to 100 (got True)"),
    ("cost-negative", set_engine_field("fast_local", "cost", -1), CONFIG, "engines.fast_local.cost", "field 'cost' must be an int from 0 to 100 (got -1)"),
    ("latency-float", set_engine_field("fast_local", "latency", 4.5), CONFIG, "engines.fast_local.latency", "field 'latency' must be an int from 0 to 100 (got 4.5)"),
    ("fallback-int", set_engine_field("fast_local", "fallback", 3), CONFIG, "engines.fast_local.fallback", "fallback must be a string or null (got 3)"),
    ("fallback-undefined", set_engine_field("fast_local", "fallback", "balanced_locl"), CONFIG, "engines.fast_local.fallback", "engine 'fast_local' fallback 'balanced_locl' is not defined (did you mean 'balanced_local'?)"),
    ("availability-list", set_engine_field("fast_local", "availability", ["auto"]), CONFIG, "engines.fast_local.availability", "availability must be a mapping (got a list)"),
    ("availability-status", set_engine_field("fast_local", "availability", {"status": "maybe"}), CONFIG, "engines.fast_local.availability.status", "availability status must be one of auto, available, unavailable (got 'maybe')"),
    ("required-env-str", set_engine_field("fast_local", "availability", {"required_env": "KEY"}), CONFIG, "engines.fast_local.availability.required_env", "availability 'required_env' must be a list of strings (got 'KEY')"),
    ("required-commands-int", set_engine_field("fast_local", "availability", {"required_commands": [1]}), CONFIG, "engines.fast_local.availability.required_commands", "availability 'required_commands' must be a list of strings (got a list containing 1)"),
    ("required-paths-map", set_engine_field("fast_local", "availability", {"required_paths": {"a": 1}}), CONFIG, "engines.fast_local.availability.required_paths", "availability 'required_paths' must be a list of strings (got a mapping)"),
    ("targets-list", set_path("routing_targets", value=["simple"]), CONFIG, "routing_targets", "routing_targets must be a mapping (got a list)"),
    ("target-undefined", set_path("routing_targets", "coding", value="claude"), CONFIG, "routing_targets.coding", "routing targets reference undefined engines: coding -> claude"),
    ("target-blank", set_path("routing_targets", "coding", value=" "), CONFIG, "routing_targets.coding", "routing target names and engines must be non-blank strings (got 'coding': ' ')"),
    ("target-engine-int", set_path("routing_targets", "simple", value=5), CONFIG, "routing_targets.simple", "routing target names and engines must be non-blank strings (got 'simple': 5)"),
    ("scoring-list", set_path("scoring", value=[1]), SCORING, "scoring", "scoring must be a mapping (got a list)"),
    ("saturation-zero", set_path("scoring", "saturation_k", value=0), SCORING, "scoring.saturation_k", "saturation_k must be a positive int (got 0)"),
    ("saturation-bool", set_path("scoring", "saturation_k", value=True), SCORING, "scoring.saturation_k", "saturation_k must be a positive int (got True)"),
    ("weights-list", set_path("scoring", "weights", value=[1]), SCORING, "scoring.weights", "weights must be a mapping of dimension to feature weights (got a list)"),
    ("dimension-unknown", set_path("scoring", "weights", "speed", value={"a": 1}), SCORING, "scoring.weights.speed", "unknown scoring dimension 'speed' (expected one of complexity, risk, confidence)"),
    ("dimension-not-mapping", set_path("scoring", "weights", "risk", value=5), SCORING, "scoring.weights.risk", "weights for 'risk' must be a mapping of feature name to weight (got 5)"),
    ("weight-too-high", set_path("scoring", "weights", "risk", "send_action", value=101), SCORING, "scoring.weights.risk.send_action", "weight must be an int from 0 to 100 (got 101)"),
    ("weight-bool", set_path("scoring", "weights", "complexity", "coding_intent", value=True), SCORING, "scoring.weights.complexity.coding_intent", "weight must be an int from 0 to 100 (got True)"),
    ("weight-name-int", set_path("scoring", "weights", "risk", 5, value=10), SCORING, "scoring.weights.risk", "feature names must be non-blank strings (got 5)"),
    ("safety-list", set_path("safety", value=[]), SAFETY, "safety", "safety must be a mapping (got a list)"),
    ("safety-unknown", set_path("safety", "require_confirmation", value=True), SAFETY, "safety.require_confirmation", "unknown key 'require_confirmation' (did you mean 'require_human_confirmation'?) (allowed: require_human_confirmation, confirmation_overrides)"),
    ("safety-require-str", set_path("safety", "require_human_confirmation", value="no"), SAFETY, "safety.require_human_confirmation", "require_human_confirmation must be a bool (got 'no')"),
    ("overrides-list", set_path("safety", "confirmation_overrides", value=[]), SAFETY, "safety.confirmation_overrides", "confirmation_overrides must be a mapping (got a list)"),
    ("override-unknown", set_path("safety", "confirmation_overrides", "allow_everything", value=True), SAFETY, "safety.confirmation_overrides.allow_everything", "unknown confirmation override 'allow_everything'"),
    ("override-str", set_path("safety", "confirmation_overrides", "allow_send_actions", value="true"), SAFETY, "safety.confirmation_overrides.allow_send_actions", "allow_send_actions must be a bool (got 'true')"),
]


@pytest.mark.parametrize(("mutate", "prefix", "key_path", "problem"), [case[1:] for case in ERROR_CASES], ids=[case[0] for case in ERROR_CASES])
def test_error_names_file_key_and_problem(tmp_path: Path, mutate: Mutation, prefix: str, key_path: str, problem: str) -> None:
    data = base_data()
    mutate(data)
    path = write_yaml(tmp_path, data)
    error = load_error(path)
    expected_start = f"{prefix}: {path}: {key_path}: {problem}"
    assert str(error).startswith(expected_start), str(error)
    assert error.errors[0].startswith(expected_start)
    if "missing required engines" not in problem:  # removing engines also breaks fallbacks/targets
        assert error.errors == [str(error)], error.errors  # one mutation, one error


def test_parse_errors_name_the_given_source() -> None:
    data = base_data()
    data["engines"]["fast_local"]["max_context"] = "big"
    with pytest.raises(RouterConfigError) as caught:
        parse_router_config(data, "team.yaml")
    assert str(caught.value) == (
        "model router config invalid: team.yaml: engines.fast_local.max_context: "
        "field 'max_context' must be a positive int (got 'big')"
    )


def test_every_error_is_collected(tmp_path: Path) -> None:
    data = base_data()
    data["engines"]["fast_local"]["max_context"] = "big"
    data["engines"]["code_agent"]["enabled"] = "yes"
    data["safety"]["confirmation_overrides"]["allow_send_actions"] = 1
    path = write_yaml(tmp_path, data)
    error = load_error(path)
    assert len(error.errors) == 3
    assert str(error).endswith("(and 2 more problem(s))")
    assert str(error).startswith(error.errors[0])
    assert [message.split(": ")[2] for message in error.errors] == [
        "engines.fast_local.max_context",
        "engines.code_agent.enabled",
        "safety.confirmation_overrides.allow_send_actions",
    ]
    _, errors, _ = config_report(path)
    assert errors == error.errors


# ---------------------------------------------------------------------------
# The confirmation target must be a confirmation gate (new, strict)


def test_confirmation_mapped_to_a_model_is_an_error(tmp_path: Path) -> None:
    data = base_data()
    data["routing_targets"]["confirmation"] = "fast_local"
    path = write_yaml(tmp_path, data)
    message = str(load_error(path))
    assert message.startswith(f"model router config invalid: {path}: routing_targets.confirmation: confirmation target must be a confirmation gate")
    assert "'fast_local' is a model (provider 'local', adapter 'local_chat')" in message


def test_human_confirm_redefined_as_a_model_is_an_error(tmp_path: Path) -> None:
    data = base_data()
    data["engines"]["human_confirm"].update(provider="openai", adapter="openai_chat")
    path = write_yaml(tmp_path, data)
    assert "routing_targets.confirmation: confirmation target must be a confirmation gate" in str(load_error(path))


@pytest.mark.parametrize(("provider", "adapter"), [("human", "slack_approval"), ("ops", "pager_confirmation")])
def test_confirmation_may_point_at_another_gate(tmp_path: Path, provider: str, adapter: str) -> None:
    data = base_data()
    data["engines"]["ops_gate"] = minimal_engine(provider=provider, adapter=adapter, latency_tier="manual", cost_tier="none")
    data["routing_targets"] = {"confirmation": "ops_gate"}
    config = load_router_config(write_yaml(tmp_path, data))
    assert config.confirmation_engine == "ops_gate"
    assert config.engines["ops_gate"].trust_tier == "critical"
    assert config.engines["ops_gate"].trust == 100
    assert config.warnings == ()


# ---------------------------------------------------------------------------
# Warnings: accepted by 0.5.3, reported now


def load_with_warnings(tmp_path: Path, data: dict[str, Any]) -> tuple[RouterConfig, Path]:
    path = write_yaml(tmp_path, data)
    return load_router_config(path), path


WARNING_CASES = [
    ("top-level", set_path("routing_target", value={}), "routing_target", "unknown top-level key 'routing_target' is ignored (did you mean 'routing_targets'?)"),
    ("engine-key", set_engine_field("fast_local", "max_ctx", 5), "engines.fast_local.max_ctx", "unknown engine key 'max_ctx' is ignored"),
    ("engine-key-typo", set_engine_field("fast_local", "suports_tools", True), "engines.fast_local.suports_tools", "unknown engine key 'suports_tools' is ignored (did you mean 'supports_tools'?)"),
    ("availability-key", set_engine_field("fast_local", "availability", {"status": "auto", "required_envs": ["X"]}), "engines.fast_local.availability.required_envs", "unknown availability key 'required_envs' is ignored (did you mean 'required_env'?)"),
    ("cost-tier", set_engine_field("fast_local", "cost_tier", "cheap"), "engines.fast_local.cost_tier", "unknown cost tier 'cheap' (known: none, free, low, medium, paid, high); it ranks last, so any maximum tier hint rejects this engine"),
    ("latency-tier", set_engine_field("fast_local", "latency_tier", "fast"), "engines.fast_local.latency_tier", "unknown latency tier 'fast' (known: low, medium, high, manual)"),
    ("capability-tier", set_engine_field("fast_local", "capability_tier", "genius"), "engines.fast_local.capability_tier", "unknown capability tier 'genius' (known: standard, medium, high, critical)"),
    ("trust-tier", set_engine_field("fast_local", "trust_tier", "hihg"), "engines.fast_local.trust_tier", "unknown trust tier 'hihg' (known: standard, medium, high, critical) (did you mean 'high'?)"),
    ("modality", set_engine_field("fast_local", "modalities", ["video"]), "engines.fast_local.modalities", "unknown modality 'video': no attachment hint requires it (known: image, pdf, audio)"),
    ("scoring-key", set_path("scoring", "saturation", value=40), "scoring.saturation", "unknown scoring key 'saturation' is ignored (did you mean 'saturation_k'?)"),
    ("scoring-feature", set_path("scoring", "weights", "risk", "send_actions", value=10), "scoring.weights.risk.send_actions", "unknown risk feature 'send_actions' has no effect (did you mean 'send_action'?)"),
    ("routing-target", set_path("routing_targets", "translation", value="fast_local"), "routing_targets.translation", "unknown routing target 'translation' is ignored"),
    ("cycle", set_engine_field("reasoning_local", "fallback", "balanced_local"), "engines.balanced_local.fallback", "fallback cycle balanced_local -> reasoning_local -> balanced_local"),
    ("self-cycle", set_engine_field("code_agent", "fallback", "code_agent"), "engines.code_agent.fallback", "fallback cycle code_agent -> code_agent"),
]


@pytest.mark.parametrize(("mutate", "key_path", "problem"), [case[1:] for case in WARNING_CASES], ids=[case[0] for case in WARNING_CASES])
def test_warning_names_file_key_and_reason(tmp_path: Path, mutate: Mutation, key_path: str, problem: str) -> None:
    data = base_data()
    mutate(data)
    config, path = load_with_warnings(tmp_path, data)
    assert len(config.warnings) == 1, config.warnings
    assert config.warnings[0].startswith(f"{path}: {key_path}: {problem}"), config.warnings[0]
    report_config, errors, warnings = config_report(path)
    assert report_config is not None and errors == [] and warnings == list(config.warnings)


def test_unknown_tiers_still_get_scores(tmp_path: Path) -> None:
    data = base_data()
    data["engines"]["fast_local"].update(cost_tier="cheap", latency_tier="fast", trust_tier="odd", capability_tier="odd")
    config, _ = load_with_warnings(tmp_path, data)
    engine = config.engines["fast_local"]
    assert (engine.capability, engine.trust, engine.cost, engine.latency) == (50, 60, 50, 50)
    assert len(config.warnings) == 4


def test_duplicate_keys_warn_with_lines(tmp_path: Path) -> None:
    text = default_config_text().replace(
        "    cost_tier: free\n    latency_tier: low\n", "    cost_tier: free\n    cost_tier: low\n    latency_tier: low\n", 1
    )
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    config = load_router_config(path)
    assert len(config.warnings) == 1
    warning = config.warnings[0]
    assert warning.startswith(f"{path}: engines.intent_router.cost_tier: duplicate key (lines ")
    first_line = text.splitlines().index("    cost_tier: free") + 1
    assert f"lines {first_line} and {first_line + 1}); the value at line {first_line + 1} wins" in warning
    assert config.engines["intent_router"].cost_tier == "low"


def test_cycle_is_reported_once_per_cycle(tmp_path: Path) -> None:
    data = base_data()
    data["engines"]["reasoning_local"]["fallback"] = "balanced_local"
    data["engines"]["web_research"]["fallback"] = "web_research"
    config, _ = load_with_warnings(tmp_path, data)
    cycles = [warning for warning in config.warnings if "fallback cycle" in warning]
    assert len(cycles) == 2


def test_disabled_engine_may_be_a_target(tmp_path: Path) -> None:
    data = base_data()
    data["routing_targets"] = {"coding": "claude_code"}
    config, _ = load_with_warnings(tmp_path, data)
    assert config.routing_targets == {**DEFAULT_ROUTING_TARGETS, "coding": "claude_code"}
    assert config.warnings == ()


# ---------------------------------------------------------------------------
# Derived defaults and optional fields


def engines_with(**extra: dict[str, Any]) -> dict[str, Any]:
    data = base_data()
    data["engines"].update(extra)
    return data


def test_minimal_engine_gets_derived_defaults() -> None:
    config = parse_router_config(engines_with(plain=minimal_engine()), "x.yaml")
    engine = config.engines["plain"]
    assert engine.fallback is None
    assert engine.availability.status == "auto"
    assert engine.availability.required_env == ()
    assert engine.supports_tools is False
    assert engine.modalities == ()
    assert (engine.capability_tier, engine.trust_tier) == ("standard", "standard")
    assert (engine.capability, engine.trust, engine.cost, engine.latency) == (50, 60, 0, 15)


def test_image_generation_named_engine_supports_tools() -> None:
    # 0.5.3 looked for "image generation" with a space and missed the name
    # "image_generation" (its strengths happened to save the default catalog).
    entry = minimal_engine(adapter="diffuser", model="sd", strengths=["pictures"])
    data = base_data()
    data["engines"]["image_generation"] = entry
    data["engines"]["image-generation-2"] = entry
    config = parse_router_config(data)
    assert config.engines["image_generation"].supports_tools is True
    assert config.engines["image-generation-2"].supports_tools is True
    assert config.engines["image_generation"].modalities == ("image",)


@pytest.mark.parametrize(
    ("overrides", "tools", "modalities"),
    [
        ({"strengths": ["OCR of receipts"]}, True, ("image",)),
        ({"model": "llava-vision"}, True, ("image",)),
        ({"strengths": ["PDF reading", "audio transcripts"]}, False, ("pdf", "audio")),
        ({"strengths": ["chart reading"]}, False, ("image",)),
        ({"adapter": "web_fetch"}, True, ()),
        ({"provider": "claude-hosted"}, True, ()),  # provider counts for tools, not for modalities
        ({"provider": "vision-corp"}, True, ()),
        ({"strengths": ["local RAG"]}, True, ()),
        ({"strengths": ["drafting"]}, False, ()),
    ],
)
def test_derived_tools_and_modalities(overrides: dict[str, Any], tools: bool, modalities: tuple[str, ...]) -> None:
    engine = parse_router_config(engines_with(probe=minimal_engine(**overrides))).engines["probe"]
    assert (engine.supports_tools, engine.modalities) == (tools, modalities)


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"max_context": 16383}, ("standard", 50)),
        ({"max_context": 16384}, ("medium", 70)),
        ({"max_context": 65536}, ("high", 85)),
        ({"max_context": 128000}, ("high", 90)),
        ({"max_context": 8192, "capability_tier": "critical"}, ("critical", 95)),
        ({"max_context": 200000, "capability_tier": "standard"}, ("standard", 90)),  # raised by context
        ({"max_context": 65536, "capability_tier": "standard"}, ("standard", 80)),
        ({"max_context": 16384, "capability_tier": "standard"}, ("standard", 65)),
        ({"max_context": 200000, "capability": 12}, ("high", 12)),  # explicit score wins
    ],
)
def test_derived_capability(overrides: dict[str, Any], expected: tuple[str, int]) -> None:
    engine = parse_router_config(engines_with(probe=minimal_engine(**overrides))).engines["probe"]
    assert (engine.capability_tier, engine.capability) == expected


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"provider": "openai"}, ("high", 85)),
        ({"provider": "anthropic"}, ("high", 85)),
        ({"provider": "human"}, ("critical", 100)),
        ({"adapter": "slack_confirmation"}, ("critical", 100)),
        ({"provider": "local"}, ("standard", 60)),
        ({"trust_tier": "medium"}, ("medium", 75)),
        ({"provider": "openai", "trust": 40}, ("high", 40)),
    ],
)
def test_derived_trust(overrides: dict[str, Any], expected: tuple[str, int]) -> None:
    engine = parse_router_config(engines_with(probe=minimal_engine(**overrides))).engines["probe"]
    assert (engine.trust_tier, engine.trust) == expected


@pytest.mark.parametrize(
    ("tier", "cost"), [("none", 0), ("free", 0), ("low", 20), ("medium", 50), ("paid", 50), ("high", 80)]
)
def test_derived_cost(tier: str, cost: int) -> None:
    engine = parse_router_config(engines_with(probe=minimal_engine(cost_tier=tier))).engines["probe"]
    assert engine.cost == cost


@pytest.mark.parametrize(("tier", "latency"), [("low", 15), ("medium", 45), ("high", 75), ("manual", 100)])
def test_derived_latency(tier: str, latency: int) -> None:
    engine = parse_router_config(engines_with(probe=minimal_engine(latency_tier=tier))).engines["probe"]
    assert engine.latency == latency


def test_explicit_values_are_kept_and_blank_items_dropped() -> None:
    entry = minimal_engine(
        strengths=["vision", ""],
        modalities=[],
        supports_tools=False,
        availability={"status": "available", "required_env": ["", "KEY"], "required_commands": [" "], "required_paths": ["p"]},
        fallback="fast_local",
        cost=1,
        latency=2,
    )
    engine = parse_router_config(engines_with(probe=entry)).engines["probe"]
    assert engine.modalities == ()  # an explicit [] is not re-derived
    assert engine.supports_tools is False
    assert engine.strengths == ("vision", "")
    assert engine.availability.status == "available"
    assert engine.availability.required_env == ("KEY",)
    assert engine.availability.required_commands == ()
    assert engine.availability.required_paths == ("p",)
    assert (engine.fallback, engine.cost, engine.latency) == ("fast_local", 1, 2)
    explicit = parse_router_config(engines_with(probe=minimal_engine(modalities=["pdf", " ", "image"]))).engines["probe"]
    assert explicit.modalities == ("pdf", "image")


def test_null_optional_fields_count_as_absent() -> None:
    entry = minimal_engine(
        fallback=None, availability=None, supports_tools=None, modalities=None, capability_tier=None, trust=None
    )
    engine = parse_router_config(engines_with(probe=entry)).engines["probe"]
    assert engine.availability.status == "auto"
    assert (engine.supports_tools, engine.modalities, engine.capability_tier, engine.trust) == (False, (), "standard", 60)
    data = base_data()
    data.update(routing_targets=None, scoring=None, safety=None)
    config = parse_router_config(data)
    assert config.routing_targets == DEFAULT_ROUTING_TARGETS
    assert config.scoring.saturation_k == 50 and config.scoring.weights == {}
    assert config.safety.require_human_confirmation is True


def test_engine_to_dict_order() -> None:
    data = load_router_config().engines["openai_api"].to_dict()
    assert list(data) == [
        "name",
        "provider",
        "model",
        "adapter",
        "strengths",
        "max_context",
        "cost_tier",
        "latency_tier",
        "enabled",
        "fallback",
        "availability",
        "supports_tools",
        "modalities",
        "capability_tier",
        "trust_tier",
        "capability",
        "trust",
        "cost",
        "latency",
    ]
    assert data["availability"] == {
        "status": "auto",
        "required_env": ["OPENAI_API_KEY"],
        "required_commands": [],
        "required_paths": [],
    }
    assert data["modalities"] == ["image"]
    assert data["strengths"] == ["API-backed chat", "summarization", "reasoning"]


# ---------------------------------------------------------------------------
# Routing targets, scoring and safety sections


def test_partial_routing_targets_merge_over_defaults(tmp_path: Path) -> None:
    data = base_data()
    data["routing_targets"] = {"coding": "codex", "simple": "balanced_local"}
    config, _ = load_with_warnings(tmp_path, data)
    assert config.routing_targets == {**DEFAULT_ROUTING_TARGETS, "coding": "codex", "simple": "balanced_local"}


def test_scoring_section_keeps_only_its_own_entries() -> None:
    data = base_data()
    data["scoring"] = {"weights": {"risk": {"pii": 0}}}
    scoring = parse_router_config(data).scoring
    assert scoring.saturation_k == 50
    assert scoring.weights == {"risk": {"pii": 0}}
    assert scoring.to_dict() == {"saturation_k": 50, "weights": {"risk": {"pii": 0}}}


def test_safety_section_partial_overrides() -> None:
    data = base_data()
    data["safety"] = {"confirmation_overrides": {"allow_send_actions": True}}
    safety = parse_router_config(data).safety
    assert safety.require_human_confirmation is True
    assert safety.confirmation_overrides == {
        "allow_destructive_actions": False,
        "allow_send_actions": True,
        "allow_purchase_actions": False,
        "allow_high_impact_external_actions": False,
        "allow_ambiguous_high_impact": False,
    }
    data["safety"] = {"require_human_confirmation": False}
    assert parse_router_config(data).safety.require_human_confirmation is False


def test_extra_engines_are_allowed() -> None:
    config = parse_router_config(engines_with(my_local=minimal_engine(fallback="balanced_local")))
    assert config.get_engine("my_local") is not None
    assert config.warnings == ()


def test_router_config_to_dict() -> None:
    data = load_router_config().to_dict()
    assert list(data) == ["engines", "routing_targets", "source_path", "scoring", "safety", "warnings"]
    assert data["engines"]["human_confirm"]["trust"] == 100
    assert data["warnings"] == []


def test_config_report_success_and_failure(tmp_path: Path) -> None:
    config, errors, warnings = config_report(None)
    assert config is load_router_config()
    assert errors == [] and warnings == []
    config, errors, warnings = config_report(tmp_path / "absent.yaml")
    assert config is None
    assert errors == [f"model router config missing: {tmp_path / 'absent.yaml'}"]
    assert warnings == []
    data = base_data()
    data["surprise"] = 1
    data["engines"]["fast_local"]["enabled"] = "maybe"
    config, errors, warnings = config_report(write_yaml(tmp_path, data))
    assert config is None
    assert len(errors) == 1 and "engines.fast_local.enabled" in errors[0]
    assert len(warnings) == 1 and "unknown top-level key 'surprise'" in warnings[0]


# ---------------------------------------------------------------------------
# The packaged catalog's pre-parsed JSON twin (model_router/_catalog_twin.py)


def test_packaged_json_twin_is_exactly_the_parsed_yaml() -> None:
    # Regenerate with `python -m model_router._catalog_twin` after editing the YAML.
    from model_router._catalog_twin import TWIN_NAME, YAML_NAME, make_twin, read_packaged, twin_data
    from model_router.config import _load_yaml, default_config_source

    yaml_bytes = read_packaged(YAML_NAME)
    data, warnings = _load_yaml(yaml_bytes.decode("utf-8"), default_config_source())
    twin_bytes = read_packaged(TWIN_NAME)
    assert twin_bytes.decode("utf-8") == make_twin(yaml_bytes, data, warnings), (
        "data/model_router.json is stale: run python -m model_router._catalog_twin"
    )
    from_twin = twin_data(yaml_bytes, twin_bytes)
    assert from_twin is not None
    # repr compares types (1 vs "1" vs 1.0 vs True) and key order, not just ==.
    assert repr(from_twin) == repr((data, warnings))


def test_a_twin_made_from_other_yaml_is_ignored() -> None:
    from model_router._catalog_twin import TWIN_NAME, YAML_NAME, read_packaged, twin_data

    yaml_bytes = read_packaged(YAML_NAME)
    twin_bytes = read_packaged(TWIN_NAME)
    edited = yaml_bytes.replace(b"fast_local", b"fast_locaL", 1)
    assert len(edited) == len(yaml_bytes) and twin_data(edited, twin_bytes) is None
    assert twin_data(yaml_bytes + b"\n", twin_bytes) is None
    assert twin_data(yaml_bytes, b"{not json") is None
    assert twin_data(yaml_bytes, b'{"data": {}}') is None


def test_packaged_default_loads_without_yaml() -> None:
    code = (
        "import sys\n"
        "from model_router.config import load_router_config\n"
        "from model_router.router import ModelRouter\n"
        "config = load_router_config()\n"
        "assert 'yaml' not in sys.modules, 'the packaged default imported yaml'\n"
        "print(ModelRouter(config, validate_availability=False).route_fast('fix the repo and run tests'))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "code_agent"
    from model_router.config import _ConfigParser, _load_yaml, default_config_text

    data, warnings = _load_yaml(default_config_text(), default_config_source())
    assert load_router_config() == _ConfigParser(default_config_source(), warnings).parse(data)
