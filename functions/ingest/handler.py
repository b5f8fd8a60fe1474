"""Ingest Lambda: the vehicle-facing API (API Gateway proxy events)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.observability import logger, metrics, tracer
from functions.http.api import make_resolver
from functions.http.ingest import router
from functions.ingest.service import IngestService

app = make_resolver("Argus OTA ingest")
app.include_router(router)


@lru_cache(maxsize=1)
def default_service() -> IngestService:
    return bootstrap.build_ingest()


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: IngestService | None = None) -> dict:
    batch_id = (event.get("pathParameters") or {}).get("batch_id")
    if batch_id:  # the batch id ties this request's logs to the pipeline's logs of the same batch
        logger.set_correlation_id(batch_id)
        logger.append_keys(batch_id=batch_id)
    app.append_context(service=service or default_service())
    return app.resolve(event, context)
