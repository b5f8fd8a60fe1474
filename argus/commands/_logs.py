"""Where the functions' log lines go when a command runs the local cloud in-process: a log file,
so human output (and ``--json``) stays clean; ``--verbose`` sends them to stderr instead.

Powertools prints some lines with ``print`` (the cold-start metric, even with metrics disabled), so
what a function's thread prints goes to the log as well; the command's own prints stay on stdout.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from argus.local.instances import FUNCTION_LOG_ENV

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _FunctionAwareStdout:
    """stdout for the command, the log for a thread inside a function invocation."""

    def __init__(self, command: TextIO, log: TextIO) -> None:
        self._command, self._log = command, log

    def _target(self) -> TextIO:
        from functions.core.observability import in_invocation

        return self._log if in_invocation() else self._command

    def write(self, text: str) -> int:
        return self._target().write(text)

    def flush(self) -> None:
        self._command.flush()
        self._log.flush()

    def __getattr__(self, name: str):
        return getattr(self._command, name)


@contextmanager
def function_logs(log_file: Path | None, verbose: bool) -> Iterator[Path | None]:
    """Send Powertools' JSON lines and every Python logger to ``log_file`` (stderr when verbose);
    yields the file used (None for stderr) and puts things back on exit."""
    from functions.core.observability import logger, send_logs_to

    if verbose or log_file is None:
        stream: TextIO = sys.stderr
        log_file = None
    else:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        stream = log_file.open("a", encoding="utf-8", buffering=1)
    previous_stream = logger.registered_handler.stream  # type: ignore[attr-defined]
    root = logging.getLogger()
    previous_handlers = root.handlers[:]
    previous_propagate = logger._logger.propagate
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    send_logs_to(stream)
    logger._logger.propagate = False  # its own handler wrote the line already: not again via root
    root.handlers = [handler]
    logging.captureWarnings(True)
    # The local cloud's worker processes (extra function instances) write to the same place.
    previous_env = os.environ.get(FUNCTION_LOG_ENV)
    os.environ[FUNCTION_LOG_ENV] = str(log_file) if log_file is not None else "-"
    try:
        with contextlib.redirect_stdout(_FunctionAwareStdout(sys.stdout, stream)):  # type: ignore[type-var]
            yield log_file
    finally:
        if previous_env is None:
            os.environ.pop(FUNCTION_LOG_ENV, None)
        else:
            os.environ[FUNCTION_LOG_ENV] = previous_env
        logging.captureWarnings(False)
        root.handlers = previous_handlers
        logger._logger.propagate = previous_propagate
        send_logs_to(previous_stream)
        if stream is not sys.stderr:
            stream.close()
