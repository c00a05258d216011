"""Prompt scoring: the public ``score_prompt`` and the analysis the router uses.

The backend (Rust or pure Python, see ``_backend``) extracts the signal and
feature bits and computes the three scores in one call. This module turns
those bits into the rich ``PromptAnalysis`` (features, reasons, weighted
signals) that ``route`` and ``score_prompt`` return; the reasons are derived
from the same bits, so they can never disagree with the scores.
"""

from __future__ import annotations

from collections.abc import Mapping
# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

from model_router import _backend
from model_router import feature_constants as C
from model_router import first_words, pattern_table
from model_router.models import (
    ComplexityScore,
    PromptAnalysis,
    PromptFeatures,
    RiskScore,
    ScoreSignal,
    instance_dict_setter,
)

__all__ = ["FeatureExtractor", "merge_weights", "score_prompt"]

_SURROGATES = None  # compiled lazily: only prompts with lone surrogates need it


def clean_prompt(prompt: object) -> str:
    """The prompt as a ``str`` the backends accept.

    ``None`` means ``""``. Any other non-string raises ``TypeError``. Lone
    surrogates (valid in a Python ``str`` but not in UTF-8) become U+FFFD, one
    for one, so lengths and results match on both backends.
    """
    if prompt is None:
        return ""
    if type(prompt) is not str:
        if isinstance(prompt, str):
            prompt = str.__str__(prompt)
        else:
            raise TypeError(f"prompt must be a str or None, not {type(prompt).__name__}")
    return prompt  # type: ignore[return-value]


def replace_surrogates(prompt: str) -> str:
    global _SURROGATES
    if _SURROGATES is None:
        import re

        _SURROGATES = re.compile("[\ud800-\udfff]")
    return _SURROGATES.sub("\ufffd", prompt)


def merge_weights(
    weights: Mapping[str, Mapping[str, int]] | None,
) -> dict[str, dict[str, int]]:
    """Built-in weights updated, dimension by dimension, with ``weights``."""
    merged = {dimension: dict(values) for dimension, values in C.BUILTIN_WEIGHTS.items()}
    for dimension, values in (weights or {}).items():
        if dimension in merged and isinstance(values, Mapping):
            merged[dimension].update(values)
    return merged


# Reason text of each contributing signal. The first three match the 0.5.3
# receipts agents already parse.
_COMPLEXITY_DETAIL = {
    "medium_prompt": "medium-length prompt",
    "long_prompt": "long prompt",
    "very_long_prompt": "very long prompt",
    "coding_intent": "coding or repository intent",
    "research_intent": "research intent",
    "current_info_intent": "current information requested",
    "multi_step_reasoning": "multi-step reasoning or planning",
    "architecture": "distributed-systems architecture",
    "tool_intent": "tool use likely",
    "structured_output": "structured output requested",
    "ambiguous": "ambiguous request",
    "long_context": "long context",
    "sensitive_domain": "sensitive domain",
    "vision_intent": "vision input likely",
    "image_generation_intent": "image generation requested",
}
_RISK_DETAIL = {
    "destructive_action": "destructive action",
    "send_action": "sends a message or publishes",
    "purchase_action": "purchase or payment",
    "external_action": "high-impact external action",
    "file_shell_github": "file, shell, or GitHub operation",
    "sensitive_domain": "sensitive domain",
    "legal_domain": "legal domain",
    "medical_domain": "medical domain",
    "financial_domain": "financial domain",
    "production": "production system",
    "security": "security-sensitive topic",
    "pii": "credentials or personal identifiers",
    "ambiguous_high_impact": "ambiguous high-impact request",
}
_CONFIDENCE_DETAIL = {
    "ambiguous": "ambiguous request lowers confidence",
    "short_high_risk": "short high-risk request lowers confidence",
    "weak_feature_match": "no clear intent signal",
    "empty_prompt": "empty prompt",
}
SIMPLE_REASON = "simple rewrite/extraction/formatting"

_FEATURE_INDEX = {name: index for index, name in enumerate(C.FEATURE_NAMES)}
_SIGNAL_INDEX = {name: index for index, name in enumerate(C.SIGNAL_NAMES)}


def feature_flag(feature_bits: int, name: str) -> bool:
    return bool(feature_bits >> _FEATURE_INDEX[name] & 1)


_FEATURE_RANGE = range(len(C.FEATURE_NAMES))
# Explanations and flag tuples depend only on the bits and a few length
# thresholds, and real traffic repeats a small set of them: memoize them.
_EXPLANATION_CACHE_SIZE = 4096
_FEATURES_CACHE_SIZE = 4096


# Per feature bits: the fields of a PromptFeatures in declaration order, with
# placeholder lengths; per (bits, length, tokens): the PromptFeatures itself
# (immutable, so one object serves every prompt with those values).
_FIELD_TEMPLATES: dict[int, dict[str, object]] = {}
_FEATURES: dict[tuple[int, int, int], PromptFeatures] = {}
_new = object.__new__
_set_features_dict = instance_dict_setter(PromptFeatures)


def build_features(feature_bits: int, length: int, tokens: int) -> PromptFeatures:
    """The ``PromptFeatures`` of these backend values (shared when they recur)."""
    key = (feature_bits, length, tokens)
    features = _FEATURES.get(key)
    if features is not None:
        return features
    template = _FIELD_TEMPLATES.get(feature_bits)
    if template is None:
        if len(_FIELD_TEMPLATES) >= _EXPLANATION_CACHE_SIZE:
            _FIELD_TEMPLATES.clear()
        template = _FIELD_TEMPLATES[feature_bits] = PromptFeatures(
            0, 0, *(feature_bits >> index & 1 == 1 for index in _FEATURE_RANGE)
        ).__dict__
    values = template.copy()
    values["prompt_length"] = length
    values["estimated_tokens"] = tokens
    features = _new(PromptFeatures)
    _set_features_dict(features, values)
    if len(_FEATURES) >= _FEATURES_CACHE_SIZE:
        _FEATURES.clear()
    _FEATURES[key] = features
    return features


class FeatureExtractor:
    """One compiled backend scorer plus the weights it was built with.

    ``route``, ``route_fast`` and ``score_prompt`` all go through an instance
    of this class, so they share one feature extraction.
    """

    __slots__ = ("backend_scorer", "weights", "saturation_k", "explanations")

    def __init__(
        self,
        weights: Mapping[str, Mapping[str, int]] | None = None,
        saturation_k: int = C.DEFAULT_SATURATION_K,
    ) -> None:
        self.weights = merge_weights(weights)
        self.saturation_k = saturation_k
        rust = _backend.backend() == "rust"
        module = _backend.module()
        self.backend_scorer: Any
        if rust and pattern_table.compiled_in_is_current(module):
            # The extension's own copy of the packaged table and index: no
            # 1.7 MB to read here and hand over as Python strings.
            self.backend_scorer = module.FeatureScorer.compiled_in(self.weights, saturation_k)
        else:
            presence, guarded, pasted_cues = _pattern_table(rust)
            index = first_words.packaged_index() if rust else None
            self.backend_scorer = module.FeatureScorer(
                list(presence), list(guarded), self.weights, saturation_k, index, pasted_cues,
            )
        self.explanations: dict[tuple[int, ...], _Explanation] = {}

    def analyze(self, prompt: str) -> tuple[int, int, int, int, int, int, int]:
        """Backend analysis of a cleaned prompt (see ``clean_prompt``)."""
        try:
            return self.backend_scorer.analyze(prompt)
        except UnicodeEncodeError:
            return self.backend_scorer.analyze(replace_surrogates(prompt))

    def analysis(self, prompt: object) -> tuple[PromptAnalysis, tuple[int, int, int, int, int, int, int]]:
        """The rich analysis and the raw backend tuple it came from."""
        raw = self.analyze(clean_prompt(prompt))
        return build_analysis(raw, self.weights, self.explanations), raw


def _pattern_table(rust: bool) -> pattern_table.Table:
    """The table's strings: on the Rust backend the packaged copy when it is
    current (building the table in ``features`` costs a process 15-25 ms, and
    Rust needs only the finished strings), else ``features``'s own."""
    if rust:
        table = pattern_table.packaged_table()
        if table is not None:
            return table
    from model_router import features as F

    return F.PRESENCE_PATTERNS, F.GUARDED_PATTERNS, (F.PASTED_TEXT_REQUEST, F.PASTED_ACT_REQUEST)


_Explanation = tuple[ComplexityScore, RiskScore, tuple[str, ...], tuple[ScoreSignal, ...]]


def build_analysis(
    raw: tuple[int, int, int, int, int, int, int],
    weights: Mapping[str, Mapping[str, int]],
    cache: dict[tuple[int, ...], _Explanation] | None = None,
) -> PromptAnalysis:
    """Turn backend bits into a ``PromptAnalysis`` with reasons and signals."""
    signal_bits, feature_bits, length, tokens, complexity, risk, confidence = raw
    features = build_features(feature_bits, length, tokens)
    key = (
        signal_bits, feature_bits, tokens > C.MEDIUM_PROMPT_TOKENS, tokens > C.LONG_PROMPT_TOKENS,
        tokens > C.VERY_LONG_PROMPT_TOKENS, length < 80, length == 0,
    )
    explanation = cache.get(key) if cache is not None else None
    if explanation is None:
        explanation = _explain(signal_bits, features, complexity, risk, weights)
        if cache is not None:
            if len(cache) >= _EXPLANATION_CACHE_SIZE:
                cache.clear()
            cache[key] = explanation
    complexity_score, risk_score, reasons, signals = explanation
    return PromptAnalysis(
        complexity_score=complexity_score,
        risk_score=risk_score,
        confidence_score=confidence,
        features=features,
        reasons=reasons,
        signals=signals,
    )


def _explain(
    signal_bits: int,
    features: PromptFeatures,
    complexity: int,
    risk: int,
    weights: Mapping[str, Mapping[str, int]],
) -> _Explanation:
    """Reasons and weighted signals for one combination of bits."""
    length, tokens = features.prompt_length, features.estimated_tokens

    def has_signal(name: str) -> bool:
        return bool(signal_bits >> _SIGNAL_INDEX[name] & 1)

    cw, rw, qw = weights["complexity"], weights["risk"], weights["confidence"]
    signals: list[ScoreSignal] = []
    complexity_reasons: list[str] = []
    if features.simple_transform:
        complexity_reasons.append(SIMPLE_REASON)

    def add(dimension: str, name: str, weight_map: Mapping[str, int], details: Mapping[str, str],
            reasons: list[str], default: int = 0) -> None:
        weight = weight_map.get(name, default)
        detail = details[name]
        signals.append(ScoreSignal(dimension, name, weight, detail))
        reasons.append(detail)

    complexity_active = (
        ("medium_prompt", tokens > C.MEDIUM_PROMPT_TOKENS),
        ("long_prompt", tokens > C.LONG_PROMPT_TOKENS),
        ("very_long_prompt", tokens > C.VERY_LONG_PROMPT_TOKENS),
        ("coding_intent", features.coding_intent),
        ("current_info_intent", features.current_info_intent),
        ("research_intent", features.research_intent and not features.current_info_intent),
        ("multi_step_reasoning", features.multi_step_reasoning),
        ("architecture", has_signal("architecture")),
        ("tool_intent", features.requires_tools),
        ("structured_output", features.structured_output),
        ("ambiguous", features.ambiguous),
        ("long_context", features.long_context),
        ("sensitive_domain", features.sensitive_domain),
        ("vision_intent", features.requires_vision),
        ("image_generation_intent", features.requires_image_generation),
    )
    for name, active in complexity_active:
        if active:
            add("complexity", name, cw, _COMPLEXITY_DETAIL, complexity_reasons)

    risk_reasons: list[str] = []
    only_high_impact = features.external_action and not (
        features.destructive_action or features.send_action or features.purchase_action
    )
    risk_active = (
        ("destructive_action", features.destructive_action),
        ("send_action", features.send_action),
        ("purchase_action", features.purchase_action),
        ("external_action", only_high_impact),
        ("file_shell_github", features.file_intent or features.shell_intent or features.github_intent),
        ("sensitive_domain", features.sensitive_domain),
        ("legal_domain", features.legal_domain),
        ("medical_domain", features.medical_domain),
        ("financial_domain", features.financial_domain),
        ("production", has_signal("production")),
        ("security", has_signal("security")),
        ("pii", has_signal("pii")),
        ("ambiguous_high_impact", features.ambiguous
         and (features.sensitive_domain or features.external_action)),
    )
    for name, active in risk_active:
        if active:
            add("risk", name, rw, _RISK_DETAIL, risk_reasons)

    confidence_penalties = (
        ("ambiguous", features.ambiguous, 25),
        ("short_high_risk", features.requires_confirmation and length < 80, 15),
        ("weak_feature_match", confidence_weak(features), 10),
        ("empty_prompt", length == 0, 40),
    )
    ignored: list[str] = []
    for name, active, default in confidence_penalties:
        if active:
            add("confidence", name, qw, _CONFIDENCE_DETAIL, ignored, default)

    reasons = tuple(dict.fromkeys(complexity_reasons + risk_reasons))
    return (
        ComplexityScore(complexity, tuple(complexity_reasons)),
        RiskScore(risk, features.requires_confirmation, tuple(risk_reasons)),
        reasons,
        tuple(signals),
    )


def confidence_weak(features: PromptFeatures) -> bool:
    """No clear intent signal (behaviour §2.3): the weak-match penalty applies."""
    return not (
        features.simple_transform or features.coding_intent or features.research_intent
        or features.multi_step_reasoning or features.requires_tools or features.requires_vision
        or features.requires_image_generation or features.sensitive_domain
        or features.external_action or features.structured_output
    )


_DEFAULT_EXTRACTOR: FeatureExtractor | None = None


def default_extractor() -> FeatureExtractor:
    """The extractor with the built-in weights (built once, on first use)."""
    global _DEFAULT_EXTRACTOR
    if _DEFAULT_EXTRACTOR is None:
        _DEFAULT_EXTRACTOR = FeatureExtractor()
    return _DEFAULT_EXTRACTOR


def score_prompt(
    prompt: str | None,
    *,
    scoring_config: Any = None,
    scoring_weights: Mapping[str, Mapping[str, int]] | None = None,
) -> PromptAnalysis:
    """Score one prompt.

    Without a config the built-in weights apply (they differ from the packaged
    YAML's). ``scoring_config`` is a ``ScoringConfig`` (or a mapping with
    ``weights`` and ``saturation_k``); ``scoring_weights`` updates the weights
    on top of it.
    """
    if scoring_config is None and scoring_weights is None:
        return default_extractor().analysis(prompt)[0]
    weights: dict[str, dict[str, int]] = {}
    saturation_k = C.DEFAULT_SATURATION_K
    if scoring_config is not None:
        config_weights = getattr(scoring_config, "weights", None)
        config_k = getattr(scoring_config, "saturation_k", None)
        if isinstance(scoring_config, Mapping):
            config_weights = scoring_config.get("weights")
            config_k = scoring_config.get("saturation_k")
        for dimension, values in (config_weights or {}).items():
            weights.setdefault(dimension, {}).update(values)
        if config_k is not None:
            saturation_k = int(config_k)
    for dimension, values in (scoring_weights or {}).items():
        weights.setdefault(dimension, {}).update(values)
    return FeatureExtractor(weights, saturation_k).analysis(prompt)[0]
