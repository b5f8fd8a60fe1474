"""Barrier Lambda: SQS batch of FileProcessed messages (partial batch failures)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.barrier.models import FileProcessedRecord
from functions.core.app.barrier import BarrierService
from functions.core.observability import logger, metrics, tracer

processor = BatchProcessor(event_type=EventType.SQS, model=FileProcessedRecord)


@lru_cache(maxsize=1)
def default_service() -> BarrierService:
    return bootstrap.build_barrier()


def _record_handler(service: BarrierService):
    def handle(record: FileProcessedRecord) -> None:
        logger.set_correlation_id(record.body.batch_id)
        outcome = service.handle(record.body)
        if outcome.fired:
            metrics.add_metric(name="BarrierFired", unit="Count", value=1)

    return handle


@logger.inject_lambda_context(clear_state=True)  # keys of the previous invocation must not leak
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: BarrierService | None = None) -> dict:
    return process_partial_response(
        event=event, record_handler=_record_handler(service or default_service()), processor=processor, context=context
    )
