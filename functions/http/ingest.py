"""Vehicle-facing routes. Thin: parse the request, find the principal, call the service."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Body, Query

from functions.http.api import principal_of
from functions.ingest.models import (
    AddFileRequest,
    BatchView,
    CompleteFileRequest,
    CreateBatchRequest,
    FileUploadView,
    RegisterVehicleRequest,
    VehicleView,
)
from functions.ingest.service import IngestService

router = Router()


def _service() -> IngestService:
    return router.context["service"]


def _principal():
    principal = principal_of(router)
    principal.require_role("vehicle")
    return principal


@router.post("/v1/batches", summary="Open a batch", tags=["vehicle"], status_code=201)
def create_batch(body: Annotated[CreateBatchRequest, Body()]) -> BatchView:
    return _service().create_batch(_principal(), body)


@router.post(
    "/v1/batches/<batch_id>/files", summary="Add a file: presigned multipart URLs", tags=["vehicle"], status_code=201
)
def add_file(batch_id: str, body: Annotated[AddFileRequest, Body()]) -> FileUploadView:
    return _service().add_file(_principal(), batch_id, body)


@router.get(
    "/v1/batches/<batch_id>/files/<file_id>", summary="Resume: received parts, URLs for the rest", tags=["vehicle"]
)
def describe_file(batch_id: str, file_id: str, from_part: Annotated[int, Query(ge=1)] = 1) -> FileUploadView:
    return _service().describe_file(_principal(), batch_id, file_id, from_part)


@router.post("/v1/batches/<batch_id>/files/<file_id>/complete", summary="Complete a file's upload", tags=["vehicle"])
def complete_file(batch_id: str, file_id: str, body: Annotated[CompleteFileRequest, Body()]) -> FileUploadView:
    return _service().complete_file(_principal(), batch_id, file_id, body)


@router.delete("/v1/batches/<batch_id>/files/<file_id>", summary="Abort a file's upload", tags=["vehicle"])
def abort_file(batch_id: str, file_id: str) -> FileUploadView:
    return _service().abort_file(_principal(), batch_id, file_id)


@router.post("/v1/batches/<batch_id>/seal", summary="Seal the batch: no more files", tags=["vehicle"])
def seal_batch(batch_id: str) -> BatchView:
    return _service().seal(_principal(), batch_id)


def _engineer():
    principal = principal_of(router)
    principal.require_role("engineer")
    return principal


@router.post("/v1/registry/vehicles", summary="Bind a vehicle id to its VIN (ops)", tags=["ops"])
def register_vehicle(body: Annotated[RegisterVehicleRequest, Body()]) -> VehicleView:
    return _service().register_vehicle(_engineer(), body)


@router.post(
    "/v1/registry/vehicles/<vehicle_id>/revoke", summary="Revoke every credential of a vehicle (ops)", tags=["ops"]
)
def revoke_vehicle(vehicle_id: str) -> VehicleView:
    return _service().revoke_vehicle(_engineer(), vehicle_id)
