"""The providers read untrusted responses: a malformed field is an invalid answer, never an exception
of another type (which would bypass the rules fallback)."""

from __future__ import annotations

import pytest

from functions.adapters.bedrock import BedrockProvider
from functions.adapters.openai_compat import _reply
from functions.core.ports import ModelRequest, ProviderError
from functions.diagnose.providers.base import ANSWER_SCHEMA

_ANSWER = {"category": "none", "risk_level": "low", "root_cause": "nothing", "recommendations": [],
           "evidence_refs": [], "confidence": 0.5}


class _Client:
    def __init__(self, response: object) -> None:
        self.response = response

    def converse(self, **_: object) -> object:
        return self.response


def _converse(response: object):
    return BedrockProvider(_Client(response), "m").complete(ModelRequest("s", "u", 10, ANSWER_SCHEMA))


@pytest.mark.parametrize("response", [
    None,
    {"output": {"message": {"content": "text"}}},
    {"output": "x"},
    {},
])
def test_bedrock_response_without_content_is_an_invalid_output(response):
    # Given a Converse response without a list of content blocks / When read / Then invalid_output
    with pytest.raises(ProviderError) as err:
        _converse(response)
    assert err.value.reason == "invalid_output"


def test_bedrock_malformed_blocks_and_usage_are_skipped_not_raised():
    # Given content blocks of the wrong types next to a valid tool call, and a garbled usage block
    reply = _converse({
        "output": {"message": {"content": [None, 3, {"toolUse": "x"}, {"toolUse": {"input": _ANSWER}},
                                           {"text": 5}, {"text": "ok"}]}},
        "usage": {"inputTokens": None, "outputTokens": "87"}, "stopReason": None,
    })
    # Then the valid parts are read and the counts fall back to 0
    assert reply.structured == _ANSWER and reply.text == "ok"
    assert (reply.input_tokens, reply.output_tokens, reply.stop_reason) == (0, 0, "")


@pytest.mark.parametrize("usage", [None, "x", [1], {"prompt_tokens": None, "completion_tokens": float("nan")},
                                   {"prompt_tokens": -5, "completion_tokens": True}])
def test_openai_usage_of_any_shape_counts_as_zero(usage):
    # Given a completion with a usage block that is null, of the wrong type or with bad numbers
    reply = _reply({"choices": [{"message": {"content": "{}"}, "finish_reason": None}], "usage": usage})
    # Then the reply is read and the counts are 0 (the service then counts the prompt itself)
    assert (reply.input_tokens, reply.output_tokens, reply.stop_reason) == (0, 0, "")


@pytest.mark.parametrize("payload", [[], "x", {"choices": "x"}, {"choices": [{"message": {"content": 5}}]}])
def test_openai_payload_of_another_shape_is_an_invalid_output(payload):
    with pytest.raises(ProviderError) as err:
        _reply(payload)
    assert err.value.reason == "invalid_output"
