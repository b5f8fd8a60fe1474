"""Ports: what the application needs from the outside world, declared once.

Adapters in :mod:`functions.adapters` implement them against AWS (and the local cloud,
which speaks the same APIs); ``tests/fakes`` implements them in memory for unit tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, Protocol

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.batch_listing import BatchFilter
from functions.core.domain.contracts import Diagnosis, FleetContext, Report
from functions.core.domain.fleet import CodeDay, FleetEntry, KeyStats, Posting


@dataclass(frozen=True)
class UploadedPart:
    number: int
    etag: str
    size: int


class ObjectStore(Protocol):
    """S3: multipart uploads through presigned URLs, streaming reads, small JSON documents."""

    def create_multipart(self, key: str, content_type: str | None) -> str:
        """Open a multipart upload; returns its upload id."""

    def presign_part(self, key: str, upload_id: str, number: int, expires_in: int, length: int | None = None) -> str:
        """A URL a client can PUT one part to, with no credentials of its own; with ``length``, the
        signature covers the Content-Length, so S3 refuses a part of any other size."""

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        """Parts S3 has received so far (for resume and for checking a completion)."""

    def complete_multipart(self, key: str, upload_id: str, parts: list[tuple[int, str]]) -> None:
        """Assemble the object from (part number, ETag) pairs."""

    def abort_multipart(self, key: str, upload_id: str) -> None: ...

    def open_stream(self, key: str) -> BinaryIO:
        """A forward-only binary stream of the object; never buffers the whole object."""

    def open_range(self, key: str, start: int, end: int | None = None) -> BinaryIO:
        """As ``open_stream``, for bytes ``[start, end)`` (to the end of the object when ``end`` is None)."""

    def object_size(self, key: str) -> int | None:
        """Size in bytes, or None when the object does not exist."""

    def put_bytes(self, key: str, body: bytes, content_type: str = "application/json") -> None: ...

    def get_bytes(self, key: str) -> bytes | None: ...

    def presign_get(self, key: str, expires_in: int) -> str:
        """A URL anyone holding it can GET the object from until it expires (no credentials)."""


class BatchRepository(Protocol):
    """DynamoDB, the source of truth. Every status change is a conditional write from the status
    the domain object was in; a lost race raises :class:`~functions.core.domain.errors.ConcurrentUpdate`."""

    def create_batch(self, batch: Batch) -> None: ...

    def get_batch(self, batch_id: str) -> Batch | None: ...

    def save_batch_status(self, batch: Batch, previous: BatchStatus, unchanged_since: datetime | None = None) -> None:
        """Persist ``batch`` if its stored status is still ``previous`` (and, when given, its
        ``updated_at`` is still ``unchanged_since``: nothing happened to it since it was read)."""

    def seal_batch(self, batch: Batch, previous: BatchStatus, total_files: int, files_seen: int) -> None:
        """Record the sealed file count with the status change, only if the batch still holds
        exactly ``files_seen`` files (so a file added concurrently cannot be left out)."""

    def add_file(self, batch: Batch, file: FileRecord) -> None:
        """Store a new file; moves the batch pending→uploading in the same transaction, and fails
        if the batch no longer accepts files."""

    def get_file(self, batch_id: str, file_id: str) -> FileRecord | None: ...

    def list_files(self, batch_id: str) -> list[FileRecord]: ...

    def save_file_status(self, file: FileRecord, previous: FileStatus) -> bool:
        """Persist the file if its stored status is still ``previous``; when the new status is a
        processed one, count it on the batch in the same transaction. Returns False when the file
        had already moved on (a duplicate delivery), True when this call changed it."""

    def list_batches_by_vin(self, vin: str, limit: int = 50) -> list[Batch]: ...

    def list_batches(
        self, query: BatchFilter, limit: int, after: dict[str, Any] | None = None
    ) -> tuple[list[Batch], dict[str, Any] | None]:
        """Batches matching ``query``, newest first, at most ``limit``, starting after the store
        position ``after``; returns them and the position to continue from (None at the end). A
        position outside the query's scope raises :class:`InvalidCursor`."""

    def list_open_batches(self, limit: int = 500) -> list[Batch]:
        """Batches not yet completed or failed, oldest first (for the stale-batch sweeper)."""

    def put_report(self, batch_id: str, report_json: bytes) -> None: ...

    def get_report(self, batch_id: str) -> bytes | None: ...


@dataclass(frozen=True)
class VehicleRecord:
    vehicle_id: str
    vin: str | None
    token_version: int = 0  # a vehicle token is valid only while its ``ver`` equals this


class VehicleRegistry(Protocol):
    """Which vehicle a VIN belongs to, and each vehicle's token version (DynamoDB, same table)."""

    def claim(self, vehicle_id: str, vin: str) -> VehicleRecord:
        """Bind ``vin`` to ``vehicle_id`` if neither is bound yet; a no-op when they already are
        bound to each other; :class:`~functions.core.domain.errors.VinBoundToAnotherVehicle` otherwise."""

    def get(self, vehicle_id: str) -> VehicleRecord | None: ...

    def revoke(self, vehicle_id: str) -> VehicleRecord:
        """Bump the token version: every credential issued before stops working."""


class MessageQueue(Protocol):
    def send(self, body: str, group: str | None = None) -> None: ...


class WorkflowStarter(Protocol):
    """Starts a Step Functions state machine (the batch's diagnosis workflow, a file's segments workflow)."""

    def start(self, name: str, input_json: str) -> str:
        """Start the state machine execution ``name``; a second start of the same name returns
        the existing execution instead of creating another."""


@dataclass(frozen=True)
class BarrierOutcome:
    processed: int
    total: int | None  # None until the batch is sealed
    fired: bool  # True for exactly one caller per batch

    @property
    def complete(self) -> bool:
        return self.total is not None and self.processed >= self.total


class Barrier(Protocol):
    """The scatter–gather barrier (Redis). Fires exactly once per batch, whichever comes last:
    the last processed file or the seal."""

    def record(self, batch_id: str, file_id: str) -> BarrierOutcome: ...

    def seal(self, batch_id: str, total: int, processed_ids: list[str]) -> BarrierOutcome:
        """Declare the total, folding in the files DynamoDB already knows as processed (so the
        barrier can be rebuilt from the source of truth)."""


class Cache(Protocol):
    def get(self, key: str) -> bytes | None: ...

    def set(self, key: str, value: bytes, ttl_s: int) -> None: ...

    def delete(self, key: str) -> None: ...

    def try_lock(self, key: str, lease_ms: int) -> str | None:
        """Acquire a lease; returns a token to release it with, or None when held elsewhere."""

    def unlock(self, key: str, token: str) -> None: ...


# ---- authentication ----------------------------------------------------------------------------


class KeySet(Protocol):
    """Public keys of one issuer by key id (a JWKS)."""

    def key_for(self, kid: str) -> Any:
        """The verification key for ``kid``; raises :class:`InvalidToken` when unknown."""


class Signer(Protocol):
    """Signs JWS input with a private key it may never reveal (a key file, a KMS key)."""

    kid: str
    alg: str

    def sign(self, signing_input: bytes) -> bytes: ...


class TokenVersions(Protocol):
    def get(self, vehicle_id: str) -> Any:
        """The registry record (with ``token_version``), or None for a vehicle never provisioned."""


# ---- metrics -------------------------------------------------------------------------------------


class MetricSink(Protocol):
    """What the loader needs of Powertools ``Metrics`` (``add_metric(name=, unit=, value=)``)."""

    def add_metric(self, name: str, unit: str, value: float) -> None: ...


# ---- diagnosis: the model, its token counter, the diagnosis cache ---------------------------------


class ProviderError(Exception):
    def __init__(self, reason: str, message: str = "") -> None:
        super().__init__(f"{reason}: {message}" if message else reason)
        self.reason = reason


@dataclass(frozen=True)
class ModelRequest:
    system: str
    user: str
    max_output_tokens: int
    json_schema: dict[str, Any]


@dataclass(frozen=True)
class ModelReply:
    text: str
    input_tokens: int
    output_tokens: int
    stop_reason: str = ""
    structured: dict[str, Any] | None = None  # when the API returned the object itself (tool use)


class ModelProvider(Protocol):
    name: str
    model: str

    def complete(self, request: ModelRequest) -> ModelReply: ...


class TokenCounter(Protocol):
    name: str

    def count(self, text: str) -> int: ...


@dataclass(frozen=True)
class CachedDiagnosis:
    diagnosis: Diagnosis
    provider: str
    model: str
    prompt_version: str


class DiagnosisCache(Protocol):
    def get(self, key: str) -> CachedDiagnosis | None: ...

    def put(self, key: str, value: CachedDiagnosis) -> None: ...


# ---- fleet -------------------------------------------------------------------------------------


class FleetStore(Protocol):
    """The fleet index. ``write`` is at-least-once per batch: the entry is written last and a batch
    whose entry exists is not written again, so a write cut short and retried can count the batch's
    counters twice and leave postings without an entry (chosen over a transaction per batch)."""

    def get_entry(self, batch_id: str) -> tuple[FleetEntry, FleetContext] | None: ...

    def get_entries(self, batch_ids: list[str]) -> dict[str, FleetEntry]: ...

    def stats(self, kind: str, keys: list[str]) -> dict[str, KeyStats]:
        """Lifetime stats of the keys that the fleet has seen (missing keys: never seen)."""

    def health(self) -> tuple[int, int]:
        """(batches, healthy batches) the fleet has indexed."""

    def write(self, entry: FleetEntry, context: FleetContext) -> int:
        """Index one batch; returns the number of write requests it took."""

    def day_rollups(self, days: list[date], category: str | None) -> list[CodeDay]: ...

    def postings_many(
        self,
        requests: list[tuple[str, str]],
        months: list[str],
        since: datetime | None,
        until: datetime | None,
        limit: int,
    ) -> dict[tuple[str, str], list[Posting]]:
        """For each (kind, key): batches that had it, newest first, within [since, until] when given,
        at most ``limit`` (0: all) from the month buckets ``months``."""


class NoiseBaseline(Protocol):
    """How much each template still counts as evidence (1.0: fully; 0.0: fleet routine)."""

    def weights(self, fingerprints: Iterable[str]) -> Mapping[str, float]: ...


class SummaryExport(Protocol):
    """Fleet analytics: a saved report's one-row batch summary (Parquet on S3, read by Athena)."""

    def write(self, report: Report) -> str:
        """Write the report's row; returns its object key (the same report always gets the same key)."""
