"""Export Lambda: a saved report (S3 ``reports/`` ObjectCreated) → its batch summary as Parquet under
``analytics/batches/dt=.../`` for Athena. Idempotent: the same report always writes the same key."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.observability import logger, metrics, tracer
from functions.core.s3_events import S3Notification
from functions.export.service import ExportService


@lru_cache(maxsize=1)
def default_service() -> ExportService:
    return bootstrap.build_export()


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: ExportService | None = None) -> dict:
    # (the fields every S3-compatible store sends: the same handler runs behind moto and LocalStack)
    keys = S3Notification.model_validate(event).created_keys()
    written = (service or default_service()).export(keys)
    metrics.add_metric(name="SummariesExported", unit="Count", value=len(written))
    return {"written": written}
