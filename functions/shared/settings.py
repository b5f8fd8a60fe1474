"""Settings: small pydantic models read from the environment once per cold start.

Logic never reads ``os.environ``; handlers build these and pass values in. Endpoints are not
settings: boto3 honours ``AWS_ENDPOINT_URL`` (and per-service variants), so the same code runs on
AWS, LocalStack and the embedded local cloud.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from functions.core.app.deadline import DEFAULT_MARGIN_S
from functions.core.domain.segments import DEFAULT_SEGMENT_BYTES


class _Base(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ARGUS_", extra="ignore", frozen=True)


class StoreSettings(_Base):
    table_name: str = Field(description="DynamoDB table holding batches, files, reports, diagnosis cache")
    bucket_name: str = Field(description="S3 bucket: raw/, summaries/, reports/")


class RedisSettings(_Base):
    redis_url: str = Field(description="redis:// or rediss:// URL of Valkey/Redis (ElastiCache in AWS)")
    redis_timeout_s: float = 2.0


class AuthSettings(_Base):
    token_secret: str | None = Field(default=None, repr=False, description="HMAC secret (local use)")
    token_secret_arn: str | None = Field(default=None, description="Secrets Manager ARN of the HMAC secret")


class IngestSettings(StoreSettings, RedisSettings):
    state_machine_arn: str
    upload_url_expiry_s: int = Field(default=3600, ge=60, le=7 * 24 * 3600)
    part_size: int = Field(default=8 * 1024 * 1024, ge=5 * 1024 * 1024)


class ParseSettings(StoreSettings):
    barrier_queue_url: str
    max_parse_bytes: int = Field(default=50 * 1024**3, description="Stop reading a file after this many bytes")
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
    report_ttl_s: int = 600


class QuerySettings(StoreSettings, RedisSettings):
    report_ttl_s: int = 600
    status_ttl_s: int = 5
    negative_ttl_s: int = 30
    lock_lease_ms: int = 3000
    wait_budget_ms: int = 2500


class SweeperSettings(StoreSettings):
    # Each limit sits beyond what the platform itself allows: uploads may resume for 7 days (the
    # bucket aborts incomplete uploads then), a parse message lives 3 receives x 90 min, and an
    # execution times out after 1 h.
    stale_upload_hours: float = Field(default=168, gt=0, description="pending/uploading without progress")
    stale_parse_hours: float = Field(default=6, gt=0, description="sealed/scattering without progress")
    stale_workflow_hours: float = Field(default=2, gt=0, description="gathering/diagnosing without progress")
    sweep_max_batches: int = Field(default=500, ge=1)


T = TypeVar("T", bound=_Base)


@cache
def load(cls: type[T]) -> T:
    """One validated settings object per class per cold start."""
    return cls()
