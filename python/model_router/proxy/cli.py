"""``model-router-proxy``: run the routing proxy.

Config choice: ``--config``, else ``~/.model-router/routing_proxy.yaml`` when
it exists, else the packaged default (the LM Studio preset). The chosen
config and the bound URL (the real port with ``--port 0``) are printed on
stdout. A bad config or a missing aiohttp is one line on stderr and exit 2.

``--workers N`` runs N server processes on one port (``SO_REUSEPORT``; the
kernel spreads connections across them). The parent only supervises: it
forwards SIGTERM/SIGINT and exits when the workers have.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = ["main"]

MISSING_DEPENDENCIES = (
    'routing proxy dependencies are missing; install with python -m pip install "hermes-router[proxy]"'
)
_LOG_LEVELS = ("critical", "error", "warning", "info", "debug")
_WORKER_FLAG = "--worker-of-supervisor"
_EVENT_LOOPS = ("auto", "asyncio", "uvloop")
_READY_FD_FLAG = "--ready-fd"
_WORKER_START_SECONDS = 60.0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="model-router-proxy", description="OpenAI-compatible routing proxy for AI agents."
    )
    parser.add_argument("--config", help="routing_proxy.yaml (default: ~/.model-router/routing_proxy.yaml, "
                        "else the packaged LM Studio preset)")
    parser.add_argument("--host", help="listen address (overrides proxy.host)")
    parser.add_argument("--port", type=int, help="listen port (overrides proxy.port; 0 picks a free port)")
    parser.add_argument("--log-level", choices=_LOG_LEVELS, default="info")
    parser.add_argument("--workers", type=int, default=1, help="server processes sharing the port (default 1)")
    parser.add_argument("--event-loop", choices=_EVENT_LOOPS, default="auto",
                        help="auto (uvloop when installed, else asyncio), asyncio, or uvloop")
    parser.add_argument(_WORKER_FLAG, action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(_READY_FD_FLAG, type=int, help=argparse.SUPPRESS)
    return parser


def _fail(message: str) -> int:
    print(f"model-router-proxy: error: {message}", file=sys.stderr)
    return 2


def _config_path(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    from model_router.proxy_config import default_proxy_config_path

    home_config = default_proxy_config_path()
    return str(home_config) if home_config.is_file() else None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``model-router-proxy``; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.workers < 1:
        return _fail("--workers must be at least 1")
    if args.port is not None and args.port < 0:
        return _fail("--port must be 0 or a positive integer")
    try:
        import aiohttp  # noqa: F401
    except ImportError:
        return _fail(MISSING_DEPENDENCIES)

    from model_router.proxy_config import ProxyConfigError, load_proxy_config

    config_path = _config_path(args.config)
    try:
        config = load_proxy_config(config_path)
    except ProxyConfigError as exc:
        return _fail(str(exc))
    host = args.host or config.proxy.host
    port = config.proxy.port if args.port is None else args.port

    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s %(message)s")
    worker = getattr(args, _WORKER_FLAG.lstrip("-").replace("-", "_"))
    try:
        loop_factory = _loop_factory(args.event_loop)
    except ImportError:
        return _fail("--event-loop uvloop needs the uvloop package (python -m pip install uvloop)")
    if args.workers > 1 and not worker:
        return _supervise(args, config.source_path, host, port)
    try:
        with asyncio.Runner(loop_factory=loop_factory) as runner:
            return runner.run(_serve(config, host, port, reuse_port=worker, announce=not worker,
                                     log_level=args.log_level, ready_fd=args.ready_fd))
    except ValueError as exc:  # RouterConfigError / ProxyConfigError raised while building the app
        return _fail(str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
    except OSError as exc:
        return _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        return 0
    except Exception as exc:  # noqa: BLE001 - one line for the operator, the traceback at debug level
        logging.getLogger("model_router.proxy").debug("startup failed", exc_info=True)
        print(f"model-router-proxy: internal error: {exc.__class__.__name__}: {exc} "
              "(run with --log-level debug for details)", file=sys.stderr)
        return 1


def _loop_factory(choice: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The event loop to serve on: uvloop when asked for, or for ``auto`` when it is installed.

    uvloop (libuv, transports and handles in C) roughly halves the proxy's
    per-request CPU, which is spent mostly in the event loop and socket
    transports rather than in routing (see docs/proxy.md, "Performance").
    It stays optional: plain asyncio works everywhere, including Windows.
    """
    if choice == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        if choice == "uvloop":
            raise
        return None
    return uvloop.new_event_loop


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


async def _serve(config, host: str, port: int, *, reuse_port: bool, announce: bool, log_level: str,  # noqa: ANN001
                 ready_fd: int | None = None) -> int:
    from aiohttp import web

    from model_router.proxy.app import create_app

    app = create_app(config)
    runner = web.AppRunner(
        app,
        handler_cancellation=True,  # a client that hangs up cancels its upstream request
        access_log=logging.getLogger("aiohttp.access") if log_level == "debug" else None,
        shutdown_timeout=config.proxy.shutdown_timeout_seconds,
    )
    await runner.setup()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        site = web.TCPSite(runner, host, port, reuse_port=reuse_port or None, backlog=1024)
        await site.start()
        bound_port = runner.addresses[0][1] if runner.addresses else port
        if announce:
            print(f"model-router-proxy: config {config.source_path}", flush=True)
            print(f"model-router-proxy: listening on {_url(host, bound_port)} (OpenAI base URL {_url(host, bound_port)}/v1)",
                  flush=True)
        if ready_fd is not None:  # tell the supervisor this worker accepts connections
            os.write(ready_fd, b"1")
            os.close(ready_fd)
        await stop.wait()
        logging.getLogger("model_router.proxy").info("shutting down; in-flight requests get %.0fs",
                                                     config.proxy.shutdown_timeout_seconds)
    finally:
        await runner.cleanup()
    return 0


def _supervise(args: argparse.Namespace, config_source: str, host: str, port: int) -> int:
    """Start ``--workers`` processes on one SO_REUSEPORT port and wait for them."""
    if not hasattr(socket, "SO_REUSEPORT"):
        return _fail("--workers needs SO_REUSEPORT, which this platform lacks")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # Hold the port (bound, not listening) so that `--port 0` resolves to one
    # real port that every worker then joins.
    holder = socket.socket(family, socket.SOCK_STREAM)
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        holder.bind((host, port))
    except OSError as exc:
        holder.close()
        return _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    bound_port = holder.getsockname()[1]
    command = [sys.executable, "-m", "model_router.proxy.cli", _WORKER_FLAG, "--host", host, "--port", str(bound_port),
               "--log-level", args.log_level, "--event-loop", args.event_loop]
    if not config_source.startswith("resource://"):  # else workers pick the same default
        command += ["--config", str(Path(config_source))]
    env = dict(os.environ)
    ready_read, ready_write = os.pipe()
    command += [_READY_FD_FLAG, str(ready_write)]
    workers = [subprocess.Popen(command, env=env, pass_fds=(ready_write,)) for _ in range(args.workers)]
    os.close(ready_write)
    # Announce the URL only once every worker listens, so a client that
    # connects right after the announcement is never refused.
    failed = _wait_until_ready(ready_read, workers)
    os.close(ready_read)
    if failed is not None:
        for process in workers:
            if process.poll() is None:
                process.terminate()
        for process in workers:
            process.wait()
        holder.close()
        return failed
    print(f"model-router-proxy: config {config_source}", flush=True)
    print(f"model-router-proxy: listening on {_url(host, bound_port)} (OpenAI base URL {_url(host, bound_port)}/v1) "
          f"with {args.workers} workers", flush=True)

    def forward(signum: int, _frame: object) -> None:
        for process in workers:
            if process.poll() is None:
                process.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    codes = [process.wait() for process in workers]
    holder.close()
    return 0 if all(code == 0 for code in codes) else max(abs(code) for code in codes)


def _wait_until_ready(ready_read: int, workers: list[subprocess.Popen[bytes]]) -> int | None:
    """Wait for one readiness byte per worker; the exit code of a worker that died first, else None."""
    import select

    ready = 0
    deadline = time.monotonic() + _WORKER_START_SECONDS
    while ready < len(workers):
        for process in workers:
            code = process.poll()
            if code is not None:
                return code or 1
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            print("model-router-proxy: error: workers did not start listening in time", file=sys.stderr)
            return 1
        readable, _, _ = select.select([ready_read], [], [], min(remaining, 0.2))
        if readable:
            data = os.read(ready_read, len(workers))
            if not data:  # every write end closed without enough bytes: a worker is exiting
                time.sleep(0.05)
                continue
            ready += len(data)
    return None


if __name__ == "__main__":
    raise SystemExit(main())
