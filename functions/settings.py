"""Settings: small pydantic models read from the environment once per cold start.

Logic never reads ``os.environ``; handlers build these and pass values in. Endpoints are not
settings: boto3 honours ``AWS_ENDPOINT_URL`` (and per-service variants), so the same code runs on
AWS, LocalStack and the embedded local cloud.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from functions.core.app.cache import DEFAULT_REPORT_TTL_S
from functions.core.app.deadline import DEFAULT_MARGIN_S
from functions.core.domain.batch import StaleLimits
from functions.core.domain.segments import DEFAULT_SEGMENT_BYTES
from functions.core.domain.uploads import DEFAULT_PART_SIZE, DEFAULT_URL_EXPIRY_S, MIN_PART_SIZE
from functions.diagnose.tokens import DEFAULT_TOKEN_BUDGET, MAX_TOKEN_BUDGET, MIN_TOKEN_BUDGET
from functions.parse.streams import MAX_DECOMPRESSED_BYTES

HOUR = timedelta(hours=1)
_STALE = StaleLimits()  # the limits' defaults are the domain's; the environment may change them

class _Base(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ARGUS_", extra="ignore", frozen=True)


class StoreSettings(_Base):
    table_name: str = Field(description="DynamoDB table holding batches, files, reports, diagnosis cache")
    bucket_name: str = Field(description="S3 bucket: raw/, summaries/, reports/")


class RedisSettings(_Base):
    redis_url: str = Field(description="redis:// or rediss:// URL of Valkey/Redis (ElastiCache in AWS)")
    redis_timeout_s: float = 2.0


VEHICLE_ISSUER = "argus-vehicles"  # the ``iss`` of per-vehicle credentials, on AWS and locally


class AuthSettings(_Base):
    """Which issuers the authorizer trusts. Engineers: an OIDC issuer (the stack's Cognito user pool
    by default). Vehicles: credentials from the provisioning command, verified against the KMS
    public keys (AWS) or a JWKS URL (the local cloud's key)."""

    table_name: str | None = Field(default=None, description="the vehicle registry (token versions)")
    vehicle_issuer: str = VEHICLE_ISSUER
    vehicle_kms_key_ids: str | None = Field(
        default=None, description="comma-separated KMS key ids/ARNs: the first signs, all verify (rotation)"
    )
    vehicle_jwks_url: str | None = Field(default=None, description="JWKS of the vehicle issuer (local cloud)")
    oidc_issuer: str | None = Field(default=None, description="engineers' OIDC issuer URL (iss)")
    oidc_audience: str | None = Field(default=None, description="engineers' token audience (the app client id)")
    oidc_jwks_url: str | None = Field(default=None, description="default: {issuer}/.well-known/jwks.json")
    revocation_cache_s: float = Field(default=60, ge=0, le=60, description="how long a token version is reused")


class IngestSettings(StoreSettings, RedisSettings):
    state_machine_arn: str
    upload_url_expiry_s: int = Field(default=DEFAULT_URL_EXPIRY_S, ge=60, le=7 * 24 * 3600)
    part_size: int = Field(default=DEFAULT_PART_SIZE, ge=MIN_PART_SIZE)


class ParseSettings(StoreSettings):
    barrier_queue_url: str
    max_parse_bytes: int = Field(default=50 * 1024**3, description="Stop reading a file after this many bytes")
    max_decompressed_bytes: int = Field(
        default=MAX_DECOMPRESSED_BYTES, gt=0, description="A compressed file expanding past this fails (bomb guard)"
    )
    segments_state_machine_arn: str | None = Field(
        default=None, description="Per-file workflow that parses a long splittable file as segments"
    )
    segment_threshold_bytes: int = Field(
        default=2 * 1024**3, ge=1, description="Splittable files from this size on go to the segmented path"
    )
    segment_bytes: int = Field(default=DEFAULT_SEGMENT_BYTES, ge=1, description="Target size of one segment")
    stretch_max_bytes: int | None = Field(
        default=None, ge=1, description="End a checkpointed stretch after this many bytes even with time left"
    )
    deadline_margin_s: float = Field(
        default=DEFAULT_MARGIN_S, ge=0, description="Stop parsing this long before the invocation's deadline"
    )


class BarrierSettings(StoreSettings, RedisSettings):
    state_machine_arn: str


class WorkflowSettings(StoreSettings, RedisSettings):
    report_ttl_s: int = DEFAULT_REPORT_TTL_S


class QuerySettings(StoreSettings, RedisSettings):
    report_ttl_s: int = DEFAULT_REPORT_TTL_S
    status_ttl_s: int = 5
    negative_ttl_s: int = 30
    lock_lease_ms: int = 3000
    wait_budget_ms: int = 2500
    # Long enough to click, short enough that a link pasted into a chat soon stops working.
    report_link_ttl_s: int = Field(default=300, ge=30, le=3600, description="Lifetime of a report page link")


class SweeperSettings(StoreSettings):
    state_machine_arn: str = Field(description="the reconciler starts complete batches' missed workflows")
    stale_upload_hours: float = Field(_STALE.upload / HOUR, gt=0, description="pending/uploading without progress")
    stale_parse_hours: float = Field(_STALE.parse / HOUR, gt=0, description="sealed/scattering without progress")
    stale_workflow_hours: float = Field(_STALE.workflow / HOUR, gt=0, description="gathering/diagnosing, no progress")
    sweep_max_batches: int = Field(default=500, ge=1)



class DiagnoseSettings(StoreSettings):
    """Settings of the diagnosis: which model provider, the token budget, the cache expiry.

    Environment variables (prefix ``ARGUS_``): ``ARGUS_DIAGNOSIS_PROVIDER`` (rules | bedrock | openai),
    ``ARGUS_BEDROCK_MODEL_ID``, ``ARGUS_OPENAI_BASE_URL``, ``ARGUS_OPENAI_MODEL``, ``ARGUS_OPENAI_API_KEY`` or
    ``ARGUS_OPENAI_API_KEY_SECRET_ARN`` (read from Secrets Manager, cached 5 minutes),
    ``ARGUS_TOKEN_BUDGET``, ``ARGUS_MAX_MODEL_CALLS``, ``ARGUS_DIAGNOSIS_CACHE_TTL_S``, plus the table and
    bucket names of :class:`StoreSettings`.
    """

    diagnosis_provider: Literal["rules", "bedrock", "openai"] = "rules"
    bedrock_model_id: str = "anthropic.claude-3-5-haiku-20241022-v1:0"
    bedrock_region: str | None = Field(default=None, description="Defaults to the Lambda's region")
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_model: str = "local-model"
    openai_api_key: SecretStr | None = Field(default=None, description="Inline key (local use); prefer the ARN")
    openai_api_key_secret_arn: str | None = Field(default=None, description="Secrets Manager ARN of the API key")
    token_budget: int = Field(
        default=DEFAULT_TOKEN_BUDGET,
        ge=MIN_TOKEN_BUDGET,
        le=MAX_TOKEN_BUDGET,
        description="Hard cap on prompt tokens per call",
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

T = TypeVar("T", bound=_Base)


@cache
def load(cls: type[T]) -> T:
    """One validated settings object per class per cold start."""
    return cls()
