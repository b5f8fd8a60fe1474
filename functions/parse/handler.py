"""Parse Lambda: SQS batch of S3 ObjectCreated events → file summaries (partial batch failures)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.domain.keys import parse_raw_object_key
from functions.core.observability import logger, metrics, tracer
from functions.parse.models import S3NotificationRecord
from functions.parse.service import ParseService

processor = BatchProcessor(event_type=EventType.SQS, model=S3NotificationRecord)


@lru_cache(maxsize=1)
def default_service() -> ParseService:
    return bootstrap.build_parse()


def _record_handler(service: ParseService, context: LambdaContext | None = None):
    remaining_ms = getattr(context, "get_remaining_time_in_millis", None)

    def handle(record: S3NotificationRecord) -> None:
        for key in record.object_keys():
            ids = parse_raw_object_key(key)
            if ids is None:
                logger.warning("not an upload key; ignored", extra={"key": key})
                continue
            logger.set_correlation_id(ids[0])
            outcome = service.process(*ids, remaining_ms=remaining_ms)
            if outcome and outcome.status == "segmented":
                metrics.add_metric(name="FilesSegmented", unit="Count", value=1)
            if outcome and not outcome.skipped:
                metrics.add_metric(
                    name="FilesParsed" if outcome.status == "parsed" else "FilesFailed", unit="Count", value=1
                )
                metrics.add_metric(name="ParsedBytes", unit="Bytes", value=outcome.bytes)
                metrics.add_metric(name="ParseSeconds", unit="Seconds", value=outcome.seconds)
                logger.info(
                    "parsed",
                    extra={
                        "file_id": ids[1],
                        "status": outcome.status,
                        "format": outcome.format,
                        "bytes": outcome.bytes,
                        "seconds": round(outcome.seconds, 3),
                    },
                )

    return handle


@logger.inject_lambda_context(clear_state=True)  # keys of the previous invocation must not leak
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: ParseService | None = None) -> dict:
    return process_partial_response(
        event=event,
        record_handler=_record_handler(service or default_service(), context),
        processor=processor,
        context=context,
    )
