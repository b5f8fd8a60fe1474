"""What every API function shares: the resolver, the error body, reading the caller's principal.

Errors map to HTTP here and only here: an :class:`~functions.core.domain.errors.ArgusError` carries its
own code and status; request validation failures become 400 ``validation_error``; anything else is
a 500 ``internal_error`` whose detail stays in the logs.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.openapi.exceptions import (
    RequestUnsupportedContentType,
    RequestValidationError,
)
from pydantic import BaseModel

from functions.core.domain.errors import ArgusError, Unauthorized
from functions.core.domain.principal import Principal
from functions.http.json_limits import JSON_MEDIA_TYPE, InvalidJson, check_json_body, media_type

logger = Logger(child=True)


class ErrorDetail(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = {}


class ErrorBody(BaseModel):
    error: ErrorDetail


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> Response:
    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details or {}))
    return Response(status_code=status, content_type="application/json", body=body.model_dump_json())


def principal_of(app: APIGatewayRestResolver) -> Principal:
    """The principal the Lambda authorizer established (``requestContext.authorizer``)."""
    ctx = (app.current_event.raw_event.get("requestContext") or {}).get("authorizer") or {}
    role, subject = ctx.get("role"), ctx.get("subject")
    if role not in ("vehicle", "engineer") or not subject:
        raise Unauthorized("missing or invalid credentials")
    return Principal(role=role, subject=subject)


def authorize(app: Any, method: str, path: str) -> Principal:
    """The caller's principal, refused unless its role may call this route (the shared route table)."""
    from functions.http.routes import ROUTES

    principal = principal_of(app)
    route = next(r for r in ROUTES if r.method == method and r.path == path)
    principal.require_role(*route.roles)
    return principal


def _proxy_error(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details or {}))
    return {
        "statusCode": status,
        "multiValueHeaders": {"Content-Type": ["application/json"]},
        "body": body.model_dump_json(),
        "isBase64Encoded": False,
    }


def _normalise_json_content_type(event: dict[str, Any]) -> None:
    """``APPLICATION/JSON; Charset=UTF-8`` is JSON (media types are case-insensitive); the framework
    compares a prefix case-sensitively, so hand it the canonical spelling."""
    for key in ("headers", "multiValueHeaders"):
        headers = event.get(key) or {}
        for name in list(headers):
            if name.lower() != "content-type":
                continue
            values = headers[name] if key == "multiValueHeaders" else [headers[name]]
            fixed = [
                JSON_MEDIA_TYPE + (";" + v.split(";", 1)[1] if ";" in v else "")
                if media_type(v) == JSON_MEDIA_TYPE
                else v
                for v in values
                if isinstance(v, str)
            ]
            if fixed:
                headers[name] = fixed if key == "multiValueHeaders" else fixed[0]


class ArgusResolver(APIGatewayRestResolver):
    """Screens the body before the framework parses it: a JSON body past the depth or integer
    limits is a 400 ``invalid_json``, never an exception that escapes as a 5xx."""

    def resolve(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        if isinstance(event, dict):
            _normalise_json_content_type(event)
            body = event.get("body")
            content_type = next(
                (v for k, v in (event.get("headers") or {}).items() if k.lower() == "content-type"), None
            )
            if body and media_type(content_type) in ("", JSON_MEDIA_TYPE):
                if event.get("isBase64Encoded"):
                    try:
                        body = base64.b64decode(body).decode("utf-8")
                    except (binascii.Error, UnicodeDecodeError):
                        return _proxy_error(400, "invalid_json", "the body is not UTF-8 JSON")
                try:
                    check_json_body(body)
                except InvalidJson as exc:
                    return _proxy_error(400, "invalid_json", exc.message, exc.details)
        return super().resolve(event, context)


def make_resolver(title: str) -> APIGatewayRestResolver:
    app = ArgusResolver(enable_validation=True)

    @app.exception_handler(ArgusError)
    def _argus_error(exc: ArgusError) -> Response:
        if exc.http_status >= 500:
            logger.exception("server error", extra={"code": exc.code})
        else:
            logger.info("client error", extra={"code": exc.code, "error_message": exc.message})
        return error_response(exc.http_status, exc.code, exc.message, exc.details)

    def _not_json() -> Response | None:
        # Powertools parses a form-encoded body as form fields (curl -d sends that type): this API
        # takes JSON only, and says so rather than reporting the JSON's keys as missing.
        event = app.current_event
        content_type = media_type(event.headers.get("content-type"))
        if event.body and content_type and content_type != JSON_MEDIA_TYPE:
            return error_response(
                415,
                "unsupported_media_type",
                f"send the body as JSON (Content-Type: application/json), not {content_type}",
            )
        return None

    @app.exception_handler(RequestUnsupportedContentType)
    def _unsupported(exc: RequestUnsupportedContentType) -> Response:
        return _not_json() or error_response(415, "unsupported_media_type", "send the body as JSON")

    @app.exception_handler(RequestValidationError)
    def _invalid_request(exc: RequestValidationError) -> Response:
        wrong_type = _not_json()
        if wrong_type is not None:
            return wrong_type
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors()
        ]
        return error_response(400, "validation_error", "the request is not valid", {"problems": problems})

    @app.not_found
    def _no_route(_exc: Exception) -> Response:
        return error_response(404, "route_not_found", "no such route")

    return app
