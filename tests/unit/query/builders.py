"""Builders for the query tests: API Gateway proxy events, a Lambda context, sample batches and reports."""

from __future__ import annotations

from datetime import UTC, datetime

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.contracts import (
    Category,
    CodeKind,
    CodeStat,
    Diagnosis,
    DiagnosisUsage,
    Evidence,
    FileOutcome,
    Report,
    RiskLevel,
    Severity,
)
from tests.fakes.memory import InMemoryBatchRepository

VIN = "WVWZZZ1JZXW000001"


class CountingRepository(InMemoryBatchRepository):
    """Counts the reads the query side makes, so tests can see what the cache saved."""

    def __init__(self) -> None:
        super().__init__()
        self.batch_reads = 0

    def get_batch(self, batch_id: str) -> Batch | None:
        self.batch_reads += 1
        return super().get_batch(batch_id)


def make_batch(repo: InMemoryBatchRepository, status: BatchStatus, vehicle_id: str = "veh-1") -> Batch:
    batch = Batch.open(vehicle_id, VIN)
    repo.create_batch(batch)
    parsed = FileRecord(
        batch_id=batch.batch_id,
        file_id="f_parsed",
        name="syslog.txt",
        size=1234,
        object_key=batch.object_key("f_parsed"),
        upload_id="u1",
        part_size=8 * 1024 * 1024,
    )
    broken = parsed.model_copy(update={"file_id": "f_broken", "name": "broken.mcap", "object_key": "raw/x/f_broken"})
    for file in (parsed, broken):
        repo.add_file(batch, file)
    parsed.format = "text"
    prev = parsed.transition(FileStatus.PARSED)
    repo.save_file_status(parsed, prev)
    prev = broken.transition(FileStatus.FAILED, error="truncated MCAP: no footer")
    repo.save_file_status(broken, prev)
    stored = repo.get_batch(batch.batch_id)
    assert stored is not None
    stored.total_files = 2  # persisted with the seal, if the walk below gets that far
    for step in (BatchStatus.SEALED, BatchStatus.GATHERING, BatchStatus.DIAGNOSING, BatchStatus.COMPLETED):
        if stored.status is status:
            break
        prev = stored.transition(step)
        repo.save_batch_status(stored, prev)
    return repo.get_batch(batch.batch_id)  # type: ignore[return-value]


def make_report(batch: Batch, root_cause: str = "Misfire on cylinder 1 (P0301) repeated across files") -> Report:
    evidence = Evidence(
        file_id="f_parsed",
        file_name="syslog.txt",
        line=42,
        severity=Severity.ERROR,
        excerpt="ECU: DTC P0301 set <script>alert(1)</script>",
    )
    return Report(
        batch_id=batch.batch_id,
        vehicle_id=batch.vehicle_id,
        vin=batch.vin,
        generated_at=datetime(2026, 11, 27, 12, 0, tzinfo=UTC),
        diagnosis=Diagnosis(
            category=Category.SOFTWARE_PLATFORM,
            risk_level=RiskLevel.HIGH,
            root_cause=root_cause,
            recommendations=["Inspect ignition coil 1", "Check injector wiring"],
            evidence=[evidence],
            confidence=0.8,
        ),
        usage=DiagnosisUsage(provider="rules", model="baseline", prompt_version="r1"),
        files=[
            FileOutcome(file_id="f_parsed", file_name="syslog.txt", status="parsed", format="text"),
            FileOutcome(file_id="f_broken", file_name="broken.mcap", status="failed", error="truncated MCAP"),
        ],
        severity_counts={Severity.INFO: 900, Severity.WARNING: 40, Severity.ERROR: 12},
        top_codes=[CodeStat(code="P0301", kind=CodeKind.DTC, count=12, sample=evidence)],
        summary_key=f"summaries/{batch.batch_id}/batch.json",
    )
