"""What the binary-format readers share: a sink for log records, stream adapters, spooling."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from contextlib import contextmanager

from functions.parse.builder import SummaryBuilder
from functions.parse.codes import candidates, codes_at
from functions.parse.miner import TemplateMiner
from functions.parse.severity import WARNING
from functions.parse.streams import CHUNK, ParseLimitError, Readable, spool
from functions.parse.text import CACHE_MAX_BYTES, SHAPE_BYTES, ZERO_DIGITS

# Lambda's /tmp holds up to 10 GB; readers that must seek get at most this much spooled.
MAX_SPOOL_BYTES = 8 * 1024**3
_CACHE_MAX = 50_000
# One record (an MCAP chunk or message) above this is refused: real ones are kilobytes to a few MiB,
# and the reader holds the whole record (plus its decompressed form) in memory.
MAX_RECORD_BYTES = 64 * 1024**2


class RecordSink:
    """Log records from any binary format → template groups, severities, codes, channels."""

    def __init__(self, builder: SummaryBuilder) -> None:
        self.b = builder
        self.miner = TemplateMiner()
        self._cache: dict[bytes, tuple[int, tuple]] = {}
        self._cache_bytes = 0

    def record(
        self,
        text: str,
        severity: int,
        ts: float | None,
        index: int,
        *,
        channel: str | None = None,
        by_line: bool = False,
    ) -> None:
        # by_line: ``index`` is a 1-based line of a text export rather than a record index
        # Only the head of a message decides its shape (see text.SHAPE_BYTES): keys, miner input and
        # code scanning stay bounded however long the messages are.
        head = text[:SHAPE_BYTES].encode("utf-8", "replace")[:SHAPE_BYTES]
        shape = head.translate(ZERO_DIGITS)
        hit = self._cache.get(shape)
        if hit is None:
            hit = (self._group(text[:SHAPE_BYTES], shape), candidates(shape))
            if len(self._cache) >= _CACHE_MAX or self._cache_bytes > CACHE_MAX_BYTES:
                self._cache.clear()
                self._cache_bytes = 0
            self._cache[shape] = hit
            self._cache_bytes += len(shape)
        gid, cands = hit
        line, index = (index, None) if by_line else (None, index)  # type: ignore[assignment]
        self.b.add_event(gid, severity, ts, line=line, message_index=index, text=text)
        if channel is not None:
            self.b.add_channel(channel)
        if cands:
            for code, kind in codes_at(head, cands):
                self.b.add_code(code, kind, max(severity, WARNING), ts, line=line, message_index=index, text=text)

    def _group(self, head: str, shape: bytes) -> int:
        """The group of a new message shape (``shape``: its head with digits zeroed)."""
        return self.miner.add(head)

    def finish(self) -> tuple[list[int], list[str]]:
        return self.miner.finalize(self.b.g_count)


class RawStream(io.RawIOBase):
    """Our forward-only reader as a real ``io`` stream (libraries check ``isinstance(f, IOBase)``)."""

    def __init__(self, reader: Readable) -> None:
        self._reader = reader
        self._buf = b""
        self.delivered = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if not self._buf:
            self._buf = self._reader.read(max(len(b), CHUNK))
        n = min(len(b), len(self._buf))
        self.delivered += n
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def binary_stream(reader: Readable) -> io.BufferedReader:
    return io.BufferedReader(RawStream(reader), CHUNK)


def drain(stream: io.BufferedReader) -> int:
    """Read what is left of a stream and return how many bytes that was."""
    n = 0
    while True:
        data = stream.read(CHUNK)
        if not data:
            return n
        n += len(data)


def text_stream(reader: Readable) -> io.TextIOWrapper:
    return io.TextIOWrapper(binary_stream(reader), encoding="utf-8", errors="replace", newline=None)


@contextmanager
def spooled(reader: Readable, *, max_bytes: int | None, suffix: str) -> Iterator[str]:
    """A temp file holding the stream, for readers that need to seek; removed afterwards."""
    limit = min(max_bytes, MAX_SPOOL_BYTES) if max_bytes is not None else MAX_SPOOL_BYTES
    path = spool(reader, max_bytes=limit, suffix=suffix)
    try:
        yield path
    finally:
        os.unlink(path)


class ExactReads:
    """``read(n)`` returning exactly n bytes (fewer only at the end), refusing absurd sizes.

    Record-oriented readers trust the length fields in the file; a corrupt length must end in a
    clear error, not in an attempt to allocate gigabytes.
    """

    def __init__(self, reader: Readable, *, max_read: int = MAX_RECORD_BYTES) -> None:
        self._reader = reader
        self._max = max_read
        self._buf = bytearray()

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0 or n > self._max:
            raise ParseLimitError(f"a record claims {n} bytes, over the {self._max} byte limit (corrupt length?)")
        while len(self._buf) < n:
            data = self._reader.read(max(CHUNK, n - len(self._buf)))
            if not data:
                break
            self._buf += data
        out = bytes(self._buf[:n])
        del self._buf[:n]
        return out
