"""``decide``, ``dispatch-plan`` and ``validate-config``.

Exit codes: ``decide`` and ``dispatch-plan`` exit 0 even for fail-closed
results (the receipt says why); ``validate-config`` exits 0 only when the
config is valid and every enabled engine is available. A bad ``--config``
never produces a traceback: ``decide`` and ``dispatch-plan`` fail closed.
"""

from __future__ import annotations

import argparse
import json
# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

ATTACHMENT_CHOICES = ("image", "pdf", "audio", "code")


def register(subparsers: argparse._SubParsersAction) -> None:
    decide = subparsers.add_parser("decide", help="route one prompt and print the receipt")
    _add_routing_arguments(decide)
    decide.set_defaults(handler=run_decide)

    plan = subparsers.add_parser("dispatch-plan", help="print a dry-run dispatch plan for a prompt")
    _add_routing_arguments(plan)
    plan.add_argument(
        "--include-alternatives", action="store_true", help="rank alternative engines too"
    )
    plan.set_defaults(handler=run_dispatch_plan)

    validate = subparsers.add_parser("validate-config", help="validate a model_router.yaml")
    validate.add_argument("--json", action="store_true", help="print JSON")
    validate.add_argument("--config", help="config path (default: the packaged catalog)")
    validate.set_defaults(handler=run_validate_config)


def _add_routing_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--config", help="config path (default: the packaged catalog)")
    parser.add_argument("--force-engine", help="route to this engine (never bypasses confirmation)")
    parser.add_argument(
        "--attachment", action="append", choices=ATTACHMENT_CHOICES, default=[],
        help="an attachment kind (repeatable)",
    )
    parser.add_argument("--max-cost-tier", help="reject engines above this cost tier")
    parser.add_argument("--max-latency-tier", help="reject engines above this latency tier")
    parser.add_argument(
        "--latency-sensitive", action="store_true", help="prefer lower-latency engines"
    )
    parser.add_argument("prompt", nargs="+", help="the prompt (words are joined with spaces)")


def _hints(args: argparse.Namespace) -> dict[str, Any]:
    hints: dict[str, Any] = {"attachments": list(args.attachment)}
    if args.force_engine is not None:
        hints["force_engine"] = args.force_engine
    if args.max_cost_tier is not None:
        hints["max_cost_tier"] = args.max_cost_tier
    if args.max_latency_tier is not None:
        hints["max_latency_tier"] = args.max_latency_tier
    if args.latency_sensitive:
        hints["latency_sensitive"] = True
    return hints


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _route(args: argparse.Namespace, include_alternatives: bool) -> tuple[Any, Any]:
    """(router or None, decision): a config that does not load fails closed."""
    from model_router.config import RouterConfigError
    from model_router.router import ModelRouter, route_prompt

    prompt = " ".join(args.prompt)
    try:
        router = ModelRouter.from_config(args.config)
    except (RouterConfigError, OSError):
        return None, route_prompt(prompt, config_path=args.config, hints=_hints(args))
    return router, router.route(prompt, _hints(args), include_alternatives=include_alternatives)


def run_decide(args: argparse.Namespace) -> int:
    from model_router.receipts import decision_to_receipt, receipt_to_json

    _, decision = _route(args, include_alternatives=True)
    receipt = decision_to_receipt(decision)
    if args.json:
        print(receipt_to_json(receipt))
        return 0
    lines = [
        f"Selected engine: {receipt.selected_engine}",
        f"Fallback engine: {receipt.fallback_engine or 'none'}",
        f"Complexity: {receipt.complexity_score}/100",
        f"Risk: {receipt.risk_score}/100",
        f"Confidence: {receipt.confidence_score}/100",
        f"Requires confirmation: {_bool(receipt.requires_confirmation)}",
        f"Requires tools: {_bool(receipt.requires_tools)}",
        f"Requires freshness: {_bool(receipt.requires_freshness)}",
        f"Requires code execution: {_bool(receipt.requires_code_execution)}",
        f"Requires vision: {_bool(receipt.requires_vision)}",
        f"Requires image generation: {_bool(receipt.requires_image_generation)}",
        f"Config valid: {_bool(receipt.config_valid)}",
        f"Availability valid: {_bool(receipt.availability_valid)}",
        f"Fallback used: {_bool(receipt.fallback_used)}",
        "Requirements:",
    ]
    requirements = receipt.requirements.to_dict()
    for key in sorted(requirements):
        value = requirements[key]
        lines.append(f"- {key}: {value!r}")
    lines.append("Rejected engines:")
    lines.extend(f"- {r.engine}: {r.reason}" for r in receipt.rejected_engines)
    if not receipt.rejected_engines:
        lines.append("- none")
    lines.append("Alternatives:")
    lines.extend(f"- {a.engine}: rank {a.rank_score}/100" for a in receipt.alternatives)
    if not receipt.alternatives:
        lines.append("- none")
    lines.append("Availability:")
    lines.extend(f"- {reason}" for reason in receipt.availability_reasons)
    lines.append("Reasons:")
    lines.extend(f"- {reason}" for reason in receipt.reasons)
    print("\n".join(lines))
    return 0


def run_dispatch_plan(args: argparse.Namespace) -> int:
    from model_router.dispatch import DRY_RUN_REASON, build_dispatch_plan, dispatch_plan_to_json
    from model_router.models import DispatchPlan
    from model_router.receipts import decision_to_receipt

    router, decision = _route(args, include_alternatives=args.include_alternatives)
    if router is not None:
        plan = build_dispatch_plan(
            " ".join(args.prompt), router=router, hints=_hints(args),
            include_alternatives=args.include_alternatives,
        )
    else:
        # 0.5.3 crashed here; we fail closed exactly like ``decide``.
        plan = DispatchPlan(
            selected_engine=decision.selected_engine, provider="unknown", model="unknown",
            adapter="unknown", dry_run=True, can_dispatch=False, blocked=True,
            requires_confirmation=True,
            reasons=(DRY_RUN_REASON, "confirmation required before dispatch",
                     "human confirmation gate selected", "router config invalid",
                     "selected engine not available"),
            receipt=decision_to_receipt(decision),
        )
    if args.json:
        print(dispatch_plan_to_json(plan))
        return 0
    lines = [
        f"Selected engine: {plan.selected_engine}",
        f"Provider: {plan.provider}",
        f"Model: {plan.model}",
        f"Adapter: {plan.adapter}",
        f"Dry run: {_bool(plan.dry_run)}",
        f"Can dispatch: {_bool(plan.can_dispatch)}",
        f"Blocked: {_bool(plan.blocked)}",
        f"Requires confirmation: {_bool(plan.requires_confirmation)}",
        "Reasons:",
    ]
    lines.extend(f"- {reason}" for reason in plan.reasons)
    print("\n".join(lines))
    return 0


def run_validate_config(args: argparse.Namespace) -> int:
    from model_router.availability import validate_router_availability
    from model_router.config import config_report

    config, errors, warnings = config_report(args.config)
    if config is None:
        message = errors[0] if errors else "config could not be loaded"
        if args.json:
            print(json.dumps(
                {"config_valid": False, "error": message, "errors": errors,
                 "warnings": warnings, "all_available": False, "engines": {}},
                indent=2, sort_keys=True,
            ))
        else:
            print("Config valid: false")
            print(f"Error: {message}")
            for extra in errors[1:]:
                print(f"Error: {extra}")
            for warning in warnings:
                print(f"Warning: {warning}")
        return 1
    report = validate_router_availability(config)
    if args.json:
        print(json.dumps(
            {
                "config_valid": True,
                "all_available": report.all_available,
                "engines": {name: result.to_dict() for name, result in report.engines.items()},
                "warnings": list(warnings),
            },
            indent=2, sort_keys=True,
        ))
    else:
        print("Config valid: true")
        print(f"All enabled engines available: {_bool(report.all_available)}")
        for name, result in report.engines.items():
            print(f"- {name}: {'available' if result.available else 'unavailable'}")
            for reason in result.reasons:
                print(f"  - {reason}")
        for warning in warnings:
            print(f"Warning: {warning}")
    return 0 if report.all_available else 1

