"""The local stand-in for the Lambda service: runs the real handlers in-process, and serves the
Lambda Invoke API over HTTP so Step Functions (moto's ASL interpreter) calls them the AWS way."""

from __future__ import annotations

import importlib
import json
import re
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote

from argus.local import resources
from argus.local.http import BackgroundServer
from functions.core.observability import invocation, metrics

HANDLERS = {
    "ingest": "functions.ingest.handler.lambda_handler",
    "parse": "functions.parse.handler.lambda_handler",
    "segments": "functions.parse.segments_handler.lambda_handler",
    "barrier": "functions.barrier.handler.lambda_handler",
    "diagnose": "functions.diagnose.handler.lambda_handler",
    "query": "functions.query.handler.lambda_handler",
    "authorizer": "functions.authorizer.handler.lambda_handler",
    "sweeper": "functions.sweeper.handler.lambda_handler",
    "export": "functions.export.handler.lambda_handler",
}


@dataclass
class LocalContext:
    """What Powertools and the handlers read from the Lambda context object."""

    function_name: str
    memory_limit_in_mb: int = 1024
    timeout_s: int = 900
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    _started: float = field(default_factory=time.monotonic)

    @property
    def invoked_function_arn(self) -> str:
        return resources.function_arn(self.function_name)

    @property
    def function_version(self) -> str:
        return "$LATEST"

    @property
    def log_group_name(self) -> str:
        return f"/aws/lambda/{self.function_name}"

    @property
    def log_stream_name(self) -> str:
        return "local"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self.timeout_s - (time.monotonic() - self._started)) * 1000))


class FunctionError(Exception):
    """A handler raised: carries the Lambda error payload (errorType, errorMessage)."""

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__(payload.get("errorMessage", ""))
        self.payload = payload


class Functions:
    """Imports each handler once and runs it as warm Lambda instances, each serving one invocation
    at a time: up to ``instances`` per function (see :mod:`argus.local.instances`), the first in
    this process.

    Handlers rely on Lambda's one-request-per-instance model (module-level batch processors, logger
    keys, the API resolver's current event — which Powertools keeps on a class attribute shared by
    the ingest and query resolvers, so their in-process instances share one lock). Functions still
    run concurrently with each other.
    """

    def __init__(self, instances: int = 1) -> None:
        from argus.local.instances import InstancePool

        self._handlers: dict[str, Any] = {}
        self._lock = threading.Lock()
        api_instance = threading.Lock()
        local = {name: threading.Lock() for name in HANDLERS} | {"ingest": api_instance, "query": api_instance}
        self.instances = max(1, instances)
        self._pools = {name: InstancePool(name, self.instances, local[name]) for name in HANDLERS}
        self.invocations: dict[str, int] = {}

    def handler(self, name: str) -> Any:
        with self._lock:
            if name not in self._handlers:
                module, _, attr = HANDLERS[name].rpartition(".")
                self._handlers[name] = getattr(importlib.import_module(module), attr)
            return self._handlers[name]

    def invoke(self, name: str, event: Any) -> Any:
        with self._lock:
            self.invocations[name] = self.invocations.get(name, 0) + 1
        with self._pools[name].instance() as worker:
            if worker is not None:
                return worker.invoke(event)
            return self._invoke_here(name, event)

    def spawned(self) -> dict[str, int]:
        """Worker processes started per function (the in-process instances not counted)."""
        return {name: pool.spawned for name, pool in self._pools.items() if pool.spawned}

    def served_by_workers(self) -> dict[str, int]:
        """Invocations served by worker processes per function."""
        return {name: pool.worker_invocations for name, pool in self._pools.items() if pool.worker_invocations}

    def warm(self, name: str) -> None:
        """Start all instances of one function now (provisioned concurrency)."""
        self._pools[name].warm()

    def reap_idle(self) -> None:
        for pool in self._pools.values():
            pool.reap_idle()

    def recycle(self) -> None:
        """New cold starts for the worker instances (the in-process ones: ``_forget_cold_starts``)."""
        for pool in self._pools.values():
            pool.recycle()

    def close(self) -> None:
        for pool in self._pools.values():
            pool.close()

    def _invoke_here(self, name: str, event: Any) -> Any:
        """The in-process instance; the caller holds its lock."""
        try:
            handler = self.handler(name)  # an import error is an init error, reported like any other
            # Events and results cross the wire as JSON on AWS: a result JSON cannot carry
            # (a Decimal, a datetime) fails there, so it fails here too.
            context = LocalContext(function_name=resources.function_name(name))
            # One process runs every function: stamp this thread's log lines with this one.
            with invocation(context.function_name, f"argus-{name}", context.invoked_function_arn):
                result = handler(json.loads(json.dumps(event)), context)
            return json.loads(json.dumps(result))
        except Exception as exc:
            if isinstance(exc, TypeError) and "JSON serializable" in str(exc):
                raise FunctionError({"errorType": "Runtime.MarshalError", "errorMessage": str(exc)}) from exc
            raise FunctionError(
                {
                    "errorType": type(exc).__name__,
                    "errorMessage": str(exc),
                    "stackTrace": traceback.format_exception(exc)[-5:],
                }
            ) from exc
        finally:
            # Metrics are off locally, but Powertools still accumulates them (and prints at 100).
            metrics.clear_metrics()


_INVOKE_PATH = re.compile(r"^/2015-03-31/functions/(?P<name>[^/]+)/invocations$")


class LambdaHost(BackgroundServer):
    """``POST /2015-03-31/functions/{name}/invocations`` → the handler, like the Lambda service."""

    def __init__(self, functions: Functions, host: str = "127.0.0.1", port: int = 0) -> None:
        self.functions = functions
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                match = _INVOKE_PATH.match(self.path.split("?")[0])
                length = int(self.headers.get("Content-Length") or 0)
                payload = self.rfile.read(length) if length else b"{}"
                if not match:
                    return self._send(404, {"Type": "User", "message": "unknown path"})
                name = resources.short_name(unquote(match["name"]))  # an ARN arrives URL-encoded
                if name not in HANDLERS:
                    return self._send(
                        404,
                        {"Type": "User", "message": f"Function not found: {match['name']}"},
                        error="ResourceNotFoundException",
                    )
                try:
                    result = outer.functions.invoke(name, json.loads(payload or b"{}"))
                except FunctionError as exc:
                    return self._send(200, exc.payload, function_error="Unhandled")
                self._send(200, result)

            def _send(
                self, status: int, body: Any, function_error: str | None = None, error: str | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("X-Amz-Executed-Version", "$LATEST")
                self.send_header("x-amzn-RequestId", str(uuid.uuid4()))  # clients read it into ResponseMetadata
                if function_error:
                    self.send_header("X-Amz-Function-Error", function_error)
                if error:
                    self.send_header("X-Amzn-ErrorType", error)
                self.end_headers()
                self.wfile.write(data)

        super().__init__(Handler, "lambda-host", host, port)


def route_step_functions_lambda_tasks(lambda_endpoint: str) -> None:
    """moto's ASL interpreter builds its own Lambda client aimed at the moto server, whose Lambda
    (without Docker) only echoes its input. Point that client at :class:`LambdaHost` instead."""
    import boto3
    from botocore.config import Config
    from moto.stepfunctions.parser.asl.component.state.exec.state_task import lambda_eval_utils

    original = getattr(lambda_eval_utils, "_argus_original_client_for", lambda_eval_utils.boto_client_for)

    def client_for(region: str, service: str, state_credentials: Any = None) -> Any:
        if service != "lambda":
            return original(region=region, service=service, state_credentials=state_credentials)
        return boto3.client(
            "lambda",
            region_name=region,
            endpoint_url=lambda_endpoint,
            aws_access_key_id="local",
            aws_secret_access_key="local",
            config=Config(retries={"max_attempts": 0, "total_max_attempts": 1}, read_timeout=900),
        )

    lambda_eval_utils._argus_original_client_for = original
    lambda_eval_utils.boto_client_for = client_for


def unroute_step_functions_lambda_tasks() -> None:
    from moto.stepfunctions.parser.asl.component.state.exec.state_task import lambda_eval_utils

    original = getattr(lambda_eval_utils, "_argus_original_client_for", None)
    if original is not None:
        lambda_eval_utils.boto_client_for = original
