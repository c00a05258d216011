"""Load benchmark for model-router-proxy against a local mock model server.

Starts a mock upstream and the proxy as subprocesses, drives load from a
third process (an aiohttp client), and prints JSON: requests per second,
p50 / p99 latency per mode (non-stream, stream) and concurrency, for the
proxy and for the upstream directly, plus the added latency (proxy minus
direct p50 at the same concurrency) and the proxy's memory before/after.

    python bench/proxy_load.py [--duration 5] [--concurrency 1 64] [--workers 1] [--clients 1]
    python bench/proxy_load.py --soak 60      # memory over a 60 s run at concurrency 64
    python bench/proxy_load.py --compare-pythonpath /tmp/old/python --rounds 3

``--compare-pythonpath DIR`` runs a second proxy from another source tree
(``PYTHONPATH=DIR``, e.g. an older commit's ``python/`` from ``git archive``)
next to this one and drives both with alternating requests from one
driver, so both see the same machine at the same moment; it prints CPU
per request and p50 for each. On a busy machine this is the only way to
see a 10% change: sequential runs differ by more than that.

The load driver and the mock upstream use uvloop when it is installed (so
the load generator is not the bottleneck); ``--clients N`` splits each
concurrency over N driver processes. ``--soak S`` drives a mix of streamed
and plain requests for S seconds and samples the proxy's RSS every second.

Numbers depend on the machine; compare runs made on the same one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROMPT = [{"role": "user", "content": "hello there, how are you today?"}]
ANSWER = {
    "id": "chatcmpl-bench",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "bench-model",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "fine, thanks"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12},
}


# -- mock upstream (subprocess) ----------------------------------------------


def serve_upstream(port_file: str) -> None:
    from aiohttp import web

    body = json.dumps(ANSWER).encode()
    chunk = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1700000000, "model": "bench-model"}
    events = [
        b"data: " + json.dumps(dict(chunk, choices=[{"index": 0, "delta": {"content": w}, "finish_reason": None}])).encode() + b"\n\n"
        for w in ("fine", ",", " thanks", " for", " asking", ".", " And", " you?")
    ]
    events.append(b"data: " + json.dumps(dict(chunk, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])).encode() + b"\n\n")
    events.append(b"data: [DONE]\n\n")

    async def chat(request: web.Request) -> web.StreamResponse:
        payload = await request.json()
        if not payload.get("stream"):
            return web.Response(body=body, content_type="application/json")
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for event in events:  # one write per event, like a token-by-token server
            await response.write(event)
        await response.write_eof()
        return response

    async def main() -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", chat)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        Path(port_file).write_text(str(runner.addresses[0][1]))
        await asyncio.Event().wait()

    _run(main())


def _run(coro):  # noqa: ANN001, ANN202 - the bench's own processes run on uvloop when it is installed
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)


def event_loop_name() -> str:
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return "asyncio"
    return "uvloop"


# -- load driver (subprocess) --------------------------------------------------


async def drive(url: str, stream: bool | None, concurrency: int, duration: float) -> dict:
    """Keep ``concurrency`` requests in flight for ``duration`` s; ``stream=None`` alternates modes."""
    import aiohttp

    payloads = [json.dumps({"model": "m", "messages": PROMPT, "stream": mode}).encode()
                for mode in ((False, True) if stream is None else (stream,))]
    headers = {"Content-Type": "application/json"}
    latencies: list[float] = []
    errors = 0
    connector = aiohttp.TCPConnector(limit=concurrency)
    sent = 0
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one() -> None:
            nonlocal errors, sent
            payload = payloads[sent % len(payloads)]
            sent += 1
            started = time.perf_counter()
            async with session.post(url, data=payload, headers=headers) as response:
                await response.read()
                if response.status != 200:
                    errors += 1
            latencies.append(time.perf_counter() - started)

        for _ in range(min(50, concurrency * 2)):  # warm-up (connections, caches)
            await one()
        latencies.clear()
        deadline = time.perf_counter() + duration

        async def worker() -> None:
            while time.perf_counter() < deadline:
                await one()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"latencies": latencies, "errors": errors, "elapsed": elapsed}


async def drive_alternating(urls: list[str], stream: bool, concurrency: int, duration: float) -> dict:
    """Like :func:`drive`, but each worker alternates its requests between ``urls``."""
    import aiohttp

    payload = json.dumps({"model": "m", "messages": PROMPT, "stream": stream}).encode()
    headers = {"Content-Type": "application/json"}
    latencies: list[list[float]] = [[] for _ in urls]
    errors = 0
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency * len(urls))) as session:
        async def one(index: int) -> None:
            nonlocal errors
            started = time.perf_counter()
            async with session.post(urls[index], data=payload, headers=headers) as response:
                await response.read()
                if response.status != 200:
                    errors += 1
            latencies[index].append(time.perf_counter() - started)

        for turn in range(40):  # warm-up
            await one(turn % len(urls))
        for part in latencies:
            part.clear()
        deadline = time.perf_counter() + duration

        async def worker(first: int) -> None:
            turn = first
            while time.perf_counter() < deadline:
                await one(turn % len(urls))
                turn += 1

        await asyncio.gather(*(worker(index) for index in range(concurrency)))
    return {"latencies": latencies, "errors": errors}


def compare(proxies: dict[str, subprocess.Popen], urls: dict[str, str], concurrencies: list[int], duration: float,
            rounds: int) -> list[dict]:
    """CPU per request and p50 of each proxy under alternating load, order swapped every round."""
    names = list(proxies)
    totals: dict[tuple[str, str, int], dict] = {}
    for round_index in range(rounds):
        order = names if round_index % 2 == 0 else names[::-1]
        for stream in (False, True):
            for concurrency in concurrencies:
                cpu_before = {name: cpu_seconds(proxies[name].pid) for name in order}
                with tempfile.TemporaryDirectory() as results_dir:
                    output = Path(results_dir) / "ab.json"
                    subprocess.run([sys.executable, __file__, "--drive-ab", *(urls[name] for name in order),
                                    "--stream" if stream else "--no-stream", "--one-concurrency", str(concurrency),
                                    "--duration", str(duration), "--result-file", str(output)], check=True)
                    result = json.loads(output.read_text())
                for index, name in enumerate(order):
                    entry = totals.setdefault((name, "stream" if stream else "non-stream", concurrency),
                                              {"cpu": 0.0, "requests": 0, "p50_ms": []})
                    entry["cpu"] += cpu_seconds(proxies[name].pid) - cpu_before[name]
                    entry["requests"] += len(result["latencies"][index])
                    part = sorted(result["latencies"][index])
                    entry["p50_ms"].append(round(part[len(part) // 2] * 1000, 3) if part else None)
    return [
        {"proxy": name, "mode": mode, "concurrency": concurrency, "requests": entry["requests"],
         "proxy_cpu_ms_per_request": round(1000 * entry["cpu"] / max(1, entry["requests"]), 3),
         "p50_ms_per_round": entry["p50_ms"]}
        for (name, mode, concurrency), entry in totals.items()
    ]


def summarize(parts: list[dict]) -> dict:
    """Merge the raw results of one or more driver processes."""
    latencies = sorted(latency for part in parts for latency in part["latencies"])
    elapsed = max(part["elapsed"] for part in parts)

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 3) if latencies else 0.0

    return {
        "requests": len(latencies),
        "errors": sum(part["errors"] for part in parts),
        "req_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p99_ms": pct(0.99),
    }


# -- orchestration ------------------------------------------------------------


def rss_kb(pid: int) -> int | None:
    """Resident memory of the proxy: the process, or with --workers the sum over its workers."""
    total = 0
    children = _children(pid)
    for one in [int(child) for child in children] or [pid]:
        try:
            text = Path(f"/proc/{one}/status").read_text()
        except OSError:
            continue
        found = re.search(r"VmRSS:\s+(\d+)", text)
        total += int(found.group(1)) if found else 0
    return total or None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (and, summed, of its worker children)."""
    total = 0.0
    pids = [pid] + [int(child) for child in _children(pid)]
    for one in pids:
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def run_driver(url: str, stream: bool | None, concurrency: int, duration: float, clients: int = 1) -> dict:
    """Drive load from ``clients`` separate processes sharing ``concurrency``; merged numbers."""
    mode = "--mixed" if stream is None else ("--stream" if stream else "--no-stream")
    shares = [concurrency // clients + (1 if index < concurrency % clients else 0) for index in range(clients)]
    with tempfile.TemporaryDirectory() as results_dir:
        # Raw latencies go through files: a large result on a pipe shared with
        # an event loop that set it non-blocking can arrive torn.
        outputs = [Path(results_dir) / f"driver-{index}.json" for index in range(len(shares))]
        processes = [
            subprocess.Popen([sys.executable, __file__, "--drive", url, mode, "--one-concurrency", str(share),
                              "--duration", str(duration), "--result-file", str(output)])
            for share, output in zip(shares, outputs) if share > 0
        ]
        for process in processes:
            if process.wait() != 0:
                raise SystemExit(f"load driver failed with exit code {process.returncode}")
        parts = [json.loads(output.read_text()) for output in outputs if output.exists()]
    return summarize(parts)


def soak(proxy_pid: int, url: str, seconds: float, concurrency: int, clients: int) -> dict:
    """Mixed load for ``seconds`` while sampling the proxy's RSS once a second."""
    samples: list[tuple[float, int | None]] = []
    started = time.monotonic()
    result: dict = {}

    def load() -> None:
        result.update(run_driver(url, None, concurrency, seconds, clients))

    import threading

    driver = threading.Thread(target=load)
    driver.start()
    while driver.is_alive():
        samples.append((round(time.monotonic() - started, 1), rss_kb(proxy_pid)))
        driver.join(1.0)
    samples.append((round(time.monotonic() - started, 1), rss_kb(proxy_pid)))
    values = [value for _, value in samples if value]
    after_warmup = [value for at, value in samples if value and at >= min(10.0, seconds / 4)]
    return {
        "seconds": seconds,
        "concurrency": concurrency,
        "load": result,
        "proxy_rss_kb": {
            "start": values[0] if values else None,
            "after_warmup": after_warmup[0] if after_warmup else None,
            "end": values[-1] if values else None,
            "max": max(values) if values else None,
        },
        "rss_samples_kb": samples,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per measurement")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 64])
    parser.add_argument("--workers", type=int, default=1, help="proxy --workers")
    parser.add_argument("--event-loop", default="auto", choices=("auto", "asyncio", "uvloop"), help="proxy --event-loop")
    parser.add_argument("--clients", type=int, default=1, help="load driver processes per measurement")
    parser.add_argument("--soak", type=float, metavar="SECONDS",
                        help="instead of the table: mixed load at the highest --concurrency for SECONDS, RSS sampled")
    parser.add_argument("--compare-pythonpath", metavar="DIR",
                        help="also run a proxy from PYTHONPATH=DIR and compare both under alternating requests")
    parser.add_argument("--rounds", type=int, default=3, help="rounds for --compare-pythonpath (order swapped each)")
    parser.add_argument("--drive-ab", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--mixed", dest="stream", action="store_const", const=None, help=argparse.SUPPRESS)
    parser.add_argument("--serve-upstream", help=argparse.SUPPRESS)
    parser.add_argument("--drive", help=argparse.SUPPRESS)
    parser.add_argument("--stream", dest="stream", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-stream", dest="stream", action="store_false", help=argparse.SUPPRESS)
    parser.add_argument("--one-concurrency", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_upstream:
        serve_upstream(args.serve_upstream)
        return 0
    if args.drive:
        result = _run(drive(args.drive, args.stream, args.one_concurrency, args.duration))
        Path(args.result_file).write_text(json.dumps(result))
        return 0
    if args.drive_ab:
        result = _run(drive_alternating(args.drive_ab, args.stream, args.one_concurrency, args.duration))
        Path(args.result_file).write_text(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        upstream = subprocess.Popen([sys.executable, __file__, "--serve-upstream", str(port_file)])
        proxy = None
        try:
            while not port_file.exists() or not port_file.read_text():
                time.sleep(0.05)
            upstream_url = f"http://127.0.0.1:{port_file.read_text()}/v1"
            config = Path(tmp) / "proxy.yaml"
            backend = {"base_url": upstream_url, "model": "bench-model"}
            config.write_text(json.dumps({
                "proxy": {"confirmation_secret": "bench-secret-0123456789abcdef", "max_concurrency": 1024},
                "backends": {"local": backend},
                "engine_backends": {e: "local" for e in ("fast_local", "balanced_local", "reasoning_local",
                                                         "code_agent", "web_research", "multimodal_vision",
                                                         "image_generation")},
            }))
            proxy_cmd = [sys.executable, "-m", "model_router.proxy.cli", "--config", str(config), "--port", "0",
                         "--log-level", "warning", "--workers", str(args.workers)]
            if args.event_loop != "auto":  # (also lets the bench drive older proxies without the flag)
                proxy_cmd += ["--event-loop", args.event_loop]
            proxy = subprocess.Popen(proxy_cmd, stdout=subprocess.PIPE, text=True)
            proxy_url = None
            for line in proxy.stdout:
                found = re.search(r"listening on (http://\S+) ", line)
                if found:
                    proxy_url = found.group(1)
                    break
            if proxy_url is None:
                raise SystemExit("proxy did not start")
            rss_start = rss_kb(proxy.pid)
            context = {
                "workers": args.workers,
                "proxy_event_loop": args.event_loop,
                "driver_and_upstream_event_loop": event_loop_name(),
                "clients": args.clients,
                "backend": os.environ.get("MODEL_ROUTER_BACKEND", "auto"),
                "cpu_count": os.cpu_count(),
                "load_average_at_start": os.getloadavg(),
            }
            if args.compare_pythonpath:
                other = subprocess.Popen(proxy_cmd, stdout=subprocess.PIPE, text=True,
                                         env=dict(os.environ, PYTHONPATH=args.compare_pythonpath))
                try:
                    other_url = None
                    for line in other.stdout:
                        found = re.search(r"listening on (http://\S+) ", line)
                        if found:
                            other_url = found.group(1)
                            break
                    if other_url is None:
                        raise SystemExit("the --compare-pythonpath proxy did not start")
                    results = compare(
                        {"this": proxy, "other": other},
                        {"this": proxy_url + "/v1/chat/completions", "other": other_url + "/v1/chat/completions"},
                        args.concurrency, args.duration, args.rounds,
                    )
                finally:
                    other.send_signal(signal.SIGTERM)
                    other.wait(15)
                    other.stdout.close()
                print(json.dumps(dict(context, other_pythonpath=args.compare_pythonpath, duration_s=args.duration,
                                      rounds=args.rounds, load_average_at_end=os.getloadavg(), results=results),
                                 indent=2))
                return 0
            if args.soak:
                report = dict(context, soak=soak(proxy.pid, proxy_url + "/v1/chat/completions", args.soak,
                                                 max(args.concurrency), args.clients))
                print(json.dumps(report, indent=2))
                return 0
            results = []
            for stream in (False, True):
                for concurrency in args.concurrency:
                    direct = run_driver(upstream_url + "/chat/completions", stream, concurrency, args.duration,
                                        args.clients)
                    cpu_before = cpu_seconds(proxy.pid)
                    through = run_driver(proxy_url + "/v1/chat/completions", stream, concurrency, args.duration,
                                         args.clients)
                    cpu_used = cpu_seconds(proxy.pid) - cpu_before
                    results.append({
                        "mode": "stream" if stream else "non-stream",
                        "concurrency": concurrency,
                        "proxy": through,
                        "direct": direct,
                        "added_latency_p50_ms": round(through["p50_ms"] - direct["p50_ms"], 3),
                        # CPU the proxy spent per request (warm-up included): a
                        # figure that a busy shared machine distorts far less
                        # than wall-clock throughput.
                        "proxy_cpu_ms_per_request": round(1000 * cpu_used / max(1, through["requests"]), 3),
                        "p99_over_p50": round(through["p99_ms"] / through["p50_ms"], 2) if through["p50_ms"] else None,
                    })
            report = dict(
                context,
                duration_s=args.duration,
                load_average_at_end=os.getloadavg(),
                results=results,
                proxy_rss_kb={"start": rss_start, "end": rss_kb(proxy.pid)},
            )
            print(json.dumps(report, indent=2))
        finally:
            for process in (proxy, upstream):
                if process is not None and process.poll() is None:
                    process.send_signal(signal.SIGTERM)
                    try:
                        process.wait(15)
                    except subprocess.TimeoutExpired:
                        process.kill()
                        process.wait()
            if proxy is not None and proxy.stdout:
                proxy.stdout.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
