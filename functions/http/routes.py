"""The HTTP API's route table: the one source for the CDK API Gateway and the local HTTP server.

Each route names the function that serves it and the principals allowed to call it; every route
needs a valid token (the OpenAPI document too). The authorizer establishes who the caller is and
which routes its role may call; the handlers check what it may touch (a vehicle only its own batches).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Role = Literal["vehicle", "engineer"]


@dataclass(frozen=True)
class Route:
    method: Literal["GET", "POST", "DELETE"]
    path: str
    function: Literal["ingest", "query"]
    roles: tuple[Role, ...]


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/batches", "ingest", ("vehicle",)),
    Route("POST", "/v1/batches/{batch_id}/files", "ingest", ("vehicle",)),
    Route("GET", "/v1/batches/{batch_id}/files/{file_id}", "ingest", ("vehicle",)),
    Route("POST", "/v1/batches/{batch_id}/files/{file_id}/complete", "ingest", ("vehicle",)),
    Route("DELETE", "/v1/batches/{batch_id}/files/{file_id}", "ingest", ("vehicle",)),
    Route("POST", "/v1/batches/{batch_id}/seal", "ingest", ("vehicle",)),
    Route("GET", "/v1/batches", "query", ("vehicle", "engineer")),
    Route("GET", "/v1/batches/{batch_id}", "query", ("vehicle", "engineer")),
    Route("GET", "/v1/batches/{batch_id}/report", "query", ("engineer",)),
    Route("GET", "/v1/batches/{batch_id}/report.html", "query", ("engineer",)),
    Route("POST", "/v1/batches/{batch_id}/report-link", "query", ("engineer",)),
    Route("GET", "/v1/vehicles/{vin}/batches", "query", ("engineer",)),
    Route("GET", "/v1/fleet/codes", "query", ("engineer",)),
    Route("GET", "/v1/batches/{batch_id}/similar", "query", ("engineer",)),
    Route("GET", "/v1/openapi.json", "query", ("vehicle", "engineer")),
    # Ops: bind a vehicle to its VIN ahead of its first batch; revoke every credential it holds.
    Route("POST", "/v1/registry/vehicles", "ingest", ("engineer",)),
    Route("POST", "/v1/registry/vehicles/{vehicle_id}/revoke", "ingest", ("engineer",)),
)
