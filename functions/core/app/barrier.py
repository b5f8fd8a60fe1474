"""The barrier decision, in one place: count a processed file; when the batch is complete, start
its diagnosis workflow.

The barrier's fired flag picks one caller, but it cannot guarantee that caller then starts the
workflow: it may die right after winning, or its client may retry the script after a lost reply
(the retry then sees the flag already set). So any caller that sees the batch complete also starts
it while DynamoDB still shows the batch waiting; the execution is named after the batch, so Step
Functions turns every start after the first into a no-op. The flag only spares the extra reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from functions.core.domain.batch import BatchStatus
from functions.core.domain.contracts import FileProcessed, WorkflowInput
from functions.core.domain.errors import BarrierUnavailable
from functions.core.observability import logger
from functions.core.ports import Barrier, BarrierOutcome, BatchRepository, WorkflowStarter

WAITING = (BatchStatus.SEALED, BatchStatus.SCATTERING)


def start_if_complete(
    outcome: BarrierOutcome,
    batch_id: str,
    repo: BatchRepository,
    workflow: WorkflowStarter,
    trigger: Literal["barrier", "seal", "reconcile"],
) -> bool:
    """Start the workflow if the batch is complete and not started yet; True when a start was made."""
    if not outcome.complete:
        return False
    if not outcome.fired:
        batch = repo.get_batch(batch_id)
        if batch is None or batch.status not in WAITING:
            return False  # already gathering or beyond: the winner did start it
    workflow.start(batch_id, WorkflowInput(batch_id=batch_id, trigger=trigger).model_dump_json())
    return True


def start_if_table_complete(
    batch_id: str, repo: BatchRepository, workflow: WorkflowStarter, trigger: Literal["seal", "reconcile"]
) -> bool:
    """The same decision from DynamoDB alone (Valkey frozen or gone, a barrier message in the DLQ):
    start the workflow if the batch is sealed, still waiting, and every sealed file is processed."""
    batch = repo.get_batch(batch_id)
    if batch is None or batch.status not in WAITING or not batch.all_files_processed:
        return False
    workflow.start(batch_id, WorkflowInput(batch_id=batch_id, trigger=trigger).model_dump_json())
    return True


@dataclass
class BarrierService:
    repo: BatchRepository
    barrier: Barrier
    workflow: WorkflowStarter

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
