"""``model-router setup scan|recommend|download|write|wizard``.

Only argparse wiring lives here; the setup package is imported inside the
handlers so that ``model-router decide`` never pays for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from model_router.setup.download import DownloadReport
    from model_router.setup.hardware import HardwareProfile
    from model_router.setup.recommend import Recommendation
    from model_router.setup.scan import ScanResult

__all__ = ["register"]

_PROFILES = ("balanced", "lightweight", "quality")
_DEFAULT_OUTPUT = "configs/model_router.local.yaml"


def _print_json(payload: Any) -> None:
    print(json.dumps(payload, indent=2, sort_keys=True))


def _add_scan_flags(parser: argparse.ArgumentParser, *, json_help: str = "print JSON") -> None:
    parser.add_argument("--json", action="store_true", help=json_help)
    parser.add_argument(
        "--model-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="also scan DIR for models (repeatable; added to the default folders)",
    )
    parser.add_argument(
        "--no-default-dirs",
        action="store_true",
        help="scan only the --model-dir folders, not the default model folders",
    )
    parser.add_argument(
        "--no-servers",
        action="store_true",
        help="do not ask running LM Studio, Ollama or llama.cpp servers for their models",
    )


def _add_profile(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        choices=_PROFILES,
        default="balanced",
        help="what the model advisor favours: lightweight (speed), balanced, quality (default: balanced)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``setup`` command group to the ``model-router`` parser."""
    setup = subparsers.add_parser(
        "setup",
        help="find local models, recommend a config, plan downloads",
        description="Set up model-router for the models on this machine. Start with `setup scan`.",
    )
    commands = setup.add_subparsers(dest="setup_command", metavar="SETUP_COMMAND")
    commands.required = True

    scan = commands.add_parser("scan", help="list commands, API keys and local models found on this machine")
    _add_scan_flags(scan)
    scan.set_defaults(handler=_handle_scan)

    recommend = commands.add_parser("recommend", help="recommend routing targets, engines and downloads")
    _add_scan_flags(recommend)
    _add_profile(recommend)
    recommend.set_defaults(handler=_handle_recommend)

    download = commands.add_parser(
        "download",
        help="plan (and with --execute, run) hf downloads for suggested models",
        description="Without --execute this only prints the plan. With --execute it asks before running "
        "anything (or pass --yes).",
    )
    _add_scan_flags(download)
    _add_profile(download)
    download.add_argument(
        "--route", action="append", default=[], metavar="NAME", help="only this engine or route (repeatable)"
    )
    download.add_argument("--repo-id", help="download this Hugging Face repository instead (one --route at most)")
    download.add_argument("--adapter", help="adapter for a custom --repo-id (default: derived from the route)")
    download.add_argument("--local-root", metavar="DIR", help="download under DIR/<route>/<org--name> (default: models)")
    download.add_argument("--execute", action="store_true", help="run the downloads (asks first unless --yes)")
    download.add_argument("--yes", action="store_true", help="do not ask before running the downloads")
    download.set_defaults(handler=_handle_download, setup_parser=download)

    write = commands.add_parser("write", help="write the recommended config to a file")
    _add_scan_flags(write)
    _add_profile(write)
    write.add_argument("--output", default=_DEFAULT_OUTPUT, metavar="PATH", help=f"default: {_DEFAULT_OUTPUT}")
    write.add_argument("--force", action="store_true", help="overwrite an existing file")
    write.set_defaults(handler=_handle_write)

    wizard = commands.add_parser(
        "wizard",
        help="choose an engine for every route interactively and write the config",
        description="Interactive setup. Every question has a default (press Enter). Ctrl-C or end of input "
        "stops the wizard without writing anything.",
    )
    _add_scan_flags(wizard, json_help="ask on stderr and print the result as JSON on stdout")
    _add_profile(wizard)
    wizard.add_argument("--output", default=_DEFAULT_OUTPUT, metavar="PATH", help=f"default: {_DEFAULT_OUTPUT}")
    wizard.add_argument("--force", action="store_true", help="overwrite an existing file without asking")
    wizard.set_defaults(handler=_handle_wizard)


# ---------------------------------------------------------------------------
# Shared steps


def _servers(args: argparse.Namespace) -> list[Any]:
    # A bad MODEL_ROUTER_SETUP_SERVERS is a usage error (exit 2), not a traceback.
    from model_router.setup.servers import configured_servers

    if args.no_servers:
        return []
    try:
        return configured_servers()
    except ValueError as exc:
        print(f"model-router setup: MODEL_ROUTER_SETUP_SERVERS: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _scan(args: argparse.Namespace) -> ScanResult:
    from model_router.setup.scan import scan_environment

    return scan_environment(
        args.model_dir,
        use_default_dirs=not args.no_default_dirs,
        servers=_servers(args),
        query_local_servers=not args.no_servers,
    )


def _recommend(args: argparse.Namespace, scan: ScanResult, *, local_root: str | None = None) -> Recommendation:
    from model_router.setup.hardware import detect_hardware
    from model_router.setup.recommend import DEFAULT_LOCAL_ROOT, recommend

    root = local_root or DEFAULT_LOCAL_ROOT
    hardware: HardwareProfile = detect_hardware(root)
    return recommend(scan, hardware, args.profile, local_root=root)


def _format_scan(scan: ScanResult) -> list[str]:
    lines = ["Commands:"]
    lines += [f"- {name}: {'available' if path else 'missing'}" for name, path in scan.commands.items()]
    lines.append("API keys:")
    lines += [f"- {name}: {'present' if present else 'missing'}" for name, present in scan.env_vars.items()]
    lines.append("Model directories:")
    lines += [f"- {directory}" for directory in scan.model_dirs] or ["- none"]
    if scan.servers:
        lines.append("Local servers:")
        for report in scan.servers:
            if report.reachable and report.error is None:
                state = f"{len(report.models)} model(s)"
            else:
                state = f"{'reachable' if report.reachable else 'not running'} ({report.error})"
            lines.append(f"- {report.kind} {report.base_url}: {state}")
    lines.append("Models:")
    for model in scan.models:
        roles = ", ".join(model.roles) if model.roles else "unclassified"
        lines.append(f"- {model.repo_id} ({model.source}; {roles})")
    if not scan.models:
        lines.append("- none discovered")
    return lines


def _format_recommendation(recommendation: Recommendation) -> list[str]:
    lines = ["Routing targets:"]
    lines += [f"- {target}: {engine}" for target, engine in recommendation.routing_targets.items()]
    lines.append("Engine overrides:")
    lines += [f"- {name}" for name in recommendation.engine_overrides] or ["- none"]
    lines.append("Download suggestions:")
    for suggestion in recommendation.download_suggestions:
        lines.append(f"- {suggestion.route}: {suggestion.repo_id}")
        lines.append(f"  reason: {suggestion.reason}")
        lines.append(f"  command: {suggestion.to_dict()['command_text']}")
    if not recommendation.download_suggestions:
        lines.append("- none")
    lines.append("Notes:")
    lines += [f"- {note}" for note in recommendation.notes] or ["- none"]
    return lines


def _format_download(report: DownloadReport) -> list[str]:
    lines = [f"Executed: {str(report.executed).lower()}", f"OK: {str(report.ok).lower()}", "Results:"]
    for item in report.items:
        lines.append(f"- {item.route}: {item.status}")
        lines.append(f"  repo: {item.repo_id}")
        lines.append(f"  command: {item.to_dict()['command_text']}")
        if item.returncode is not None:
            lines.append(f"  returncode: {item.returncode}")
        if item.elapsed_seconds is not None:
            lines.append(f"  elapsed: {item.elapsed_seconds}s")
    if not report.items:
        lines.append("- none")
    lines.append("Notes:")
    lines += [f"- {note}" for note in report.notes] or ["- none"]
    return lines


def availability_summary(path: str) -> list[str]:
    """Lines saying which enabled engines of the config at ``path`` are unavailable, and why."""
    from model_router.availability import validate_router_availability
    from model_router.config import RouterConfigError, load_router_config

    try:
        report = validate_router_availability(load_router_config(path))
    except RouterConfigError as exc:
        return [f"Config check failed: {exc}"]
    unavailable = [result for result in report.engines.values() if not result.available]
    if not unavailable:
        return ["Availability check: every enabled engine is available."]
    lines = ["Availability check: these enabled engines are unavailable (their prompts use the fallback chain):"]
    for result in unavailable:
        lines.append(f"- {result.engine}: {'; '.join(result.reasons)}")
    return lines


# ---------------------------------------------------------------------------
# Handlers


def _handle_scan(args: argparse.Namespace) -> int:
    scan = _scan(args)
    if args.json:
        _print_json(scan.to_dict())
    else:
        print("\n".join(_format_scan(scan)))
    return 0


def _handle_recommend(args: argparse.Namespace) -> int:
    recommendation = _recommend(args, _scan(args))
    if args.json:
        _print_json(recommendation.to_dict())
    else:
        print("\n".join(_format_recommendation(recommendation)))
    return 0


def _confirm(question: str) -> bool:
    print(f"{question} [y/N] ", end="", flush=True)
    answer = sys.stdin.readline()
    if not answer:
        print()
    return answer.strip().lower() in {"y", "yes"}


def _handle_download(args: argparse.Namespace) -> int:
    from model_router.setup.download import DownloadUsageError, execute_downloads, plan_downloads

    if args.repo_id is not None and len(args.route) > 1:
        # A usage error, reported the argparse way (exit 2), before any scan.
        args.setup_parser.error("--repo-id downloads one repository: give at most one --route with it")
    scan = _scan(args)
    recommendation = _recommend(args, scan, local_root=args.local_root)
    try:
        plan = plan_downloads(
            recommendation,
            routes=args.route,
            repo_id=args.repo_id,
            adapter=args.adapter,
            local_root=args.local_root,
        )
    except DownloadUsageError as exc:
        args.setup_parser.error(str(exc))
    confirmed = args.yes
    if args.execute and not args.yes and not args.json and plan.items:
        print("\n".join(_format_download(plan)))
        confirmed = _confirm("Run these hf download commands?")
        if not confirmed:
            print("No downloads run.")
    report = execute_downloads(plan, execute=args.execute, confirmed=confirmed, progress=sys.stderr)
    if args.json:
        _print_json(report.to_dict())
    else:
        print("\n".join(_format_download(report)))
        if report.executed and any(item.status == "completed" for item in report.items):
            print("Run `model-router setup write --force --output <config>` to wire the downloaded models.")
    return 0 if report.ok else 1


def _handle_write(args: argparse.Namespace) -> int:
    from model_router.config import RouterConfigError
    from model_router.setup.write import write_recommended_config

    recommendation = _recommend(args, _scan(args))
    try:
        result = write_recommended_config(recommendation, args.output, force=args.force)
    except RouterConfigError as exc:
        print(f"setup write failed: the generated config does not load: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"setup write failed: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(
            {
                "written": result.written,
                "path": result.path,
                "message": result.message,
                "recommendation": recommendation.to_dict(),
            }
        )
    else:
        print(result.message)
        if not result.written:
            print("Pass --force to overwrite it.")
        print("\n".join(_format_recommendation(recommendation)))
        if result.written:
            print("\n".join(availability_summary(result.path)))
    return 0 if result.written else 1


def _handle_wizard(args: argparse.Namespace) -> int:
    from model_router.setup.wizard import run_wizard

    _servers(args)
    return run_wizard(args)
