"""Powertools Logger, Metrics and Tracer shared by every function (service name from the env).

On AWS each function runs in its own process with its own ``POWERTOOLS_SERVICE_NAME``. The local
cloud runs every function in one process, on threads: there the logger's keys are shared, so
:func:`invocation` marks the thread's current function and a filter stamps each record with it
(a parse step is never labelled with the query function's name, nor ``service_undefined``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
metrics = Metrics(namespace="ArgusOTA")
tracer = Tracer()

_current: ContextVar[dict[str, str] | None] = ContextVar("argus_invocation", default=None)


class _InvocationFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in (_current.get() or {}).items():
            setattr(record, key, value)  # extra attributes win over the logger's shared keys
        return True


logger.registered_handler.addFilter(_InvocationFilter())


@contextmanager
def invocation(function_name: str, service: str, function_arn: str) -> Iterator[None]:
    """Log records made inside carry this function's name, ARN and service (local runtime only)."""
    token = _current.set({"function_name": function_name, "service": service, "function_arn": function_arn})
    try:
        yield
    finally:
        _current.reset(token)


def in_invocation() -> bool:
    """True on a thread that is running a function's handler (local runtime only)."""
    return _current.get() is not None


def send_logs_to(stream: TextIO) -> None:
    """Write the functions' log lines to ``stream`` (a log file) instead of stdout."""
    logger.registered_handler.setStream(stream)  # type: ignore[attr-defined]
