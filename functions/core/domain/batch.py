"""The batch aggregate: its status machine, file records and stale-batch limits.

Identifiers are :mod:`functions.core.domain.ids`, upload rules :mod:`functions.core.domain.uploads`,
object keys :mod:`functions.core.domain.keys`.

No I/O here. Adapters persist these objects; handlers never change a status except through
:meth:`Batch.transition` / :meth:`FileRecord.transition`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from functions.core.domain.errors import IllegalTransition, ValidationFailed
from functions.core.domain.ids import VEHICLE_ID_PATTERN, new_id, validate_vin
from functions.core.domain.keys import raw_object_key


def utcnow() -> datetime:
    return datetime.now(UTC)



class BatchStatus(StrEnum):
    PENDING = "pending"
    UPLOADING = "uploading"
    SEALED = "sealed"
    SCATTERING = "scattering"
    GATHERING = "gathering"
    DIAGNOSING = "diagnosing"
    COMPLETED = "completed"
    FAILED = "failed"

    @property
    def terminal(self) -> bool:
        return self in (BatchStatus.COMPLETED, BatchStatus.FAILED)


_BATCH_TRANSITIONS: dict[BatchStatus, frozenset[BatchStatus]] = {
    BatchStatus.PENDING: frozenset({BatchStatus.UPLOADING, BatchStatus.FAILED}),
    BatchStatus.UPLOADING: frozenset({BatchStatus.SEALED, BatchStatus.FAILED}),
    # A sealed batch whose files are all parsed goes straight to gathering (the barrier fired at seal).
    BatchStatus.SEALED: frozenset({BatchStatus.SCATTERING, BatchStatus.GATHERING, BatchStatus.FAILED}),
    BatchStatus.SCATTERING: frozenset({BatchStatus.GATHERING, BatchStatus.FAILED}),
    BatchStatus.GATHERING: frozenset({BatchStatus.DIAGNOSING, BatchStatus.FAILED}),
    BatchStatus.DIAGNOSING: frozenset({BatchStatus.COMPLETED, BatchStatus.FAILED}),
    BatchStatus.COMPLETED: frozenset(),
    BatchStatus.FAILED: frozenset(),
}


@dataclass(frozen=True)
class StaleLimits:
    """How long a batch may stay without progress in a status before it is failed as timed out.
    Progress (a file added, completed or parsed; a workflow step) resets the clock. Each limit sits
    beyond what the platform itself allows: uploads may resume for 7 days (the bucket aborts
    incomplete uploads then), a parse message lives 3 receives x 90 min, and an execution times out
    after 1 h. These are the defaults of ``ARGUS_STALE_*_HOURS`` (functions/settings.py)."""

    upload: timedelta = timedelta(days=7)  # pending/uploading: the vehicle never sealed
    parse: timedelta = timedelta(hours=6)  # sealed/scattering: files never finished parsing
    workflow: timedelta = timedelta(hours=2)  # gathering/diagnosing: the workflow died

    def for_status(self, status: BatchStatus) -> timedelta | None:
        return {
            BatchStatus.PENDING: self.upload,
            BatchStatus.UPLOADING: self.upload,
            BatchStatus.SEALED: self.parse,
            BatchStatus.SCATTERING: self.parse,
            BatchStatus.GATHERING: self.workflow,
            BatchStatus.DIAGNOSING: self.workflow,
        }.get(status)


class FileStatus(StrEnum):
    UPLOADING = "uploading"  # multipart upload open, presigned URLs issued
    UPLOADED = "uploaded"  # upload completed, waiting for the parser
    PARSED = "parsed"
    FAILED = "failed"  # parsed with an error (unreadable, corrupt, too large): still counts as processed
    ABORTED = "aborted"  # the vehicle abandoned the upload; not part of the sealed set

    @property
    def processed(self) -> bool:
        return self in (FileStatus.PARSED, FileStatus.FAILED)


_FILE_TRANSITIONS: dict[FileStatus, frozenset[FileStatus]] = {
    # The parser may finish before the ingest function records the completion (S3 events are fast).
    FileStatus.UPLOADING: frozenset({FileStatus.UPLOADED, FileStatus.ABORTED, FileStatus.PARSED, FileStatus.FAILED}),
    FileStatus.UPLOADED: frozenset({FileStatus.PARSED, FileStatus.FAILED}),
    FileStatus.PARSED: frozenset(),
    FileStatus.FAILED: frozenset(),
    FileStatus.ABORTED: frozenset(),
}


class FileRecord(BaseModel):
    model_config = ConfigDict(validate_assignment=True)

    batch_id: str
    file_id: str
    name: str = Field(description="The client's file name, for display only; never used in object keys")
    size: int
    sha256: str | None = None
    content_type: str | None = None
    object_key: str
    upload_id: str
    part_size: int
    status: FileStatus = FileStatus.UPLOADING
    error: str | None = None
    summary_key: str | None = None
    format: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    def transition(self, target: FileStatus, *, error: str | None = None) -> FileStatus:
        """Move to ``target``; returns the previous status (for the conditional write)."""
        previous = self.status
        if target not in _FILE_TRANSITIONS[previous]:
            raise IllegalTransition(
                f"file {self.file_id} cannot go from {previous} to {target}",
                details={"file_id": self.file_id, "from": previous, "to": target},
            )
        self.status = target
        self.error = error
        self.updated_at = utcnow()
        return previous


class Batch(BaseModel):
    model_config = ConfigDict(validate_assignment=True)

    batch_id: str
    vehicle_id: str
    vin: str
    status: BatchStatus = BatchStatus.PENDING
    total_files: int | None = Field(default=None, description="Set when the batch is sealed")
    processed_files: int = 0
    failed_files: int = 0
    error: str | None = None
    report_key: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    sealed_at: datetime | None = None
    completed_at: datetime | None = None

    @field_validator("vin")
    @classmethod
    def _vin(cls, value: str) -> str:
        return validate_vin(value)

    @classmethod
    def open(cls, vehicle_id: str, vin: str) -> Batch:
        if not VEHICLE_ID_PATTERN.match(vehicle_id):
            raise ValidationFailed(
                "vehicle_id must be 1-64 characters: letters, digits, '_', '.', ':' or '-'",
                details={"field": "vehicle_id"},
            )
        return cls(batch_id=new_id("b"), vehicle_id=vehicle_id, vin=validate_vin(vin))

    @property
    def accepts_files(self) -> bool:
        return self.status in (BatchStatus.PENDING, BatchStatus.UPLOADING)

    def can_transition(self, target: BatchStatus) -> bool:
        return target in _BATCH_TRANSITIONS[self.status]

    def transition(self, target: BatchStatus, *, error: str | None = None) -> BatchStatus:
        """Move to ``target``; returns the previous status (for the conditional write)."""
        previous = self.status
        if not self.can_transition(target):
            raise IllegalTransition(
                f"batch {self.batch_id} cannot go from {previous} to {target}",
                details={"batch_id": self.batch_id, "from": previous, "to": target},
            )
        self.status = target
        now = utcnow()
        self.updated_at = now
        if target is BatchStatus.FAILED:
            self.error = error
        if target is BatchStatus.SEALED:
            self.sealed_at = now
        if target.terminal:
            self.completed_at = now
        return previous

    def object_key(self, file_id: str) -> str:
        return raw_object_key(self.batch_id, file_id)

    def stale_reason(self, now: datetime, limits: StaleLimits) -> str | None:
        """Why this batch should be failed as timed out, or None while it is within its limit."""
        limit = limits.for_status(self.status)
        idle = now - self.updated_at
        if limit is None or idle < limit:
            return None
        hours = idle.total_seconds() / 3600
        if self.status in (BatchStatus.PENDING, BatchStatus.UPLOADING):
            what = "the batch was never sealed"
        elif self.status in (BatchStatus.SEALED, BatchStatus.SCATTERING):
            what = f"only {self.processed_files} of {self.total_files} files were processed"
        else:
            what = "the workflow stopped"
        return f"timed out in {self.status} after {hours:.1f} h without progress: {what}"

    @property
    def all_files_processed(self) -> bool:
        """DynamoDB's own view of the barrier: sealed, and every sealed file parsed or failed."""
        return self.total_files is not None and self.processed_files >= self.total_files
