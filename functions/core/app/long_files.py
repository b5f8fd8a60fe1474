"""The long-file path: one large splittable file parsed as segments by a per-file workflow.

Steps (each one Lambda invocation, orchestrated by ``infra/segments.asl.json``): ``plan`` the
segments, ``parse_segment`` each in parallel (a Map state) into a partial summary in S3, ``merge``
them into the file's summary and finish the file as the single pass does (status, barrier
message), or ``fail`` the file with the reason when a step could not finish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from functions.core.app.deadline import DEFAULT_MARGIN_S, Deadline, DeadlineStream
from functions.core.domain.segments import (
    DEFAULT_SEGMENT_BYTES,
    MAX_SEGMENTS,
    PARTIALS_PREFIX,
    SEEK_FOOTER,
    FrameWalker,
    frames_from_seek_table,
    group_frames,
    plan_ranges,
    seek_table_size,
)
from functions.parse.segments import (
    PartialSummary,
    learn_head,
    merge_partials,
    owned_bytes,
    splittable_format,
    summarize_segment,
    text_reader,
)
from functions.parse.service import ParseOutcome, ParseService
from functions.parse.streams import CHUNK, StreamReadError
from functions.shared.contracts import FileSummary, ParseStats
from functions.shared.errors import NotFound


def partial_key(batch_id: str, file_id: str, index: int) -> str:
    return f"{PARTIALS_PREFIX}{batch_id}/{file_id}/{index:05d}.json"


class SegmentRef(BaseModel):
    index: int
    start: int
    end: int
    last: bool


class Plan(BaseModel):
    batch_id: str
    file_id: str
    format: str | None  # None: not splittable (the plan then fails the file with ``error``)
    segments: list[SegmentRef]
    error: str | None = None


@dataclass
class SegmentedParse:
    service: ParseService  # its store, repository and barrier queue; it finishes the file
    segment_bytes: int = DEFAULT_SEGMENT_BYTES
    max_segments: int = MAX_SEGMENTS
    margin_s: float = DEFAULT_MARGIN_S

    def plan(self, batch_id: str, file_id: str) -> Plan:
        file = self._file(batch_id, file_id)
        store = self.service.store
        size = store.object_size(file.object_key) or 0
        head = store.open_stream(file.object_key)
        try:
            fmt = splittable_format(head)
        finally:
            _close(head)
        if fmt is None:
            return Plan(batch_id=batch_id, file_id=file_id, format=None, segments=[], error="not splittable")
        if fmt == "text":
            segments = plan_ranges(size, self.segment_bytes, self.max_segments)
        else:
            offsets = self._zstd_frames(file.object_key, size)
            segments = group_frames(offsets, size, self.segment_bytes, self.max_segments)
        last = len(segments) - 1
        refs = [SegmentRef(index=s.index, start=s.start, end=s.end, last=s.index == last) for s in segments]
        return Plan(batch_id=batch_id, file_id=file_id, format=fmt, segments=refs)

    def _zstd_frames(self, key: str, size: int) -> list[int]:
        store = self.service.store
        if size > SEEK_FOOTER:
            table_size = seek_table_size(_read_all(store.open_range(key, size - SEEK_FOOTER, size)))
            if table_size is not None and table_size <= size:
                offsets = frames_from_seek_table(_read_all(store.open_range(key, size - table_size, size)), size)
                if offsets:
                    return offsets
        # No seek table: walk the frame headers (block contents are skipped, never decoded).
        walker = FrameWalker()
        stream = store.open_stream(key)
        try:
            while walker.error is None and (data := stream.read(CHUNK)):
                walker.feed(data)
        finally:
            _close(stream)
        return walker.offsets if walker.error is None else walker.offsets[:1]

    def parse_segment(
        self,
        batch_id: str,
        file_id: str,
        fmt: str,
        segment: SegmentRef,
        remaining_ms: Callable[[], int] | None = None,
    ) -> str:
        try:
            partial = self._parse_segment(batch_id, file_id, fmt, segment, remaining_ms)
        except StreamReadError as exc:
            raise exc.cause from None  # the reader's own failure (S3, or OutOfTime), not the file's
        out = partial_key(batch_id, file_id, segment.index)
        self.service.store.put_bytes(out, partial.model_dump_json().encode())
        return out

    def _parse_segment(
        self, batch_id: str, file_id: str, fmt: str, segment: SegmentRef, remaining_ms: Callable[[], int] | None
    ) -> PartialSummary:
        file = self._file(batch_id, file_id)
        store, key = self.service.store, file.object_key
        codec = "zstd" if fmt.startswith("zstd") else None
        deadline = Deadline(remaining_ms, self.margin_s)
        head_stream = store.open_stream(key)
        try:
            head = learn_head(text_reader(DeadlineStream(head_stream, deadline), codec))
        finally:
            _close(head_stream)
        body = store.open_range(key, segment.start, segment.end)
        tail = None if segment.last else (lambda: text_reader(store.open_range(key, segment.end, None), codec))
        try:
            owned = owned_bytes(text_reader(DeadlineStream(body, deadline), codec), tail, first=segment.index == 0)
            partial = summarize_segment(segment.index, owned, head, fmt=fmt)
        finally:
            _close(body)
        return partial

    def merge(self, batch_id: str, file_id: str, keys: list[str]) -> ParseOutcome:
        file = self._file(batch_id, file_id)
        partials = []
        for key in keys:
            body = self.service.store.get_bytes(key)
            if body is None:
                raise NotFound(f"partial summary {key} is missing")
            partials.append(PartialSummary.model_validate_json(body))
        summary = merge_partials(partials, batch_id=batch_id, file_id=file_id, file_name=file.name)
        summary = summary.model_copy(update={"stats": summary.stats.model_copy(update={"segments": len(partials)})})
        return self.service.finish(file, summary)

    def fail(self, batch_id: str, file_id: str, error: str) -> ParseOutcome:
        file = self._file(batch_id, file_id)
        summary = FileSummary(
            batch_id=batch_id,
            file_id=file_id,
            file_name=file.name,
            format=file.format or "unknown",
            stats=ParseStats(format=file.format or "unknown"),
            error=error[:500],
        )
        return self.service.finish(file, summary)

    def _file(self, batch_id: str, file_id: str):
        file = self.service.repo.get_file(batch_id, file_id)
        if file is None:
            raise NotFound(f"file {file_id} of batch {batch_id} does not exist")
        return file


def _read_all(stream) -> bytes:
    try:
        return stream.read()
    finally:
        _close(stream)


def _close(stream) -> None:
    close = getattr(stream, "close", None)
    if close:
        close()
