"""Turn one log file (any supported format) into a bounded :class:`FileSummary`.

The entry points never raise for bad input: a corrupt, truncated, hostile or unsupported file gives
a summary whose ``error`` says why, with whatever was gathered before the problem.
"""

from __future__ import annotations

import logging
import os
import uuid
from datetime import datetime
from typing import BinaryIO

from functions.core.domain.contracts import FileSummary
from functions.parse.builder import SummaryBuilder
from functions.parse.detect import COMPRESSED, SNIFF_BYTES, sniff
from functions.parse.formats import Grouping, ReadState
from functions.parse.formats.registry import Refused, entry, reader_for
from functions.parse.streams import (
    CHUNK,
    MAX_DECOMPRESSED_BYTES,
    ParseLimitError,
    Readable,
    Source,
    StreamReadError,
    decompressing,
)
from functions.parse.text import TextSummarizer

log = logging.getLogger(__name__)

EMPTY_FILE_ERROR = "empty file: no bytes to parse"
MAX_NESTING = 2  # e.g. a .tar-less log.gz inside a zstd wrapper; deeper nesting is refused
BINARY_STOP_BYTES = 8 << 20  # stop reading a "text" file once this much binary has been seen ...
BINARY_FAIL_SHARE = 0.25  # ... or fail at the end when binary is this share of the bytes

class _Limited:
    """Stops after ``limit`` bytes and remembers that it did."""

    def __init__(self, reader: Readable, limit: int) -> None:
        self._reader = reader
        self._left = limit
        self.hit = False

    def read(self, n: int = CHUNK) -> bytes:
        if self._left <= 0:
            if self._reader.read(1):
                self.hit = True
            return b""
        data = self._reader.read(min(n if n and n > 0 else CHUNK, self._left))
        self._left -= len(data)
        return data


def summarize_stream(
    stream: BinaryIO,
    *,
    batch_id: str,
    file_id: str,
    file_name: str = "",
    max_bytes: int | None = None,
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES,
    uploaded_at: datetime | None = None,
) -> FileSummary:
    """Read ``stream`` forward once and summarize it; never raises for bad input. ``uploaded_at``
    (when the object was written) bounds year-less timestamps: none is placed more than
    ``YEARLESS_SLACK_S`` (a day: zone-less local time) after it.

    Errors raised by ``stream.read`` itself (an S3 connection reset, a read timeout) are not the
    file's fault: they propagate unchanged so the caller can retry the message.
    """
    builder = SummaryBuilder(batch_id=batch_id, file_id=file_id, file_name=file_name)
    source = Source(stream)
    state = ReadState(uploaded_at=uploaded_at)
    try:
        return _summarize(source, builder, max_bytes, state, max_decompressed_bytes)
    except StreamReadError as exc:
        raise exc.cause from None
    except ParseLimitError as exc:
        return _failed(builder, state, str(exc))
    except MemoryError:
        return _failed(builder, state, "out of memory while parsing")
    except Exception as exc:  # a reader library choking on a corrupt file must not crash the batch
        if source.failure is not None:
            raise source.failure from None
        log.warning("parse failed", exc_info=True, extra={"file_id": file_id})
        return _failed(builder, state, f"unreadable {builder.format} file: {type(exc).__name__}: {exc}"[:500])


def _failed(builder: SummaryBuilder, state: ReadState, reason: str) -> FileSummary:
    mapping: Grouping | None = None
    finish = state.finish
    if finish is not None:
        try:
            mapping = finish()
        except Exception:  # the partial statistics are a bonus; the reason is what matters
            mapping = None
    if mapping is None:
        return builder.build(error=reason)
    return builder.build(group_to_template=mapping[0], template_texts=mapping[1], error=reason)


def _summarize(
    source: Source,
    builder: SummaryBuilder,
    max_bytes: int | None,
    state: ReadState,
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES,
) -> FileSummary:
    layers: list[str] = []
    fmt = sniff(source.peek(SNIFF_BYTES))
    reader: Readable = source
    while fmt in COMPRESSED:
        if len(layers) >= MAX_NESTING:
            builder.format = "+".join([*layers, fmt])
            return builder.build(error=f"compression nested more than {MAX_NESTING} levels deep")
        layers.append(fmt)
        # The size cap applies to what comes out, see _Limited below; the bomb guard lives inside.
        reader = source = Source(decompressing(source, fmt, None, max_decompressed_bytes))
        fmt = sniff(source.peek(SNIFF_BYTES))
    builder.format = "+".join([*layers, fmt])

    limited = _Limited(reader, max_bytes) if max_bytes is not None else None
    if limited is not None:
        reader = limited

    if fmt == "empty":
        return builder.build(error=EMPTY_FILE_ERROR if not layers else "empty after decompression")
    refused = entry(fmt)
    if isinstance(refused, Refused):
        return builder.build(error=refused.reason)
    fmt_reader = reader_for(fmt)
    if fmt_reader is None:  # "binary": no format recognised
        head = source.peek(16).hex(" ")
        return builder.build(error=f"unrecognized binary content: not a supported log format (first bytes: {head})")
    mapping = fmt_reader.read(reader, builder, fmt=fmt, max_bytes=max_bytes, state=state)
    if not builder.bytes:
        builder.bytes = source.raw_bytes if max_bytes is None else min(source.raw_bytes, max_bytes)
    error = state.error
    if limited is not None and limited.hit:
        # Our own cap cut the file: a streamed format keeps what it read (a bounded result);
        # one whose index sits at the end cannot be read from a prefix at all.
        builder.truncated = True
        if fmt_reader.whole_file:
            error = f"file larger than the {max_bytes} byte parse limit, and {fmt} cannot be read from a prefix"
        elif fmt_reader.framed:
            error = None  # the cut ends inside a record: the cap's doing, not the file's
    return builder.build(group_to_template=mapping[0], template_texts=mapping[1], error=error)


def read_text(reader: Readable, builder: SummaryBuilder, state: ReadState) -> Grouping:
    """The text path (the registry's plain-text reader): stops early on a mostly-binary file."""
    text = TextSummarizer(builder, uploaded_at=state.uploaded_at)
    state.finish = text.finish
    while True:
        data = reader.read(CHUNK)
        if not data:
            break
        text.feed(data)
        if text.binary_bytes > BINARY_STOP_BYTES and text.binary_bytes * 2 > builder.bytes:
            builder.truncated = True
            break
    mapping = text.finish()
    state.finish = None
    state.error = binary_error(builder.bytes, text.binary_bytes, text.first_binary_line)
    return mapping


def binary_error(total_bytes: int, binary_bytes: int, first_binary_line: int | None) -> str | None:
    """The failure reason of a "text" file that is mostly binary (also used by the segment merge)."""
    if not total_bytes or binary_bytes <= BINARY_FAIL_SHARE * total_bytes:
        return None
    share = round(100 * binary_bytes / total_bytes)
    return (
        f"not a text log: {share}% of the content is binary (from line {first_binary_line}); "
        "statistics cover the text part only"
    )


def summarize_path(
    path: str | os.PathLike[str],
    *,
    batch_id: str = "local",
    file_id: str | None = None,
    max_bytes: int | None = None,
) -> FileSummary:
    """Summarize a local file (CLIs, tests). The id defaults to a fresh one; the name is the base name."""
    name = os.path.basename(os.fspath(path))
    fid = file_id or uuid.uuid4().hex
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below; open errors become a failed summary
    except OSError as exc:
        builder = SummaryBuilder(batch_id=batch_id, file_id=fid, file_name=name)
        return builder.build(error=f"cannot open file: {exc.strerror or exc}")
    with fh:
        return summarize_stream(fh, batch_id=batch_id, file_id=fid, file_name=name, max_bytes=max_bytes)
