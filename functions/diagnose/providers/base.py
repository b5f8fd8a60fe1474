"""The model interface: send a prompt, get a structured JSON answer and the token usage back.

Providers raise :class:`ProviderError` (with a short machine-readable ``reason``) for every failure
the caller should fall back on: throttling after the bounded retries, a timeout, a transport error,
or an answer that is not the JSON object asked for.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from functions.core.domain.contracts import Category, RiskLevel
from functions.core.domain.taxonomy import ALL_SUBSYSTEMS, DEFINITIONS
from functions.core.ports import ModelReply, ProviderError
from functions.diagnose.digest import EVIDENCE_REF


class ModelAnswer(BaseModel):
    """What a model must return; validated before anything reaches a report."""

    model_config = ConfigDict(extra="ignore")

    category: Category
    subsystem: str = "none"
    risk_level: RiskLevel
    root_cause: str = Field(min_length=3, max_length=1500)
    recommendations: list[str] = Field(default_factory=list)
    evidence_refs: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)

    @field_validator("category", "subsystem", "risk_level", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("recommendations")
    @classmethod
    def _five(cls, value: list[str]) -> list[str]:
        return [v.strip()[:300] for v in value if isinstance(v, str) and v.strip()][:5]

    @field_validator("evidence_refs")
    @classmethod
    def _refs(cls, value: list[str]) -> list[str]:
        # Only digest ids (C12, T3) survive: a ref is echoed into the reduce prompt, so free text here
        # would grow that prompt without bound.
        refs = (str(v).strip().upper() for v in value)
        return [r for r in refs if EVIDENCE_REF.match(r)][:20]


# Plain JSON Schema that strict structured-output modes accept (no min/max keywords); bounds are
# enforced by ModelAnswer.
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "category": {
            "type": "string",
            "enum": [c.value for c in Category],
            "description": "; ".join(f"{c.value}: {DEFINITIONS[c]}" for c in Category),
        },
        "subsystem": {
            "type": "string", "enum": list(ALL_SUBSYSTEMS), "description": "one of the category's subsystems"
        },
        "risk_level": {"type": "string", "enum": [r.value for r in RiskLevel]},
        "root_cause": {"type": "string"},
        "recommendations": {"type": "array", "items": {"type": "string"}},
        "evidence_refs": {"type": "array", "items": {"type": "string"}},
        "confidence": {"type": "number"},
    },
    "required": ["category", "subsystem", "risk_level", "root_cause", "recommendations", "evidence_refs", "confidence"],
    "additionalProperties": False,
}

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.MULTILINE)


def parse_answer(reply: ModelReply) -> ModelAnswer:
    """Validate a reply against :class:`ModelAnswer`; raises ProviderError("invalid_output")."""
    data: Any = reply.structured
    if data is None:
        text = _FENCE.sub("", reply.text.strip())
        start, end = text.find("{"), text.rfind("}")
        if start < 0 or end <= start:
            raise ProviderError("invalid_output", "no JSON object in the model's answer")
        try:
            data = json.loads(text[start : end + 1])
        except json.JSONDecodeError as exc:
            raise ProviderError("invalid_output", f"malformed JSON: {exc.msg}") from exc
    try:
        return ModelAnswer.model_validate(data)
    except ValidationError as exc:
        raise ProviderError("invalid_output", f"{exc.error_count()} schema errors") from exc
