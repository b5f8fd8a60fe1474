"""The deterministic digest of a batch summary that a model reads, under a hard token budget.

Items (codes and templates) are ranked by severity, count and spread across files; the prompt takes
as many as fit, in rank order, and states how many were left out. When the important items (codes,
and templates at warning or above) cannot all fit in one prompt, they are split into segments for a
map step, each segment a prompt under the same budget, and a reduce prompt merges the partial
answers. Same summary in, same prompts out: nothing here depends on time or randomness.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field

from functions.diagnose.tokens import TokenCounter
from functions.shared.contracts import BatchSummary, Category, Evidence, RiskLevel, Severity

PROMPT_VERSION = "diag-prompt-v1"
_ITEM_TEXT_CHARS = 180
_SEVERITY_WEIGHT = {
    Severity.TRACE: 0.05,
    Severity.DEBUG: 0.1,
    Severity.INFO: 0.3,
    Severity.WARNING: 1.0,
    Severity.ERROR: 3.0,
    Severity.CRITICAL: 5.0,
}

SYSTEM_PROMPT = (
    "You are an automotive diagnostics engineer. You read a digest of one vehicle's log batch "
    "(fault codes and log templates with counts, severities and time ranges) and name the single most "
    "likely root cause.\n"
    "Answer with one JSON object and nothing else:\n"
    '{"category": one of ' + ", ".join(f'"{c.value}"' for c in Category) + ",\n"
    ' "risk_level": one of ' + ", ".join(f'"{r.value}"' for r in RiskLevel) + ",\n"
    ' "root_cause": "at most 3 sentences", "recommendations": ["at most 5 short actions"],\n'
    ' "evidence_refs": ["ids of the digest items that support the answer, e.g. C1, T4"], '
    '"confidence": 0.0-1.0}\n'
    "Rules: use category none when nothing points at a fault (warnings alone are normal). Risk: low = "
    "informational or pending code; medium = errors that recovered; high = derate, disabled feature or lost "
    "component; critical = safe stop, minimal risk maneuver, fire or loss of a safety function. Items that "
    "did not fit are counted at the end; do not guess their content."
)

REDUCE_SYSTEM_PROMPT = (
    SYSTEM_PROMPT + "\nThe digest was too long for one pass: you receive the batch header and the partial answers "
    "for each segment of it. Merge them into one answer; evidence_refs must come from the partial answers."
)


@dataclass(frozen=True)
class DigestItem:
    ref: str  # C1, T1 ...: what the model cites back
    kind: str  # code | template
    text: str
    severity: Severity
    count: int
    files: int
    score: float
    evidence: Evidence | None
    line: str  # the item as written in the prompt

    @property
    def important(self) -> bool:
        return self.kind == "code" or self.severity.rank >= Severity.WARNING.rank


@dataclass
class Prompt:
    system: str
    user: str
    tokens: int
    refs: list[str] = field(default_factory=list)
    omitted: int = 0


@dataclass
class PromptPlan:
    """One prompt (``single``) or map prompts plus a reduce step, all under the budget."""

    items: dict[str, DigestItem]
    header: str
    single: Prompt | None = None
    segments: list[Prompt] = field(default_factory=list)
    dropped_segments: int = 0

    @property
    def prompt_tokens(self) -> int:
        if self.single is not None:
            return self.single.tokens
        return max((p.tokens for p in self.segments), default=0)


def _score(severity: Severity, count: int, files: int) -> float:
    return _SEVERITY_WEIGHT[severity] * (1.0 + math.log10(max(1, count))) * (1.0 + 0.5 * math.log2(max(1, files)))


def _clip(text: str, limit: int = _ITEM_TEXT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(e: Evidence | None) -> str:
    if e is None:
        return ""
    pos = f"line {e.line}" if e.line is not None else f"msg {e.message_index}" if e.message_index is not None else ""
    name = e.file_name or e.file_id
    return f" @{name}{':' + pos if pos else ''}"


def rank_items(summary: BatchSummary) -> list[DigestItem]:
    raw: list[tuple[float, str, str, Severity, int, int, Evidence | None]] = []
    for c in summary.codes:
        files = len(summary.code_files.get(c.code, ())) or 1
        # Codes are the densest evidence there is: one line, one meaning.
        raw.append((1.5 * _score(c.severity, c.count, files), "code", c.code, c.severity, c.count, files, c.sample))
    for t in summary.templates:
        raw.append((_score(t.severity, t.count, 1), "template", t.template, t.severity, t.count, 1, t.sample))
    raw.sort(key=lambda r: (-r[0], r[1], r[2]))
    items: list[DigestItem] = []
    n_code = n_tpl = 0
    for score, kind, text, sev, count, files, ev in raw:
        if kind == "code":
            n_code += 1
            ref = f"C{n_code}"
            example = f" e.g. {_clip(ev.excerpt, 140)!r}" if ev is not None and ev.excerpt else ""
            line = f"{ref} code {text} [{sev.value}] x{count} files={files}{_where(ev)}{example}"
        else:
            n_tpl += 1
            ref = f"T{n_tpl}"
            line = f"{ref} [{sev.value}] x{count}{_where(ev)} {_clip(text)}"
        items.append(DigestItem(ref, kind, text, sev, count, files, score, ev, line))
    return items


def header_of(summary: BatchSummary) -> str:
    parsed = [f for f in summary.files if f.status == "parsed"]
    failed = [f for f in summary.files if f.status == "failed"]
    formats = sorted({f.format for f in parsed if f.format})
    sev = ", ".join(f"{s.value}={n}" for s, n in sorted(summary.severity_counts.items(), key=lambda kv: -kv[0].rank))
    lines = [
        f"Vehicle log batch: {len(summary.files)} files ({len(parsed)} parsed, {len(failed)} failed), "
        f"formats {', '.join(formats) or '-'}; {summary.total_lines} lines, {summary.total_messages} messages, "
        f"{summary.total_bytes} bytes.",
    ]
    if summary.time_range is not None:
        lines.append(f"Time range: {summary.time_range.start.isoformat()} .. {summary.time_range.end.isoformat()}.")
    if sev:
        lines.append(f"Severity counts: {sev}.")
    for f in failed[:3]:
        lines.append(f"Failed file {f.file_name or f.file_id}: {_clip(f.error or '', 120)}")
    return "\n".join(lines)


def _trailer(left_out: int, overflow: int) -> str:
    return (
        f"Omitted: {left_out} lower-ranked items not shown (budget); {overflow} more were dropped by the "
        "summary caps."
    )


def _pack(
    header: str, items: list[DigestItem], system: str, counter: TokenCounter, budget: int, overflow: int, title: str
) -> tuple[Prompt, list[DigestItem]]:
    """Greedy fill in rank order; returns the prompt and the items that did not fit."""
    base = f"{header}\n\n{title}\n"
    fixed = counter.count(system) + counter.count(base) + counter.count(_trailer(len(items), overflow)) + 4
    used = fixed
    chosen: list[DigestItem] = []
    rest: list[DigestItem] = []
    for item in items:
        cost = counter.count(item.line + "\n")
        if not rest and used + cost <= budget:
            chosen.append(item)
            used += cost
        else:
            rest.append(item)
    while True:  # per-line counts can differ from the joined count by a token here and there: verify
        user = base + "".join(i.line + "\n" for i in chosen) + _trailer(len(rest), overflow)
        tokens = counter.count(system) + counter.count(user)
        if tokens <= budget or not chosen:
            return Prompt(system, user, tokens, [i.ref for i in chosen], len(rest)), rest
        rest.insert(0, chosen.pop())


def plan_prompts(
    summary: BatchSummary, counter: TokenCounter, budget: int, max_calls: int
) -> PromptPlan:
    items = rank_items(summary)
    header = header_of(summary)
    overflow = summary.templates_overflow + summary.codes_overflow
    by_ref = {i.ref: i for i in items}
    prompt, rest = _pack(header, items, SYSTEM_PROMPT, counter, budget, overflow, "Items (most significant first):")
    if max_calls < 3 or not any(i.important for i in rest):
        return PromptPlan(by_ref, header, single=prompt)
    # Map over segments of the important items, keeping one call for the reduce step.
    pending = [i for i in items if i.important]
    segments: list[Prompt] = []
    while pending and len(segments) < max_calls - 1:
        title = f"Segment {len(segments) + 1} items (most significant first):"
        seg, pending = _pack(header, pending, SYSTEM_PROMPT, counter, budget, overflow, title)
        if not seg.refs:
            break
        segments.append(seg)
    return PromptPlan(by_ref, header, segments=segments, dropped_segments=1 if pending else 0)


def reduce_prompt(plan: PromptPlan, partials: list[dict], counter: TokenCounter, budget: int) -> Prompt:
    lines = [plan.header, "", "Partial answers per segment:"]
    for n, p in enumerate(partials, 1):
        lines.append(
            f"S{n}: category={p.get('category')} risk={p.get('risk_level')} "
            f"refs={','.join(p.get('evidence_refs', [])[:8])} cause={_clip(str(p.get('root_cause', '')), 300)}"
        )
    if plan.dropped_segments:
        lines.append("Some low-ranked items were not analysed (call cap).")
    user = "\n".join(lines)
    while counter.count(REDUCE_SYSTEM_PROMPT) + counter.count(user) > budget and len(lines) > 4:
        lines.pop(-1)
        user = "\n".join(lines)
    return Prompt(REDUCE_SYSTEM_PROMPT, user, counter.count(REDUCE_SYSTEM_PROMPT) + counter.count(user))


# ---- canonical problem signature -----------------------------------------------------------------


def _bucket(count: int) -> int:
    """Half-decade buckets: 3 and 4 events are the same problem, 3 and 300 are not."""
    return math.floor(2 * math.log10(max(1, count)))


def problem_signature(summary: BatchSummary, *, top: int = 24) -> str:
    """A hash of what the problem looks like, independent of batch, vehicle, file names and order,
    timestamps and small count changes: the codes and the significant templates, with bucketed counts."""
    codes = sorted(
        (c.code, str(c.kind), c.severity.value, _bucket(c.count))
        for c in summary.codes
        if c.severity.rank >= Severity.WARNING.rank
    )
    significant = sorted(
        (t for t in summary.templates if t.severity.rank >= Severity.WARNING.rank),
        key=lambda t: (-t.severity.rank, -t.count, t.template),
    )[:top]
    templates = sorted((t.template, t.severity.value, _bucket(t.count)) for t in significant)
    failed = sum(1 for f in summary.files if f.status == "failed")
    canonical = json.dumps({"codes": codes, "templates": templates, "failed": failed > 0}, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]
