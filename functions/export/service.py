"""The export use case: each saved report named by an S3 notification becomes its batch's analytics row."""

from __future__ import annotations

from collections.abc import Iterable

from functions.core.domain.contracts import Report
from functions.core.domain.keys import is_report_object_key
from functions.core.ports import ObjectStore, SummaryExport


class ExportService:
    def __init__(self, store: ObjectStore, writer: SummaryExport) -> None:
        self._store = store
        self._writer = writer

    def export(self, keys: Iterable[str]) -> list[str]:
        """The keys written, one per report that still exists. Idempotent: a repeated notification
        rewrites the same key."""
        written = []
        for key in keys:
            if not is_report_object_key(key):
                continue  # the notification filters on the prefix; anything else is not ours
            body = self._store.get_bytes(key)
            if body is None:  # deleted since: nothing to export
                continue
            written.append(self._writer.write(Report.model_validate_json(body)))
        return written
