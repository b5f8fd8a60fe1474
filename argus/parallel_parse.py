"""``argus parse`` on a big plain-text file: byte-range segments parsed in worker processes, merged.

The mechanism is the deployed long-file workflow's (:mod:`functions.parse.segments`): the header
model and timestamp layout are learned once from the file's head, each segment summarizes the lines
it owns, and ``merge_partials`` folds the partial summaries in file order into the FileSummary of
one pass (a property test holds merge == one pass). Here the segments run on the local machine's
cores: wall time drops, CPU time does not (every worker pays the per-line passes of its share and
learns the head once more). The Lambda parse stays single-process; only this CLI path forks.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from functions.core.domain.segments import plan_ranges
from functions.parse.segments import (
    PartialSummary,
    learn_head,
    long_file_format,
    merge_partials,
    owned_bytes,
    summarize_segment,
    text_reader,
)

if TYPE_CHECKING:
    from functions.core.domain.contracts import FileSummary

# Below this, starting the workers and merging cost more than the parallel passes save.
MIN_PARALLEL_BYTES = 64 << 20


def parallel_workers(path: str | os.PathLike[str], requested: int | None) -> int:
    """How many processes parse ``path``: 1 unless it is plain text of at least ``MIN_PARALLEL_BYTES``
    (compressed or binary formats have their own readers); ``requested`` None means the CPU count."""
    workers = requested if requested is not None else (os.cpu_count() or 1)
    if workers <= 1:
        return 1
    try:
        if os.path.getsize(path) < MIN_PARALLEL_BYTES:
            return 1
        with open(path, "rb") as fh:
            return workers if long_file_format(fh) == "text" else 1
    except OSError:
        return 1  # the single pass reports the error


class _Range:
    """``read`` over the bytes ``[start, end)`` of an open file."""

    def __init__(self, fh, start: int, end: int) -> None:
        fh.seek(start)
        self._fh, self._left = fh, end - start

    def read(self, n: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        data = self._fh.read(self._left if n is None or n < 0 else min(n, self._left))
        self._left -= len(data)
        return data


def _segment(path: str, index: int, start: int, end: int, last: bool, uploaded_at: datetime) -> PartialSummary:
    with open(path, "rb") as fh:
        head = learn_head(text_reader(fh, None), uploaded_at)
    with open(path, "rb") as body, open(path, "rb") as rest:
        tail = None if last else (lambda: _Range(rest, end, os.fstat(rest.fileno()).st_size))
        return summarize_segment(index, owned_bytes(_Range(body, start, end), tail, first=index == 0), head)


def summarize_parallel(
    path: str | os.PathLike[str], *, workers: int, batch_id: str = "local", file_id: str | None = None
) -> FileSummary:
    """The FileSummary of ``summarize_path(path)``, parsed as ``workers`` segments in as many processes."""
    started = time.perf_counter()
    path = os.fspath(path)
    size = os.path.getsize(path)
    uploaded_at = datetime.now(UTC)  # what the single pass takes for "now": one value for every worker
    segments = plan_ranges(size, target=math.ceil(size / workers), max_segments=workers)
    # fork: the workers start with the modules already imported (the CLI runs no threads)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=len(segments), mp_context=context) as pool:
        futures = [pool.submit(_segment, path, s.index, s.start, s.end, s.end == size, uploaded_at) for s in segments]
        partials = [f.result() for f in futures]
    summary = merge_partials(
        partials, batch_id=batch_id, file_id=file_id or uuid.uuid4().hex, file_name=os.path.basename(path)
    )
    summary.stats.seconds = round(time.perf_counter() - started, 6)  # the whole parse, not just the merge
    return summary
