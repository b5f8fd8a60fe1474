"""The log bucket (raw/, summaries/, reports/) and the one DynamoDB table."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_s3 as s3
from constructs import Construct

from functions.adapters.dynamodb import INDEXES
from functions.core.domain.keys import PARTIALS_PREFIX, REPORT_PAGES_PREFIX

PARTIALS_EXPIRE_AFTER = Duration.days(7)

# Long enough for a vehicle on a flaky link to resume an upload over a weekend; after that the
# parts are garbage S3 still bills for.
ABORT_INCOMPLETE_UPLOADS_AFTER = Duration.days(7)


class StorageConstruct(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, retain_data: bool) -> None:
        super().__init__(scope, construct_id)
        removal = RemovalPolicy.RETAIN if retain_data else RemovalPolicy.DESTROY

        self.access_logs = s3.Bucket(
            self,
            "AccessLogs",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED,  # the only encryption S3 server access logging accepts
            enforce_ssl=True,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            lifecycle_rules=[s3.LifecycleRule(id="expire-access-logs", expiration=Duration.days(90))],
            removal_policy=removal,
            auto_delete_objects=False,
        )

        self.bucket = s3.Bucket(
            self,
            "Logs",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED,
            enforce_ssl=True,
            minimum_tls_version=1.2,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            # Keys are server-generated and never overwritten, so versioning costs nothing in normal
            # operation and turns an operator's mistaken delete into a recoverable one.
            versioned=True,
            server_access_logs_bucket=self.access_logs,
            server_access_logs_prefix="logs-bucket/",
            cors=[
                # Vehicles PUT parts straight to presigned URLs and must read each part's ETag back.
                s3.CorsRule(
                    allowed_methods=[s3.HttpMethods.PUT],
                    allowed_origins=["*"],
                    allowed_headers=["*"],
                    exposed_headers=["ETag"],
                    max_age=3600,
                )
            ],
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="abort-incomplete-multipart-uploads",
                    abort_incomplete_multipart_upload_after=ABORT_INCOMPLETE_UPLOADS_AFTER,
                ),
                s3.LifecycleRule(id="expire-noncurrent-versions", noncurrent_version_expiration=Duration.days(30)),
                # Rendered report pages are a by-product of a short-lived link: re-rendered on demand.
                s3.LifecycleRule(id="expire-report-pages", prefix=REPORT_PAGES_PREFIX, expiration=Duration.days(1)),
                # Partial summaries of the long-file path are read once, by the merge.
                s3.LifecycleRule(
                    id="expire-partial-summaries", prefix=PARTIALS_PREFIX, expiration=PARTIALS_EXPIRE_AFTER
                ),
            ],
            removal_policy=removal,
        )

        self.table = dynamodb.Table(
            self,
            "Table",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            encryption=dynamodb.TableEncryption.AWS_MANAGED,
            time_to_live_attribute="expires_at",
            deletion_protection=retain_data,
            removal_policy=removal,
        )
        # gsi1 per VIN, gsi2 open batches (sparse, for the sweeper), gsi3 per vehicle, gsi4 all batches:
        # the layout lives with the repository (functions/adapters/dynamodb.py), built from one list.
        for index in INDEXES:
            self.table.add_global_secondary_index(
                index_name=index,
                partition_key=dynamodb.Attribute(name=f"{index}pk", type=dynamodb.AttributeType.STRING),
                sort_key=dynamodb.Attribute(name=f"{index}sk", type=dynamodb.AttributeType.STRING),
                projection_type=dynamodb.ProjectionType.ALL,
            )
