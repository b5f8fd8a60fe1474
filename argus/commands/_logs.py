"""Where the functions' log lines go when a command runs the local cloud in-process: a log file,
so human output (and ``--json``) stays clean; ``--verbose`` sends them to stderr instead.

Powertools prints some lines with ``print`` (the cold-start metric, even with metrics disabled), so
stdout itself is redirected too: a command that prints for the user keeps ``sys.stdout`` from
before it entered (``real_stdout``) and writes there.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def function_logs(log_file: Path | None, verbose: bool) -> Iterator[Path | None]:
    """Send Powertools' JSON lines and every Python logger to ``log_file`` (stderr when verbose);
    yields the file used (None for stderr) and puts things back on exit."""
    from functions.shared.observability import logger, send_logs_to

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
    try:
        with contextlib.redirect_stdout(stream):
            yield log_file
    finally:
        logging.captureWarnings(False)
        root.handlers = previous_handlers
        logger._logger.propagate = previous_propagate
        send_logs_to(previous_stream)
        if stream is not sys.stderr:
            stream.close()
