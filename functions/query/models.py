"""Response bodies of the query API (what engineers and vehicles read)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus


class _View(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FileView(_View):
    file_id: str
    name: str
    size: int
    status: FileStatus
    format: str | None = None
    error: str | None = None

    @classmethod
    def of(cls, file: FileRecord) -> FileView:
        return cls(
            file_id=file.file_id,
            name=file.name,
            size=file.size,
            status=file.status,
            format=file.format,
            error=file.error,
        )


class Progress(_View):
    processed: int = Field(description="Files parsed or failed so far")
    failed: int = Field(description="Files that could not be parsed (they still count as processed)")
    total: int = Field(description="The sealed file count, or the files added so far while unsealed")
    sealed: bool
    fraction: float = Field(ge=0.0, le=1.0)


class BatchDetail(_View):
    batch_id: str
    vehicle_id: str
    vin: str
    status: BatchStatus
    error: str | None = None
    progress: Progress
    files: list[FileView]
    created_at: datetime
    updated_at: datetime
    sealed_at: datetime | None = None
    completed_at: datetime | None = None
    links: dict[str, str] = Field(default_factory=dict, description="Where to read the report once completed")

    @classmethod
    def of(cls, batch: Batch, files: list[FileRecord]) -> BatchDetail:
        live = [f for f in files if f.status is not FileStatus.ABORTED]
        sealed = batch.total_files is not None
        total = batch.total_files if sealed else len(live)
        processed = batch.processed_files
        links: dict[str, str] = {}
        if batch.status is BatchStatus.COMPLETED:
            links = {
                "report": f"/v1/batches/{batch.batch_id}/report",
                "report_html": f"/v1/batches/{batch.batch_id}/report.html",
            }
        return cls(
            batch_id=batch.batch_id,
            vehicle_id=batch.vehicle_id,
            vin=batch.vin,
            status=batch.status,
            error=batch.error,
            progress=Progress(
                processed=processed,
                failed=batch.failed_files,
                total=total or 0,
                sealed=sealed,
                fraction=min(1.0, processed / total) if total else 0.0,
            ),
            files=[FileView.of(f) for f in sorted(files, key=lambda f: (f.created_at, f.file_id))],
            created_at=batch.created_at,
            updated_at=batch.updated_at,
            sealed_at=batch.sealed_at,
            completed_at=batch.completed_at,
            links=links,
        )


class BatchListItem(_View):
    batch_id: str
    vehicle_id: str
    vin: str | None = None
    status: BatchStatus
    total_files: int | None = None
    processed_files: int
    failed_files: int
    created_at: datetime
    completed_at: datetime | None = None

    @classmethod
    def of(cls, batch: Batch) -> BatchListItem:
        return cls(
            batch_id=batch.batch_id,
            vehicle_id=batch.vehicle_id,
            vin=batch.vin,
            status=batch.status,
            total_files=batch.total_files,
            processed_files=batch.processed_files,
            failed_files=batch.failed_files,
            created_at=batch.created_at,
            completed_at=batch.completed_at,
        )


class BatchList(_View):
    vin: str
    batches: list[BatchListItem]


class BatchPage(_View):
    batches: list[BatchListItem] = Field(description="Newest first")
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` with the same filters for the next page; absent on the last page"
    )


class ReportLink(_View):
    url: str = Field(description="Open in a browser as it is: a presigned URL, no token needed, short-lived")
    expires_at: datetime
    expires_in: int = Field(description="Seconds the link works for")
