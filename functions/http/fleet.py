"""The fleet questions over HTTP (engineers only), served by the query function beside its routes."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.params import Path, Query

from functions.core.app.fleet import MAX_SIMILAR, MAX_TOP_CODES, FleetCodes, FleetService, SimilarBatches
from functions.core.domain.errors import NotFound
from functions.core.domain.ids import is_batch_id
from functions.core.domain.principal import Principal
from functions.http.api import ErrorBody, authorize

router = Router()

_ERRORS: dict[int, Any] = {
    status: {"description": text, "content": {"application/json": {"model": ErrorBody}}}
    for status, text in (
        (400, "`validation_error`: a bad date, `since` after `until`, or a window over the limit"),
        (401, "No or invalid credentials"),
        (403, "Only engineers may ask fleet questions"),
        (404, "The batch is unknown or not indexed yet (not completed)"),
    )
}
_WINDOW_ERRORS = {status: spec for status, spec in _ERRORS.items() if status != 404}  # a window is never "not found"


def _authorize(method: str, path: str) -> Principal:
    return authorize(router, method, path)  # a Router reads the same current event


def _fleet() -> FleetService:
    return router.context["fleet"]()  # a provider: built on the first fleet question only


@router.get(
    "/v1/fleet/codes",
    summary="Top codes across the fleet in a window: batches, vehicles, first and last seen, a daily trend",
    tags=["fleet"],
    responses={200: {"description": "The codes, most batches first"}, **_WINDOW_ERRORS},
)
def get_fleet_codes(
    since: Annotated[date | None, Query(description="first day (UTC), default 29 days before `until`")] = None,
    until: Annotated[date | None, Query(description="last day (UTC), default today")] = None,
    category: Annotated[str | None, Query(max_length=40, description="only batches diagnosed so")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_TOP_CODES)] = 20,
) -> FleetCodes:
    _authorize("GET", "/v1/fleet/codes")
    return _fleet().top_codes(since, until, category, limit)


@router.get(
    "/v1/batches/<batch_id>/similar",
    summary="Past batches with the same problem (same signature first) or an overlapping one, with their diagnoses",
    tags=["fleet"],
    responses={200: {"description": "The similar batches, best first"}, **_ERRORS},
)
def get_similar_batches(
    batch_id: Annotated[str, Path(max_length=100)],
    limit: Annotated[int, Query(ge=1, le=MAX_SIMILAR)] = 10,
) -> SimilarBatches:
    _authorize("GET", "/v1/batches/{batch_id}/similar")
    if not is_batch_id(batch_id):
        raise NotFound(f"batch {batch_id[:80]} not found", details={"batch_id": batch_id[:80]})
    return _fleet().similar(batch_id, limit)
