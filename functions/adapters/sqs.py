"""SQS: messages between functions."""

from __future__ import annotations

from typing import Any


class SqsQueue:
    def __init__(self, client: Any, queue_url: str) -> None:
        self._sqs = client
        self._url = queue_url

    def send(self, body: str, group: str | None = None) -> None:
        kwargs: dict[str, Any] = {"QueueUrl": self._url, "MessageBody": body}
        if group is not None:
            kwargs["MessageGroupId"] = group
        self._sqs.send_message(**kwargs)
