"""The export use case on in-memory ports: saved reports become rows, anything else is passed over."""

from __future__ import annotations

from functions.core.domain.contracts import Report
from functions.core.domain.ids import new_id
from functions.core.domain.keys import report_object_key
from functions.export.handler import lambda_handler
from functions.export.service import ExportService
from tests.events import LambdaContext, s3_notification
from tests.fakes.memory import InMemoryObjectStore
from tests.unit.core.test_fleet import OVERTEMP, _report, _summary
from tests.unit.diagnose.builders import code


class ListWriter:
    def __init__(self) -> None:
        self.reports: list[Report] = []

    def write(self, report: Report) -> str:
        self.reports.append(report)
        return f"rows/{report.batch_id}"


def test_each_saved_report_is_written_once_per_notification_and_other_keys_are_ignored():
    store, writer = InMemoryObjectStore(), ListWriter()
    batch_id = new_id("b")
    key = report_object_key(batch_id)
    store.put_bytes(key, _report(batch_id, 2, _summary(OVERTEMP, [code("P0A80", 1)])).model_dump_json().encode())
    service = ExportService(store, writer)
    gone = report_object_key(new_id("b"))  # deleted before the notification arrived
    assert service.export([key, "raw/x/y", gone]) == [f"rows/{batch_id}"]
    # Through the handler, as S3 notifies it (keys arrive URL-encoded)
    event = s3_notification("bucket", key, "ObjectCreated:Put")
    assert lambda_handler(event, LambdaContext(), service=service) == {"written": [f"rows/{batch_id}"]}
    assert [r.batch_id for r in writer.reports] == [batch_id, batch_id]
