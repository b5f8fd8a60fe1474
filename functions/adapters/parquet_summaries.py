"""Batch summaries as Parquet on S3, one row per batch, partitioned by day (``dt=YYYY-MM-DD/``), for
ad-hoc fleet analytics in Athena (the Glue table reads the partitions by projection: no crawler).

The column list is :data:`~functions.core.domain.fleet.SUMMARY_COLUMNS`, the one schema: the Glue
table in the CDK app is built from it too.
"""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq

from functions.core.domain.contracts import Report
from functions.core.domain.fleet import SUMMARY_COLUMNS, template_fingerprint
from functions.core.domain.keys import analytics_object_key
from functions.core.ports import ObjectStore

# Hive types of the Glue table → Arrow types of the files (the column list is in the domain).
_ARROW = {
    "string": pa.string(),
    "timestamp": pa.timestamp("ms", tz="UTC"),
    "double": pa.float64(),
    "int": pa.int32(),
    "bigint": pa.int64(),
    "array<string>": pa.list_(pa.string()),
}
SCHEMA = pa.schema([(name, _ARROW[hive]) for name, hive in SUMMARY_COLUMNS])


def summary_key(report: Report) -> str:
    return analytics_object_key(report.batch_id, report.generated_at.date())


def row_of(report: Report) -> dict:
    counts = {str(k): v for k, v in report.severity_counts.items()}
    fleet = report.fleet
    return {
        "batch_id": report.batch_id,
        "vehicle_id": report.vehicle_id,
        "vin": report.vin,
        "generated_at": report.generated_at,
        "category": str(report.diagnosis.category),
        "risk_level": str(report.diagnosis.risk_level),
        "confidence": report.diagnosis.confidence,
        "root_cause": report.diagnosis.root_cause,
        "signature": report.usage.signature or "",
        "codes": [c.code for c in report.top_codes],
        "template_fingerprints": [template_fingerprint(t.template) for t in report.top_templates],
        "files": len(report.files),
        "failed_files": sum(1 for f in report.files if f.status == "failed"),
        "errors": counts.get("error", 0) + counts.get("critical", 0),
        "warnings": counts.get("warning", 0),
        "seen_before_batches": fleet.seen_before.batches if fleet and fleet.seen_before else 0,
        "new_codes": len(fleet.new_codes) if fleet else 0,
        "input_tokens": report.usage.input_tokens,
        "cost_usd": report.usage.estimated_cost_usd,
    }


def to_parquet(rows: list[dict]) -> bytes:
    table = pa.Table.from_pylist(rows, schema=SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


class ParquetSummaryWriter:
    def __init__(self, store: ObjectStore) -> None:
        self.store = store  # the bucket it writes the Parquet objects to

    def write(self, report: Report) -> str:
        """One object per batch under its day's partition; a rewrite (a retry) replaces it."""
        key = summary_key(report)
        self.store.put_bytes(key, to_parquet([row_of(report)]), content_type="application/vnd.apache.parquet")
        return key
