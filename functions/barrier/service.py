"""Barrier use case: count a processed file; whoever completes the batch starts its workflow, once."""

from __future__ import annotations

from dataclasses import dataclass

from functions.shared.contracts import FileProcessed, WorkflowInput
from functions.shared.domain import BatchStatus
from functions.shared.observability import logger
from functions.shared.ports import Barrier, BarrierOutcome, BatchRepository, Workflow


@dataclass
class BarrierService:
    repo: BatchRepository
    barrier: Barrier
    workflow: Workflow

    def handle(self, message: FileProcessed) -> BarrierOutcome:
        outcome = self.barrier.record(message.batch_id, message.file_id)
        if outcome.total is None:
            outcome = self._rebuild_if_sealed(message.batch_id) or outcome
        if outcome.fired:
            self._start(message.batch_id)
        return outcome

    def _rebuild_if_sealed(self, batch_id: str) -> BarrierOutcome | None:
        """Redis is a cache: if it lost the sealed total (restart, eviction) DynamoDB still knows it."""
        batch = self.repo.get_batch(batch_id)
        if (
            batch is None
            or batch.total_files is None
            or batch.status not in (BatchStatus.SEALED, BatchStatus.SCATTERING)
        ):
            return None
        processed = [f.file_id for f in self.repo.list_files(batch_id) if f.status.processed]
        logger.info("rebuilding the barrier from DynamoDB", extra={"batch_id": batch_id, "processed": len(processed)})
        return self.barrier.seal(batch_id, batch.total_files, processed)

    def _start(self, batch_id: str) -> None:
        try:
            self.workflow.start(batch_id, WorkflowInput(batch_id=batch_id, trigger="barrier").model_dump_json())
        except Exception:
            self.barrier.unfire(batch_id)  # the redelivered message fires again
            raise
        logger.info("barrier fired: workflow started", extra={"batch_id": batch_id})
