"""Any OpenAI-compatible ``/v1/chat/completions`` endpoint (llama.cpp server, vLLM, Ollama, OpenAI).

Plain ``urllib.request`` so the Lambda needs nothing beyond the standard library. Throttling (429)
and transient 5xx are retried a bounded number of times with capped backoff (honouring a short
``Retry-After``); anything else is a :class:`ProviderError`.
"""

from __future__ import annotations

import http.client
import json
import math
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from functions.core.ports import ModelReply, ModelRequest, ProviderError

_RETRYABLE = {429, 500, 502, 503, 504}
_MAX_BACKOFF_S = 4.0
# A chat completion for a 700-token answer is a few KiB; anything far larger is not an answer, and
# reading it whole would let a misbehaving endpoint exhaust the Lambda's memory.
MAX_RESPONSE_BYTES = 1 << 20


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
                    raw = _read_capped(resp)
                return _reply(json.loads(raw))
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
            except (OSError, http.client.HTTPException) as exc:
                # The peer closed the connection (RemoteDisconnected), sent a short body
                # (IncompleteRead) or a garbled status line: a transport failure like any other.
                raise ProviderError("transport_error", type(exc).__name__) from exc
            if attempt < self._attempts:
                self._sleep(delay)
        raise ProviderError(last, f"gave up after {self._attempts} attempts")


def _read_capped(resp: Any) -> bytes:
    """The body, at most MAX_RESPONSE_BYTES; a body shorter than its Content-Length is an
    IncompleteRead (``read(amt)`` would silently return the truncated part)."""
    chunks: list[bytes] = []
    total = 0
    while total <= MAX_RESPONSE_BYTES:
        chunk = resp.read(min(64 * 1024, MAX_RESPONSE_BYTES + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > MAX_RESPONSE_BYTES:
        raise ProviderError("invalid_output", f"response larger than {MAX_RESPONSE_BYTES} bytes")
    raw = b"".join(chunks)
    if getattr(resp, "length", None):  # bytes announced by Content-Length that never came
        raise http.client.IncompleteRead(raw, resp.length)
    return raw


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        if header is not None:
            return min(_MAX_BACKOFF_S, max(0.0, float(header)))
    except ValueError:
        pass
    return min(_MAX_BACKOFF_S, 0.25 * 2 ** (attempt - 1))


def _reply(payload: Any) -> ModelReply:
    """Read the answer from a completion; every field is checked, as the endpoint may be any server."""
    try:
        choice = payload["choices"][0]
        content = choice["message"].get("content") or ""
    except (KeyError, IndexError, TypeError, AttributeError) as exc:
        raise ProviderError("invalid_output", "no choices[0].message in the response") from exc
    if isinstance(content, list):  # content parts: [{"type": "text", "text": ...}]
        content = "".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    if not isinstance(content, str):
        raise ProviderError("invalid_output", f"message content is a {type(content).__name__}")
    usage = payload.get("usage")
    if not isinstance(usage, dict):
        usage = {}
    return ModelReply(
        text=content,
        input_tokens=_count(usage.get("prompt_tokens")),
        output_tokens=_count(usage.get("completion_tokens")),
        stop_reason=str(choice.get("finish_reason") or "") if isinstance(choice, dict) else "",
    )


def _count(value: Any) -> int:
    """A token count from the usage block; null, negative or non-numeric counts as 0 (the caller then
    uses its own count of the prompt) rather than failing an answer that is otherwise fine."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return 0
    return max(0, int(value))
