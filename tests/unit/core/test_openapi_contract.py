"""What the OpenAPI document promises about statuses, ids and the VIN (the e2e schemathesis run
checks the same document against the running API)."""

import json
import re

from functions.core.domain.ids import VIN_PATTERN
from functions.http.openapi import openapi_json


def _operations():
    for path, ops in json.loads(openapi_json())["paths"].items():
        for method, op in ops.items():
            yield method, path, op


def test_creating_answers_201_and_every_operation_has_a_readable_id():
    ids = set()
    for method, path, op in _operations():
        assert re.fullmatch(r"[a-z][A-Za-z]+", op["operationId"]), op["operationId"]
        ids.add(op["operationId"])
        if (method, path) in (("post", "/v1/batches"), ("post", "/v1/batches/{batch_id}/files")):
            assert "201" in op["responses"] and "200" not in op["responses"]
    assert {"createBatch", "addFile", "listBatches", "createReportLink", "getReport"} <= ids


def test_routes_document_the_errors_they_answer_with():
    for method, path, op in _operations():
        statuses = set(op["responses"])
        assert {"400", "401", "403", "500"} <= statuses, (method, path)
        # 404 where a path names one thing that may not exist: a batch, or a vehicle to revoke.
        assert ("404" in statuses) == ("{batch_id}" in path or "{vehicle_id}" in path), (method, path)
        if method == "post" and path in ("/v1/batches", "/v1/batches/{batch_id}/files"):
            assert "415" in statuses
        if path.endswith("/seal") or path.endswith("/complete"):
            assert "409" in statuses


def test_the_vin_carries_its_pattern_and_the_description_tells_the_truth_about_tokens():
    document = json.loads(openapi_json())
    vin = document["components"]["schemas"]["CreateBatchRequest"]["properties"]["vin"]
    assert vin["pattern"] == VIN_PATTERN.pattern
    params = [p for p in document["paths"]["/v1/batches"]["get"]["parameters"] if p["name"] == "vin"]
    assert params and VIN_PATTERN.pattern in json.dumps(params)
    description = document["info"]["description"]
    assert "this document included" in description and "presigned" in description
