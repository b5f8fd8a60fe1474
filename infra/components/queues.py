"""SQS work queues, each with its dead-letter queue."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_sqs as sqs
from constructs import Construct

RETENTION = Duration.days(14)  # the SQS maximum: a DLQ must outlive a long weekend of nobody looking


class QueueWithDlq(Construct):
    """A queue whose messages move to a DLQ after ``max_receive_count`` failed deliveries."""

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        consumer_timeout: Duration,
        max_receive_count: int,
    ) -> None:
        super().__init__(scope, construct_id)
        self.dlq = sqs.Queue(
            self,
            "Dlq",
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
            retention_period=RETENTION,
        )
        self.queue = sqs.Queue(
            self,
            "Queue",
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
            retention_period=RETENTION,
            # AWS guidance for Lambda event sources: at least six times the function timeout, so a
            # batch held back by throttling is not redelivered while it is still being processed.
            visibility_timeout=Duration.seconds(consumer_timeout.to_seconds() * 6),
            dead_letter_queue=sqs.DeadLetterQueue(queue=self.dlq, max_receive_count=max_receive_count),
        )
