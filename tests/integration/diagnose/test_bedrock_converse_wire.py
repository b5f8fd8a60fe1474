"""The Bedrock provider against a loopback server speaking the Converse rest-json wire format."""

from __future__ import annotations

import pytest

from functions.adapters.bedrock import BedrockProvider, bedrock_client
from functions.diagnose.service import DiagnosisService
from functions.diagnose.tokens import default_counter
from tests.integration.diagnose.conftest import Scripted
from tests.integration.diagnose.scenario import ANSWER, battery_summary

pytestmark = pytest.mark.integration
MODEL = "anthropic.claude-3-5-haiku-20241022-v1:0"

CONVERSE_OK = {
    "output": {"message": {"role": "assistant", "content": [
        {"toolUse": {"toolUseId": "tooluse_1", "name": "report_diagnosis", "input": ANSWER}}]}},
    "stopReason": "tool_use",
    "usage": {"inputTokens": 1234, "outputTokens": 87, "totalTokens": 1321},
    "metrics": {"latencyMs": 420},
}
THROTTLED = Scripted(429, {"message": "Too many requests, please wait before trying again."},
                     {"x-amzn-ErrorType": "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/"})


@pytest.fixture
def service(stub, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")

    def make(max_attempts: int = 3, timeout_s: float = 5.0) -> DiagnosisService:
        client = bedrock_client("us-east-1", timeout_s, max_attempts, endpoint_url=stub.url)
        return DiagnosisService(provider=BedrockProvider(client, MODEL), counter=default_counter(),
                                price_in_per_1k=0.0008, price_out_per_1k=0.004)

    return make


def test_converse_request_carries_max_tokens_and_a_forced_tool_and_the_answer_is_used(stub, service):
    # Given a Bedrock endpoint that answers with a tool call
    stub.script = [Scripted(200, CONVERSE_OK)]
    # When a batch is diagnosed
    diagnosis, usage = service().diagnose(battery_summary())
    # Then the wire request is a Converse call with maxTokens and the tool forced
    path, headers, body = stub.requests[0]
    assert path == "/model/anthropic.claude-3-5-haiku-20241022-v1%3A0/converse"
    assert headers["Authorization"].startswith("AWS4-HMAC-SHA256")
    assert body["inferenceConfig"]["maxTokens"] == 700
    assert body["toolConfig"]["toolChoice"] == {"tool": {"name": "report_diagnosis"}}
    assert body["system"][0]["text"].startswith("You are an automotive diagnostics engineer")
    # And the model's answer, tokens and cost are in the result
    assert (diagnosis.category.value, diagnosis.risk_level.value) == ("battery_bms", "critical")
    assert diagnosis.evidence[0].line == 220  # C1 = the P0A80 code
    assert (usage.input_tokens, usage.output_tokens, usage.model_calls) == (1234, 87, 1)
    assert usage.estimated_cost_usd == pytest.approx(1.234 * 0.0008 + 0.087 * 0.004)


def test_throttling_is_retried_a_bounded_number_of_times_then_succeeds(stub, service):
    stub.script = [THROTTLED, THROTTLED, Scripted(200, CONVERSE_OK)]
    diagnosis, usage = service(max_attempts=3).diagnose(battery_summary())
    assert len(stub.requests) == 3
    assert usage.fallback_reason is None and diagnosis.risk_level.value == "critical"


def test_persistent_throttling_falls_back_to_the_rules(stub, service):
    # Given an endpoint that always throttles
    stub.default = THROTTLED
    # When diagnosing with 3 attempts
    diagnosis, usage = service(max_attempts=3).diagnose(battery_summary())
    # Then exactly 3 requests were made, and the rules answered with the reason recorded
    assert len(stub.requests) == 3
    assert usage.fallback_reason == "throttled" and usage.model_calls == 1
    assert (diagnosis.category.value, diagnosis.risk_level.value) == ("battery_bms", "high")


def test_a_slow_model_times_out_and_falls_back(stub, service):
    stub.default = Scripted(200, CONVERSE_OK, delay_s=1.5)
    _, usage = service(max_attempts=1, timeout_s=0.5).diagnose(battery_summary())
    assert usage.fallback_reason == "timeout"


def test_an_answer_outside_the_schema_falls_back(stub, service):
    bad = {**CONVERSE_OK, "output": {"message": {"role": "assistant", "content": [
        {"toolUse": {"toolUseId": "t", "name": "report_diagnosis", "input": {**ANSWER, "category": "brakes"}}}]}}}
    stub.script = [Scripted(200, bad)]
    diagnosis, usage = service().diagnose(battery_summary())
    assert usage.fallback_reason == "invalid_output" and diagnosis.category.value == "battery_bms"



def test_a_null_usage_count_keeps_the_answer(stub, service):
    # Given a Converse answer whose usage counts are null
    stub.script = [Scripted(200, {**CONVERSE_OK, "usage": {"inputTokens": None, "outputTokens": None}})]
    # When a batch is diagnosed
    svc = service()
    diagnosis, usage = svc.diagnose(battery_summary())
    # Then the tool answer is used and the input tokens fall back to the prompt's own count
    assert usage.fallback_reason is None and diagnosis.risk_level.value == "critical"
    assert usage.input_tokens == svc.last_plan.prompt_tokens and usage.output_tokens == 0


@pytest.mark.parametrize("response", [
    {**CONVERSE_OK, "usage": ["not", "an", "object"]},
    {**CONVERSE_OK, "output": {"message": {"role": "assistant", "content": [{"toolUse": "not an object"}]}}},
    {**CONVERSE_OK, "output": {"message": {"role": "assistant", "content": [None, 3]}}},
])
def test_a_garbled_response_falls_back_to_the_rules_with_a_reason(stub, service, response):
    # Given a Converse answer of the wrong shape (botocore's own parser raises on some of these)
    stub.script = [Scripted(200, response)]
    # When a batch is diagnosed
    diagnosis, usage = service().diagnose(battery_summary())
    # Then nothing escapes: the rules answer and the reason is recorded
    assert usage.fallback_reason in ("invalid_output", "provider_bug: AttributeError")
    assert diagnosis.category.value == "battery_bms"
