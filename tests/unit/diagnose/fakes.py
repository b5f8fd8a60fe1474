"""In-memory stand-ins that record what they were given."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from functions.core.ports import CachedDiagnosis, ModelReply, ModelRequest, ProviderError


@dataclass
class FakeProvider:
    """Answers with ``answer(request)``; raises ``ProviderError(fail)`` when ``fail`` is set."""

    answer: Callable[[ModelRequest], dict | str] = lambda r: {
        "category": "battery_bms", "risk_level": "high", "root_cause": "Cell over-temperature in module 4.",
        "recommendations": ["Inspect module 4"], "evidence_refs": ["C1", "T1"], "confidence": 0.8,
    }
    fail: str | None = None
    name: str = "fake"
    model: str = "fake-model-1"
    requests: list[ModelRequest] = field(default_factory=list)

    def complete(self, request: ModelRequest) -> ModelReply:
        self.requests.append(request)
        if self.fail:
            raise ProviderError(self.fail, "injected")
        body = self.answer(request)
        text = body if isinstance(body, str) else json.dumps(body)
        return ModelReply(text=text, input_tokens=len(request.user) // 4, output_tokens=60, stop_reason="end_turn")


@dataclass
class InMemoryDiagnosisCache:
    items: dict[str, CachedDiagnosis] = field(default_factory=dict)
    puts: int = 0

    def get(self, key: str) -> CachedDiagnosis | None:
        return self.items.get(key)

    def put(self, key: str, value: CachedDiagnosis) -> None:
        self.puts += 1
        self.items[key] = value


class MemoryTable:
    """The two calls of a boto3 DynamoDB Table the cache uses."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], dict] = {}

    def get_item(self, Key: dict, **_: object) -> dict:
        item = self.items.get((Key["pk"], Key["sk"]))
        return {"Item": dict(item)} if item else {}

    def put_item(self, Item: dict, **_: object) -> dict:
        self.items[(Item["pk"], Item["sk"])] = dict(Item)
        return {}
