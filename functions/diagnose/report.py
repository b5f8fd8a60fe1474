"""The report an engineer reads: the diagnosis, what it cost, and the batch's headline figures."""

from __future__ import annotations

from functions.core.domain.batch import Batch, utcnow
from functions.core.domain.contracts import BatchSummary, Diagnosis, DiagnosisUsage, Report

TOP_CODES = 15
TOP_TEMPLATES = 15


def build_report(
    batch: Batch, summary: BatchSummary, diagnosis: Diagnosis, usage: DiagnosisUsage, summary_key: str
) -> Report:
    # The summary is already ranked (severity, then count); the report shows its head.
    return Report(
        batch_id=batch.batch_id,
        vehicle_id=batch.vehicle_id,
        vin=batch.vin,
        generated_at=utcnow(),
        diagnosis=diagnosis,
        usage=usage,
        files=summary.files,
        severity_counts=summary.severity_counts,
        top_codes=summary.codes[:TOP_CODES],
        top_templates=summary.templates[:TOP_TEMPLATES],
        time_range=summary.time_range,
        timelines=summary.timelines,
        summary_key=summary_key,
    )
