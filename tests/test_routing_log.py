"""Routing events: fields, capture modes, keyed hash, redaction, the writer under load."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from model_router import ModelRouter
from model_router.routing_log import (
    HASH_KEY_FILENAME,
    PREVIEW_CHARS,
    RoutingEventLog,
    append_jsonl_row,
    build_feedback_row,
    build_routing_event,
    load_or_create_hash_key,
    prompt_hash,
    redact,
    resolve_capture_mode,
    serialize_event,
)

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
KEY = b"k" * 64
ALWAYS_PRESENT = {
    "event_type",
    "timestamp",
    "request_id",
    "route_api",
    "selected_engine",
    "status",
    "route_latency_ms",
    "total_latency_ms",
    "fallback_used",
    "config_source",
    "router_version",
    "prompt_hash",
    "prompt_length",
    "estimated_tokens",
    "reasons",
}


@pytest.fixture(scope="module")
def router() -> ModelRouter:
    return ModelRouter.from_config(None, validate_availability=False)


def read_events(directory: Path, name: str = "events.jsonl") -> list[str]:
    """Every line of the live log and its rotated backups."""
    lines: list[str] = []
    for path in sorted(directory.glob(name + "*")):
        if path.suffix == ".lock":
            continue
        lines.extend(path.read_text(encoding="utf-8").splitlines())
    return lines


def record(request_id: str, prompt: str = "hello", **extra: Any) -> dict[str, Any]:
    base = {
        "request_id": request_id,
        "decision": None,
        "selected_engine": "fast_local",
        "status": "forwarded",
        "status_code": 200,
        "backend": "fast",
        "backend_model": "local-fast-model",
        "fallback_used": False,
        "route_latency_ms": 0.012345678,
        "upstream_latency_ms": 5.5,
        "total_latency_ms": 5.6,
        "prompt": prompt,
    }
    base.update(extra)
    return base


# --------------------------------------------------------------------------
# Event shape


def test_event_copies_the_deciding_decision(router: ModelRouter) -> None:
    prompt = "fix the repo and run tests"
    decision = router.route(prompt, include_alternatives=False)
    event = build_routing_event(
        request_id="abc123",
        decision=decision,
        selected_engine=decision.selected_engine,
        status="forwarded",
        route_latency_ms=0.0123456,
        total_latency_ms=12.345678,
        upstream_latency_ms=None,
        prompt=prompt,
        hash_key=KEY,
        config_source="default",
        backend="code",
        status_code=200,
    )
    assert ALWAYS_PRESENT <= set(event)
    assert event["event_type"] == "routing_event"
    assert TIMESTAMP.match(event["timestamp"])
    assert event["route_latency_ms"] == 0.0123 and event["total_latency_ms"] == 12.3457
    assert "upstream_latency_ms" not in event  # None fields are left out
    assert event["selected_engine"] == decision.selected_engine == "code_agent"
    assert event["complexity_score"] == decision.complexity_score
    assert event["risk_score"] == decision.risk_score
    assert event["confidence_score"] == decision.confidence_score
    assert event["features"] == decision.features.to_dict()
    assert event["requirements"] == json.loads(json.dumps(decision.requirements.to_dict()))
    assert event["reasons"] == list(decision.reasons)
    assert event["prompt_length"] == len(prompt)
    assert event["estimated_tokens"] == (len(prompt) + 3) // 4
    assert event["prompt_hash"] != hashlib.sha256(prompt.encode()).hexdigest()
    line = serialize_event(event)
    assert line.endswith("\n") and line.count("\n") == 1
    assert line == json.dumps(json.loads(line), sort_keys=True, separators=(",", ":")) + "\n"


def test_event_without_decision_has_empty_reasons() -> None:
    event = build_routing_event(
        request_id="r",
        decision=None,
        selected_engine="human_confirm",
        status="human_confirm",
        route_latency_ms=0.001,
        total_latency_ms=0.002,
        prompt="",
        hash_key=KEY,
        status_code=409,
    )
    assert event["reasons"] == []
    assert event["status_code"] == 409
    assert "features" not in event and "complexity_score" not in event
    assert event["prompt_length"] == 0 and event["estimated_tokens"] == 0


def test_feedback_row_shape() -> None:
    row = build_feedback_row("req-1", "code_agent", None)
    assert set(row) == {"event_type", "timestamp", "request_id", "expected_engine"}
    assert row["event_type"] == "routing_feedback" and TIMESTAMP.match(row["timestamp"])
    assert build_feedback_row("req-1", "code_agent", "too small")["notes"] == "too small"


# --------------------------------------------------------------------------
# Capture modes


@pytest.mark.parametrize(
    ("mode", "env", "expected"),
    [
        ("off", {}, "off"),
        ("off", {"MODEL_ROUTER_LOG_PROMPTS": "1"}, "off"),  # off wins (improvements.md)
        ("redacted_preview", {}, "redacted_preview"),
        ("redacted_preview", {"MODEL_ROUTER_LOG_PROMPTS": "yes"}, "full"),
        ("full", {}, "full"),
        ("bogus", {}, "redacted_preview"),
        (None, {"MODEL_ROUTER_LOG_PROMPTS": "0"}, "redacted_preview"),
        ("OFF", {"MODEL_ROUTER_LOG_PROMPTS": "true"}, "off"),
    ],
)
def test_capture_mode_resolution(mode: str | None, env: dict[str, str], expected: str) -> None:
    assert resolve_capture_mode(mode, env) == expected


def test_capture_modes_store_what_they_promise() -> None:
    prompt = "email me at someone@example.com " + "x" * 400
    events = {
        mode: build_routing_event(
            request_id="r",
            decision=None,
            selected_engine="fast_local",
            status="forwarded",
            route_latency_ms=0.0,
            total_latency_ms=0.0,
            prompt=prompt,
            hash_key=KEY,
            capture_mode=mode,
        )
        for mode in ("off", "redacted_preview", "full")
    }
    assert "prompt_preview" not in events["off"] and "prompt" not in events["off"]
    preview = events["redacted_preview"]["prompt_preview"]
    assert len(preview) == PREVIEW_CHARS and "someone@example.com" not in preview
    assert preview.startswith("email me at [REDACTED_EMAIL]")
    assert "prompt" not in events["redacted_preview"]
    assert events["full"]["prompt"] == prompt and events["full"]["prompt_preview"] == preview
    hashes = {event["prompt_hash"] for event in events.values()}
    assert len(hashes) == 1  # the hash does not depend on the capture mode


# --------------------------------------------------------------------------
# Keyed prompt hash


def test_hash_key_file_is_private_stable_and_shared(tmp_path: Path) -> None:
    keys: list[bytes] = []
    threads = [threading.Thread(target=lambda: keys.append(load_or_create_hash_key(tmp_path))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(keys)) == 1 and len(keys[0]) == 64
    key_file = tmp_path / HASH_KEY_FILENAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_or_create_hash_key(tmp_path) == keys[0]
    assert [path.name for path in tmp_path.iterdir()] == [HASH_KEY_FILENAME]  # no temp files left
    other = load_or_create_hash_key(tmp_path / "elsewhere")
    assert prompt_hash("yes", keys[0]) != prompt_hash("yes", other)
    assert prompt_hash("yes", keys[0]) == prompt_hash("yes", keys[0])
    assert prompt_hash("yes", keys[0]) != hashlib.sha256(b"yes").hexdigest()


def test_configured_hash_key_wins(tmp_path: Path) -> None:
    with RoutingEventLog(tmp_path / "events.jsonl", hash_key="configured-secret-key-0123456789") as log:
        log.emit(record("a", prompt="yes"))
    (line,) = read_events(tmp_path)
    assert json.loads(line)["prompt_hash"] == prompt_hash("yes", b"configured-secret-key-0123456789")
    assert not (tmp_path / HASH_KEY_FILENAME).exists()


def test_prompt_hash_accepts_lone_surrogates() -> None:
    assert len(prompt_hash("bad \ud800 text", KEY)) == 64


# --------------------------------------------------------------------------
# Redaction

SECRETS = {
    "bearer_header": ("Authorization: Bearer abc.DEF-123", "abc.DEF-123"),
    "basic_header": ('curl -H "Authorization: Basic dXNlcjpwYXNz" https://x', "dXNlcjpwYXNz"),
    "bearer_free": ("use bearer 0123456789abcdefXYZ now", "0123456789abcdefXYZ"),
    "openai_key": ("key sk-proj-ABCDEFGHIJKLMNOP1234", "sk-proj-ABCDEFGHIJKLMNOP1234"),
    "hf_token": ("token hf_abcdefghijklmnopqrstu", "hf_abcdefghijklmnopqrstu"),
    "github_pat": ("github_pat_11ABCDEFG0123456789_abcdef", "github_pat_11ABCDEFG0123456789_abcdef"),
    "api_key_eq": ("config api_key=s3cr3tValue!", "s3cr3tValue!"),
    "json_password": ('{"password": "hunter2!x"}', "hunter2!x"),
    "password_is": ("my password is Tr0ub4dor&3 please", "Tr0ub4dor&3"),
    "api_key_phrase": ("the api key: QWERTY-998877 works", "QWERTY-998877"),
    "aws_access_key": ("id AKIAIOSFODNN7EXAMPLE ok", "AKIAIOSFODNN7EXAMPLE"),
    "aws_secret_kv": ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG"),
    "aws_secret_free": ("creds AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "bPxRfiCYEXAMPLEKEY"),
    "jwt": (
        "token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    "pem": (
        "here:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretmaterial\n-----END RSA PRIVATE KEY-----\nthanks",
        "MIIEowIBAAKCAQEAsecretmaterial",
    ),
    "pem_truncated": ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA", "b3BlbnNzaC1rZXktdjEAAAAA"),
    "email": ("write to jane.doe+work@example.co.uk today", "jane.doe+work@example.co.uk"),
    "card_spaces": ("card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"),
    "card_dashes": ("amex 3782-822463-10005", "3782-822463-10005"),
    "card_plain": ("pay with 5555555555554444", "5555555555554444"),
    "ssn": ("ssn 123-45-6789", "123-45-6789"),
    "ssn_label": ("my social security number is 123456789", "123456789"),
    "url_credentials": ("clone https://bob:pa55word@git.example.com/repo", "pa55word"),
}


@pytest.mark.parametrize("name", sorted(SECRETS))
def test_redaction_removes_secret(name: str) -> None:
    text, secret = SECRETS[name]
    redacted = redact(text)
    assert secret not in redacted
    assert "REDACTED" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "sort these in alphabetical order",
        "commit 3f786850e387550fdab836ed7e6dc881de23001b broke the build",
        "set max_tokens=100 and keep tokens: 5",
        "call 555-123-4567 tomorrow",
        "card 4111-1111-1111-1112 fails the Luhn check",
        "the year 2024 had 366 days",
        "",
    ],
)
def test_redaction_keeps_ordinary_text(text: str) -> None:
    assert redact(text) == text


def test_redaction_is_linear_on_hostile_input() -> None:
    # Long runs that would make a naive pattern backtrack quadratically.
    for hostile in ("a" * 200_000, "a." * 100_000 + "@", "1" * 200_000, "ab_" * 70_000, "eyJ" * 70_000):
        redact(hostile)  # completes (a quadratic rule would take minutes)


# --------------------------------------------------------------------------
# Privacy through the writer

PLANTED = [secret for _text, secret in SECRETS.values()]


@pytest.mark.parametrize("mode", ["off", "redacted_preview"])
def test_planted_secrets_never_reach_the_log(tmp_path: Path, mode: str) -> None:
    prompts = [text for text, _secret in SECRETS.values()]
    prompts.append(" ".join(prompts))  # all of them at once
    with RoutingEventLog(tmp_path / "events.jsonl", prompt_capture=mode, env={"MODEL_ROUTER_LOG_PROMPTS": "1" if mode == "off" else "0"}) as log:
        for index, prompt in enumerate(prompts):
            leak = {"messages": [{"role": "user", "content": prompt}], "tools": [{"name": "sk-secret-tool"}]}
            log.emit(
                record(
                    f"req-{index}",
                    prompt=prompt,
                    body=json.dumps(leak),
                    headers={"Authorization": "Bearer abc.DEF-123"},
                    messages=leak["messages"],
                    tools=leak["tools"],
                    api_key="sk-proj-ABCDEFGHIJKLMNOP1234",
                )
            )
    text = "\n".join(read_events(tmp_path))
    assert len(read_events(tmp_path)) == len(prompts)
    for secret in PLANTED + ["sk-secret-tool", '"messages"', '"tools"', '"body"', '"headers"']:
        assert secret not in text, secret
    if mode == "redacted_preview":
        assert "[REDACTED" in text  # the previews are there, just redacted


def test_full_capture_keeps_the_raw_prompt(tmp_path: Path) -> None:
    text, secret = SECRETS["jwt"]
    with RoutingEventLog(tmp_path / "events.jsonl", prompt_capture="full") as log:
        log.emit(record("r", prompt=text))
    (line,) = read_events(tmp_path)
    assert json.loads(line)["prompt"] == text and secret in line


# --------------------------------------------------------------------------
# Writer behaviour


def test_concurrent_emits_with_rotation_lose_nothing(tmp_path: Path) -> None:
    threads_count, per_thread = 16, 400
    log = RoutingEventLog(tmp_path / "events.jsonl", max_bytes=40_000, backups=500, batch_size=64)
    barrier = threading.Barrier(threads_count)

    def worker(worker_id: int) -> None:
        barrier.wait()
        for index in range(per_thread):
            assert log.emit(record(f"t{worker_id}-{index}", prompt=f"prompt {worker_id} {index}"))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.close()
    lines = read_events(tmp_path)
    ids = [json.loads(line)["request_id"] for line in lines]  # every line parses
    expected = {f"t{w}-{i}" for w in range(threads_count) for i in range(per_thread)}
    assert len(ids) == len(expected) and set(ids) == expected
    rotated = list(tmp_path.glob("events.jsonl.*[0-9]"))
    assert len(rotated) >= 5, "rotation must have happened during the run"
    assert log.stats() == {"emitted": len(expected), "written": len(expected), "dropped": 0, "failed": 0}
    for path in rotated:
        # A rotated file stops at the first line that reaches max_bytes.
        assert path.stat().st_size < 40_000 + 1_000


def test_rotation_keeps_at_most_backups_files(tmp_path: Path) -> None:
    with RoutingEventLog(tmp_path / "events.jsonl", max_bytes=2_000, backups=3) as log:
        for index in range(500):
            log.emit(record(f"r{index}"))
    names = sorted(path.name for path in tmp_path.glob("events.jsonl*") if path.suffix != ".lock")
    assert names == ["events.jsonl", "events.jsonl.1", "events.jsonl.2", "events.jsonl.3"]
    # The newest events survive, in order across the backups.
    ordered = []
    for name in ["events.jsonl.3", "events.jsonl.2", "events.jsonl.1", "events.jsonl"]:
        ordered += [json.loads(line)["request_id"] for line in (tmp_path / name).read_text().splitlines()]
    assert ordered[-1] == "r499"
    assert ordered == [f"r{index}" for index in range(500 - len(ordered), 500)]


def test_no_rotation_when_backups_is_zero(tmp_path: Path) -> None:
    with RoutingEventLog(tmp_path / "events.jsonl", max_bytes=500, backups=0) as log:
        for index in range(50):
            log.emit(record(f"r{index}"))
    assert len(read_events(tmp_path)) == 50
    assert not list(tmp_path.glob("events.jsonl.1"))


WORKER_SCRIPT = textwrap.dedent(
    """
    import sys
    from model_router.routing_log import RoutingEventLog
    path, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    log = RoutingEventLog(path, max_bytes=30_000, backups=1000, batch_size=32)
    for index in range(count):
        log.emit({"request_id": f"p{worker}-{index}", "decision": None, "selected_engine": "fast_local",
                  "status": "forwarded", "route_latency_ms": 0.01, "total_latency_ms": 1.0,
                  "prompt": "hello from " + worker})
    log.close()
    """
)


def test_several_processes_share_one_log(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    processes = [
        subprocess.Popen([sys.executable, "-c", WORKER_SCRIPT, str(path), str(worker), "1500"])
        for worker in range(4)
    ]
    for process in processes:
        assert process.wait(timeout=60) == 0
    ids = [json.loads(line)["request_id"] for line in read_events(tmp_path)]
    expected = {f"p{worker}-{index}" for worker in range(4) for index in range(1500)}
    assert len(ids) == len(expected) and set(ids) == expected
    assert len(list(tmp_path.glob("events.jsonl.*[0-9]"))) >= 5
    keys = {json.loads(line)["prompt_hash"] for line in read_events(tmp_path) if '"p0-' in line}
    assert len(keys) == 1  # one shared key file: the same prompt hashes alike in every process


def test_write_failure_never_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    log = RoutingEventLog(blocker / "events.jsonl", hash_key="k" * 32)
    assert log.emit(record("a")) is True
    assert log.flush()
    log.close()
    assert log.stats()["failed"] == 1 and log.stats()["written"] == 0
    assert log.emit(record("after-close")) is False


def test_close_flushes_everything_queued(tmp_path: Path) -> None:
    log = RoutingEventLog(tmp_path / "events.jsonl")
    for index in range(5000):
        log.emit(record(f"r{index}"))
    log.close()
    assert len(read_events(tmp_path)) == 5000


def test_pending_limit_drops_instead_of_growing(tmp_path: Path) -> None:
    log = RoutingEventLog(tmp_path / "events.jsonl", max_pending=1)
    accepted = sum(log.emit(record(f"r{index}")) for index in range(2000))
    log.close()
    assert accepted == len(read_events(tmp_path))
    assert log.stats()["dropped"] == 2000 - accepted


def test_odd_decision_still_logs_the_event(tmp_path: Path) -> None:
    class Broken:
        reasons = property(lambda self: 1 / 0)

    with RoutingEventLog(tmp_path / "events.jsonl") as log:
        log.emit(record("odd", decision=Broken()))
    (line,) = read_events(tmp_path)
    assert json.loads(line)["reasons"] == []


def test_from_observability(tmp_path: Path) -> None:
    assert RoutingEventLog.from_observability(None) is None
    assert RoutingEventLog.from_observability({"enabled": False}) is None
    log = RoutingEventLog.from_observability(
        {"enabled": True, "log_path": str(tmp_path / "e.jsonl"), "prompt_capture": "off", "max_bytes": 10, "backups": 2},
        config_source="/etc/router.yaml",
        env={},
    )
    assert log is not None
    with log:
        log.emit(record("a"))
    event = json.loads((tmp_path / "e.jsonl").read_text())
    assert event["config_source"] == "/etc/router.yaml" and "prompt_preview" not in event


def test_append_jsonl_row(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "feedback.jsonl"
    assert append_jsonl_row(target, {"b": 1, "a": 2})
    assert append_jsonl_row(target, {"c": 3})
    assert target.read_text().splitlines() == ['{"a":2,"b":1}', '{"c":3}']
    assert append_jsonl_row(tmp_path / "deep" / "feedback.jsonl" / "x", {"a": 1}) is False


def test_module_is_standard_library_only() -> None:
    code = "import sys, model_router.routing_log; print('aiohttp' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
