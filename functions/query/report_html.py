"""A readable, self-contained HTML page for a report: no scripts, no external assets, inline SVG charts.

Everything that came from a log or a model is escaped: log lines are attacker-controlled text.
Counts span orders of magnitude (ten thousand critical lines beside twelve million info ones), so
the severity chart uses a log scale with every count written out, and the timeline shades each
cell by the log of its count: a rare error stays visible next to a flood of info lines.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from html import escape

from functions.core.domain.code_descriptions import describe_code
from functions.core.domain.contracts import Evidence, Report, RiskLevel, Severity, SeverityTimeline

_RISK_COLOURS = {
    RiskLevel.LOW: "#2e7d32",
    RiskLevel.MEDIUM: "#f9a825",
    RiskLevel.HIGH: "#ef6c00",
    RiskLevel.CRITICAL: "#c62828",
}
_SEVERITY_COLOURS = {
    Severity.TRACE: "#9e9e9e",
    Severity.DEBUG: "#78909c",
    Severity.INFO: "#1e88e5",
    Severity.WARNING: "#f9a825",
    Severity.ERROR: "#ef6c00",
    Severity.CRITICAL: "#c62828",
}
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:60rem;color:#222;
padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555}.risk{display:inline-block;padding:.15rem .6rem;border-radius:.3rem;color:#fff;font-weight:600}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;
vertical-align:top}code,pre{font:13px ui-monospace,Menlo,Consolas,monospace}pre{white-space:pre-wrap;margin:0}
.charts{display:flex;flex-wrap:wrap;gap:2rem}.failed{color:#c62828}
nav{position:sticky;top:0;background:#fff;padding:.4rem 0;border-bottom:1px solid #ddd;font-size:.9rem}
nav a{margin-right:.9rem}.ctx{color:#777}.hit{background:#fff3e0}:target{background:#fffde7}
.legend span{display:inline-block;margin-right:.8rem}.legend i{display:inline-block;width:.8rem;height:.8rem;
margin-right:.25rem;vertical-align:middle}
"""
_SECTIONS = (
    ("diagnosis", "Diagnosis"),
    ("timeline", "Timeline"),
    ("severity", "Severity"),
    ("codes", "Codes"),
    ("evidence", "Evidence"),
    ("templates", "Templates"),
    ("files", "Files"),
)
_LANES = (Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO)  # debug and trace fold into info


def render_report(report: Report) -> str:
    d = report.diagnosis
    risk_colour = _RISK_COLOURS.get(d.risk_level, "#555")
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        '<link rel="icon" href="data:,">',  # no favicon request: the page loads nothing from anywhere
        f"<title>Argus report {_e(report.batch_id)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Batch {_e(report.batch_id)}</h1>",
        f'<p class="meta">vehicle {_e(report.vehicle_id)} · VIN {_e(report.vin)} · generated '
        f"{_e(report.generated_at.isoformat())}{_time_range(report)}</p>",
        "<nav>" + "".join(f'<a href="#{anchor}">{title}</a>' for anchor, title in _SECTIONS) + "</nav>",
        '<h2 id="diagnosis">Diagnosis</h2>',
        f'<p><span class="risk" style="background:{risk_colour}">{_e(d.risk_level)} risk</span> '
        f"· category <strong>{_e(d.category)}</strong> · confidence {d.confidence:.0%}</p>",
        f"<p>{_e(d.root_cause)}"
        + (' <a href="#ev-0">(first evidence)</a>' if d.evidence else "")
        + "</p>",
        _recommendations(d.recommendations),
        _fleet(report),
        _timeline(report),
        '<h2 id="severity">Log entries by severity</h2>',
        '<div class="charts">',
        _severity_chart(report),
        _bar_chart("Top codes by count (log scale)", _code_bars(report), chart_id="chart-codes", log_scale=True),
        "</div>",
        _codes(report),
        _evidence(d.evidence, report),
        _templates(report),
        _files(report),
        _usage(report),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


def _root_cause_moment(report: Report) -> datetime | None:
    """When the diagnosis' first (strongest) piece of evidence happened, if it carries a time."""
    for ev in report.diagnosis.evidence:
        if ev.timestamp is not None:
            return ev.timestamp
    return None


def _timeline(report: Report) -> str:
    """One lane per file, one row per severity; each cell shaded by log(count), the root-cause moment
    a red line. Cells carry their exact count in a tooltip."""
    timelines = [t for t in report.timelines if t.counts]
    head = '<h2 id="timeline">Timeline</h2>'
    if not timelines:
        return head + "<p>No timestamps in these logs: no timeline.</p>"
    start = min(t.start.timestamp() for t in timelines)
    end = max(t.start.timestamp() + t.bucket_seconds * _width(t) for t in timelines)
    span = max(end - start, 1.0)
    label_w, plot_w, row_h, gap = 170, 640, 11, 10
    peak = max(max(row) for t in timelines for row in t.counts.values()) or 1
    rows: list[str] = []
    y = 18
    for t in timelines:
        lanes = _fold(t)
        name = t.file_name or t.file_id
        short = name if len(name) <= 26 else name[:25] + "…"
        rows.append(
            f'<a href="#file-{_e(t.file_id)}"><text x="0" y="{y + row_h}" font-size="12">{_e(short)}'
            f"<title>{_e(name)}</title></text></a>"
        )
        for sev, counts in lanes:
            colour = _SEVERITY_COLOURS[sev]
            origin = t.start.timestamp()
            for i, count in enumerate(counts):
                if not count:
                    continue
                x0 = label_w + plot_w * (origin + i * t.bucket_seconds - start) / span
                w = max(1.5, plot_w * t.bucket_seconds / span)
                shade = 0.25 + 0.75 * math.log1p(count) / math.log1p(peak)
                rows.append(
                    f'<rect class="cell" data-severity="{sev}" data-count="{count}" x="{x0:.1f}" y="{y}" '
                    f'width="{w:.1f}" height="{row_h - 1}" fill="{colour}" fill-opacity="{shade:.2f}">'
                    f"<title>{_e(name)} · {sev}: {count:,} from "
                    f"{_e(_iso(origin + i * t.bucket_seconds))}</title></rect>"
                )
            y += row_h
        y += gap
    height = y + 22
    axis = (
        f'<line x1="{label_w}" y1="{height - 18}" x2="{label_w + plot_w}" y2="{height - 18}" stroke="#999"/>'
        f'<text x="{label_w}" y="{height - 4}" font-size="11">{_e(_iso(start))}</text>'
        f'<text x="{label_w + plot_w}" y="{height - 4}" font-size="11" text-anchor="end">{_e(_iso(end))}</text>'
    )
    marker = ""
    moment = _root_cause_moment(report)
    if moment is not None and start <= moment.timestamp() <= end:
        x = label_w + plot_w * (moment.timestamp() - start) / span
        marker = (
            f'<a href="#ev-0"><line id="root-cause-moment" x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{height - 18}" '
            f'stroke="#b71c1c" stroke-width="2" stroke-dasharray="4 3"/>'
            f'<text x="{min(x + 4, label_w + plot_w - 90):.1f}" y="12" font-size="11" fill="#b71c1c">root cause '
            f"{_e(moment.strftime('%H:%M:%S'))}</text></a>"
        )
    total_w = label_w + plot_w + 10
    legend = '<p class="legend">' + "".join(
        f'<span><i style="background:{_SEVERITY_COLOURS[s]}"></i>{s}</span>' for s in _LANES
    ) + " darker = more events (log scale); hover a cell for its count</p>"
    return (
        f"{head}{legend}"
        f'<svg id="chart-timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Events by severity '
        f'over time, per file" width="{total_w}" height="{height}" viewBox="0 0 {total_w} {height}">'
        f'{"".join(rows)}{axis}{marker}</svg>'
    )


def _width(t: SeverityTimeline) -> int:
    return max((len(row) for row in t.counts.values()), default=0)


def _fold(t: SeverityTimeline) -> list[tuple[Severity, list[int]]]:
    """Severity rows of one file, worst first; debug and trace are added to info."""
    width = _width(t)
    rows: dict[Severity, list[int]] = {}
    for sev, counts in t.counts.items():
        lane = sev if sev in _LANES else Severity.INFO
        row = rows.setdefault(lane, [0] * width)
        for i, c in enumerate(counts):
            row[i] += c
    return [(sev, rows[sev]) for sev in _LANES if sev in rows and any(rows[sev])]


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def _severity_chart(report: Report) -> str:
    """Log-scale bars with the count and share written beside each: rare severities stay visible."""
    total = sum(report.severity_counts.values()) or 1
    bars = [
        (str(s), report.severity_counts.get(s, 0), _SEVERITY_COLOURS[s])
        for s in sorted(Severity, key=lambda s: -s.rank)
        if report.severity_counts.get(s, 0)
    ]
    return _bar_chart(
        "Log entries by severity (log scale)",
        bars,
        chart_id="chart-severity",
        log_scale=True,
        note=lambda count: f"{count:,} ({_share(count, total)})",
    )


def _share(count: int, total: int) -> str:
    share = 100 * count / total
    return f"{share:.2g} %" if share < 1 else f"{share:.0f} %"


def _code_bars(report: Report) -> list[tuple[str, int, str]]:
    return [(c.code, c.count, _SEVERITY_COLOURS.get(c.severity, "#555")) for c in _codes_by_count(report)[:10]]


def _codes_by_count(report: Report):
    return sorted(report.top_codes, key=lambda c: (-c.count, -c.severity.rank, c.code))


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _time_range(report: Report) -> str:
    if report.time_range is None:
        return ""
    return f" · logs from {_e(report.time_range.start.isoformat())} to {_e(report.time_range.end.isoformat())}"


def _recommendations(items: Iterable[str]) -> str:
    items = list(items)
    if not items:
        return ""
    return "<h3>Recommendations</h3><ol>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ol>"


def _bar_chart(
    title: str,
    bars: Sequence[tuple[str, int, str]],
    *,
    chart_id: str,
    log_scale: bool = False,
    note=None,
) -> str:
    """A horizontal bar chart as inline SVG, with the numbers written out (readable without colour)."""
    if not bars:
        return f'<figure id="{chart_id}"><figcaption>{_e(title)}</figcaption><p>none</p></figure>'
    label_w, bar_w, row_h = 130, 260, 24
    height = row_h * len(bars) + 8
    peak = max(count for _, count, _ in bars) or 1

    def scale(count: int) -> float:
        if log_scale:
            return math.log10(1 + count) / math.log10(1 + peak)
        return count / peak

    rows = []
    for i, (label, count, colour) in enumerate(bars):
        y = 4 + i * row_h
        width = max(2, round(bar_w * scale(count)))
        short = label if len(label) <= 18 else label[:17] + "…"
        text = note(count) if note else f"{count:,}"
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end" font-size="12">{_e(short)}</text>'
            f'<rect class="bar" data-count="{count}" x="{label_w}" y="{y + 3}" width="{width}" '
            f'height="{row_h - 8}" fill="{colour}"><title>{_e(label)}: {count:,}</title></rect>'
            f'<text x="{label_w + width + 6}" y="{y + 16}" font-size="12">{_e(text)}</text>'
        )
    total_w = label_w + bar_w + 120
    return (
        f'<figure id="{chart_id}"><figcaption>{_e(title)}</figcaption>'
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{_e(title)}" '
        f'width="{total_w}" height="{height}" viewBox="0 0 {total_w} {height}">{"".join(rows)}</svg></figure>'
    )


def _where(ev: Evidence) -> str:
    where = _e(ev.file_name or ev.file_id)
    if ev.line is not None:
        where += f":{ev.line}"
    elif ev.message_index is not None:
        where += f" message #{ev.message_index}"
    return where


def _evidence_anchor(report: Report, ev: Evidence | None) -> str:
    """``#ev-N`` of the diagnosis evidence at the same place, else ``""``."""
    if ev is None:
        return ""
    for i, shown in enumerate(report.diagnosis.evidence):
        if shown.file_id == ev.file_id and (shown.line, shown.message_index) == (ev.line, ev.message_index):
            return f"#ev-{i}"
    return ""


def _evidence(evidence: Sequence[Evidence], report: Report) -> str:
    if not evidence:
        return '<h2 id="evidence">Evidence</h2><p>none</p>'
    rows = "".join(
        f'<tr id="ev-{i}"><td><a href="#file-{_e(ev.file_id)}"><code>{_where(ev)}</code></a></td>'
        f"<td>{_e(ev.severity or '')}</td>"
        f"<td>{_e(ev.timestamp.isoformat() if ev.timestamp else '')}</td><td>{_excerpt(ev)}</td></tr>"
        for i, ev in enumerate(evidence)
    )
    return (
        '<h2 id="evidence">Evidence</h2><table><tr><th>where</th><th>severity</th><th>time</th>'
        f"<th>excerpt (with the lines around it where recorded)</th></tr>{rows}</table>"
    )


def _excerpt(ev: Evidence) -> str:
    lines = [f'<span class="ctx">{_e(line)}</span>' for line in ev.context_before]
    lines.append(f'<span class="hit">{_e(ev.excerpt)}</span>')
    lines += [f'<span class="ctx">{_e(line)}</span>' for line in ev.context_after]
    return "<pre>" + "\n".join(lines) + "</pre>"


def _codes(report: Report) -> str:
    if not report.top_codes:
        return '<h2 id="codes">Codes</h2><p>No diagnostic codes found.</p>'
    rows = []
    for c in _codes_by_count(report):
        anchor = _evidence_anchor(report, c.sample)
        sample = _where(c.sample) if c.sample else ""
        if sample and anchor:
            sample = f'<a href="{anchor}">{sample}</a>'
        rows.append(
            f'<tr id="code-{_e(c.code)}"><td><code>{_e(c.code)}</code></td><td>{_e(describe_code(c.code, c.kind))}'
            f"</td><td>{_e(c.kind)}</td><td>{c.count:,}</td><td>{_e(c.severity)}</td><td>{sample}</td></tr>"
        )
    return (
        '<h2 id="codes">Codes, by count</h2><table><tr><th>code</th><th>meaning</th><th>kind</th><th>count</th>'
        f"<th>severity</th><th>first sample</th></tr>{''.join(rows)}</table>"
    )


def _templates(report: Report) -> str:
    if not report.top_templates:
        return ""
    rows = "".join(
        f"<tr><td>{t.count}</td><td>{_e(t.severity)}</td><td><pre>{_e(t.template)}</pre></td></tr>"
        for t in report.top_templates
    )
    return (
        '<h2 id="templates">Top templates</h2><table><tr><th>count</th><th>severity</th><th>template</th></tr>'
        f"{rows}</table>"
    )


def _files(report: Report) -> str:
    rows = "".join(
        f'<tr id="file-{_e(f.file_id)}" class="{"failed" if f.status == "failed" else ""}"><td>{_e(f.file_name)}</td>'
        f"<td><code>{_e(f.file_id)}"
        f"</code></td><td>{_e(f.status)}</td><td>{_e(f.format or '')}</td><td>{_e(f.error or '')}</td></tr>"
        for f in report.files
    )
    return (
        '<h2 id="files">Files</h2><table><tr><th>name</th><th>id</th><th>status</th><th>format</th><th>error</th></tr>'
        f"{rows}</table>"
    )


def _usage(report: Report) -> str:
    u = report.usage
    cached = " (answer reused from the diagnosis cache)" if u.cache_hit else ""
    fallback = f" · fallback: {_e(u.fallback_reason)}" if u.fallback_reason else ""
    return (
        f'<p class="meta">Diagnosed by {_e(u.provider)} / {_e(u.model)} (prompt {_e(u.prompt_version)}): '
        f"{u.model_calls} model calls, {u.input_tokens} input and {u.output_tokens} output tokens, "
        f"about ${u.estimated_cost_usd:.4f}{cached}{fallback}. Full summary: <code>{_e(report.summary_key)}</code></p>"
    )


def _fleet(report: Report) -> str:
    """What the fleet knew when the report was saved (absent when the fleet index is off)."""
    fleet = report.fleet
    if fleet is None:
        return ""
    seen = fleet.seen_before
    if seen is None:
        line = "<p>Seen before: never — this is the first batch of the fleet with this problem.</p>"
    else:
        line = (
            f"<p>Seen before: {seen.batches} batch{'es' if seen.batches != 1 else ''} on {seen.vehicles} "
            f"vehicle{'s' if seen.vehicles != 1 else ''} since {_e(seen.since.date().isoformat())}.</p>"
        )
    new = [f"code {_e(c)}" for c in fleet.new_codes] + [f"<code>{_e(t)}</code>" for t in fleet.new_templates]
    news = ("<p>New in fleet: " + ", ".join(new) + "</p>") if new else "<p>New in fleet: nothing.</p>"
    return '<section class="fleet"><h3>Fleet</h3>' + line + news + "</section>"
