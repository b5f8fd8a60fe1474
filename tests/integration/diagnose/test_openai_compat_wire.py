"""The OpenAI-compatible provider against a loopback /v1/chat/completions server."""

from __future__ import annotations

import json

import pytest

from functions.diagnose.providers.openai_compat import OpenAICompatProvider
from functions.diagnose.service import DiagnosisService
from functions.diagnose.tokens import default_counter
from tests.integration.diagnose.conftest import Scripted
from tests.integration.diagnose.scenario import ANSWER, battery_summary

pytestmark = pytest.mark.integration

COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "model": "llama-3.1-8b-instruct",
    "choices": [{"index": 0, "finish_reason": "stop",
                 "message": {"role": "assistant", "content": json.dumps(ANSWER)}}],
    "usage": {"prompt_tokens": 1500, "completion_tokens": 90, "total_tokens": 1590},
}


def _service(stub, attempts=3):
    provider = OpenAICompatProvider(f"{stub.url}/v1", "llama-3.1-8b-instruct", api_key="sk-local",
                                    timeout_s=5, max_attempts=attempts, sleep=lambda s: None)
    return DiagnosisService(provider=provider, counter=default_counter())


def test_chat_completion_request_and_answer(stub):
    stub.script = [Scripted(200, COMPLETION)]
    diagnosis, usage = _service(stub).diagnose(battery_summary())
    path, headers, body = stub.requests[0]
    assert path == "/v1/chat/completions" and headers["Authorization"] == "Bearer sk-local"
    assert body["max_tokens"] == 700 and body["temperature"] == 0
    assert body["response_format"]["type"] == "json_schema"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert diagnosis.risk_level.value == "critical"
    assert (usage.input_tokens, usage.output_tokens) == (1500, 90)


def test_429_is_retried_then_gives_up_with_the_rules(stub):
    stub.default = Scripted(429, {"error": {"message": "rate limited"}}, {"Retry-After": "0"})
    diagnosis, usage = _service(stub, attempts=4).diagnose(battery_summary())
    assert len(stub.requests) == 4
    assert usage.fallback_reason == "throttled" and diagnosis.category.value == "battery_bms"
