"""Request and response bodies of the vehicle-facing API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from functions.core.domain.batch import Batch, BatchStatus, FileStatus
from functions.core.domain.uploads import MAX_FILE_SIZE, MAX_PARTS


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CreateBatchRequest(_Body):
    vehicle_id: str = Field(min_length=1, max_length=64, examples=["veh-0042"])
    vin: str = Field(min_length=1, max_length=32, examples=["WDD2050421F123456"])


class RegisterVehicleRequest(_Body):
    vehicle_id: str = Field(min_length=1, max_length=64, examples=["veh-0042"])
    vin: str = Field(min_length=1, max_length=32, examples=["WDD2050421F123456"])


class VehicleView(BaseModel):
    vehicle_id: str
    vin: str | None
    token_version: int = Field(description="credentials carrying an older version are refused")


class AddFileRequest(_Body):
    name: str = Field(min_length=1, max_length=255, pattern=r"^[^\x00-\x1f\x7f]+$", description="display name only")
    size: int = Field(ge=0, le=MAX_FILE_SIZE, description="bytes")
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-fA-F]{64}$")
    content_type: str | None = Field(default=None, max_length=127, pattern=r"^[\w.+-]+/[\w.+-]+$")


class CompletedPart(_Body):
    number: int = Field(ge=1, le=MAX_PARTS)
    etag: str = Field(min_length=1, max_length=128)


class CompleteFileRequest(_Body):
    parts: list[CompletedPart] = Field(min_length=1, max_length=MAX_PARTS)


class PartUrl(BaseModel):
    number: int
    url: str


class ReceivedPart(BaseModel):
    number: int
    etag: str
    size: int


class FileUploadView(BaseModel):
    file_id: str
    name: str
    size: int
    status: FileStatus
    upload_id: str
    part_size: int
    part_count: int
    parts: list[PartUrl] = Field(description="presigned PUT URLs for the parts still missing (one page)")
    next_part: int | None = Field(default=None, description="pass as ?from_part= to get the next page of URLs")
    received: list[ReceivedPart] = Field(default_factory=list)
    expires_at: datetime
    error: str | None = None


class BatchView(BaseModel):
    batch_id: str
    vehicle_id: str
    vin: str
    status: BatchStatus
    total_files: int | None
    processed_files: int
    failed_files: int
    created_at: datetime
    updated_at: datetime
    error: str | None = None

    @classmethod
    def of(cls, batch: Batch) -> BatchView:
        return cls.model_validate(batch.model_dump(include=set(cls.model_fields)))
