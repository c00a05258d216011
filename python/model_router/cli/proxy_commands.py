"""``init``, ``validate-proxy-config`` and ``doctor``: the proxy's tooling commands.

Outputs and exit codes follow behaviour spec section 4. None of these needs
aiohttp: ``doctor`` uses the stdlib probe that ``/health?detail=1`` shares.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

PRESETS = ("lmstudio", "ollama", "llamacpp", "localai", "hosted-openai-compatible")
DEFAULT_PRESET = "lmstudio"
DEFAULT_PROXY_PORT = 8082
_DEFAULT_PROXY_CONFIG = "~/.model-router/routing_proxy.yaml"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``init``, ``validate-proxy-config`` and ``doctor`` to the ``model-router`` parser."""
    init = subparsers.add_parser("init", help="write a proxy config from a preset into ~/.model-router")
    init.add_argument("--preset", choices=PRESETS, help="backend preset (default: ask, or lmstudio with --yes)")
    init.add_argument("--config-dir", default="~/.model-router", help="directory to write (default ~/.model-router)")
    init.add_argument("--proxy-port", type=int, default=DEFAULT_PROXY_PORT, help="proxy port (default 8082)")
    init.add_argument("--yes", action="store_true", help="do not ask; use the preset as it is")
    init.add_argument("--force", action="store_true", help="overwrite existing files")
    init.add_argument("--json", action="store_true", help="print JSON")
    init.set_defaults(handler=run_init)

    validate = subparsers.add_parser("validate-proxy-config", help="validate a routing_proxy.yaml")
    validate.add_argument("--config", default=_DEFAULT_PROXY_CONFIG, help=f"proxy config (default {_DEFAULT_PROXY_CONFIG})")
    validate.add_argument("--json", action="store_true", help="print JSON")
    validate.set_defaults(handler=run_validate_proxy_config)

    doctor = subparsers.add_parser("doctor", help="check the proxy config and probe every backend")
    doctor.add_argument("--config", default=_DEFAULT_PROXY_CONFIG, help=f"proxy config (default {_DEFAULT_PROXY_CONFIG})")
    doctor.add_argument("--timeout", type=float, help="probe timeout in seconds (default health.backend_timeout_seconds)")
    doctor.add_argument("--json", action="store_true", help="print JSON")
    doctor.set_defaults(handler=run_doctor)


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, sort_keys=True))


def _lower(value: bool) -> str:
    return "true" if value else "false"


# --------------------------------------------------------------------------
# init


def _preset_document(name: str) -> dict[str, Any]:
    from importlib import resources

    import yaml

    text = resources.files("model_router.data").joinpath("presets").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _ask(question: str, default: str) -> str:
    try:
        answer = input(f"{question} [{default}]: ")
    except EOFError:
        return ""
    return answer.strip()


def _choose_preset() -> str | None:
    print("Presets:")
    for number, name in enumerate(PRESETS, start=1):
        print(f"  {number}. {name}")
    answer = _ask("Preset", DEFAULT_PRESET)
    if not answer:
        return DEFAULT_PRESET
    if answer.isdigit() and 1 <= int(answer) <= len(PRESETS):
        return PRESETS[int(answer) - 1]
    return answer if answer in PRESETS else None


def run_init(args: argparse.Namespace) -> int:
    """Write ``model_router.yaml`` and ``routing_proxy.yaml`` into the config directory."""
    import yaml

    from model_router.config import default_config_text

    preset = args.preset
    port = args.proxy_port
    if not args.yes:
        if preset is None:
            preset = _choose_preset()
            if preset is None:
                print("Init failed: preset must be one of: " + ", ".join(PRESETS), file=sys.stderr)
                return 1
        answer = _ask("Proxy port", str(port))
        if answer:
            try:
                port = int(answer) if int(answer) > 0 else port
            except ValueError:
                pass
    preset = preset or DEFAULT_PRESET
    document = _preset_document(preset)
    if not args.yes:
        for name, backend in document["backends"].items():
            for key in ("base_url", "model"):
                answer = _ask(f"{name} {key}", str(backend[key]))
                if answer:
                    backend[key] = answer

    config_dir = Path(args.config_dir).expanduser()
    log_dir = config_dir / "logs"
    router_path = config_dir / "model_router.yaml"
    proxy_path = config_dir / "routing_proxy.yaml"
    messages: list[str] = []
    written: list[str] = []
    skipped: list[str] = []
    try:
        for directory, label in ((config_dir, "config"), (log_dir, "log")):
            if not directory.is_dir():
                directory.mkdir(parents=True, exist_ok=True)
                messages.append(f"Created {label} directory: {directory}")
        document.setdefault("proxy", {})["port"] = port
        document["router_config"] = str(router_path)
        document.setdefault("observability", {})["log_path"] = str(log_dir / "routing-events.jsonl")
        proxy_text = (
            f"# model-router proxy config written by `model-router init --preset {preset}`.\n"
            "# Check it with `model-router validate-proxy-config` and `model-router doctor`.\n"
            + yaml.safe_dump(document, sort_keys=False)
        )
        for path, text in ((router_path, default_config_text()), (proxy_path, proxy_text)):
            if path.exists() and not args.force:
                skipped.append(str(path))
                continue
            path.write_text(text, encoding="utf-8")
            written.append(str(path))
    except OSError as exc:
        print(f"Init failed: {exc.strerror or exc} ({getattr(exc, 'filename', '') or config_dir})", file=sys.stderr)
        return 1
    messages.append("Existing files skipped; pass --force to overwrite." if skipped else "Configuration ready.")
    messages.append(f"Run: model-router-proxy --config {proxy_path}")
    messages.append(f"Agent endpoint: http://127.0.0.1:{port}/v1")
    ok = not skipped
    if args.json:
        _print_json(
            {
                "ok": ok,
                "config_dir": str(config_dir),
                "preset": preset,
                "model_router_config": str(router_path),
                "routing_proxy_config": str(proxy_path),
                "log_dir": str(log_dir),
                "written": written,
                "skipped": skipped,
                "messages": messages,
            }
        )
    else:
        for message in messages:
            print(message)
        for title, paths in (("Written:", written), ("Skipped:", skipped)):
            print(title)
            for path in paths:
                print(f"- {path}")
    return 0 if ok else 1


# --------------------------------------------------------------------------
# validate-proxy-config


def run_validate_proxy_config(args: argparse.Namespace) -> int:
    """Validate a proxy config (the router config it names is not loaded)."""
    from model_router.proxy_config import ProxyConfigError, load_proxy_config

    try:
        config = load_proxy_config(args.config)
    except ProxyConfigError as exc:
        if args.json:
            _print_json({"config_valid": False, "error": str(exc)})
        else:
            print("Proxy config valid: false")
            print(f"Error: {exc}")
        return 1
    if args.json:
        _print_json(
            {
                "config_valid": True,
                "proxy_config": config.source_path,
                "router_config": config.router_config_label,
                "backends": sorted(config.backends),
                "engine_backends": dict(sorted(config.engine_backends.items())),
                "observability": config.observability.summary(),
            }
        )
    else:
        print("Proxy config valid: true")
        print(f"Proxy config: {config.source_path}")
        print(f"Router config: {config.router_config_label}")
        print("Backends: " + ", ".join(sorted(config.backends)))
    return 0


# --------------------------------------------------------------------------
# doctor


def run_doctor(args: argparse.Namespace) -> int:
    """Load both configs and probe every backend; exit 0 iff all is well."""
    from model_router.proxy.health import probe_backends
    from model_router.proxy_config import ProxyConfigError, load_proxy_config

    report: dict[str, Any] = {
        "ok": False,
        "proxy_config_valid": False,
        "router_config_valid": False,
        "proxy_config": str(Path(args.config).expanduser()),
        "router_config": None,
        "backends": [],
        "errors": [],
    }
    try:
        config = load_proxy_config(args.config)
    except ProxyConfigError as exc:
        report["errors"].append(str(exc))
        return _doctor_output(args, report)
    report["proxy_config_valid"] = True
    report["proxy_config"] = config.source_path
    report["router_config"] = config.router_config_label
    try:
        from model_router.config import load_router_config

        load_router_config(config.router_config)
        report["router_config_valid"] = True
    except ValueError as exc:
        report["errors"].append(str(exc))
    timeout = args.timeout if args.timeout else config.health.backend_timeout_seconds
    probes = probe_backends(config.backends.values(), timeout)
    report["backends"] = [probe.to_dict() for probe in probes]
    report["ok"] = report["router_config_valid"] and all(probe.ok for probe in probes)
    return _doctor_output(args, report)


def _doctor_output(args: argparse.Namespace, report: dict[str, Any]) -> int:
    if args.json:
        _print_json(report)
    else:
        print(f"Proxy config valid: {_lower(report['proxy_config_valid'])}")
        print(f"Router config valid: {_lower(report['router_config_valid'])}")
        print(f"Overall ok: {_lower(report['ok'])}")
        print("Errors:")
        for error in report["errors"]:
            print(f"- {error}")
        print("Backends:")
        for probe in report["backends"]:
            state = "reachable" if probe["reachable"] else "unreachable"
            print(f"- {probe['backend']}: {state} ({probe['detail']})")
    return 0 if report["ok"] else 1
