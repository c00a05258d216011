"""A self-contained HTML report of a routing event log.

``model-router report --events PATH --output report.html`` streams the log
once (bounded memory) and writes one HTML file with inline CSS and inline
SVG charts: no scripts, no fonts, no network. It shows at a glance where
traffic went over time, how fast routing was, how often requests needed
confirmation or a fallback backend, the most frequent routing reasons and,
when feedback labels exist, the confusion matrix of labelled routes.
"""

from __future__ import annotations

import html
import math
import os
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from model_router.replay import JsonlReader, LatencyDigest, read_feedback_labels

__all__ = ["ReportAggregator", "build_report", "render_report_html", "write_report"]

# Colour-blind-friendly palette (Okabe-Ito, then a few extra); engines keep
# their colour in every chart.
_PALETTE = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
    "#D55E00", "#F0E442", "#7F7F7F", "#882255", "#44AA99",
)
_OTHER_COLOUR = "#BBBBBB"
_MAX_SERIES = 9
_MAX_TIME_BINS = 48
_BIN_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200)
_ERROR_STATUSES = ("routing_backend_missing", "upstream_request_failed", "stream_interrupted")
_MAX_DISTINCT_REASONS = 5000


def _minute_of(timestamp: Any) -> int | None:
    if not isinstance(timestamp, str) or len(timestamp) < 16:
        return None
    try:
        moment = datetime.fromisoformat(timestamp[:16] + ":00+00:00")
    except ValueError:
        return None
    return int(moment.timestamp() // 60)


_NUMBER_TYPES = (int, float)  # exact types: bool is not a latency or a score


class ReportAggregator:
    """Folds routing events into the counters and digests the report needs."""

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        self.labels = dict(labels or {})
        self.events = 0
        self.engines: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.backends: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.fallbacks = 0
        self.with_backend = 0
        self.per_minute: defaultdict[int, Counter[str]] = defaultdict(Counter)
        self.undated = 0
        self._route_latency: LatencyDigest | None = None
        self._minutes: dict[str, int] = {}
        self.upstream_latency = LatencyDigest()
        self.total_latency = LatencyDigest()
        self.engine_latency: defaultdict[str, LatencyDigest] = defaultdict(LatencyDigest)
        self.complexity: Counter[int] = Counter()
        self.risk: Counter[int] = Counter()
        self.confusion: Counter[tuple[str, str]] = Counter()

    def add(self, row: Mapping[str, Any]) -> None:
        """Count one row (anything but a ``routing_event`` is ignored)."""
        if row.get("event_type") != "routing_event":
            return
        self.events += 1
        engine = row.get("selected_engine")
        if type(engine) is not str or not engine:
            engine = "unknown"
        self.engines[engine] += 1
        status = row.get("status")
        self.statuses[status if type(status) is str else "unknown"] += 1
        backend = row.get("backend")
        if type(backend) is str:
            self.backends[backend] += 1
            self.with_backend += 1
        if row.get("fallback_used") is True:
            self.fallbacks += 1
        reasons = row.get("reasons")
        if type(reasons) is list:
            counted = self.reasons
            for reason in reasons:
                if type(reason) is str and (reason in counted or len(counted) < _MAX_DISTINCT_REASONS):
                    counted[reason] += 1
        stamp = row.get("timestamp")
        minute_key = stamp[:16] if type(stamp) is str else None
        minute = self._minutes.get(minute_key) if minute_key is not None else None
        if minute is None and minute_key is not None:
            minute = _minute_of(stamp)
            if minute is not None:
                self._minutes[minute_key] = minute
        if minute is None:
            self.undated += 1
        else:
            self.per_minute[minute][engine] += 1
        value = row.get("route_latency_ms")
        if type(value) in _NUMBER_TYPES and -1e300 < value < 1e300:
            self.engine_latency[engine].add(value)
        value = row.get("upstream_latency_ms")
        if type(value) in _NUMBER_TYPES and -1e300 < value < 1e300:
            self.upstream_latency.add(value)
        value = row.get("total_latency_ms")
        if type(value) in _NUMBER_TYPES and -1e300 < value < 1e300:
            self.total_latency.add(value)
        value = row.get("complexity_score")
        if type(value) in _NUMBER_TYPES and -1e300 < value < 1e300:
            self.complexity[min(9, max(0, int(value) // 10))] += 1
        value = row.get("risk_score")
        if type(value) in _NUMBER_TYPES and -1e300 < value < 1e300:
            self.risk[min(9, max(0, int(value) // 10))] += 1
        if self.labels:
            request_id = row.get("request_id")
            if type(request_id) is str and request_id in self.labels:
                self.confusion[(self.labels[request_id], engine)] += 1

    @property
    def route_latency(self) -> LatencyDigest:
        """Route latency over every engine (merged from the per-engine digests)."""
        if self._route_latency is None or self._route_latency.count != sum(
            digest.count for digest in self.engine_latency.values()
        ):
            merged = LatencyDigest()
            for digest in self.engine_latency.values():
                merged.merge(digest)
            self._route_latency = merged
        return self._route_latency


def build_report(
    event_paths: Sequence[str | os.PathLike[str]],
    feedback_paths: Sequence[str | os.PathLike[str]] = (),
) -> tuple[ReportAggregator, dict[str, int]]:
    """Stream the logs into an aggregator; also return the reader counters."""
    feedback_reader = JsonlReader()
    labels = read_feedback_labels(feedback_paths, feedback_reader)
    aggregator = ReportAggregator(labels)
    reader = JsonlReader()
    for row in reader.rows(event_paths):
        aggregator.add(row)
    counters = {
        "malformed_lines": reader.malformed,
        "malformed_feedback_lines": feedback_reader.malformed,
        "feedback_labels": len(labels),
    }
    return aggregator, counters


# --------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _pct(part: int, whole: int) -> str:
    return "n/a" if not whole else f"{100.0 * part / whole:.1f}%"


def _ms(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 100:
        return f"{value:.0f} ms"
    if value >= 1:
        return f"{value:.2f} ms"
    if value >= 0.001:
        return f"{value * 1000:.1f} µs"
    return f"{value * 1e6:.0f} ns"


def _count(value: float) -> str:
    return f"{int(round(value)):,}"


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        candidate = step * 10**exponent
        if candidate >= value:
            return candidate
    return 10 ** (exponent + 1)


def _format_minute(minute: int, with_date: bool) -> str:
    moment = datetime.fromtimestamp(minute * 60, timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def _series_colours(engines: Counter[str]) -> tuple[list[str], dict[str, str]]:
    ordered = [engine for engine, _count in engines.most_common()]
    shown = ordered[:_MAX_SERIES] if len(ordered) > _MAX_SERIES + 1 else ordered
    colours = {engine: _PALETTE[index % len(_PALETTE)] for index, engine in enumerate(shown)}
    if len(shown) < len(ordered):
        colours["other"] = _OTHER_COLOUR
        shown = shown + ["other"]
    return shown, colours


def _legend(series: Sequence[str], colours: Mapping[str, str]) -> str:
    items = "".join(
        f'<span class="key"><span class="swatch" style="background:{colours[name]}"></span>{_esc(name)}</span>'
        for name in series
    )
    return f'<div class="legend">{items}</div>'


def _time_chart(aggregator: ReportAggregator, series: Sequence[str], colours: Mapping[str, str]) -> str:
    if not aggregator.per_minute:
        return '<p class="empty">No timestamped events.</p>'
    first = min(aggregator.per_minute)
    last = max(aggregator.per_minute)
    span = last - first + 1
    width_minutes = next((size for size in _BIN_MINUTES if math.ceil(span / size) <= _MAX_TIME_BINS), _BIN_MINUTES[-1])
    start = first - first % width_minutes
    bin_count = (last - start) // width_minutes + 1
    bins: list[Counter[str]] = [Counter() for _ in range(bin_count)]
    shown = set(series)
    for minute, engines in aggregator.per_minute.items():
        target = bins[(minute - start) // width_minutes]
        for engine, count in engines.items():
            target[engine if engine in shown else "other"] += count
    peak = max(sum(counter.values()) for counter in bins)
    top = _nice_ceiling(peak)
    width, height = 1100, 300
    left, right, top_pad, bottom = 64, 12, 14, 46
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    slot = plot_w / bin_count
    bar_w = max(1.0, slot * 0.82)
    parts = [
        f'<svg class="chart" id="routes-over-time" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        'role="img" aria-label="Routed requests per engine over time">'
    ]
    for step in range(5):
        value = top * step / 4
        y = top_pad + plot_h - plot_h * step / 4
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{_count(value)}</text>')
    for index, counter in enumerate(bins):
        x = left + index * slot + (slot - bar_w) / 2
        y = top_pad + plot_h
        label = _format_minute(start + index * width_minutes, True)
        for engine in series:
            count = counter.get(engine, 0)
            if not count:
                continue
            bar_h = plot_h * count / top
            y -= bar_h
            parts.append(
                f'<rect class="bar" data-engine="{_esc(engine)}" data-count="{count}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{bar_w:.1f}" height="{bar_h:.1f}" fill="{colours[engine]}">'
                f"<title>{_esc(label)} · {_esc(engine)}: {count:,}</title></rect>"
            )
    with_date = (last - first) >= 1440
    tick_every = max(1, math.ceil(bin_count / 8))
    for index in range(0, bin_count, tick_every):
        x = left + index * slot + slot / 2
        label = _format_minute(start + index * width_minutes, with_date or index == 0)
        anchor = "end" if x > width - right - 60 else "middle"
        parts.append(f'<text class="axis" x="{x:.1f}" y="{height - bottom + 18}" text-anchor="{anchor}">{_esc(label)}</text>')
    bin_label = f"{width_minutes} min" if width_minutes < 60 else f"{width_minutes // 60} h"
    parts.append(
        f'<text class="axis" x="{left}" y="{height - 6}">UTC · one bar = {bin_label} · '
        f"peak {peak:,} requests per bar</text>"
    )
    parts.append("</svg>")
    return "".join(parts)


def _hbars(
    rows: Sequence[tuple[str, float, str]],
    *,
    total: float,
    chart_id: str,
    value_format: Any = None,
    label_width: int = 260,
    width: int = 520,
) -> str:
    """Horizontal bars: (label, value, colour) rows scaled to ``total``."""
    if not rows:
        return '<p class="empty">Nothing recorded.</p>'
    row_h = 26
    height = row_h * len(rows) + 6
    plot_w = width - label_width - 130
    scale = max(value for _label, value, _colour in rows) or 1
    parts = [
        f'<svg class="chart" id="{chart_id}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">'
    ]
    for index, (label, value, colour) in enumerate(rows):
        y = 3 + index * row_h
        bar_w = max(1.0, plot_w * value / scale) if value else 0.0
        shown = value_format(value) if value_format else f"{_count(value)} ({_pct(int(value), int(total))})"
        short = label if len(label) <= 40 else label[:39] + "…"
        parts.append(
            f'<text class="label" x="{label_width - 8}" y="{y + 17}" text-anchor="end">'
            f"<title>{_esc(label)}</title>{_esc(short)}</text>"
            f'<rect class="bar" data-label="{_esc(label)}" data-value="{value}" x="{label_width}" y="{y + 4}" '
            f'width="{bar_w:.1f}" height="{row_h - 8}" rx="3" fill="{colour}"/>'
            f'<text class="value" x="{label_width + bar_w + 6:.1f}" y="{y + 17}">{_esc(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _latency_chart(aggregator: ReportAggregator, series: Sequence[str], colours: Mapping[str, str]) -> str:
    engines = [engine for engine in series if engine in aggregator.engine_latency]
    if not engines:
        return '<p class="empty">No route latencies recorded.</p>'
    percentiles = (50, 90, 99)
    values = {
        engine: [aggregator.engine_latency[engine].percentile(p) or 0.0 for p in percentiles] for engine in engines
    }
    peak = _nice_ceiling(max(max(row) for row in values.values()))
    width, row_h, label_w = 520, 44, 150
    height = row_h * len(engines) + 30
    plot_w = width - label_w - 80
    parts = [
        f'<svg class="chart" id="route-latency" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">'
    ]
    shades = (1.0, 0.65, 0.35)
    for index, engine in enumerate(engines):
        y = 4 + index * row_h
        parts.append(f'<text class="label" x="{label_w - 8}" y="{y + 24}" text-anchor="end">{_esc(engine)}</text>')
        for rank, (percent, value) in enumerate(zip(percentiles, values[engine])):
            bar_w = max(1.0, plot_w * value / peak)
            bar_y = y + 4 + rank * 12
            parts.append(
                f'<rect class="bar" data-engine="{_esc(engine)}" data-percentile="p{percent}" data-ms="{value:.6f}" '
                f'x="{label_w}" y="{bar_y}" width="{bar_w:.1f}" height="10" fill="{colours[engine]}" '
                f'fill-opacity="{shades[rank]}"><title>{_esc(engine)} p{percent}: {_esc(_ms(value))}</title></rect>'
                f'<text class="tiny" x="{label_w + bar_w + 4:.1f}" y="{bar_y + 9}">p{percent} {_esc(_ms(value))}</text>'
            )
    parts.append(
        f'<text class="axis" x="{label_w}" y="{height - 6}">scale 0 – {_esc(_ms(peak))}; '
        "solid p50, lighter p90, lightest p99</text></svg>"
    )
    return "".join(parts)


def _histogram(counter: Counter[int], chart_id: str, colour: str) -> str:
    if not counter:
        return '<p class="empty">No scores recorded.</p>'
    width, height, left, bottom = 250, 130, 6, 20
    peak = max(counter.values())
    slot = (width - 2 * left) / 10
    parts = [f'<svg class="chart" id="{chart_id}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">']
    for bucket in range(10):
        count = counter.get(bucket, 0)
        bar_h = (height - bottom - 8) * count / peak
        x = left + bucket * slot
        parts.append(
            f'<rect class="bar" data-bucket="{bucket * 10}" data-count="{count}" x="{x + 1:.1f}" '
            f'y="{height - bottom - bar_h:.1f}" width="{slot - 2:.1f}" height="{bar_h:.1f}" fill="{colour}">'
            f"<title>{bucket * 10}–{bucket * 10 + 9}: {count:,}</title></rect>"
        )
    parts.append(
        f'<text class="axis" x="{left}" y="{height - 5}">0</text>'
        f'<text class="axis" x="{width / 2:.0f}" y="{height - 5}" text-anchor="middle">50</text>'
        f'<text class="axis" x="{width - left}" y="{height - 5}" text-anchor="end">100</text></svg>'
    )
    return "".join(parts)


def _confusion(aggregator: ReportAggregator) -> str:
    if not aggregator.confusion:
        if aggregator.labels:
            return (
                '<p class="empty">Feedback labels exist but none matches a request id in this log.</p>'
            )
        return (
            '<p class="empty">No feedback yet. Label a wrong route with '
            "<code>model-router feedback REQUEST_ID EXPECTED_ENGINE</code> and pass "
            "<code>--feedback</code> to see the confusion matrix here.</p>"
        )
    # One engine list on both axes, so correct routes form the diagonal.
    engines = sorted({engine for pair in aggregator.confusion for engine in pair})
    expected = routed = engines
    cell, label_w, head_h = 64, 170, 120
    width = label_w + cell * len(routed) + 90
    height = head_h + cell * len(expected) + 10
    peak = max(aggregator.confusion.values())
    total = sum(aggregator.confusion.values())
    correct = sum(count for (want, got), count in aggregator.confusion.items() if want == got)
    parts = [
        f'<p class="note">{correct:,} of {total:,} labelled requests were routed as expected '
        f"(<strong>{_pct(correct, total)}</strong>). Rows: expected engine; columns: engine routed.</p>",
        f'<svg class="chart" id="confusion-matrix" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img">',
    ]
    for column, engine in enumerate(routed):
        x = label_w + column * cell + cell / 2
        parts.append(
            f'<text class="label" transform="translate({x:.1f},{head_h - 8}) rotate(-40)">{_esc(engine)}</text>'
        )
    for row, want in enumerate(expected):
        y = head_h + row * cell
        parts.append(f'<text class="label" x="{label_w - 8}" y="{y + cell / 2 + 5:.1f}" text-anchor="end">{_esc(want)}</text>')
        for column, got in enumerate(routed):
            count = aggregator.confusion.get((want, got), 0)
            x = label_w + column * cell
            if want == got:
                colour = f"rgba(0,158,115,{0.15 + 0.85 * count / peak:.3f})" if count else "#f4f4f4"
            else:
                colour = f"rgba(213,94,0,{0.15 + 0.85 * count / peak:.3f})" if count else "#f4f4f4"
            ink = "#fff" if count and count / peak > 0.55 else "#222"
            parts.append(
                f'<rect class="cell" data-expected="{_esc(want)}" data-routed="{_esc(got)}" data-count="{count}" '
                f'x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" fill="{colour}">'
                f"<title>expected {_esc(want)}, routed {_esc(got)}: {count:,}</title></rect>"
                f'<text class="cellnum" x="{x + cell / 2:.1f}" y="{y + cell / 2 + 5:.1f}" text-anchor="middle" '
                f'fill="{ink}">{count:,}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
       background: #f5f6f8; margin: 0; padding: 24px 32px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 0 0 10px; }
.sub { color: #5a5f66; margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; margin-bottom: 18px; }
.card { background: #fff; border-radius: 10px; padding: 12px 14px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.card .value { font-size: 24px; font-weight: 650; }
.card .name { color: #5a5f66; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .detail { color: #5a5f66; font-size: 12px; }
.card.warn .value { color: #b54800; }
.panel { background: #fff; border-radius: 10px; padding: 16px 18px; margin-bottom: 18px;
         box-shadow: 0 1px 2px rgba(0,0,0,.08); overflow-x: auto; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.row .panel { margin-bottom: 0; }
.rowwrap { margin-bottom: 18px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin: 6px 0 4px; }
.key { display: inline-flex; align-items: center; gap: 6px; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: #333; }
svg text.tiny { font-size: 10px; fill: #555; }
svg text.axis { fill: #6b7078; font-size: 11px; }
svg text.cellnum { font-size: 13px; font-weight: 600; }
svg line.grid { stroke: #e6e8eb; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: right; padding: 5px 8px; white-space: nowrap; border-bottom: 1px solid #eceef1; font-variant-numeric: tabular-nums; }
th:first-child, td:first-child { text-align: left; }
th { color: #5a5f66; font-weight: 600; font-size: 12px; }
.empty, .note { color: #5a5f66; }
code { background: #f0f1f3; padding: 1px 5px; border-radius: 4px; }
footer { color: #8a8f96; font-size: 12px; }
"""


def render_report_html(
    aggregator: ReportAggregator,
    counters: Mapping[str, int] | None = None,
    *,
    sources: Sequence[str] = (),
    generated_at: datetime | None = None,
) -> str:
    """Render the aggregated log as one self-contained HTML document."""
    counters = dict(counters or {})
    events = aggregator.events
    series, colours = _series_colours(aggregator.engines)
    confirmations = aggregator.statuses.get("human_confirm", 0)
    errors = sum(aggregator.statuses.get(status, 0) for status in _ERROR_STATUSES)
    route = aggregator.route_latency
    generated = (generated_at or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    if aggregator.per_minute:
        first = _format_minute(min(aggregator.per_minute), True)
        last_minute = max(aggregator.per_minute)
        last = (datetime.fromtimestamp(last_minute * 60, timezone.utc) + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
        period = f"{first} – {last} UTC"
    else:
        period = "no timestamps"

    def card(name: str, value: str, detail: str, card_id: str, warn: bool = False) -> str:
        css = "card warn" if warn else "card"
        return (
            f'<div class="{css}" id="{card_id}"><div class="name">{_esc(name)}</div>'
            f'<div class="value">{_esc(value)}</div><div class="detail">{_esc(detail)}</div></div>'
        )

    cards = "".join(
        [
            card("Requests", f"{events:,}", f"{len(aggregator.engines)} engines", "kpi-events"),
            card(
                "Confirmation rate",
                _pct(confirmations, events),
                f"{confirmations:,} sent to human_confirm",
                "kpi-confirmation",
            ),
            card(
                "Fallback rate",
                _pct(aggregator.fallbacks, aggregator.with_backend),
                f"{aggregator.fallbacks:,} of {aggregator.with_backend:,} forwarded",
                "kpi-fallback",
                warn=bool(aggregator.with_backend) and aggregator.fallbacks / aggregator.with_backend > 0.05,
            ),
            card(
                "Error rate",
                _pct(errors, events),
                f"{errors:,} failed or interrupted",
                "kpi-errors",
                warn=bool(events) and errors / events > 0.01,
            ),
            card("Route p50", _ms(route.percentile(50)), "time to decide", "kpi-route-p50"),
            card("Route p99", _ms(route.percentile(99)), f"max {_ms(route.maximum if route.count else None)}", "kpi-route-p99"),
        ]
    )

    engine_rows = [(engine, float(aggregator.engines[engine]), colours.get(engine, _OTHER_COLOUR)) for engine in series if engine != "other"]
    if "other" in series:
        other = sum(count for engine, count in aggregator.engines.items() if engine not in colours)
        engine_rows.append(("other", float(other), _OTHER_COLOUR))
    status_colours = {"forwarded": "#009E73", "human_confirm": "#E69F00"}
    status_rows = [
        (status, float(count), status_colours.get(status, "#D55E00"))
        for status, count in aggregator.statuses.most_common()
    ]
    reason_rows = [(reason, float(count), "#56B4E9") for reason, count in aggregator.reasons.most_common(12)]
    backend_rows = [(backend, float(count), "#7F7F7F") for backend, count in aggregator.backends.most_common(10)]

    latency_table = ["<table id=\"latency-table\"><tr><th>latency</th><th>count</th><th>p50</th><th>p90</th>"
                     "<th>p99</th><th>max</th><th>mean</th></tr>"]
    for name, digest in (
        ("route (decision)", aggregator.route_latency),
        ("upstream", aggregator.upstream_latency),
        ("total", aggregator.total_latency),
    ):
        latency_table.append(
            f"<tr><td>{_esc(name)}</td><td>{digest.count:,}</td><td>{_esc(_ms(digest.percentile(50)))}</td>"
            f"<td>{_esc(_ms(digest.percentile(90)))}</td><td>{_esc(_ms(digest.percentile(99)))}</td>"
            f"<td>{_esc(_ms(digest.maximum if digest.count else None))}</td><td>{_esc(_ms(digest.mean()))}</td></tr>"
        )
    latency_table.append("</table>")

    footer_bits = [f"Generated {generated}"]
    if sources:
        footer_bits.append("from " + ", ".join(sources))
    footer_bits.append(f"{counters.get('malformed_lines', 0):,} malformed lines skipped")
    if aggregator.undated:
        footer_bits.append(f"{aggregator.undated:,} events without a timestamp")
    if counters.get("feedback_labels"):
        footer_bits.append(f"{counters['feedback_labels']:,} feedback labels")

    body = f"""
<h1>Routing report</h1>
<p class="sub">{_esc(period)} · {events:,} routing events</p>
<div class="cards">{cards}</div>
<section class="panel" id="section-routes">
<h2>Where requests went over time</h2>
{_legend(series, colours)}
{_time_chart(aggregator, series, colours)}
</section>
<div class="row rowwrap">
<section class="panel" id="section-engines"><h2>Engine share</h2>
{_hbars(engine_rows, total=events, chart_id="engine-share", label_width=170)}</section>
<section class="panel" id="section-statuses"><h2>Outcomes</h2>
{_hbars(status_rows, total=events, chart_id="statuses", label_width=190)}
<h2 style="margin-top:14px">Backends</h2>
{_hbars(backend_rows, total=aggregator.with_backend, chart_id="backends", label_width=190)}</section>
</div>
<div class="row rowwrap">
<section class="panel" id="section-latency"><h2>Route latency by engine</h2>
{_latency_chart(aggregator, series, colours)}</section>
<section class="panel" id="section-latency-table"><h2>Latency percentiles</h2>
{''.join(latency_table)}
<div class="row" style="margin-top:14px"><div><h2>Complexity scores</h2>{_histogram(aggregator.complexity, "complexity-histogram", "#0072B2")}</div>
<div><h2>Risk scores</h2>{_histogram(aggregator.risk, "risk-histogram", "#D55E00")}</div></div></section>
</div>
<section class="panel" id="section-reasons"><h2>Top routing reasons</h2>
{_hbars(reason_rows, total=events, chart_id="top-reasons", label_width=420, width=1100)}</section>
<section class="panel" id="section-confusion"><h2>Labelled routes (feedback)</h2>
{_confusion(aggregator)}</section>
<footer>{_esc(" · ".join(footer_bits))}</footer>
"""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>model-router routing report</title>"
        f"<style>{_CSS}</style></head><body>{body}</body></html>\n"
    )


def write_report(
    event_paths: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    feedback_paths: Sequence[str | os.PathLike[str]] = (),
) -> dict[str, Any]:
    """Build the report for ``event_paths`` and write it to ``output``; return a summary."""
    aggregator, counters = build_report(event_paths, feedback_paths)
    document = render_report_html(aggregator, counters, sources=[str(Path(path)) for path in event_paths])
    output_path = Path(output).expanduser()
    output_path.parent.mkdir(parents=True, exist_ok=True)
    temp_path = output_path.with_name(output_path.name + ".tmp")
    temp_path.write_text(document, encoding="utf-8")
    os.replace(temp_path, output_path)
    return {
        "output": str(output_path),
        "events": aggregator.events,
        "engines": dict(aggregator.engines.most_common()),
        "malformed_lines": counters["malformed_lines"],
        "feedback_labels": counters["feedback_labels"],
        "bytes": len(document.encode("utf-8")),
    }
