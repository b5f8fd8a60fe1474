"""Export Lambda: a saved report (S3 ``reports/`` ObjectCreated) → its batch summary as Parquet under
``analytics/batches/dt=.../`` for Athena. Idempotent: the same report always writes the same key."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.parser.models import S3Model
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.adapters.parquet_summaries import ParquetSummaryWriter
from functions.core.domain.contracts import Report
from functions.core.domain.keys import is_report_object_key
from functions.core.observability import logger, metrics, tracer


@lru_cache(maxsize=1)
def default_service() -> ParquetSummaryWriter:
    return bootstrap.build_export()


def export_reports(event: S3Model, writer: ParquetSummaryWriter) -> list[str]:
    store = writer.store
    written = []
    for record in event.Records:
        key = unquote_plus(record.s3.object.key)
        if not is_report_object_key(key):
            continue  # the notification filters on the prefix; anything else is not ours
        body = store.get_bytes(key)
        if body is None:  # deleted since: nothing to export
            continue
        written.append(writer.write(Report.model_validate_json(body)))
    return written


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(
    event: dict[str, Any], context: LambdaContext, writer: ParquetSummaryWriter | None = None
) -> dict:
    written = export_reports(S3Model.model_validate(event), writer or default_service())
    metrics.add_metric(name="SummariesExported", unit="Count", value=len(written))
    return {"written": written}
