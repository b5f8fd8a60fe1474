"""Sweeper Lambda, on a schedule (EventBridge): starts complete batches that missed their workflow,
fails batches that stopped making progress."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.utilities.parser.models import EventBridgeModel
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.app.sweeper import SweeperService
from functions.core.observability import logger, metrics, tracer


@lru_cache(maxsize=1)
def default_service() -> SweeperService:
    return bootstrap.build_sweeper()


@logger.inject_lambda_context(clear_state=True)  # keys of the previous invocation must not leak
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: SweeperService | None = None) -> dict:
    EventBridgeModel.model_validate(event)  # a scheduled event; nothing in it steers the sweep
    result = (service or default_service()).sweep()
    metrics.add_metric(name="BatchesTimedOut", unit="Count", value=len(result.timed_out))
    metrics.add_metric(name="BatchesReconciled", unit="Count", value=len(result.reconciled))
    logger.info(
        "swept",
        extra={"checked": result.checked, "timed_out": len(result.timed_out), "reconciled": len(result.reconciled)},
    )
    return {
        "checked": result.checked,
        "timed_out": result.timed_out,
        "aborted_uploads": result.aborted_uploads,
        "reconciled": result.reconciled,
    }
