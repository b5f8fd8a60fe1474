"""Local EventBridge schedules: invoke a function every N seconds with a scheduled event."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from argus.local import resources
from argus.local.http import BackgroundLoop
from argus.local.runtime import FunctionError, Functions

log = logging.getLogger("local_cloud")


def scheduled_event(rule: str) -> dict:
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": resources.ACCOUNT,
        "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": resources.REGION,
        "resources": [f"arn:aws:events:{resources.REGION}:{resources.ACCOUNT}:rule/{rule}"],
        "detail": {},
    }


class Schedule(BackgroundLoop):
    def __init__(self, functions: Functions, function: str, every_s: float, first_after_s: float | None = None) -> None:
        super().__init__(f"schedule-{function}")
        self._functions = functions
        self._function = function
        self._every_s = every_s
        self._first_after_s = every_s if first_after_s is None else first_after_s

    def _loop(self) -> None:
        wait = self._first_after_s
        while not self._stop.wait(wait):
            wait = self._every_s
            try:
                self._functions.invoke(self._function, scheduled_event(f"{resources.PREFIX}-{self._function}"))
            except FunctionError as exc:
                log.warning("scheduled %s failed: %s", self._function, exc)
