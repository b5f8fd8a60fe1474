"""In-memory fakes of the ports: they behave like the real adapters (conditional writes included)
and record what they received, so unit tests assert on outcomes, not on mocks."""

from __future__ import annotations

import hashlib
import io
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, BinaryIO

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.batch_listing import BatchFilter, InvalidCursor
from functions.core.domain.errors import BarrierUnavailable, BatchSealed, ConcurrentUpdate, Conflict, NotFound
from functions.core.domain.uploads import MAX_FILES_PER_BATCH
from functions.core.ports import BarrierOutcome, UploadedPart


class InMemoryBatchRepository:
    def __init__(self) -> None:
        self.batches: dict[str, Batch] = {}
        self.files: dict[tuple[str, str], FileRecord] = {}
        self.file_counts: dict[str, int] = {}
        self.reports: dict[str, bytes] = {}
        self.report_reads = 0
        self._lock = threading.Lock()

    def create_batch(self, batch: Batch) -> None:
        with self._lock:
            if batch.batch_id in self.batches:
                raise Conflict("exists")
            self.batches[batch.batch_id] = batch.model_copy(deep=True)
            self.file_counts[batch.batch_id] = 0

    def get_batch(self, batch_id: str) -> Batch | None:
        batch = self.batches.get(batch_id)
        return batch.model_copy(deep=True) if batch else None

    def save_batch_status(
        self,
        batch: Batch,
        previous: BatchStatus,
        unchanged_since: datetime | None = None,
        files_seen: int | None = None,
    ) -> None:
        with self._lock:
            stored = self.batches.get(batch.batch_id)
            if stored is None or stored.status is not previous:
                raise ConcurrentUpdate("status changed")
            if unchanged_since is not None and stored.updated_at != unchanged_since:
                raise ConcurrentUpdate("changed since it was read")
            if files_seen is not None and self.file_counts[batch.batch_id] != files_seen:
                raise ConcurrentUpdate("files changed")
            # Like the DynamoDB adapter: status fields only, counters stay as stored.
            self.batches[batch.batch_id] = batch.model_copy(
                update={"processed_files": stored.processed_files, "failed_files": stored.failed_files}, deep=True
            )

    def seal_batch(self, batch: Batch, previous: BatchStatus, total_files: int, files_seen: int) -> None:
        batch = batch.model_copy(update={"total_files": total_files})
        self.save_batch_status(batch, previous, files_seen=files_seen)

    def add_file(self, batch: Batch, file: FileRecord) -> None:
        with self._lock:
            stored = self.batches[batch.batch_id]
            if not stored.accepts_files:
                raise BatchSealed("sealed")
            if self.file_counts[batch.batch_id] >= MAX_FILES_PER_BATCH:
                raise Conflict("too many files")
            self.files[(file.batch_id, file.file_id)] = file.model_copy(deep=True)
            self.file_counts[batch.batch_id] += 1
            stored.status = BatchStatus.UPLOADING

    def get_file(self, batch_id: str, file_id: str) -> FileRecord | None:
        file = self.files.get((batch_id, file_id))
        return file.model_copy(deep=True) if file else None

    def list_files(self, batch_id: str) -> list[FileRecord]:
        return [f.model_copy(deep=True) for (b, _), f in sorted(self.files.items()) if b == batch_id]

    def save_file_status(self, file: FileRecord, previous: FileStatus) -> bool:
        with self._lock:
            stored = self.files.get((file.batch_id, file.file_id))
            if stored is None or stored.status is not previous:
                return False
            self.files[(file.batch_id, file.file_id)] = file.model_copy(deep=True)
            if file.status.processed and not previous.processed:
                batch = self.batches[file.batch_id]
                batch.processed_files += 1
                if file.status is FileStatus.FAILED:
                    batch.failed_files += 1
            return True

    def list_batches_by_vin(self, vin: str, limit: int = 50) -> list[Batch]:
        found = [b for b in self.batches.values() if b.vin == vin]
        return sorted(found, key=lambda b: b.created_at, reverse=True)[:limit]

    def list_batches(
        self, query: BatchFilter, limit: int, after: dict[str, Any] | None = None
    ) -> tuple[list[Batch], dict[str, Any] | None]:
        found = sorted(
            (
                b
                for b in self.batches.values()
                if query.matches(vehicle_id=b.vehicle_id, vin=b.vin, status=b.status, created_at=b.created_at)
            ),
            key=lambda b: (b.created_at, b.batch_id),
            reverse=True,
        )
        if after is not None:
            if set(after) != {"batch_id"} or after["batch_id"] not in self.batches:
                raise InvalidCursor("the cursor does not belong to this listing")
            mark = self.batches[after["batch_id"]]
            found = [b for b in found if (b.created_at, b.batch_id) < (mark.created_at, mark.batch_id)]
        page = [b.model_copy(deep=True) for b in found[:limit]]
        more = len(found) > limit
        return page, ({"batch_id": page[-1].batch_id} if more else None)

    def list_open_batches(self, limit: int = 500) -> list[Batch]:
        open_ = [b.model_copy(deep=True) for b in self.batches.values() if not b.status.terminal]
        return sorted(open_, key=lambda b: b.created_at)[:limit]

    def put_report(self, batch_id: str, report_json: bytes) -> None:
        self.reports[batch_id] = report_json

    def get_report(self, batch_id: str) -> bytes | None:
        with self._lock:
            self.report_reads += 1
        return self.reports.get(batch_id)


@dataclass
class InMemoryObjectStore:
    objects: dict[str, bytes] = field(default_factory=dict)
    uploads: dict[str, dict[int, bytes]] = field(default_factory=dict)
    upload_keys: dict[str, str] = field(default_factory=dict)
    aborted: list[str] = field(default_factory=list)
    presigned_gets: list[tuple[str, int]] = field(default_factory=list)
    content_types: dict[str, str] = field(default_factory=dict)
    ranges: list[tuple[str, int, int | None]] = field(default_factory=list)
    _next: int = 0

    def create_multipart(self, key: str, content_type: str | None) -> str:
        self._next += 1
        upload_id = f"upload-{self._next}"
        self.uploads[upload_id] = {}
        self.upload_keys[upload_id] = key
        return upload_id

    def presign_part(self, key: str, upload_id: str, number: int, expires_in: int, length: int | None = None) -> str:
        return f"memory://{key}?uploadId={upload_id}&partNumber={number}&expires={expires_in}&length={length}"

    def upload_part(self, upload_id: str, number: int, body: bytes) -> str:
        """What a client's PUT to the presigned URL does; returns the part's ETag."""
        self.uploads[upload_id][number] = body
        return f'"{hashlib.md5(body).hexdigest()}"'

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        if upload_id not in self.uploads:
            raise NotFound("no such upload")
        return [
            UploadedPart(number=n, etag=f'"{hashlib.md5(b).hexdigest()}"', size=len(b))
            for n, b in sorted(self.uploads[upload_id].items())
        ]

    def complete_multipart(self, key: str, upload_id: str, parts: list[tuple[int, str]]) -> None:
        data = self.uploads.pop(upload_id)
        self.objects[key] = b"".join(data[n] for n, _ in parts)

    def abort_multipart(self, key: str, upload_id: str) -> None:
        self.uploads.pop(upload_id, None)
        self.aborted.append(upload_id)

    def open_stream(self, key: str) -> BinaryIO:
        if key not in self.objects:
            raise NotFound(key)
        return io.BytesIO(self.objects[key])

    def open_range(self, key: str, start: int, end: int | None = None) -> BinaryIO:
        if key not in self.objects:
            raise NotFound(key)
        self.ranges.append((key, start, end))
        return io.BytesIO(self.objects[key][start:end])

    def object_size(self, key: str) -> int | None:
        return len(self.objects[key]) if key in self.objects else None

    def presign_get(self, key: str, expires_in: int) -> str:
        self.presigned_gets.append((key, expires_in))
        return f"https://s3.example/{key}?X-Amz-Expires={expires_in}&X-Amz-Signature=fake"

    def put_bytes(self, key: str, body: bytes, content_type: str = "application/json") -> None:
        self.objects[key] = body
        self.content_types[key] = content_type

    def get_bytes(self, key: str) -> bytes | None:
        return self.objects.get(key)


@dataclass
class InMemoryQueue:
    messages: list[str] = field(default_factory=list)

    def send(self, body: str, group: str | None = None) -> None:
        self.messages.append(body)


@dataclass
class InMemoryWorkflowStarter:
    """Like Step Functions with execution names: a name starts at most one execution."""

    executions: dict[str, str] = field(default_factory=dict)
    start_calls: int = 0
    fail_next: int = 0

    def start(self, name: str, input_json: str) -> str:
        self.start_calls += 1
        if self.fail_next:
            self.fail_next -= 1
            raise ConnectionError("workflow service unavailable")
        self.executions.setdefault(name, input_json)
        return f"arn:aws:states:us-east-1:000000000000:execution:argus:{name}"


class InMemoryBarrier:
    """The Lua script's semantics, under a lock."""

    def __init__(self) -> None:
        self.processed: dict[str, set[str]] = {}
        self.totals: dict[str, int] = {}
        self.fired: set[str] = set()
        self.unavailable = False  # like a frozen Valkey: every call times out
        self.calls = 0
        self._lock = threading.Lock()

    def _run(self, batch_id: str, total: int | None, ids: list[str]) -> BarrierOutcome:
        self.calls += 1
        if self.unavailable:
            raise BarrierUnavailable("the barrier store did not answer: TimeoutError")
        with self._lock:
            if total is not None:
                self.totals[batch_id] = total
            members = self.processed.setdefault(batch_id, set())
            members.update(ids)
            stored = self.totals.get(batch_id)
            fired = False
            if stored is not None and len(members) >= stored and batch_id not in self.fired:
                self.fired.add(batch_id)
                fired = True
            return BarrierOutcome(processed=len(members), total=stored, fired=fired)

    def record(self, batch_id: str, file_id: str) -> BarrierOutcome:
        return self._run(batch_id, None, [file_id])

    def seal(self, batch_id: str, total: int, processed_ids: list[str]) -> BarrierOutcome:
        return self._run(batch_id, total, processed_ids)


class InMemoryVehicleRegistry:
    """The DynamoDB registry's rules: a VIN has one vehicle, a vehicle one VIN."""

    def __init__(self) -> None:
        from functions.core.ports import VehicleRecord

        self._record = VehicleRecord
        self.vehicles: dict[str, VehicleRecord] = {}
        self.owners: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, vehicle_id: str):
        return self.vehicles.get(vehicle_id)

    def claim(self, vehicle_id: str, vin: str):
        from functions.core.domain.errors import VinBoundToAnotherVehicle

        with self._lock:
            owner = self.owners.get(vin)
            current = self.vehicles.get(vehicle_id)
            if (owner is not None and owner != vehicle_id) or (current is not None and current.vin not in (None, vin)):
                raise VinBoundToAnotherVehicle(f"VIN {vin} is registered to another vehicle")
            self.owners[vin] = vehicle_id
            record = self._record(vehicle_id, vin, current.token_version if current else 0)
            self.vehicles[vehicle_id] = record
            return record

    def revoke(self, vehicle_id: str):
        with self._lock:
            current = self.vehicles.get(vehicle_id) or self._record(vehicle_id, None, 0)
            record = self._record(vehicle_id, current.vin, current.token_version + 1)
            self.vehicles[vehicle_id] = record
            return record
