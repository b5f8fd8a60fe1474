"""Starting a batch's workflow once the barrier says every file is in.

The barrier's fired flag picks one caller, but it cannot guarantee that caller then starts the
workflow: it may die right after winning, or its client may retry the script after a lost reply
(the retry then sees the flag already set). So any caller that sees the batch complete also starts
it while DynamoDB still shows the batch waiting; the execution is named after the batch, so Step
Functions turns every start after the first into a no-op. The flag only spares the extra reads.
"""

from __future__ import annotations

from typing import Literal

from functions.shared.contracts import WorkflowInput
from functions.shared.domain import BatchStatus
from functions.shared.ports import BarrierOutcome, BatchRepository, Workflow

WAITING = (BatchStatus.SEALED, BatchStatus.SCATTERING)


def start_if_complete(
    outcome: BarrierOutcome,
    batch_id: str,
    repo: BatchRepository,
    workflow: Workflow,
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
    batch_id: str, repo: BatchRepository, workflow: Workflow, trigger: Literal["seal", "reconcile"]
) -> bool:
    """The same decision from DynamoDB alone (Valkey frozen or gone, a barrier message in the DLQ):
    start the workflow if the batch is sealed, still waiting, and every sealed file is processed."""
    batch = repo.get_batch(batch_id)
    if batch is None or batch.status not in WAITING or not batch.all_files_processed:
        return False
    workflow.start(batch_id, WorkflowInput(batch_id=batch_id, trigger=trigger).model_dump_json())
    return True
