"""Query function: API Gateway → batch status and reports (cache-aside, coalesced cold loads)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.app.fleet import FleetService
from functions.core.observability import logger, metrics, tracer
from functions.http.api import make_resolver
from functions.http.fleet import router as fleet_router
from functions.http.query import router
from functions.query.service import QueryService

app = make_resolver("Argus OTA query")
app.include_router(router)
app.include_router(fleet_router)


@lru_cache(maxsize=1)
def default_fleet() -> FleetService:
    return bootstrap.build_fleet()


@lru_cache(maxsize=1)
def default_service() -> QueryService:
    # One per process: the loader's in-process singleflight only helps if every thread shares it.
    return bootstrap.build_query()


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, clear_state=True)
@metrics.log_metrics(capture_cold_start_metric=True)
@tracer.capture_lambda_handler
def lambda_handler(
    event: dict[str, Any],
    context: LambdaContext,
    service: QueryService | None = None,
    fleet: FleetService | None = None,
) -> dict:
    batch_id = (event.get("pathParameters") or {}).get("batch_id")
    if batch_id:  # the batch id ties this request's logs to the pipeline's logs of the same batch
        logger.set_correlation_id(batch_id)
        logger.append_keys(batch_id=batch_id)
        tracer.put_annotation(key="batch_id", value=batch_id)
    chosen = service or default_service()
    # The fleet service is built on first use: most requests of this function never ask the fleet.
    app.append_context(service=chosen, fleet=(lambda: fleet) if fleet is not None else default_fleet)
    return app.resolve(event, context)
