"""A small HTTP server that does what API Gateway (REST, Lambda proxy) does for Argus: match the
route table, run the Lambda authorizer, build the proxy event, return the function's response."""

from __future__ import annotations

import base64
import contextlib
import json
import re
import time
import uuid
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from argus.local import resources
from argus.local.http import BackgroundServer
from argus.local.runtime import FunctionError, Functions
from functions.http.auth import policy_allows
from functions.http.routes import ROUTES, Route

STAGE = "local"
API_ID = "local"


def _compile(route: Route) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(route.path))
    return re.compile(f"^{pattern}$")


_COMPILED = [(route, _compile(route)) for route in ROUTES]


def match_route(method: str, path: str) -> tuple[Route | None, dict[str, str], bool]:
    """(route, path parameters, whether the path exists under another method)."""
    path_exists = False
    for route, pattern in _COMPILED:
        found = pattern.match(path)
        if found:
            path_exists = True
            if route.method == method:
                return route, found.groupdict(), True
    return None, {}, path_exists


def _error(status: int, code: str, message: str) -> tuple[int, dict[str, str], bytes]:
    body = json.dumps({"error": {"code": code, "message": message, "details": {}}}).encode()
    return status, {"Content-Type": "application/json"}, body


MAX_PAYLOAD_BYTES = 10 * 1024 * 1024  # API Gateway REST's request payload limit


def _ascii_digits(value: str) -> bool:
    # str.isdigit() also takes '²' or '٣', which int() then refuses (RFC 9110: 1*DIGIT, ASCII).
    value = value.strip()
    return value.isascii() and value.isdigit()


def _read_body(headers: Any, rfile: Any) -> tuple[bytes, tuple[int, dict[str, str], bytes] | None]:
    """The request body, or the gateway's answer when its framing is malformed or too large."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        data = bytearray()
        while True:
            size_line = rfile.readline(1024).split(b";", 1)[0].strip()
            # Hex digits only: int() would also take a sign ("-1" then reads to EOF) or "0x".
            if not size_line or size_line.strip(b"0123456789abcdefABCDEF"):
                return b"", _error(400, "bad_request", "malformed chunked body")
            size = int(size_line, 16)
            if size == 0:
                while rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return bytes(data), None
            if len(data) + size > MAX_PAYLOAD_BYTES:
                return b"", _error(413, "payload_too_large", f"the body exceeds {MAX_PAYLOAD_BYTES} bytes")
            data += rfile.read(size)
            rfile.readline(1024)
    values = headers.get_all("Content-Length") or []
    if not values:
        return b"", None
    if len(set(values)) > 1 or not all(_ascii_digits(v) for v in values):
        return b"", _error(400, "bad_request", "Content-Length must be one non-negative integer")
    length = int(values[0])
    if length > MAX_PAYLOAD_BYTES:
        return b"", _error(413, "payload_too_large", f"the body exceeds {MAX_PAYLOAD_BYTES} bytes")
    return (rfile.read(length) if length else b""), None


def _method_arn(method: str, path: str) -> str:
    return f"arn:aws:execute-api:{resources.REGION}:{resources.ACCOUNT}:{API_ID}/{STAGE}/{method}{path}"


class ApiGateway(BackgroundServer):
    def __init__(self, functions: Functions, host: str = "127.0.0.1", port: int = 0) -> None:
        self.functions = functions
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def __getattr__(self, name: str) -> Any:
                # The deployed gateway answers every method (TRACE, OPTIONS, PROPFIND, ...) itself,
                # as a JSON error when no route takes it; http.server would send an HTML 501.
                if name.startswith("do_"):
                    return self._handle
                raise AttributeError(name)

            def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
                # A malformed request line or header block: JSON like the gateway's responses, not HTML.
                status, headers, payload = _error(code, "bad_request", message or "the request is malformed")
                self.request_version = "HTTP/1.1"  # the request line may not have got that far: answer with headers
                self._reply(status, headers, payload, close=True)

            def _reply(self, status: int, headers: dict[str, str], payload: bytes, *, close: bool = False) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                if close:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if self.command != "HEAD":
                    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                        self.wfile.write(payload)

            def _handle(self) -> None:
                body, problem = _read_body(self.headers, self.rfile)
                if problem is not None:  # the body's framing is unknown: answer, then close
                    self._reply(*problem, close=True)
                    return
                self._reply(*outer.dispatch(self.command, self.path, dict(self.headers.items()), body))

        super().__init__(Handler, "api-gateway", host, port)

    def dispatch(
        self, method: str, raw_path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        url = urlsplit(raw_path)
        route, params, _ = match_route(method, url.path)
        if route is None:  # as the deployed API's gateway response: an unknown path or method
            return _error(404, "route_not_found", f"no route for {method} {url.path}")
        query = parse_qs(url.query, keep_blank_values=True)
        request_id = str(uuid.uuid4())
        request_context: dict[str, Any] = {
            "accountId": resources.ACCOUNT,
            "apiId": API_ID,
            "stage": STAGE,
            "requestId": request_id,
            "resourcePath": route.path,
            "httpMethod": method,
            "path": f"/{STAGE}{url.path}",
            "protocol": "HTTP/1.1",
            "requestTimeEpoch": int(time.time() * 1000),
            "identity": {"sourceIp": "127.0.0.1", "userAgent": headers.get("User-Agent", "")},
        }
        event: dict[str, Any] = {
            "resource": route.path,
            "path": url.path,
            "httpMethod": method,
            "headers": headers,
            "multiValueHeaders": {k: [v] for k, v in headers.items()},
            "queryStringParameters": {k: v[-1] for k, v in query.items()} or None,
            "multiValueQueryStringParameters": query or None,
            "pathParameters": params or None,
            "stageVariables": None,
            "requestContext": request_context,
            "body": body.decode("utf-8", errors="replace") if body else None,
            "isBase64Encoded": False,
        }
        denied = self._authorize(event, method, url.path)
        if denied:
            return denied
        try:
            response = self.functions.invoke(route.function, event)
        except FunctionError:  # API Gateway: 502 for a failed Lambda proxy integration
            return _error(502, "internal_error", "the function failed; see the local cloud's log")
        if not isinstance(response, dict) or "statusCode" not in response:
            return _error(502, "internal_error", "the function returned no proxy response")
        payload = response.get("body") or ""
        data = base64.b64decode(payload) if response.get("isBase64Encoded") else payload.encode()
        out_headers = dict(response.get("headers") or {})
        for name, values in (response.get("multiValueHeaders") or {}).items():
            out_headers[name] = ", ".join(values)
        return int(response.get("statusCode", 200)), out_headers, data

    def _authorize(self, event: dict[str, Any], method: str, path: str) -> tuple[int, dict[str, str], bytes] | None:
        method_arn = _method_arn(method, path)
        auth_event = {
            "type": "REQUEST",
            "methodArn": method_arn,
            "resource": event["resource"],
            "path": event["path"],
            "httpMethod": method,
            "headers": event["headers"],
            "multiValueHeaders": event["multiValueHeaders"],
            "queryStringParameters": event["queryStringParameters"],
            "multiValueQueryStringParameters": event["multiValueQueryStringParameters"],
            "pathParameters": event["pathParameters"],
            "stageVariables": None,
            "requestContext": event["requestContext"],
        }
        try:
            result = self.functions.invoke("authorizer", auth_event)
        except FunctionError as exc:
            # API Gateway's convention: raising "Unauthorized" means 401.
            if exc.payload.get("errorMessage") == "Unauthorized":
                return _error(401, "unauthorized", "missing or invalid credentials")
            return _error(500, "internal_error", "the authorizer failed")
        if not policy_allows(result, method_arn):
            return _error(403, "forbidden", "these credentials may not call this route")
        context = dict(result.get("context") or {})
        event["requestContext"]["authorizer"] = {"principalId": result.get("principalId"), **context}
        return None
