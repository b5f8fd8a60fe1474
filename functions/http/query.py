"""The query routes, as a Powertools ``Router`` so the OpenAPI document can merge them with ingest's.

Who may call a route comes from :mod:`functions.http.routes` (the same table the API Gateway and
the authorizer use); what a caller may touch (a vehicle only its own batch) is checked here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from functions.core.domain.batch import BatchStatus
from functions.core.domain.batch_listing import DEFAULT_LIST_LIMIT, BatchFilter
from functions.core.domain.contracts import Report
from functions.core.domain.ids import VEHICLE_ID_PATTERN, VIN_PATTERN
from functions.core.domain.principal import Principal
from functions.http.api import ErrorBody, authorize
from functions.query.models import BatchDetail, BatchList, BatchPage, ReportLink
from functions.query.report_html import render_report
from functions.query.service import MAX_LIST_LIMIT, QueryService

router = Router()

_ERRORS: dict[int, Any] = {
    status: {"description": text, "content": {"application/json": {"model": ErrorBody}}}
    for status, text in (
        (401, "No or invalid credentials"),
        (403, "The caller may not read this"),
        (404, "`not_found`, or `report_not_ready` with the batch's current status in `details`"),
    )
}


_LIST_ERRORS = {status: spec for status, spec in _ERRORS.items() if status != 404}  # a list is never "not found"


def _authorize(method: str, path: str) -> Principal:
    return authorize(router, method, path)  # a Router reads the same current event


def _service() -> QueryService:
    return router.context["service"]


@router.get(
    "/v1/batches",
    summary="List batches, newest first, with filters and cursor pagination",
    description="Engineers see every batch; a vehicle sees only its own (its `vehicle_id` is implied, "
    "another one is 403). `since`/`until` bound the creation time, inclusive, to the second. A page "
    "holds at most `limit` batches (a filtered page may hold fewer and still carry `next_cursor`).",
    operation_id="listBatches",
    tags=["query"],
    responses={
        200: {"description": "One page of batches"},
        400: {
            "description": "`validation_error` (a bad filter) or `invalid_cursor` (edited, or for other filters)",
            "content": {"application/json": {"model": ErrorBody}},
        },
        **_LIST_ERRORS,
    },
)
def list_batches(
    vehicle_id: Annotated[str | None, Query(pattern=VEHICLE_ID_PATTERN.pattern)] = None,
    vin: Annotated[str | None, Query(pattern=VIN_PATTERN.pattern)] = None,
    status: Annotated[BatchStatus | None, Query()] = None,
    since: Annotated[datetime | None, Query(description="ISO 8601; no zone means UTC")] = None,
    until: Annotated[datetime | None, Query(description="ISO 8601; no zone means UTC")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIST_LIMIT)] = DEFAULT_LIST_LIMIT,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> BatchPage:
    principal = _authorize("GET", "/v1/batches")
    if principal.role == "vehicle":
        if vehicle_id is not None:
            principal.require_vehicle(vehicle_id)
        vehicle_id = principal.subject
    query = BatchFilter(vehicle_id=vehicle_id, vin=vin, status=status, since=since, until=until)
    return _service().list_batches(query, limit, cursor)


@router.get(
    "/v1/batches/<batch_id>",
    summary="Status of a batch: per-file results and progress",
    tags=["query"],
    responses={200: {"description": "The batch"}, **_ERRORS},
)
def get_batch(batch_id: Annotated[str, Path(max_length=100)]) -> BatchDetail:
    principal = _authorize("GET", "/v1/batches/{batch_id}")
    view = _service().batch_view(batch_id)
    principal.require_vehicle(view.vehicle_id)
    return view


@router.get(
    "/v1/batches/<batch_id>/report",
    summary="The diagnosis report of a completed batch",
    tags=["query"],
    responses={200: {"description": "The report", "content": {"application/json": {"model": Report}}}, **_ERRORS},
)
def get_report(batch_id: Annotated[str, Path(max_length=100)]):  # returns a Response; its body is in `responses`
    _authorize("GET", "/v1/batches/{batch_id}/report")
    # The cached bytes are the stored report JSON: serve them as they are instead of re-encoding per hit.
    body = _service().report_json(batch_id)
    return Response(status_code=200, content_type="application/json", body=body.decode("utf-8"))


@router.get(
    "/v1/batches/<batch_id>/report.html",
    summary="The report as a readable page with charts",
    tags=["query"],
    responses={
        200: {"description": "An HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
        **_ERRORS,
    },
)
def get_report_html(batch_id: Annotated[str, Path(max_length=100)]):
    _authorize("GET", "/v1/batches/{batch_id}/report.html")
    page = render_report(_service().report(batch_id))
    return Response(
        status_code=200,
        content_type="text/html; charset=utf-8",
        body=page,
        # The page has no scripts and loads nothing; say so to the browser as well.
        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:"},
    )


@router.post(
    "/v1/batches/<batch_id>/report-link",
    summary="A short-lived link to the report page that a browser opens directly",
    description="Renders the page and returns a presigned URL of it (no token in the URL; it expires after "
    "`expires_in` seconds). Ask again for a fresh link.",
    operation_id="createReportLink",
    tags=["query"],
    responses={200: {"description": "The link"}, **_ERRORS},
)
def create_report_link(batch_id: Annotated[str, Path(max_length=100)]) -> ReportLink:
    _authorize("POST", "/v1/batches/{batch_id}/report-link")
    return _service().report_link(batch_id)


@router.get(
    "/v1/vehicles/<vin>/batches",
    summary="The most recent batches of one vehicle (by VIN), newest first",
    tags=["query"],
    responses={200: {"description": "The batches"}, **_LIST_ERRORS},
)
def list_vehicle_batches(
    vin: Annotated[str, Path(max_length=17)],
    limit: Annotated[int, Query(ge=1, le=MAX_LIST_LIMIT)] = 50,
) -> BatchList:
    _authorize("GET", "/v1/vehicles/{vin}/batches")
    return _service().batches_for_vin(vin, limit)


@router.get("/v1/openapi.json", include_in_schema=False)
def get_openapi():
    _authorize("GET", "/v1/openapi.json")
    from functions.http.openapi import openapi_json  # imports the ingest routes too: only when asked

    return Response(status_code=200, content_type="application/json", body=openapi_json())
