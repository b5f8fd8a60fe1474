"""The steps of the batch workflow (the Step Functions state machine of ``infra/state_machine.asl.json``:
gather → diagnose → save report, mark failed), each run as a Lambda task of the diagnose function.

Every step is idempotent (Step Functions retries it): a status it already reached is not an error,
and its outputs are written under fixed keys.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from functions.core.domain.batch import Batch, BatchStatus, FileStatus
from functions.core.domain.contracts import (
    BatchSummary,
    Diagnosis,
    DiagnosisUsage,
    FileSummary,
    FleetContext,
    Report,
    StepResult,
)
from functions.core.domain.errors import ConcurrentUpdate, NotFound, TransientError
from functions.core.domain.keys import batch_summary_key, diagnosis_key, report_object_key
from functions.core.observability import logger, metrics
from functions.core.ports import BatchRepository, ObjectStore
from functions.diagnose.gather import merge_summaries
from functions.diagnose.report import build_report


class DiagnosisDocument(BaseModel):
    diagnosis: Diagnosis
    usage: DiagnosisUsage


def record_usage(usage: DiagnosisUsage) -> None:
    """Model cost as metrics: tokens, calls, cache hits and fallbacks per diagnosed batch."""
    metrics.add_metric(name="ModelInputTokens", unit="Count", value=usage.input_tokens)
    metrics.add_metric(name="ModelOutputTokens", unit="Count", value=usage.output_tokens)
    metrics.add_metric(name="ModelCalls", unit="Count", value=usage.model_calls)
    metrics.add_metric(name="DiagnosisCacheHit", unit="Count", value=int(usage.cache_hit))
    metrics.add_metric(name="DiagnosisFallback", unit="Count", value=int(usage.fallback_reason is not None))


@dataclass
class BatchWorkflowSteps:
    repo: BatchRepository
    store: ObjectStore
    diagnose_summary: Callable[[BatchSummary], tuple[Diagnosis, DiagnosisUsage]]
    publish_report: Callable[[str, bytes], None] = lambda batch_id, body: None
    forget_status: Callable[[str], None] = lambda batch_id: None
    observe_usage: Callable[[DiagnosisUsage], None] = lambda usage: None
    # Index the batch in the fleet and say what the fleet knew before it (None: no fleet index).
    index_fleet: Callable[[Report, BatchSummary], FleetContext | None] = lambda report, summary: None

    def _batch(self, batch_id: str) -> Batch:
        batch = self.repo.get_batch(batch_id)
        if batch is None:
            raise NotFound(f"batch {batch_id} does not exist")
        return batch

    def _advance(self, batch: Batch, target: BatchStatus, **changes: Any) -> Batch:
        """Move to ``target`` unless already there (a retried step)."""
        if batch.status is target:
            return batch
        previous = batch.transition(target, error=changes.pop("error", None))
        for name, value in changes.items():
            setattr(batch, name, value)
        try:
            self.repo.save_batch_status(batch, previous)
        except ConcurrentUpdate as exc:
            raise TransientError(f"batch {batch.batch_id} changed concurrently") from exc
        try:
            self.forget_status(batch.batch_id)  # readers see the new status now, not after the TTL
        except Exception:
            logger.warning("could not drop the cached status", exc_info=True, extra={"batch_id": batch.batch_id})
        return batch

    def _read(self, key: str) -> bytes:
        body = self.store.get_bytes(key)
        if body is None:
            raise NotFound(f"object {key} does not exist")
        return body

    def gather(self, batch_id: str) -> StepResult:
        batch = self._advance(self._batch(batch_id), BatchStatus.GATHERING)
        files = [f for f in self.repo.list_files(batch_id) if f.status is not FileStatus.ABORTED]
        summaries: dict[str, FileSummary] = {}
        for file in files:
            if file.summary_key:
                body = self.store.get_bytes(file.summary_key)
                if body is not None:
                    summaries[file.file_id] = FileSummary.model_validate_json(body)
        merged = merge_summaries(batch, files, summaries)
        key = batch_summary_key(batch_id)
        self.store.put_bytes(key, merged.model_dump_json().encode())
        logger.info("gathered", extra={"batch_id": batch_id, "files": len(files), "summaries": len(summaries)})
        return StepResult(batch_id=batch_id, summary_key=key, status=str(batch.status))

    def diagnose(self, batch_id: str, summary_key: str) -> StepResult:
        batch = self._advance(self._batch(batch_id), BatchStatus.DIAGNOSING)
        summary = BatchSummary.model_validate_json(self._read(summary_key))
        diagnosis, usage = self.diagnose_summary(summary)
        self.observe_usage(usage)
        key = diagnosis_key(batch_id)
        self.store.put_bytes(key, DiagnosisDocument(diagnosis=diagnosis, usage=usage).model_dump_json().encode())
        logger.info(
            "diagnosed",
            extra={
                "batch_id": batch_id,
                "category": diagnosis.category,
                "risk": diagnosis.risk_level,
                **usage.model_dump(),
            },
        )
        return StepResult(batch_id=batch_id, summary_key=summary_key, diagnosis_key=key, status=str(batch.status))

    def save_report(self, batch_id: str, summary_key: str, diagnosis_key_: str) -> StepResult:
        batch = self._batch(batch_id)
        summary = BatchSummary.model_validate_json(self._read(summary_key))
        document = DiagnosisDocument.model_validate_json(self._read(diagnosis_key_))
        report = build_report(batch, summary, document.diagnosis, document.usage, summary_key)
        try:
            report.fleet = self.index_fleet(report, summary)
        except Exception:  # the fleet view is an extra: a report is never held back by it
            logger.warning("could not index the batch in the fleet", exc_info=True, extra={"batch_id": batch_id})
        body = report.model_dump_json().encode()
        key = report_object_key(batch_id)
        self.store.put_bytes(key, body)
        self.repo.put_report(batch_id, body)
        batch = self._advance(batch, BatchStatus.COMPLETED, report_key=key)
        try:
            self.publish_report(batch_id, body)  # warm the cache; the table stays the source of truth
        except Exception:
            logger.warning("could not write the report to the cache", exc_info=True, extra={"batch_id": batch_id})
        return StepResult(
            batch_id=batch_id, summary_key=summary_key, diagnosis_key=diagnosis_key_, status=str(batch.status)
        )

    def mark_failed(self, batch_id: str, error: dict | None) -> StepResult:
        batch = self._batch(batch_id)
        reason = _reason(error)
        if not batch.status.terminal:
            batch = self._advance(batch, BatchStatus.FAILED, error=reason)
        logger.error("batch failed", extra={"batch_id": batch_id, "reason": reason})
        return StepResult(batch_id=batch_id, status=str(batch.status))


def _reason(error: dict | None) -> str:
    if not error:
        return "the workflow failed"
    name, cause = error.get("Error", "Error"), error.get("Cause", "")
    with contextlib.suppress(ValueError, AttributeError, TypeError):  # a Lambda error's Cause is JSON
        cause = json.loads(cause).get("errorMessage", cause)
    return f"{name}: {cause}"[:500]
