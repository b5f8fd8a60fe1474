"""Splitting one large log into byte-range segments that separate invocations parse in parallel.

Pure rules, no I/O: where segments start and end, and what the zstd seek table says about frame
boundaries. The line-ownership rule that makes any split point safe lives with the reader
(``functions.parse.segments``): a segment owns the lines that start after the first newline at or
past its start, up to and including the line that crosses its end.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

DEFAULT_SEGMENT_BYTES = 1 << 30  # 1 GiB: minutes of parsing at measured speeds, far from 15 minutes
MAX_SEGMENTS = 1000  # one Map state's items stay well under Step Functions' 256 KiB payload

ZSTD_FRAME_MAGIC = 0xFD2FB528
ZSTD_SKIPPABLE_MAGIC = 0x184D2A5E  # the seekable format's skippable frame (magic 0x184D2A5[0-F])
ZSTD_SEEKABLE_MAGIC = 0x8F92EAB1
SEEK_FOOTER = 9  # number of frames (u32), descriptor (u8), seekable magic (u32)


@dataclass(frozen=True)
class Segment:
    """Raw byte range ``[start, end)`` of the stored object; ``index`` 0 is the file's head."""

    index: int
    start: int
    end: int


def plan_ranges(size: int, target: int = DEFAULT_SEGMENT_BYTES, max_segments: int = MAX_SEGMENTS) -> list[Segment]:
    """Equal byte ranges of about ``target`` bytes (plain text: any split point is a valid one)."""
    if size <= 0:
        return []
    n = max(1, min(max_segments, math.ceil(size / max(1, target))))
    bounds = [size * i // n for i in range(n + 1)]
    return [Segment(i, bounds[i], bounds[i + 1]) for i in range(n)]


def group_frames(
    frame_offsets: list[int], size: int, target: int = DEFAULT_SEGMENT_BYTES, max_segments: int = MAX_SEGMENTS
) -> list[Segment]:
    """Consecutive whole frames per segment, about ``target`` compressed bytes each.

    ``frame_offsets`` are the start offsets of the data frames, ascending; the last segment runs to
    ``size`` (trailing skippable frames, such as the seek table, are skipped by the decompressor).
    """
    if not frame_offsets:
        return []
    target = max(target, math.ceil(size / max_segments))
    starts = [frame_offsets[0]]
    for off in frame_offsets[1:]:
        if off - starts[-1] >= target:
            starts.append(off)
    ends = [*starts[1:], size]
    return [Segment(i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def seek_table_size(footer: bytes) -> int | None:
    """Bytes of the whole seek-table frame from its 9-byte footer, or None if there is none."""
    if len(footer) != SEEK_FOOTER:
        return None
    frames, descriptor, magic = struct.unpack("<IBI", footer)
    if magic != ZSTD_SEEKABLE_MAGIC or descriptor & 0x7C:  # reserved bits must be zero
        return None
    entry = 12 if descriptor & 0x80 else 8
    return 8 + frames * entry + SEEK_FOOTER


def frames_from_seek_table(table: bytes, size: int) -> list[int] | None:
    """Frame start offsets from a seek-table frame (the last ``seek_table_size`` bytes of the object).

    Returns None when the table does not describe this object exactly (sizes must add up to the
    bytes before the table): a wrong table must not produce wrong segments.
    """
    if len(table) < 8 + SEEK_FOOTER:
        return None
    magic, frame_size = struct.unpack_from("<II", table, 0)
    if magic != ZSTD_SKIPPABLE_MAGIC or frame_size != len(table) - 8:
        return None
    frames, descriptor, _ = struct.unpack_from("<IBI", table, len(table) - SEEK_FOOTER)
    entry = 12 if descriptor & 0x80 else 8
    if 8 + frames * entry + SEEK_FOOTER != len(table):
        return None
    offsets, pos = [], 0
    for i in range(frames):
        compressed, _decompressed = struct.unpack_from("<II", table, 8 + i * entry)
        offsets.append(pos)
        pos += compressed
    if pos != size - len(table):
        return None
    return offsets


class FrameWalker:
    """Frame start offsets of a zstd stream from its frame and block headers (RFC 8878).

    Fed the compressed bytes in order; block contents are skipped by length, never decoded. Used
    when the file has no seek table. ``error`` is set when the bytes are not a zstd stream.
    """

    def __init__(self) -> None:
        self.offsets: list[int] = []
        self.error: str | None = None
        self._pos = 0  # absolute offset of the next byte fed
        self._state = "magic"
        self._want = 4
        self._hdr = b""
        self._hdr_at = 0
        self._skip = 0
        self._checksum = False

    def feed(self, data: bytes) -> None:
        i, end = 0, len(data)
        while i < end and self.error is None:
            if self._skip:
                step = min(self._skip, end - i)
                self._skip -= step
                i += step
                continue
            if not self._hdr:
                self._hdr_at = self._pos + i
            take = min(self._want - len(self._hdr), end - i)
            self._hdr += data[i : i + take]
            i += take
            if len(self._hdr) == self._want:
                hdr, self._hdr = self._hdr, b""
                self._header(hdr)
        self._pos += end

    @property
    def complete(self) -> bool:
        return self.error is None and self._state == "magic" and not self._hdr and not self._skip

    def _header(self, hdr: bytes) -> None:
        if self._state == "magic":
            magic = int.from_bytes(hdr, "little")
            if magic == ZSTD_FRAME_MAGIC:
                self.offsets.append(self._hdr_at)
                self._state, self._want = "frame_header", 1
            elif magic & 0xFFFFFFF0 == 0x184D2A50:
                self._state, self._want = "skippable", 4
            else:
                self.error = f"not a zstd frame at byte {self._hdr_at}"
        elif self._state == "skippable":
            self._skip = int.from_bytes(hdr, "little")
            self._state, self._want = "magic", 4
        elif self._state == "frame_header":
            d = hdr[0]
            single = (d >> 5) & 1
            self._checksum = bool((d >> 2) & 1)
            self._skip = (0 if single else 1) + (0, 1, 2, 4)[d & 3] + (single, 2, 4, 8)[d >> 6]
            self._state, self._want = "block", 3
        else:
            h = int.from_bytes(hdr, "little")
            kind = (h >> 1) & 3
            if kind == 3:
                self.error = f"reserved zstd block type at byte {self._hdr_at}"
                return
            self._skip = 1 if kind == 1 else h >> 3
            if h & 1:
                self._skip += 4 if self._checksum else 0
                self._state, self._want = "magic", 4


def group_chunks(
    chunk_offsets: list[int], size: int, target: int = DEFAULT_SEGMENT_BYTES, max_segments: int = MAX_SEGMENTS
) -> list[Segment]:
    """Whole MCAP chunks per segment, from the chunk index, about ``target`` stored bytes each.

    The first segment starts at byte 0 (magic, header, and whatever precedes the first chunk), the
    last runs to the end of the object (what follows the last chunk, then the summary and footer,
    which hold no messages), so the segments cover the file as the single pass reads it.
    """
    if not chunk_offsets:
        return []
    return group_frames([0, *sorted(chunk_offsets)[1:]], size, target, max_segments)
