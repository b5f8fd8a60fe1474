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
from functions.core.observability import logger, metrics, tracer
from functions.core.ports import ObjectStore
from functions.settings import StoreSettings, load


@lru_cache(maxsize=1)
def default_store() -> ObjectStore:
    return bootstrap.object_store(load(StoreSettings))


def export_reports(event: S3Model, store: ObjectStore) -> list[str]:
    writer = ParquetSummaryWriter(store)
    written = []
    for record in event.Records:
        key = unquote_plus(record.s3.object.key)
        if not key.startswith("reports/") or not key.endswith(".json"):
            continue  # the notification filters on the prefix; anything else is not ours
        body = store.get_bytes(key)
        if body is None:  # deleted since: nothing to export
            continue
        written.append(writer.write(Report.model_validate_json(body)))
    return written


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, store: ObjectStore | None = None) -> dict:
    written = export_reports(S3Model.model_validate(event), store or default_store())
    metrics.add_metric(name="SummariesExported", unit="Count", value=len(written))
    return {"written": written}
