"""Target selection: which routing target a scored prompt goes to.

Shared by ``route`` and by the pure-Python ``route_fast``; the Rust core
mirrors it (``rust/router_core/src/route.rs``). Pure logic on the feature
bits, no regexes, so importing it is cheap on either backend.
"""

from __future__ import annotations

from model_router.feature_constants import FEATURE_NAMES

__all__ = ["ambiguous_sensitive", "confirmation_required", "select_target"]

# Feature bit positions used by target selection.
_FB = {name: 1 << index for index, name in enumerate(FEATURE_NAMES)}


def select_target(
    feature_bits: int,
    complexity: int,
    risk: int,
    confidence: int,
    safety: tuple[bool, bool, bool, bool, bool, bool],
    confirmed: bool,
    has_media_attachment: bool = False,
) -> tuple[str, str]:
    """The routing target and its reason (behaviour §2.4 steps 1-11).

    ``safety`` is (require_human_confirmation, allow_destructive, allow_send,
    allow_purchase, allow_high_impact, allow_ambiguous_high_impact).
    """
    if not confirmed:
        if confirmation_required(feature_bits, safety):
            return "confirmation", "high-risk action requires human confirmation"
        if ambiguous_sensitive(feature_bits, safety):
            return "confirmation", "ambiguous high-impact request"
    if feature_bits & _FB["requires_image_generation"]:
        return "image_generation", "image generation requested"
    if has_media_attachment:
        return "vision", "non-code attachment requires vision"
    if feature_bits & _FB["requires_vision"] and not feature_bits & _FB["requires_code_execution"]:
        return "vision", "vision or OCR work"
    if feature_bits & _FB["requires_freshness"]:
        return "research", "fresh information requires research"
    if feature_bits & (_FB["requires_code_execution"] | _FB["coding_intent"]):
        return "coding", "coding or repository work"
    if complexity >= 60 or feature_bits & (_FB["multi_step_reasoning"] | _FB["long_context"]):
        return "reasoning", "complex or long-context reasoning"
    if confidence < 60:
        return "reasoning", "low confidence routes upward"
    if feature_bits & _FB["simple_transform"] and complexity < 35 and risk < 20:
        return "simple", "simple rewrite/extraction/formatting"
    return "balanced", "general task"


def confirmation_required(
    feature_bits: int, safety: tuple[bool, bool, bool, bool, bool, bool]
) -> bool:
    """Action-based confirmation (behaviour §2.6), before overrides of the gate."""
    require, allow_destructive, allow_send, allow_purchase, allow_high_impact, _ = safety
    if not require:
        return False
    destructive = bool(feature_bits & _FB["destructive_action"])
    send = bool(feature_bits & _FB["send_action"])
    purchase = bool(feature_bits & _FB["purchase_action"])
    high_impact = bool(feature_bits & _FB["high_impact_external_action"])
    if destructive and not allow_destructive:
        return True
    if send and not allow_send:
        return True
    if purchase and not allow_purchase:
        return True
    if high_impact and not allow_high_impact:
        return True
    # Accumulated risk with no action class: no override relaxes it.
    accumulated = bool(feature_bits & _FB["requires_confirmation"])
    return accumulated and not (destructive or send or purchase or high_impact)


def ambiguous_sensitive(
    feature_bits: int, safety: tuple[bool, bool, bool, bool, bool, bool]
) -> bool:
    require, allow_ambiguous = safety[0], safety[5]
    if not require or allow_ambiguous:
        return False
    return bool(feature_bits & _FB["ambiguous"]) and bool(feature_bits & _FB["sensitive_domain"])
