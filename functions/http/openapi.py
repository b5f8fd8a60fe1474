"""One OpenAPI document for the whole API, generated from the code of both API functions.

The ingest and query functions each own a Powertools ``Router``; this module mounts both on a
throwaway resolver only to describe them. Served at ``GET /v1/openapi.json`` and written to
``docs/openapi.json`` by ``python -m functions.http.openapi``.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer, Server

from functions.core.domain.ids import VIN_PATTERN
from functions.http.api import ErrorBody

TITLE = "Argus OTA API"
VERSION = "1.0.0"
DESCRIPTION = (
    "Vehicles open batches, upload log files through presigned S3 multipart URLs and seal the batch; "
    "engineers list batches and read their status and diagnosis reports. Every route, this document "
    "included, needs `Authorization: Bearer <token>`: a JWT (RS256/ES256) checked against its issuer's JWKS. "
    "Engineers sign in through the stack's Cognito user pool or the configured OIDC issuer; a vehicle holds a "
    "per-vehicle credential issued by `argus vehicle provision` and revocable one by one; locally, `argus token "
    "vehicle|engineer ...` prints one from the built-in issuer. A VIN belongs to one vehicle. A vehicle may "
    "touch only its own batches. The report page opens in a browser through "
    "`POST /v1/batches/{batch_id}/report-link`, a short-lived presigned URL that carries no token. Presigned "
    "part URLs need no token either. Errors are "
    '`{"error": {"code", "message", "details"}}`.'
)
_lock = threading.Lock()
_REF = "#/components/schemas/"


def _routers() -> list[Router]:
    from functions.http.fleet import router as fleet_router
    from functions.http.ingest import router as ingest_router
    from functions.http.query import router as query_router

    return [ingest_router, query_router, fleet_router]


@lru_cache(maxsize=1)
def openapi_json() -> str:
    with _lock:
        describer = APIGatewayRestResolver(enable_validation=False)
        routers = _routers()
        # include_router points each router's request state at the resolver it joins; these routers
        # also serve live requests through their own function's resolver, so put that back afterwards.
        previous = [r.api_resolver for r in routers]
        try:
            for r in routers:
                describer.include_router(r)
        finally:
            for r, resolver in zip(routers, previous, strict=True):
                r.api_resolver = resolver
        # Described without Powertools' validation responses: they announce 422 bodies this API never
        # sends (the shared resolver answers bad input with a 400 error body); ours are added below.
        document = json.loads(
            describer.get_openapi_json_schema(
                title=TITLE,
                version=VERSION,
                description=DESCRIPTION,
                servers=[Server(url="/")],
                security_schemes={"bearer": HTTPBearer(bearerFormat="JWT")},
                security=[{"bearer": []}],
            )
        )
    return json.dumps(_with_error_responses(document), indent=2)


# The errors a route can answer with, by what the route is (one table, checked by the tests against
# what the code raises): every route validates input and checks the token; a route under a batch can
# miss it; a route that changes a batch can lose to its current state; a route with a body takes JSON only.
_COMMON = {
    "400": "The request is not valid (`validation_error`, or a more specific code)",
    "401": "No, malformed or expired bearer token (`unauthorized`)",
    "403": "The caller's role may not call this route, the batch belongs to another vehicle (`forbidden`), "
    "or the VIN is bound to another vehicle (`vin_bound_to_another_vehicle`)",
    "500": "An unexpected error (`internal_error`); the details are in the function's logs",
    "503": "A dependency is briefly unavailable (`transient_error`); retry with backoff",
}
_UNDER_A_BATCH = {"404": "No such batch or file (`not_found`; `report_not_ready` for an unfinished report)"}
_CHANGES_A_BATCH = {
    "409": "The batch or file is in a state that does not allow this (`batch_sealed`, `illegal_transition`, "
    "`files_incomplete`, `concurrent_update`, `conflict`)"
}
_UNDER_A_VEHICLE = {"404": "No such vehicle in the registry (`not_found`)"}
_TAKES_A_BODY = {"415": "The body is not JSON (`unsupported_media_type`)"}
_VIN = {"type": "string", "pattern": VIN_PATTERN.pattern, "minLength": 17, "maxLength": 17}


def documented_errors(method: str, path: str) -> dict[str, str]:
    """The error statuses a route answers with, and what each means."""
    errors = dict(_COMMON)
    if "{batch_id}" in path:
        errors.update(_UNDER_A_BATCH)
    if "{vehicle_id}" in path:
        errors.update(_UNDER_A_VEHICLE)
    if method in ("post", "delete") and path.startswith("/v1/batches/") and not path.endswith("/report-link"):
        errors.update(_CHANGES_A_BATCH)
    if method == "post" and path in _BODY_PATHS:
        errors.update(_TAKES_A_BODY)
    return errors


_BODY_PATHS = (
    "/v1/batches",
    "/v1/batches/{batch_id}/files",
    "/v1/batches/{batch_id}/files/{file_id}/complete",
    "/v1/registry/vehicles",
)


def _operation_id(auto: str, method: str, path: str) -> str:
    """``add_file_v1_batches__batch_id__files_post`` (Powertools' default) → ``addFile``."""
    suffix = re.sub(r"\W", "_", path) + f"_{method}"
    if not auto.endswith(suffix):
        return auto  # set explicitly on the route
    head, *rest = auto[: -len(suffix)].split("_")
    return head + "".join(word.capitalize() for word in rest)


def _with_vin_pattern(node: Any) -> None:
    """Every ``vin`` field and parameter carries the VIN rule the code enforces (ISO 3779)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict) and "vin" in value:
                vin = value["vin"]
                target = next((o for o in vin.get("anyOf", []) if o.get("type") == "string"), vin)
                target.update(_VIN)
            _with_vin_pattern(value)
    elif isinstance(node, list):
        for item in node:
            _with_vin_pattern(item)


def _with_error_responses(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorBody.model_json_schema(ref_template=f"{_REF}{{model}}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorBody"] = error_schema
    body = {"content": {"application/json": {"schema": {"$ref": f"{_REF}ErrorBody"}}}}
    for path, operations in document.get("paths", {}).items():
        for method, operation in operations.items():
            operation["operationId"] = _operation_id(operation.get("operationId", ""), method, path)
            responses = operation.setdefault("responses", {})
            for status, text in documented_errors(method, path).items():
                responses.setdefault(status, {"description": text, **body})
            for parameter in operation.get("parameters", []):
                if parameter.get("name") == "vin":
                    schema = parameter.get("schema", {})
                    target = next((o for o in schema.get("anyOf", []) if o.get("type") == "string"), schema)
                    target.update(_VIN)
    _with_vin_pattern(schemas)
    for unused in ("HTTPValidationError", "ValidationError", "ResponseValidationError"):
        if f"{_REF}{unused}" not in json.dumps(document["paths"]):
            schemas.pop(unused, None)
    return document


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "docs/openapi.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(openapi_json() + "\n", encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
