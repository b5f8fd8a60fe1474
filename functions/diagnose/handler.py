"""Diagnose Lambda: the Step Functions tasks of the batch workflow (gather → diagnose → save report,
and mark_failed from the Catch). One function, one ``step`` field, so the steps share a warm start."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, Field

from functions import bootstrap
from functions.core.observability import logger, metrics, tracer
from functions.diagnose.steps import BatchWorkflowSteps


class GatherStep(BaseModel):
    step: Literal["gather"]
    batch_id: str


class DiagnoseStep(BaseModel):
    step: Literal["diagnose"]
    batch_id: str
    summary_key: str


class SaveReportStep(BaseModel):
    step: Literal["save_report"]
    batch_id: str
    summary_key: str
    diagnosis_key: str


class MarkFailedStep(BaseModel):
    step: Literal["mark_failed"]
    batch_id: str
    error: dict | None = None


class StepEnvelope(BaseModel):
    task: Annotated[GatherStep | DiagnoseStep | SaveReportStep | MarkFailedStep, Field(discriminator="step")]


@lru_cache(maxsize=1)
def default_service() -> BatchWorkflowSteps:
    return bootstrap.build_diagnose()


def run_step(task: GatherStep | DiagnoseStep | SaveReportStep | MarkFailedStep, service: BatchWorkflowSteps) -> dict:
    match task:
        case GatherStep():
            result = service.gather(task.batch_id)
        case DiagnoseStep():
            result = service.diagnose(task.batch_id, task.summary_key)
        case SaveReportStep():
            result = service.save_report(task.batch_id, task.summary_key, task.diagnosis_key)
        case MarkFailedStep():
            result = service.mark_failed(task.batch_id, task.error)
    return result.model_dump(exclude_none=True)


@logger.inject_lambda_context(clear_state=True)  # keys of the previous invocation must not leak
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, service: BatchWorkflowSteps | None = None) -> dict:
    task = StepEnvelope.model_validate({"task": event}).task
    logger.set_correlation_id(task.batch_id)
    logger.append_keys(step=task.step)
    return run_step(task, service or default_service())
