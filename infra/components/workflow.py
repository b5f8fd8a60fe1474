"""The batch workflow: the same ASL file the embedded local cloud runs, inline in the template."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import RemovalPolicy
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

ASL_PATH = Path(__file__).resolve().parent.parent / "state_machine.asl.json"
# The placeholder in the ASL file; CloudFormation substitutes it at deploy time.
DIAGNOSE_ARN_PLACEHOLDER = "DiagnoseFunctionArn"
SEGMENTS_ASL_PATH = ASL_PATH.with_name("segments.asl.json")  # the per-file long-file workflow
SEGMENTS_ARN_PLACEHOLDER = "SegmentsFunctionArn"


class WorkflowConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        diagnose_fn: lambda_.IFunction,
        log_retention: logs.RetentionDays,
        asl_path: Path = ASL_PATH,
        placeholder: str = DIAGNOSE_ARN_PLACEHOLDER,
    ) -> None:
        """``diagnose_fn`` is the function the ASL's tasks invoke (the segments function for the
        long-file workflow, whose ASL names it ``placeholder``)."""
        super().__init__(scope, construct_id)
        self.log_group = logs.LogGroup(
            self,
            "Logs",
            retention=log_retention,
            removal_policy=RemovalPolicy.DESTROY,
        )
        self.state_machine = sfn.StateMachine(
            self,
            "StateMachine",
            state_machine_type=sfn.StateMachineType.STANDARD,
            # from_string keeps the definition inline (from_file would upload it as an asset), so the
            # template can be compared with the file the local cloud runs.
            definition_body=sfn.DefinitionBody.from_string(asl_path.read_text(encoding="utf-8")),
            definition_substitutions={placeholder: diagnose_fn.function_arn},
            logs=sfn.LogOptions(destination=self.log_group, level=sfn.LogLevel.ALL, include_execution_data=False),
            tracing_enabled=True,
        )
        # The definition is raw ASL, so CDK cannot infer the task's permission. The ASL invokes the
        # unqualified ARN, so that is all the role gets (grant_invoke would add every version, ":*").
        self.state_machine.add_to_role_policy(
            iam.PolicyStatement(actions=["lambda:InvokeFunction"], resources=[diagnose_fn.function_arn])
        )
