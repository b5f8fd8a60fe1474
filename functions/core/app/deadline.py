"""Stopping cleanly before the invocation's deadline (Lambda ``get_remaining_time_in_millis``).

A parse that overruns its invocation is killed mid-file: SQS delivers the message again, it is
killed again, and after the retries it lands in the DLQ while the batch waits for the sweeper.
Reading through :class:`DeadlineStream` turns the approaching deadline into :class:`OutOfTime`
at a chunk boundary, with time left to record what happens to the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DEFAULT_MARGIN_S = 30.0  # enough to write a summary, a status and a message, with retries


class OutOfTime(Exception):
    """The invocation is about to end; nothing is wrong with the file."""


class Deadline:
    def __init__(self, remaining_ms: Callable[[], int] | None, margin_s: float = DEFAULT_MARGIN_S) -> None:
        self._remaining_ms = remaining_ms
        self.margin_ms = margin_s * 1000

    def check(self) -> None:
        if self._remaining_ms is None:
            return
        left = self._remaining_ms()
        if left <= self.margin_ms:
            raise OutOfTime(f"stopped with {left / 1000:.0f} s of the invocation left")


class DeadlineStream:
    """A stream whose reads raise :class:`OutOfTime` once the deadline is near."""

    def __init__(self, stream: Any, deadline: Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, n: int = -1) -> bytes:
        self._deadline.check()
        return self._stream.read(n)

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close:
            close()
