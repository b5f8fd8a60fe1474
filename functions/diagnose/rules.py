"""The rule-based diagnoser: the offline, deterministic default, and the fallback of every model.

It reads the batch summary, attributes each template and code to a subsystem (codes first, then
keywords), weighs it by severity and count, and picks the subsystem with the most *strong* evidence:
a fault code, a line at error level or above, or a line that is evidence by itself (a core dump).
Warnings alone never make a diagnosis: healthy vehicles log plenty of them. The risk is the highest
risk any of the winning subsystem's lines expresses (see :mod:`functions.diagnose.knowledge`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from functions.core.domain.fleet import NOISE_STRONG_MIN, template_fingerprint
from functions.diagnose.knowledge import (
    INFO_EVIDENCE,
    RISK_CAPS,
    RISK_MARKERS,
    code_category,
    codes_in_text,
    explicit_level,
    keyword_scores,
    message_of,
    risk_rank,
)
from functions.shared.contracts import (
    BatchSummary,
    Category,
    CodeStat,
    Diagnosis,
    Evidence,
    RiskLevel,
    Severity,
    TemplateStat,
)

RULES_VERSION = "rules-v1"

_SEVERITY_WEIGHT = {
    Severity.TRACE: 0.0,
    Severity.DEBUG: 0.0,
    Severity.INFO: 0.2,
    Severity.WARNING: 1.0,
    Severity.ERROR: 3.0,
    Severity.CRITICAL: 5.0,
}
_BASE_RISK = {
    Severity.TRACE: RiskLevel.LOW,
    Severity.DEBUG: RiskLevel.LOW,
    Severity.INFO: RiskLevel.LOW,
    Severity.WARNING: RiskLevel.LOW,
    Severity.ERROR: RiskLevel.MEDIUM,
    # A fatal line is at least high; critical needs what the vehicle did (a safe stop, an MRM...),
    # because parsers also rank lines like "can0: bus-off" as critical by keyword.
    Severity.CRITICAL: RiskLevel.HIGH,
}
_WEAK_FACTOR = 0.25
_MAX_EVIDENCE = 8


@dataclass
class Finding:
    """One template or code attributed to a subsystem."""

    category: Category
    severity: Severity
    count: int
    text: str
    risk: RiskLevel
    strong: bool
    weight: float
    evidence: Evidence | None
    code: str | None = None
    files: int = 1


@dataclass
class Assessment:
    category: Category
    risk: RiskLevel
    findings: list[Finding] = field(default_factory=list)
    scores: dict[Category, float] = field(default_factory=dict)
    confidence: float = 0.5


def _text_of(template: str, evidence: Evidence | None) -> str:
    excerpt = evidence.excerpt if evidence is not None else ""
    return f"{template} {excerpt}".lower()


def _attribute(text: str, codes: list[Category]) -> Category | None:
    if codes:
        # A line that names a code belongs to the code's subsystem (most named one wins).
        return max(set(codes), key=codes.count)
    scores = keyword_scores(text)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # ambiguous: a line about two subsystems is nobody's evidence
    return ranked[0][0]


def _line_risk(text: str, severity: Severity) -> RiskLevel:
    risk = _BASE_RISK[severity]
    if severity.rank >= Severity.WARNING.rank:
        for rx, marker in RISK_MARKERS:
            if risk_rank(marker) > risk_rank(risk) and rx.search(text):
                risk = marker
        for rx, cap in RISK_CAPS:
            if rx.search(text) and risk_rank(risk) > risk_rank(cap):
                risk = cap
    return risk


def _weight(severity: Severity, count: int, files: int = 1) -> float:
    return _SEVERITY_WEIGHT[severity] * (1.0 + math.log10(max(1, count))) * (1.0 + 0.25 * (files - 1))


def _stated(severity: Severity, evidence: Evidence | None) -> Severity:
    stated = explicit_level(evidence.excerpt) if evidence is not None else None
    return stated if stated is not None else severity


def _template_finding(t: TemplateStat, noise: Mapping[str, float] | None = None) -> Finding | None:
    text = _text_of(t.template, t.sample)
    codes = codes_in_text(f"{t.template} {t.sample.excerpt if t.sample else ''}")
    category = _attribute(text, codes)
    if category is None:
        return None
    severity = _stated(t.severity, t.sample)
    strong = severity.rank >= Severity.ERROR.rank or (bool(codes) and severity.rank >= Severity.WARNING.rank)
    if not strong and severity.rank < Severity.WARNING.rank:
        info = [cat for rx, cat in INFO_EVIDENCE if rx.search(text)]
        if info and info[0] is category:
            strong = True
        else:
            return None
    # The fleet's noise baseline: a line routine on healthy vehicles weighs less, and is no proof alone.
    routine = noise.get(template_fingerprint(t.template), 1.0) if noise else 1.0
    return Finding(
        category=category,
        severity=severity,
        count=t.count,
        text=t.template,
        risk=_line_risk(text, severity),
        strong=strong and routine >= NOISE_STRONG_MIN,
        weight=routine * _weight(max(severity, Severity.WARNING, key=lambda s: s.rank), t.count),
        evidence=t.sample,
    )


def _code_finding(c: CodeStat, files: int) -> Finding | None:
    severity = _stated(c.severity, c.sample)
    if severity.rank < Severity.WARNING.rank:
        return None  # a code-like token in an info line ("u0a45" user ids, part numbers) is not a fault
    category = code_category(c.code, str(c.kind))
    if category is None:
        return None
    text = _text_of(c.code, c.sample)
    return Finding(
        category=category,
        severity=severity,
        count=c.count,
        text=c.code,
        risk=_line_risk(text, severity),
        strong=True,
        weight=1.5 * _weight(severity, c.count, files),
        evidence=c.sample,
        code=c.code,
        files=files,
    )


def findings(summary: BatchSummary, noise: Mapping[str, float] | None = None) -> list[Finding]:
    out: list[Finding] = []
    for t in summary.templates:
        if (f := _template_finding(t, noise)) is not None:
            out.append(f)
    for c in summary.codes:
        if (f := _code_finding(c, len(summary.code_files.get(c.code, ())) or 1)) is not None:
            out.append(f)
    return out


def assess(summary: BatchSummary, noise: Mapping[str, float] | None = None) -> Assessment:
    found = findings(summary, noise)
    scores: dict[Category, float] = {}
    has_strong: set[Category] = set()
    for f in found:
        scores[f.category] = scores.get(f.category, 0.0) + (f.weight if f.strong else _WEAK_FACTOR * f.weight)
        if f.strong:
            has_strong.add(f.category)
    eligible = {cat: s for cat, s in scores.items() if cat in has_strong}
    if not eligible:
        return Assessment(Category.NONE, RiskLevel.LOW, [], scores, confidence=0.6 if found else 0.8)
    ranked = sorted(eligible.items(), key=lambda kv: (-kv[1], kv[0].value))
    winner, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    mine = sorted(
        (f for f in found if f.category is winner),
        key=lambda f: (-risk_rank(f.risk), not f.strong, -f.weight),
    )
    risk = max((f.risk for f in mine if f.strong or f.severity.rank >= Severity.WARNING.rank), key=risk_rank)
    confidence = round(min(0.95, 0.5 + 0.45 * (top - runner_up) / top), 2)
    return Assessment(winner, risk, mine, scores, confidence)


# ---- wording -----------------------------------------------------------------------------------

_TITLES = {
    Category.BATTERY_BMS: "Traction battery / BMS fault",
    Category.THERMAL: "Thermal management fault",
    Category.CAN_BUS: "CAN bus communication fault",
    Category.LIDAR: "Lidar sensor fault",
    Category.CAMERA: "Camera sensor fault",
    Category.GNSS: "GNSS / localization fault",
    Category.ECU_SOFTWARE: "ECU software fault",
    Category.OTA_UPDATE: "OTA update failure",
}

_RECOMMENDATIONS: dict[Category, list[str]] = {
    Category.BATTERY_BMS: [
        "Read the BMS freeze-frame data for the listed DTCs (cell voltages, temperatures, isolation)",
        "Inspect the pack cooling circuit and the affected module's temperature sensors",
        "Check contactor and precharge history before the next HV enable",
        "Schedule a battery health check at a certified HV workshop",
    ],
    Category.THERMAL: [
        "Check coolant level and pressure, and look for leaks on the affected loop",
        "Test the coolant pump and radiator fan under commanded duty",
        "Review inverter and motor temperature traces against derate thresholds",
    ],
    Category.CAN_BUS: [
        "Measure bus termination (60 ohm) and look for chafed or wet harness sections on the affected bus",
        "Identify the node driving error frames from the per-node TEC/REC counters",
        "Verify that the ECUs reported as lost are powered and their connectors seated",
    ],
    Category.LIDAR: [
        "Clean the lidar window and check the cleaning system",
        "Check the lidar's power supply and Ethernet link (PHY errors, packet loss)",
        "Run the lidar self-test and compare the point rate with the specification",
    ],
    Category.CAMERA: [
        "Check the camera's GMSL/FPD-Link cable and connectors for damage or moisture",
        "Review the deserializer lock and CRC error counters",
        "Recalibrate or replace the affected camera if the errors persist",
    ],
    Category.GNSS: [
        "Check the GNSS antenna, cable and the correction service (NTRIP) connectivity",
        "Compare GNSS positions with odometry/INS to rule out interference or spoofing",
        "Verify the localization fallback behaviour in the affected area",
    ],
    Category.ECU_SOFTWARE: [
        "Collect the core dumps / crash reports and match them to the installed software version",
        "Check for a known issue or a fix in a newer software release",
        "Monitor CPU load, memory and watchdog margins on the affected ECU",
    ],
    Category.OTA_UPDATE: [
        "Check the campaign's package signature and the target ECU's software version",
        "Retry the update with a stable power supply (charger connected) and good connectivity",
        "If the ECU is stuck in its bootloader, reflash it in the workshop",
    ],
}
_BY_RISK = {
    RiskLevel.CRITICAL: "Do not drive: recover the vehicle and inspect it before further use",
    RiskLevel.HIGH: "Restrict the vehicle's use and book a workshop visit within days",
    RiskLevel.MEDIUM: "Plan a workshop check at the next service opportunity",
    RiskLevel.LOW: "Monitor: no action needed unless the condition repeats",
}


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def evidence_of(found: list[Finding], limit: int = _MAX_EVIDENCE) -> list[Evidence]:
    out: list[Evidence] = []
    seen: set[tuple[str, int | None, int | None]] = set()
    for f in found:
        e = f.evidence
        if e is None:
            continue
        key = (e.file_id, e.line, e.message_index)
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
        if len(out) >= limit:
            break
    return out


def diagnose_rules(summary: BatchSummary, noise: Mapping[str, float] | None = None) -> Diagnosis:
    """``noise``: template fingerprint → weight in [0, 1] from the fleet's noise baseline (missing: 1)."""
    a = assess(summary, noise)
    if a.category is Category.NONE:
        failed = [f for f in summary.files if f.status == "failed"]
        cause = "No fault pattern found: no fault codes and no error-level events attributable to a subsystem"
        if failed:
            cause += f"; {len(failed)} file(s) could not be parsed and were not analysed"
        recs = [_BY_RISK[RiskLevel.LOW]]
        if failed:
            recs.append("Re-upload or inspect the files that failed to parse")
        return Diagnosis(category=Category.NONE, risk_level=RiskLevel.LOW, root_cause=cause,
                         recommendations=recs, evidence=[], confidence=a.confidence)
    codes = sorted({f.code for f in a.findings if f.code}, key=lambda c: c)
    lead = next((f for f in a.findings if f.strong and f.code is None), a.findings[0])
    total = sum(f.count for f in a.findings if f.strong)
    what = message_of(lead.evidence.excerpt) if lead.evidence is not None and lead.evidence.excerpt else lead.text
    cause = f"{_TITLES[a.category]}: {_short(what)}"
    if codes:
        cause += f"; codes {', '.join(codes[:6])}"
    cause += f" ({total} related events)"
    recs = [_BY_RISK[a.risk], *_RECOMMENDATIONS[a.category]][:5]
    return Diagnosis(
        category=a.category,
        risk_level=a.risk,
        root_cause=cause,
        recommendations=recs,
        # Warnings of the same subsystem are context, not proof: cite them only when nothing stronger exists.
        evidence=evidence_of([f for f in a.findings if f.strong] or a.findings),
        confidence=a.confidence,
    )
