"""The composition root: the one place that builds anything — adapters from settings, and each
function's service from its adapters (once per cold start).

Each function has one ``build_<function>()``; its handler calls it when no service was passed in
(tests pass services built on in-memory fakes instead). Endpoints come from the environment
(``AWS_ENDPOINT_URL``), so the same code runs on AWS, LocalStack and the embedded local cloud.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

import boto3
from botocore.config import Config

from functions.adapters.dynamo_fleet import DynamoFleetStore
from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.dynamodb_registry import DynamoVehicleRegistry
from functions.adapters.jwks import JwksUrlKeys
from functions.adapters.kms_keys import KmsKeys
from functions.adapters.redis_barrier import RedisBarrier
from functions.adapters.redis_cache import RedisCache
from functions.adapters.redis_client import redis_client
from functions.adapters.s3 import S3ObjectStore
from functions.adapters.sqs import SqsQueue
from functions.adapters.stepfunctions import StepFunctionsStarter
from functions.core.app.fleet import FleetNoiseBaseline, FleetService
from functions.core.ports import KeySet
from functions.http.auth import (
    ENGINEER_MAX_LIFETIME_S,
    VEHICLE_AUDIENCE,
    VEHICLE_MAX_LIFETIME_S,
    Authenticator,
    Issuer,
    TtlCache,
)
from functions.settings import (
    AuthSettings,
    BarrierSettings,
    DiagnoseSettings,
    IngestSettings,
    ParseSettings,
    QuerySettings,
    RedisSettings,
    StoreSettings,
    SweeperSettings,
    WorkflowSettings,
    load,
)

# A function's own code is imported by its builder, not here: each Lambda bundle carries only its
# function's extras (pyarrow is in the export bundle alone), and a cold start loads only what it runs.
if TYPE_CHECKING:
    from functions.core.app.barrier import BarrierService
    from functions.core.app.sweeper import SweeperService
    from functions.core.ports import ModelProvider
    from functions.diagnose.service import DiagnosisService
    from functions.diagnose.steps import BatchWorkflowSteps
    from functions.export.service import ExportService
    from functions.ingest.service import IngestService
    from functions.parse.long_files import SegmentedParse
    from functions.parse.service import ParseService
    from functions.query.service import QueryService

CLIENT_CONFIG = Config(
    retries={"mode": "standard", "max_attempts": 5},
    connect_timeout=5,
    read_timeout=60,
    signature_version="s3v4",
)


@cache
def aws_client(service: str) -> Any:
    return boto3.client(service, config=CLIENT_CONFIG)


@cache
def dynamodb_table(table_name: str) -> Any:
    return boto3.resource("dynamodb", config=CLIENT_CONFIG).Table(table_name)


def repository(settings: StoreSettings) -> DynamoBatchRepository:
    return DynamoBatchRepository(dynamodb_table(settings.table_name))


def vehicle_registry(settings: StoreSettings) -> DynamoVehicleRegistry:
    return DynamoVehicleRegistry(dynamodb_table(settings.table_name))


@cache
def fleet_store(table_name: str) -> DynamoFleetStore:
    return DynamoFleetStore(dynamodb_table(table_name))


def fleet_service(settings: StoreSettings) -> FleetService:
    return FleetService(fleet_store(settings.table_name))


def noise_baseline(settings: StoreSettings) -> FleetNoiseBaseline:
    return FleetNoiseBaseline(fleet_store(settings.table_name))


def object_store(settings: StoreSettings) -> S3ObjectStore:
    return S3ObjectStore(aws_client("s3"), settings.bucket_name)


def queue(queue_url: str) -> SqsQueue:
    return SqsQueue(aws_client("sqs"), queue_url)


def workflow_starter(state_machine_arn: str) -> StepFunctionsStarter:
    return StepFunctionsStarter(aws_client("stepfunctions"), state_machine_arn)


# An HTTP request (the seal) must not wait on a frozen Valkey: half a second, one retry, then the
# seal stands on DynamoDB alone and the barrier or the reconciler finishes the job.
EDGE_REDIS_TIMEOUT_S = 0.5


def barrier(settings: RedisSettings, *, edge: bool = False) -> RedisBarrier:
    if edge:
        return RedisBarrier(
            redis_client(settings.redis_url, min(settings.redis_timeout_s, EDGE_REDIS_TIMEOUT_S), retries=1)
        )
    return RedisBarrier(redis_client(settings.redis_url, settings.redis_timeout_s))


def cache(settings: RedisSettings) -> RedisCache:
    # A cache must step aside fast when Redis is slow or gone: at most half a second, one retry.
    return RedisCache(redis_client(settings.redis_url, min(settings.redis_timeout_s, EDGE_REDIS_TIMEOUT_S), retries=1))


def trusted_issuers(settings: AuthSettings) -> list[Issuer]:
    """Engineers' OIDC issuer (Cognito by default) and the vehicle credential issuer."""
    issuers: list[Issuer] = []
    if settings.oidc_issuer and settings.oidc_audience:
        jwks_url = settings.oidc_jwks_url or settings.oidc_issuer.rstrip("/") + "/.well-known/jwks.json"
        issuers.append(
            Issuer(
                settings.oidc_issuer, settings.oidc_audience, "engineer", JwksUrlKeys(jwks_url), ENGINEER_MAX_LIFETIME_S
            )
        )
    vehicle_keys: KeySet | None = None
    if settings.vehicle_kms_key_ids:
        ids = [k.strip() for k in settings.vehicle_kms_key_ids.split(",") if k.strip()]
        vehicle_keys = KmsKeys(aws_client("kms"), ids)
    elif settings.vehicle_jwks_url:
        vehicle_keys = JwksUrlKeys(settings.vehicle_jwks_url)
    if vehicle_keys is not None:
        issuers.append(
            Issuer(settings.vehicle_issuer, VEHICLE_AUDIENCE, "vehicle", vehicle_keys, VEHICLE_MAX_LIFETIME_S)
        )
    return issuers


def authenticator(settings: AuthSettings) -> Authenticator:
    versions = DynamoVehicleRegistry(dynamodb_table(settings.table_name)) if settings.table_name else None
    return Authenticator(trusted_issuers(settings), versions, TtlCache(settings.revocation_cache_s))


def reset() -> None:
    """Forget cached clients (the local cloud calls this after it changes endpoints)."""
    aws_client.cache_clear()
    dynamodb_table.cache_clear()
    fleet_store.cache_clear()
    redis_client.cache_clear()


# ---- diagnosis: the model provider, its key, the diagnosis cache ---------------------------------


def model_provider(settings: DiagnoseSettings, *, bedrock: Any = None) -> ModelProvider | None:
    """The configured model (None: the offline rules); ``bedrock`` overrides the Bedrock client."""
    if settings.provider == "bedrock":
        from functions.adapters.bedrock import BedrockProvider, bedrock_client

        region, timeout_s, attempts = settings.bedrock_region, settings.model_timeout_s, settings.model_max_attempts
        client = bedrock or bedrock_client(region, timeout_s, attempts)
        return BedrockProvider(client, settings.bedrock_model_id)
    if settings.provider == "openai":
        from functions.adapters.openai_compat import OpenAICompatProvider

        return OpenAICompatProvider(
            settings.openai_base_url,
            settings.openai_model,
            api_key=openai_api_key(settings),
            timeout_s=settings.model_timeout_s,
            max_attempts=settings.model_max_attempts,
        )
    return None


def openai_api_key(settings: DiagnoseSettings) -> str | None:
    """The OpenAI-compatible endpoint's key: from Secrets Manager when an ARN is set (deployed), else
    inline (a local llama.cpp or vLLM server usually needs none)."""
    if settings.openai_api_key_secret_arn:
        from aws_lambda_powertools.utilities import parameters

        value = parameters.get_secret(settings.openai_api_key_secret_arn, max_age=300)
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)
    return settings.openai_api_key.get_secret_value() if settings.openai_api_key else None


def diagnosis_service(
    settings: DiagnoseSettings,
    *,
    table: Any = None,
    cache: bool = True,
    provider: ModelProvider | None = None,
) -> DiagnosisService:
    """The diagnosis. The rules provider touches neither AWS nor the network; ``cache=False``
    builds a model-backed service without DynamoDB (``argus analyze``)."""
    from functions.adapters.dynamodb_diagnosis_cache import DynamoDiagnosisCache
    from functions.core.ports import DiagnosisCache
    from functions.diagnose.service import DiagnosisService

    model = provider if provider is not None else model_provider(settings)
    diagnosis_cache: DiagnosisCache | None = None
    if model is not None and cache:
        diagnosis_cache = DynamoDiagnosisCache(
            table if table is not None else dynamodb_table(settings.table_name), settings.diagnosis_cache_ttl_s
        )
    return DiagnosisService(
        provider=model,
        cache=diagnosis_cache,
        token_budget=settings.token_budget,
        max_model_calls=settings.max_model_calls,
        max_output_tokens=settings.max_output_tokens,
        price_in_per_1k=settings.price_in_per_1k,
        price_out_per_1k=settings.price_out_per_1k,
    )


# ---- one builder per function --------------------------------------------------------------------


def build_ingest() -> IngestService:
    from functions.ingest.service import IngestService

    settings = load(IngestSettings)
    return IngestService(
        repo=repository(settings),
        registry=vehicle_registry(settings),
        store=object_store(settings),
        barrier=barrier(settings, edge=True),
        workflow=workflow_starter(settings.state_machine_arn),
        url_expiry_s=settings.upload_url_expiry_s,
        preferred_part_size=settings.part_size,
    )


def build_parse() -> ParseService:
    from functions.parse.service import ParseService

    settings = load(ParseSettings)
    return ParseService(
        repo=repository(settings),
        store=object_store(settings),
        barrier_queue=queue(settings.barrier_queue_url),
        max_bytes=settings.max_parse_bytes,
        max_decompressed_bytes=settings.max_decompressed_bytes,
        segmented=workflow_starter(arn) if (arn := settings.segments_state_machine_arn) else None,
        segment_threshold=settings.segment_threshold_bytes,
        deadline_margin_s=settings.deadline_margin_s,
    )


def build_segments() -> SegmentedParse:
    from functions.parse.long_files import SegmentedParse
    from functions.parse.service import ParseService

    settings = load(ParseSettings)
    service = ParseService(
        repo=repository(settings),
        store=object_store(settings),
        barrier_queue=queue(settings.barrier_queue_url),
        max_bytes=settings.max_parse_bytes,
    )
    return SegmentedParse(
        service,
        segment_bytes=settings.segment_bytes,
        margin_s=settings.deadline_margin_s,
        stretch_max_bytes=settings.stretch_max_bytes,
    )


def build_barrier() -> BarrierService:
    from functions.core.app.barrier import BarrierService

    settings = load(BarrierSettings)
    return BarrierService(
        repo=repository(settings), barrier=barrier(settings), workflow=workflow_starter(settings.state_machine_arn)
    )


def build_sweeper() -> SweeperService:
    from functions.core.app.sweeper import SweeperService
    from functions.core.domain.batch import StaleLimits

    settings = load(SweeperSettings)
    return SweeperService(
        repo=repository(settings),
        store=object_store(settings),
        workflow=workflow_starter(settings.state_machine_arn),
        limits=StaleLimits(
            upload=timedelta(hours=settings.stale_upload_hours),
            parse=timedelta(hours=settings.stale_parse_hours),
            workflow=timedelta(hours=settings.stale_workflow_hours),
        ),
        max_batches=settings.sweep_max_batches,
    )


def query_service(settings: QuerySettings) -> QueryService:
    from functions.core.app.cache import CoalescingLoader
    from functions.core.observability import metrics
    from functions.query.service import QueryService

    cache_ = cache(settings)
    loader = CoalescingLoader(
        cache_, lease_ms=settings.lock_lease_ms, wait_budget_ms=settings.wait_budget_ms, metrics=metrics
    )
    return QueryService(
        repository(settings),
        cache_,
        loader,
        report_ttl_s=settings.report_ttl_s,
        status_ttl_s=settings.status_ttl_s,
        negative_ttl_s=settings.negative_ttl_s,
        pages=object_store(settings),
        link_ttl_s=settings.report_link_ttl_s,
    )


def build_query() -> QueryService:
    return query_service(load(QuerySettings))


def build_fleet() -> FleetService:
    """The fleet routes of the query function."""
    return fleet_service(load(QuerySettings))


def build_diagnose() -> BatchWorkflowSteps:
    """The batch workflow's steps (the diagnose function)."""
    from functions.core.app.cache import invalidate_status, put_report
    from functions.diagnose.steps import BatchWorkflowSteps, record_usage

    settings = load(WorkflowSettings)
    diagnoser = diagnosis_service(load(DiagnoseSettings))
    diagnoser.noise = noise_baseline(settings)
    cache_ = cache(settings)
    return BatchWorkflowSteps(
        repo=repository(settings),
        store=object_store(settings),
        diagnose_summary=diagnoser.diagnose,
        publish_report=lambda batch_id, body: put_report(cache_, batch_id, body, settings.report_ttl_s),
        forget_status=lambda batch_id: invalidate_status(cache_, batch_id),
        observe_usage=record_usage,
        index_fleet=fleet_service(settings).record,
    )


def build_authorizer() -> Authenticator:
    return authenticator(load(AuthSettings))


def build_export() -> ExportService:
    from functions.adapters.parquet_summaries import ParquetSummaryWriter
    from functions.export.service import ExportService

    store = object_store(load(StoreSettings))
    return ExportService(store, ParquetSummaryWriter(store))
