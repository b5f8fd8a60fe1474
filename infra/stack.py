"""ArgusStack: composes one construct per concern and wires what each function may touch."""

from __future__ import annotations

from aws_cdk import CfnOutput, Duration, Stack
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from functions.core.domain.keys import (
    ANALYTICS_PREFIX,
    PARTIALS_PREFIX,
    RAW_PREFIX,
    REPORT_PAGES_PREFIX,
    REPORTS_PREFIX,
    SUMMARIES_PREFIX,
)
from functions.http.routes import ROUTES
from infra.assets import FUNCTIONS_BY_NAME, AssetProvider
from infra.components.analytics import ATHENA_RESULTS_PREFIX, AnalyticsConstruct
from infra.components.api import ApiConstruct
from infra.components.cache import CacheConstruct
from infra.components.functions import ArgusFunction
from infra.components.identity import IdentityConstruct
from infra.components.network import NetworkConstruct
from infra.components.observability import ObservabilityConstruct
from infra.components.queues import QueueWithDlq
from infra.components.storage import StorageConstruct
from infra.components.workflow import SEGMENTS_ARN_PLACEHOLDER, SEGMENTS_ASL_PATH, WorkflowConstruct
from infra.config import ArgusConfig
from infra.nag import acknowledge_findings

PARSE_TIMEOUT = Duration.minutes(15)  # the Lambda maximum: a multi-GB file is streamed in one invocation
BARRIER_TIMEOUT = Duration.seconds(30)
SWEEP_EVERY_MINUTES = 5  # the reconciler heals a batch whose barrier was lost within this long


_RETENTION = {
    1: logs.RetentionDays.ONE_DAY,
    3: logs.RetentionDays.THREE_DAYS,
    5: logs.RetentionDays.FIVE_DAYS,
    7: logs.RetentionDays.ONE_WEEK,
    14: logs.RetentionDays.TWO_WEEKS,
    30: logs.RetentionDays.ONE_MONTH,
    60: logs.RetentionDays.TWO_MONTHS,
    90: logs.RetentionDays.THREE_MONTHS,
    180: logs.RetentionDays.SIX_MONTHS,
    365: logs.RetentionDays.ONE_YEAR,
    731: logs.RetentionDays.TWO_YEARS,
}


def retention_days(days: int) -> logs.RetentionDays:
    try:
        return _RETENTION[days]
    except KeyError:
        raise ValueError(f"logRetentionDays={days}: use one of {sorted(_RETENTION)}") from None


class ArgusStack(Stack):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        assets: AssetProvider,
        config: ArgusConfig | None = None,
        **kwargs,
    ) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.config = config = config or ArgusConfig()
        retention = retention_days(config.log_retention_days)

        self.network = NetworkConstruct(
            self,
            "Network",
            nat_gateways=config.nat_gateways,
            with_bedrock_endpoint=config.diagnosis_provider == "bedrock",
            log_retention=retention,
        )
        vpc = self.network.vpc
        self.storage = StorageConstruct(self, "Storage", retain_data=config.retain_data)
        bucket, table = self.storage.bucket, self.storage.table
        self.cache: CacheConstruct | None = None
        if config.redis_url is None:
            self.cache = CacheConstruct(
                self, "Cache", vpc=vpc, subnets=self.network.private_subnets, node_type=config.cache_node_type
            )
            self.cache.allow_from(self.network.functions_sg)
        self.parse_queue = QueueWithDlq(self, "ParseQueue", consumer_timeout=PARSE_TIMEOUT, max_receive_count=3)
        self.barrier_queue = QueueWithDlq(self, "BarrierQueue", consumer_timeout=BARRIER_TIMEOUT, max_receive_count=5)

        self.identity = IdentityConstruct(
            self,
            "Identity",
            oidc_issuer=config.oidc_issuer,
            oidc_audience=config.oidc_audience,
            oidc_jwks_url=config.oidc_jwks_url,
            retain=config.retain_data,
        )

        self.functions_sg = self.network.functions_sg

        store_env = {"ARGUS_TABLE_NAME": table.table_name, "ARGUS_BUCKET_NAME": bucket.bucket_name}
        redis_env = {"ARGUS_REDIS_URL": self.cache.url if self.cache else config.redis_url}
        in_vpc = {"vpc": vpc, "subnets": self.network.private_subnets, "security_groups": [self.functions_sg]}

        def function(name: str, **kwargs) -> ArgusFunction:
            return ArgusFunction(
                self,
                name.capitalize(),
                spec=FUNCTIONS_BY_NAME[name],
                assets=assets,
                log_retention=retention,
                architecture=config.architecture,
                **kwargs,
            )

        # --- functions ---------------------------------------------------------------------------
        self.diagnose = function(
            "diagnose",
            memory_mb=1024,
            timeout=Duration.minutes(5),  # a segmented (map-reduce) diagnosis makes several model calls
            reserved_concurrency=config.diagnose_reserved_concurrency,
            environment={
                **store_env,
                **redis_env,
                "ARGUS_REPORT_TTL_S": str(config.report_ttl_s),
                "ARGUS_DIAGNOSIS_PROVIDER": config.diagnosis_provider,
                "ARGUS_BEDROCK_MODEL_ID": config.bedrock_model_id,
                "ARGUS_TOKEN_BUDGET": str(config.token_budget),
                **({"ARGUS_OPENAI_BASE_URL": config.openai_base_url} if config.openai_base_url else {}),
                **({"ARGUS_OPENAI_MODEL": config.openai_model} if config.openai_model else {}),
                **(
                    {"ARGUS_OPENAI_API_KEY_SECRET_ARN": config.openai_api_key_secret_arn}
                    if config.openai_api_key_secret_arn
                    else {}
                ),
            },
            **in_vpc,
        )
        self.workflow = WorkflowConstruct(self, "Workflow", diagnose_fn=self.diagnose.function, log_retention=retention)
        state_machine_arn = self.workflow.state_machine.state_machine_arn

        self.ingest = function(
            "ingest",
            memory_mb=512,
            timeout=Duration.seconds(15),
            environment={
                **store_env,
                **redis_env,
                "ARGUS_STATE_MACHINE_ARN": state_machine_arn,
                "ARGUS_UPLOAD_URL_EXPIRY_S": str(config.upload_url_expiry_s),
                "ARGUS_PART_SIZE": str(config.part_size),
            },
            **in_vpc,
        )
        self.parse = function(
            "parse",
            memory_mb=2048,  # CPU scales with memory; parsing is CPU-bound
            timeout=PARSE_TIMEOUT,
            environment={**store_env, "ARGUS_BARRIER_QUEUE_URL": self.barrier_queue.queue.queue_url},
            **in_vpc,
        )
        # The long-file path: a per-file workflow whose Map state runs this function once per segment.
        self.segments = function(
            "segments",
            memory_mb=2048,
            timeout=PARSE_TIMEOUT,
            environment={**store_env, "ARGUS_BARRIER_QUEUE_URL": self.barrier_queue.queue.queue_url},
            **in_vpc,
        )
        self.segments_workflow = WorkflowConstruct(
            self,
            "SegmentsWorkflow",
            diagnose_fn=self.segments.function,
            log_retention=retention,
            asl_path=SEGMENTS_ASL_PATH,
            placeholder=SEGMENTS_ARN_PLACEHOLDER,
        )
        segments_arn = self.segments_workflow.state_machine.state_machine_arn
        self.parse.function.add_environment("ARGUS_SEGMENTS_STATE_MACHINE_ARN", segments_arn)
        self.barrier = function(
            "barrier",
            memory_mb=256,
            timeout=BARRIER_TIMEOUT,
            environment={**store_env, **redis_env, "ARGUS_STATE_MACHINE_ARN": state_machine_arn},
            **in_vpc,
        )
        self.query = function(
            "query",
            memory_mb=512,
            timeout=Duration.seconds(15),
            environment={**store_env, **redis_env, "ARGUS_REPORT_TTL_S": str(config.report_ttl_s)},
            **in_vpc,
        )
        # Outside the VPC: it reads one secret and touches no data, so it needs no endpoint of its own.
        self.authorizer = function(
            "authorizer",
            memory_mb=256,
            timeout=Duration.seconds(5),
            environment={
                "ARGUS_TABLE_NAME": table.table_name,  # the vehicle registry: token versions
                "ARGUS_VEHICLE_KMS_KEY_IDS": self.identity.vehicle_key.key_arn,
                "ARGUS_OIDC_ISSUER": self.identity.oidc_issuer,
                "ARGUS_OIDC_AUDIENCE": self.identity.oidc_audience,
                "ARGUS_OIDC_JWKS_URL": self.identity.oidc_jwks_url,
            },
        )
        self.sweeper = function(
            "sweeper",
            memory_mb=256,
            timeout=Duration.minutes(5),
            environment={**store_env, "ARGUS_STATE_MACHINE_ARN": state_machine_arn},
            **in_vpc,
        )
        events.Rule(
            self,
            "SweepSchedule",
            description="Start complete batches that missed their workflow; fail batches that stopped making progress",
            schedule=events.Schedule.rate(Duration.minutes(SWEEP_EVERY_MINUTES)),
            targets=[targets.LambdaFunction(self.sweeper.function, retry_attempts=2)],
        )
        # Outside the VPC: it reads a report from S3 and writes a Parquet object, nothing else.
        self.export = function("export", memory_mb=512, timeout=Duration.seconds(60), environment=dict(store_env))
        self.analytics = AnalyticsConstruct(self, "Analytics", bucket=bucket, name_prefix=self.stack_name.lower())
        self.functions = {
            f.spec.name: f
            for f in (
                self.ingest,
                self.parse,
                self.segments,
                self.barrier,
                self.diagnose,
                self.query,
                self.authorizer,
                self.sweeper,
                self.export,
            )
        }

        # --- permissions (least privilege, one grant per need) ------------------------------------
        self.ingest.grant_table(table, write=True)
        # Presigned part URLs are signed with ingest's credentials, so it needs what the vehicle's PUT does.
        self.ingest.grant_objects(
            bucket, RAW_PREFIX, ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"]
        )
        self.ingest.grant_start_execution(state_machine_arn)

        self.parse.grant_table(table, write=True)
        self.parse.grant_objects(bucket, RAW_PREFIX, ["s3:GetObject"])
        self.parse.grant_objects(bucket, SUMMARIES_PREFIX, ["s3:PutObject"])
        self.barrier_queue.queue.grant_send_messages(self.parse.role)
        self.parse.grant_start_execution(segments_arn)

        # Segments read the raw object (ranges), keep partial summaries, and finish the file as parse does.
        self.segments.grant_table(table, write=True)
        self.segments.grant_objects(bucket, RAW_PREFIX, ["s3:GetObject"])
        self.segments.grant_objects(bucket, PARTIALS_PREFIX, ["s3:GetObject", "s3:PutObject"])
        self.segments.grant_objects(bucket, SUMMARIES_PREFIX, ["s3:PutObject"])
        self.barrier_queue.queue.grant_send_messages(self.segments.role)

        self.barrier.grant_table(table, write=True)
        self.barrier.grant_start_execution(state_machine_arn)

        self.diagnose.grant_table(table, write=True)
        # The fleet index reads lifetime stats in batches and writes its postings in batches.
        self.diagnose.grant_table(table, actions=["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"])
        # Gather reads the files' summaries and writes the batch's; diagnose reads that and writes the
        # diagnosis; save_report reads both and writes reports/{batch}.json, which it never reads back.
        self.diagnose.grant_objects(bucket, SUMMARIES_PREFIX, ["s3:GetObject", "s3:PutObject"])
        self.diagnose.grant_objects(bucket, REPORTS_PREFIX, ["s3:PutObject"])
        if config.diagnosis_provider == "bedrock":
            self.diagnose.grant_bedrock_model(config.bedrock_model_id)
        if config.openai_api_key_secret_arn:
            secretsmanager.Secret.from_secret_complete_arn(
                self, "OpenAiApiKey", config.openai_api_key_secret_arn
            ).grant_read(self.diagnose.role)

        # Reports are served from the table (and the cache): query reads no stored object.
        self.query.grant_table(table, write=False, index_names=["gsi1", "gsi3", "gsi4"])
        self.query.grant_table(table, actions=["dynamodb:BatchGetItem"])  # fleet questions: entries, stats
        # Report pages: query renders one and presigns a short GET of it (the link an engineer opens).
        self.query.grant_objects(bucket, REPORT_PAGES_PREFIX, ["s3:PutObject", "s3:GetObject"])
        # The sweeper lists open batches (gsi2) and their files (Query), re-reads a complete batch
        # before starting its workflow (GetItem), fails batches (UpdateItem) and aborts files
        # (TransactWriteItems of Updates): it creates no item.
        self.sweeper.grant_table(
            table, actions=["dynamodb:Query", "dynamodb:GetItem", "dynamodb:UpdateItem"], index_names=["gsi2"]
        )
        self.sweeper.grant_objects(bucket, RAW_PREFIX, ["s3:AbortMultipartUpload"])
        self.sweeper.grant_start_execution(state_machine_arn)  # the reconciler

        # The authorizer reads token versions (GetItem) and the vehicle key's public half, nothing else.
        self.authorizer.grant_table(table, actions=["dynamodb:GetItem"])
        self.identity.vehicle_key.grant(self.authorizer.role, "kms:GetPublicKey")

        self.export.grant_objects(bucket, REPORTS_PREFIX, ["s3:GetObject"])
        self.export.grant_objects(bucket, ANALYTICS_PREFIX, ["s3:PutObject"])

        # --- events --------------------------------------------------------------------------------
        # Vehicles always upload through multipart (even a one-part file), so the completion event is
        # the one that means "this file is whole". The parser is idempotent either way.
        bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED_COMPLETE_MULTIPART_UPLOAD,
            s3n.SqsDestination(self.parse_queue.queue),
            s3.NotificationKeyFilter(prefix=RAW_PREFIX),
        )
        bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED,
            s3n.LambdaDestination(self.export.function),
            s3.NotificationKeyFilter(prefix=REPORTS_PREFIX, suffix=".json"),
        )
        self.parse.function.add_event_source(
            sources.SqsEventSource(
                self.parse_queue.queue,
                batch_size=1,  # one file per invocation: the scatter is Lambda's own concurrency
                report_batch_item_failures=True,
                max_concurrency=config.parse_max_concurrency,
            )
        )
        self.barrier.function.add_event_source(
            sources.SqsEventSource(
                self.barrier_queue.queue,
                batch_size=10,
                max_batching_window=Duration.seconds(1),
                report_batch_item_failures=True,
            )
        )

        # --- API -----------------------------------------------------------------------------------
        self.api = ApiConstruct(
            self,
            "Api",
            routes=ROUTES,
            handlers={"ingest": self.ingest.function, "query": self.query.function},
            authorizer_fn=self.authorizer.function,
            rate_limit=config.api_rate_limit,
            burst_limit=config.api_burst_limit,
            log_retention=retention,
        )

        # --- observability -------------------------------------------------------------------------
        self.observability = ObservabilityConstruct(
            self,
            "Observability",
            functions={name: f.function for name, f in self.functions.items()},
            work_queues={"Parse": self.parse_queue.queue, "Barrier": self.barrier_queue.queue},
            dead_letter_queues={"Parse": self.parse_queue.dlq, "Barrier": self.barrier_queue.dlq},
            state_machine=self.workflow.state_machine,
            api=self.api.api,
            alarm_email=config.alarm_email,
        )

        CfnOutput(self, "ApiUrl", value=self.api.url, description="Base URL; routes start with /v1")
        CfnOutput(self, "BucketName", value=bucket.bucket_name)
        CfnOutput(self, "TableName", value=table.table_name)
        CfnOutput(self, "StateMachineArn", value=state_machine_arn)
        CfnOutput(self, "VehicleSigningKeyId", value=self.identity.vehicle_key.key_arn)
        CfnOutput(self, "OidcIssuer", value=self.identity.oidc_issuer)
        CfnOutput(self, "OidcAudience", value=self.identity.oidc_audience)
        CfnOutput(self, "AlarmTopicArn", value=self.observability.topic.topic_arn)
        CfnOutput(self, "DashboardName", value=self.observability.dashboard.dashboard_name)
        CfnOutput(self, "AthenaWorkGroup", value=self.analytics.workgroup.ref)
        CfnOutput(self, "GlueDatabase", value=self.analytics.database_name)
        CfnOutput(self, "AthenaResults", value=f"s3://{bucket.bucket_name}/{ATHENA_RESULTS_PREFIX}")

        acknowledge_findings(self)
