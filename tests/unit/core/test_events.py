"""The events in tests/events are what AWS sends: each parses with the Powertools model of its
trigger, and a Step Functions task event made from the state machine's definition drives the
diagnose handler."""

from __future__ import annotations

import json

import pytest
from aws_lambda_powertools.utilities.parser.models import (
    ApiGatewayAuthorizerRequest,
    APIGatewayProxyEventModel,
    S3Model,
    S3SqsEventNotificationModel,
)

from functions.core.domain.batch import Batch
from functions.diagnose.handler import StepEnvelope, lambda_handler
from functions.diagnose.steps import BatchWorkflowSteps
from tests.events import (
    LambdaContext,
    api_request,
    authorizer_request,
    s3_notification,
    sqs_event,
    step_functions_task,
)
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore

STATE_INPUT = {
    "batch_id": "b_0123456789abcdef0123",
    "summary_key": "summaries/b_0123456789abcdef0123/batch.json",
    "diagnosis_key": "summaries/b_0123456789abcdef0123/diagnosis.json",
    "error": {"Error": "States.TaskFailed", "Cause": "boom"},
}


def test_an_s3_notification_through_sqs_parses_as_aws_sends_it():
    event = sqs_event(json.dumps(s3_notification("argus-bucket", "raw/b_0123456789abcdef0123/f_0123456789abcdef0123")))
    parsed = S3SqsEventNotificationModel.model_validate(event)
    record = parsed.Records[0].body.Records[0]
    assert record.s3.object.key == "raw%2Fb_0123456789abcdef0123%2Ff_0123456789abcdef0123"  # URL-encoded, as S3 sends
    assert S3Model.model_validate(s3_notification("b", "reports/x.json", "ObjectCreated:Put")).Records[0].s3.bucket.name


def test_api_gateway_requests_parse_as_aws_sends_them():
    proxy = APIGatewayProxyEventModel.model_validate(api_request("/v1/batches", "/v1/batches", query={"limit": "5"}))
    assert proxy.requestContext.stage == "prod" and proxy.queryStringParameters == {"limit": "5"}
    call = authorizer_request("arn:aws:execute-api:eu-west-1:1:abc/prod/GET/v1/batches", "GET", "/v1/batches",
                              "/v1/batches", {"Authorization": "Bearer x"})
    assert ApiGatewayAuthorizerRequest.model_validate(call).headers == {"Authorization": "Bearer x"}


@pytest.mark.parametrize("state", ["Gather", "Diagnose", "SaveReport", "MarkFailed"])
def test_every_task_of_the_batch_workflow_is_an_event_the_diagnose_handler_reads(state):
    # Given the payload the state machine's definition makes for this task; Then the handler's model takes it
    task = StepEnvelope.model_validate({"task": step_functions_task(state, STATE_INPUT)}).task
    assert task.batch_id == STATE_INPUT["batch_id"]


def test_the_mark_failed_task_fails_the_batch_with_the_reason():
    # Given an open batch
    repo = InMemoryBatchRepository()
    batch = Batch.open("veh-1", "WVWZZZ1JZXW000001")
    repo.create_batch(batch)
    steps = BatchWorkflowSteps(repo=repo, store=InMemoryObjectStore(), diagnose_summary=lambda summary: None)
    # When the workflow's Catch sends the MarkFailed task
    event = step_functions_task("MarkFailed", {**STATE_INPUT, "batch_id": batch.batch_id})
    result = lambda_handler(event, LambdaContext("argus-diagnose"), service=steps)
    # Then the batch is failed with the error's name and cause
    assert result == {"batch_id": batch.batch_id, "status": "failed"}
    assert repo.get_batch(batch.batch_id).error == "States.TaskFailed: boom"
