"""The pure domain: batch aggregate, its status machine, file records, identifiers, upload rules.

No I/O here. Adapters persist these objects; handlers never change a status except through
:meth:`Batch.transition` / :meth:`FileRecord.transition`.
"""

from __future__ import annotations

import math
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from functions.shared.errors import IllegalTransition, ValidationFailed

MiB = 1024 * 1024
GiB = 1024 * MiB
MIN_PART_SIZE = 5 * MiB  # S3's floor for every part but the last
MAX_PARTS = 10_000  # S3's ceiling on parts per upload
DEFAULT_PART_SIZE = 8 * MiB
MAX_FILE_SIZE = 5 * 1024 * GiB  # S3's largest object
MAX_FILES_PER_BATCH = 1_000

VIN_PATTERN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
BATCH_ID_PATTERN = re.compile(r"^b_[0-9a-f]{20}$")  # what new_id("b") makes
FILE_ID_PATTERN = re.compile(r"^f_[0-9a-f]{20}$")
VEHICLE_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str) -> str:
    """Server-generated, URL-safe, unguessable identifier (``b_…`` for batches, ``f_…`` for files)."""
    return f"{prefix}_{secrets.token_hex(10)}"


def validate_vin(vin: str) -> str:
    if not VIN_PATTERN.match(vin):
        raise ValidationFailed(
            "vin must be 17 characters: digits and capital letters except I, O and Q",
            details={"field": "vin"},
        )
    return vin


def part_size_for(size: int, preferred: int = DEFAULT_PART_SIZE) -> int:
    """Smallest part size >= ``preferred`` (and >= 5 MiB) that fits ``size`` into 10,000 parts.

    Rounded up to a whole MiB so every client computes the same boundaries.
    """
    if size < 0 or size > MAX_FILE_SIZE:
        raise ValidationFailed(f"size must be between 0 and {MAX_FILE_SIZE} bytes", details={"field": "size"})
    needed = math.ceil(size / MAX_PARTS) if size else 0
    part = max(preferred, MIN_PART_SIZE, needed)
    return math.ceil(part / MiB) * MiB


def part_count(size: int, part_size: int) -> int:
    return max(1, math.ceil(size / part_size))


def part_length(size: int, part_size: int, number: int) -> int:
    """Bytes part ``number`` (1-based) must hold: the presigned URL signs exactly this Content-Length."""
    return max(0, min(part_size, size - (number - 1) * part_size))


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
    Progress (a file added, completed or parsed; a workflow step) resets the clock."""

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

    @property
    def parts(self) -> int:
        return part_count(self.size, self.part_size)

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
        return f"raw/{self.batch_id}/{file_id}"

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

    @property
    def progress(self) -> float:
        if not self.total_files:
            return 0.0
        return min(1.0, self.processed_files / self.total_files)


def is_batch_id(value: str) -> bool:
    return bool(BATCH_ID_PATTERN.match(value))


def is_file_id(value: str) -> bool:
    return bool(FILE_ID_PATTERN.match(value))


def parse_object_key(key: str) -> tuple[str, str] | None:
    """``raw/{batch_id}/{file_id}`` → (batch_id, file_id); None for any other key."""
    parts = key.split("/")
    if len(parts) != 3 or parts[0] != "raw" or not is_batch_id(parts[1]) or not is_file_id(parts[2]):
        return None
    return parts[1], parts[2]
