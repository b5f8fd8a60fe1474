"""Stale-batch sweeper: fail batches that stopped making progress, with the reason.

A vehicle that never seals, a file whose parse messages ended in the DLQ, a workflow that died
before its Catch could run: each leaves a batch open forever. The sweeper fails it so engineers see
why, and aborts the multipart uploads it left open.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from functions.shared.domain import BatchStatus, FileStatus, StaleLimits, utcnow
from functions.shared.errors import ConcurrentUpdate
from functions.shared.observability import logger
from functions.shared.ports import BatchRepository, ObjectStore


@dataclass
class SweepResult:
    checked: int = 0
    timed_out: list[str] = field(default_factory=list)
    aborted_uploads: int = 0


@dataclass
class SweeperService:
    repo: BatchRepository
    store: ObjectStore
    limits: StaleLimits = field(default_factory=StaleLimits)
    max_batches: int = 500
    clock: Callable[[], datetime] = utcnow

    def sweep(self) -> SweepResult:
        result = SweepResult()
        now = self.clock()
        for batch in self.repo.list_open_batches(self.max_batches):
            result.checked += 1
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
