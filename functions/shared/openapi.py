"""One OpenAPI document for the whole API, generated from the code of both API functions.

The ingest and query functions each own a Powertools ``Router``; this module mounts both on a
throwaway resolver only to describe them. Served at ``GET /v1/openapi.json`` and written to
``docs/openapi.json`` by ``python -m functions.shared.openapi``.
"""

from __future__ import annotations

import json
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer, Server

from functions.shared.api import ErrorBody

TITLE = "Argus OTA API"
VERSION = "1.0.0"
DESCRIPTION = (
    "Vehicles open batches, upload log files through presigned S3 multipart URLs and seal the batch; "
    "engineers read batch status and diagnosis reports. Every route but this document needs "
    "`Authorization: Bearer <token>` (`argus token vehicle|engineer ...`); errors are "
    '`{"error": {"code", "message", "details"}}`.'
)
_lock = threading.Lock()
_REF = "#/components/schemas/"


def _routers() -> list[Router]:
    from functions.http.fleet import router as fleet_router
    from functions.ingest.api import router as ingest_router
    from functions.query.api import router as query_router

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
                security_schemes={"bearer": HTTPBearer(bearerFormat="argus-hmac")},
                security=[{"bearer": []}],
            )
        )
    return json.dumps(_with_error_responses(document), indent=2)


def _with_error_responses(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorBody.model_json_schema(ref_template=f"{_REF}{{model}}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorBody"] = error_schema
    body = {"content": {"application/json": {"schema": {"$ref": f"{_REF}ErrorBody"}}}}
    for operations in document.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses.setdefault("400", {"description": "The request is not valid (`validation_error`)", **body})
            responses.setdefault("401", {"description": "No or invalid bearer token", **body})
            responses.setdefault("403", {"description": "The caller's role or identity may not do this", **body})
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
