"""``model-router setup wizard``: pick an engine for every route, then write the config.

Every question shows its default in brackets (Enter accepts it). Ctrl-C or
the end of input at any question stops the wizard; the config is written
only after the final "Write this config" answer, atomically, so an abort
never leaves a half-written file. With ``--json`` the questions go to stderr
and the result is printed as JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from model_router.setup.catalog import advise
from model_router.setup.download import DownloadItem, DownloadReport, execute_downloads
from model_router.setup.hardware import detect_hardware
from model_router.setup.recommend import (
    AGENT_ENGINES,
    API_ENGINES,
    DEFAULT_LOCAL_ROOT,
    DownloadSuggestion,
    Recommendation,
    local_model_override,
    recommend,
)
from model_router.setup.roles import ROUTE_ENGINES, ROUTE_LABELS
from model_router.setup.scan import ScanResult, scan_environment

__all__ = ["MODES", "WizardAborted", "run_wizard"]

#: mode name -> menu label (menu numbers follow this order).
MODES: dict[str, str] = {
    "local": "Local LLMs only",
    "api": "API keys / hosted models",
    "mixed": "Mix of local models, hosted APIs and agent tools",
}
_MODE_WORDS = {
    "1": "local", "local": "local", "llm": "local", "llms": "local", "offline": "local",
    "2": "api", "api": "api", "apis": "api", "hosted": "api", "keys": "api", "cloud": "api",
    "3": "mixed", "mix": "mixed", "mixed": "mixed", "both": "mixed",
}  # fmt: skip
# Routes where a hosted chat API is a sensible choice (image generation and
# retrieval need local tools).
_API_ROUTES = ("simple", "balanced", "reasoning", "coding", "vision")


class WizardAborted(Exception):
    """The input ended before the wizard finished."""


@dataclass
class _Option:
    label: str
    engine: str
    override: dict[str, Any] | None = None
    download: DownloadSuggestion | None = None
    note: str | None = None


@dataclass
class _Choices:
    targets: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    downloads: dict[str, DownloadSuggestion] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


class _Console:
    """Questions and messages on one stream; answers from stdin."""

    def __init__(self, out: TextIO, read_line: Callable[[], str]) -> None:
        self.out = out
        self._read_line = read_line

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def ask(self, question: str) -> str:
        self.out.write(question)
        self.out.flush()
        line = self._read_line()
        if not line:  # end of input
            self.out.write("\n")
            raise WizardAborted
        return line.strip()

    def yes_no(self, question: str) -> bool:
        return self.ask(f"{question} [y/N] ").lower() in {"y", "yes"}


def _engine_summary(engines: dict[str, Any], name: str) -> str:
    engine = engines.get(name)
    if not isinstance(engine, dict):
        return f"engine {name}"
    availability = engine.get("availability") if isinstance(engine.get("availability"), dict) else {}
    paths = availability.get("required_paths") or []
    path = ", ".join(str(p) for p in paths) if paths else "none"
    return f"engine {name} (model: {engine.get('model')}; adapter: {engine.get('adapter')}; path: {path})"


def _enabling_override(engine: str) -> dict[str, Any] | None:
    if engine in AGENT_ENGINES:
        return {"enabled": True, "availability": {"status": "auto", "required_commands": [AGENT_ENGINES[engine]]}}
    if engine in API_ENGINES:
        adapter, env_var = API_ENGINES[engine]
        return {"enabled": True, "adapter": adapter, "availability": {"status": "auto", "required_env": [env_var]}}
    return None


class _Wizard:
    def __init__(self, args: argparse.Namespace, console: _Console) -> None:
        self.args = args
        self.console = console
        self.scan: ScanResult
        self.recommendation: Recommendation
        self.catalog_engines: set[str] = set()

    # -- discovery -------------------------------------------------------

    def discover(self) -> None:
        self.scan = scan_environment(
            self.args.model_dir,
            use_default_dirs=not self.args.no_default_dirs,
            query_local_servers=not self.args.no_servers,
        )
        hardware = detect_hardware(DEFAULT_LOCAL_ROOT)
        self.hardware = hardware
        self.recommendation = recommend(self.scan, hardware, self.args.profile)
        self.advice = advise(hardware, self.args.profile)

    def offer_hf_install(self) -> None:
        if not self.recommendation.download_suggestions or self.scan.has_command("hf"):
            return
        self.console.say("Hugging Face `hf` CLI is missing. It is only needed to download suggested models.")
        if not self.console.yes_no("Install it into this Python environment now?"):
            self.console.say("Continuing without it; you can download models later.")
            return
        command = [sys.executable, "-m", "pip", "install", "--upgrade", "huggingface_hub[cli]"]
        self.console.say("Running: " + " ".join(command))
        try:
            result = subprocess.run(command, stdout=self.console.out, stderr=self.console.out, check=False)
            returncode = result.returncode
        except OSError as exc:
            returncode = -1
            self.console.say(f"Could not run pip: {exc.strerror or exc}")
        if returncode == 0:
            self.discover()
        else:
            self.console.say("Installing the `hf` CLI failed; continuing without it.")

    def show_discovery(self) -> None:
        say = self.console.say
        say("")
        say("Found on this machine:")
        agents = [c for c in ("claude", "codex") if self.scan.has_command(c)]
        keys = [v for v in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY") if self.scan.has_env(v)]
        say(f"- agent CLIs: {', '.join(agents) or 'none'}")
        say(f"- API keys: {', '.join(keys) or 'none'} (values are never shown)")
        say(f"- hf CLI: {'yes' if self.scan.has_command('hf') else 'no'}")
        servers = [f"{r.kind} ({len(r.models)} models)" for r in self.scan.servers if r.reachable and not r.error]
        say(f"- running model servers: {', '.join(servers) or 'none'}")
        if self.scan.models:
            say(f"- local models ({len(self.scan.models)}):")
            for model in self.scan.models:
                say(f"    {model.repo_id} ({model.source}; {', '.join(model.roles) or 'unclassified'})")
        else:
            say("- local models: none")
        say(self.hardware.note())

    # -- questions ---------------------------------------------------------

    def ask_mode(self) -> str:
        say = self.console.say
        say("")
        say("Which models should serve your prompts?")
        for number, label in enumerate(MODES.values(), start=1):
            say(f"  {number}. {label}")
        answer = self.console.ask("Mode [3]: ").lower()
        if not answer:
            return "mixed"
        mode = _MODE_WORDS.get(answer)
        if mode is None:
            say(f"Unknown mode {answer!r}; using the mix (3).")
            return "mixed"
        return mode

    def _options(self, route: str) -> list[_Option]:
        engine = ROUTE_ENGINES[route]
        options: list[_Option] = []
        matching = [model for model in self.scan.models if engine in model.roles]
        others = [model for model in self.scan.models if engine not in model.roles]
        for kind, models in (("Local model", matching), ("Other local model", others)):
            for model in models:
                options.append(
                    _Option(
                        label=f"{kind} {model.repo_id} ({model.source})",
                        engine=engine,
                        override=local_model_override(model, engine),
                        note=f"Local model {model.repo_id} mapped to {engine}.",
                    )
                )
        advice = self.advice.get(engine)
        if advice is not None:
            suggestion = DownloadSuggestion.from_entry(advice.entry, advice.reason, DEFAULT_LOCAL_ROOT)
            options.append(
                _Option(
                    label=f"Download {suggestion.repo_id} from Hugging Face ({advice.reason})",
                    engine=engine,
                    download=suggestion,
                )
            )
        if route == "coding":
            for agent, command in AGENT_ENGINES.items():
                if self.scan.has_command(command):
                    options.append(_Option(f"Agent {agent} (uses the `{command}` CLI)", agent, _enabling_override(agent)))
        if route in _API_ROUTES:
            for api, (_adapter, env_var) in API_ENGINES.items():
                if self.scan.has_env(env_var):
                    options.append(_Option(f"API {api} ({env_var} is set)", api, _enabling_override(api)))
        return options

    def _default_index(self, route: str, mode: str, options: list[_Option], has_existing: bool) -> int:
        if has_existing:
            return 0
        engine = ROUTE_ENGINES[route]
        local_pick = self.recommendation.local_models.get(engine)

        def index_of(predicate: Callable[[_Option], bool]) -> int | None:
            for index, option in enumerate(options, start=1):
                if predicate(option):
                    return index
            return None

        local_index = (
            index_of(lambda o: o.override is not None and o.override.get("model") == local_pick.repo_id)
            if local_pick
            else None
        )
        if mode == "api":
            preferred: list[str] = []
            if route == "coding":
                preferred = ["claude_code", "codex"]
            elif route in ("simple", "balanced"):
                preferred = ["openai_api"]
            elif route == "reasoning":
                preferred = ["anthropic_api", "openai_api"]
            for name in preferred:
                found = index_of(lambda o, name=name: o.engine == name)
                if found is not None:
                    return found
        elif mode == "mixed":
            target = self.recommendation.routing_targets.get(route)
            if target in AGENT_ENGINES:
                found = index_of(lambda o: o.engine == target)
                if found is not None:
                    return found
        return local_index or 0

    def _resolve(self, answer: str, options: list[_Option], keep: _Option) -> _Option | None:
        all_options = [keep, *options]
        if answer.isdigit():
            index = int(answer)
            return all_options[index] if index < len(all_options) else None
        lowered = answer.lower()
        if lowered in self.catalog_engines:
            for option in options:
                if option.engine == lowered and option.download is None and option.override is None:
                    return option
            return _Option(f"engine {lowered}", lowered, _enabling_override(lowered))
        if len(lowered) < 3:  # "y" or "a" would match some label by accident
            return None
        matches = [option for option in all_options if lowered in option.label.lower()]
        return matches[0] if len(matches) == 1 else None

    def ask_routes(self, mode: str, base: dict[str, Any], has_existing: bool) -> _Choices:
        choices = _Choices()
        engines = base.get("engines") if isinstance(base.get("engines"), dict) else {}
        base_targets = base.get("routing_targets") if isinstance(base.get("routing_targets"), dict) else {}
        total = len(ROUTE_ENGINES)
        self.console.say("")
        self.console.say("For each route, choose what serves it. Enter a number, an engine name, or part of an option.")
        for position, route in enumerate(ROUTE_ENGINES, start=1):
            current = str(base_targets.get(route, ROUTE_ENGINES[route]))
            keep = _Option(f"Keep {_engine_summary(engines, current)}", current)
            options = self._options(route)
            default_index = self._default_index(route, mode, options, has_existing)
            self.console.say("")
            self.console.say(f"[{position}/{total}] {ROUTE_LABELS[route]}")
            self.console.say(f"  0. {keep.label}")
            for number, option in enumerate(options, start=1):
                self.console.say(f"  {number}. {option.label}")
            if not options:
                self.console.say(f"  No exact recommendation for this route; 0 keeps engine {current}.")
            default = [keep, *options][default_index]
            answer = self.console.ask(f"Choice for {route} [{default_index}]: ")
            chosen = default if not answer else self._resolve(answer, options, keep)
            if chosen is None:
                self.console.say(f"Unknown choice {answer!r}; keeping {default.engine}.")
                chosen = default
            choices.targets[route] = chosen.engine
            if chosen.override is not None:
                choices.overrides[chosen.engine] = chosen.override
            if chosen.download is not None:
                choices.downloads[chosen.engine] = chosen.download
                choices.overrides.pop(chosen.engine, None)
            if chosen.note:
                choices.notes.append(chosen.note)
            self.console.say(f"  -> {route}: {chosen.engine}")
        choices.targets["confirmation"] = "human_confirm"
        return choices


def _final_document(base: dict[str, Any], choices: _Choices, completed: set[str]) -> dict[str, Any]:
    from model_router.setup.write import build_config_document

    overrides = dict(choices.overrides)
    for engine, suggestion in choices.downloads.items():
        if engine in completed:
            overrides[engine] = suggestion.engine_override()
    return build_config_document(choices.targets, overrides, base)


def _write(output: str, base: dict[str, Any], choices: _Choices, completed: set[str], *, force: bool) -> Any:
    from model_router.setup.write import render_config, write_config_text

    pending = [s for engine, s in choices.downloads.items() if engine not in completed]
    text = render_config(_final_document(base, choices, completed), notes=choices.notes, pending_downloads=pending)
    return write_config_text(output, text, force=force)


def run_wizard(args: argparse.Namespace) -> int:
    """Run the interactive wizard for the parsed ``setup wizard`` arguments; returns the exit code."""
    out = sys.stderr if args.json else sys.stdout
    console = _Console(out, sys.stdin.readline)
    result: dict[str, Any] = {"written": False, "path": str(Path(args.output).expanduser()), "downloads": None}
    try:
        exit_code = _run(args, console, result)
    except WizardAborted:
        console.say("Input ended: setup wizard stopped. No config written." if not result["written"] else "Stopped.")
        exit_code = 1
        result["aborted"] = True
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    return exit_code


def _run(args: argparse.Namespace, console: _Console, result: dict[str, Any]) -> int:
    from model_router.config import RouterConfigError, load_router_config
    from model_router.setup.write import load_base_document

    console.say("ModelRouter setup wizard")
    console.say("Press Enter to accept the default in [brackets]. Ctrl-C stops without writing anything.")
    wizard = _Wizard(args, console)
    wizard.catalog_engines = set(load_base_document(None).get("engines", {}))
    wizard.discover()
    wizard.offer_hf_install()
    wizard.show_discovery()

    output = args.output
    has_existing = False
    try:
        load_router_config(output)
        has_existing = True
    except RouterConfigError:
        pass
    base = load_base_document(output if has_existing else None)
    if has_existing:
        console.say(f"Existing config {output} is valid: its choices are the defaults.")

    mode = wizard.ask_mode()
    choices = wizard.ask_routes(mode, base, has_existing)
    choices.notes += [f"Wizard mode selected: {mode}.", "Route selections were confirmed interactively."]

    console.say("")
    console.say("Your routing:")
    for route, engine in choices.targets.items():
        console.say(f"- {route}: {engine}")
    for engine, override in choices.overrides.items():
        if "model" in override:
            console.say(f"  {engine} uses {override['model']} ({override.get('provider')})")
    for engine, suggestion in choices.downloads.items():
        console.say(f"  {engine} will use {suggestion.repo_id} once downloaded")
    result.update(mode=mode, routing_targets=choices.targets, notes=choices.notes)

    if not console.yes_no(f"Write this config to {output}?"):
        console.say("No config written.")
        return 0
    force = bool(args.force)
    if Path(output).expanduser().exists() and not force:
        if not console.yes_no(f"Config already exists: {output}. Overwrite?"):
            console.say("No config written.")
            return 0
        force = True
    try:
        written = _write(output, base, choices, set(), force=force)
    except (RouterConfigError, OSError) as exc:
        console.say(f"Writing the config failed: {exc}")
        return 1
    console.say(written.message)
    result.update(written=written.written, message=written.message)
    if not written.written:
        return 1
    if choices.downloads:
        console.say("")
        console.say("The config keeps these engines on their previous definition until the download finishes:")
        for engine, suggestion in choices.downloads.items():
            console.say(f"- {engine}: {suggestion.repo_id} -> {suggestion.local_dir}")
        try:
            run_now = console.yes_no("Download selected recommended models now?")
        except WizardAborted:
            run_now = False
        if not run_now:
            console.say("Downloads skipped. Later: model-router setup download --execute, then setup write --force.")
            return 0
        plan = DownloadReport(
            executed=False,
            items=tuple(
                DownloadItem(s.route, s.repo_id, s.adapter, s.command, s.local_dir) for s in choices.downloads.values()
            ),
            notes=(),
        )
        report = execute_downloads(plan, execute=True, confirmed=True, progress=console.out)
        result["downloads"] = report.to_dict()
        completed = {item.route for item in report.items if item.status == "completed"}
        if completed:
            rewritten = _write(output, base, choices, completed, force=True)
            console.say(f"Wired downloaded models ({', '.join(sorted(completed))}): {rewritten.message}")
        return 0 if report.ok else 1
    return 0
