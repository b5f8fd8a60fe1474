"""Amazon Bedrock through the Converse API, with a forced tool call for structured JSON output.

Retries and timeouts are botocore's: standard retry mode retries throttling (HTTP 429
``ThrottlingException``) and transient 5xx a bounded number of times with backoff; what still fails
becomes a :class:`ProviderError` and the caller falls back to the rules.
"""

from __future__ import annotations

from typing import Any

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, ConnectTimeoutError, ReadTimeoutError

from functions.core.ports import ModelReply, ModelRequest, ProviderError

TOOL_NAME = "report_diagnosis"
_THROTTLING = {"ThrottlingException", "TooManyRequestsException", "ServiceQuotaExceededException"}
_TRANSIENT = {"ServiceUnavailableException", "ModelNotReadyException", "InternalServerException"}


def bedrock_config(timeout_s: float, max_attempts: int) -> Config:
    return Config(
        retries={"mode": "standard", "total_max_attempts": max_attempts},  # the first call included
        connect_timeout=min(10.0, timeout_s),
        read_timeout=timeout_s,
    )


def bedrock_client(region: str | None, timeout_s: float, max_attempts: int, endpoint_url: str | None = None) -> Any:
    import boto3

    return boto3.client(
        "bedrock-runtime",
        region_name=region,
        endpoint_url=endpoint_url,
        config=bedrock_config(timeout_s, max_attempts),
    )


class BedrockProvider:
    name = "bedrock"

    def __init__(self, client: Any, model_id: str) -> None:
        self._client = client
        self.model = model_id

    def complete(self, request: ModelRequest) -> ModelReply:
        try:
            response = self._client.converse(
                modelId=self.model,
                system=[{"text": request.system}],
                messages=[{"role": "user", "content": [{"text": request.user}]}],
                inferenceConfig={"maxTokens": request.max_output_tokens, "temperature": 0.0},
                toolConfig={
                    "tools": [
                        {
                            "toolSpec": {
                                "name": TOOL_NAME,
                                "description": "Report the diagnosis of the vehicle log batch.",
                                "inputSchema": {"json": request.json_schema},
                            }
                        }
                    ],
                    "toolChoice": {"tool": {"name": TOOL_NAME}},
                },
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "ClientError")
            if code in _THROTTLING:
                raise ProviderError("throttled", code) from exc
            if code in _TRANSIENT:
                raise ProviderError("unavailable", code) from exc
            raise ProviderError("provider_error", code) from exc
        except (ReadTimeoutError, ConnectTimeoutError) as exc:
            raise ProviderError("timeout", type(exc).__name__) from exc
        except BotoCoreError as exc:
            raise ProviderError("transport_error", type(exc).__name__) from exc

        return _reply(response)


def _reply(response: Any) -> ModelReply:
    """Read the Converse response defensively: a malformed field is an invalid answer (the rules take
    over), never an exception that escapes the provider."""
    if not isinstance(response, dict):
        raise ProviderError("invalid_output", "the Converse response is not an object")
    output = response.get("output")
    message = output.get("message") if isinstance(output, dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, list):
        raise ProviderError("invalid_output", "no output.message.content in the response")
    blocks = [c for c in content if isinstance(c, dict)]
    tool = next((c["toolUse"] for c in blocks if isinstance(c.get("toolUse"), dict)), None)
    structured = tool.get("input") if tool is not None else None
    text = "".join(c["text"] for c in blocks if isinstance(c.get("text"), str))
    usage = response.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    return ModelReply(
        text=text,
        structured=structured if isinstance(structured, dict) else None,
        input_tokens=_count(usage.get("inputTokens")),
        output_tokens=_count(usage.get("outputTokens")),
        stop_reason=str(response.get("stopReason") or ""),
    )


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return max(0, value)
