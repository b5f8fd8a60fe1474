"""The local API gateway answers like the deployed one: every method, malformed framing and
hostile bodies get a JSON 4xx, never an HTML 501, a 5xx or a dropped connection."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import httpx
import pytest

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000001"


def _raw(api_url: str, request: bytes) -> tuple[int, dict, bytes]:
    url = urlsplit(api_url)
    with socket.create_connection((url.hostname, url.port), timeout=10) as conn:
        conn.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            assert chunk, "the gateway dropped the connection"
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode().split("\r\n")
        headers = dict(line.split(": ", 1) for line in lines[1:])
        while len(body) < int(headers.get("Content-Length", 0)):
            body += conn.recv(65536)
        return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "PROPFIND", "CONNECT"])
def test_every_method_gets_a_json_answer(cloud, method):
    status, headers, body = _raw(cloud.info.api_url, f"{method} /v1/batches HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    assert 400 <= status < 500 and headers["Content-Type"] == "application/json"
    assert "error" in json.loads(body)


@pytest.mark.parametrize("length", ["abc", "-5", "1, 2", "99999999999"])
def test_a_malformed_content_length_is_a_json_4xx_not_a_dropped_connection(cloud, length):
    request = f"POST /v1/batches HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n{{}}".encode()
    status, _headers, body = _raw(cloud.info.api_url, request)
    assert status in (400, 413) and json.loads(body)["error"]["code"] in ("bad_request", "payload_too_large")


def test_a_malformed_request_line_is_json_too(cloud):
    status, headers, _body = _raw(cloud.info.api_url, b"GET /v1/batches HTTP/9.9\r\n\r\n")
    assert 400 <= status < 600 and headers["Content-Type"] == "application/json"


def test_hostile_json_bodies_are_400_over_http(cloud, vehicle):
    headers = {"Authorization": vehicle._http.headers["Authorization"]}
    bodies = ["[" * 5000 + "]" * 5000, '{"vehicle_id": "veh-e2e", "vin": "' + VIN + '", "n": ' + "7" * 4400 + "}"]
    for body in bodies:
        r = httpx.post(f"{cloud.info.api_url}/v1/batches", content=body,
                       headers={**headers, "Content-Type": "application/json"})  # fmt: skip
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json"
    r = httpx.post(f"{cloud.info.api_url}/v1/batches", json={"vehicle_id": "veh-e2e", "vin": VIN},
                   headers={**headers, "Content-Type": "APPLICATION/JSON"})  # fmt: skip
    assert r.status_code == 201, r.text
