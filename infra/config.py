"""Deployment settings read from CDK context (`cdk.json`, or `-c argus:key=value` on the command line).

Only knobs an operator has a reason to turn live here; everything else is a house default on the
construct that owns it. Context values arrive as strings from the command line and as JSON values
from cdk.json, so every field is parsed by a pydantic model with coercion.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from functions.core.app.cache import DEFAULT_REPORT_TTL_S
from functions.core.domain.uploads import DEFAULT_PART_SIZE, DEFAULT_URL_EXPIRY_S, MIN_PART_SIZE
from functions.diagnose.tokens import DEFAULT_TOKEN_BUDGET, MAX_TOKEN_BUDGET, MIN_TOKEN_BUDGET

CONTEXT_PREFIX = "argus:"
MAX_UPLOAD_URL_EXPIRY_S = 6 * 3600


class ArgusConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    # One architecture for every function; infra.build vendors wheels for the same platform.
    architecture: Literal["arm64", "x86_64"] = Field(default="arm64", alias="architecture")
    diagnosis_provider: Literal["rules", "bedrock", "openai"] = Field(default="rules", alias="diagnosisProvider")
    bedrock_model_id: str = Field(default="anthropic.claude-3-5-haiku-20241022-v1:0", alias="bedrockModelId")
    openai_base_url: str | None = Field(default=None, alias="openaiBaseUrl")
    openai_model: str | None = Field(default=None, alias="openaiModel")
    # The key lives in Secrets Manager; only its ARN reaches the function's environment.
    openai_api_key_secret_arn: str | None = Field(default=None, alias="openaiApiKeySecretArn")
    token_budget: int = Field(
        default=DEFAULT_TOKEN_BUDGET, ge=MIN_TOKEN_BUDGET, le=MAX_TOKEN_BUDGET, alias="tokenBudget"
    )
    # Presigned part URLs are signed with the ingest function's temporary role credentials, and a
    # presigned URL stops working when the credentials that signed it expire, whatever its own expiry
    # says. Lambda refreshes those credentials every few hours, so a longer expiry would be a promise
    # S3 does not keep; a vehicle that needs longer asks ingest for fresh URLs (resume).
    upload_url_expiry_s: int = Field(
        default=DEFAULT_URL_EXPIRY_S, ge=60, le=MAX_UPLOAD_URL_EXPIRY_S, alias="uploadUrlExpirySeconds"
    )
    part_size: int = Field(default=DEFAULT_PART_SIZE, ge=MIN_PART_SIZE, alias="partSizeBytes")
    report_ttl_s: int = Field(default=DEFAULT_REPORT_TTL_S, ge=1, alias="reportTtlSeconds")
    # Caps how many files are parsed at once so a 1,000-file batch cannot take the account's whole
    # Lambda concurrency away from the API.
    parse_max_concurrency: int = Field(default=50, ge=2, le=1000, alias="parseMaxConcurrency")
    # Caps concurrent model calls (Bedrock tokens-per-minute quota, spend). None: no reservation,
    # for accounts whose concurrency quota is too small to reserve from.
    diagnose_reserved_concurrency: int | None = Field(default=10, ge=1, alias="diagnoseReservedConcurrency")
    api_rate_limit: int = Field(default=100, ge=1, alias="apiRateLimit")
    api_burst_limit: int = Field(default=200, ge=1, alias="apiBurstLimit")
    cache_node_type: str = Field(default="cache.t4g.micro", alias="cacheNodeType")
    # 0 keeps every subnet isolated (no internet route). An OpenAI-compatible provider outside AWS
    # needs egress, which is the only reason to raise it.
    nat_gateways: int = Field(default=0, ge=0, le=2, alias="natGateways")
    # Set only where ElastiCache is not available (LocalStack's free tier): the functions use this URL
    # and the stack creates no cache cluster.
    redis_url: str | None = Field(default=None, alias="redisUrl")
    retain_data: bool = Field(default=True, alias="retainData")
    log_retention_days: int = Field(default=30, alias="logRetentionDays")
    alarm_email: str | None = Field(default=None, alias="alarmEmail")
    # Engineers' identity provider. Unset: the stack creates a Cognito user pool. Set (any OIDC
    # issuer: Entra ID, Okta, Google, another Cognito pool): its issuer URL and the audience (client id).
    oidc_issuer: str | None = Field(default=None, alias="oidcIssuer")
    oidc_audience: str | None = Field(default=None, alias="oidcAudience")
    oidc_jwks_url: str | None = Field(default=None, alias="oidcJwksUrl")

    @field_validator(
        "diagnose_reserved_concurrency",
        "alarm_email",
        "redis_url",
        "openai_base_url",
        "openai_model",
        "openai_api_key_secret_arn",
        "oidc_issuer",
        "oidc_audience",
        "oidc_jwks_url",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        if value in ("", "none", "None", "null", 0, "0", False, "false"):
            return None
        return value

    @field_validator("retain_data", mode="before")
    @classmethod
    def _bool_from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return value

    @model_validator(mode="after")
    def _openai_needs_an_endpoint_and_egress(self) -> ArgusConfig:
        if self.diagnosis_provider != "openai":
            return self
        missing = []
        if not self.openai_base_url:
            missing.append("argus:openaiBaseUrl (the endpoint, e.g. https://api.example.com/v1)")
        if self.nat_gateways < 1:
            # The functions sit in isolated subnets reached only through AWS endpoints: without a NAT
            # gateway every call to an endpoint outside AWS would time out at run time.
            missing.append("argus:natGateways=1 or 2 (egress from the VPC to an endpoint outside AWS)")
        if missing:
            raise ValueError("argus:diagnosisProvider=openai also needs " + "; ".join(missing))
        return self

    @classmethod
    def from_context(cls, get: Any) -> ArgusConfig:
        """Build from a context getter (``node.try_get_context``): only keys that are set are passed."""
        values = {}
        for field in cls.model_fields.values():
            value = get(CONTEXT_PREFIX + field.alias)
            if value is not None:
                values[field.alias] = value
        return cls.model_validate(values)
