"""Domain and application errors.

Every error a client can cause carries a stable machine-readable ``code`` and maps to one HTTP
status in exactly one place (the API resolvers' exception handler), never by matching text.
"""

from __future__ import annotations

from typing import Any

MAX_ECHO_CHARS = 80  # a client-supplied id is echoed back at most this long (a 7,000-character id is not)


def echo_id(value: object) -> str:
    """A client-supplied identifier, safe to put in an error message or its details."""
    text = str(value)
    return text if len(text) <= MAX_ECHO_CHARS else text[:MAX_ECHO_CHARS] + "…"


class ArgusError(Exception):
    """Base of every error the platform raises on purpose."""

    code = "internal_error"
    http_status = 500

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class ValidationFailed(ArgusError):
    code = "validation_error"
    http_status = 400


class NotFound(ArgusError):
    code = "not_found"
    http_status = 404


class Forbidden(ArgusError):
    code = "forbidden"
    http_status = 403


class VinBoundToAnotherVehicle(Forbidden):
    """The VIN is registered to another vehicle id (or this vehicle to another VIN)."""

    code = "vin_bound_to_another_vehicle"


class Unauthorized(ArgusError):
    code = "unauthorized"
    http_status = 401


class Conflict(ArgusError):
    """The request is well formed but the resource is in a state that forbids it."""

    code = "conflict"
    http_status = 409


class IllegalTransition(Conflict):
    code = "illegal_transition"


class BatchSealed(Conflict):
    code = "batch_sealed"


class FilesIncomplete(Conflict):
    code = "files_incomplete"


class PartsInvalid(ArgusError):
    code = "parts_invalid"
    http_status = 400


class ConcurrentUpdate(Conflict):
    """A conditional write lost a race; the caller may re-read and retry."""

    code = "concurrent_update"


class TransientError(ArgusError):
    """A dependency is temporarily unavailable; Step Functions retries on this error name."""

    code = "transient_error"
    http_status = 503


class BarrierUnavailable(TransientError):
    """The barrier store (Valkey) did not answer in time. DynamoDB stays the source of truth, so a
    caller that can decide from the table does so; the reconciler finishes the rest."""

    code = "barrier_unavailable"


class InvalidToken(Unauthorized):
    """Malformed, tampered with, expired or otherwise unacceptable; ``details.reason`` says which."""


class MissingSecret(ArgusError):
    """No signing key or no trusted issuer is configured."""

    code = "auth_misconfigured"


class CacheUnavailable(TransientError):
    """The cache could not be reached; callers degrade to the source of truth."""

    code = "cache_unavailable"
