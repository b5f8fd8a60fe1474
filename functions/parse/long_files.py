"""The long-file path: one large text file parsed by a per-file workflow, in several invocations.

Steps (each one Lambda invocation, orchestrated by ``infra/segments.asl.json``): ``plan``, then

* ``segments`` mode (plain text; zstd of several frames; MCAP with a chunk index, as groups of
  whole chunks): ``parse_segment`` for each byte range in parallel (a Map state), each writing a
  partial summary to S3;
* ``checkpoint`` mode (gzip, bzip2, xz, single-frame zstd: no place to start decoding but the
  beginning): ``parse_stretch`` in a loop, each invocation skipping to the previous one's
  checkpoint (decompressing without parsing), parsing until its time is nearly up, and writing its
  partial summary;

then ``merge`` the partial summaries into the file's summary and finish the file as the single pass
does (status, barrier message), or ``fail`` the file with the reason when a step could not finish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from functions.core.app.deadline import DEFAULT_MARGIN_S, Deadline
from functions.core.domain.contracts import FileSummary, ParseStats
from functions.core.domain.errors import NotFound
from functions.core.domain.keys import partial_key
from functions.core.domain.segments import DEFAULT_SEGMENT_BYTES, MAX_SEGMENTS, Segment
from functions.parse.formats import NotSplittable
from functions.parse.segments import (
    PartialSummary,
    Stretch,
    codec_of,
    learn_head,
    long_file_format,
    owned_bytes,
    segmenter_of,
    summarize_segment,
    text_reader,
)
from functions.parse.service import ParseOutcome, ParseService, no_messages_is_a_failure
from functions.parse.streams import StreamReadError


class SegmentRef(BaseModel):
    index: int
    start: int
    end: int
    last: bool


class NotParsable(NotSplittable):
    """The file is not one the long-file path parses (text, in at most one compression layer, or
    MCAP with a chunk index)."""


class Plan(BaseModel):
    """The workflow's state after ``plan``; in checkpoint mode ``parse_stretch`` returns the next one."""

    batch_id: str
    file_id: str
    format: str
    mode: Literal["segments", "checkpoint"]
    segments: list[SegmentRef] = Field(default_factory=list)
    # checkpoint mode: the next stretch, and the partial summaries so far
    index: int = 0
    next: int = 0
    done: bool = False
    partials: list[str] = Field(default_factory=list)


@dataclass
class SegmentedParse:
    service: ParseService  # its store, repository and barrier queue; it finishes the file
    segment_bytes: int = DEFAULT_SEGMENT_BYTES
    max_segments: int = MAX_SEGMENTS
    margin_s: float = DEFAULT_MARGIN_S
    stretch_max_bytes: int | None = None  # also end a stretch after this many bytes (tests, tuning)
    max_stretches: int = MAX_SEGMENTS

    def plan(self, batch_id: str, file_id: str) -> Plan:
        file = self._file(batch_id, file_id)
        store = self.service.store
        size = store.object_size(file.object_key) or 0
        head = store.open_stream(file.object_key)
        try:
            fmt = long_file_format(head)
        finally:
            _close(head)
        segments = [] if fmt is None else segmenter_of(fmt).plan(
            store, file.object_key, fmt, size, self.segment_bytes, self.max_segments
        )
        if fmt is not None and codec_of(fmt) is not None and len(segments) < 2:
            return Plan(batch_id=batch_id, file_id=file_id, format=fmt, mode="checkpoint")
        if fmt is None or (not segments and fmt != "text"):
            raise NotParsable(
                "only text logs (plain, or in one gzip/zstd/bzip2/xz layer) and MCAP files with a chunk index "
                "can be parsed in parts"
            )
        last = len(segments) - 1
        refs = [SegmentRef(index=s.index, start=s.start, end=s.end, last=s.index == last) for s in segments]
        return Plan(batch_id=batch_id, file_id=file_id, format=fmt, mode="segments", segments=refs)

    def parse_stretch(self, state: Plan, remaining_ms: Callable[[], int] | None = None) -> Plan:
        """Parse on from ``state.next`` until the invocation's time is nearly up; the next state."""
        if len(state.partials) >= self.max_stretches:
            raise NotParsable(f"not finished after {self.max_stretches} stretches")
        file = self._file(state.batch_id, state.file_id)
        store, key, codec = self.service.store, file.object_key, codec_of(state.format)
        # Stop early enough for the rest of the line, the partial summary and the answer.
        stop_ms = 2 * self.margin_s * 1000

        def should_stop() -> bool:
            return remaining_ms is not None and remaining_ms() <= stop_ms

        head_stream = store.open_stream(key)
        stream = store.open_stream(key)
        try:
            try:
                head = learn_head(text_reader(head_stream, codec), file.updated_at)
                _close(head_stream)
                stretch = Stretch(text_reader(stream, codec), state.next, should_stop, self.stretch_max_bytes)
                owned = owned_bytes(stretch, stretch.rest, first=state.index == 0)
                partial = summarize_segment(state.index, owned, head, fmt=state.format)
            except StreamReadError as exc:
                raise exc.cause from None
        finally:
            _close(head_stream)
            _close(stream)
        out = partial_key(state.batch_id, state.file_id, state.index)
        store.put_bytes(out, partial.model_dump_json().encode())
        return state.model_copy(
            update={
                "index": state.index + 1,
                "next": stretch.end,
                "done": not stretch.stopped,
                "partials": [*state.partials, out],
            }
        )

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
        return segmenter_of(fmt).read(
            self.service.store,
            file.object_key,
            fmt,
            Segment(segment.index, segment.start, segment.end),
            last=segment.last,
            deadline=Deadline(remaining_ms, self.margin_s),
            uploaded_at=file.updated_at,
        )

    def merge(self, batch_id: str, file_id: str, keys: list[str]) -> ParseOutcome:
        file = self._file(batch_id, file_id)
        partials = []
        for key in keys:
            body = self.service.store.get_bytes(key)
            if body is None:
                raise NotFound(f"partial summary {key} is missing")
            partials.append(PartialSummary.model_validate_json(body))
        segmenter = segmenter_of(partials[0].format if partials else "text")
        summary = segmenter.merge(partials, batch_id=batch_id, file_id=file_id, file_name=file.name)
        summary = no_messages_is_a_failure(summary)
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


def _close(stream) -> None:
    close = getattr(stream, "close", None)
    if close:
        close()
