"""House defaults for every Argus Lambda function, and the least-privilege grants they use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3
from constructs import Construct

from infra.assets import AssetProvider, FunctionSpec

RUNTIME = lambda_.Runtime.PYTHON_3_13
RUNTIME_PYTHON_VERSION = "3.13"  # what infra/build.py vendors wheels for
# arm64 (Graviton) by default: ~20% cheaper per GB-second, and every vendored wheel (pydantic-core,
# numpy, zstandard...) ships for aarch64. infra/build.py vendors for the configured platform.
ARCHITECTURES = {"arm64": lambda_.Architecture.ARM_64, "x86_64": lambda_.Architecture.X86_64}
METRICS_NAMESPACE = "ArgusOTA"

# The DynamoDB actions the adapters call (functions/adapters/dynamodb.py and the diagnosis
# cache): GetItem, PutItem, UpdateItem, Query, and TransactWriteItems, which has no action of its own:
# IAM checks each item's Put/Update against PutItem/UpdateItem. No adapter deletes, batches or uses a
# ConditionCheck item, so DeleteItem, BatchGetItem, BatchWriteItem and ConditionCheckItem stay out.
TABLE_READ_ACTIONS = ("dynamodb:GetItem", "dynamodb:Query")
TABLE_WRITE_ACTIONS = ("dynamodb:PutItem", "dynamodb:UpdateItem")


class ArgusFunction(Construct):
    """A Python function on the house defaults, with its own role and log group.

    The role starts empty: no AWS-managed policy, logs only to this function's group, and every other
    permission is added by a named grant below, so the template shows exactly what each one may do.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        spec: FunctionSpec,
        assets: AssetProvider,
        memory_mb: int,
        timeout: Duration,
        environment: Mapping[str, str],
        log_retention: logs.RetentionDays,
        architecture: str = "arm64",
        log_level: str = "INFO",
        vpc: ec2.IVpc | None = None,
        subnets: ec2.SubnetSelection | None = None,
        security_groups: Sequence[ec2.ISecurityGroup] = (),
        reserved_concurrency: int | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        self.spec = spec
        self.log_group = logs.LogGroup(
            self, "Logs", retention=log_retention, removal_policy=RemovalPolicy.DESTROY
        )
        self.role = iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            description=f"Argus {spec.name} function",
        )
        self.role.add_to_policy(
            iam.PolicyStatement(
                actions=["logs:CreateLogStream", "logs:PutLogEvents"],
                resources=[self.log_group.log_group_arn],
            )
        )
        if vpc is not None:
            # What AWSLambdaVPCAccessExecutionRole grants, without the managed policy. The EC2 network
            # interface actions have no resource-level scoping for these calls.
            self.role.add_to_policy(
                iam.PolicyStatement(
                    actions=[
                        "ec2:CreateNetworkInterface",
                        "ec2:DescribeNetworkInterfaces",
                        "ec2:DescribeSubnets",
                        "ec2:DeleteNetworkInterface",
                        "ec2:AssignPrivateIpAddresses",
                        "ec2:UnassignPrivateIpAddresses",
                    ],
                    resources=["*"],
                )
            )

        env = {
            "POWERTOOLS_SERVICE_NAME": f"argus-{spec.name}",
            "POWERTOOLS_METRICS_NAMESPACE": METRICS_NAMESPACE,
            "POWERTOOLS_LOG_LEVEL": log_level,
            **environment,
        }
        self.function = lambda_.Function(
            self,
            "Function",
            description=spec.description,
            code=assets.code_for(spec, architecture),
            handler=spec.handler,
            runtime=RUNTIME,
            architecture=ARCHITECTURES[architecture],
            memory_size=memory_mb,
            timeout=timeout,
            environment=env,
            role=self.role,
            log_group=self.log_group,
            logging_format=lambda_.LoggingFormat.JSON,
            # Powertools decides what the function logs; the platform adds only its warnings.
            system_log_level_v2=lambda_.SystemLogLevel.WARN,
            tracing=lambda_.Tracing.ACTIVE,
            vpc=vpc,
            vpc_subnets=subnets if vpc is not None else None,
            security_groups=list(security_groups) if vpc is not None else None,
            reserved_concurrent_executions=reserved_concurrency,
            recursive_loop=lambda_.RecursiveLoop.TERMINATE,
        )

    # --- grants -------------------------------------------------------------------------------------

    def grant_table(
        self,
        table: dynamodb.ITable,
        *,
        write: bool = False,
        actions: Sequence[str] | None = None,
        index_names: Sequence[str] = (),
    ) -> None:
        """Item actions on the table (``actions`` narrows them further), Query on the named indexes."""
        if actions is None:
            actions = list(TABLE_READ_ACTIONS) + (list(TABLE_WRITE_ACTIONS) if write else [])
        self.role.add_to_policy(iam.PolicyStatement(actions=list(actions), resources=[table.table_arn]))
        if index_names:
            self.role.add_to_policy(
                iam.PolicyStatement(
                    actions=["dynamodb:Query"],
                    resources=[f"{table.table_arn}/index/{name}" for name in index_names],
                )
            )

    def grant_objects(self, bucket: s3.IBucket, prefix: str, actions: Sequence[str]) -> None:
        self.role.add_to_policy(
            iam.PolicyStatement(actions=list(actions), resources=[bucket.arn_for_objects(f"{prefix}*")])
        )

    def grant_start_execution(self, state_machine_arn: str) -> None:
        # Executions are named after the batch, so a repeated start is answered by Step Functions
        # itself (same name and input: success; otherwise ExecutionAlreadyExists): no Describe needed.
        self.role.add_to_policy(iam.PolicyStatement(actions=["states:StartExecution"], resources=[state_machine_arn]))

    def grant_bedrock_model(self, model_id: str) -> None:
        stack = Stack.of(self)
        if is_inference_profile(model_id):
            # A cross-region inference profile: the call is authorised on the profile here and on the
            # underlying model in whichever region the profile routes to.
            resources = [
                f"arn:{stack.partition}:bedrock:{stack.region}:{stack.account}:inference-profile/{model_id}",
                f"arn:{stack.partition}:bedrock:*::foundation-model/{profile_base_model(model_id)}",
            ]
        else:
            resources = [f"arn:{stack.partition}:bedrock:{stack.region}::foundation-model/{model_id}"]
        self.role.add_to_policy(
            iam.PolicyStatement(
                actions=["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"], resources=resources
            )
        )


INFERENCE_PROFILE_PREFIXES = ("us", "eu", "apac", "global", "jp", "au", "ca", "us-gov")


def is_inference_profile(model_id: str) -> bool:
    return model_id.split(".", 1)[0] in INFERENCE_PROFILE_PREFIXES


def profile_base_model(model_id: str) -> str:
    return model_id.split(".", 1)[1]
