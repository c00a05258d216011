"""Benchmark ModelRouter.route_fast (the 0.5.3 script's flags and JSON fields)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from route_fast_latency import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(__doc__.splitlines()[0], 300_000, guard=False))
