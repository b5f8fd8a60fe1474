"""Any OpenAI-compatible ``/v1/chat/completions`` endpoint (llama.cpp server, vLLM, Ollama, OpenAI).

Plain ``urllib.request`` so the Lambda needs nothing beyond the standard library. Throttling (429)
and transient 5xx are retried a bounded number of times with capped backoff (honouring a short
``Retry-After``); anything else is a :class:`ProviderError`.
"""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from functions.diagnose.providers.base import ModelReply, ModelRequest, ProviderError

_RETRYABLE = {429, 500, 502, 503, 504}
_MAX_BACKOFF_S = 4.0


class OpenAICompatProvider:
    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        max_attempts: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self._api_key = api_key
        self._timeout = timeout_s
        self._attempts = max_attempts
        self._sleep = sleep

    def _body(self, request: ModelRequest) -> bytes:
        return json.dumps(
            {
                "model": self.model,
                "messages": [
                    {"role": "system", "content": request.system},
                    {"role": "user", "content": request.user},
                ],
                "max_tokens": request.max_output_tokens,
                "temperature": 0,
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": "diagnosis", "schema": request.json_schema, "strict": True},
                },
            }
        ).encode()

    def complete(self, request: ModelRequest) -> ModelReply:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        body = self._body(request)
        last = "unavailable"
        for attempt in range(1, self._attempts + 1):
            req = urllib.request.Request(self._url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=self._timeout) as resp:
                    payload = json.loads(resp.read())
                return _reply(payload)
            except urllib.error.HTTPError as exc:
                if exc.code not in _RETRYABLE:
                    raise ProviderError("provider_error", f"HTTP {exc.code}") from exc
                last = "throttled" if exc.code == 429 else "unavailable"
                delay = _retry_after(exc.headers.get("Retry-After"), attempt)
            except TimeoutError as exc:
                raise ProviderError("timeout", str(exc)) from exc
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                    raise ProviderError("timeout", str(exc.reason)) from exc
                raise ProviderError("transport_error", str(exc.reason)) from exc
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise ProviderError("invalid_output", "response is not JSON") from exc
            if attempt < self._attempts:
                self._sleep(delay)
        raise ProviderError(last, f"gave up after {self._attempts} attempts")


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        if header is not None:
            return min(_MAX_BACKOFF_S, max(0.0, float(header)))
    except ValueError:
        pass
    return min(_MAX_BACKOFF_S, 0.25 * 2 ** (attempt - 1))


def _reply(payload: dict[str, Any]) -> ModelReply:
    try:
        choice = payload["choices"][0]
        text = choice["message"].get("content") or ""
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise ProviderError("invalid_output", "no choices[0].message in the response") from exc
    usage = payload.get("usage") or {}
    return ModelReply(
        text=text,
        input_tokens=int(usage.get("prompt_tokens", 0)),
        output_tokens=int(usage.get("completion_tokens", 0)),
        stop_reason=str(choice.get("finish_reason", "")),
    )
