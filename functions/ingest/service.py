"""Ingest use cases: open a batch, hand out presigned multipart URLs, complete files, seal."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import timedelta

from functions.core.app.barrier import start_if_complete, start_if_table_complete
from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus, utcnow
from functions.core.domain.errors import (
    BatchSealed,
    ConcurrentUpdate,
    Conflict,
    FilesIncomplete,
    NotFound,
    PartsInvalid,
    TransientError,
    echo_id,
)
from functions.core.domain.ids import VEHICLE_ID_PATTERN, is_batch_id, is_file_id, new_id
from functions.core.domain.principal import Principal
from functions.core.domain.uploads import (
    DEFAULT_PART_SIZE,
    DEFAULT_URL_EXPIRY_S,
    MIN_PART_SIZE,
    part_count,
    part_length,
    part_size_for,
)
from functions.core.observability import logger
from functions.core.ports import Barrier, BatchRepository, ObjectStore, VehicleRegistry, WorkflowStarter
from functions.ingest.models import (
    AddFileRequest,
    BatchView,
    CompleteFileRequest,
    CreateBatchRequest,
    FileUploadView,
    PartUrl,
    ReceivedPart,
    RegisterVehicleRequest,
    VehicleView,
)

URLS_PER_PAGE = 500  # presigned URLs per response; the client pages with ?from_part=


@dataclass
class IngestService:
    repo: BatchRepository
    store: ObjectStore
    barrier: Barrier
    workflow: WorkflowStarter
    registry: VehicleRegistry | None = None  # None only in tests that do not look at VINs
    url_expiry_s: int = DEFAULT_URL_EXPIRY_S
    preferred_part_size: int = DEFAULT_PART_SIZE

    # ---- batches ------------------------------------------------------------------------

    def create_batch(self, principal: Principal, request: CreateBatchRequest) -> BatchView:
        principal.require_role("vehicle")
        principal.require_vehicle(request.vehicle_id)
        batch = Batch.open(request.vehicle_id, request.vin)
        if self.registry is not None:
            self.registry.claim(batch.vehicle_id, batch.vin)  # bound on first claim; another vehicle's is a 403
        self.repo.create_batch(batch)
        return BatchView.of(batch)

    # ---- vehicle registry (ops) -------------------------------------------------------------

    def register_vehicle(self, principal: Principal, request: RegisterVehicleRequest) -> VehicleView:
        principal.require_role("engineer")
        batch = Batch.open(request.vehicle_id, request.vin)  # the same id and VIN rules as a batch's
        record = self._registry().claim(batch.vehicle_id, batch.vin)
        return VehicleView(vehicle_id=record.vehicle_id, vin=record.vin, token_version=record.token_version)

    def revoke_vehicle(self, principal: Principal, vehicle_id: str) -> VehicleView:
        principal.require_role("engineer")
        if not VEHICLE_ID_PATTERN.match(vehicle_id):
            raise NotFound(f"vehicle {echo_id(vehicle_id)} does not exist", details={"vehicle_id": echo_id(vehicle_id)})
        record = self._registry().revoke(vehicle_id)
        return VehicleView(vehicle_id=record.vehicle_id, vin=record.vin, token_version=record.token_version)

    def _registry(self) -> VehicleRegistry:
        if self.registry is None:
            raise TransientError("the vehicle registry is not configured")
        return self.registry

    def _owned_batch(self, principal: Principal, batch_id: str) -> Batch:
        batch = self.repo.get_batch(batch_id) if is_batch_id(batch_id) else None
        if batch is None:
            raise NotFound(f"batch {echo_id(batch_id)} does not exist", details={"batch_id": echo_id(batch_id)})
        principal.require_vehicle(batch.vehicle_id)
        return batch

    def _owned_file(self, principal: Principal, batch_id: str, file_id: str) -> tuple[Batch, FileRecord]:
        batch = self._owned_batch(principal, batch_id)
        file = self.repo.get_file(batch_id, file_id) if is_file_id(file_id) else None
        if file is None:
            raise NotFound(
                f"file {echo_id(file_id)} does not exist in batch {echo_id(batch_id)}",
                details={"file_id": echo_id(file_id)},
            )
        return batch, file

    # ---- files ----------------------------------------------------------------------------

    def add_file(self, principal: Principal, batch_id: str, request: AddFileRequest) -> FileUploadView:
        batch = self._owned_batch(principal, batch_id)
        if not batch.accepts_files:
            raise BatchSealed(
                f"batch {batch_id} is {batch.status} and accepts no more files", details={"status": str(batch.status)}
            )
        file_id = new_id("f")
        key = batch.object_key(file_id)
        part_size = part_size_for(request.size, self.preferred_part_size)
        upload_id = self.store.create_multipart(key, request.content_type)
        file = FileRecord(
            batch_id=batch_id,
            file_id=file_id,
            name=request.name,
            size=request.size,
            sha256=request.sha256,
            content_type=request.content_type,
            object_key=key,
            upload_id=upload_id,
            part_size=part_size,
        )
        try:
            self.repo.add_file(batch, file)
        except Exception:
            self.store.abort_multipart(key, upload_id)  # leave no orphan upload behind
            raise
        return self._upload_view(file, received=[], from_part=1)

    def describe_file(self, principal: Principal, batch_id: str, file_id: str, from_part: int = 1) -> FileUploadView:
        """For resume: the parts S3 already holds, and fresh URLs for the missing ones."""
        _, file = self._owned_file(principal, batch_id, file_id)
        received = self.store.list_parts(file.object_key, file.upload_id) if file.status is FileStatus.UPLOADING else []
        return self._upload_view(file, received=received, from_part=from_part)

    def _upload_view(self, file: FileRecord, received: list, from_part: int) -> FileUploadView:
        total = part_count(file.size, file.part_size)
        done = {p.number for p in received}
        urls: list[PartUrl] = []
        next_part: int | None = None
        if file.status is FileStatus.UPLOADING:
            for number in range(max(1, from_part), total + 1):
                if number in done:
                    continue
                if len(urls) == URLS_PER_PAGE:
                    next_part = number
                    break
                urls.append(
                    PartUrl(
                        number=number,
                        url=self.store.presign_part(
                            file.object_key,
                            file.upload_id,
                            number,
                            self.url_expiry_s,
                            length=part_length(file.size, file.part_size, number),
                        ),
                    )
                )
        return FileUploadView(
            file_id=file.file_id,
            name=file.name,
            size=file.size,
            status=file.status,
            upload_id=file.upload_id,
            part_size=file.part_size,
            part_count=total,
            parts=urls,
            next_part=next_part,
            received=[ReceivedPart(number=p.number, etag=p.etag, size=p.size) for p in received],
            expires_at=utcnow() + timedelta(seconds=self.url_expiry_s),
            error=file.error,
        )

    def complete_file(
        self, principal: Principal, batch_id: str, file_id: str, request: CompleteFileRequest
    ) -> FileUploadView:
        _, file = self._owned_file(principal, batch_id, file_id)
        if file.status in (FileStatus.UPLOADED, FileStatus.PARSED, FileStatus.FAILED):
            return self._upload_view(file, received=[], from_part=1)  # completing twice is harmless
        if file.status is FileStatus.ABORTED:
            raise Conflict(f"file {file_id} was aborted", details={"status": str(file.status)})
        try:
            self._check_parts(file, request)
            self.store.complete_multipart(file.object_key, file.upload_id, [(p.number, p.etag) for p in request.parts])
        except NotFound as exc:
            # The upload is gone: a previous complete finished in S3 but its response was lost.
            if self.store.object_size(file.object_key) != file.size:
                raise Conflict(
                    f"the upload of file {file_id} no longer exists; add the file again", details={"file_id": file_id}
                ) from exc
        previous = file.transition(FileStatus.UPLOADED)
        if not self.repo.save_file_status(file, previous):
            # The parser saw the S3 event first and already moved the file on: nothing to do.
            current = self.repo.get_file(batch_id, file_id)
            file = current or file
        return self._upload_view(file, received=[], from_part=1)

    def _check_parts(self, file: FileRecord, request: CompleteFileRequest) -> None:
        expected = part_count(file.size, file.part_size)
        numbers = [p.number for p in request.parts]
        listed = set(numbers)
        if sorted(listed) != numbers:
            raise PartsInvalid("parts must be listed once each, in ascending order", details={"parts": numbers[:100]})
        stored = {p.number: p for p in self.store.list_parts(file.object_key, file.upload_id)}
        missing = [n for n in range(1, expected + 1) if n not in listed or n not in stored]
        extra = [n for n in numbers if n > expected]
        if missing or extra:
            raise PartsInvalid(
                f"the upload needs parts 1..{expected}",
                details={"missing": missing[:100], "unexpected": extra[:100], "expected_parts": expected},
            )
        wrong = [p.number for p in request.parts if _etag(stored[p.number].etag) != _etag(p.etag)]
        if wrong:
            raise PartsInvalid("these parts' ETags do not match what was uploaded", details={"parts": wrong[:100]})
        small = [n for n in numbers[:-1] if stored[n].size < MIN_PART_SIZE]
        if small:
            raise PartsInvalid(
                f"every part but the last must hold at least {MIN_PART_SIZE} bytes (use the part size given)",
                details={"parts": small[:100], "part_size": file.part_size},
            )
        received = sum(stored[n].size for n in numbers)
        if received != file.size:
            raise PartsInvalid(
                f"the parts hold {received} bytes but the file was declared as {file.size} bytes",
                details={"received_bytes": received, "declared_bytes": file.size},
            )

    def abort_file(self, principal: Principal, batch_id: str, file_id: str) -> FileUploadView:
        _, file = self._owned_file(principal, batch_id, file_id)
        if file.status is FileStatus.ABORTED:
            return self._upload_view(file, received=[], from_part=1)
        previous = file.transition(FileStatus.ABORTED)  # only an open upload can be aborted
        if not self.repo.save_file_status(file, previous):
            raise ConcurrentUpdate(f"file {file_id} changed while aborting; read it again")
        self.store.abort_multipart(file.object_key, file.upload_id)
        return self._upload_view(file, received=[], from_part=1)

    # ---- seal -----------------------------------------------------------------------------

    def seal(self, principal: Principal, batch_id: str) -> BatchView:
        batch = self._owned_batch(principal, batch_id)
        files = self.repo.list_files(batch_id)
        members = [f for f in files if f.status is not FileStatus.ABORTED]
        if batch.status in (BatchStatus.PENDING, BatchStatus.UPLOADING):
            open_uploads = [f.file_id for f in members if f.status is FileStatus.UPLOADING]
            if open_uploads:
                raise FilesIncomplete(
                    "complete or abort every file before sealing", details={"uploading": open_uploads[:100]}
                )
            if not members:
                raise Conflict("a batch needs at least one completed file to be sealed", details={"files": 0})
            previous = batch.transition(BatchStatus.SEALED)
            batch.total_files = len(members)
            # Conditioned on the file count too, so a file added concurrently cannot be left out.
            self.repo.seal_batch(batch, previous, len(members), files_seen=len(files))
        elif batch.status not in (BatchStatus.SEALED, BatchStatus.SCATTERING):
            return BatchView.of(batch)  # already past the barrier: sealing again changes nothing
        self._run_barrier(batch, members)
        return BatchView.of(self.repo.get_batch(batch_id) or batch)

    def _run_barrier(self, batch: Batch, members: list[FileRecord]) -> None:
        """The seal already stands in DynamoDB; nothing here may fail it. When the table already
        shows every file processed, start the workflow from the table alone; otherwise tell the
        barrier the total. If Valkey or Step Functions does not answer, the next parse result or the
        scheduled reconciler (the sweeper) finishes the job: the execution is named after the batch."""
        processed = [f.file_id for f in members if f.status.processed]
        total = batch.total_files or len(members)
        try:
            if len(processed) >= total:
                started = start_if_table_complete(batch.batch_id, self.repo, self.workflow, "seal")
            else:
                outcome = self.barrier.seal(batch.batch_id, total, processed)
                started = start_if_complete(outcome, batch.batch_id, self.repo, self.workflow, "seal")
        except Exception as exc:  # Valkey frozen, Step Functions throttled: healed later
            logger.warning(
                "seal recorded; barrier check deferred to the reconciler",
                extra={"batch_id": batch.batch_id, "reason": f"{type(exc).__name__}: {str(exc)[:200]}"},
            )
            return
        if not started and batch.status is BatchStatus.SEALED:
            previous = batch.transition(BatchStatus.SCATTERING)
            with contextlib.suppress(ConcurrentUpdate):  # the last file finished meanwhile: already moved on
                self.repo.save_batch_status(batch, previous)


def _etag(value: str) -> str:
    return value.strip().strip('"').lower()
