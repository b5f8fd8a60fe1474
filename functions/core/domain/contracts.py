"""Messages passed between functions, and the summaries/reports they produce.

These are the contracts between stages: the parse function writes a :class:`FileSummary` per file,
the gather step merges them into a :class:`BatchSummary`, the diagnose step produces a
:class:`Diagnosis`, and the report saved for engineers is a :class:`Report`. Everything is bounded
in size whatever the input: lists carry a cap, and what did not fit is counted in ``*_overflow``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from functions.core.domain.taxonomy import ALL_SUBSYSTEMS, SUBSYSTEMS, TAXONOMY_VERSION, Category, default_subsystem

__all__ = ["ALL_SUBSYSTEMS", "TAXONOMY_VERSION", "Category"]  # re-exported: the taxonomy is defined once

# Caps that keep every summary small whatever the log size.
MAX_TEMPLATES = 500
MAX_CODES = 200
MAX_SAMPLES = 50
MAX_CHANNELS = 200
MAX_SIGNALS = 100
MAX_PROFILE = 32  # stretches in a signal's profile: enough for a trend, small beside its figures
MAX_EXCERPT = 300
MAX_CONTEXT_LINES = 2  # lines recorded before and after a piece of evidence in a text log
MAX_TIMELINE_BUCKETS = 64  # per file: events by severity over time, in equal buckets
MAX_TIMELINES = 24  # files whose timeline a batch summary and a report carry


class Severity(StrEnum):
    TRACE = "trace"
    DEBUG = "debug"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
    CRITICAL = "critical"  # fatal, emergency, alert, panic

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {s: i for i, s in enumerate(Severity)}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Model):
    """A pointer back into the raw logs: which file, which line (text) or message index (binary)."""

    file_id: str
    file_name: str = ""
    line: int | None = Field(default=None, description="1-based line number in a text log")
    message_index: int | None = Field(default=None, description="0-based message index in a binary log")
    timestamp: datetime | None = None
    severity: Severity | None = None
    excerpt: str = Field(default="", max_length=MAX_EXCERPT)
    context_before: list[str] = Field(default_factory=list, max_length=MAX_CONTEXT_LINES)
    context_after: list[str] = Field(default_factory=list, max_length=MAX_CONTEXT_LINES)


class TemplateStat(Model):
    template: str
    count: int
    severity: Severity = Severity.INFO
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    sample: Evidence | None = None


class CodeKind(StrEnum):
    DTC = "dtc"  # SAE J2012 diagnostic trouble code, e.g. P0301, U0100
    UDS_NRC = "uds_nrc"  # UDS negative response code, e.g. 0x7F 0x22 0x31
    VENDOR = "vendor"  # vendor error codes, e.g. E1234, ERR_BMS_042
    CAN = "can"  # CAN bus events: error frames, bus-off, error-passive
    J1939 = "j1939"  # SAE J1939 DM1/DM2 diagnostic: suspect parameter number + failure mode, "SPN110-FMI0"


class CodeStat(Model):
    """One code with its counts. ``code`` is canonical (see :mod:`functions.parse.codes`): a DTC with a
    failure-type byte reads ``U0121-87``, with a status ``P0A7F-1B/confirmed``; ``failure_type`` and
    ``status`` carry those parts on their own (filled from ``code`` when not given)."""

    code: str
    kind: CodeKind
    count: int
    failure_type: str | None = Field(default=None, description="ISO 14229-1 failure-type byte, hex, e.g. 87")
    status: Literal["confirmed", "pending", "test_failed", "stored"] | None = Field(
        default=None, description="the DTC status the log stated (UDS status byte or a status word)"
    )
    severity: Severity = Severity.ERROR
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    sample: Evidence | None = None

    @model_validator(mode="after")
    def _parts(self) -> CodeStat:
        if self.kind is CodeKind.DTC:
            head, _, status = self.code.partition("/")
            _, _, ftb = head.partition("-")
            if self.failure_type is None and ftb:
                self.failure_type = ftb
            if self.status is None and status in ("confirmed", "pending", "test_failed", "stored"):
                self.status = status  # type: ignore[assignment]
        return self


class ChannelStat(Model):
    """Per-source counts: a ROS topic, a CAN arbitration id, a DLT app/context id, a process name."""

    name: str
    count: int


class SignalExcursion(Model):
    """The largest departure of a numeric signal from its own baseline (robust statistics)."""

    value: float = Field(description="the most extreme value of the excursion")
    score: float = Field(description="|value - median| / (1.4826 * MAD), with a floor on MAD")
    start: datetime | None = None
    end: datetime | None = None
    samples: int = Field(default=1, description="consecutive samples outside the baseline band")
    evidence: Evidence | None = None


class SignalStat(Model):
    """A numeric signal found in structured logs (a CSV column, a JSON field, a decoded CAN signal)."""

    name: str = Field(description="as logged: a column, a key path or a field name, e.g. bms.pack_voltage")
    unit: str = ""
    source: str = Field(default="", description="the ECU, topic or channel it came from, when known")
    file_id: str = Field(default="", description="set in a batch summary: the file it came from")
    count: int
    min: float
    max: float
    mean: float
    median: float
    mad: float = Field(description="median absolute deviation (robust spread)")
    first: float = Field(description="the first value read")
    last: float = Field(description="the last value read")
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    excursion: SignalExcursion | None = None
    profile: list[float] = Field(
        default_factory=list,
        description="its shape over time: the mean of each consecutive stretch of its samples, oldest first "
        f"(at most {MAX_PROFILE}; empty for a short series)",
    )


class TimeRange(Model):
    start: datetime
    end: datetime


class SeverityTimeline(Model):
    """How many events of each severity a file logged over time: ``counts[sev][i]`` covers
    ``[start + i * bucket_seconds, start + (i + 1) * bucket_seconds)``."""

    file_id: str = Field(default="", description="set in a batch summary and a report")
    file_name: str = ""
    start: datetime
    bucket_seconds: float = Field(gt=0)
    counts: dict[Severity, list[int]] = Field(default_factory=dict)


class ParseStats(Model):
    format: str
    bytes: int = 0
    lines: int = 0
    messages: int = 0
    seconds: float = 0.0
    truncated: bool = Field(default=False, description="True when a cap stopped reading early")
    skipped: int = Field(default=0, description="malformed records (rows, lines, documents) skipped")
    segments: int = Field(default=1, description="Byte-range segments the file was parsed in (long-file path)")


class FileSummary(Model):
    schema_version: Literal[1] = 1
    batch_id: str
    file_id: str
    file_name: str = ""
    format: str
    severity_counts: dict[Severity, int] = Field(default_factory=dict)
    templates: list[TemplateStat] = Field(default_factory=list)
    templates_overflow: int = 0
    codes: list[CodeStat] = Field(default_factory=list)
    codes_overflow: int = 0
    channels: list[ChannelStat] = Field(default_factory=list)
    channels_overflow: int = 0
    time_range: TimeRange | None = None
    timeline: SeverityTimeline | None = None
    samples: list[Evidence] = Field(default_factory=list)
    samples_overflow: int = 0
    signals: list[SignalStat] = Field(default_factory=list)
    signals_overflow: int = 0
    stats: ParseStats
    error: str | None = Field(default=None, description="Set when the file could not be parsed")


class FileOutcome(Model):
    file_id: str
    file_name: str
    status: Literal["parsed", "failed"]
    format: str | None = None
    error: str | None = None
    lines: int = Field(default=0, description="lines the file held (0: unknown); places a line in its file")


class BatchSummary(Model):
    """All file summaries of a batch merged; what the diagnosis reads."""

    schema_version: Literal[1] = 1
    batch_id: str
    vehicle_id: str
    vin: str
    files: list[FileOutcome]
    severity_counts: dict[Severity, int] = Field(default_factory=dict)
    templates: list[TemplateStat] = Field(default_factory=list)
    templates_overflow: int = 0
    codes: list[CodeStat] = Field(default_factory=list)
    codes_overflow: int = 0
    code_files: dict[str, list[str]] = Field(
        default_factory=dict, description="code → file ids it appears in (spread across files)"
    )
    channels: list[ChannelStat] = Field(default_factory=list)
    time_range: TimeRange | None = None
    timelines: list[SeverityTimeline] = Field(default_factory=list, max_length=MAX_TIMELINES)
    samples: list[Evidence] = Field(default_factory=list)
    signals: list[SignalStat] = Field(default_factory=list)
    total_bytes: int = 0
    total_lines: int = 0
    total_messages: int = 0


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Diagnosis(Model):
    category: Category = Field(description="the vehicle system where the root cause sits")
    subsystem: str = Field(default="none", description="one of the documented subsystems of the category")
    risk_level: RiskLevel
    root_cause: str
    recommendations: list[str] = Field(default_factory=list, max_length=5)
    evidence: list[Evidence] = Field(default_factory=list, max_length=20)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _subsystem_of_category(self) -> Diagnosis:
        # A subsystem outside its category's documented list (a model's guess) becomes the category's
        # general one rather than failing the report.
        if self.subsystem not in SUBSYSTEMS[self.category]:
            self.subsystem = default_subsystem(self.category)
        return self


class DiagnosisUsage(Model):
    provider: str
    model: str
    prompt_version: str
    input_tokens: int = 0
    output_tokens: int = 0
    model_calls: int = 0
    estimated_cost_usd: float = 0.0
    cache_hit: bool = False
    fallback_reason: str | None = None
    signature: str | None = None


class SeenBefore(Model):
    """Past batches with this batch's problem signature (the same problem, the same magnitude)."""

    batches: int
    vehicles: int
    since: datetime


class FleetContext(Model):
    """What the fleet knew when this report was saved: has it seen this before, and what is new."""

    seen_before: SeenBefore | None = Field(default=None, description="None: the fleet never had this problem")
    new_codes: list[str] = Field(default_factory=list, description="codes no earlier batch of the fleet had")
    new_templates: list[str] = Field(
        default_factory=list, description="warning-or-worse templates no earlier batch of the fleet had"
    )


class Report(Model):
    # 2: the vehicle-systems taxonomy (issue 8) and Diagnosis.subsystem.
    schema_version: Literal[2] = 2
    taxonomy_version: str = TAXONOMY_VERSION
    batch_id: str
    vehicle_id: str
    vin: str
    generated_at: datetime
    diagnosis: Diagnosis
    usage: DiagnosisUsage
    files: list[FileOutcome]
    severity_counts: dict[Severity, int] = Field(default_factory=dict)
    top_codes: list[CodeStat] = Field(default_factory=list)
    top_templates: list[TemplateStat] = Field(default_factory=list)
    time_range: TimeRange | None = None
    timelines: list[SeverityTimeline] = Field(default_factory=list, max_length=MAX_TIMELINES)
    summary_key: str = Field(description="S3 key of the full batch summary")
    fleet: FleetContext | None = Field(default=None, description="set when the fleet index is enabled")


# ---- messages between functions -------------------------------------------------------------


class FileProcessed(Model):
    """parse → barrier queue: one file is done (parsed or failed)."""

    event: Literal["file.processed"] = "file.processed"
    batch_id: str
    file_id: str
    status: Literal["parsed", "failed"]
    error: str | None = None
    at: datetime


class WorkflowInput(Model):
    """The Step Functions execution input (the execution is named after the batch)."""

    batch_id: str
    trigger: Literal["barrier", "seal", "reconcile"] = "barrier"


class StepResult(Model):
    batch_id: str
    summary_key: str | None = None
    diagnosis_key: str | None = None
    status: str
