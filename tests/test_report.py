"""The HTML report: structure, numbers, self-containment, and a real headless render."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from model_router.report import build_report, render_report_html, write_report
from tests.observability_logs import ENGINE_CYCLE, write_big_log


class ReportParser(HTMLParser):
    """Collects elements by tag with their attributes, plus the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.ids: set[str] = set()
        self._svg_stack: list[str] = []
        self.svg_ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        self.elements.append((tag, attributes))
        if "id" in attributes:
            assert attributes["id"] not in self.ids, f"duplicate id {attributes['id']}"
            self.ids.add(attributes["id"])
        if tag == "svg":
            self._svg_stack.append(attributes.get("id", ""))
            self.svg_ids.append(attributes.get("id", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._svg_stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def in_chart(self, chart_id: str, tag: str) -> list[dict[str, str]]:
        """Elements ``tag`` between ``<svg id=chart_id>`` and its end."""
        found: list[dict[str, str]] = []
        inside = False
        for element_tag, attributes in self.elements:
            if element_tag == "svg":
                inside = attributes.get("id") == chart_id
                continue
            if inside and element_tag == tag:
                found.append(attributes)
        return found


def parse(document: str) -> ReportParser:
    parser = ReportParser()
    parser.feed(document)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def big_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], ReportParser]:
    folder = tmp_path_factory.mktemp("report")
    events, feedback = write_big_log(folder)
    with events.open("a") as handle:
        handle.write("garbage line\n")
    output = folder / "report.html"
    summary = write_report([events], output, [feedback])
    return output, summary, parse(output.read_text(encoding="utf-8"))


def test_report_numbers_match_the_log(big_report: tuple[Path, dict[str, Any], ReportParser]) -> None:
    _output, summary, parsed = big_report
    assert summary["events"] == 100_000 and summary["malformed_lines"] == 1
    expected_engines = {engine: ENGINE_CYCLE.count(engine) * 10_000 for engine in set(ENGINE_CYCLE)}
    assert summary["engines"] == expected_engines

    # Route distribution over time: stacked bars per engine add up to the log.
    bars = parsed.in_chart("routes-over-time", "rect")
    totals: dict[str, int] = {}
    for bar in bars:
        totals[bar["data-engine"]] = totals.get(bar["data-engine"], 0) + int(bar["data-count"])
    assert totals == expected_engines
    assert len({bar["x"] for bar in bars}) <= 48  # readable number of time bins

    share = {bar["data-label"]: float(bar["data-value"]) for bar in parsed.in_chart("engine-share", "rect")}
    assert share == {engine: float(count) for engine, count in expected_engines.items()}

    text = " ".join(parsed.text)
    assert "100,000" in text
    assert "10.0%" in text  # confirmation rate: human_confirm is 1 in 10
    assert "2.5%" in text  # fallback rate: every 40th event
    # Latency percentiles per engine exist for p50/p90/p99.
    latency_bars = parsed.in_chart("route-latency", "rect")
    assert {bar["data-percentile"] for bar in latency_bars} == {"p50", "p90", "p99"}
    assert {bar["data-engine"] for bar in latency_bars} == set(expected_engines)
    for bar in latency_bars:
        assert 0.001 <= float(bar["data-ms"]) <= 0.1  # the generated route latencies
    reasons = parsed.in_chart("top-reasons", "rect")
    assert reasons[0]["data-label"] == "fast_local reason" and float(reasons[0]["data-value"]) == 30_000

    # The confusion matrix: 100 labels, each naming the logged engine.
    cells = parsed.in_chart("confusion-matrix", "rect")
    assert sum(int(cell["data-count"]) for cell in cells) == 100
    assert all(cell["data-expected"] == cell["data-routed"] for cell in cells if int(cell["data-count"]))
    assert "100.0%" in text


def test_report_is_self_contained(big_report: tuple[Path, dict[str, Any], ReportParser]) -> None:
    output, _summary, parsed = big_report
    document = output.read_text(encoding="utf-8")
    tags = {tag for tag, _attributes in parsed.elements}
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    for _tag, attributes in parsed.elements:
        for name in ("src", "href", "xlink:href"):
            assert name not in attributes
    assert "http://" not in document.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in document and "@import" not in document and "url(" not in document
    assert {"routes-over-time", "engine-share", "statuses", "route-latency", "top-reasons", "confusion-matrix"} <= set(
        parsed.svg_ids
    )


def test_report_escapes_log_text(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_text(
        '{"event_type":"routing_event","selected_engine":"<script>alert(1)</script>","status":"forwarded",'
        '"reasons":["<img src=x onerror=alert(1)>"],"timestamp":"2024-05-01T00:00:00.000Z","route_latency_ms":0.01}\n'
    )
    aggregator, counters = build_report([events])
    document = render_report_html(aggregator, counters)
    parsed = parse(document)
    assert "script" not in {tag for tag, _attributes in parsed.elements}
    assert "img" not in {tag for tag, _attributes in parsed.elements}
    assert "&lt;script&gt;" in document


def test_report_without_feedback_explains_how_to_label(tmp_path: Path) -> None:
    events, _feedback = write_big_log(tmp_path, events=500)
    aggregator, counters = build_report([events])
    document = render_report_html(aggregator, counters)
    assert "model-router feedback REQUEST_ID EXPECTED_ENGINE" in document
    assert "confusion-matrix" not in parse(document).svg_ids


def test_empty_log_still_renders(tmp_path: Path) -> None:
    aggregator, counters = build_report([tmp_path / "missing.jsonl"])
    parsed = parse(render_report_html(aggregator, counters))
    assert "No timestamped events." in " ".join(parsed.text)


def test_cli_report(tmp_path: Path) -> None:
    events, feedback = write_big_log(tmp_path, events=2_000)
    output = tmp_path / "out" / "report.html"
    script = Path(sys.executable).with_name("model-router")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "model_router.cli"]
    completed = subprocess.run(
        [*command, "report", "--events", str(events), "--feedback", str(feedback), "--output", str(output)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith(f"Report written to {output} (2000 events")
    assert "confusion-matrix" in parse(output.read_text()).svg_ids


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no headless chromium installed (structure is still checked above)")
def test_report_renders_in_headless_chromium(big_report: tuple[Path, dict[str, Any], ReportParser], tmp_path: Path) -> None:
    output, _summary, _parsed = big_report
    # --dump-dom runs the real layout engine and prints the parsed document.
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", output.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = parse(dom.stdout)
    assert {"routes-over-time", "confusion-matrix"} <= set(rendered.svg_ids)
    screenshot = tmp_path / "report.png"
    shot = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={screenshot}",
         "--window-size=1280,2000", output.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = screenshot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes
