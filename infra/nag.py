"""cdk-nag acknowledgments: every AwsSolutions finding the stack keeps on purpose, with its reason.

cdk-nag 3 acknowledges each finding individually (``RuleId[FindingId]``), on the narrowest construct
that carries it. Identifiers that embed a logical id are computed from the construct, so renaming a
construct cannot silently turn an acknowledgment into a dead one: an unmatched finding fails synth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from aws_cdk import Acknowledgment, Stack, Validations
from constructs import IConstruct

from functions.core.domain.keys import (
    ANALYTICS_PREFIX,
    PARTIALS_PREFIX,
    RAW_PREFIX,
    REPORT_PAGES_PREFIX,
    REPORTS_PREFIX,
    SUMMARIES_PREFIX,
)
from infra.components.functions import is_inference_profile, profile_base_model

if TYPE_CHECKING:
    from infra.stack import ArgusStack

PACK = "AwsSolutions::"


def _ack(scope: IConstruct, rule: str, reason: str) -> None:
    Validations.of(scope).acknowledge(Acknowledgment(id=PACK + rule, reason=reason))


def _arn_of(stack: Stack, construct: IConstruct) -> str:
    """How cdk-nag prints ``Fn::GetAtt [X, Arn]`` in a finding id."""
    logical_id = stack.resolve(stack.get_logical_id(construct.node.default_child))
    return f"<{logical_id}.Arn>"


def acknowledge_findings(stack: ArgusStack) -> None:
    runtime_reason = (
        "Python 3.13: the newest runtime the project supports and tests (pyproject requires-python <3.14, "
        "every vendored wheel is built for cp313); AWS supports it until 2029."
    )
    star_reason = (
        "Resource '*' only for actions without resource-level permissions: X-Ray PutTraceSegments/"
        "PutTelemetryRecords (active tracing) and, for functions in the VPC, the EC2 network-interface "
        "actions Lambda needs to attach to the subnets."
    )
    for fn in stack.functions.values():
        _ack(fn.function, "AwsSolutions-L1", runtime_reason)
        _ack(fn.role, "AwsSolutions-IAM5[Resource::*]", star_reason)

    # Object permissions are scoped to the one prefix each function works in.
    bucket_arn = _arn_of(stack, stack.storage.bucket)
    prefix_reason = (
        "Scoped to one key prefix of the log bucket: object keys are server-generated per batch/file, so a "
        "prefix wildcard is the narrowest grant that covers them."
    )
    grants = {
        stack.ingest: (RAW_PREFIX,),
        stack.parse: (RAW_PREFIX, SUMMARIES_PREFIX),
        stack.segments: (RAW_PREFIX, PARTIALS_PREFIX, SUMMARIES_PREFIX),
        stack.diagnose: (SUMMARIES_PREFIX, REPORTS_PREFIX),
        stack.query: (REPORT_PAGES_PREFIX,),  # rendered report pages it presigns short GET links to
        stack.sweeper: (RAW_PREFIX,),
        stack.export: (REPORTS_PREFIX, ANALYTICS_PREFIX),
    }
    for fn, prefixes in grants.items():
        for prefix in prefixes:  # each prefix ends in "/"
            _ack(fn.role, f"AwsSolutions-IAM5[Resource::{bucket_arn}/{prefix}*]", prefix_reason)

    _ack(
        stack.workflow.state_machine.role,
        "AwsSolutions-IAM5[Resource::*]",
        "Step Functions' log delivery (logs:CreateLogDelivery and friends) and X-Ray actions support no "
        "resource-level permissions; the Lambda invoke is scoped to the diagnose function's ARN.",
    )
    _ack(
        stack.segments_workflow.state_machine.role,
        "AwsSolutions-IAM5[Resource::*]",
        "Step Functions' log delivery (logs:CreateLogDelivery and friends) and X-Ray actions support no "
        "resource-level permissions; the Lambda invoke is scoped to the segments function's ARN.",
    )

    model_id = stack.config.bedrock_model_id
    if stack.config.diagnosis_provider == "bedrock" and is_inference_profile(model_id):
        _ack(
            stack.diagnose.role,
            "AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/"
            f"{profile_base_model(model_id)}]",
            "A cross-region inference profile routes each call to the model in one of several regions chosen by "
            "Bedrock, so the model grant names every region; it stays limited to the one configured model.",
        )

    # The API.
    api = stack.api
    _ack(
        api.api,
        "AwsSolutions-COG4",
        "Two kinds of caller share the API: engineers with Cognito (or any configured OIDC issuer) JWTs and "
        "vehicles with KMS-signed per-vehicle JWTs, revocable one by one. A Cognito authorizer could check only "
        "the first, so one Lambda REQUEST authorizer verifies both against their JWKS on every data route, the "
        "same code as in the embedded local cloud. See docs/decisions.md (standard tokens).",
    )
    _ack(
        api.api,
        "AwsSolutions-APIG3",
        "No WAF by default: stage throttling and the authorizer guard every data route, and the AWS common rule "
        "set's 8 KB body limit would reject file-complete requests that list many parts. docs/operations.md "
        "shows how to attach a web ACL.",
    )
    _ack(
        api.api,
        "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
        "The account-level role API Gateway needs for execution logging; AWS maintains its policy.",
    )

    # Valkey.
    if stack.cache is not None:
        _ack(
            stack.cache.replication_group,
            "AwsSolutions-AEC6",
            "No AUTH token: the cache sits in isolated subnets, admits only the functions' security group, and "
            "requires TLS. A shared static token would add a secret to rotate without narrowing who can connect.",
        )

    # CDK's own singleton that configures the bucket notification.
    handler = stack.node.try_find_child("BucketNotificationsHandler050a0587b7544547bf325f094a3db834")
    if handler is not None:
        _ack(
            handler,
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
            "CDK's built-in handler that applies the S3 event notification at deploy time; it runs only during "
            "deployments and its role is owned by aws-cdk-lib.",
        )

