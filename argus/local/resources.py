"""Every resource of the local cloud, created through the AWS APIs (against moto), with the same
environment variables the CDK app gives the deployed functions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3

from functions.core.domain.keys import RAW_PREFIX, REPORTS_PREFIX

REGION = "us-east-1"
ACCOUNT = "123456789012"
PREFIX = "argus"  # function names: argus-ingest, argus-parse, ...
DEFAULT_STACK = "argus"  # resource names; moto keeps one state per process, so tests pick their own
ASL_PATH = Path(__file__).resolve().parents[2] / "infra" / "state_machine.asl.json"
SEGMENTS_ASL_PATH = ASL_PATH.with_name("segments.asl.json")  # the per-file long-file workflow
PARSE_MAX_RECEIVE_COUNT = 3  # as the CDK stack's queues
# As the CDK stack: six times the parse function's 15-minute timeout. Shorter, a parse of a big file
# outlives its message's visibility and a second instance starts parsing the same file.
PARSE_VISIBILITY_S = 6 * 15 * 60
BARRIER_MAX_RECEIVE_COUNT = 5
# Lambda retries a failed asynchronous invoke twice (the deployed S3 -> export path): three tries in all.
EXPORT_MAX_RECEIVE_COUNT = 3
EXPORT_VISIBILITY_S = 2 * 60  # twice the export function's 60 s timeout


def function_name(short: str) -> str:
    return f"{PREFIX}-{short}"


def short_name(name_or_arn: str) -> str:
    name = name_or_arn.rsplit(":function:", 1)[-1].split(":")[0]
    return name.removeprefix(f"{PREFIX}-")


def function_arn(name: str) -> str:
    return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{name}"


def state_machine_definition(asl_path: Path = ASL_PATH) -> str:
    """The ASL file with the same substitution CDK applies (``definition_substitutions``)."""
    return (
        asl_path.read_text()
        .replace("${DiagnoseFunctionArn}", function_arn(function_name("diagnose")))
        .replace("${SegmentsFunctionArn}", function_arn(function_name("segments")))
    )


@dataclass(frozen=True)
class Created:
    bucket: str
    table: str
    parse_queue_url: str
    barrier_queue_url: str
    state_machine_arn: str
    segments_state_machine_arn: str = ""
    # S3 -> export, as an SQS hop: the deployed bucket invokes the export function directly (an
    # asynchronous invoke); moto delivers bucket notifications only to its own queues.
    export_queue_url: str = ""

    def function_environment(self, redis_url: str) -> dict[str, str]:
        """The ARGUS_* variables, as the CDK app sets them on the deployed functions."""
        return {
            "ARGUS_TABLE_NAME": self.table,
            "ARGUS_BUCKET_NAME": self.bucket,
            "ARGUS_REDIS_URL": redis_url,
            "ARGUS_STATE_MACHINE_ARN": self.state_machine_arn,
            "ARGUS_BARRIER_QUEUE_URL": self.barrier_queue_url,
            "ARGUS_SEGMENTS_STATE_MACHINE_ARN": self.segments_state_machine_arn,
        }


def create_table(ddb: Any, name: str) -> None:
    """The single table's key schema, as the CDK app declares it (pk/sk and the indexes ``INDEXES``)."""
    from functions.adapters.dynamodb import INDEXES

    keys = ["pk", "sk", *(f"{index}{part}" for index in INDEXES for part in ("pk", "sk"))]
    ddb.create_table(
        TableName=name,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": n, "AttributeType": "S"} for n in keys],
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": index,
                "KeySchema": [
                    {"AttributeName": f"{index}pk", "KeyType": "HASH"},
                    {"AttributeName": f"{index}sk", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
            for index in INDEXES
        ],
    )


def _client(service: str, endpoint: str) -> Any:
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION)


def create_all(endpoint: str, stack: str = DEFAULT_STACK) -> Created:
    s3, sqs, ddb = _client("s3", endpoint), _client("sqs", endpoint), _client("dynamodb", endpoint)
    sfn = _client("stepfunctions", endpoint)

    def queue_with_dlq(name: str, visibility_s: int, max_receive_count: int) -> tuple[str, str]:
        dlq_url = sqs.create_queue(QueueName=f"{name}-dlq", Attributes={"MessageRetentionPeriod": "1209600"})[
            "QueueUrl"
        ]
        dlq_arn = sqs.get_queue_attributes(QueueUrl=dlq_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        url = sqs.create_queue(
            QueueName=name,
            Attributes={
                "VisibilityTimeout": str(visibility_s),
                "RedrivePolicy": json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": max_receive_count}),
            },
        )["QueueUrl"]
        arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        return url, arn

    bucket, table = f"{stack}-logs-local", f"{stack}-local"
    parse_url, parse_arn = queue_with_dlq(
        f"{stack}-parse", visibility_s=PARSE_VISIBILITY_S, max_receive_count=PARSE_MAX_RECEIVE_COUNT
    )
    barrier_url, _ = queue_with_dlq(f"{stack}-barrier", visibility_s=10, max_receive_count=BARRIER_MAX_RECEIVE_COUNT)
    export_url, export_arn = queue_with_dlq(
        f"{stack}-export", visibility_s=EXPORT_VISIBILITY_S, max_receive_count=EXPORT_MAX_RECEIVE_COUNT
    )

    s3.create_bucket(Bucket=bucket)
    s3.put_bucket_cors(
        Bucket=bucket,
        CORSConfiguration={
            "CORSRules": [
                {"AllowedMethods": ["PUT"], "AllowedOrigins": ["*"], "AllowedHeaders": ["*"], "ExposeHeaders": ["ETag"]}
            ]
        },
    )
    s3.put_bucket_notification_configuration(
        Bucket=bucket,
        NotificationConfiguration={
            "QueueConfigurations": [
                {
                    "QueueArn": parse_arn,
                    # Multipart uploads end with this event only (on AWS; moto would also send :Put).
                    "Events": ["s3:ObjectCreated:CompleteMultipartUpload"],
                    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": RAW_PREFIX}]}},
                },
                {
                    # A saved report, as the CDK app routes it to the export function.
                    "QueueArn": export_arn,
                    "Events": ["s3:ObjectCreated:*"],
                    "Filter": {
                        "Key": {
                            "FilterRules": [
                                {"Name": "prefix", "Value": REPORTS_PREFIX},
                                {"Name": "suffix", "Value": ".json"},
                            ]
                        }
                    },
                },
            ]
        },
    )

    create_table(ddb, table)
    ddb.update_time_to_live(TableName=table, TimeToLiveSpecification={"Enabled": True, "AttributeName": "expires_at"})

    machine_arn = sfn.create_state_machine(
        name=f"{stack}-batch-workflow",
        definition=state_machine_definition(),
        roleArn=f"arn:aws:iam::{ACCOUNT}:role/argus-workflow",
        type="STANDARD",
    )["stateMachineArn"]

    segments_arn = sfn.create_state_machine(
        name=f"{stack}-file-segments",
        definition=state_machine_definition(SEGMENTS_ASL_PATH),
        roleArn=f"arn:aws:iam::{ACCOUNT}:role/argus-workflow",
        type="STANDARD",
    )["stateMachineArn"]

    # S3 sends a test event when a notification is configured; the parser ignores it, but drop it
    # here so the queue starts empty.
    sqs.purge_queue(QueueUrl=parse_url)
    sqs.purge_queue(QueueUrl=export_url)
    return Created(bucket, table, parse_url, barrier_url, machine_arn, segments_arn, export_url)
