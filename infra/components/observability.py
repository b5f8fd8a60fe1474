"""Alarms (to one encrypted SNS topic) and the operations dashboard."""

from __future__ import annotations

from collections.abc import Mapping

from aws_cdk import Duration, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct

from infra.components.functions import METRICS_NAMESPACE

FIVE_MINUTES = Duration.minutes(5)


class ObservabilityConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        functions: Mapping[str, lambda_.IFunction],
        work_queues: Mapping[str, sqs.IQueue],
        dead_letter_queues: Mapping[str, sqs.IQueue],
        state_machine: sfn.IStateMachine,
        api: apigw.RestApi,
        alarm_email: str | None,
    ) -> None:
        super().__init__(scope, construct_id)
        # A customer-managed key: CloudWatch cannot publish to a topic encrypted with the AWS-managed
        # SNS key, whose policy cannot be changed.
        self.key = kms.Key(self, "AlarmsKey", enable_key_rotation=True, description="Argus alarm topic")
        self.key.add_to_resource_policy(
            iam.PolicyStatement(
                principals=[iam.ServicePrincipal("cloudwatch.amazonaws.com")],
                actions=["kms:Decrypt", "kms:GenerateDataKey*"],
                resources=["*"],  # in a key policy, "*" means this key
                conditions={"StringEquals": {"aws:SourceAccount": Stack.of(self).account}},
            )
        )
        self.topic = sns.Topic(self, "Alarms", master_key=self.key, enforce_ssl=True, display_name="Argus OTA alarms")
        if alarm_email:
            self.topic.add_subscription(subs.EmailSubscription(alarm_email))
        action = cw_actions.SnsAction(self.topic)
        self.alarms: list[cw.Alarm] = []

        def alarm(alarm_id: str, metric: cw.IMetric, threshold: float, description: str) -> cw.Alarm:
            created = cw.Alarm(
                self,
                alarm_id,
                metric=metric,
                threshold=threshold,
                evaluation_periods=1,
                comparison_operator=cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
                treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
                alarm_description=description,
            )
            created.add_alarm_action(action)
            created.add_ok_action(action)
            self.alarms.append(created)
            return created

        for name, dlq in dead_letter_queues.items():
            alarm(
                f"{name}DlqDepth",
                dlq.metric_approximate_number_of_messages_visible(period=FIVE_MINUTES, statistic="Maximum"),
                1,
                f"Messages in the {name} dead-letter queue: inspect, fix, then redrive (docs/operations.md)",
            )
        for name, queue in work_queues.items():
            alarm(
                f"{name}QueueAge",
                queue.metric_approximate_age_of_oldest_message(period=FIVE_MINUTES, statistic="Maximum"),
                1800,
                f"The oldest {name} message waited 30 min: consumers are failing or throttled",
            )
        alarm("WorkflowFailed", state_machine.metric_failed(period=FIVE_MINUTES, statistic="Sum"), 1,
              "A batch workflow failed: the batch is marked failed with its reason")
        alarm("WorkflowTimedOut", state_machine.metric_timed_out(period=FIVE_MINUTES, statistic="Sum"), 1,
              "A batch workflow timed out")
        alarm("WorkflowThrottled", state_machine.metric_throttled(period=FIVE_MINUTES, statistic="Sum"), 1,
              "Step Functions throttled state transitions")
        for name, fn in functions.items():
            alarm(f"{name}Errors", fn.metric_errors(period=FIVE_MINUTES, statistic="Sum"), 1,
                  f"The {name} function raised errors")
            alarm(f"{name}Throttles", fn.metric_throttles(period=FIVE_MINUTES, statistic="Sum"), 1,
                  f"The {name} function was throttled")
        alarm("Api5xx", api.metric_server_error(period=FIVE_MINUTES, statistic="Sum"), 5,
              "The API returned 5xx responses")

        self.dashboard = self._dashboard(functions, work_queues, dead_letter_queues, state_machine, api)

    def _dashboard(
        self,
        functions: Mapping[str, lambda_.IFunction],
        work_queues: Mapping[str, sqs.IQueue],
        dead_letter_queues: Mapping[str, sqs.IQueue],
        state_machine: sfn.IStateMachine,
        api: apigw.RestApi,
    ) -> cw.Dashboard:
        dashboard = cw.Dashboard(self, "Dashboard", default_interval=Duration.hours(3))

        def fn_metrics(make: str, statistic: str) -> list[cw.IMetric]:
            return [
                getattr(fn, make)(period=FIVE_MINUTES, statistic=statistic, label=name)
                for name, fn in functions.items()
            ]

        dashboard.add_widgets(
            cw.TextWidget(
                markdown="# Argus OTA\nUpload → parse → barrier → workflow → report. Runbook: `docs/operations.md`.",
                width=24,
                height=2,
            )
        )
        dashboard.add_widgets(
            cw.GraphWidget(title="API requests", left=[api.metric_count(period=FIVE_MINUTES, statistic="Sum")],
                           right=[api.metric_client_error(period=FIVE_MINUTES, statistic="Sum"),
                                  api.metric_server_error(period=FIVE_MINUTES, statistic="Sum")], width=8),
            cw.GraphWidget(title="API latency p50 / p99",
                           left=[api.metric_latency(period=FIVE_MINUTES, statistic="p50"),
                                 api.metric_latency(period=FIVE_MINUTES, statistic="p99")], width=8),
            cw.GraphWidget(
                title="Workflow executions",
                left=[
                    state_machine.metric_started(period=FIVE_MINUTES, statistic="Sum"),
                    state_machine.metric_succeeded(period=FIVE_MINUTES, statistic="Sum"),
                    state_machine.metric_failed(period=FIVE_MINUTES, statistic="Sum"),
                ],
                width=8,
            ),
        )
        dashboard.add_widgets(
            cw.GraphWidget(title="Lambda invocations", left=fn_metrics("metric_invocations", "Sum"), width=8),
            cw.GraphWidget(title="Lambda errors", left=fn_metrics("metric_errors", "Sum"), width=8),
            cw.GraphWidget(title="Lambda duration p99", left=fn_metrics("metric_duration", "p99"), width=8),
        )
        dashboard.add_widgets(
            cw.GraphWidget(
                title="Queue depth",
                left=[q.metric_approximate_number_of_messages_visible(period=FIVE_MINUTES, label=n)
                      for n, q in work_queues.items()],
                right=[q.metric_approximate_number_of_messages_visible(period=FIVE_MINUTES, label=f"{n} DLQ")
                       for n, q in dead_letter_queues.items()],
                width=12,
            ),
            cw.GraphWidget(
                title="Oldest message age (s)",
                left=[q.metric_approximate_age_of_oldest_message(period=FIVE_MINUTES, statistic="Maximum", label=n)
                      for n, q in work_queues.items()],
                width=12,
            ),
        )
        # The functions publish their own metrics (files, bytes, barrier fires, cache hits and
        # coalesced waits, tokens) through Powertools; a SEARCH shows whatever they emit.
        dashboard.add_widgets(
            cw.GraphWidget(
                title="Argus metrics (Powertools, namespace ArgusOTA)",
                left=[
                    cw.MathExpression(
                        expression=f"SEARCH('{{{METRICS_NAMESPACE},service}}', 'Sum', 300)",
                        label="",
                        period=FIVE_MINUTES,
                    )
                ],
                width=24,
                height=8,
            )
        )
        return dashboard
