"""Loading and validating the engine catalog (``model_router.yaml``).

The loader turns YAML into immutable ``RouterConfig`` objects once, at router
construction; routing never reads YAML again.

Two kinds of findings:

* **Errors** make the config unusable and raise ``RouterConfigError`` (a
  ``ValueError``). Every message names the file and the key path, and keeps
  the 0.5.3 wording after them so existing matchers still find it, e.g.
  ``model router config invalid: /x.yaml: engines.fast_local.max_context:
  field 'max_context' must be a positive int (got 'big')``.
* **Warnings** are problems 0.5.3 accepted silently (unknown keys, unknown
  tier names, unknown scoring features, unknown routing targets, fallback
  cycles, duplicate YAML keys). The config still loads; they are kept in
  ``RouterConfig.warnings`` and shown by ``model-router validate-config``.

One check is new and strict: ``routing_targets.confirmation`` must point at a
confirmation gate, because mapping it to a model silently turns every
"ask a human first" into "just do it".
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping

from model_router._record import field, record
from model_router.models import (
    COST_TIER_ORDER,
    LATENCY_TIER_ORDER,
    SCORING_DIMENSIONS,
    SCORING_FEATURE_NAMES,
    VALID_COST_TIERS,
    VALID_LATENCY_TIERS,
    VALID_MODALITIES,
)

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from typing import Any

__all__ = [
    "AVAILABILITY_STATUSES",
    "CONFIRMATION_OVERRIDE_FLAGS",
    "DEFAULT_ROUTING_TARGETS",
    "REQUIRED_ENGINE_CATEGORIES",
    "REQUIRED_ROUTING_TARGETS",
    "EngineAvailabilityConfig",
    "EngineConfig",
    "RouterConfig",
    "RouterConfigError",
    "SafetyConfig",
    "ScoringConfig",
    "config_report",
    "default_config_resource",
    "default_config_source",
    "default_config_text",
    "is_confirmation_gate",
    "load_router_config",
    "parse_router_config",
]

REQUIRED_ENGINE_CATEGORIES: tuple[str, ...] = (
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

REQUIRED_ROUTING_TARGETS: tuple[str, ...] = (
    "simple",
    "balanced",
    "reasoning",
    "coding",
    "research",
    "vision",
    "image_generation",
    "confirmation",
)

DEFAULT_ROUTING_TARGETS: dict[str, str] = {
    "simple": "fast_local",
    "balanced": "balanced_local",
    "reasoning": "reasoning_local",
    "coding": "code_agent",
    "research": "web_research",
    "vision": "multimodal_vision",
    "image_generation": "image_generation",
    "confirmation": "human_confirm",
}

AVAILABILITY_STATUSES: tuple[str, ...] = ("auto", "available", "unavailable")

CONFIRMATION_OVERRIDE_FLAGS: tuple[str, ...] = (
    "allow_destructive_actions",
    "allow_send_actions",
    "allow_purchase_actions",
    "allow_high_impact_external_actions",
    "allow_ambiguous_high_impact",
)

_DEFAULT_CONFIG_PACKAGE = "model_router"
_DEFAULT_CONFIG_RELATIVE = ("data", "model_router.yaml")
# The 0.5.3 name of the packaged catalog; callers compare against it.
_DEFAULT_CONFIG_SOURCE = "resource://hermes.plugins.model_router.data/model_router.yaml"

_TOP_LEVEL_KEYS = ("engines", "routing_targets", "scoring", "safety")
_REQUIRED_ENGINE_FIELDS = (
    "provider",
    "model",
    "adapter",
    "strengths",
    "max_context",
    "cost_tier",
    "latency_tier",
    "enabled",
)
_OPTIONAL_ENGINE_FIELDS = (
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
)
_AVAILABILITY_KEYS = ("status", "required_env", "required_commands", "required_paths")
_SCORING_KEYS = ("saturation_k", "weights")
_SAFETY_KEYS = ("require_human_confirmation", "confirmation_overrides")

# Derived scores (behaviour spec 3). Unknown tier names fall back to the
# "unknown" value; the loader warns about them.
_CAPABILITY_BY_TIER = {"standard": 50, "medium": 70, "high": 85, "critical": 95}
_CAPABILITY_FLOORS = ((128000, 90), (65536, 80), (16384, 65))
_TRUST_BY_TIER = {"standard": 60, "medium": 75, "high": 85, "critical": 100}
_COST_BY_TIER = {"none": 0, "free": 0, "low": 20, "medium": 50, "paid": 50, "high": 80}
_LATENCY_BY_TIER = {"low": 15, "medium": 45, "high": 75, "manual": 100}
_UNKNOWN_CAPABILITY, _UNKNOWN_TRUST, _UNKNOWN_COST, _UNKNOWN_LATENCY = 50, 60, 50, 50

_TOOL_MARKERS = (
    "code",
    "codex",
    "claude",
    "tool",
    "web",
    "research",
    "rag",
    "vision",
    "ocr",
    "image generation",
    "diffusion",
    "confirm",
)
_IMAGE_MARKERS = ("vision", "ocr", "screenshot", "chart", "image")


class RouterConfigError(ValueError):
    """The router config is missing, unreadable or invalid.

    ``str(error)`` is the first problem (plus a count when there are more);
    ``errors`` lists every problem found and ``warnings`` the warnings
    collected before the load failed.
    """

    def __init__(self, message: str, *, errors: list[str] | None = None, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.errors: list[str] = list(errors) if errors else [message]
        self.warnings: list[str] = list(warnings) if warnings else []


# ---------------------------------------------------------------------------
# Config objects


@record
class EngineAvailabilityConfig:
    """Declared availability of an engine: a status plus required env/commands/paths."""

    status: str = "auto"
    required_env: tuple[str, ...] = ()
    required_commands: tuple[str, ...] = ()
    required_paths: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data, in field order."""
        return {
            "status": self.status,
            "required_env": list(self.required_env),
            "required_commands": list(self.required_commands),
            "required_paths": list(self.required_paths),
        }


@record
class EngineConfig:
    """One engine of the catalog, with every optional field resolved."""

    name: str
    provider: str
    model: str
    adapter: str
    strengths: tuple[str, ...]
    max_context: int
    cost_tier: str
    latency_tier: str
    enabled: bool
    fallback: str | None
    availability: EngineAvailabilityConfig
    supports_tools: bool
    modalities: tuple[str, ...]
    capability_tier: str
    trust_tier: str
    capability: int
    trust: int
    cost: int
    latency: int

    @property
    def is_confirmation_gate(self) -> bool:
        """True for a human confirmation gate (provider ``human`` or a confirmation adapter)."""
        return is_confirmation_gate(self.provider, self.adapter)

    def to_dict(self) -> dict[str, Any]:
        """Plain data, in field order (tuples become lists)."""
        return {
            "name": self.name,
            "provider": self.provider,
            "model": self.model,
            "adapter": self.adapter,
            "strengths": list(self.strengths),
            "max_context": self.max_context,
            "cost_tier": self.cost_tier,
            "latency_tier": self.latency_tier,
            "enabled": self.enabled,
            "fallback": self.fallback,
            "availability": self.availability.to_dict(),
            "supports_tools": self.supports_tools,
            "modalities": list(self.modalities),
            "capability_tier": self.capability_tier,
            "trust_tier": self.trust_tier,
            "capability": self.capability,
            "trust": self.trust,
            "cost": self.cost,
            "latency": self.latency,
        }


@record
class ScoringConfig:
    """The ``scoring`` section: only the entries the config itself sets.

    The scorer merges ``weights`` over its built-in weights.
    """

    saturation_k: int = 50
    weights: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"saturation_k": self.saturation_k, "weights": {dim: dict(w) for dim, w in self.weights.items()}}


def _default_overrides() -> dict[str, bool]:
    return dict.fromkeys(CONFIRMATION_OVERRIDE_FLAGS, False)


@record
class SafetyConfig:
    """The ``safety`` section, every flag spelled out."""

    require_human_confirmation: bool = True
    confirmation_overrides: dict[str, bool] = field(default_factory=_default_overrides)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "require_human_confirmation": self.require_human_confirmation,
            "confirmation_overrides": dict(self.confirmation_overrides),
        }


@record
class RouterConfig:
    """A validated engine catalog. Treat it as read-only: routers share it."""

    engines: dict[str, EngineConfig]
    routing_targets: dict[str, str]
    source_path: str
    scoring: ScoringConfig = field(default_factory=ScoringConfig)
    safety: SafetyConfig = field(default_factory=SafetyConfig)
    warnings: tuple[str, ...] = ()

    def get_engine(self, name: str) -> EngineConfig | None:
        """The engine called ``name``, or None when it is not defined."""
        return self.engines.get(name)

    def target_engine(self, target: str) -> str | None:
        """The engine name a routing target maps to, or None for an unmapped target."""
        return self.routing_targets.get(target)

    @property
    def confirmation_engine(self) -> str:
        """The engine the ``confirmation`` target points at (normally ``human_confirm``)."""
        return self.routing_targets["confirmation"]

    def to_dict(self) -> dict[str, Any]:
        """Plain data (engines fully resolved)."""
        return {
            "engines": {name: engine.to_dict() for name, engine in self.engines.items()},
            "routing_targets": dict(self.routing_targets),
            "source_path": self.source_path,
            "scoring": self.scoring.to_dict(),
            "safety": self.safety.to_dict(),
            "warnings": list(self.warnings),
        }


def is_confirmation_gate(provider: str, adapter: str) -> bool:
    """Whether an engine with this provider and adapter is a human confirmation gate."""
    return provider == "human" or "confirmation" in adapter


# ---------------------------------------------------------------------------
# Packaged default


def default_config_source() -> str:
    """The ``source_path`` of the packaged default catalog (the 0.5.3 resource name)."""
    return _DEFAULT_CONFIG_SOURCE


def default_config_resource() -> Traversable:
    """The packaged default catalog as an ``importlib.resources`` Traversable."""
    from importlib import resources  # lazily: only needed for the packaged default

    resource = resources.files(_DEFAULT_CONFIG_PACKAGE)
    for part in _DEFAULT_CONFIG_RELATIVE:
        resource = resource / part
    return resource


def default_config_text() -> str:
    """The text of the packaged default catalog, verbatim."""
    return default_config_resource().read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _packaged_default_config() -> RouterConfig:
    # Parsed once per process: route_prompt() builds a router per call, and
    # re-parsing the same packaged YAML each time would dominate its cost.
    # The pre-parsed JSON twin spares the PyYAML import and the parse; it is
    # used only when it was made from the YAML bytes shipped beside it.
    from model_router._catalog_twin import TWIN_NAME, YAML_NAME, read_packaged, twin_data

    source = default_config_source()
    parsed = None
    try:
        parsed = twin_data(read_packaged(YAML_NAME), read_packaged(TWIN_NAME))
    except OSError:
        pass
    if parsed is None:
        parsed = _load_yaml(default_config_text(), source)
    data, warnings = parsed
    return _ConfigParser(source, warnings).parse(data)


# ---------------------------------------------------------------------------
# Public loading API


def load_router_config(path: str | os.PathLike[str] | None = None) -> RouterConfig:
    """Load and validate a router config file.

    ``None`` loads the packaged default catalog (parsed once per process and
    shared). A given path has ``~`` expanded. Raises ``RouterConfigError``
    when the file is missing, unreadable, not valid YAML or not a valid
    config; warnings are returned in ``RouterConfig.warnings``.
    """
    if path is None:
        return _packaged_default_config()
    try:
        from pathlib import Path  # lazily: only a user's config file needs it (~10 ms of imports)

        config_path = Path(os.path.expanduser(os.fspath(path)))
    except TypeError:
        raise RouterConfigError(
            f"model router config path must be a string or a path (got {type(path).__name__})"
        ) from None
    source = str(config_path)
    try:
        text = config_path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        raise RouterConfigError(f"model router config missing: {source}") from None
    except UnicodeDecodeError as exc:
        raise RouterConfigError(f"model router config unreadable: {source}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise RouterConfigError(f"model router config unreadable: {source}: {exc.strerror or exc}") from None
    data, warnings = _load_yaml(text, source)
    return _ConfigParser(source, warnings).parse(data)


def parse_router_config(data: Any, source: str = "<in-memory config>") -> RouterConfig:
    """Validate already-parsed config data (for example a dict built in code).

    ``source`` names the data in error messages and becomes ``source_path``.
    """
    return _ConfigParser(source, []).parse(data)


def config_report(path: str | os.PathLike[str] | None = None) -> tuple[RouterConfig | None, list[str], list[str]]:
    """Load a config for ``validate-config``: ``(config or None, errors, warnings)``.

    Never raises ``RouterConfigError``: a failed load gives ``None`` and every
    error found.
    """
    try:
        config = load_router_config(path)
    except RouterConfigError as exc:
        return None, list(exc.errors), list(exc.warnings)
    return config, [], list(config.warnings)


# ---------------------------------------------------------------------------
# YAML


def _load_yaml(text: str, source: str) -> tuple[Any, list[str]]:
    """Parse YAML safely; return the data and duplicate-key warnings."""
    import yaml  # lazily: `import model_router` must stay fast

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        warnings = _duplicate_key_warnings(node, source)
        return loader.construct_document(node), warnings
    except yaml.YAMLError as exc:
        raise RouterConfigError(f"model router config invalid YAML: {source}: {_describe_yaml_error(exc)}") from None
    finally:
        loader.dispose()


def _describe_yaml_error(exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    if mark is None or problem is None:
        return " ".join(str(exc).split())
    detail = problem if not context else f"{problem} ({context})"
    return f"line {mark.line + 1}, column {mark.column + 1}: {detail}"


def _duplicate_key_warnings(root: Any, source: str) -> list[str]:
    """Find keys repeated inside one YAML mapping (YAML keeps the last silently)."""
    import yaml

    warnings: list[str] = []
    visited: set[int] = set()
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if id(node) in visited:  # aliases can make the graph cyclic
            continue
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                    key = key_node.value
                    line = key_node.start_mark.line + 1
                    child = f"{path}.{key}" if path else key
                    if key in first_line:
                        warnings.append(
                            f"{source}: {child}: duplicate key (lines {first_line[key]} and {line}); "
                            f"the value at line {line} wins"
                        )
                    else:
                        first_line[key] = line
                    stack.append((value_node, child))
                else:
                    stack.append((value_node, path))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((item, f"{path}[{index}]"))
    warnings.sort(key=_line_of_warning)
    return warnings


def _line_of_warning(message: str) -> int:
    marker = "the value at line "
    start = message.rfind(marker)
    return int(message[start + len(marker) :].split()[0]) if start >= 0 else 0


# ---------------------------------------------------------------------------
# Validation


def _describe(value: Any) -> str:
    """A short description of a bad value for an error message."""
    if value is None or isinstance(value, (bool, int, float, str)):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"a {type(value).__name__}"


def _suggest(name: Any, known: tuple[str, ...]) -> str:
    """' (did you mean 'x'?)' for a likely typo, else ''."""
    if not isinstance(name, str):
        return ""
    import difflib  # only on the warning path

    close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_nonblank_str(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _derive_supports_tools(name: str, provider: str, adapter: str, model: str, strengths: tuple[str, ...]) -> bool:
    # `_` and `-` count as spaces so "image_generation" matches "image generation".
    text = " ".join((name, provider, adapter, model, *strengths)).lower().replace("_", " ").replace("-", " ")
    return any(marker in text for marker in _TOOL_MARKERS)


def _derive_modalities(name: str, adapter: str, model: str, strengths: tuple[str, ...]) -> tuple[str, ...]:
    text = " ".join((name, adapter, model, *strengths)).lower()
    derived = []
    if any(marker in text for marker in _IMAGE_MARKERS):
        derived.append("image")
    if "pdf" in text:
        derived.append("pdf")
    if "audio" in text:
        derived.append("audio")
    return tuple(derived)


def _derive_capability_tier(max_context: int) -> str:
    if max_context >= 65536:
        return "high"
    if max_context >= 16384:
        return "medium"
    return "standard"


def _derive_trust_tier(provider: str, adapter: str) -> str:
    if is_confirmation_gate(provider, adapter):
        return "critical"
    if provider in ("anthropic", "openai"):
        return "high"
    return "standard"


def _derive_capability(capability_tier: str, max_context: int) -> int:
    capability = _CAPABILITY_BY_TIER.get(capability_tier, _UNKNOWN_CAPABILITY)
    for min_context, floor in _CAPABILITY_FLOORS:
        if max_context >= min_context:
            return max(capability, floor)
    return capability


_CONFIG_PREFIX = "model router config invalid"
_SCORING_PREFIX = "model router scoring config invalid"
_SAFETY_PREFIX = "model router safety config invalid"


class _ConfigParser:
    """Validates one config document, collecting every error and warning."""

    def __init__(self, source: str, warnings: list[str]) -> None:
        self.source = source
        self.errors: list[str] = []
        self.warnings: list[str] = list(warnings)

    # -- reporting ---------------------------------------------------------

    def error(self, key_path: str, problem: str, prefix: str = _CONFIG_PREFIX) -> None:
        where = f"{self.source}: {key_path}" if key_path else self.source
        self.errors.append(f"{prefix}: {where}: {problem}")

    def warn(self, key_path: str, problem: str) -> None:
        where = f"{self.source}: {key_path}" if key_path else self.source
        self.warnings.append(f"{where}: {problem}")

    def fail(self) -> RouterConfigError:
        first = self.errors[0]
        if len(self.errors) > 1:
            first = f"{first} (and {len(self.errors) - 1} more problem(s))"
        return RouterConfigError(first, errors=self.errors, warnings=self.warnings)

    # -- document ----------------------------------------------------------

    def parse(self, data: Any) -> RouterConfig:
        if not isinstance(data, Mapping):
            got = "an empty document" if data is None else _describe(data)
            self.error("", f"config must be a mapping (got {got})")
            raise self.fail()
        for key in data:
            if key not in _TOP_LEVEL_KEYS:
                self.warn(
                    str(key),
                    f"unknown top-level key {key!r} is ignored{_suggest(key, _TOP_LEVEL_KEYS)}",
                )

        raw_engines = data.get("engines")
        if not isinstance(raw_engines, Mapping):
            self.error("engines", f"config requires an engines mapping (got {_describe(raw_engines)})")
            raise self.fail()

        engines: dict[str, EngineConfig] = {}
        defined_names: set[str] = set()
        for name, raw_engine in raw_engines.items():
            if not _is_nonblank_str(name):
                self.error("engines", f"engine names must be non-empty strings (got {_describe(name)})")
                continue
            defined_names.add(name)
            engine = self.parse_engine(name, raw_engine)
            if engine is not None:
                engines[name] = engine
        missing = [name for name in REQUIRED_ENGINE_CATEGORIES if name not in defined_names]
        if missing:
            self.error("engines", f"missing required engines: {', '.join(missing)}")

        for name, engine in engines.items():
            if engine.fallback is not None and engine.fallback not in defined_names:
                self.error(
                    f"engines.{name}.fallback",
                    f"engine '{name}' fallback '{engine.fallback}' is not defined"
                    f"{_suggest(engine.fallback, tuple(sorted(defined_names)))}",
                )

        routing_targets = self.parse_routing_targets(data.get("routing_targets"), defined_names)
        self.check_confirmation_target(routing_targets, engines)
        scoring = self.parse_scoring(data.get("scoring"))
        safety = self.parse_safety(data.get("safety"))
        self.warn_fallback_cycles(engines)

        if self.errors:
            raise self.fail()
        return RouterConfig(
            engines=engines,
            routing_targets=routing_targets,
            source_path=self.source,
            scoring=scoring,
            safety=safety,
            warnings=tuple(self.warnings),
        )

    # -- engines -----------------------------------------------------------

    def parse_engine(self, name: str, raw: Any) -> EngineConfig | None:
        path = f"engines.{name}"
        if not isinstance(raw, Mapping):
            self.error(path, f"engine '{name}' must be a mapping (got {_describe(raw)})")
            return None
        errors_before = len(self.errors)
        known_fields = _REQUIRED_ENGINE_FIELDS + _OPTIONAL_ENGINE_FIELDS
        for key in raw:
            if key not in known_fields:
                self.warn(f"{path}.{key}", f"unknown engine key {key!r} is ignored{_suggest(key, known_fields)}")
        missing = [key for key in _REQUIRED_ENGINE_FIELDS if key not in raw]
        if missing:
            self.error(path, f"engine '{name}' missing fields: {', '.join(missing)}")

        provider = self.string_field(raw, path, "provider")
        model = self.string_field(raw, path, "model")
        adapter = self.string_field(raw, path, "adapter")
        strengths = self.string_list(raw, path, "strengths", "strengths must be a list of strings", drop_blank=False)
        max_context = raw.get("max_context")
        if "max_context" in raw and not (_is_int(max_context) and max_context > 0):
            self.error(
                f"{path}.max_context", f"field 'max_context' must be a positive int (got {_describe(max_context)})"
            )
        cost_tier = self.string_field(raw, path, "cost_tier")
        latency_tier = self.string_field(raw, path, "latency_tier")
        enabled = raw.get("enabled")
        if "enabled" in raw and not isinstance(enabled, bool):
            self.error(f"{path}.enabled", f"field 'enabled' must be a bool (got {_describe(enabled)})")

        fallback = raw.get("fallback")
        if fallback is not None and not isinstance(fallback, str):
            self.error(f"{path}.fallback", f"fallback must be a string or null (got {_describe(fallback)})")
        availability = self.parse_availability(raw.get("availability"), f"{path}.availability")

        supports_tools = raw.get("supports_tools")
        if supports_tools is not None and not isinstance(supports_tools, bool):
            self.error(
                f"{path}.supports_tools", f"field 'supports_tools' must be a bool (got {_describe(supports_tools)})"
            )
        modalities = None
        if raw.get("modalities") is not None:
            modalities = self.string_list(
                raw, path, "modalities", "modalities must be a list of strings", drop_blank=True
            )
        capability_tier = self.string_field(raw, path, "capability_tier", optional=True)
        trust_tier = self.string_field(raw, path, "trust_tier", optional=True)
        scores = {key: self.score_field(raw, path, key) for key in ("capability", "trust", "cost", "latency")}

        if len(self.errors) > errors_before:
            return None
        # Everything below is known to be well-typed.
        assert provider is not None and model is not None and adapter is not None
        assert strengths is not None and cost_tier is not None and latency_tier is not None

        self.warn_unknown_tier(f"{path}.cost_tier", "cost tier", cost_tier, VALID_COST_TIERS)
        self.warn_unknown_tier(f"{path}.latency_tier", "latency tier", latency_tier, VALID_LATENCY_TIERS)
        if capability_tier is not None:
            self.warn_unknown_tier(
                f"{path}.capability_tier", "capability tier", capability_tier, tuple(_CAPABILITY_BY_TIER)
            )
        if trust_tier is not None:
            self.warn_unknown_tier(f"{path}.trust_tier", "trust tier", trust_tier, tuple(_TRUST_BY_TIER))
        if modalities is not None:
            for modality in modalities:
                if modality not in VALID_MODALITIES:
                    self.warn(
                        f"{path}.modalities",
                        f"unknown modality {modality!r}: no attachment hint requires it "
                        f"(known: {', '.join(VALID_MODALITIES)})",
                    )

        if supports_tools is None:
            supports_tools = _derive_supports_tools(name, provider, adapter, model, strengths)
        if modalities is None:
            modalities = _derive_modalities(name, adapter, model, strengths)
        if capability_tier is None:
            capability_tier = _derive_capability_tier(max_context)
        if trust_tier is None:
            trust_tier = _derive_trust_tier(provider, adapter)
        capability = scores["capability"]
        if capability is None:
            capability = _derive_capability(capability_tier, max_context)
        trust = scores["trust"]
        if trust is None:
            trust = _TRUST_BY_TIER.get(trust_tier, _UNKNOWN_TRUST)
        cost = scores["cost"]
        if cost is None:
            cost = _COST_BY_TIER.get(cost_tier, _UNKNOWN_COST)
        latency = scores["latency"]
        if latency is None:
            latency = _LATENCY_BY_TIER.get(latency_tier, _UNKNOWN_LATENCY)

        return EngineConfig(
            name=name,
            provider=provider,
            model=model,
            adapter=adapter,
            strengths=strengths,
            max_context=max_context,
            cost_tier=cost_tier,
            latency_tier=latency_tier,
            enabled=enabled,
            fallback=fallback,
            availability=availability,
            supports_tools=supports_tools,
            modalities=modalities,
            capability_tier=capability_tier,
            trust_tier=trust_tier,
            capability=capability,
            trust=trust,
            cost=cost,
            latency=latency,
        )

    def string_field(self, raw: Mapping[str, Any], path: str, key: str, *, optional: bool = False) -> str | None:
        """A non-blank string field; None when absent (or null, for optional fields)."""
        if key not in raw or (optional and raw[key] is None):
            return None
        value = raw[key]
        if not isinstance(value, str):
            self.error(f"{path}.{key}", f"field '{key}' must be a string (got {_describe(value)})")
            return None
        if not value.strip():
            self.error(f"{path}.{key}", f"field '{key}' must be a string, not blank (got {_describe(value)})")
            return None
        return value

    def string_list(
        self, raw: Mapping[str, Any], path: str, key: str, problem: str, *, drop_blank: bool
    ) -> tuple[str, ...] | None:
        if key not in raw:
            return None
        value = raw[key]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.error(f"{path}.{key}", f"{problem} (got {_describe_list(value)})")
            return None
        if drop_blank:
            return tuple(item for item in value if item.strip())
        return tuple(value)

    def score_field(self, raw: Mapping[str, Any], path: str, key: str) -> int | None:
        value = raw.get(key)
        if value is None:
            return None
        if not (_is_int(value) and 0 <= value <= 100):
            self.error(f"{path}.{key}", f"field '{key}' must be an int from 0 to 100 (got {_describe(value)})")
            return None
        return value

    def warn_unknown_tier(self, key_path: str, kind: str, value: str, known: tuple[str, ...]) -> None:
        if value not in known:
            self.warn(
                key_path,
                f"unknown {kind} {value!r} (known: {', '.join(known)}){_suggest(value, known)}; "
                "it ranks last, so any maximum tier hint rejects this engine",
            )

    def parse_availability(self, raw: Any, path: str) -> EngineAvailabilityConfig:
        if raw is None:
            return EngineAvailabilityConfig()
        if not isinstance(raw, Mapping):
            self.error(path, f"availability must be a mapping (got {_describe(raw)})")
            return EngineAvailabilityConfig()
        for key in raw:
            if key not in _AVAILABILITY_KEYS:
                self.warn(
                    f"{path}.{key}",
                    f"unknown availability key {key!r} is ignored{_suggest(key, _AVAILABILITY_KEYS)}",
                )
        status = raw.get("status")
        if status is None:
            status = "auto"
        elif status not in AVAILABILITY_STATUSES:
            self.error(
                f"{path}.status",
                f"availability status must be one of {', '.join(AVAILABILITY_STATUSES)} (got {_describe(status)})",
            )
            status = "auto"
        lists: dict[str, tuple[str, ...]] = {}
        for key in _AVAILABILITY_KEYS[1:]:
            if raw.get(key) is None:
                lists[key] = ()
                continue
            lists[key] = self.string_list(
                raw, path, key, f"availability '{key}' must be a list of strings", drop_blank=True
            ) or ()
        return EngineAvailabilityConfig(status=status, **lists)

    # -- routing targets ---------------------------------------------------

    def parse_routing_targets(self, raw: Any, defined_names: set[str]) -> dict[str, str]:
        targets = dict(DEFAULT_ROUTING_TARGETS)
        if raw is None:
            return targets
        if not isinstance(raw, Mapping):
            self.error("routing_targets", f"routing_targets must be a mapping (got {_describe(raw)})")
            return targets
        for target, engine in raw.items():
            if not _is_nonblank_str(target) or not _is_nonblank_str(engine):
                self.error(
                    f"routing_targets.{target}",
                    "routing target names and engines must be non-blank strings "
                    f"(got {_describe(target)}: {_describe(engine)})",
                )
                continue
            if target not in REQUIRED_ROUTING_TARGETS:
                self.warn(
                    f"routing_targets.{target}",
                    f"unknown routing target {target!r} is ignored{_suggest(target, REQUIRED_ROUTING_TARGETS)} "
                    f"(targets: {', '.join(REQUIRED_ROUTING_TARGETS)})",
                )
            targets[target] = engine
        undefined = [(target, engine) for target, engine in targets.items() if engine not in defined_names]
        if undefined:
            key_path = f"routing_targets.{undefined[0][0]}" if len(undefined) == 1 else "routing_targets"
            pairs = ", ".join(f"{target} -> {engine}" for target, engine in undefined)
            self.error(key_path, f"routing targets reference undefined engines: {pairs}")
        return targets

    def check_confirmation_target(self, targets: dict[str, str], engines: dict[str, EngineConfig]) -> None:
        engine = engines.get(targets["confirmation"])
        if engine is None or engine.is_confirmation_gate:
            return  # undefined or invalid engines are reported elsewhere
        self.error(
            "routing_targets.confirmation",
            f"confirmation target must be a confirmation gate (provider 'human' or a confirmation adapter, "
            f"like human_confirm), but '{engine.name}' is a model (provider '{engine.provider}', adapter "
            f"'{engine.adapter}'); high-risk prompts would run without a human",
        )

    # -- scoring and safety --------------------------------------------------

    def parse_scoring(self, raw: Any) -> ScoringConfig:
        if raw is None:
            return ScoringConfig()
        if not isinstance(raw, Mapping):
            self.error("scoring", f"scoring must be a mapping (got {_describe(raw)})", _SCORING_PREFIX)
            return ScoringConfig()
        for key in raw:
            if key not in _SCORING_KEYS:
                self.warn(f"scoring.{key}", f"unknown scoring key {key!r} is ignored{_suggest(key, _SCORING_KEYS)}")
        saturation_k = raw.get("saturation_k")
        if saturation_k is None:
            saturation_k = 50
        elif not (_is_int(saturation_k) and saturation_k > 0):
            self.error(
                "scoring.saturation_k",
                f"saturation_k must be a positive int (got {_describe(saturation_k)})",
                _SCORING_PREFIX,
            )
            saturation_k = 50
        weights: dict[str, dict[str, int]] = {}
        raw_weights = raw.get("weights")
        if raw_weights is None:
            return ScoringConfig(saturation_k, weights)
        if not isinstance(raw_weights, Mapping):
            self.error(
                "scoring.weights",
                f"weights must be a mapping of dimension to feature weights (got {_describe(raw_weights)})",
                _SCORING_PREFIX,
            )
            return ScoringConfig(saturation_k, weights)
        for dimension, raw_dimension in raw_weights.items():
            path = f"scoring.weights.{dimension}"
            if dimension not in SCORING_DIMENSIONS:
                self.error(
                    path,
                    f"unknown scoring dimension {_describe(dimension)} "
                    f"(expected one of {', '.join(SCORING_DIMENSIONS)})",
                    _SCORING_PREFIX,
                )
                continue
            if not isinstance(raw_dimension, Mapping):
                self.error(
                    path,
                    f"weights for '{dimension}' must be a mapping of feature name to weight "
                    f"(got {_describe(raw_dimension)})",
                    _SCORING_PREFIX,
                )
                continue
            known = SCORING_FEATURE_NAMES[dimension]
            dimension_weights: dict[str, int] = {}
            for feature, weight in raw_dimension.items():
                if not _is_nonblank_str(feature):
                    self.error(
                        path, f"feature names must be non-blank strings (got {_describe(feature)})", _SCORING_PREFIX
                    )
                    continue
                if not (_is_int(weight) and 0 <= weight <= 100):
                    self.error(
                        f"{path}.{feature}",
                        f"weight must be an int from 0 to 100 (got {_describe(weight)})",
                        _SCORING_PREFIX,
                    )
                    continue
                if feature not in known:
                    self.warn(
                        f"{path}.{feature}",
                        f"unknown {dimension} feature {feature!r} has no effect{_suggest(feature, known)} "
                        f"(known: {', '.join(known)})",
                    )
                dimension_weights[feature] = weight
            weights[dimension] = dimension_weights
        return ScoringConfig(saturation_k, weights)

    def parse_safety(self, raw: Any) -> SafetyConfig:
        if raw is None:
            return SafetyConfig()
        if not isinstance(raw, Mapping):
            self.error("safety", f"safety must be a mapping (got {_describe(raw)})", _SAFETY_PREFIX)
            return SafetyConfig()
        for key in raw:
            if key not in _SAFETY_KEYS:
                self.error(
                    f"safety.{key}",
                    f"unknown key {_describe(key)}{_suggest(key, _SAFETY_KEYS)} (allowed: {', '.join(_SAFETY_KEYS)})",
                    _SAFETY_PREFIX,
                )
        require = raw.get("require_human_confirmation")
        if require is None:
            require = True
        elif not isinstance(require, bool):
            self.error(
                "safety.require_human_confirmation",
                f"require_human_confirmation must be a bool (got {_describe(require)})",
                _SAFETY_PREFIX,
            )
            require = True
        overrides = _default_overrides()
        raw_overrides = raw.get("confirmation_overrides")
        if raw_overrides is None:
            return SafetyConfig(require, overrides)
        if not isinstance(raw_overrides, Mapping):
            self.error(
                "safety.confirmation_overrides",
                f"confirmation_overrides must be a mapping (got {_describe(raw_overrides)})",
                _SAFETY_PREFIX,
            )
            return SafetyConfig(require, overrides)
        for flag, value in raw_overrides.items():
            path = f"safety.confirmation_overrides.{flag}"
            if flag not in CONFIRMATION_OVERRIDE_FLAGS:
                self.error(
                    path,
                    f"unknown confirmation override {_describe(flag)}{_suggest(flag, CONFIRMATION_OVERRIDE_FLAGS)} "
                    f"(allowed: {', '.join(CONFIRMATION_OVERRIDE_FLAGS)})",
                    _SAFETY_PREFIX,
                )
            elif not isinstance(value, bool):
                self.error(path, f"{flag} must be a bool (got {_describe(value)})", _SAFETY_PREFIX)
            else:
                overrides[flag] = value
        return SafetyConfig(require, overrides)

    # -- cross-engine checks ---------------------------------------------------

    def warn_fallback_cycles(self, engines: dict[str, EngineConfig]) -> None:
        """Warn once per fallback cycle (0.5.3 loaded them; routing fails closed)."""
        reported: set[frozenset[str]] = set()
        for start in engines:
            chain: list[str] = []
            position: dict[str, int] = {}
            current: str | None = start
            while current is not None and current in engines and current not in position:
                position[current] = len(chain)
                chain.append(current)
                current = engines[current].fallback
            if current is None or current not in position:
                continue
            cycle = chain[position[current] :]
            members = frozenset(cycle)
            if members in reported:
                continue
            reported.add(members)
            # Start the description at the member listed first in the file.
            first = min(cycle, key=list(engines).index)
            rotated = cycle[cycle.index(first) :] + cycle[: cycle.index(first)]
            loop = " -> ".join([*rotated, first])
            self.warn(
                f"engines.{first}.fallback",
                f"fallback cycle {loop}; a request that goes round it fails closed to human_confirm "
                "(fallback cycle detected)",
            )


def _describe_list(value: Any) -> str:
    if isinstance(value, list):
        for item in value:
            if not isinstance(item, str):
                return f"a list containing {_describe(item)}"
    return _describe(value)
