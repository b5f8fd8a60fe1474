"""One OpenAPI document from the ingest and query routers, served to any authenticated caller at /v1/openapi.json."""

from __future__ import annotations

import json

from functions.http.routes import ROUTES
from tests.events import api_request


def test_the_document_describes_every_route_of_both_functions():
    from functions.http.openapi import openapi_json

    # When the document is generated
    document = json.loads(openapi_json())
    # Then every route of the route table is in it (but the document itself), with its method
    for route in ROUTES:
        if route.path == "/v1/openapi.json":
            continue
        assert route.method.lower() in document["paths"][route.path], route
    # And it declares bearer authentication, the report schema and the error body, and no 422 this API never sends
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert document["security"] == [{"bearer": []}]
    assert "Report" in document["components"]["schemas"]
    report_ok = document["paths"]["/v1/batches/{batch_id}/report"]["get"]["responses"]["200"]
    assert report_ok["content"]["application/json"]["schema"]["$ref"].endswith("/Report")
    error_400 = document["paths"]["/v1/batches"]["post"]["responses"]["400"]
    assert error_400["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody")
    assert "422" not in json.dumps(document["paths"])


def test_describing_the_routers_leaves_the_live_query_resolver_in_place(call):
    from functions.http.openapi import openapi_json
    from functions.http.query import router
    from functions.query.handler import app

    openapi_json()
    assert router.api_resolver is app


def test_the_document_needs_credentials_like_every_route(call):
    # Given a request with no principal / When it asks for the document / Then it is refused
    status, _, body = call(api_request("/v1/openapi.json", "/v1/openapi.json", principal=None))
    assert status == 401 and body["error"]["code"] == "unauthorized"


def test_the_document_is_served_to_any_authenticated_caller(call):
    # Given a vehicle's request
    event = api_request("/v1/openapi.json", "/v1/openapi.json", principal=("vehicle", "veh-1"))
    # When it asks for the document
    status, _, body = call(event)
    # Then it gets it
    assert status == 200
    assert body["info"]["title"] == "Argus OTA API"
    assert "/v1/batches/{batch_id}/report.html" in body["paths"]
