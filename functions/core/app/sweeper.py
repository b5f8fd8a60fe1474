"""Reconciler and stale-batch sweeper, on a schedule.

First it reconciles: a sealed batch whose files DynamoDB shows all processed but that never got its
workflow (Valkey frozen during the seal, barrier messages in the DLQ) has it started now — the
execution is named after the batch, so a start the barrier also made is a no-op — and such a batch
is never failed. Then it fails batches that stopped making progress, with the reason.

A vehicle that never seals, a file whose parse messages ended in the DLQ, a workflow that died
before its Catch could run: each leaves a batch open forever. The sweeper fails it so engineers see
why, and aborts the multipart uploads it left open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from functions.core.app.barrier import WAITING, start_if_table_complete
from functions.core.domain.batch import BatchStatus, FileStatus, StaleLimits, utcnow
from functions.core.domain.errors import ConcurrentUpdate
from functions.core.observability import logger
from functions.core.ports import BatchRepository, ObjectStore, WorkflowStarter


@dataclass
class SweepResult:
    checked: int = 0
    timed_out: list[str] = field(default_factory=list)
    aborted_uploads: int = 0
    reconciled: list[str] = field(default_factory=list)


@dataclass
class SweeperService:
    repo: BatchRepository
    store: ObjectStore
    workflow: WorkflowStarter | None = None
    limits: StaleLimits = field(default_factory=StaleLimits)
    max_batches: int = 500
    clock: Callable[[], datetime] = utcnow

    def sweep(self) -> SweepResult:
        result = SweepResult()
        now = self.clock()
        for batch in self.repo.list_open_batches(self.max_batches):
            result.checked += 1
            if batch.status in WAITING and batch.all_files_processed:
                if self.workflow is not None and self._reconcile(batch.batch_id):
                    result.reconciled.append(batch.batch_id)
                continue  # complete per DynamoDB: never time it out
            reason = batch.stale_reason(now, self.limits)
            if reason is None:
                continue
            seen = batch.updated_at
            never_sealed = batch.status in (BatchStatus.PENDING, BatchStatus.UPLOADING)
            previous = batch.transition(BatchStatus.FAILED, error=reason)
            try:  # only if nothing happened to it since it was read (the index lags the table)
                self.repo.save_batch_status(batch, previous, unchanged_since=seen)
            except ConcurrentUpdate:
                continue  # it made progress meanwhile: not stale after all
            if never_sealed:
                result.aborted_uploads += self._abort_open_uploads(batch.batch_id)
            logger.warning("batch timed out", extra={"batch_id": batch.batch_id, "reason": reason})
            result.timed_out.append(batch.batch_id)
        return result

    def _reconcile(self, batch_id: str) -> bool:
        assert self.workflow is not None
        try:
            started = start_if_table_complete(batch_id, self.repo, self.workflow, "reconcile")
        except Exception:  # one batch's failure must not stop the sweep; next run retries
            logger.exception("could not start a complete batch's workflow", extra={"batch_id": batch_id})
            return False
        if started:
            logger.info("reconciled: workflow started for a complete batch", extra={"batch_id": batch_id})
        return started

    def _abort_open_uploads(self, batch_id: str) -> int:
        aborted = 0
        for file in self.repo.list_files(batch_id):
            if file.status is not FileStatus.UPLOADING:
                continue
            previous = file.transition(FileStatus.ABORTED, error="the batch timed out before this upload completed")
            with contextlib.suppress(ConcurrentUpdate):
                if self.repo.save_file_status(file, previous):
                    self.store.abort_multipart(file.object_key, file.upload_id)
                    aborted += 1
        return aborted
