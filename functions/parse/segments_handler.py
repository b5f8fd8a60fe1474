"""Segments Lambda: the steps of the per-file segmented workflow (``infra/segments.asl.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any, Literal

from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, Field, TypeAdapter

from functions import bootstrap
from functions.core.observability import logger, metrics, tracer
from functions.parse.long_files import Plan, SegmentedParse, SegmentRef


class _Step(BaseModel):
    batch_id: str
    file_id: str


class PlanStep(_Step):
    step: Literal["plan"]


class SegmentStep(_Step):
    step: Literal["parse_segment"]
    format: str
    segment: SegmentRef


class StretchStep(Plan):
    step: Literal["parse_stretch"]


class MergeStep(_Step):
    step: Literal["merge"]
    partials: list[str]


class StepError(BaseModel):
    """What a Catch puts in ``ResultPath``: the error name and its cause."""

    Error: str = "States.ALL"
    Cause: str = ""

    def reason(self) -> str:
        # A Lambda task's Cause is the function's error payload as JSON: keep its message.
        try:
            payload = json.loads(self.Cause)
        except ValueError:
            payload = None
        if isinstance(payload, dict) and payload.get("errorMessage"):
            return f"{payload.get('errorType') or self.Error}: {payload['errorMessage']}"
        return self.Cause or self.Error


class FailStep(_Step):
    step: Literal["fail"]
    error: StepError


SegmentsEvent = TypeAdapter(
    Annotated[PlanStep | SegmentStep | StretchStep | MergeStep | FailStep, Field(discriminator="step")]
)


@lru_cache(maxsize=1)
def default_use_case() -> SegmentedParse:
    return bootstrap.build_segments()


@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, use_case: SegmentedParse | None = None) -> dict:
    step = SegmentsEvent.validate_python(event)
    logger.set_correlation_id(step.batch_id)
    use_case = use_case or default_use_case()
    if isinstance(step, PlanStep):
        return use_case.plan(step.batch_id, step.file_id).model_dump()
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    if isinstance(step, StretchStep):
        state = Plan.model_validate(step.model_dump(exclude={"step"}))
        metrics.add_metric(name="StretchesParsed", unit="Count", value=1)
        return use_case.parse_stretch(state, remaining).model_dump()
    if isinstance(step, SegmentStep):
        key = use_case.parse_segment(step.batch_id, step.file_id, step.format, step.segment, remaining)
        metrics.add_metric(name="SegmentsParsed", unit="Count", value=1)
        return {"partial": key}
    if isinstance(step, MergeStep):
        outcome = use_case.merge(step.batch_id, step.file_id, step.partials)
    else:
        reason = step.error.reason()
        outcome = use_case.fail(step.batch_id, step.file_id, f"segmented parse failed: {reason}")
    return {"batch_id": step.batch_id, "file_id": step.file_id, "status": outcome.status}
