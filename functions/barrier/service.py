"""Barrier use case: count a processed file; when the batch is complete, start its workflow."""

from __future__ import annotations

from dataclasses import dataclass

from functions.shared.completion import WAITING, start_if_complete, start_if_table_complete
from functions.shared.contracts import FileProcessed
from functions.shared.errors import BarrierUnavailable
from functions.shared.observability import logger
from functions.shared.ports import Barrier, BarrierOutcome, BatchRepository, Workflow


@dataclass
class BarrierService:
    repo: BatchRepository
    barrier: Barrier
    workflow: Workflow

    def handle(self, message: FileProcessed) -> BarrierOutcome:
        try:
            outcome = self.barrier.record(message.batch_id, message.file_id)
        except BarrierUnavailable:
            if start_if_table_complete(message.batch_id, self.repo, self.workflow, "reconcile"):
                logger.info(
                    "workflow started from DynamoDB (barrier store unavailable)", extra={"batch_id": message.batch_id}
                )
                return BarrierOutcome(processed=0, total=None, fired=False)
            raise  # SQS delivers it again; if it ends in the DLQ, the reconciler still finishes the batch
        if not outcome.complete:
            outcome = self._rebuild_from_table(message.batch_id, outcome)
        trigger = "barrier" if outcome.fired else "reconcile"
        if start_if_complete(outcome, message.batch_id, self.repo, self.workflow, trigger):
            logger.info("workflow started", extra={"batch_id": message.batch_id, "fired": outcome.fired})
        return outcome

    def _rebuild_from_table(self, batch_id: str, outcome: BarrierOutcome) -> BarrierOutcome:
        """Redis is a cache: when it lost the sealed total or part of the processed set (restart,
        eviction), DynamoDB — the source of truth — still knows both; fold them back in."""
        batch = self.repo.get_batch(batch_id)
        if batch is None or batch.total_files is None or batch.status not in WAITING:
            return outcome
        if outcome.total is not None and batch.processed_files < batch.total_files:
            return outcome  # nothing lost: the remaining files are simply not done yet
        processed = [f.file_id for f in self.repo.list_files(batch_id) if f.status.processed]
        logger.info("rebuilding the barrier from DynamoDB", extra={"batch_id": batch_id, "processed": len(processed)})
        return self.barrier.seal(batch_id, batch.total_files, processed)
