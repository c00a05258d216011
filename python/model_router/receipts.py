"""Receipts: a routing decision without its features, safe to log and return.

A receipt never contains the prompt (the decision does not hold it either).
"""

from __future__ import annotations

import json

from model_router.models import RoutingDecision, RoutingReceipt

__all__ = ["decision_to_receipt", "receipt_to_json"]


def decision_to_receipt(decision: RoutingDecision) -> RoutingReceipt:
    """Drop the features from a decision (behaviour §1.4 field order)."""
    return RoutingReceipt(
        selected_engine=decision.selected_engine,
        complexity_score=decision.complexity_score,
        risk_score=decision.risk_score,
        confidence_score=decision.confidence_score,
        reasons=decision.reasons,
        fallback_engine=decision.fallback_engine,
        requires_confirmation=decision.requires_confirmation,
        requires_tools=decision.requires_tools,
        requires_freshness=decision.requires_freshness,
        requires_code_execution=decision.requires_code_execution,
        requires_vision=decision.requires_vision,
        requires_image_generation=decision.requires_image_generation,
        config_valid=decision.config_valid,
        availability_valid=decision.availability_valid,
        availability_reasons=decision.availability_reasons,
        requirements=decision.requirements,
        rejected_engines=decision.rejected_engines,
        alternatives=decision.alternatives,
        fallback_used=decision.fallback_used,
    )


def receipt_to_json(receipt: RoutingReceipt, indent: int | None = 2) -> str:
    """The receipt as JSON with sorted keys."""
    return json.dumps(receipt.to_dict(), indent=indent, sort_keys=True)
