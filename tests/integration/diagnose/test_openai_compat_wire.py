"""The OpenAI-compatible provider against a loopback /v1/chat/completions server."""

from __future__ import annotations

import json

import pytest

from functions.adapters.openai_compat import OpenAICompatProvider
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


_CLOSED = Scripted(200, {}, raw=b"")
_SHORT = Scripted(200, {}, raw=b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                  b'{"choices"')


@pytest.mark.parametrize(("reply", "name"), [(_CLOSED, "closed connection"), (_SHORT, "short body")])
def test_a_broken_connection_falls_back_to_the_rules_with_the_reason(stub, reply, name):
    # Given an endpoint that hangs up without a reply, or sends less than its Content-Length
    stub.script = [reply]
    # When a batch is diagnosed
    diagnosis, usage = _service(stub).diagnose(battery_summary())
    # Then the batch still gets the rules' diagnosis and the reason is recorded
    assert usage.fallback_reason == "transport_error", name
    assert diagnosis.category.value == "battery_bms"


@pytest.mark.parametrize("usage_block", [{"prompt_tokens": None, "completion_tokens": None}, "n/a", [1, 2]])
def test_a_malformed_usage_block_keeps_the_answer_and_counts_the_prompt_itself(stub, usage_block):
    # Given an endpoint whose answer is fine but whose usage block is null or of the wrong type
    stub.script = [Scripted(200, {**COMPLETION, "usage": usage_block})]
    # When a batch is diagnosed
    service = _service(stub)
    diagnosis, usage = service.diagnose(battery_summary())
    # Then the model's answer is used and the input tokens are the prompt's own count
    assert usage.fallback_reason is None and diagnosis.risk_level.value == "critical"
    assert usage.input_tokens == service.last_plan.prompt_tokens and usage.output_tokens == 0


@pytest.mark.parametrize("content", [
    [{"type": "text", "text": json.dumps(ANSWER)}],  # content parts: accepted
    {"text": "not a string"},  # an object: an invalid answer
])
def test_message_content_of_another_type_never_escapes_the_provider(stub, content):
    # Given an endpoint that returns the message content as parts or as an object
    body = json.loads(json.dumps(COMPLETION))
    body["choices"][0]["message"]["content"] = content
    stub.script = [Scripted(200, body)]
    # When a batch is diagnosed
    diagnosis, usage = _service(stub).diagnose(battery_summary())
    # Then parts are joined into the answer, anything else is an invalid output and the rules answer
    expected = None if isinstance(content, list) else "invalid_output"
    assert usage.fallback_reason == expected
    assert diagnosis.category.value == "battery_bms"


def test_an_oversized_response_is_not_read_whole(stub, monkeypatch):
    # Given an endpoint whose reply exceeds the response cap (lowered so the test stays small)
    import functions.adapters.openai_compat as oai

    monkeypatch.setattr(oai, "MAX_RESPONSE_BYTES", 4096)
    body = json.loads(json.dumps(COMPLETION))
    body["choices"][0]["message"]["content"] = json.dumps({**ANSWER, "root_cause": "x" * 8000})
    stub.script = [Scripted(200, body)]
    # When a batch is diagnosed
    _, usage = _service(stub).diagnose(battery_summary())
    # Then the reply is refused as an invalid output and the rules answer
    assert usage.fallback_reason == "invalid_output"
