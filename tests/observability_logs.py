"""Generated routing logs for the replay and report tests (fast: plain string formatting)."""

from __future__ import annotations

import json
from pathlib import Path

ENGINE_CYCLE = (
    "fast_local", "balanced_local", "code_agent", "fast_local", "reasoning_local",
    "human_confirm", "balanced_local", "web_research", "fast_local", "code_agent",
)
STATUS_OF = {"human_confirm": "human_confirm"}
PROMPTS = ("hello there", "fix the repo and run tests", "delete all my files", "what is the latest news on the olympics")


def write_big_log(directory: Path, events: int = 100_000, prompt_every: int = 50, label_every: int = 1000) -> tuple[Path, Path]:
    """Write ``events`` routing events (every ``prompt_every``-th with a full prompt) and labels.

    Event ``i`` is routed to ``ENGINE_CYCLE[i % 10]``, has route latency
    ``(i % 100 + 1) / 1000`` ms, ``fallback_used`` when ``i % 40 == 0`` and
    is stamped one second after event ``i - 1``. Labels go to every
    ``label_every``-th event and name its logged engine.
    """
    events_path = directory / "events.jsonl"
    feedback_path = directory / "feedback.jsonl"
    template = (
        '{{"backend":"{backend}","complexity_score":{complexity},"event_type":"routing_event",'
        '"fallback_used":{fallback},"prompt_hash":"{i:064x}","prompt_length":11,"reasons":["{engine} reason"],'
        '"request_id":"r{i}","risk_score":{risk},"route_latency_ms":{latency},"selected_engine":"{engine}",'
        '"status":"{status}","timestamp":"{stamp}","total_latency_ms":{total}{prompt}}}\n'
    )
    lines = []
    labels = []
    for i in range(events):
        engine = ENGINE_CYCLE[i % 10]
        elapsed_minutes = i // 60
        hours, mins = divmod(elapsed_minutes % 1440, 60)
        day = 1 + elapsed_minutes // 1440
        stamp = f"2024-05-{day:02d}T{hours:02d}:{mins:02d}:{i % 60:02d}.000Z"
        prompt = ""
        if i % prompt_every == 0:
            prompt = ',"prompt":' + json.dumps(PROMPTS[(i // prompt_every) % len(PROMPTS)])
        lines.append(
            template.format(
                backend="fast" if engine == "fast_local" else "reasoning",
                complexity=(i * 7) % 101,
                fallback="true" if i % 40 == 0 else "false",
                i=i,
                engine=engine,
                risk=(i * 13) % 101,
                latency=(i % 100 + 1) / 1000,
                status=STATUS_OF.get(engine, "forwarded"),
                stamp=stamp,
                total=(i % 100 + 1) * 10,
                prompt=prompt,
            )
        )
        if i % label_every == 0:
            labels.append(f'{{"event_type":"routing_feedback","expected_engine":"{engine}","request_id":"r{i}"}}\n')
    events_path.write_text("".join(lines), encoding="utf-8")
    feedback_path.write_text("".join(labels), encoding="utf-8")
    return events_path, feedback_path
