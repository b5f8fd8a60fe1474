"""Batch summaries as Parquet on moto S3 (over HTTP): the export handler turns a saved report into
one row under its day's partition, readable with the Glue table's schema."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from functions.adapters.parquet_summaries import SCHEMA, ParquetSummaryWriter
from functions.adapters.s3 import S3ObjectStore
from functions.core.domain.contracts import FleetContext, SeenBefore
from functions.core.domain.fleet import SUMMARY_COLUMNS
from functions.core.domain.ids import new_id
from functions.core.domain.keys import ANALYTICS_PREFIX
from functions.export.handler import lambda_handler
from functions.export.service import ExportService
from tests.events import LambdaContext, s3_notification
from tests.unit.core.test_fleet import OVERTEMP, _report, _summary
from tests.unit.diagnose.builders import code

pytestmark = pytest.mark.integration


def test_a_saved_report_becomes_one_parquet_row_in_its_day_partition(client_for, aws):
    store = S3ObjectStore(client_for("s3"), aws.bucket)
    batch_id = new_id("b")
    summary = _summary(OVERTEMP, [code("P0A80", 2)])
    report = _report(batch_id, 3, summary)
    report.generated_at = datetime(2026, 11, 2, 8, 30, tzinfo=UTC)
    report.fleet = FleetContext(seen_before=SeenBefore(batches=4, vehicles=2, since=report.generated_at),
                                new_codes=["P0A80"])
    key = f"reports/{batch_id}.json"
    store.put_bytes(key, report.model_dump_json().encode())
    # When S3 tells the export function about the saved report
    service = ExportService(store, ParquetSummaryWriter(store))
    result = lambda_handler(s3_notification(aws.bucket, key, "ObjectCreated:Put"), LambdaContext(), service=service)
    # Then one Parquet object sits under the day's partition, with the Glue table's columns
    expected = f"{ANALYTICS_PREFIX}dt=2026-11-02/{batch_id}.parquet"
    assert result == {"written": [expected]}
    table = pq.read_table(io.BytesIO(store.get_bytes(expected)))
    assert table.schema.names == [name for name, _ in SUMMARY_COLUMNS] and table.schema.equals(SCHEMA)
    row = table.to_pylist()[0]
    assert (row["batch_id"], row["category"], row["seen_before_batches"], row["new_codes"]) == (
        batch_id, "battery_bms", 4, 1)
    assert "P0A80" in row["codes"] and row["template_fingerprints"]
    # And a repeated event rewrites the same key (idempotent), anything outside reports/ is ignored
    again = s3_notification(aws.bucket, key, "ObjectCreated:Put")
    assert lambda_handler(again, LambdaContext(), service=service) == {"written": [expected]}
    foreign = s3_notification(aws.bucket, "raw/x/y", "ObjectCreated:Put")
    assert lambda_handler(foreign, LambdaContext(), service=service) == {"written": []}
