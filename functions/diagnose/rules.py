"""The rule-based diagnoser: the offline, deterministic default, and the fallback of every model.

1. Findings. Every code, template and numeric-signal excursion of the batch summary is attributed
   to a subsystem of the taxonomy: codes by their structure (J2012 ranges, failure type, status,
   J1939 SPN, vendor token or emitting process), lines by the subsystem lexicon, signals by their
   name, unit and source. Each finding has a role: an *own* fault of its subsystem, or a
   *consequence* (a missing peer, a timeout, invalid data), and a time (first/last seen).
2. Healthy batches. A warning alone never makes a diagnosis (only with an onset and a reaction of its
   part after it, or a periodic line of its part that stopped); neither do errors that a healthy vehicle
   logs all along at a low, steady rate, nor problems that ended in a recovery line of the same subsystem.
   A category needs enough *strong* evidence (a fault code, a burst of errors, a large excursion).
3. Root cause before consequence. Categories are ranked by evidence; then the earliest anomaly of a
   burst wins over later ones when a known causal link joins them (power and the network reach every
   system; cooling reaches drives and the battery; wheel speed reaches the driver assists), and a
   lost-communication code names its missing peer.
4. Risk from what the vehicle did (see :mod:`functions.diagnose.knowledge`), lowered when it was
   parked, charging or on a test bench.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from functions.core.domain import absence, dtc, physical, trend
from functions.core.domain.contracts import (
    BatchSummary,
    Category,
    CodeStat,
    Diagnosis,
    Evidence,
    RiskLevel,
    Severity,
    SignalStat,
    TemplateStat,
)
from functions.core.domain.fleet import NOISE_STRONG_MIN, template_fingerprint
from functions.core.domain.glossary import in_english
from functions.core.domain.j1939 import is_dm1_text
from functions.core.domain.taxonomy import CATEGORY_OF, TAXONOMY_VERSION, default_subsystem
from functions.diagnose.knowledge import (
    COMFORT_SUBSYSTEMS,
    CONSEQUENCE_RX,
    FAULT_STATE_RX,
    FUNCTION_LOST_RX,
    INFO_EVIDENCE,
    LINK_DOWN_RX,
    MOVING_RX,
    RECOVERY_RX,
    REQUIRED_DISPLAY_RX,
    RISK_CAPS,
    RISK_MARKERS,
    STATIONARY_RX,
    VEHICLE_REACTION_RX,
    best_subsystem,
    code_location,
    explicit_level,
    lower_risk,
    message_of,
    risk_rank,
    source_of,
    subsystem_scores,
    token_subsystem,
    written_message,
)
from functions.parse.severity import ERROR as ERROR_RANK
from functions.parse.severity import WARNING as WARNING_RANK
from functions.parse.severity import keyword_rank

RULES_VERSION = f"rules-v3+{TAXONOMY_VERSION}"

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
    # A fatal line is at least high; critical needs what the vehicle did (a safe stop, an MRM...).
    Severity.CRITICAL: RiskLevel.HIGH,
}
_WEAK_FACTOR = 0.25
_CONSEQUENCE_FACTOR = 0.5
_MAX_EVIDENCE = 8
# Evidence a category needs before it is a diagnosis (one confirmed code, or a few error lines).
_MIN_STRONG = 3.0
# A burst: the anomalies of one fault start within this many seconds of each other.
_BURST_S = 900.0
# An error template that starts in the first quarter of the batch and recurs over most of it is routine.
_ROUTINE_MIN_COUNT = 3
_ROUTINE_ONSET = 0.25
_ROUTINE_ONSET_MIN = 0.1
_ROUTINE_SPAN = 0.6
# Background's first occurrence may come this many of its mean gaps after the start: for lines that come at
# random, the first gap exceeds k mean gaps with probability e^-k (k = 3: 5 %; k = 2 left 14 % of healthy
# noise looking like an onset).
_ROUTINE_GAPS = 3.0
# A line with no time and no stated level counts alone from this many occurrences.
_TIMELESS_MIN_COUNT = 10
# A line at the very start of its file's relative clock was logged as the unit booted (probing).
_BOOT_ONSET = 0.05
# A calmer line within this many seconds of an error, as often as it, is its retry succeeding.
_RETRY_S = 120.0
# A signal excursion this many robust deviations out, for this many samples, is an anomaly.
_SIGNAL_SCORE = 8.0
_SIGNAL_SAMPLES = 2

# Links along which a failure shows up in the other system minutes later (heat, charge, wheel
# speed); along the others a consequence follows within a minute.
SLOW_LINKS: frozenset[tuple[Category, Category]] = frozenset({
    (Category.THERMAL, Category.BATTERY_BMS), (Category.THERMAL, Category.POWERTRAIN),
    (Category.BATTERY_BMS, Category.POWERTRAIN), (Category.BRAKES_CHASSIS, Category.ADAS_PERCEPTION),
    # (heat builds for minutes in a compute unit too before its software slows down)
    (Category.THERMAL, Category.ADAS_PERCEPTION), (Category.THERMAL, Category.SOFTWARE_PLATFORM),
})
_FAST_S = 60.0
# The lines of one cascade (a part fails, its consumers complain, a supervisor reacts) start within this
# many seconds of each other.
_CASCADE_GAP_S = 10.0
_REACTION_LEAD_S = 5.0
# Power and the network fail many systems at once; they explain a louder system from this share of
# its evidence (other links need more).
_BROAD = frozenset({Category.POWER_SUPPLY, Category.CONNECTIVITY_NETWORK})
# Which systems' failures reach which others (cause → consequences): power and the network reach
# every system; cooling reaches the drive and the battery; a wheel-speed / chassis loss reaches the
# driver assists; the battery reaches the drive (derate); a crashed platform silences its peers.
_ANY = frozenset(Category) - {Category.NONE}
CAUSAL: dict[Category, frozenset[Category]] = {
    Category.POWER_SUPPLY: _ANY,
    Category.CONNECTIVITY_NETWORK: _ANY,
    Category.THERMAL: frozenset({Category.POWERTRAIN, Category.BATTERY_BMS, Category.ADAS_PERCEPTION,
                                 Category.SOFTWARE_PLATFORM}),
    Category.BRAKES_CHASSIS: frozenset({Category.ADAS_PERCEPTION, Category.POWERTRAIN}),
    Category.BATTERY_BMS: frozenset({Category.POWERTRAIN, Category.THERMAL, Category.POWER_SUPPLY}),
    Category.SOFTWARE_PLATFORM: frozenset({Category.CONNECTIVITY_NETWORK, Category.ADAS_PERCEPTION, Category.BODY}),
    Category.ADAS_PERCEPTION: frozenset(),
    Category.POWERTRAIN: frozenset({Category.THERMAL}),
    Category.BODY: frozenset(),
}


@dataclass
class Finding:
    """One template, code or signal excursion attributed to a subsystem."""

    category: Category
    subsystem: str
    severity: Severity
    count: int
    text: str
    risk: RiskLevel
    strong: bool
    weight: float
    evidence: Evidence | None
    code: str | None = None
    files: int = 1
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    consequence: bool = False
    peer: Category | None = None
    status: str | None = None
    recovered: bool = False
    self_healed: bool = False  # the line itself says it recovered ("rx timeout ..., recovered")
    kind: str = "template"  # template | code | signal | silence
    unplaced: bool = False  # no time and no stated level: proof only beside a code of its system
    symptom: bool = False  # a quantity beyond its limits: what a failing part causes, rarely the part itself
    routine: bool = False  # a line logged all along (no onset): background, whatever its level
    part_known: bool = True  # False: a code that names its system only (B1xxx), its subsystem a default
    system_known: bool = True  # False: a code that names no system at all (a maker's SPN from a maker's address)
    drift: bool = False  # a slow drift: what it causes arrives when it has gone far enough, minutes later


@dataclass
class Assessment:
    category: Category
    risk: RiskLevel
    subsystem: str = "none"
    findings: list[Finding] = field(default_factory=list)
    scores: dict[Category, float] = field(default_factory=dict)
    confidence: float = 0.5
    chain: list[Finding] = field(default_factory=list)  # consequences in other systems, in time order
    stationary: bool = False


def _plain(text: str) -> str:
    """A signal's, a key's or a file's name as words (``pack_a.temp`` -> ``pack a temp``)."""
    return text.lower().replace("_", " ").replace(".", " ")


def _text_of(template: str, evidence: Evidence | None) -> str:
    """The text of a template with the process/ECU that wrote it (never the host name, which says
    where a log was collected, not which system is at fault)."""
    return in_english(f"{template} {_source(evidence)}").lower()


def _message(t: TemplateStat) -> str:
    """The words of a template without a log header the miner kept (a DLT export's ECU/app/context
    ids are the source, not the message): the sample's message. The sample, not the template: the
    miner masks every token with a digit, and component names carry digits (``EXT4-fs``, ``eth1``,
    ``can0``, ``EWP2``, ``12V``)."""
    if t.sample is not None:
        return _RELATIVE_CLOCK.sub("", message_of(t.sample.excerpt)).lower()
    return in_english(t.template).lower()


def _message_of_evidence(evidence: Evidence) -> str:
    return message_of(evidence.excerpt).lower()


# Several "<component>_status=<value>" fields in one line: the component whose value is not a normal one
# is what the line is about ("fusion_status=OK gnss_status=ERROR lidar_status=OK" is about the GNSS).
_STATUS_FIELD = re.compile(r"\b([a-z][a-z0-9]*?)[_ ]?(?:status|state|health)\s*[=:]\s*\"?([a-z_]+)")
_NORMAL_VALUE = frozenset({"ok", "good", "normal", "valid", "ready", "active", "on", "true", "nominal", "fine",
                           "pass", "passed", "running", "healthy", "idle", "none", "off"})


def _subject(message: str) -> str:
    fields = _STATUS_FIELD.findall(message)
    if len(fields) < 2:
        return message
    bad = [name for name, value in fields if value not in _NORMAL_VALUE]
    if not bad or len(bad) == len(fields):
        return message
    return _STATUS_FIELD.sub(lambda m: f" {m.group(1)} status {m.group(2)} " if m.group(1) in bad else " ", message)


def _source(evidence: Evidence | None) -> str:
    return source_of(evidence.excerpt).lower() if evidence is not None else ""


def _code_context(evidence: Evidence | None) -> str:
    return message_of(evidence.excerpt) if evidence is not None else ""


def _line_risk(text: str, severity: Severity) -> RiskLevel:
    risk = _BASE_RISK[severity]
    # (an identifier's words count as words: "STEERING_ASSIST_LOST" is "steering assist lost")
    text = text.replace("_", " ")
    if severity.rank >= Severity.WARNING.rank:
        for rx, marker in RISK_MARKERS:
            if risk_rank(marker) > risk_rank(risk) and rx.search(text):
                risk = marker
        for rx, cap in RISK_CAPS:
            if rx.search(text) and risk_rank(risk) > risk_rank(cap):
                risk = cap
    return risk


def _marker_risk(text: str) -> RiskLevel:
    """The risk a line's words state by themselves (what the vehicle did), whatever its level."""
    risk = RiskLevel.LOW
    text = text.replace("_", " ")
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


def _routine(count: int, first: datetime | None, last: datetime | None, start: datetime | None, span_s: float) -> bool:
    """An error that a healthy vehicle logs all along: it recurs from the start of the recording to
    its end (no onset, no burst). A fault has an onset; background noise does not."""
    if first is None or last is None or start is None or span_s <= 0:
        return False
    onset = (first - start).total_seconds()
    spread = (last - first).total_seconds()
    # Background is there from the start: its first occurrence comes about when its own rate says the
    # next one would (twice the mean gap of ``count`` events over the span), not after a quiet stretch.
    late = min(_ROUTINE_ONSET, max(_ROUTINE_ONSET_MIN, _ROUTINE_GAPS / (count + 1)))
    return count >= _ROUTINE_MIN_COUNT and onset <= late * span_s and spread >= _ROUTINE_SPAN * span_s


Window = tuple[datetime, float]


def _file_windows(summary: BatchSummary) -> dict[str, Window]:
    """Each file's own time window (start, seconds) from its severity timeline: a file that covers
    ten minutes of a two-hour batch has its own routine."""
    out: dict[str, Window] = {}
    for tl in summary.timelines:
        buckets = max((len(v) for v in tl.counts.values()), default=0)
        if tl.file_id and buckets:
            out[tl.file_id] = (tl.start, buckets * tl.bucket_seconds)
    return out


# A relative clock at the start of a line (the kernel's seconds since boot, "[  694.373475] ...", or a
# trace's milliseconds since start, "514200.000 ms Dem ..."; one file keeps one unit, and only places
# within a file are compared).
_RELATIVE_CLOCK = re.compile(r"^(?:\[\s*(\d+\.\d+)\]|(\d+\.\d+) ?m?s(?=\s))")


def _relative_onsets(summary: BatchSummary) -> dict[int, float]:
    """For templates without a wall-clock time whose sample carries a relative clock: where in its
    file's own clock (0 = the file's first sample, 1 = its last) the template first appeared."""
    times: dict[int, tuple[str, float]] = {}
    for t in summary.templates:
        if t.first_seen is None and t.sample is not None and (m := _RELATIVE_CLOCK.match(t.sample.excerpt)):
            times[id(t)] = (t.sample.file_id, float(m.group(1) or m.group(2)))
    bounds: dict[str, tuple[float, float]] = {}
    for fid, v in times.values():
        lo, hi = bounds.get(fid, (v, v))
        bounds[fid] = (min(lo, v), max(hi, v))
    out: dict[int, float] = {}
    for key, (fid, v) in times.items():
        lo, hi = bounds[fid]
        if hi - lo > 0:
            out[key] = (v - lo) / (hi - lo)
    return out


def _line_onsets(summary: BatchSummary) -> dict[int, float]:
    """For templates without a wall-clock time: where in its file (0 = the first line, 1 = the last) the
    template's first occurrence stands. A relative clock read from first occurrences only knows the
    latest first occurrence, not where the file ends; its line count does."""
    lines = {f.file_id: f.lines for f in summary.files if f.lines > 0}
    out: dict[int, float] = {}
    for t in summary.templates:
        e = t.sample
        if t.first_seen is None and e is not None and e.line is not None and (n := lines.get(e.file_id)):
            out[id(t)] = min(1.0, e.line / n)
    return out


# The kernel's clock is seconds since the unit booted: a line in its first seconds was logged while it
# booted (drivers probing, buses coming up while an engine cranks), however long the file goes on.
_KERNEL_CLOCK = re.compile(r"^\[\s*(\d+\.\d+)\]")
_BOOT_UPTIME_S = 10.0


def _booting(t: TemplateStat) -> bool:
    m = _KERNEL_CLOCK.match(t.sample.excerpt) if t.sample is not None else None
    return m is not None and float(m.group(1)) <= _BOOT_UPTIME_S


def _routine_in(t: TemplateStat, start: datetime | None, span_s: float, windows: Mapping[str, Window]) -> bool:
    """Routine against the batch's time span, or against the span of the file that logged it."""
    if _routine(t.count, t.first_seen, t.last_seen, start, span_s):
        return True
    own = windows.get(t.sample.file_id) if t.sample is not None else None
    return own is not None and _routine(t.count, t.first_seen, t.last_seen, own[0], own[1])


# A peer that refuses a connection answered: it works, and said no (a phone declining a hands-free
# link, a closed port), and a radio held off by its kill switch (Linux rfkill) is a setting. Such a line
# proves no fault on its own. So does a request a controller or peer rejected ("Failed to set privacy:
# Rejected (0x0b)" is an HCI status returned by a working controller).
_REFUSAL = re.compile(r"\b(refused|refuses|declined|rejected|rfkill)\b")


# A physical reading (not a duration): a stated error on "pump speed 412 rpm" is a reading the ECU judged bad.
_MEASUREMENT = re.compile(
    r"(?i)\d(?:[.,]\d+)?\s?(?:m?v|m?a|°c|deg ?c|k?ohm|rpm|k?pa|bar|psi|km/h|kph|mph|nm|%)(?![a-z])"
)
_FATAL_ASSERTION = re.compile(r"\bcheck failed\b|\bassert(ion)?\b")
# A process that says it carried on past what went wrong did not crash: a crash ends the process ("assert
# failed in plugin ... (debug build), continuing" is a tool's debug check, not a dead process).
_CARRIED_ON = re.compile(r"\b(continu(ing|ed|es)|ignor(ed|ing)|proceeding|non-?fatal)\b")
_LEVEL_TOKEN = re.compile(
    r"(?i)\[(?:trace|debug|info|notice|warn|warning|error|err|fatal|critical|crit)\]|"
    r"\"?\b(?:level|severity|sev|lvl|loglevel|log_level|priority)\b\"?\s*[:=]\s*\"?\w+\"?"
)


# A value that is not the one expected ("slot B digest 9f3c.. != manifest 9f3d..") is a mismatch.
_UNEQUAL = re.compile(r"\w\.{0,3}\s*!==?\s*\w")
# A limit a line states in parentheses beside its reading ("kept bus awake 41 s after release (timeout
# 45 s)") is the setting the reading is compared with, not a timeout that happened.
_STATED_SETTING = re.compile(r"(?i)\(\s*(?:time-?out|tmo)\s*[=:]?\s*\d+(?:\.\d+)?\s*(?:ms|s|sec|seconds|min)\s*\)")


def _reports_failure(message: str) -> bool:
    """Whether a line's words state a failure or a fault state (an error word, "stuck", "mismatch"), not
    merely a warning word: "ok after retry" names the retry and reports none."""
    message = _LEVEL_TOKEN.sub(" ", message).replace("_", " ")
    return keyword_rank(message) >= ERROR_RANK or FAULT_STATE_RX.search(message) is not None


def _says_fault(message: str) -> bool:
    """Whether a line's own words report something wrong: a fault word the line does not negate, an
    absence, or a reaction of the vehicle. A stated error level on a line that reports nothing wrong
    ("Registering new address record ... on eth1") is the writer's filing, not a symptom; a refusal is
    a working peer saying no."""
    # (the level itself is what is being checked; FAULT_CODE_STALL-style tokens are words)
    message = _STATED_SETTING.sub(" ", _LEVEL_TOKEN.sub(" ", message)).replace("_", " ")
    if _REFUSAL.search(message):
        # ("failed to connect: Connection refused" is the refusal itself; what else the line says counts)
        message = re.sub(r"\b(fail(ed|s|ure)?|blocked)\b", " ", _REFUSAL.sub(" ", message))
    return bool(
        keyword_rank(message) >= WARNING_RANK or CONSEQUENCE_RX.search(message) or FAULT_STATE_RX.search(message)
        or LINK_DOWN_RX.search(message) or _MEASUREMENT.search(message) or _UNEQUAL.search(message)
        or _marker_risk(message) is not RiskLevel.LOW or any(rx.search(message) for rx, _ in INFO_EVIDENCE)
    )


# A one-off fault line this many seconds before a recurring line of its part starts is where it began.
_ONSET_EVENT_S = 60.0


def _onset_events(summary: BatchSummary) -> dict[tuple[str, str], list[datetime]]:
    """One-off lines (once or twice) that report something wrong about a named part, by (file, part):
    the event that starts a fault, at whatever level its writer filed it ("modem0: firmware not
    responding to AT, QMI channel closed")."""
    out: dict[tuple[str, str], list[datetime]] = {}
    for t in summary.templates:
        if t.count > 2 or t.first_seen is None or t.sample is None:
            continue
        message = _message(t)
        if not _says_fault(message) or (sub := best_subsystem(_subject(message), source=_source(t.sample))) is None:
            continue
        out.setdefault((t.sample.file_id, sub), []).append(t.first_seen)
    return out


def _after_onset_event(t: TemplateStat, sub: str, start: datetime | None,
                       events: Mapping[tuple[str, str], list[datetime]]) -> bool:
    """A line that recurs from early on to the end looks like background, unless it began right after a
    one-off fault line of its own part in its own file, later than the batch's start: then it is what that
    event left behind (a modem that stopped answering and keeps timing out), not a steady base rate."""
    if t.sample is None or t.first_seen is None or start is None or t.count <= 2:
        return False
    return any(start < at <= t.first_seen and (t.first_seen - at).total_seconds() <= _ONSET_EVENT_S
               for at in events.get((t.sample.file_id, sub), ()))


def _template_finding(
    t: TemplateStat, start: datetime | None, span_s: float, noise: Mapping[str, float] | None = None,
    windows: Mapping[str, Window] | None = None, relative: Mapping[int, float] | None = None,
    events: Mapping[tuple[str, str], list[datetime]] | None = None, lines: Mapping[int, float] | None = None,
) -> Finding | None:
    if is_dm1_text(_message(t)):
        return None  # (its codes are the finding; its lamp status names no part)
    text = _text_of(t.template, t.sample)
    sub = best_subsystem(_subject(_message(t)), source=_source(t.sample))
    if t.sample is not None and not subsystem_scores(_subject(_message(t))):
        # A message whose words name no part may name it by a component token (``WSS_FL implaus.``):
        # that outranks its writer's name.
        sub = token_subsystem(message_of(t.sample.excerpt)) or sub
    if sub is None and t.sample is not None:
        # Words that name no part leave the writer: an ECU's application or context id that is a
        # component abbreviation (a DLT context ``LGT``, ``BCM``), as a vendor code's token.
        sub = token_subsystem(source_of(t.sample.excerpt))
    if sub is None:
        return None
    severity = _stated(t.severity, t.sample)
    # A level the line states (``[FATAL]``, ``level=error``) is the writer's judgement; one guessed from
    # its words ("critical temperature", "bus-off") is only a guess, and is no fatal line.
    stated = t.sample is not None and explicit_level(t.sample.excerpt) is not None
    fatal = severity is Severity.CRITICAL and stated
    if fatal and _FATAL_ASSERTION.search(_message(t)):
        sub = "crash"  # a failed CHECK or assertion at a fatal level aborts its process, whatever it computes
    strong = severity.rank >= Severity.ERROR.rank
    flap = False
    if not strong and severity.rank < Severity.WARNING.rank:
        info = [s for rx, s in INFO_EVIDENCE if rx.search(text)]
        # A link that keeps going down is flapping: each state line alone is routine, its recurrence is not.
        flap = t.count >= _ROUTINE_MIN_COUNT and bool(LINK_DOWN_RX.search(_message(t)))
        if not info and not flap:
            return None
        strong = True
        if info:
            sub = info[0]
            if sub in _DETECTORS:
                severity = Severity.ERROR  # (a detector that fired reset its computer: an error however filed)
                # (the computer it reset, when the line's words name one: "zone_fl: watchdog reset reported by ZC-FL";
                # its writer is the computer that hung, a platform matter)
                sub = best_subsystem(_WATCHDOG_WORD.sub(" ", _subject(_message(t)))) or sub
        else:
            severity = Severity.ERROR
    # (a fatal line is never background, however often it recurs)
    routine_line = _routine_in(t, start, span_s, windows or {}) and not _after_onset_event(t, sub, start, events or {})
    if strong and not fatal and routine_line:
        strong = False
    if strong and not fatal and not _says_fault(_message(t)):
        strong = False
    if strong and not fatal and sub == "crash" and _CARRIED_ON.search(_message(t)):
        strong = False
    # A line without a time cannot show an onset, nor be aligned with the other files: with a level
    # guessed from its words it proves a fault only by persistence (or beside a code, see findings()).
    unplaced = False
    if strong and not stated and t.first_seen is None:
        # A relative clock (seconds since boot) places its first occurrence in its file, not its
        # last: a one-off event after boot has an onset; a recurring line needs persistence, and
        # one recurring from near the start of its file is routine (near the start by its clock, or by
        # its line: the clock's end is only the latest first occurrence, the file's lines end where it does).
        onset = (relative or {}).get(id(t))
        if onset is not None and (t.count < _ROUTINE_MIN_COUNT or flap):
            unplaced = onset <= _BOOT_ONSET or _booting(t)
        elif onset is not None and t.count >= _TIMELESS_MIN_COUNT:
            unplaced = min(onset, (lines or {}).get(id(t), 1.0)) <= _ROUTINE_ONSET
        else:
            unplaced = t.count < _TIMELESS_MIN_COUNT
        strong = not unplaced
    # (the message, not the template: a mined template may hide "lost" behind a <*>)
    consequence = bool(CONSEQUENCE_RX.search(text) or CONSEQUENCE_RX.search(_message(t)))
    self_healed = strong and bool(RECOVERY_RX.search(_message(t)))
    peer = None
    if consequence:
        # A line that says others went missing and names the bus or the supply blames those: the
        # systems it names besides are the ones that went missing.
        broad = [sub for sub in subsystem_scores(t.template.lower()) if CATEGORY_OF[sub] in _BROAD]
        if broad:
            sub = broad[0]
        elif _peer_varies(t, sub):
            peer, sub = CATEGORY_OF[sub], "can"
    # The fleet's noise baseline: a line routine on healthy vehicles weighs less, and is no proof alone.
    routine = noise.get(template_fingerprint(t.template), 1.0) if noise else 1.0
    return Finding(
        category=CATEGORY_OF[sub],
        subsystem=sub,
        severity=severity,
        count=t.count,
        peer=peer,
        text=t.template,
        # (a level guessed from "out of memory" or "critical" is no fatal line for risk either: what the
        # vehicle did decides beyond an error's medium)
        risk=_line_risk(text, severity if stated or severity is not Severity.CRITICAL else Severity.ERROR),
        strong=strong and routine >= NOISE_STRONG_MIN,
        weight=routine * _weight(max(severity, Severity.WARNING, key=lambda s: s.rank), t.count),
        evidence=t.sample,
        first_seen=t.first_seen,
        last_seen=t.last_seen,
        consequence=consequence,
        recovered=self_healed,
        self_healed=self_healed,
        unplaced=unplaced,
        routine=routine_line,
    )


_TOKEN = re.compile(r"[^\W\d_]+")


def _peer_varies(t: TemplateStat, sub: str) -> bool:
    """A report of something lost whose part is a variable of its line ("lost communication with <*>",
    the sample naming the BMS) lost several parts: the miner masks a word without digits only where the
    lines of one shape differ, so the same reporter(s) lost the BMS, the inverter, the cluster... at once.
    What carries them all (the bus, the gateway) is what failed, not the one part the sample names."""
    if t.sample is None or "<*>" not in t.template or t.count < _ROUTINE_MIN_COUNT or CATEGORY_OF[sub] in _BROAD:
        return False
    if sub in subsystem_scores(in_english(t.template).lower()):
        return False
    fixed = set(_TOKEN.findall(t.template.lower()))
    return any(sub in subsystem_scores(w) for w in _TOKEN.findall(_message(t)) if w not in fixed)


# A line that calls its code a trouble code (or states its status) is a fault report at any level: a
# scan tool lists pending codes at info level.
_CODE_LABEL = re.compile(r"(?i)\b(dtcs?|trouble codes?|fault codes?|diagnostic codes?)\b|\bstatus\W|"
                         r"\b(pending|confirmed)\b")


# An ECU saying it set a trouble code for a part, without printing the code ("latch switch: plausibility
# counter 4/8, DTC pending"): a code of that part's subsystem, with that status.
_CODE_SET = re.compile(
    r"(?i)\b(?:dtcs?|trouble codes?|fault codes?)\b\W{0,3}(?:\w+\W{1,3}){0,2}?(pending|confirmed|set|stored|active)\b"
    r"|\b(pending|confirmed)\W{1,3}(?:dtcs?|trouble codes?|fault codes?)\b"
)
_ANY_DTC = re.compile(r"\b[PCBU][0-3][0-9A-F]{3}\b")  # a printed code: the parser's own code finding covers it
_NO_CODE = re.compile(r"(?i)\b(no|zero|0|not|without|none)\W{1,3}(?:\w+\W{1,3}){0,1}$")


def _code_set_finding(t: TemplateStat) -> Finding | None:
    """A line that reports a trouble code set for the part it names, when it prints no code itself."""
    if t.sample is None:
        return None
    msg = _message(t)
    m = _CODE_SET.search(msg)
    if m is None or _NO_CODE.search(msg[: m.start()]) or _ANY_DTC.search(t.sample.excerpt):
        return None
    sub = best_subsystem(msg, source=_source(t.sample))
    if sub is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    status = "pending" if word == "pending" else "confirmed"
    return Finding(
        category=CATEGORY_OF[sub], subsystem=sub, severity=Severity.WARNING, count=t.count, text=t.template,
        risk=RiskLevel.LOW if status == "pending" else _line_risk(msg, Severity.ERROR), strong=True,
        weight=2.0 * _weight(Severity.ERROR, t.count), evidence=t.sample, first_seen=t.first_seen,
        last_seen=t.last_seen, status=status, kind="code",
    )


# A restraint system switches off the loop of an active, confirmed fault (and lights its lamp): the
# protection is gone until the workshop, a safety function lost whatever the vehicle does.
_OFF_WHILE_CONFIRMED = frozenset({"airbag"})


def _code_finding(c: CodeStat, files: int) -> Finding | None:
    severity = _stated(c.severity, c.sample)
    context = _code_context(c.sample)
    if severity.rank < Severity.WARNING.rank:
        # a code-like token in an info line ("u0a45" user ids, part numbers) is not a fault, unless the
        # line says it is a trouble code
        if str(c.kind) != "dtc" or not _CODE_LABEL.search(context):
            return None
        severity = Severity.WARNING
    loc = code_location(c.code, str(c.kind), context, _source(c.sample))
    if loc is None:
        return None
    category, sub = loc
    sub = sub or best_subsystem(context.lower(), within=category, source=_source(c.sample))
    part_known = bool(sub)
    sub = sub or default_subsystem(category)
    text = f"{c.code} {context}".lower()
    peer = None
    consequence = str(c.kind) == "dtc" and dtc.is_network_consequence(c.code)
    if consequence and (lost := dtc.lost_peer(c.code)) is not None:
        peer = lost.category
    if str(c.kind) == "j1939" and dtc.j1939_severity_fmi(c.code) in (9, 19):
        consequence = True
    risk = _line_risk(text, severity)
    status = c.status or _stated_status(context)
    strong = status != "stored" and not _PROVOKED.search(context)
    if status == "pending":
        risk = RiskLevel.LOW if risk_rank(risk) <= risk_rank(RiskLevel.MEDIUM) else risk
    if (status == "confirmed" and strong and part_known and sub in _OFF_WHILE_CONFIRMED
            and risk_rank(risk) < risk_rank(RiskLevel.HIGH)):
        risk = RiskLevel.HIGH
    return Finding(
        category=category,
        subsystem=sub,
        severity=severity,
        count=c.count,
        text=c.code,
        risk=risk,
        strong=strong,
        weight=(2.0 if strong else 1.0) * _weight(max(severity, Severity.ERROR, key=lambda s: s.rank), c.count, files),
        evidence=c.sample,
        code=c.code,
        files=files,
        first_seen=c.first_seen,
        last_seen=c.last_seen,
        consequence=consequence,
        peer=peer,
        status=status,
        kind="code",
        part_known=part_known,
        system_known=str(c.kind) != "j1939" or dtc.j1939_placed(c.code, dtc.j1939_source_address(context)),
    )


def _placed_by_company(found: list[Finding]) -> None:
    """A code that names no system (a proprietary SPN from a self-configurable source address: the vehicle
    maker's own ECU and number) proves a fault, not where: it sits in the system the batch's other lines and
    signals describe around it (within a burst of its onset), weighed as they are, weak ones too (the code is
    the proof, they only say where). With nothing around it, it stays with the powertrain as before."""
    for f in found:
        if f.kind != "code" or f.system_known or f.first_seen is None:
            continue
        near: dict[Category, float] = {}
        heaviest: dict[Category, Finding] = {}
        for g in found:
            if g is f or not g.system_known or g.first_seen is None or g.category is Category.NONE:
                continue
            if abs((g.first_seen - f.first_seen).total_seconds()) > _BURST_S:
                continue
            near[g.category] = near.get(g.category, 0.0) + g.weight
            if g.category not in heaviest or g.weight > heaviest[g.category].weight:
                heaviest[g.category] = g
        if near:
            best = max(near, key=lambda c: (near[c], c.value))
            f.category, f.subsystem, f.part_known = best, heaviest[best].subsystem, True


_UNIT_HINTS = (
    ("°c", "overtemp"), ("degc", "overtemp"), ("celsius", "overtemp"), ("kpa", "tpms"), ("psi", "tpms"),
    ("bar", "tpms"),
)


def _unit_hint(unit: str) -> str | None:
    """The subsystem a signal's unit suggests when its name says nothing (a pressure per wheel is a tyre's)."""
    unit = unit.lower()
    return next((hint for u, hint in _UNIT_HINTS if u == unit or (len(u) > 3 and u in unit)), None)


# Signals that follow what the driver or a controller asks for (speed, torque, a fan's commanded duty):
# their swings are driving, not faults.
_DEMAND = re.compile(
    r"speed|velocity|\byaw|accel|pedal|torque|steer|current|power|\bsoc\b|odometer|gear|duty|\bcmd\b|command|"
    r"request|setpoint|target|throttle|\bkw\b|"
    # (the brake line's pressure is the driver's pedal: it leaves its driving baseline at every stop, whether
    # its name or only its unit says pressure, "brake_bar"; an engine's speed follows the pedal as the
    # vehicle's does, idling at each stop)
    r"\bbrake\w*(?: \w+)? (?:press\w*|bar|kpa|mpa|psi)\b|\b(?:engine|eng) rpm"
)
_CURRENT_UNITS = frozenset({"a", "ma", "ka", "amp", "amps"})
# A 12 V net (or a 24/48 V one) never rests below this; lower voltages are a sensor's signal or supply (0-5 V).
_LV_NET_MIN_V = 6.0
_SIGNAL_RELATIVE = 0.10
_SIGNAL_ONSET = 0.05


_TEMPERATURE = re.compile(r"temp|deg ?c\b|°c|(?<![a-z])t_")


def _settled_from_start(profile: list[float], median: float, side: float) -> bool:
    """The profile (with or without times) shows a signal that started out on ``side`` of its median and
    settled from there: its first stretch the farthest out, none after the second even half as far
    (a cold engine's enrichment fading, an evaporator pulled down to its set point)."""
    if len(profile) < trend.MIN_STRETCHES:
        return False
    out = [(v - median) * side for v in profile]
    return out[0] > 0 and out[0] >= max(out) and max(out[2:]) < 0.5 * out[0]


def _initial_condition(s: SignalStat) -> bool:
    """An excursion at the very start of the recording is where the signal started (a cold pack
    warming up, a current settling after wake-up), not a departure: a fault has an onset."""
    x = s.excursion
    if x is None:
        return False
    if abs(x.value - s.first) <= 1e-9 * max(1.0, abs(s.first)):
        return True
    # (without times: a temperature whose first sample already lies below its baseline, at least half as
    # far as the excursion, started cold: an engine's coolant at 24 °C warming to its thermostat's 88 °C.
    # Not any signal: a fan that ran at the start and then stopped also starts away from its median.)
    if (_TEMPERATURE.search(f"{s.name} {s.unit}".lower()) and x.value < s.median and s.first < s.median
            and s.median - s.first >= 0.5 * (s.median - x.value)):
        return True
    if _settled_from_start(s.profile, s.median, 1.0 if x.value > s.median else -1.0):
        return True
    if x.start is None or s.first_seen is None or s.last_seen is None:
        return False
    span = (s.last_seen - s.first_seen).total_seconds()
    return span > 0 and (x.start - s.first_seen).total_seconds() <= _SIGNAL_ONSET * span


def _signal_finding(s: SignalStat) -> Finding | None:
    """A signal far outside its own baseline: robustly (score, samples) and physically (at least 10 %
    of its median), and not one that follows demand."""
    x = s.excursion
    if x is None or x.score < _SIGNAL_SCORE or x.samples < _SIGNAL_SAMPLES:
        return None
    if abs(x.value - s.median) < _SIGNAL_RELATIVE * max(abs(s.median), 10.0 * s.mad, 1e-9):
        return None
    if _initial_condition(s):
        return None
    q = physical.quantity_of(s.name, s.unit, s.median)
    if q is not None and q.stateful and physical.breach(q, x.value, x.value) is None:
        return None  # a 12 V net that starts charging (12.4 → 14.3 V) changed state, inside its limits
    text = _plain(f"{s.source} {s.name} {s.unit}")
    if _DEMAND.search(_plain(f"{s.name} {s.unit}")):
        return None
    if s.unit.lower() in _CURRENT_UNITS:
        return None  # a current in amperes, whatever its name ("pack_i_a"), is what the load draws
    sub = best_subsystem(text)
    if sub is None:
        unit = s.unit.lower()
        sub = _unit_hint(unit)
        if sub is None and unit in ("v", "volt", "volts"):
            volts = max(abs(s.median), abs(x.value))
            # (a 0-5 V sensor output, a pedal's travel channel, is no supply net: nothing to place it by)
            sub = None if volts < _LV_NET_MIN_V else "lv_battery" if volts < 60 else "bms"
    if sub is None:
        return None
    direction = "above" if x.value > s.median else "below"
    desc = f"signal {s.name} {direction} its normal range: {x.value:g}{s.unit} vs median {s.median:g}{s.unit}"
    severity = Severity.ERROR if x.score >= 2 * _SIGNAL_SCORE else Severity.WARNING
    evidence = x.evidence or Evidence(file_id=s.file_id or "?", timestamp=x.start, excerpt=desc[:300])
    return Finding(
        category=CATEGORY_OF[sub],
        subsystem=sub,
        severity=severity,
        count=x.samples,
        text=desc,
        risk=RiskLevel.MEDIUM if severity is Severity.ERROR else RiskLevel.LOW,
        strong=True,
        weight=_weight(severity, x.samples) * min(2.0, x.score / _SIGNAL_SCORE),
        evidence=evidence,
        first_seen=x.start,
        last_seen=x.end,
        kind="signal",
    )


# A limit crossing counts when it lasts: the signal ends beyond the limit, or stays beyond it this long
# (an engine crank dips a 12 V net for well under a second).
_PHYSICAL_HOLD_S = 5.0
_PHYSICAL_HOLD_SAMPLES = 5


def _physical_finding(s: SignalStat, stood: bool = False) -> Finding | None:
    """A signal beyond the operating limits of the quantity it measures (a coolant at 119 °C after a
    slow climb that moved its own median with it), when the crossing lasted and was not where the
    recording started. ``stood``: nothing in the batch says the vehicle moved; a 12 V net that then
    never reached a charging voltage is a resting battery, judged by its open-circuit voltage."""
    resting = stood and s.max < physical.CHARGING_LEVEL_V
    q = physical.quantity_of(s.name, s.unit, s.median, first=s.first, resting=resting)
    if q is None:
        return None
    out = physical.breach(q, s.min, s.max)
    if out is None or physical.breach(q, s.first, s.first) is not None:
        return None
    direction, value, limit = out
    x = s.excursion
    first_seen = None
    if physical.breach(q, s.last, s.last) is None:
        if x is None or physical.breach(q, x.value, x.value) is None or _initial_condition(s):
            return None
        held = (x.end - x.start).total_seconds() >= _PHYSICAL_HOLD_S if x.start and x.end else (
            x.samples >= _PHYSICAL_HOLD_SAMPLES)
        if not held:
            return None
        first_seen = x.start
    elif x is not None and physical.breach(q, x.value, x.value) is not None and not _initial_condition(s):
        first_seen = x.start
    desc = (f"signal {s.name} {direction} the {q.name} limit: {value:g}{s.unit} (limit {limit:g}, "
            f"median {s.median:g})")
    evidence = (x.evidence if x is not None and first_seen is not None else None) or Evidence(
        file_id=s.file_id or "?", timestamp=first_seen or s.last_seen, excerpt=desc[:300])
    return Finding(
        category=CATEGORY_OF[q.subsystem], subsystem=q.subsystem, severity=Severity.ERROR, count=1, text=desc,
        risk=RiskLevel.MEDIUM, strong=True, weight=_weight(Severity.ERROR, 1) * 2.0, evidence=evidence,
        first_seen=first_seen, last_seen=s.last_seen, kind="signal", symptom=True,
    )


_SUPPLIERS = ("dcdc", "alternator")


def _charging_source(summary: BatchSummary, fs: list[Finding]) -> None:
    """A 12 V net that was being charged (above a resting battery's voltage) and then fell below its
    limit lost its charging source: name the source the batch names (a DC-DC converter's or an
    alternator's signals or lines), not the battery that was left to carry the loads."""
    charged = {s.name for s in summary.signals
               if (q := physical.quantity_of(s.name, s.unit, s.median)) is not None and q.subsystem == "lv_battery"
               and max(s.median, s.first) >= physical.CHARGING_LEVEL_V}
    dips = [f for f in fs if f.kind == "signal" and f.subsystem == "lv_battery" and (" below " in f.text or f.drift)
            and any(f.text.startswith(f"signal {n} ") for n in charged)]
    if not dips:
        return
    named: dict[str, float] = {}
    for s in summary.signals:
        sub = best_subsystem(" ".join(_plain(s.name).split()))
        sub = sub or token_subsystem(s.name.upper())
        if sub in _SUPPLIERS:
            named[sub] = named.get(sub, 0.0) + 1.0
    for f in fs:
        if f.kind != "signal" and f.subsystem in _SUPPLIERS and f.severity.rank >= Severity.WARNING.rank:
            named[f.subsystem] = named.get(f.subsystem, 0.0) + 1.0
    if not named and (drive := _drive_of(summary)) is not None:
        # Nothing names the source: a vehicle with a combustion engine charges its 12 V net from the
        # alternator, one with only a traction battery from the DC-DC converter.
        named[drive] = 1.0
    if not named:
        return
    source = max(named, key=lambda k: (named[k], k))
    for f in dips:
        f.subsystem = source
        f.text += f"; charging (≥ {physical.CHARGING_LEVEL_V:g} V) before: its {source} stopped supplying it"
    # What the battery and its net logged after the net lost its source (undervoltage codes, brown-outs)
    # follows from that loss.
    onset = min((f.first_seen for f in dips if f.first_seen is not None), default=None)
    if onset is not None:
        for f in fs:
            if f.subsystem == "lv_battery" and f.first_seen is not None and f.first_seen >= onset:
                f.subsystem = source


_COMBUSTION = frozenset({"engine", "fuel", "ignition", "emissions"})
_TRACTION = frozenset({"bms", "cell", "hv_isolation", "hvil", "contactor", "charging", "inverter", "motor"})


def _drive_of(summary: BatchSummary) -> str | None:
    """The 12 V net's charging source the batch's own words imply: the alternator when its lines name only
    a combustion engine's parts, the DC-DC converter when they name only a traction battery's (a hybrid,
    naming both, has either: nothing is implied)."""
    said: set[str] = set()
    for t in summary.templates:
        said.update(subsystem_scores(t.template.lower()))
        if t.sample is not None:
            said.update(subsystem_scores(source_of(t.sample.excerpt).lower()))
    combustion, traction = bool(said & _COMBUSTION), bool(said & _TRACTION)
    if combustion == traction:
        return None
    return "alternator" if combustion else "dcdc"


def _supplier_first(fs: list[Finding]) -> None:
    """A supplier's own fault (a DC-DC converter or an alternator failing) at or before the first sign of
    its 12 V net sagging is the cause: the undervoltage codes, brown-outs and resets after it follow
    from it, so they are the supplier's."""
    own = [f for f in fs if f.subsystem in _SUPPLIERS and f.strong and not f.consequence and f.kind != "signal"
           and f.first_seen is not None and f.severity.rank >= Severity.ERROR.rank]
    if not own:
        return
    first = min(own, key=lambda f: f.first_seen)  # type: ignore[arg-type, return-value]
    net = [f for f in fs if f.subsystem == "lv_battery" and f.strong and f.first_seen is not None]
    if not net or min(f.first_seen for f in net) < first.first_seen:  # type: ignore[operator, type-var]
        return
    for f in net:
        f.subsystem = first.subsystem


# Position words that make signals siblings: the same quantity measured at each wheel, cell, side.
# (and the two rails of an HV circuit, which an isolation monitor measures each against the chassis)
_POSITION = re.compile(r"(?<![a-z])(fl|fr|rl|rr|lf|rf|lr|left|right|front|rear|l|r|pos|neg|\d+)(?![a-z])")
# An index glued to its name's end ("c07", "seat4"): the seventh of the c's, the fourth seat.
_GLUED_INDEX = re.compile(r"(?<=[a-z])\d+(?![a-z0-9])")
_SIBLING_SCORE = 8.0
# A quantity measured at each wheel corner is the chassis': per corner, a pressure is the tyre's, a
# height the suspension's, a speed the wheel-speed sensor's (ABS).
_CORNER = re.compile(r"(?<![a-z])(fl|fr|rl|rr|lf|rf|lr)(?![a-z])")
_CORNER_UNITS = (("bar", "tpms"), ("kpa", "tpms"), ("psi", "tpms"), ("mm", "suspension"), ("kph", "abs"),
                 ("km/h", "abs"), ("kmh", "abs"), ("rpm", "abs"))


def _corner_hint(s: SignalStat) -> str | None:
    name = s.name.lower().replace(".", "_").replace("-", "_")
    if not _CORNER.search(name):
        return None
    unit = s.unit.lower()
    # (the unit may be any part of the name: "tyre_fr_kpa", or a JSON group of corners "kpa.fr")
    words = name.split("_")
    return next((sub for u, sub in _CORNER_UNITS if unit == u or u in words), None)


def _pair_odd_one(pair: list[SignalStat]) -> list[SignalStat]:
    """Of two identical sensors (left and right), the one to judge against the other: both started at
    the same level, one held it to the end and the other did not. With two, which one is wrong is
    otherwise undecidable; the one that stayed where both began is the reference."""
    a, b = pair
    if not _near(a.first, b.first):
        return []
    held_a, held_b = _near(a.last, a.first), _near(b.last, b.first)
    if held_a == held_b:
        return []
    return [b] if held_a else [a]


def _near(x: float, y: float) -> bool:
    return abs(x - y) <= _SIGNAL_RELATIVE * max(abs(x), abs(y), 1e-9)


def _judged(members: list[SignalStat]) -> list[tuple[SignalStat, list[SignalStat]]]:
    """The siblings to judge, each with the siblings it is judged against. Two sides: only the one that
    left the level where both started, against the other. Three or more: each against the siblings that
    started where it did (the others may sit elsewhere all along: occupied seats beside empty ones), or
    against all when none did, but not one that started apart and stayed there (another state all
    along, not a departure)."""
    if len(members) == 2:
        return [(s, [o for o in members if o is not s]) for s in _pair_odd_one(members)]
    if len(members) < 3:
        return []
    out = []
    for s in members:
        others = [o for o in members if o is not s]
        peers = [o for o in others if _near(o.first, s.first)]
        if not peers and _near(s.last, s.first):
            continue  # apart from the start and still there: another state all along, not a departure
        out.append((s, peers or others))
    return out


def _sibling_findings(signals: list[SignalStat], file_names: Mapping[str, str] | None = None) -> list[Finding]:
    """One of several identical sensors (four tyre pressures, N cell temperatures) ending far from
    its siblings: the siblings' medians are the baseline, their spread the scale. Without a name or a
    writer that places them, the file's name (a CSV's columns have no writer field) does; a battery's
    repeated members are its cells."""
    groups: dict[tuple[str, str, str], list[SignalStat]] = {}
    for s in signals:
        words = s.name.lower().replace(".", "_").replace("-", "_")
        key = _GLUED_INDEX.sub("#", _POSITION.sub("#", words))
        if key != words:
            groups.setdefault((key, s.unit, s.source), []).append(s)
    out: list[Finding] = []
    for (key, _, _), members in groups.items():
        for s, others in _judged(members):
            meds = sorted(o.median for o in others)
            base = meds[len(meds) // 2]
            spread = max(sorted(o.mad for o in others)[len(others) // 2], 1e-3 * max(1.0, abs(base)))
            score = abs(s.last - base) / (1.4826 * spread)
            if score < _SIBLING_SCORE or abs(s.last - base) < _SIGNAL_RELATIVE * max(abs(base), 1e-9):
                continue
            text = _plain(f"{s.source} {key.replace('#', ' ')} {s.unit}")
            q = physical.quantity_of(s.name, s.unit, s.median)
            sub = best_subsystem(text) or _corner_hint(s) or _unit_hint(s.unit) or (q.subsystem if q else None)
            if sub is None and not s.source and file_names:
                sub = best_subsystem(_plain(file_names.get(s.file_id or "", "")))
                if sub == "bms" and len(members) >= 4:
                    sub = "cell"
            if sub is None:
                continue
            desc = (f"signal {s.name} ends at {s.last:g}{s.unit}, away from its {len(others)} siblings "
                    f"(median {base:g}{s.unit})")
            out.append(_signal_relation(sub, desc, s.file_id, s.last_seen, s.last_seen, s.last_seen))
    return out


# The two poles of one connection ("inlet temp DC+" / "inlet temp DC-", "HV+ / HV-"): a name ending in its sign.
_POLE = re.compile(r"\s*[+-]$")
# A pole whose excursion went this share of its starting level away, while its twin moved less than
# ``_POLE_TWIN`` of that, left its twin.
_POLE_DEPARTURE = 0.5
_POLE_TWIN = 0.25


def _pole_excursions(signals: list[SignalStat], file_names: Mapping[str, str] | None = None) -> list[Finding]:
    """Of the two poles of one connection, measured alike and starting alike (a charge inlet's DC+ and DC-
    contact temperatures), the one whose excursion left their common level by half of it while its twin stayed
    put: what heats (or reads) one pole and not the other is that pole's contact or sensor, whether or not the
    reading came back before the end (the sibling rule judges where a member ends)."""
    pairs: dict[tuple[str, str, str, str | None], list[SignalStat]] = {}
    for s in signals:
        if _POLE.search(s.name):
            pairs.setdefault((_POLE.sub("", s.name.lower()), s.unit, s.source, s.file_id), []).append(s)
    out: list[Finding] = []
    for (key, unit, source, _), pair in pairs.items():
        if len(pair) != 2 or not _near(pair[0].first, pair[1].first):
            continue
        for s, twin in ((pair[0], pair[1]), (pair[1], pair[0])):
            x = s.excursion
            if x is None or x.score < _SIGNAL_SCORE or x.start is None:
                continue
            moved = abs(x.value - s.first)
            if moved < _POLE_DEPARTURE * max(abs(s.first), 1.0):
                continue
            if max(abs(twin.max - twin.first), abs(twin.min - twin.first)) >= _POLE_TWIN * moved:
                continue
            text = _plain(f"{source} {key} {unit}")
            sub = best_subsystem(text) or best_subsystem(
                _plain((file_names or {}).get(s.file_id or "", "")))
            if sub is None:
                continue
            desc = (f"signal {s.name} reached {x.value:g}{unit} while its twin {twin.name} stayed near "
                    f"{twin.median:g}{unit} (both started at {s.first:g}{unit})")
            out.append(_signal_relation(sub, desc, s.file_id, x.start, x.start, s.last_seen))
    return out


def _signal_relation(sub: str, desc: str, file_id, at, first_seen, last_seen) -> Finding:
    """A finding from how signals relate (a sensor away from its siblings, cells drifting apart, a
    command its feedback never followed): one error-level sample of evidence, medium risk."""
    return Finding(
        category=CATEGORY_OF[sub], subsystem=sub, severity=Severity.ERROR, count=1, text=desc,
        risk=RiskLevel.MEDIUM, strong=True, weight=_weight(Severity.ERROR, 1) * 1.5,
        evidence=Evidence(file_id=file_id or "?", timestamp=at, excerpt=desc[:300]),
        first_seen=first_seen, last_seen=last_seen, kind="signal",
    )


# A pair of extremes of one quantity ("cell_v_min" / "cell_v_max"): the spread between them.
# (also glued to a one-letter symbol, as BMS status lines print them: ``Tmax``, ``Vmin``)
# (or the group's mean beside its lowest, "cell_v_min" / "cell_v_avg": one cell sagging below the mean
# widens the same spread)
_EXTREME = re.compile(r"(?:^|[_. ]|(?<=^[a-z])|(?<=[_. ][a-z]))(min|max|avg|mean)(?=$|[_. ])")
# (a unitless "cell_vmax" states its volts by its symbol)
_VOLT_SYMBOL = re.compile(r"(?:^|[_. ])v(?:min|max)(?=$|[_. ])|volt")
# Cells of one pack stay balanced within tens of mV; a spread this many times its start, and at least
# _CELL_SPREAD_V, is one cell falling behind the others (a weak cell sagging under load).
_SPREAD_GROWTH = 5.0
_CELL_SPREAD_V = 0.1
# A spread that widens at an even rate (``trend.drift`` of the max-min profile) is one cell charging or
# discharging apart from the rest, not the knee at the end of a discharge (which accelerates): it
# counts from half as far, three times the spread it began with.
_CELL_SPREAD_DRIFT_V = 0.05
_SPREAD_DRIFT_GROWTH = 3.0
_MILLIVOLT = re.compile(r"(?:^|[_. ])mv$")
# A pack's thermal management holds its cells within ~5 K of each other (the usual design target for
# cell-to-cell temperature spread; beyond ~10-15 K ageing diverges and BMSs derate). The hottest cell
# running away from the coolest by 15 K, three times the spread it started with, is one module heating
# on its own (a cell or its contact), or its cooling failing: a symptom first, the cause when nothing
# else in the batch explains it.
_CELL_SPREAD_K = 15.0
_TEMP_SPREAD_GROWTH = 3.0
_BATTERY_WORDS = re.compile(r"\b(bms\w*|batt\w*|pack|cells?|module)\b")


def _spread_findings(signals: list[SignalStat]) -> list[Finding]:
    """The lowest and highest of a group of cells drifting apart: the spread that ends far wider than it
    began names the weak member, even when both stay inside the cell's voltage window."""
    pairs: dict[tuple[str, str, str, str], dict[str, SignalStat]] = {}
    for sig in signals:
        name = sig.name.lower()
        if (m := _EXTREME.search(name)) is not None:
            key = (_EXTREME.sub("#", name, count=1), sig.unit, sig.source, sig.file_id or "")
            pairs.setdefault(key, {})[m.group(1)] = sig
    out: list[Finding] = []
    for (key, unit, source, _), pair in pairs.items():
        lo, hi = pair.get("min"), pair.get("max")
        if lo is not None and hi is not None and unit.lower() in ("c", "degc", "°c"):
            if (f := _temperature_spread(key, source, lo, hi)) is not None:
                out.append(f)
            continue
        hi = hi or pair.get("avg") or pair.get("mean")
        if lo is None or hi is None:
            continue
        milli = unit.lower() == "mv" or (not unit and _MILLIVOLT.search(lo.name.lower()) is not None)
        scale = 1e-3 if milli else 1.0
        if max(hi.median, lo.median) * scale > 5.0:
            continue
        if (unit.lower() not in ("v", "volt", "volts", "mv")
                and (unit or _VOLT_SYMBOL.search(lo.name.lower()) is None)):
            continue  # cell voltages only (a pack or a 12 V net has no min/max siblings of this kind)
        start, end = (hi.first - lo.first) * scale, (hi.last - lo.last) * scale
        if not _spread_widened(lo, hi, start, end):
            continue
        sub = best_subsystem(key.replace("_", " ").replace("#", " ")) or "cell"
        desc = (f"signals {lo.name}/{hi.name}: spread {end * 1000:.0f} mV at the end vs {start * 1000:.0f} mV "
                f"at the start ({lo.name} {lo.last:g}{unit}, {hi.name} {hi.last:g}{unit})")
        out.append(_signal_relation(sub, desc, lo.file_id, lo.last_seen, lo.first_seen, lo.last_seen))
    return out


def _spread_widened(lo: SignalStat, hi: SignalStat, start: float, end: float) -> bool:
    """Whether a pair of cell extremes ended far apart (``_CELL_SPREAD_V``), or drifted apart at an even
    rate to half that (``_CELL_SPREAD_DRIFT_V``), each by its growth over the spread it began with."""
    if end >= _CELL_SPREAD_V and end >= _SPREAD_GROWTH * max(start, 1e-3):
        return True
    if end < _CELL_SPREAD_DRIFT_V or end < _SPREAD_DRIFT_GROWTH * max(start, 1e-3):
        return False
    if len(lo.profile) != len(hi.profile) or not _same_line(lo, hi):
        return False
    d = trend.drift([h - low for h, low in zip(hi.profile, lo.profile, strict=True)])
    return d is not None and d.change > 0


def _temperature_spread(key: str, source: str, lo: SignalStat, hi: SignalStat) -> Finding | None:
    """A battery's hottest and coolest cell temperatures drifting apart (``_CELL_SPREAD_K``): the hottest
    moved, the coolest held (a drift the coolest shares is the drive or the weather, not one module)."""
    if not _BATTERY_WORDS.search(_plain(f"{source} {key}")):
        return None
    start, end = hi.first - lo.first, hi.last - lo.last
    if end < _CELL_SPREAD_K or end < _TEMP_SPREAD_GROWTH * max(start, 1.0):
        return None
    desc = (f"signals {lo.name}/{hi.name}: cell temperature spread {end:.1f} K at the end vs {start:.1f} K at "
            f"the start (max {hi.first:g} → {hi.last:g}{hi.unit}, min {lo.last:g}{lo.unit})")
    # (placed where the spread is read, at the end: when it began is not in the two series' figures, and
    # a cooling part that stopped earlier is the cause it follows from)
    f = _signal_relation("cell", desc, hi.file_id, hi.last_seen, hi.last_seen, hi.last_seen)
    f.symptom = True
    return f


_COMMAND = re.compile(r"(cmd|command|duty|request|req|setpoint|target)")
_FEEDBACK = re.compile(r"(rpm|speed|feedback|fb|actual|act|position|pos|current)")


def _command_pairs(signals: list[SignalStat]) -> list[tuple[SignalStat, SignalStat]]:
    """(command, feedback) pairs of one part: ``fan_duty_cmd`` and ``fan_rpm`` of one writer and file
    (the component comes first in both names)."""
    by_stem: dict[str, dict[str, SignalStat]] = {}
    for s in signals:
        name = s.name.lower().replace(".", "_")
        parts = name.split("_")
        if len(parts) < 2:
            continue
        stem, tail = parts[0], "_".join(parts[1:])
        role = "cmd" if _COMMAND.search(tail) else "fb" if _FEEDBACK.search(tail) else None
        if role:
            by_stem.setdefault(f"{s.source}/{s.file_id or ''}/{stem}", {})[role] = s
    return [(p["cmd"], p["fb"]) for p in by_stem.values() if "cmd" in p and "fb" in p]


def _unanswered_commands(signals: list[SignalStat]) -> list[Finding]:
    """An actuator commanded up (a fan's duty to 100 %) whose feedback never moves (0 rpm) does not
    respond: a fault of that actuator, seen in numbers only."""
    out: list[Finding] = []
    for cmd, fb in _command_pairs(signals):
        # commanded well above its usual level, while the feedback never moved at all
        commanded = cmd.max > 0 and cmd.max >= 2 * max(abs(cmd.median), 1e-9)
        if not (commanded and fb.max == fb.min):
            continue
        text = f"{fb.source} {fb.name} {fb.unit}".lower().replace("_", " ")
        sub = best_subsystem(text)
        if sub is None:
            continue
        desc = f"{cmd.name} commanded up to {cmd.max:g} while {fb.name} stayed at {fb.max:g}{fb.unit}"
        out.append(_signal_relation(sub, desc, fb.file_id, fb.first_seen, cmd.first_seen, cmd.last_seen))
    return out


# A feedback this far below its own running level is no longer following (a pump's 2,860 rpm at 0).
_FEEDBACK_LOST = 0.05
# ... nor one that settled this far below where it ran while its command held its level (a pump's
# 3,300 rpm at 900 with its duty unchanged: a slipping impeller, a motor that stalls and restarts): a
# working part's feedback follows its command, so the ratio of the two holds.
_FEEDBACK_SHORT = 0.4
_FEEDBACK_DIP = 0.8
_COMMAND_LEVEL = 0.15  # a command whose last stretch is within this share of its first held its level
_VEHICLE_SPEED_UNITS = frozenset({"km/h", "kph", "kmh", "mph"})


def _same_line(a: SignalStat, b: SignalStat) -> bool:
    """Two series read from the same status line: one writer, one file, the same number of readings
    from the same first to the same last time (each line of a shape gives every one of its values)."""
    return (a.source == b.source and (a.file_id or "") == (b.file_id or "") and a.count == b.count
            and a.first_seen is not None and a.first_seen == b.first_seen and a.last_seen == b.last_seen)


def _lost_feedback(signals: list[SignalStat]) -> list[Finding]:
    """A command held on (never off, still at its usual level at the end) while the measured feedback
    printed beside it in the same status line, running at first, ends at nothing: the part stopped
    answering (a coolant pump commanded 65 % whose speed feedback fell from 2,860 to 0 rpm). Seen in
    numbers only, as ``_unanswered_commands`` for separate columns."""
    out: list[Finding] = []
    def role(s: SignalStat, rx: re.Pattern[str]) -> bool:
        words = _plain(s.name).split()
        if len(words) > 1 and s.unit and words[-1] == s.unit.lower() and rx.fullmatch(words[-1]) is None:
            words.pop()  # (a column that ends in its unit: pump_cmd_pct)
        return bool(words) and rx.fullmatch(words[-1]) is not None
    cmds = [s for s in signals if role(s, _COMMAND) and s.min > 0]
    for fb in signals:
        if not role(fb, _FEEDBACK) or not fb.first > 0:
            continue
        lost = fb.last <= _FEEDBACK_LOST * fb.max and fb.last <= fb.min
        if not (lost or _fell_short(fb)):
            continue
        if fb.unit.lower() in _VEHICLE_SPEED_UNITS:
            continue  # a vehicle at rest under a held cruise set-point is traffic, not a part that quit
        for cmd in cmds:
            held = _held_level(cmd) or (lost and cmd.last >= cmd.median)
            if cmd is fb or not held or not _same_line(cmd, fb):
                continue
            text = f"{cmd.name} {fb.name} {fb.unit}".lower().replace("_", " ")
            sub = best_subsystem(text, source=fb.source.lower())
            if sub is None:
                continue
            desc = (f"{cmd.name} held at {cmd.last:g}{cmd.unit} while its {fb.name} fell from {fb.first:g} "
                    f"to {fb.last:g}{fb.unit} (same status line of {fb.source or 'one writer'})")
            # When it stopped: the end of the running stretch when that was the excursion from a median
            # of nothing, else the start of the low one; with neither, where it is read (the end). Not
            # the file's start: what the vehicle did after the loss is read from the loss on.
            x = fb.excursion
            at = (x.end if x.value > fb.median else x.start) if x is not None else None
            at = at or _first_short(fb) or fb.last_seen
            out.append(_signal_relation(sub, desc, fb.file_id, at, at, fb.last_seen))
            break
    return out


def _fell_short(fb: SignalStat) -> bool:
    """A feedback whose last stretch, and its last reading, settled below ``_FEEDBACK_SHORT`` of its first
    stretch (not one dip: the profile's stretches average the samples)."""
    p = fb.profile
    return (len(p) >= trend.MIN_STRETCHES and p[0] > 0 and p[-1] <= _FEEDBACK_SHORT * p[0]
            and fb.last <= _FEEDBACK_SHORT * fb.first)


def _first_short(fb: SignalStat) -> datetime | None:
    """When a feedback that fell short first left its running level (its first stretch below
    ``_FEEDBACK_DIP`` of the first one: the dropouts before it settled low belong to the fault)."""
    p = fb.profile
    if not _fell_short(fb):
        return None
    i = next(i for i, v in enumerate(p) if v < _FEEDBACK_DIP * p[0])
    return _drift_at(fb, i, len(p))


def _held_level(cmd: SignalStat) -> bool:
    """A command that ended its recording at the level it began with (by its first and last stretches)."""
    p = cmd.profile
    return len(p) >= trend.MIN_STRETCHES and p[0] > 0 and abs(p[-1] - p[0]) <= _COMMAND_LEVEL * p[0]


# A part whose temperature climbs at an even rate by this much while the coolant it sheds its heat to
# changes at most a third as much heats on its own (losses rising, or its heat no longer reaching the
# coolant): the drive or the weather would warm the coolant with it.
_PART_DRIFT_K = 20.0
# A signal held level for this many stretches of its profile before it moved had settled (a warm-up moves
# from its first stretch on).
_SETTLED_STRETCHES = 2
_COOLANT_SHARE = 1.0 / 3.0


# A feedback that drifted this far (share of its command) from its command has stopped following it (a
# pump's 2,600 rpm command and its speed sinking to 1,400 rpm); the command may have pushed the other
# way meanwhile (asking for more), not by more than _COMMAND_HELD of its level the way the feedback went.
_FOLLOW_GAP = 0.25
_COMMAND_HELD = 0.05


def _drifted_from(cmd: SignalStat, fb: SignalStat, d: trend.Drift) -> bool:
    """Whether a feedback's drift ``d`` took it away from its command: close to it where the drift began,
    a quarter of it away where it ended, while the command did not ask for the move (the command's stretch
    means beside the feedback's, when both series hold the same readings)."""
    same = len(cmd.profile) == len(fb.profile)
    asked_then = cmd.profile[d.start] if same else cmd.first
    asked_now = cmd.profile[d.end] if same else cmd.last
    level = max(abs(asked_then), abs(asked_now))
    if level == 0 or (asked_now - asked_then) * d.change > _COMMAND_HELD * level * abs(d.change):
        return False
    began, ended = fb.profile[d.start], fb.profile[d.end]
    return abs(began - asked_then) < _FOLLOW_GAP * abs(asked_then) and abs(ended - asked_now) >= _FOLLOW_GAP * level


def _drift_at(s: SignalStat, stretch: int, stretches: int) -> datetime | None:
    """When a profile's stretch began (the stretches divide the series' readings evenly)."""
    if s.first_seen is None or s.last_seen is None:
        return s.last_seen
    return s.first_seen + (s.last_seen - s.first_seen) * (stretch / stretches)


def _context(s: SignalStat, file_names: Mapping[str, str] | None) -> str:
    """What names a signal's writer: its source, or for a CSV column (which has none) its file's name."""
    if s.source or not file_names:
        return s.source
    return file_names.get(s.file_id or "", "").rsplit(".", 1)[0]


def _drift_findings(signals: list[SignalStat], file_names: Mapping[str, str] | None = None,
                    stood: bool = False) -> list[Finding]:
    """Faults seen only as a slow drift (``trend.drift``: an even-rate move, not a warm-up's slowing
    approach): a quantity a working vehicle holds level that moved steadily the wrong way by its
    threshold (``physical.held_quantity``; some only while it drives, ``stood``: it did not), a part's
    temperature climbing while its coolant holds, and a coolant that had settled climbing away from its
    level while the vehicle drives (the circuit no longer sheds its heat: a warm-up climbs from the start).
    Placed where the drift began: what the vehicle did about it comes later."""
    out: list[Finding] = []
    coolants: dict[str, list[SignalStat]] = {}
    for s in signals:
        if physical.is_coolant_temperature(s.name, s.unit):
            coolants.setdefault(s.file_id or "", []).append(s)
    commands = {id(fb): cmd for cmd, fb in _command_pairs(signals)}
    for s in signals:
        d = trend.drift(s.profile) if s.profile else None
        if d is None:
            continue
        began, ended = s.profile[d.start], s.profile[d.end]
        at = _drift_at(s, d.start, d.stretches)
        context = _context(s, file_names)
        if (cmd := commands.get(id(s))) is not None and _drifted_from(cmd, s, d):
            text = _plain(f"{context} {s.name} {s.unit}")
            if (sub := best_subsystem(text)) is not None:
                desc = (f"signal {s.name} drifted steadily from {began:.4g} to {ended:.4g}{s.unit} while its command "
                        f"{cmd.name} stood at {cmd.last:g}{cmd.unit}: the part no longer follows it")
                out.append(_signal_relation(sub, desc, s.file_id, at, at, s.last_seen))
                out[-1].drift = True
            continue
        q = (physical.held_quantity(s.name, s.unit, began)
             or physical.held_quantity(f"{context} {s.name}", s.unit, began))
        if q is not None and ((q.moving_only and stood) or (q.settles_first and d.start < _SETTLED_STRETCHES)):
            continue
        if q is not None and d.change * q.direction >= 0:
            big = (q.absolute is not None and abs(d.change) >= q.absolute) or (
                q.relative is not None and abs(d.change) >= q.relative * max(abs(began), 1e-9))
            text = _plain(f"{context} {s.name} {s.unit}")
            sub = q.subsystem or best_subsystem(text)
            if big and sub is not None:
                desc = (f"signal {s.name} drifted steadily from {began:.4g} to {ended:.4g}{s.unit} (a {q.name} "
                        "holds level on a working vehicle)")
                out.append(_signal_relation(sub, desc, s.file_id, at, at, s.last_seen))
                out[-1].drift = True
            continue
        if (d.change >= _PART_DRIFT_K and d.start >= _SETTLED_STRETCHES and not stood
                and physical.is_coolant_temperature(s.name, s.unit)):
            desc = (f"signal {s.name} climbed steadily from {began:.4g} to {ended:.4g}{s.unit} after holding at "
                    f"{s.profile[0]:.4g}{s.unit}: the cooling circuit no longer sheds its heat")
            out.append(_signal_relation("coolant", desc, s.file_id, at, at, s.last_seen))
            out[-1].drift = True
            continue
        if d.change < _PART_DRIFT_K or not physical.is_part_temperature(s.name, s.unit):
            continue
        held = [c for c in coolants.get(s.file_id or "", ()) if abs(c.last - c.first) <= _COOLANT_SHARE * d.change]
        if held and len(held) == len(coolants[s.file_id or ""]):
            c = held[0]
            desc = (f"signal {s.name} climbed steadily from {began:.4g} to {ended:.4g}{s.unit} while {c.name} held "
                    f"at {c.first:g} → {c.last:g}{c.unit}: the part heats on its own")
            out.append(_signal_relation("overtemp", desc, s.file_id, at, at, s.last_seen))
            out[-1].drift = True
    return out


def _span_s(summary: BatchSummary) -> float:
    if summary.time_range is None:
        return 0.0
    return (summary.time_range.end - summary.time_range.start).total_seconds()


def findings(summary: BatchSummary, noise: Mapping[str, float] | None = None) -> list[Finding]:
    span = _span_s(summary)
    start = summary.time_range.start if summary.time_range is not None else None
    out: list[Finding] = []
    windows = _file_windows(summary)
    relative = _relative_onsets(summary)
    lines = _line_onsets(summary)
    events = _onset_events(summary)
    for t in summary.templates:
        if (f := _template_finding(t, start, span, noise, windows, relative, events, lines)) is not None:
            out.append(f)
        if (f := _code_set_finding(t)) is not None:
            out.append(f)
    codes = [f for c in summary.codes if (f := _code_finding(c, len(summary.code_files.get(c.code, ())) or 1))]
    _same_place_per_dtc(codes)
    _cleared_by_tester(summary, codes)
    _healed_later(codes)
    _dm1_cleared(codes, windows)
    out.extend(codes)
    # (a vehicle that did not move, by its words and its speed signals: parked, asleep, on a bench)
    stood = (counts := _state_counts(summary))[1] == 0 or counts[0] > counts[1]
    for s in summary.signals:
        if (f := _signal_finding(s) or _physical_finding(s, stood)) is not None:
            out.append(f)
    file_names = {f.file_id: f.file_name for f in summary.files}
    out.extend(_sibling_findings(summary.signals, file_names))
    out.extend(_pole_excursions(summary.signals, file_names))
    out.extend(_spread_findings(summary.signals))
    out.extend(_unanswered_commands(summary.signals))
    out.extend(_lost_feedback(summary.signals))
    out.extend(_drift_findings(summary.signals, file_names, stood))
    _placed_by_company(out)
    _charging_source(summary, out)
    _supplier_first(out)
    _mark_recoveries(summary, out)
    _mark_retries(summary, out)
    _mostly_succeeded(summary, out)
    _passed_overall(summary, out)
    _restarted_crashes(summary, out)
    _reacted_warnings(out)
    out.extend(_silences(summary, windows, out))
    out.extend(_stated_reactions(summary, start, span, windows))
    # A glitch that a line reports as recovered on the spot, in a system that set no fault code, is
    # how a healthy vehicle rides through a hiccup; with a code, the ECU judged it a fault.
    coded = {f.category for f in out if f.kind == "code" and f.strong}
    for f in out:
        if f.unplaced and f.category in coded:
            f.strong = True
        # The same for a short blip that a later line of its subsystem reports recovered, when the
        # vehicle did nothing about it (no reaction stated): a glitch ridden through, not a fault.
        # (a watchdog that fired is no hiccup: it found its computer hung, and the restart is its reaction)
        blip = (f.recovered and f.kind == "template" and f.severity is not Severity.CRITICAL
                and f.subsystem not in _DETECTORS and _blip_risk(f) and _blip(f))
        if (f.self_healed or blip) and f.category not in coded:
            f.strong = False
    _within_own_noise(out, coded)
    # (after the noise rule: a stop is the reaction it asks for)
    _stopped_for(summary, out)
    return out


def _stated_reactions(summary: BatchSummary, start: datetime | None, span_s: float,
                      windows: Mapping[str, Window]) -> list[Finding]:
    """A part that says, in a line filed at info level, which function it took away ("compressor disabled,
    seat lowered to end stop"), once (an onset, not a mode it keeps switching), after a line of the same writer
    that stated what was wrong ("compressor duty 85% over 10 min, limit 60%: seat air leak assumed"), reacted to
    a fault of its own: the vehicle's reaction is proof whatever level its writer files it at, and the line
    before it names the cause. Both become evidence, the cause where its words place it."""
    out: list[Finding] = []
    quiet = [t for t in summary.templates if t.sample is not None and t.first_seen is not None
             and t.count < _ROUTINE_MIN_COUNT and _stated(t.severity, t.sample).rank <= Severity.INFO.rank
             and not is_dm1_text(_message(t)) and not _routine_in(t, start, span_s, windows)]
    for t in quiet:
        message = _message(t)
        if not (FUNCTION_LOST_RX.search(message) or _marker_risk(message) is RiskLevel.CRITICAL):
            continue
        if (sub := best_subsystem(_subject(message), source=_source(t.sample))) is None:
            continue
        writer = _writer(t.sample)
        causes = [u for u in quiet if u is not t and writer is not None and _writer(u.sample) == writer
                  and 0 <= (t.first_seen - u.first_seen).total_seconds() <= _BURST_S  # type: ignore[operator]
                  and not FUNCTION_LOST_RX.search(_message(u)) and _reports_failure(_message(u))]
        if not causes:
            continue
        # (a writer whose name is the reaction's part, "[ehps] pump stopped", speaks of its own pump)
        own = any(CATEGORY_OF[s] is CATEGORY_OF[sub] for s in subsystem_scores(_source(t.sample)))
        for line in (t, max(causes, key=lambda u: u.first_seen)):  # type: ignore[arg-type,return-value]
            said = sub if own else best_subsystem(_subject(_message(line)), source=_source(line.sample)) or sub
            out.append(Finding(
                category=CATEGORY_OF[said], subsystem=said, severity=Severity.ERROR, count=line.count,
                text=line.template, risk=_marker_risk(_message(line)), strong=True,
                weight=_weight(Severity.ERROR, line.count), evidence=line.sample, first_seen=line.first_seen,
                last_seen=line.last_seen,
            ))
    return out


def _silences(summary: BatchSummary, windows: Mapping[str, Window], found: list[Finding]) -> list[Finding]:
    """A part that stopped reporting: its periodic status line (info or lower, naming the part) ends
    while its file goes on (:mod:`functions.core.domain.absence`), and within a minute of the silence a
    line of its system at warning or above, itself not routine, starts to complain (fusion "lidar input
    stale", a peer's timeout). Without that complaint a status line that ends is a phase that ended (a
    charge completed, a download finished, a unit put to sleep). A system that already set a code or
    logged an error of its own says what failed itself: its status line that ended adds nothing."""
    complaints = [f for f in found if f.kind == "template" and not f.routine and f.first_seen is not None
                  and f.severity.rank >= Severity.WARNING.rank and not f.self_healed]
    spoken = {f.category for f in found if f.strong and not f.consequence
              and (f.kind == "code" or f.severity.rank >= Severity.ERROR.rank)}
    out: list[Finding] = []
    for t in summary.templates:
        if t.sample is None or _stated(t.severity, t.sample).rank > Severity.INFO.rank:
            continue
        if (own := windows.get(t.sample.file_id)) is None:
            continue
        if (silence := absence.stopped(t.count, t.first_seen, t.last_seen, own[0], own[1])) is None:
            continue
        message = _message(t)
        if is_dm1_text(message) or (sub := best_subsystem(_subject(message), source=_source(t.sample))) is None:
            continue
        category = CATEGORY_OF[sub]
        if category in spoken:
            continue
        if not any(f.category is category and -_REACTION_LEAD_S
                   <= (f.first_seen - silence.last_seen).total_seconds() <= _FAST_S  # type: ignore[operator]
                   for f in complaints):
            continue
        text = (f"periodic line '{_short(written_message(t.sample.excerpt), 80)}' (every {silence.period_s:.0f} s) "
                f"stopped at {silence.last_seen:%H:%M:%S}; its file went on for {silence.silent_s:.0f} s")
        out.append(Finding(
            category=category, subsystem=sub, severity=Severity.ERROR, count=1, text=text, risk=RiskLevel.MEDIUM,
            strong=True, weight=_weight(Severity.ERROR, 1), evidence=t.sample, first_seen=silence.last_seen,
            last_seen=silence.last_seen, kind="silence",
        ))
    return out


def _reaction_line(f: Finding) -> bool:
    """A line at warning or above that states what the vehicle did (a derate, a limp home, a function
    unavailable or disabled, a reset), with an onset of its own."""
    if f.kind != "template" or f.routine or f.first_seen is None or f.evidence is None:
        return False
    if f.severity.rank < Severity.WARNING.rank:
        return False
    message = _message_of_evidence(f.evidence).replace("_", " ")
    return risk_rank(_marker_risk(message)) >= risk_rank(RiskLevel.HIGH) or bool(VEHICLE_REACTION_RX.search(message))


def _promote(f: Finding) -> None:
    """Strong, and a warning weighed as an error."""
    if not f.strong:
        f.strong = True
        if f.severity is Severity.WARNING:
            f.weight *= _SEVERITY_WEIGHT[Severity.ERROR] / _SEVERITY_WEIGHT[Severity.WARNING]


def _reacted_warnings(found: list[Finding]) -> None:
    """Faults that never reach error level: a supplier that files everything as a warning still logs a
    fault state with an onset, and the vehicle's reaction after it. A warning with an onset (not logged
    all along, not recovered) is proof when a later line of its own system, at warning or above and
    itself not routine, states a reaction (derate, limp home, unavailable, reset) about the same part:
    both become strong, weighed as errors. Either alone stays weak: a lone "ACC unavailable" is often the road or the
    weather, and a lone warning with an onset is what healthy drives log all the time. (A reaction that
    names no system, "discharge power limit 131 kW", is not tied to the warnings before it: which of
    them it answers is not in its words.)"""
    reactions = [f for f in found if _reaction_line(f)]
    if not reactions:
        return
    for w in found:
        if (w.kind != "template" or w.strong or w.routine or w.recovered or w.self_healed or w.first_seen is None
                or w.evidence is None or w.severity is not Severity.WARNING):
            continue
        for r in reactions:
            # (its own part, or a part the reaction names: "LKA unavailable ... camera blockage suspected";
            # a category's other parts log their own routine complaints, a camera its dropped frames)
            if r is w or r.text == w.text or r.category is not w.category:
                continue
            if r.subsystem != w.subsystem and w.subsystem not in subsystem_scores(_message_of_evidence(r.evidence)):
                continue
            if -_REACTION_LEAD_S <= (r.first_seen - w.first_seen).total_seconds() <= _BURST_S:  # type: ignore[operator]
                _promote(w)
                _promote(r)
                break


def _stops(summary: BatchSummary) -> list[TemplateStat]:
    """The lines that say the vehicle brought itself to a stop (a minimal-risk manoeuvre, a safe stop, a
    pull-over), at any level: a vehicle does that only for a fault, whoever logs it and whatever it names."""
    out = []
    for t in summary.templates:
        if t.first_seen is None or t.sample is None:
            continue
        message = _message(t).replace("_", " ")
        if VEHICLE_REACTION_RX.search(message) and _marker_risk(message) is RiskLevel.CRITICAL:
            out.append(t)
    return out


def _stop_times(summary: BatchSummary) -> list[datetime]:
    return [t.first_seen for t in _stops(summary) if t.first_seen is not None]


def _stopped_for(summary: BatchSummary, found: list[Finding]) -> None:
    """A stop the vehicle made on its own proves the complaints that came just before it. A line that
    states the stop often names no part ("MRC request: pull-over to shoulder"); its reason is in the
    warnings of the minute before it (a supervisor's "degraded: lidar coverage insufficient", a bridge's
    "propulsion unavailable"): the one-off complaints of the cascade that ended in the stop become strong,
    weighed as errors, and the usual precedence (the earliest of the burst, the known causal links) picks the cause
    among them. (A derate or a lost function is no such proof: a vehicle also limits itself for the road,
    the weather or a low charge, and which warning it answers is not in its words.)"""
    lines = _stops(summary)
    if not lines:
        return
    stops = [t.first_seen for t in lines if t.first_seen is not None]
    # (one-off complaints, the event that starts a fault and its consumers' first cries; the stop's own
    # lines are its reaction, hazard lights and all, not its reason)
    said = {id(t.sample) for t in lines}
    anomalies = sorted((f for f in found if f.first_seen is not None and not f.routine and id(f.evidence) not in said
                        and (f.strong or f.severity.rank >= Severity.WARNING.rank)),
                       key=lambda f: f.first_seen, reverse=True)  # type: ignore[arg-type,return-value]
    for stop in stops:
        # (the cascade that ended in the stop: back from it, each onset within seconds of the next one;
        # a camera's stray dropped frame half a minute before is the background the cascade broke through)
        after, gap = stop, _FAST_S
        for f in anomalies:
            lead = (after - f.first_seen).total_seconds()  # type: ignore[operator]
            if lead < 0:
                continue
            if lead > gap:
                break
            after, gap = f.first_seen, _CASCADE_GAP_S  # type: ignore[assignment]
            # (recovered or not: a recovery does not undo the stop the vehicle made meanwhile)
            if f.kind == "template" and not f.strong and f.count < _ROUTINE_MIN_COUNT:
                _promote(f)


# A subsystem that logs this many lesser lines of its own in a file has a base rate there.
_OWN_NOISE_MIN = 10


def _within_own_noise(found: list[Finding], coded: set[Category]) -> None:
    """A timeout or a missing input seen once or twice, with no code and no reaction, in a file where its
    subsystem logs a steady stream of lesser complaints (dropped frames, stale objects) is that stream's
    noise, not a burst above it."""
    noise: dict[tuple[str, str], int] = {}
    for f in found:
        if f.kind == "template" and not f.strong and f.evidence is not None:
            key = (f.evidence.file_id, f.subsystem)
            noise[key] = noise.get(key, 0) + f.count
    reactions = [r for r in found if _reaction_line(r)]
    for f in found:
        if not (f.strong and f.consequence and f.kind == "template" and f.count < _ROUTINE_MIN_COUNT
                and f.evidence is not None and f.category not in coded and f.severity is not Severity.CRITICAL
                and risk_rank(f.risk) <= risk_rank(RiskLevel.MEDIUM)):
            continue
        if any(r is not f and r.subsystem == f.subsystem and r.first_seen is not None and f.first_seen is not None
               and 0.0 <= (r.first_seen - f.first_seen).total_seconds() <= _FAST_S for r in reactions):
            continue  # (the vehicle reacted to it: no noise)
        if noise.get((f.evidence.file_id, f.subsystem), 0) >= _OWN_NOISE_MIN * f.count:
            f.strong = False


def _blip_risk(f: Finding) -> bool:
    """Whether a blip's risk lets it pass as ridden through: medium at most, or a peer that was offline or
    unreachable for a moment ("validator 1 offline: backend unreachable, storing taps locally", back online
    40 s later) when the line states no reaction of the vehicle and no function it took away: the peer's
    absence, not what the vehicle did about it, made the line sound high."""
    if risk_rank(f.risk) <= risk_rank(RiskLevel.MEDIUM):
        return True
    if not f.consequence or f.evidence is None or risk_rank(f.risk) > risk_rank(RiskLevel.HIGH):
        return False
    message = _message_of_evidence(f.evidence).replace("_", " ")
    return VEHICLE_REACTION_RX.search(message) is None and FUNCTION_LOST_RX.search(message) is None


def _blip(f: Finding) -> bool:
    if f.first_seen is None or f.last_seen is None:
        return False
    return f.count < _ROUTINE_MIN_COUNT and (f.last_seen - f.first_seen).total_seconds() <= _RETRY_S


# A code a test provoked on purpose and then found (an end-of-line or HIL step: "INJECT CAN silence",
# "expected C0035 present -> PASS") is the test's outcome, not a fault of the vehicle.
_PROVOKED = re.compile(r"(?i)\binject(?:ed|ion|ing)?\b|\bsimulated (?:fault|failure|dtc|error)|"
                       r"\bexpected\b[^.;]{0,40}\b(?:pass(?:ed)?|present|logged)\b|"
                       r"\b(?:pass(?:ed)?|present|logged)\b[^.;]{0,40}\bexpected\b")
# ("status 0x2F", and its short keys "st=0x28", "sts: 2F", "stat=AF")
_STATUS_BYTE = re.compile(r"(?i)(?:\bstatus\W{0,3}|\b(?:st|sts|stat)\s?[=:]\s?)(?:0x)?([0-9a-f]{2})\b")
# (a code a tester cleared or erased is a record of the past, like a history code; one that failed and then
# healed in the same cycle is a fault that recovered)
_STATUS_WORD = re.compile(
    r"(?i)\b(pending|confirmed|history|historic|clear(?:ed|ing)|eras(?:ed|ing)|deleted)(?:dtc)?\b"
)


def _stated_status(context: str) -> str | None:
    """The DTC status a line states next to a code the parser kept without one: ``status 0x2F`` or a
    status word further along the line (the parser reads a status right after the code, and an
    event-memory table's status column)."""
    if (m := _STATUS_BYTE.search(context)) is not None:
        return dtc.status_name(int(m.group(1), 16))
    if (m := _STATUS_WORD.search(context)) is not None:
        word = m.group(1).lower()
        return word if word in ("pending", "confirmed") else "stored"
    return None


def _base(code: str) -> str:
    return code.split("/", 1)[0].split("-", 1)[0]


def _said(f: Finding) -> float:
    return sum(subsystem_scores(message_of(f.evidence.excerpt).lower()).values()) if f.evidence is not None else 0.0


# A positive response to UDS ClearDiagnosticInformation (0x14 → 0x54) or OBD mode 04 (→ 0x44), as the
# frame sink spells it.
_CLEAR_ACK = re.compile(r"^(?P<ecu>[0-9A-F]{3,8}) UDS (?:54|44) DTC memory cleared")
_UDS_FROM = re.compile(r"^(?P<ecu>[0-9A-F]{3,8}) UDS ")


def _cleared_by_tester(summary: BatchSummary, codes: list[Finding]) -> None:
    """A DTC an ECU reported once and then confirmed clearing (ISO 14229-1 ClearDiagnosticInformation,
    0x14 answered by 0x54; SAE J1979 mode 04) is a record of the past: a tester read and erased it (an end-of-line or
    workshop check), as a code a log line says was cleared."""
    clears: dict[tuple[str, str], tuple[float | None, int | None]] = {}
    for t in summary.templates:
        if t.sample is not None and (m := _CLEAR_ACK.match(t.sample.excerpt)) is not None:
            ts = t.sample.timestamp.timestamp() if t.sample.timestamp is not None else None
            clears.setdefault((t.sample.file_id, m.group("ecu")), (ts, t.sample.message_index))
    if not clears:
        return
    for f in codes:
        ev = f.evidence
        if f.kind != "code" or f.status == "stored" or ev is None or f.count > 1:
            continue
        if (m := _UDS_FROM.match(ev.excerpt)) is None or (hit := clears.get((ev.file_id, m.group("ecu")))) is None:
            continue
        ts, index = hit
        before = (ev.timestamp.timestamp() < ts if ev.timestamp is not None and ts is not None
                  else ev.message_index is not None and index is not None and ev.message_index < index)
        if before:
            f.status, f.strong = "stored", False


def _healed_later(codes: list[Finding]) -> None:
    """A DTC read again later with a status saying it no longer fails (ISO 14229-1: test-failed and
    pending bits clear, a stored record) healed meanwhile: the later status is the current one. A pending
    code whose next monitor run passed never matured into a fault (an evaporative leak test that failed
    once after refuelling); a confirmed one that stopped failing is a fault that recovered."""
    by_base: dict[str, list[Finding]] = {}
    for f in codes:
        if f.kind == "code" and f.code is not None and f.first_seen is not None and dtc.DTC_RE.match(_base(f.code)):
            by_base.setdefault(_base(f.code), []).append(f)
    for fs in by_base.values():
        healed = max((f.first_seen for f in fs if f.status == "stored"), default=None)  # type: ignore[type-var]
        if healed is None:
            continue
        for f in fs:
            if f.status == "stored" or f.last_seen is None or f.last_seen >= healed:
                continue
            if f.status in ("pending", "test_failed"):
                f.strong = False
            else:
                f.recovered = True


# A DM1 code absent from its sender's broadcasts for this many times as long as it was present, and at
# least this long, is no longer active.
_DM1_CLEARED_FACTOR = 2.0
_DM1_CLEARED_MIN_S = 120.0
_DM1_OCCURRENCES = re.compile(r"\bOC(\d+)\b")
_DM1_STOP_LAMPS = re.compile(r"\blamps (?:\w+,)*(?:MIL|RSL)\b")


def _dm1_cleared(codes: list[Finding], windows: Mapping[str, Window]) -> None:
    """A J1939 code its ECU broadcast in DM1 for a while, once (occurrence count 1), with no stop or
    malfunction lamp, and then left out of every DM1 for the rest of a much longer recording of the same bus,
    while no other code of that ECU took its place, was active once and went inactive by itself (J1939-73:
    DM1 lists the active codes; one that stops being active moves to DM2, the previously active): a
    transient the ECU itself healed, as a cold truck's low air pressure while the compressor fills the tanks.
    A code that came back, lit a stop lamp, or gave way to another code of its ECU stays a fault."""
    dm1 = [f for f in codes if f.kind == "code" and f.evidence is not None and f.first_seen is not None
           and f.last_seen is not None and is_dm1_text(f.evidence.excerpt)]
    for f in dm1:
        ev = f.evidence
        assert ev is not None and f.first_seen is not None and f.last_seen is not None
        if (own := windows.get(ev.file_id)) is None or _DM1_STOP_LAMPS.search(ev.excerpt):
            continue
        tail = ev.excerpt.split(f.code or "\0", 1)[-1]
        if (oc := _DM1_OCCURRENCES.search(tail)) is None or int(oc.group(1)) != 1:
            continue
        active = (f.last_seen - f.first_seen).total_seconds()
        after = (own[0] + timedelta(seconds=own[1]) - f.last_seen).total_seconds()
        if after < max(_DM1_CLEARED_MIN_S, _DM1_CLEARED_FACTOR * active):
            continue
        sender = dtc.j1939_source_address(ev.excerpt)
        if any(g is not f and g.last_seen is not None and g.last_seen > f.last_seen
               and dtc.j1939_source_address(g.evidence.excerpt) == sender for g in dm1 if g.evidence is not None):
            continue
        f.strong, f.recovered = False, True


def _same_place_per_dtc(codes: list[Finding]) -> None:
    """One DTC in several spellings (a log line with its description, a bare UDS record) is one
    fault: all take the place found with the most context (the one whose sample says the most)."""
    best: dict[str, Finding] = {}
    for f in codes:
        if f.kind != "code" or f.code is None or not dtc.DTC_RE.match(_base(f.code)):
            continue
        have = best.get(_base(f.code))
        if have is None or _said(f) > _said(have):
            best[_base(f.code)] = f
    for f in codes:
        if f.code is not None and (b := best.get(_base(f.code))) is not None:
            f.category, f.subsystem = b.category, b.subsystem


_WORD = re.compile(r"[a-z]{4,}")


def _stems(text: str) -> set[str]:
    """Word stems (first four letters) so "lock" meets "locked" and "upload" meets "uploaded"."""
    return {w[:4] for w in _WORD.findall(text.lower())}


# A failure whose writer tries again at once ("retry 1/5 in 4s", "(attempt 1/3)", ", retry"); not one it
# defers ("will retry at next park": no try follows in this recording).
_ANNOUNCED_RETRY = re.compile(r"\bretry(ing)?\b(?! at\b)|\battempt \d+ ?(/|of) ?\d+")
# ... and a line that still announces one is no success yet.
_STILL_RETRYING = re.compile(r"\bretry(ing)?( \d+ ?(/|of) ?\d+)? in \d|\bwill (retry|try again)\b|\bretrying\b")


def _writer(e: Evidence | None) -> tuple[str, str] | None:
    """Who wrote a line: its file and the process, tag or ECU in its header (None when it names none)."""
    source = _source(e)
    return (e.file_id, source) if e is not None and source else None


def _retried_away(f: Finding, t: TemplateStat) -> bool:
    """A one-off failure whose writer announced a retry ("ATTACH reject ..., retry 1/5 in 4s"), and the next
    line of the same writer on the same matter ("ATTACH accept"), within the retry window, reports no
    failure and announces no further try: the first retry worked (no "retry 2/5" ever came)."""
    if f.count >= _ROUTINE_MIN_COUNT or f.evidence is None:
        return False
    if not _ANNOUNCED_RETRY.search(_message_of_evidence(f.evidence)):
        return False
    if _writer(t.sample) != _writer(f.evidence) or t.first_seen is None or f.last_seen is None:
        return False
    if not 0 < (t.first_seen - f.last_seen).total_seconds() <= _RETRY_S:  # type: ignore[operator]
        return False
    message = _message(t)
    return (bool(_stems(_message_of_evidence(f.evidence)) & _stems(message)) and not _reports_failure(message)
            and not _STILL_RETRYING.search(message))


def _mark_retries(summary: BatchSummary, found: list[Finding]) -> None:
    """An error followed, as often and over the same time, by a calmer line of the same file sharing
    its words ("upload failed, retry" / "uploaded after retry") is a failure that a retry fixed."""
    calm = [t for t in summary.templates if t.severity.rank <= Severity.WARNING.rank and t.first_seen is not None]
    for f in found:
        if f.kind != "template" or not f.strong or f.first_seen is None or f.last_seen is None or f.evidence is None:
            continue
        if f.severity is Severity.CRITICAL:
            continue
        # (the messages: a log header's words, "log warn verbose" in a DLT export, are shared by every line)
        words = _stems(message_of(f.evidence.excerpt))
        for t in calm:
            if t.template == f.text or t.sample is None or t.sample.file_id != f.evidence.file_id:
                continue
            if _retried_away(f, t):
                f.recovered = True
                break
            if not 0.75 <= t.count / f.count <= 1.34 or t.last_seen is None:
                continue
            lag = (t.first_seen - f.first_seen).total_seconds()  # type: ignore[operator]
            if not 0 <= lag <= _RETRY_S:  # the success follows the failure
                continue
            if abs((t.last_seen - f.last_seen).total_seconds()) > _RETRY_S:
                continue
            # (a follow-up that itself reports a failure, "status=FAILED_ROLLED_BACK", is no success)
            if len(words & _stems(_message(t))) >= 2 and not _reports_failure(_message(t)):
                f.recovered = True
                # A failure that keeps happening and keeps being retried away is how this vehicle
                # works (uploads, scans), not a fault; a one-off that recovered is a recovered fault.
                if f.count >= _ROUTINE_MIN_COUNT:
                    f.strong = False
                break


# A writer's routine operation that succeeds this many times as often as it fails, and at least
# twice as densely over the failures' own stretch, fails now and then while it keeps working.
_SUCCESS_SHARE = 3.0
_SUCCESS_DENSITY = 2.0


def _rate(count: int, first: datetime, last: datetime) -> float:
    span = (last - first).total_seconds()
    return count / span if span > 0 else float("inf")


def _mostly_succeeded(summary: BatchSummary, found: list[Finding]) -> None:
    """A repeated failure of an operation ("upload batch 0016 timed out ... (attempt 1/5)") that the same
    writer logs succeeding all around it ("upload batch 0017 -> api HTTP 200"), far more often and more
    densely than it fails, is a service that drops a request now and then and keeps working: availability
    noise of a healthy vehicle. An outage fails every try while it lasts: its failures come at least as
    densely as the operation's own rate, and stay evidence."""
    calm = [t for t in summary.templates
            if t.severity.rank <= Severity.WARNING.rank and t.first_seen is not None and t.last_seen is not None]
    for f in found:
        if (f.kind != "template" or not f.strong or f.count < _ROUTINE_MIN_COUNT or f.evidence is None
                or f.first_seen is None or f.last_seen is None or f.severity is Severity.CRITICAL
                or risk_rank(f.risk) > risk_rank(RiskLevel.MEDIUM)):
            continue
        words, writer = _stems(_message_of_evidence(f.evidence)), _writer(f.evidence)
        failing = _rate(f.count, f.first_seen, f.last_seen)
        for t in calm:
            if writer is None or _writer(t.sample) != writer or t.count < _SUCCESS_SHARE * f.count:
                continue
            if not (t.first_seen < f.first_seen and t.last_seen > f.last_seen):  # type: ignore[operator]
                continue
            message = _message(t)
            if len(words & _stems(message)) < 2 or _reports_failure(message):
                continue
            if _rate(t.count, t.first_seen, t.last_seen) >= _SUCCESS_DENSITY * failing:  # type: ignore[arg-type]
                f.strong, f.routine = False, True
                break


# A test's overall verdict: "self test result: PASS (2 optional items absent)", "overall: OK".
_OVERALL_PASS = re.compile(r"\b(result|overall|summary|verdict)\b\W{0,3}(pass(ed)?|ok)\b")


def _passed_overall(summary: BatchSummary, found: list[Finding]) -> None:
    """Items a test reported failing, followed by the same writer's overall verdict that the test passed:
    the tester judged them acceptable (an optional accessory not fitted, a trailer not hitched), so they
    are no fault of the vehicle. Its verdict, not each item line, is the test's outcome."""
    verdicts: dict[tuple[str, str], list[datetime]] = {}
    for t in summary.templates:
        if (t.first_seen is not None and (w := _writer(t.sample)) is not None and t.severity.rank <= Severity.INFO.rank
                and _OVERALL_PASS.search(_message(t)) and not _reports_failure(_message(t))):
            verdicts.setdefault(w, []).append(t.first_seen)
    if not verdicts:
        return
    for f in found:
        if f.kind != "template" or f.last_seen is None or (w := _writer(f.evidence)) is None:
            continue
        if any(0 < (at - f.last_seen).total_seconds() <= _RETRY_S for at in verdicts.get(w, ())):
            f.strong = False


# A supervisor starting a process again: Android's "Start proc 4502:com.argus.media/u0a88", systemd's
# "Started ...", "respawned", "relaunched".
_RESTARTED = re.compile(r"\bstart proc\b|\b(re)?start(ed|ing)\b|\brespawn(ed|ing)?\b|\brelaunch(ed|ing)?\b")
# A process's name in a crash report: a package (com.argus.media), a systemd unit, a name after its pid.
_PROCESS_NAME = re.compile(
    r"\b[a-z][\w-]*(?:\.[a-z][\w-]*){2,}\b|\b([\w@-]+)\.service\b|\bpid:? \d+,? \(([\w.-]{3,})\)"
)
# The lines of one crash report (signal, backtrace, tombstone) follow each other within seconds.
_CRASH_REPORT_S = 10.0


def _names_any(message: str, names: set[str]) -> bool:
    return any(n in message for n in names)


def _restarted_crashes(summary: BatchSummary, found: list[Finding]) -> None:
    """A crash its supervisor restarted at once (the same process started again in the same file within the
    retry window) while nothing else complained in the minute after: the process came back before anyone
    missed it (a media player that segfaulted and resumed its track), a hiccup ridden through. A crash that
    others felt ("Vehicle HAL died, reconnecting" from its client) stays a fault."""
    crashes: dict[str, list[Finding]] = {}
    for f in found:
        if (f.kind == "template" and f.subsystem == "crash" and f.strong and f.count < _ROUTINE_MIN_COUNT
                and f.first_seen is not None and f.last_seen is not None and f.evidence is not None):
            crashes.setdefault(f.evidence.file_id, []).append(f)
    for fid, fs in crashes.items():
        t0 = min(f.first_seen for f in fs)  # type: ignore[type-var]
        t1 = max(f.last_seen for f in fs)  # type: ignore[type-var]
        if (t1 - t0).total_seconds() > _CRASH_REPORT_S:
            continue
        lines = [t for t in summary.templates if t.sample is not None and t.sample.file_id == fid and t.first_seen]
        names = {(m.group(2) or m.group(1) or m.group(0)).lower() for t in lines if t0 <= t.first_seen <= t1
                 for m in _PROCESS_NAME.finditer(message_of(t.sample.excerpt))}  # type: ignore[union-attr]
        if not names or not any(
            0 < (t.first_seen - t1).total_seconds() <= _RETRY_S  # type: ignore[operator]
            and _stated(t.severity, t.sample).rank <= Severity.WARNING.rank
            and _RESTARTED.search(_message(t)) and _names_any(_message(t), names) for t in lines
        ):
            continue
        # (a complaint that began in the minute after, in any file, beyond the report and its restart)
        felt = any(t.first_seen is not None and t.sample is not None
                   and not (t.sample.file_id == fid and t.first_seen <= t1)
                   and 0 <= (t.first_seen - t0).total_seconds() <= _FAST_S
                   and _stated(t.severity, t.sample).rank >= Severity.WARNING.rank
                   and not _names_any(_message(t), names) for t in summary.templates)
        if not felt:
            for f in fs:
                f.strong, f.recovered = False, True


def _mark_recoveries(summary: BatchSummary, found: list[Finding]) -> None:
    """A finding whose subsystem logs a recovery line that starts after the finding did and outlasts
    it recovered (a periodic status line that was there all along is not a recovery). So does one whose
    own writer (the same process in the same file) says it recovered, whatever words it names the matter
    by: "mqttc: publish timeout ..., queued to disk" / "mqttc: reconnected, flushing 23 queued messages"."""
    oks: dict[str, list[TemplateStat]] = {}
    by_writer: dict[tuple[str, str], list[TemplateStat]] = {}
    for t in summary.templates:
        if t.severity.rank > Severity.WARNING.rank or t.last_seen is None or t.first_seen is None:
            continue
        template = in_english(t.template).lower()
        if not RECOVERY_RX.search(template):
            continue
        if (writer := _writer(t.sample)) is not None:
            by_writer.setdefault(writer, []).append(t)
        sub = best_subsystem(template, source=_source(t.sample))
        if sub is not None:
            oks.setdefault(sub, []).append(t)
    for f in found:
        if f.first_seen is None or f.last_seen is None or f.status in ("confirmed", "pending"):
            continue
        writer = _writer(f.evidence) if f.kind == "template" else None
        for t in [*oks.get(f.subsystem, ()), *(by_writer.get(writer, ()) if writer else ())]:
            if t.first_seen >= f.first_seen and t.last_seen >= f.last_seen:  # type: ignore[operator]
                f.recovered = True
                break


def _t0(fs: list[Finding], strong: bool = True) -> datetime | None:
    """The onset of a system's evidence (``strong=False``: of its warnings too, for a root found by them)."""
    times = [f.first_seen for f in fs if (f.strong or (not strong and f.severity.rank >= Severity.WARNING.rank))
             and f.first_seen is not None]
    return min(times) if times else None


def _vehicle_state(summary: BatchSummary) -> bool:
    """True when the batch says the vehicle stood still (parked, charging, workshop, test bench)."""
    still, moving = _state_counts(summary)
    return still > 0 and still > moving


def _state_counts(summary: BatchSummary) -> tuple[int, int]:
    """How many lines and samples say the vehicle stood still, and how many that it moved. Lines that
    begin after the vehicle stopped itself for a fault (a pull-over, a safe stop) say where the stop left
    it ("gear P request", "EPB apply"), not what it was doing when the fault came."""
    still = moving = 0
    stopped = min(_stop_times(summary), default=None)
    for t in summary.templates:
        if stopped is not None and t.first_seen is not None and t.first_seen > stopped:
            continue
        text = _text_of(t.template, t.sample)
        # (the sample shows what the template masked: "charging <*>" may be an alternator's "charging 27.8 V")
        if STATIONARY_RX.search(text) and (t.sample is None or STATIONARY_RX.search(
                f"{_message(t)} {_source(t.sample)}")):
            still += t.count
        if MOVING_RX.search(text):
            moving += t.count
    for s in summary.signals:
        name = s.name.lower()
        if "speed" in name or "velocity" in name:
            if s.max > 3.0:
                moving += s.count
            elif s.count:
                still += s.count
    return still, moving


# A limit the vehicle grants a part (a torque, power or current limit) that ends this share or more below
# the level it held, without ever rising above it, was cut: a derate seen in numbers only.
_LIMIT_NAME = re.compile(r"\b(limit|lim|lmt)\b")
_LIMIT_CUT = 0.2


def _limit_cut(signals: list[SignalStat], root: list[Finding]) -> bool:
    """Whether a limit signal in the file of a root found in the numbers (a drift, a relation of signals)
    was cut after the root began: the vehicle derated, though no line says so."""
    placed = [f for f in root if f.kind == "signal" and f.evidence is not None]
    files = {f.evidence.file_id for f in placed if f.evidence is not None}
    began = min((f.first_seen for f in placed if f.first_seen is not None), default=None)
    for s in signals:
        words = _plain(s.name)
        if (s.file_id or "?") not in files or not _LIMIT_NAME.search(words) or s.first <= 0:
            continue
        if s.last <= (1 - _LIMIT_CUT) * s.first and s.max <= s.first and (s.last_seen is None or began is None
                                                                         or s.last_seen >= began):
            return True
    return False


def _reaction_risk(
    summary: BatchSummary, t0: datetime | None, involved: set[Category], root: Category | None = None
) -> RiskLevel:
    """What the vehicle did in the burst that followed the root cause (the planner's safe stop, the
    VCU's derate): lines of the systems involved, or of none in particular, at warning and up with
    any risk marker, or of any level stating a critical reaction. Routine lines do not count.

    A root with no onset (trouble codes read from a UDS record dump carry no time) has no burst to look
    in: then the lines of its own system (``root``) over the whole batch count, at any level when they state what
    the vehicle did (an engine manager's "injector 2 cut off, torque limited to 60%" logged as info). The same
    for a line with no time (a service tool's fault table, "transmission locked in limp range"): it cannot
    be placed in the burst, nor left out of it. A line of the root's own system that says which function
    it took away counts at any level ("function inhibited" in a radar's trace)."""
    risk = RiskLevel.LOW
    if summary.time_range is None:
        return risk
    start, span = summary.time_range.start, _span_s(summary)
    windows = _file_windows(summary)
    for t in summary.templates:
        whole = t0 is None or t.first_seen is None
        if t.first_seen is not None and t0 is not None and not (
                -_REACTION_LEAD_S <= (t.first_seen - t0).total_seconds() <= _BURST_S):
            continue
        if t.first_seen is not None and _routine_in(t, start, span, windows):
            continue
        text = in_english(t.template).lower()
        sub = best_subsystem(text, source=_source(t.sample))
        if sub is not None and CATEGORY_OF[sub] not in involved and not VEHICLE_REACTION_RX.search(text):
            continue  # (a reaction of the vehicle as a whole counts whoever logs it)
        if sub is None and not VEHICLE_REACTION_RX.search(text):
            continue  # a line about nothing in particular counts when it states what the vehicle did
        if whole and (sub is None or CATEGORY_OF[sub] is not root):
            continue
        severity = _stated(t.severity, t.sample)
        line = _marker_risk(text)
        stated = whole and bool(VEHICLE_REACTION_RX.search(text))
        # (the root's own system saying, at info level, which function it took away)
        own = sub is not None and CATEGORY_OF[sub] is root and bool(FUNCTION_LOST_RX.search(text))
        if severity.rank < Severity.WARNING.rank and line is not RiskLevel.CRITICAL and not stated and not own:
            continue
        if risk_rank(line) > risk_rank(risk):
            risk = line
    return risk


# A watchdog's own job is to notice a missing heartbeat: its "heartbeat lost, asserting reset" is its
# finding of a hung computer (the platform's fault), not a peer gone missing.
_DETECTORS = frozenset({"watchdog"})
_WATCHDOG_WORD = re.compile(r"\b(watchdog|wdg|wdt)\b")


def _line_key(f: Finding) -> tuple[str, int | None, int | None] | None:
    e = f.evidence
    return (e.file_id, e.line, e.message_index) if e is not None else None


def _code_lines(by_cat: Mapping[Category, list[Finding]]) -> dict[tuple[str, int | None, int | None], Category]:
    """The lines that carry a code, with the category the code places them in."""
    return {k: f.category for fs in by_cat.values() for f in fs
            if f.kind == "code" and f.strong and (k := _line_key(f)) is not None}


def _own_fault(f: Finding, code_lines: Mapping[tuple[str, int | None, int | None], Category]) -> bool:
    """A strong finding of a component's own fault. A line that carries a code is placed by its code, the
    strongest evidence: its words naming another system as well ("IBS-0x2F11 fault active, boost by ESP")
    are no second, own fault of that system."""
    if not f.strong or (f.consequence and f.subsystem not in _DETECTORS):
        return False
    placed = code_lines.get(k) if f.kind != "code" and (k := _line_key(f)) is not None else None
    return placed is None or placed is f.category


def _choose_root(
    scores: dict[Category, float], by_cat: dict[Category, list[Finding]]
) -> tuple[Category, list[Category]]:
    """The category of the root cause, and the categories it explains (its consequences)."""
    code_lines = _code_lines(by_cat)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0].value))
    winner, top = ranked[0]
    contenders = [c for c, s in ranked if s >= 0.15 * top]
    # A lost-communication code names the missing peer: when that peer has its own fault, the peer
    # is the root; when several peers go silent together, the network (or its power) is.
    mine = by_cat[winner]
    strong_w = sum(f.weight for f in mine if f.strong) or 1.0
    conseq_w = sum(f.weight for f in mine if f.strong and f.consequence)
    if winner is Category.CONNECTIVITY_NETWORK:
        peers = {f.peer for f in mine if f.peer is not None}
        own_peers = [p for p in peers if p in by_cat and any(f.strong and not f.consequence for f in by_cat[p])]
        if len(own_peers) == 1 and len(peers) <= 2:
            winner = own_peers[0]
    t_win = _t0(by_cat[winner])
    explained: list[Category] = []
    best: tuple[datetime, Category] | None = None
    for cat in contenders:
        if cat is winner:
            continue
        t = _t0(by_cat[cat])
        mostly_consequence = conseq_w / strong_w >= 0.5
        if t is None and t_win is not None and cat in _BROAD and mostly_consequence:
            # A bus or supply fault logged without a wall clock (a kernel log's link flaps) cannot be
            # placed in time; when the louder system only reports what it is missing, it still explains it.
            t = t_win
        if t is None or t_win is None or t > t_win:
            continue
        lead_s = (t_win - t).total_seconds()
        linked = winner in CAUSAL.get(cat, frozenset())
        slow = (cat, winner) in SLOW_LINKS or cat in _BROAD or any(f.drift and f.strong for f in by_cat[cat])
        window = _BURST_S if slow else _FAST_S
        share = scores[cat] / max(scores[winner], 1e-9)
        own = any(_own_fault(f, code_lines) for f in by_cat[cat])
        enough = share >= (0.15 if cat in _BROAD or mostly_consequence else 0.4)
        if own and enough and lead_s <= window and (linked or mostly_consequence) and (best is None or t < best[0]):
            best = (t, cat)
    if best is None:
        best = _heat_before(winner, t_win, by_cat, code_lines)
    if best is not None:
        explained.append(winner)
        winner = best[1]
    t_root = _t0(by_cat[winner])
    for cat in contenders:
        if cat is winner or cat in explained:
            continue
        t = _t0(by_cat[cat])
        if (
            t is not None and t_root is not None and t >= t_root and (t - t_root).total_seconds() <= _BURST_S
            and cat in CAUSAL.get(winner, frozenset())
        ):
            explained.append(cat)
        elif t_root is None and cat in CAUSAL.get(winner, frozenset()) and _only_missing(by_cat[cat]):
            # A root that cannot be placed in time (a signal beyond its limits to the end of the recording)
            # still explains a system it reaches that only reports what it lost ("pilot unavailable").
            explained.append(cat)
    return winner, explained


def _only_missing(fs: list[Finding]) -> bool:
    strong = [f for f in fs if f.strong]
    return bool(strong) and all(f.consequence for f in strong)


def _heat_before(
    winner: Category, t_win: datetime | None, by_cat: Mapping[Category, list[Finding]],
    code_lines: Mapping[tuple[str, int | None, int | None], Category],
) -> tuple[datetime, Category] | None:
    """A part running too hot (a processor throttling, an overtemperature) in its own words, just before
    the failure of a system the heat reaches, is its cause even as a warning: the planner that overruns
    after its SoC throttled failed of heat. (Not when the failing system's own codes name its part.)"""
    if t_win is None or winner not in CAUSAL[Category.THERMAL]:
        return None
    if any(f.kind == "code" and _own_fault(f, code_lines) for f in by_cat.get(winner, ())):
        return None
    heat = [f.first_seen for f in by_cat.get(Category.THERMAL, ())
            if f.subsystem in _STATE_SUBSYSTEMS and f.kind == "template" and f.first_seen is not None
            and f.severity.rank >= Severity.WARNING.rank and not f.consequence and not f.recovered
            and f.count <= _PRECURSOR_MAX and 0.0 <= (t_win - f.first_seen).total_seconds() <= _FAST_S]
    return (min(heat), Category.THERMAL) if heat else None


# Subsystems that name a state (a part running too hot), not a part: the cause is the part of the same
# system that complained before it.
_STATE_SUBSYSTEMS = frozenset({"overtemp"})


# Parts of an automated-driving stack that consume the sensors' data: when one of them fails, a sensor
# that began to complain just before (GNSS time jumps before localization gives up) is where it started.
_CONSUMERS = frozenset({"fusion", "localization", "planning"})
_UPSTREAM_WINDOW_S = 120.0


def _upstream(fs: list[Finding], sub: str) -> str:
    onset = min((f.first_seen for f in fs if f.strong and f.subsystem == sub and f.first_seen is not None),
                default=None)
    if onset is None:
        return sub
    # (a sensor's steady background, dropped frames logged all along, starts long before: not a precursor)
    before = [f for f in fs if f.subsystem not in _CONSUMERS and f.category is Category.ADAS_PERCEPTION
              and f.kind == "template" and f.severity.rank >= Severity.WARNING.rank and not f.recovered
              and not f.self_healed and f.first_seen is not None
              and 0.0 < (onset - f.first_seen).total_seconds() <= _UPSTREAM_WINDOW_S]
    return min(before, key=lambda f: (f.first_seen, -f.weight)).subsystem if before else sub


def _subsystem(fs: list[Finding], category: Category) -> str:
    sub = _subsystem_by_weight(fs, category)
    if sub in _CONSUMERS and not any(f.strong and f.kind == "code" for f in fs):
        return _upstream(fs, sub)
    if sub in _STATE_SUBSYSTEMS:
        return _part_before(fs, sub, None)
    if sub in _DETECTORS:
        return _part_before(fs, sub, _FAST_S)
    return sub


def _part_before(fs: list[Finding], sub: str, window_s: float | None) -> str:
    """A part of the same system (a pump, a coolant loop, a fan) that warned before the state or the
    detector ``sub`` began (within ``window_s``), in its own words (not a stream it logs all along, not a
    recovered glitch), is its cause: the overtemperature's pump; the memory that ran out before the
    watchdog found the system hung (a watchdog says who noticed, not what failed)."""
    onset = min((f.first_seen for f in fs if f.strong and f.subsystem == sub and f.first_seen is not None),
                default=None)
    if onset is None:
        return sub
    before = [f for f in fs if f.subsystem not in _STATE_SUBSYSTEMS | _DETECTORS and f.kind == "template"
              and f.severity.rank >= Severity.WARNING.rank and not f.consequence and not f.self_healed
              and not f.recovered and f.first_seen is not None and f.first_seen < onset
              and (window_s is None or (onset - f.first_seen).total_seconds() <= window_s)
              and f.count <= _PRECURSOR_MAX]
    if not before:
        return sub
    return min(before, key=lambda f: (f.first_seen, -f.weight)).subsystem


_COOLERS = ("radiator", "pump")


def _idle_cooler(summary: BatchSummary, mine: list[Finding]) -> str | None:
    """A coolant that climbed beyond its limit while the fan or pump that should hold it (its signal in the
    batch) never rose above where it started, nor ended higher, did not run: the cooler is the cause, the
    coolant temperature its symptom. (A working fan control raises the duty as the coolant heats.)"""
    if not any(f.strong and f.kind == "signal" and f.symptom and f.subsystem == "coolant" for f in mine):
        return None
    for sig in summary.signals:
        sub = best_subsystem(_plain(f"{sig.source} {sig.name}"))
        if sub in _COOLERS and sig.count >= _ROUTINE_MIN_COUNT and sig.median <= sig.first and sig.last <= sig.first:
            return sub
    return None


def _feed_opened(mine: list[Finding]) -> str | None:
    """A fuse or eFuse on a feed that opened in its own words (a warning too) just before the supply's
    first strong sign (the net dipping, undervoltage codes, resets) is where the supply was lost: the
    distribution, not the source or the battery left to carry the loads."""
    onset = min((f.first_seen for f in mine if f.strong and f.first_seen is not None), default=None)
    if onset is None:
        return None
    opened = [f for f in mine if f.subsystem == "lv_distribution" and f.kind == "template" and not f.consequence
              and f.severity.rank >= Severity.WARNING.rank and not f.self_healed and f.first_seen is not None
              and f.count <= _PRECURSOR_MAX and 0.0 <= (onset - f.first_seen).total_seconds() <= _SILENCING_WINDOW_S]
    return "lv_distribution" if opened else None


# How long before a burst of missing peers a network node's own complaint still explains it.
_SILENCING_WINDOW_S = 10.0


def _silencing_node(found: list[Finding], mine: list[Finding]) -> str | None:
    """When all the network's strong evidence is peers gone missing, the network node (a gateway, a bus
    controller) that complained in its own lines (whatever they said: a reset, an overrun) just before
    the peers fell silent is where they were lost."""
    strong = [f for f in mine if f.strong]
    if not strong or not all(f.consequence for f in strong):
        return None
    onset = min((f.first_seen for f in strong if f.first_seen is not None), default=None)
    if onset is None:
        return None
    nodes = []
    for f in found:
        if (f.consequence or f.self_healed or f.recovered or f.first_seen is None
                or f.severity.rank < Severity.WARNING.rank or f.count > _PRECURSOR_MAX):
            continue
        if not 0.0 <= (onset - f.first_seen).total_seconds() <= _SILENCING_WINDOW_S:
            continue
        # (placed at a network part already, or written by one: a gateway's process whose words name none)
        node = (f.subsystem if f.category is Category.CONNECTIVITY_NETWORK
                else best_subsystem(_source(f.evidence).lower(), within=Category.CONNECTIVITY_NETWORK))
        if node is not None:
            nodes.append((f.first_seen, node))
    return min(nodes)[1] if nodes else None


# A precursor is a few lines of a part going wrong, not a stream it logs all along.
_PRECURSOR_MAX = 20


def _subsystem_by_weight(fs: list[Finding], category: Category) -> str:
    weights: dict[str, float] = {}
    first: dict[str, datetime] = {}
    # (a code that names only its system says nothing of the part when other evidence names one)
    if any(f.strong and f.part_known for f in fs):
        fs = [f for f in fs if f.part_known]
    for f in fs:
        if not f.strong:
            continue
        w = f.weight * (_CONSEQUENCE_FACTOR if f.consequence or f.symptom else 1.0) * (1.5 if f.kind == "code" else 1.0)
        weights[f.subsystem] = weights.get(f.subsystem, 0.0) + w
        if f.first_seen is not None and (f.subsystem not in first or f.first_seen < first[f.subsystem]):
            first[f.subsystem] = f.first_seen
    if not weights:
        # (a root named by its warnings alone, the heat before a failure: the part they name)
        warned = [f for f in fs if f.severity.rank >= Severity.WARNING.rank and not f.consequence]
        return max(warned, key=lambda f: f.weight).subsystem if warned else default_subsystem(category)
    # Codes name the faulty part: when the component's own codes point at subsystems, one of those.
    coded = {f.subsystem for f in fs if f.strong and f.kind == "code" and not f.consequence}
    if coded:
        weights = {s: w for s, w in weights.items() if s in coded} or weights
    # Mostly missing peers: the subsystem of the component's own fault that came first (the gateway
    # that rebooted before every ECU behind it went silent).
    own = [f for f in fs if f.strong and not f.consequence and f.first_seen is not None]
    consequence_w = sum(f.weight for f in fs if f.strong and f.consequence)
    if own and consequence_w >= 0.5 * sum(f.weight for f in fs if f.strong):
        return min(own, key=lambda f: (f.first_seen, -f.weight)).subsystem  # type: ignore[arg-type, return-value]
    top = max(weights.values())
    # Among the well-evidenced subsystems, the one whose anomaly came first is the cause.
    strong_subs = [s for s, w in weights.items() if w >= 0.5 * top]
    timed = [s for s in strong_subs if s in first]
    if len(timed) > 1:
        return min(timed, key=lambda s: (first[s], -weights[s]))
    return max(weights.items(), key=lambda kv: (kv[1], kv[0]))[0]


# The chassis systems whose lost communication leaves the vehicle without a safety function (braking,
# stability, steering assist): those peers gone silent while it moves are no comfort matter.
_SAFETY_PEERS = frozenset({Category.BRAKES_CHASSIS})


def _active(f: Finding) -> bool:
    return f.strong and f.kind == "code" and f.status not in ("pending", "stored") and not f.recovered


def _code_risk(mine: list[Finding], chain: list[Finding], risk: RiskLevel) -> RiskLevel:
    """What the codes themselves say the vehicle faces: a J1939 failure mode at its most severe level (FMI
    0/1, J1939-73), or a brake or steering ECU that went silent (U01xx lost communication), is high."""
    if risk_rank(risk) >= risk_rank(RiskLevel.HIGH):
        return risk
    severe = any(_active(f) and not f.consequence and dtc.j1939_severity_fmi(f.code or "") in dtc.MOST_SEVERE_FMIS
                 for f in mine)
    silent = any(_active(f) and f.consequence and f.peer in _SAFETY_PEERS for f in mine + chain)
    return RiskLevel.HIGH if severe or silent else risk


def assess(summary: BatchSummary, noise: Mapping[str, float] | None = None) -> Assessment:
    found = findings(summary, noise)
    by_cat: dict[Category, list[Finding]] = {}
    scores: dict[Category, float] = {}
    strong_mass: dict[Category, float] = {}
    for f in found:
        by_cat.setdefault(f.category, []).append(f)
        w = f.weight if f.strong else _WEAK_FACTOR * f.weight
        if f.consequence:
            w *= _CONSEQUENCE_FACTOR
        scores[f.category] = scores.get(f.category, 0.0) + w
        if f.strong:
            strong_mass[f.category] = strong_mass.get(f.category, 0.0) + f.weight
    eligible = {cat: s for cat, s in scores.items() if strong_mass.get(cat, 0.0) >= _MIN_STRONG}
    stationary = _vehicle_state(summary)
    if not eligible:
        return Assessment(Category.NONE, RiskLevel.LOW, "none", [], scores,
                          confidence=0.6 if found else 0.8, stationary=stationary)
    winner, explained = _choose_root(eligible, by_cat)
    mine = sorted(by_cat[winner], key=lambda f: (-risk_rank(f.risk), not f.strong, -f.weight))
    chain = sorted(
        (f for cat in explained for f in by_cat.get(cat, []) if f.strong),
        key=lambda f: (f.first_seen is None, f.first_seen or datetime.max.replace(tzinfo=None), -f.weight),
    ) if explained else []
    relevant = [f for f in mine + chain if f.strong or f.severity.rank >= Severity.WARNING.rank]
    risk = max((f.risk for f in relevant), key=risk_rank, default=RiskLevel.LOW)
    reach = CAUSAL.get(winner, frozenset()) if winner not in _BROAD else frozenset()
    # (a root named by its warnings alone, the heat before a failure, starts with them)
    warned_only = not any(f.strong for f in by_cat[winner])
    reaction = _reaction_risk(summary, _t0(by_cat[winner], strong=not warned_only), {winner, *explained, *reach},
                              root=winner)
    if risk_rank(reaction) > risk_rank(risk):
        risk = reaction
    strong_mine = [f for f in mine if f.strong]
    if risk_rank(risk) < risk_rank(RiskLevel.HIGH) and _limit_cut(summary.signals, strong_mine):
        risk = RiskLevel.HIGH  # a derate, read from the numbers
    risk = _code_risk(strong_mine, chain, risk)
    # (the line that prints a pending code is that code's report, not a second error beside it)
    code_keys = {_line_key(f) for f in strong_mine if f.kind == "code"}
    if strong_mine and all(f.status == "pending" for f in strong_mine if f.kind == "code") and not any(
        f.kind != "code" and f.severity.rank >= Severity.ERROR.rank and _line_key(f) not in code_keys
        for f in strong_mine
    ) and risk_rank(risk) <= risk_rank(RiskLevel.MEDIUM):
        risk = RiskLevel.LOW
    # (a fault that recovered is medium, unless the vehicle reacted to it meanwhile: a takeover requested,
    # a derate; what it did while the fault lasted stands)
    reacted = any(f.evidence is not None and VEHICLE_REACTION_RX.search(_message_of_evidence(f.evidence))
                  for f in strong_mine)
    if (strong_mine and all(f.recovered or f.status == "stored" for f in strong_mine) and not reacted
            and risk is not RiskLevel.CRITICAL):
        risk = RiskLevel.MEDIUM if risk_rank(risk) >= risk_rank(RiskLevel.MEDIUM) else risk
    subsystem = _subsystem(by_cat[winner], winner)
    if winner is Category.POWER_SUPPLY:
        subsystem = _feed_opened(by_cat[winner]) or subsystem
    if winner is Category.THERMAL and subsystem == "coolant":
        subsystem = _idle_cooler(summary, by_cat[winner]) or subsystem
    if winner is Category.CONNECTIVITY_NETWORK:
        subsystem = _silencing_node(found, by_cat[winner]) or subsystem
    # What went missing because of the fault (the consequences in other systems): a supply channel or a
    # bus that only took comfort functions with it is no safety matter either.
    lost = {f.subsystem for f in found if f.consequence and f.category is not winner
            and f.severity.rank >= Severity.WARNING.rank} | {f.subsystem for f in chain}
    comfort_only = winner in _BROAD and bool(lost) and lost <= COMFORT_SUBSYSTEMS
    required = any(f.evidence is not None and REQUIRED_DISPLAY_RX.search(_message_of_evidence(f.evidence))
                   for f in strong_mine)
    if (subsystem in COMFORT_SUBSYSTEMS or comfort_only) and risk is RiskLevel.HIGH and not required:
        risk = RiskLevel.MEDIUM  # a comfort function lost is degraded comfort, not a safety matter
    if stationary:
        risk = lower_risk(risk)
    # (a root found by its heat before the failure may have no eligible score of its own)
    top = eligible.get(winner, scores.get(winner, 0.0))
    runner_up = max((s for c, s in eligible.items() if c is not winner and c not in explained), default=0.0)
    confidence = round(min(0.95, 0.5 + 0.45 * max(0.0, top - runner_up) / max(top, runner_up, 1e-9)), 2)
    return Assessment(winner, risk, subsystem, mine, scores, confidence, chain, stationary)


# ---- wording -----------------------------------------------------------------------------------

_TITLES = {
    Category.BATTERY_BMS: "Traction battery / BMS fault",
    Category.POWERTRAIN: "Powertrain fault",
    Category.THERMAL: "Thermal management fault",
    Category.BRAKES_CHASSIS: "Brakes / chassis fault",
    Category.BODY: "Body electronics fault",
    Category.ADAS_PERCEPTION: "ADAS perception / localization fault",
    Category.CONNECTIVITY_NETWORK: "Vehicle network / connectivity fault",
    Category.SOFTWARE_PLATFORM: "Software platform fault",
    Category.POWER_SUPPLY: "Low-voltage power supply fault",
}

_RECOMMENDATIONS: dict[Category, list[str]] = {
    Category.BATTERY_BMS: [
        "Read the BMS freeze-frame data for the listed DTCs (cell voltages, temperatures, isolation)",
        "Check contactor, precharge and HVIL history before the next HV enable",
        "Schedule a battery health check at a certified HV workshop",
    ],
    Category.POWERTRAIN: [
        "Read the engine/drive control module freeze-frame data for the listed codes",
        "Inspect the components the codes name (ignition, fuel, transmission, motor/inverter)",
        "Road-test after repair and confirm the codes do not return",
    ],
    Category.THERMAL: [
        "Check coolant level and pressure, and look for leaks on the affected loop",
        "Test the coolant pump and radiator fan under commanded duty",
        "Review component temperature traces against derate thresholds",
    ],
    Category.BRAKES_CHASSIS: [
        "Inspect the sensor and wiring the codes name (wheel speed, steering angle, pressure)",
        "Check the brake/steering control module's supply and its stored fault history",
        "Verify the dependent driver assists are back after repair",
    ],
    Category.BODY: [
        "Inspect the named body module, its connectors and its supply",
        "Read the module's fault memory and run its actuator tests",
    ],
    Category.ADAS_PERCEPTION: [
        "Check the sensor's cleanliness, mounting, cable and connectors",
        "Compare the sensor's output with redundant sensors over the affected time range",
        "Recalibrate or replace the sensor if the fault persists",
    ],
    Category.CONNECTIVITY_NETWORK: [
        "Measure bus termination and look for chafed or wet harness sections on the affected bus",
        "Identify the node that went silent or drives error frames; check its power and connector",
        "Check the gateway's routing and reset history",
    ],
    Category.SOFTWARE_PLATFORM: [
        "Collect the crash reports / core dumps and match them to the installed software version",
        "Check for a known issue or a fix in a newer software release",
        "If an update failed, retry it with a stable power supply, or reflash in the workshop",
    ],
    Category.POWER_SUPPLY: [
        "Test the 12 V battery and the DC-DC converter / alternator output under load",
        "Check grounds, fuses and the power distribution unit for voltage drops",
        "Look for ECUs that reset at the same time as the voltage dip",
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


def _when(f: Finding) -> str:
    return f.first_seen.strftime("%H:%M:%S") if f.first_seen is not None else "?"


def _where(f: Finding) -> str:
    e = f.evidence
    return (e.file_name or e.file_id) if e is not None else "?"


def _what(f: Finding) -> str:
    if f.code:
        return f.code
    if f.kind == "silence":
        return f.text
    if f.evidence is not None and f.evidence.excerpt:
        return written_message(f.evidence.excerpt)
    return f.text


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
        return Diagnosis(category=Category.NONE, subsystem="none", risk_level=RiskLevel.LOW, root_cause=cause,
                         recommendations=recs, evidence=[], confidence=a.confidence)
    strong = [f for f in a.findings if f.strong]
    timed = sorted((f for f in strong if f.first_seen is not None and f.subsystem == a.subsystem),
                   key=lambda f: f.first_seen)  # type: ignore[arg-type, return-value]
    lead = timed[0] if timed else (strong or a.findings)[0]
    codes = sorted({f.code for f in strong if f.code})
    total = sum(f.count for f in strong)
    cause = f"{_TITLES[a.category]} ({a.subsystem}): {_short(_what(lead))} at {_when(lead)} in {_where(lead)}"
    if codes:
        cause += f"; codes {', '.join(codes[:6])}"
    cause += f" ({total} related events)"
    if a.chain:
        files = sorted({_where(f) for f in a.chain})
        lines = ", ".join(f"{_short(_what(f), 60)} × {f.count}" for f in a.chain[:3])
        cause += f"; then {lines} in {', '.join(files[:4])}"
    if a.stationary:
        cause += "; vehicle stationary (parked, charging or test), risk lowered"
    recs = [_BY_RISK[a.risk], *_RECOMMENDATIONS[a.category]][:5]
    ordered = ([lead] if lead in strong else []) + [f for f in strong if f is not lead] + a.chain
    return Diagnosis(
        category=a.category,
        subsystem=a.subsystem,
        risk_level=a.risk,
        root_cause=cause[:1500],
        recommendations=recs,
        # Warnings of the same subsystem are context, not proof: cite them only when nothing stronger exists.
        evidence=evidence_of(ordered or a.findings),
        confidence=a.confidence,
    )
