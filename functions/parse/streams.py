"""Forward-only byte sources: sniffing without seeking, bounded decompression, bounded spooling.

The parse function reads S3 objects through botocore's ``StreamingBody``, which cannot seek, so
everything here reads forward in chunks and never holds more than one chunk (plus a small sniff
prefix) in memory.
"""

from __future__ import annotations

import bz2
import hashlib
import io
import lzma
import os
import tempfile
import zlib
from collections.abc import Callable, Iterator
from typing import Protocol

CHUNK = 1 << 20  # 1 MiB: large enough that per-chunk overhead vanishes, small enough to keep memory flat

# A decompression bomb is stopped by what comes out, not by the ratio: a real, repetitive log can
# compress 300:1 and more (one measured at 327:1). Past this many decompressed bytes a compressed
# input fails with the reason; parsing that much would not finish within a Lambda's 15 minutes anyway.
MAX_DECOMPRESSED_BYTES = 16 << 30


class StreamReadError(Exception):
    """Reading the underlying stream failed (network, S3): not the file's fault, so it is retried."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


class ParseLimitError(Exception):
    """A safety cap (decompressed size, ratio, spool size) stopped reading: the reason is user-facing."""


class Readable(Protocol):
    """Any forward-only byte stream the parser reads: an S3 body, a decompressor, a :class:`Source`.
    The parser's own structural type, not a port (the port is ``ObjectStore.open_stream``)."""

    def read(self, n: int = -1, /) -> bytes: ...


class Source:
    """A forward-only reader over a stream that counts raw bytes and remembers a sniff prefix.

    ``peek`` never consumes: the prefix is replayed by the next ``read`` calls, so detection can look
    at the first bytes of a non-seekable stream.
    """

    def __init__(self, stream: Readable) -> None:
        self._stream = stream
        self._pending = b""
        self.raw_bytes = 0
        self.eof = False
        self.failure: BaseException | None = None  # set when the underlying stream raised

    def peek(self, n: int) -> bytes:
        while len(self._pending) < n and not self.eof:
            data = self._read_raw(n - len(self._pending))
            if not data:
                break
            self._pending += data
        return self._pending[:n]

    def _read_raw(self, n: int) -> bytes:
        try:
            data = self._stream.read(n)
        except (ParseLimitError, StreamReadError):
            raise
        except Exception as exc:
            # Remembered, because a format library between us and the caller may wrap or swallow it.
            self.failure = exc
            raise StreamReadError(exc) from exc
        if not data:
            self.eof = True
            return b""
        self.raw_bytes += len(data)
        return data

    def read(self, n: int = CHUNK) -> bytes:
        if n is None or n < 0:
            n = CHUNK
        if self._pending:
            out, self._pending = self._pending[:n], self._pending[n:]
            return out
        if self.eof:
            return b""
        return self._read_raw(n)


class _Decompressed:
    """A readable view of decompressed bytes: ``max_out`` truncates quietly (the parse limit),
    ``limit`` fails loudly (the bomb guard)."""

    def __init__(self, source: Source, name: str, max_out: int | None, limit: int = MAX_DECOMPRESSED_BYTES) -> None:
        self._source = source
        self._name = name
        self._max_out = max_out
        self._limit = limit
        self._buf = b""
        self._done = False
        self.out_bytes = 0

    def _next_block(self) -> bytes:  # pragma: no cover - overridden
        raise NotImplementedError

    def read(self, n: int = CHUNK) -> bytes:
        if n is None or n < 0:
            n = CHUNK
        while not self._buf and not self._done:
            block = self._next_block()
            if block is None:
                self._done = True
                break
            if block:
                self._buf = block
        out, self._buf = self._buf[:n], self._buf[n:]
        if out:
            self.out_bytes += len(out)
            self._guard()
            if self._max_out is not None and self.out_bytes >= self._max_out:
                self._done = True
                self._buf = b""
                out = out[: len(out) - (self.out_bytes - self._max_out)]
        return out

    def _guard(self) -> None:
        if self.out_bytes > self._limit:
            raise ParseLimitError(
                f"{self._name} stream decompresses to more than {self._limit} bytes "
                f"({self._source.raw_bytes} compressed bytes read so far); refusing a likely decompression bomb"
            )


class _ZlibFamily(_Decompressed):
    """gzip (multi-member), bzip2 and xz through the standard library's incremental decompressors."""

    def __init__(self, source: Source, name: str, max_out: int | None, limit: int = MAX_DECOMPRESSED_BYTES) -> None:
        super().__init__(source, name, max_out, limit)
        self._dec = self._new()
        self._carry = b""  # gzip: bytes read past a finished member, not yet given to the next one

    def _new(self):
        if self._name == "gzip":
            return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        if self._name == "bzip2":
            return bz2.BZ2Decompressor()
        return lzma.LZMADecompressor()

    def _next_block(self) -> bytes | None:
        if self._name == "gzip":
            return self._next_gzip_block()
        dec = self._dec
        # Bounded output per call: a bomb never materialises more than one chunk at a time.
        if not dec.needs_input and not dec.eof:
            return dec.decompress(b"", CHUNK)
        if dec.eof:
            rest = dec.unused_data
            if not rest:
                rest = self._source.read(CHUNK)
            if not rest:
                return None
            self._dec = dec = self._new()  # concatenated streams (e.g. rotated logs appended)
            return self._feed(dec, rest)
        data = self._source.read(CHUNK)
        if not data:
            raise ParseLimitError(f"truncated {self._name} stream: it ended before its end marker")
        return self._feed(dec, data)

    def _next_gzip_block(self) -> bytes | None:
        dec = self._dec
        # eof is checked before unconsumed_tail: once a member ends, zlib keeps the bytes after it in
        # BOTH unused_data and unconsumed_tail, and re-feeding the tail returns b"" forever.
        if dec is not None and dec.eof:
            self._carry = dec.unused_data
            self._dec = dec = None
        if dec is None:
            return self._start_gzip_member()
        if dec.unconsumed_tail:
            return self._feed(dec, dec.unconsumed_tail)
        data = self._source.read(CHUNK)
        if not data:
            tail = dec.flush()
            if tail:
                return tail
            raise ParseLimitError("truncated gzip stream: it ended before its end marker")
        return self._feed(dec, data)

    def _start_gzip_member(self) -> bytes | None:
        """At a member boundary: skip tar-style zero padding, then start the next member or stop."""
        carry = self._carry.lstrip(b"\0")
        self._carry = b""
        while len(carry) < 2:
            data = self._source.read(CHUNK)
            if not data:
                break
            carry = (carry + data).lstrip(b"\0")
        if not carry:
            return None  # a clean end, possibly after padding
        if not carry.startswith(b"\x1f\x8b"):
            # gzip(1) warns "trailing garbage ignored"; we stop too, but say so rather than guess.
            raise ParseLimitError(
                f"trailing garbage after the last gzip member (after {self.out_bytes} decompressed bytes); "
                "statistics cover the gzip part only"
            )
        self._dec = dec = self._new()  # concatenated members (e.g. rotated logs appended)
        return self._feed(dec, carry)

    def _feed(self, dec, data: bytes) -> bytes:
        try:
            return dec.decompress(data, CHUNK)
        except (zlib.error, OSError, EOFError, lzma.LZMAError) as exc:
            raise ParseLimitError(f"corrupt {self._name} stream: {exc}") from exc


class _ZstdFrames:
    """Passes compressed bytes through while walking zstd's frame and block headers (RFC 8878).

    ``zstandard``'s stream reader returns a clean end of data when its input stops mid-frame, so a
    cut-off upload would look complete. Walking the headers costs a few operations per block (block
    contents are skipped by length, never decoded) and tells whether the input ended on a frame
    boundary.
    """

    _ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"

    def __init__(self, source: Source) -> None:
        self._source = source
        self._state = "magic"  # magic | skippable | frame_header | block | unknown
        self._want = 4  # header bytes the state needs
        self._hdr = b""
        self._skip = 0  # content bytes to pass over before the next header
        self._checksum = False

    @property
    def complete(self) -> bool:
        """False only when the input provably stopped inside a frame."""
        if self._state == "unknown":
            return True  # not ours to judge: the decompressor reports bytes it cannot decode
        return self._state == "magic" and not self._hdr and self._skip == 0

    def read(self, n: int = CHUNK) -> bytes:
        data = self._source.read(n)
        if data and self._state != "unknown":
            self._walk(data)
        return data

    def _walk(self, data: bytes) -> None:
        pos, end = 0, len(data)
        while pos < end and self._state != "unknown":
            if self._skip:
                step = min(self._skip, end - pos)
                self._skip -= step
                pos += step
                continue
            take = min(self._want - len(self._hdr), end - pos)
            self._hdr += data[pos : pos + take]
            pos += take
            if len(self._hdr) == self._want:
                hdr, self._hdr = self._hdr, b""
                self._header(hdr)

    def _header(self, hdr: bytes) -> None:
        state = self._state
        if state == "magic":
            if hdr == self._ZSTD_MAGIC:
                self._state, self._want = "frame_header", 1
            elif hdr[1:] == b"\x2a\x4d\x18" and hdr[0] & 0xF0 == 0x50:
                self._state, self._want = "skippable", 4
            else:
                self._state = "unknown"
        elif state == "skippable":
            self._skip = int.from_bytes(hdr, "little")
            self._state, self._want = "magic", 4
        elif state == "frame_header":
            d = hdr[0]
            single_segment = (d >> 5) & 1
            self._checksum = bool((d >> 2) & 1)
            window = 0 if single_segment else 1
            dict_id = (0, 1, 2, 4)[d & 3]
            content_size = (single_segment, 2, 4, 8)[d >> 6]
            self._skip = window + dict_id + content_size
            self._state, self._want = "block", 3
        else:  # block header
            h = int.from_bytes(hdr, "little")
            kind = (h >> 1) & 3
            if kind == 3:  # reserved block type: corrupt
                self._state = "unknown"
                return
            self._skip = 1 if kind == 1 else h >> 3  # an RLE block stores one byte
            if h & 1:  # last block: then the optional checksum, then the next frame
                self._skip += 4 if self._checksum else 0
                self._state, self._want = "magic", 4


class _Zstd(_Decompressed):
    def __init__(self, source: Source, name: str, max_out: int | None, limit: int = MAX_DECOMPRESSED_BYTES) -> None:
        super().__init__(source, name, max_out, limit)
        import zstandard  # lazy: only zstd inputs pay for it

        self._zstd_error = zstandard.ZstdError
        self._frames = _ZstdFrames(source)
        self._reader = zstandard.ZstdDecompressor().stream_reader(
            self._frames, read_across_frames=True, read_size=CHUNK
        )

    def _next_block(self) -> bytes | None:
        try:
            data = self._reader.read(CHUNK)
        except self._zstd_error as exc:
            raise ParseLimitError(f"corrupt zstd stream: {exc}") from exc
        if not data and not self._frames.complete:
            raise ParseLimitError("truncated zstd stream: it ended before its end marker")
        return data or None


def decompressing(
    source: Source, codec: str, max_out: int | None, limit: int = MAX_DECOMPRESSED_BYTES
) -> _Decompressed:
    if codec == "zstd":
        return _Zstd(source, codec, max_out, limit)
    return _ZlibFamily(source, codec, max_out, limit)


class HashingReader:
    """Passes a stream through while hashing every byte read (SHA-256), so the declared checksum is
    verified in the same single pass the parser makes; ``drain`` reads what the parser left."""

    def __init__(self, stream: Readable) -> None:
        self._stream = stream
        self._hash = hashlib.sha256()
        self.bytes = 0

    def read(self, n: int = -1, /) -> bytes:
        data = self._stream.read(n)
        if data:
            self._hash.update(data)
            self.bytes += len(data)
        return data

    def drain(self) -> None:
        while self.read(CHUNK):
            pass

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def iter_chunks(reader: Readable, size: int = CHUNK) -> Iterator[bytes]:
    while True:
        data = reader.read(size)
        if not data:
            return
        yield data


def spool(reader: Readable, *, max_bytes: int, suffix: str = "") -> str:
    """Copy a forward-only stream to a temp file (for readers that need to seek) and return its path.

    The caller deletes the file. Lambda gives up to 10 GB of ``/tmp``; ``max_bytes`` keeps us inside it.
    """
    fd, path = tempfile.mkstemp(prefix="argus-parse-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as out:
            written = 0
            for data in iter_chunks(reader):
                written += len(data)
                if written > max_bytes:
                    raise ParseLimitError(f"file exceeds the {max_bytes} byte limit for seekable formats")
                out.write(data)
    except BaseException:
        os.unlink(path)
        raise
    return path


class RangedFile:
    """A seekable, read-only file over ranged reads (S3 GetObject with a Range): for a library that
    seeks to an index at the end of a file (MCAP's summary section) without downloading the rest.
    Not an ``io.RawIOBase``: libraries wrap those in a BufferedReader that closes it when dropped.

    Reads ahead by a window that starts at ``min_read`` and doubles while reads stay sequential (up
    to ``max_read``), so a library's many small reads cost few requests and a seek costs little.
    """

    def __init__(
        self, open_range: Callable[[int, int], Readable], size: int, *, min_read: int = 4096, max_read: int = CHUNK
    ) -> None:
        self._open_range = open_range
        self._size = size
        self._pos = 0
        self._min, self._max = min_read, max_read
        self._window = min_read
        self._buf, self._buf_at = b"", 0
        self.requests = 0  # ranged reads made (what an index lookup costs)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self._size - self._pos
        out = b""
        while len(out) < n and self._pos < self._size:
            at = self._pos - self._buf_at
            if 0 <= at < len(self._buf):
                piece = self._buf[at : at + n - len(out)]
                out += piece
                self._pos += len(piece)
                continue
            sequential = self._pos == self._buf_at + len(self._buf)
            self._window = min(self._max, self._window * 2) if sequential else self._min
            self._fill(max(self._window, n - len(out)))
        return out

    def _fill(self, want: int) -> None:
        start, end = self._pos, min(self._size, self._pos + want)
        stream = self._open_range(start, end)
        self.requests += 1
        parts, got = [], 0
        try:
            while got < end - start:
                data = stream.read(end - start - got)
                if not data:
                    break
                parts.append(data)
                got += len(data)
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()
        if not got:
            raise EOFError(f"the object ended at byte {start}, before its stated size {self._size}")
        self._buf, self._buf_at = b"".join(parts), start
