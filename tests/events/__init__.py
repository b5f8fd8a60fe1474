"""Lambda events and the Lambda context as AWS delivers them, for handler tests.

The JSON files here keep the shapes AWS documents for each trigger (an SQS record, an S3
notification and S3's test event, a REST API proxy request, a REQUEST authorizer call, the Lambda
context object); the helpers fill in only what a test is about. A Step Functions task's event is
not kept as a file: it is what the state's ``Payload`` template in ``infra/state_machine.asl.json``
makes of the state input, so :func:`step_functions_task` applies that template (the event can never
drift from the deployed definition).
"""

from __future__ import annotations

import copy
import json
import time
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
REPO = HERE.parents[1]


@cache
def _load(name: str) -> Any:
    return json.loads((HERE / name).read_text())


def event(name: str) -> Any:
    """A fresh copy of ``tests/events/<name>.json``."""
    return copy.deepcopy(_load(f"{name}.json"))


class LambdaContext:
    """The Lambda context object (the attributes and the one method handlers use), counting down
    from the function's timeout like the real one."""

    def __init__(self, function_name: str | None = None, timeout_s: float | None = None, **overrides: Any) -> None:
        fields = event("lambda_context")
        fields.update(overrides)
        if function_name is not None:
            fields["function_name"] = function_name
            fields["invoked_function_arn"] = fields["invoked_function_arn"].rsplit(":", 1)[0] + f":{function_name}"
            fields["log_group_name"] = f"/aws/lambda/{function_name}"
        self._deadline = time.monotonic() + (timeout_s if timeout_s is not None else fields.pop("timeout_s"))
        fields.pop("timeout_s", None)
        for key, value in fields.items():
            setattr(self, key, value)

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


class SteppingContext(LambdaContext):
    """The same context on a deterministic clock for deadline tests: the remaining time starts at
    ``remaining_ms`` and drops by ``step_ms`` each time the handler asks."""

    def __init__(self, remaining_ms: int = 900_000, step_ms: int = 0, function_name: str | None = None) -> None:
        super().__init__(function_name=function_name, timeout_s=remaining_ms / 1000)
        self.remaining = remaining_ms
        self.step_ms = step_ms

    def get_remaining_time_in_millis(self) -> int:
        self.remaining -= self.step_ms
        return self.remaining


def sqs_event(*bodies: str | tuple[str, str]) -> dict[str, Any]:
    """An SQS batch; each body a string, or ``(message_id, body)`` to name the message."""
    records = []
    for i, body in enumerate(bodies):
        message_id, text = body if isinstance(body, tuple) else (f"m{i + 1}", body)
        record = event("sqs_record")
        record["messageId"], record["receiptHandle"], record["body"] = message_id, f"rh-{message_id}", text
        records.append(record)
    return {"Records": records}


def s3_notification(bucket: str, key: str, event_name: str = "ObjectCreated:CompleteMultipartUpload") -> dict[str, Any]:
    """An S3 event notification for one object; the key URL-encoded as S3 sends it."""
    notification = event("s3_object_created")
    record = notification["Records"][0]
    record["eventName"] = event_name
    record["s3"]["bucket"]["name"], record["s3"]["bucket"]["arn"] = bucket, f"arn:aws:s3:::{bucket}"
    record["s3"]["object"]["key"] = key.replace("/", "%2F")
    return notification


def s3_test_event(bucket: str) -> dict[str, Any]:
    """What S3 sends once when a notification is configured (not an object event)."""
    return {**event("s3_test_event"), "Bucket": bucket}


def api_request(
    path: str,
    resource: str,
    path_parameters: dict[str, str] | None = None,
    principal: tuple[str, str] | None = ("engineer", "ada"),
    query: dict[str, str] | None = None,
    method: str = "GET",
) -> dict[str, Any]:
    """A REST API proxy request after the Lambda authorizer established ``principal``."""
    request = event("api_gateway_proxy")
    request.update(resource=resource, path=path, httpMethod=method, pathParameters=path_parameters)
    request["queryStringParameters"] = query
    request["multiValueQueryStringParameters"] = {k: [v] for k, v in query.items()} if query else None
    ctx = request["requestContext"]
    ctx.update(resourcePath=resource, httpMethod=method, path=f"/{ctx['stage']}{path}")
    ctx["authorizer"] = {"role": principal[0], "subject": principal[1]} if principal else None
    return request


def authorizer_request(method_arn: str, method: str, resource: str, path: str, headers: dict[str, str]) -> dict:
    """A REQUEST authorizer invocation for one call of a route."""
    request = event("api_gateway_authorizer_request")
    request.update(methodArn=method_arn, resource=resource, path=path, httpMethod=method, headers=headers)
    request["multiValueHeaders"] = {k: [v] for k, v in headers.items()}
    request["requestContext"].update(resourcePath=resource, httpMethod=method, path=f"/prod{path}")
    return request


def step_functions_task(state: str, state_input: dict[str, Any]) -> dict[str, Any]:
    """The event the batch workflow's ``state`` sends its Lambda task, from ``state_input``."""
    definition = json.loads((REPO / "infra" / "state_machine.asl.json").read_text())
    template = definition["States"][state]["Parameters"]["Payload"]
    payload: dict[str, Any] = {}
    for key, value in template.items():
        if key.endswith(".$"):
            assert value.startswith("$.") and "." not in value[2:], f"only top-level paths are used: {value}"
            payload[key[:-2]] = state_input[value[2:]]
        else:
            payload[key] = value
    return payload
