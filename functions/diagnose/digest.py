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
import re
from dataclasses import dataclass, field

from functions.core.domain.contracts import BatchSummary, Evidence, RiskLevel, Severity
from functions.core.domain.taxonomy import TAXONOMY_VERSION, taxonomy_text
from functions.core.ports import TokenCounter
from functions.diagnose.tokens import default_counter

# The ids the digest gives its items (S signals, C codes, T templates, numbered), which a model's
# answer may cite as evidence: anything else in a model's refs is free text.
EVIDENCE_REF = re.compile(r"^[CTS]\d{1,4}$")

# The taxonomy is part of the prompt, so its version is part of the prompt's (and the cache key's).
PROMPT_VERSION = f"diag-prompt-v2+{TAXONOMY_VERSION}"
_ITEM_TEXT_CHARS = 180
# Token caps on free text a vehicle or a model controls (file names may be 255 characters of emoji,
# about 3 tokens each): without them one field can use the whole budget.
_NAME_TOKENS = 24
_ERROR_TOKENS = 40
_FORMATS_TOKENS = 40
_LINE_TOKENS = 120
_CAUSE_TOKENS = 120
_TITLE_RESERVE = 16  # the longest section title ("Segment NN items ...") with margin

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
    "likely root cause: the vehicle system where it sits, not the systems that suffered from it.\n"
    "Categories (subsystems), the system where the root cause sits; the output schema defines each: "
    + taxonomy_text() + "\n"
    "Answer with one JSON object and nothing else:\n"
    '{"category": one category above, "subsystem": one of its subsystems,\n'
    ' "risk_level": one of ' + ", ".join(f'"{r.value}"' for r in RiskLevel) + ",\n"
    ' "root_cause": "at most 3 sentences", "recommendations": ["at most 5 short actions"],\n'
    ' "evidence_refs": ["ids of the digest items that support the answer, e.g. C1, T4"], '
    '"confidence": 0.0-1.0}\n'
    "Rules: use category none when nothing points at a fault (warnings alone are normal). Risk: low = "
    "informational or pending code; medium = errors that recovered; high = derate, disabled feature or lost "
    "component; critical = safe stop, minimal risk maneuver, fire or loss of a safety function. Items that "
    "did not fit are counted at the end; do not guess their content. The earliest anomaly of a burst is "
    "usually the cause; a lost-communication code names a missing peer; parked/charging/test lowers risk."
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
        return self.kind in ("code", "signal") or self.severity.rank >= Severity.WARNING.rank


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
    budget: int = 0

    @property
    def empty(self) -> bool:
        """No prompt fits the budget (the header and system prompt alone overflow it): do not call
        the model."""
        return self.single is None and not self.segments

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


def clip_tokens(text: str, counter: TokenCounter, limit: int) -> str:
    """The longest prefix of ``text`` (whitespace collapsed) that, with an ellipsis, is at most
    ``limit`` tokens; binary search, so a few dozen counts at most."""
    text = " ".join(text.split())
    if counter.count(text) <= limit:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if counter.count(text[:mid] + "…") <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…" if lo else ""


def _where(e: Evidence | None) -> str:
    if e is None:
        return ""
    pos = f"line {e.line}" if e.line is not None else f"msg {e.message_index}" if e.message_index is not None else ""
    name = _clip(e.file_name or e.file_id, 60)
    return f" @{name}{':' + pos if pos else ''}"


_SIGNAL_MIN_SCORE = 4.0


def _at(e: Evidence | None) -> str:
    # First-seen time of the item's sample: the model needs time order to tell cause from consequence.
    return f" t={e.timestamp.strftime('%H:%M:%S')}" if e is not None and e.timestamp is not None else ""


def rank_items(
    summary: BatchSummary, counter: TokenCounter | None = None, line_tokens: int = _LINE_TOKENS
) -> list[DigestItem]:
    counter = counter or default_counter()
    raw: list[tuple[float, str, str, Severity, int, int, Evidence | None]] = []
    for c in summary.codes:
        files = len(summary.code_files.get(c.code, ())) or 1
        # Codes are the densest evidence there is: one line, one meaning.
        raw.append((1.5 * _score(c.severity, c.count, files), "code", c.code, c.severity, c.count, files, c.sample))
    for t in summary.templates:
        raw.append((_score(t.severity, t.count, 1), "template", t.template, t.severity, t.count, 1, t.sample))
    for sig in summary.signals:
        x = sig.excursion
        if x is None or x.score < _SIGNAL_MIN_SCORE:
            continue
        when = f" from {x.start.strftime('%H:%M:%S')}" if x.start is not None else ""
        text = (
            f"{sig.name}{' [' + sig.unit + ']' if sig.unit else ''}{' src=' + sig.source if sig.source else ''} "
            f"median={sig.median:g} range {sig.min:g}..{sig.max:g}; excursion to {x.value:g} "
            f"({x.score:.0f} robust sd) for {x.samples} samples{when}"
        )
        sev = Severity.WARNING
        raw.append((_score(sev, x.samples, 1) * min(2.0, x.score / 8.0), "signal", text, sev, x.samples, 1,
                    x.evidence))
    raw.sort(key=lambda r: (-r[0], r[1], r[2]))
    items: list[DigestItem] = []
    n_code = n_tpl = n_sig = 0
    for score, kind, text, sev, count, files, ev in raw:
        if kind == "signal":
            n_sig += 1
            ref = f"S{n_sig}"
            line = f"{ref} signal {_clip(text)}{_where(ev)}"
        elif kind == "code":
            n_code += 1
            ref = f"C{n_code}"
            example = f" e.g. {_clip(ev.excerpt, 140)!r}" if ev is not None and ev.excerpt else ""
            line = f"{ref} code {_clip(text, 40)} [{sev.value}] x{count} files={files}{_at(ev)}{_where(ev)}{example}"
        else:
            n_tpl += 1
            ref = f"T{n_tpl}"
            line = f"{ref} [{sev.value}] x{count}{_at(ev)}{_where(ev)} {_clip(text)}"
        line = clip_tokens(line, counter, line_tokens)
        items.append(DigestItem(ref, kind, text, sev, count, files, score, ev, line))
    return items


def header_of(summary: BatchSummary, counter: TokenCounter | None = None, *, failed_shown: int = 3) -> str:
    counter = counter or default_counter()
    parsed = [f for f in summary.files if f.status == "parsed"]
    failed = [f for f in summary.files if f.status == "failed"]
    formats = sorted({f.format for f in parsed if f.format})
    sev = ", ".join(f"{s.value}={n}" for s, n in sorted(summary.severity_counts.items(), key=lambda kv: -kv[0].rank))
    shown_formats = clip_tokens(", ".join(formats), counter, _FORMATS_TOKENS) or "-"
    lines = [
        f"Vehicle log batch: {len(summary.files)} files ({len(parsed)} parsed, {len(failed)} failed), "
        f"formats {shown_formats}; {summary.total_lines} lines, {summary.total_messages} messages, "
        f"{summary.total_bytes} bytes.",
    ]
    if summary.time_range is not None:
        lines.append(f"Time range: {summary.time_range.start.isoformat()} .. {summary.time_range.end.isoformat()}.")
    if sev:
        lines.append(f"Severity counts: {sev}.")
    for f in failed[:failed_shown]:
        name = clip_tokens(f.file_name or f.file_id, counter, _NAME_TOKENS)
        lines.append(f"Failed file {name}: {clip_tokens(f.error or '', counter, _ERROR_TOKENS)}")
    return "\n".join(lines)


def _room(counter: TokenCounter, budget: int, overflow: int) -> int:
    """Tokens left for the header and the items once the system prompt, a title and the trailer are in."""
    return budget - counter.count(SYSTEM_PROMPT) - counter.count(_trailer(10**6, overflow)) - _TITLE_RESERVE


def _line_tokens(room: int) -> int:
    # The usual 120-token cap, narrower under a small budget so the header and a line still fit.
    return max(32, min(_LINE_TOKENS, room // 4))


def _fit_header(
    summary: BatchSummary, counter: TokenCounter, budget: int, overflow: int, line_tokens: int
) -> str | None:
    """The header with room left for a title, the trailer and at least one item line: fewer failed
    files are listed, then the header is cut, as the budget requires. None when even an empty
    header leaves no room (a budget below the system prompt)."""
    room = _room(counter, budget, overflow) - line_tokens - 8
    if room <= 0:
        return None
    header = ""
    for shown in (3, 1, 0):
        header = header_of(summary, counter, failed_shown=shown)
        if counter.count(header) <= room:
            return header
    clipped = clip_tokens(header, counter, room)
    return clipped or None


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
    """Prompts for the model, every one at most ``budget`` tokens (a hard invariant: a plan that
    cannot keep it has no prompt at all, and the caller uses the rules)."""
    overflow = summary.templates_overflow + summary.codes_overflow
    line_tokens = _line_tokens(_room(counter, budget, overflow))
    items = rank_items(summary, counter, line_tokens)
    by_ref = {i.ref: i for i in items}
    header = _fit_header(summary, counter, budget, overflow, line_tokens)
    if header is None:
        return PromptPlan(by_ref, "", budget=budget)
    prompt, rest = _pack(header, items, SYSTEM_PROMPT, counter, budget, overflow, "Items (most significant first):")
    single = prompt if prompt.tokens <= budget else None
    if max_calls < 3 or not any(i.important for i in rest):
        return PromptPlan(by_ref, header, single=single, budget=budget)
    # Map over segments of the important items, keeping one call for the reduce step.
    pending = [i for i in items if i.important]
    segments: list[Prompt] = []
    while pending and len(segments) < max_calls - 1:
        title = f"Segment {len(segments) + 1} items (most significant first):"
        seg, pending = _pack(header, pending, SYSTEM_PROMPT, counter, budget, overflow, title)
        if not seg.refs or seg.tokens > budget:
            break
        segments.append(seg)
    if not segments:  # nothing to map over: one prompt with what fits, or none
        return PromptPlan(by_ref, header, single=single, budget=budget)
    return PromptPlan(by_ref, header, segments=segments, dropped_segments=1 if pending else 0, budget=budget)


def reduce_prompt(plan: PromptPlan, partials: list[dict], counter: TokenCounter, budget: int) -> Prompt:
    """The merge prompt, at most ``budget`` tokens: only refs of real digest items are repeated, each
    cause is clipped by tokens, and the partials share what the header leaves."""
    head = [plan.header, "", "Partial answers per segment:"]
    tail = ["Some low-ranked items were not analysed (call cap)."] if plan.dropped_segments else []
    fixed = counter.count(REDUCE_SYSTEM_PROMPT) + counter.count("\n".join(head + tail)) + 2
    share = (budget - fixed) // max(1, len(partials))
    lines: list[str] = []
    for n, p in enumerate(partials, 1):
        cited = p.get("evidence_refs") or []
        refs = [r for r in cited if isinstance(r, str) and EVIDENCE_REF.match(r) and r in plan.items]
        prefix = (
            f"S{n}: category={_clip(str(p.get('category')), 24)} risk={_clip(str(p.get('risk_level')), 24)} "
            f"refs={','.join(refs[:8])} cause="
        )
        room = min(_CAUSE_TOKENS, share - counter.count(prefix) - 2)
        lines.append(prefix + (clip_tokens(str(p.get("root_cause", "")), counter, room) if room > 0 else ""))

    def build() -> str:
        return "\n".join(head + lines + tail)

    user = build()
    while counter.count(REDUCE_SYSTEM_PROMPT) + counter.count(user) > budget and lines:
        lines.pop()  # a per-line count can differ from the joined one; the last partial goes first
        user = build()
    return Prompt(REDUCE_SYSTEM_PROMPT, user, counter.count(REDUCE_SYSTEM_PROMPT) + counter.count(user))


# ---- canonical problem signature -----------------------------------------------------------------


def _bucket(count: int) -> int:
    """Half-decade (log-scale) buckets, ``floor(2 * log10(count))``: 1-3 → 0, 4-9 → 1, 10-31 → 2,
    32-99 → 3, 100-316 → 4, 317-999 → 5, ... A count change within one bucket (40 → 42) keeps the
    signature; crossing a boundary (3 → 4, 31 → 32) changes it, as does any change of an order of
    magnitude (3 → 300). Zero counts as one."""
    return math.floor(2 * math.log10(max(1, count)))


def problem_signature(summary: BatchSummary, *, top: int = 24) -> str:
    """A hash of what the problem looks like, independent of batch, vehicle, file names and order and
    timestamps: the codes and the significant templates, each with its count's :func:`_bucket`, so
    counts that move within a bucket give the same signature and counts that cross a bucket do not."""
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
    signals = sorted(
        (s.name, s.unit, _bucket(int(s.excursion.score)), s.excursion.value > s.median)
        for s in summary.signals
        if s.excursion is not None and s.excursion.score >= _SIGNAL_MIN_SCORE
    )
    canonical = json.dumps(
        {"taxonomy": TAXONOMY_VERSION, "codes": codes, "templates": templates, "signals": signals,
         "failed": failed > 0},
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]
