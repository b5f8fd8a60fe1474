"""A readable, self-contained HTML page for a report: no scripts, no external assets, inline SVG charts.

Everything that came from a log or a model is escaped: log lines are attacker-controlled text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from functions.shared.contracts import Evidence, Report, RiskLevel, Severity

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
"""


def render_report(report: Report) -> str:
    d = report.diagnosis
    risk_colour = _RISK_COLOURS.get(d.risk_level, "#555")
    severity_bars = [
        (str(s), report.severity_counts.get(s, 0), _SEVERITY_COLOURS[s])
        for s in sorted(Severity, key=lambda s: -s.rank)
        if report.severity_counts.get(s, 0)
    ]
    code_bars = [(c.code, c.count, _SEVERITY_COLOURS.get(c.severity, "#555")) for c in report.top_codes[:10]]
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>Argus report {_e(report.batch_id)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Batch {_e(report.batch_id)}</h1>",
        f'<p class="meta">vehicle {_e(report.vehicle_id)} · VIN {_e(report.vin)} · generated '
        f"{_e(report.generated_at.isoformat())}{_time_range(report)}</p>",
        "<h2>Diagnosis</h2>",
        f'<p><span class="risk" style="background:{risk_colour}">{_e(d.risk_level)} risk</span> '
        f"· category <strong>{_e(d.category)}</strong> · confidence {d.confidence:.0%}</p>",
        f"<p>{_e(d.root_cause)}</p>",
        _recommendations(d.recommendations),
        _fleet(report),
        "<h2>Charts</h2>",
        '<div class="charts">',
        _bar_chart("Log entries by severity", severity_bars),
        _bar_chart("Top codes", code_bars),
        "</div>",
        _evidence(d.evidence),
        _codes(report),
        _templates(report),
        _files(report),
        _usage(report),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p)


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


def _bar_chart(title: str, bars: Sequence[tuple[str, int, str]]) -> str:
    """A horizontal bar chart as inline SVG, with the numbers written out (readable without colour)."""
    if not bars:
        return f"<figure><figcaption>{_e(title)}</figcaption><p>none</p></figure>"
    label_w, bar_w, row_h = 130, 260, 24
    height = row_h * len(bars) + 8
    peak = max(count for _, count, _ in bars) or 1
    rows = []
    for i, (label, count, colour) in enumerate(bars):
        y = 4 + i * row_h
        width = max(1, round(bar_w * count / peak))
        short = label if len(label) <= 18 else label[:17] + "…"
        rows.append(
            f'<text x="{label_w - 6}" y="{y + 16}" text-anchor="end" font-size="12">{_e(short)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width}" height="{row_h - 8}" fill="{colour}">'
            f"<title>{_e(label)}: {count}</title></rect>"
            f'<text x="{label_w + width + 6}" y="{y + 16}" font-size="12">{count}</text>'
        )
    total_w = label_w + bar_w + 70
    return (
        f"<figure><figcaption>{_e(title)}</figcaption>"
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


def _evidence(evidence: Sequence[Evidence]) -> str:
    if not evidence:
        return ""
    rows = "".join(
        f"<tr><td><code>{_where(ev)}</code></td><td>{_e(ev.severity or '')}</td>"
        f"<td>{_e(ev.timestamp.isoformat() if ev.timestamp else '')}</td><td><pre>{_e(ev.excerpt)}</pre></td></tr>"
        for ev in evidence
    )
    return (
        f"<h2>Evidence</h2><table><tr><th>where</th><th>severity</th><th>time</th><th>excerpt</th></tr>{rows}</table>"
    )


def _codes(report: Report) -> str:
    if not report.top_codes:
        return ""
    rows = "".join(
        f"<tr><td><code>{_e(c.code)}</code></td><td>{_e(c.kind)}</td><td>{c.count}</td><td>{_e(c.severity)}</td>"
        f"<td>{_where(c.sample) if c.sample else ''}</td></tr>"
        for c in report.top_codes
    )
    return (
        "<h2>Codes</h2><table><tr><th>code</th><th>kind</th><th>count</th><th>severity</th><th>first sample</th></tr>"
        f"{rows}</table>"
    )


def _templates(report: Report) -> str:
    if not report.top_templates:
        return ""
    rows = "".join(
        f"<tr><td>{t.count}</td><td>{_e(t.severity)}</td><td><pre>{_e(t.template)}</pre></td></tr>"
        for t in report.top_templates
    )
    return f"<h2>Top templates</h2><table><tr><th>count</th><th>severity</th><th>template</th></tr>{rows}</table>"


def _files(report: Report) -> str:
    rows = "".join(
        f'<tr class="{"failed" if f.status == "failed" else ""}"><td>{_e(f.file_name)}</td><td><code>{_e(f.file_id)}'
        f"</code></td><td>{_e(f.status)}</td><td>{_e(f.format or '')}</td><td>{_e(f.error or '')}</td></tr>"
        for f in report.files
    )
    return (
        "<h2>Files</h2><table><tr><th>name</th><th>id</th><th>status</th><th>format</th><th>error</th></tr>"
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
