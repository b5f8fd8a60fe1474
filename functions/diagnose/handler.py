"""Diagnose Lambda: the Step Functions tasks of the batch workflow (gather → diagnose → save report,
and mark_failed from the Catch). One function, one ``step`` field, so the steps share a warm start."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BaseModel, Field

from functions import bootstrap
from functions.core.app.cache import invalidate_status, put_report
from functions.core.domain.contracts import DiagnosisUsage
from functions.core.observability import logger, metrics, tracer
from functions.diagnose.service import build_diagnosis_service
from functions.diagnose.settings import DiagnoseSettings
from functions.diagnose.steps import BatchWorkflowSteps
from functions.settings import WorkflowSettings, load


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
    settings = load(WorkflowSettings)
    diagnoser = build_diagnosis_service(load(DiagnoseSettings))
    fleet = bootstrap.fleet_service(settings)
    diagnoser.noise = bootstrap.noise_baseline(settings)
    cache = bootstrap.cache(settings)
    return BatchWorkflowSteps(
        repo=bootstrap.repository(settings),
        store=bootstrap.object_store(settings),
        diagnose_summary=diagnoser.diagnose,
        publish_report=lambda batch_id, body: put_report(cache, batch_id, body, settings.report_ttl_s),
        forget_status=lambda batch_id: invalidate_status(cache, batch_id),
        observe_usage=record_usage,
        index_fleet=fleet.record,
    )


def record_usage(usage: DiagnosisUsage) -> None:
    """Model cost as metrics: tokens, calls, cache hits and fallbacks per diagnosed batch."""
    metrics.add_metric(name="ModelInputTokens", unit="Count", value=usage.input_tokens)
    metrics.add_metric(name="ModelOutputTokens", unit="Count", value=usage.output_tokens)
    metrics.add_metric(name="ModelCalls", unit="Count", value=usage.model_calls)
    metrics.add_metric(name="DiagnosisCacheHit", unit="Count", value=int(usage.cache_hit))
    metrics.add_metric(name="DiagnosisFallback", unit="Count", value=int(usage.fallback_reason is not None))


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
