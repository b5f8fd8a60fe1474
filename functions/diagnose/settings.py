"""Settings of the diagnosis: which model provider, the token budget, the cache expiry.

Environment variables (prefix ``ARGUS_``): ``ARGUS_DIAGNOSIS_PROVIDER`` (rules | bedrock | openai),
``ARGUS_BEDROCK_MODEL_ID``, ``ARGUS_OPENAI_BASE_URL``, ``ARGUS_OPENAI_MODEL``, ``ARGUS_OPENAI_API_KEY`` or
``ARGUS_OPENAI_API_KEY_SECRET_ARN`` (read from Secrets Manager, cached 5 minutes),
``ARGUS_TOKEN_BUDGET``, ``ARGUS_MAX_MODEL_CALLS``, ``ARGUS_DIAGNOSIS_CACHE_TTL_S``, plus the table and
bucket names of :class:`StoreSettings`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator

from functions.diagnose.tokens import DEFAULT_TOKEN_BUDGET
from functions.settings import StoreSettings


class DiagnoseSettings(StoreSettings):
    diagnosis_provider: Literal["rules", "bedrock", "openai"] = "rules"
    bedrock_model_id: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    bedrock_region: str | None = Field(default=None, description="Defaults to the Lambda's region")
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_model: str = "local-model"
    openai_api_key: SecretStr | None = Field(default=None, description="Inline key (local use); prefer the ARN")
    openai_api_key_secret_arn: str | None = Field(default=None, description="Secrets Manager ARN of the API key")
    token_budget: int = Field(
        default=DEFAULT_TOKEN_BUDGET, ge=400, le=200_000, description="Hard cap on prompt tokens per call"
    )
    max_output_tokens: int = Field(default=700, ge=100, le=8000)
    max_model_calls: int = Field(default=4, ge=1, le=16, description="Map and reduce calls per batch, at most")
    diagnosis_cache_ttl_s: int = Field(default=7 * 24 * 3600, ge=0)
    model_timeout_s: float = Field(default=30.0, gt=0)
    model_max_attempts: int = Field(default=3, ge=1, le=10, description="Attempts per call, throttling included")
    # USD per 1,000 tokens, for the estimated cost in the report (defaults: Claude 3.5 Haiku on Bedrock).
    price_in_per_1k: float = 0.0008
    price_out_per_1k: float = 0.004

    @model_validator(mode="before")
    @classmethod
    def _provider_alias(cls, data: Any) -> Any:
        # ``DiagnoseSettings(provider="bedrock")`` in code; ARGUS_DIAGNOSIS_PROVIDER in the environment.
        if isinstance(data, dict) and "provider" in data:
            data = {**data, "diagnosis_provider": data["provider"]}
            del data["provider"]
        return data

    @property
    def provider(self) -> str:
        return self.diagnosis_provider
