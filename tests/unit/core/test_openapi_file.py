"""docs/openapi.json is the document the code serves (regenerate: python -m functions.http.openapi)."""

import json
from pathlib import Path

from functions.http.openapi import openapi_json
from functions.http.routes import ROUTES

DOC = Path(__file__).resolve().parents[3] / "docs" / "openapi.json"


def test_the_committed_document_matches_the_code():
    assert json.loads(DOC.read_text()) == json.loads(openapi_json()), "run: python -m functions.http.openapi"


def test_the_document_describes_every_route_but_itself():
    paths = json.loads(openapi_json())["paths"]
    described = {(method.upper(), path) for path, ops in paths.items() for method in ops}
    expected = {(r.method, r.path) for r in ROUTES if r.path != "/v1/openapi.json"}
    assert described == expected
