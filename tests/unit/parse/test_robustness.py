"""Hostile and broken inputs: each ends in a clear failed status or a bounded result, never a crash."""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from functions.parse.summarize import summarize_stream


class Generated:
    """A forward-only stream produced chunk by chunk, so the test input itself is never held whole."""

    def __init__(self, chunks) -> None:
        self._chunks = iter(chunks)
        self._buf = b""

    def read(self, n: int = -1) -> bytes:
        while len(self._buf) < max(n, 1):
            nxt = next(self._chunks, None)
            if nxt is None:
                break
            self._buf += nxt
        out, self._buf = self._buf[:n], self._buf[n:]
        return out


def test_truncated_mcap_fails_with_a_reason_and_keeps_what_was_read(summarize, fixture_bytes):
    data = fixture_bytes("talker.mcap")
    for cut in (len(data) // 2, len(data) - 10, 40):
        s = summarize(data[:cut])
        assert s.error is not None and "truncated MCAP" in s.error, cut
        assert s.format == "mcap"
        assert s.stats.messages <= 20


def test_dlt_v2_is_refused_cleanly(summarize, fixture_bytes):
    s = summarize(fixture_bytes("testfile-v2.dlt"))
    assert s.format == "dlt-v2"
    assert s.error is not None and "version 2" in s.error
    assert s.stats.messages == 0


def test_truncated_dlt_reports_the_cut_off_message(summarize, fixture_bytes):
    data = fixture_bytes("testfile_extended.dlt")
    s = summarize(data[: len(data) - 7])
    assert s.error is not None and "truncated DLT" in s.error
    assert s.stats.messages == 110


def test_random_bytes_are_not_a_log(summarize):
    data = random.Random(42).randbytes(256 * 1024)
    s = summarize(data)
    assert s.format == "binary"
    assert s.error is not None and "unrecognized binary content" in s.error


def test_empty_file_fails_with_a_reason(summarize):
    s = summarize(b"")
    assert s.format == "empty"
    assert s.error is not None and "empty" in s.error
    assert s.stats.bytes == 0


def _repetitive_gzip(mib: int) -> bytes:
    block = (b"A" * 4095 + b"\n") * 256  # 1 MiB
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    return b"".join(comp.compress(block) for _ in range(mib)) + comp.flush()


def test_a_gzip_bomb_stops_at_the_absolute_output_cap(summarize):
    # Given 100 MiB of text compressed ~700:1, and a 32 MiB output cap
    bomb = _repetitive_gzip(100)
    assert len(bomb) < 200 * 1024
    # When summarized
    s = summarize(bomb, max_decompressed_bytes=32 << 20)
    # Then decompression stops at the cap with a clear reason
    assert s.error is not None and "decompression bomb" in s.error
    assert s.stats.bytes <= 33 * 1024 * 1024


def test_a_repetitive_log_compressed_far_past_300_to_1_parses_under_the_default_cap(summarize):
    # The ratio alone says nothing: real logs that repeat one line compress like this.
    data = _repetitive_gzip(100)
    assert 100 * (1 << 20) / len(data) > 300
    s = summarize(data)
    assert s.error is None and s.stats.bytes == 100 << 20


def test_gzip_of_zeros_is_refused_without_inflating_it(summarize):
    s = summarize(gzip.compress(bytes(50 * 1024 * 1024), compresslevel=1))
    assert s.format == "gzip+binary"
    assert s.error is not None


def test_truncated_gzip_fails_and_keeps_the_lines_before_the_cut(summarize):
    data = gzip.compress(b"".join(b"2026-11-27 10:00:%02d INFO x: line %d\n" % (i % 60, i) for i in range(5000)))
    s = summarize(data[: len(data) // 2])
    assert s.error is not None and "truncated gzip" in s.error
    assert 0 < s.stats.lines < 5000


_ONE_LONG_LINE = """
import json, sys, tracemalloc
from functions.parse.summarize import summarize_stream

class Chunks:  # forward-only: the 10 MB line is never held whole by the test either
    def __init__(self):
        self.left, self.buf = 160, b""
    def read(self, n=-1):
        while len(self.buf) < max(n, 1) and self.left:
            self.buf += b"E" * 65536
            self.left -= 1
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

tracemalloc.start()
s = summarize_stream(Chunks(), batch_id="b", file_id="f")
_, peak = tracemalloc.get_traced_memory()
print(json.dumps({"peak": peak, "error": s.error, "lines": s.stats.lines, "bytes": s.stats.bytes,
                  "longest": max((len(t.template) for t in s.templates), default=0)}))
"""


def test_a_single_10_mb_line_is_cut_and_memory_stays_bounded():
    # Given one 10 MB line (no newline at all) arriving in 64 KiB pieces, summarized in a process of
    # its own (tracemalloc counts every thread: a test worker may run other suites' threads)
    out = subprocess.run(
        [sys.executable, "-c", _ONE_LONG_LINE],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=120,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # Then it is one (cut) line, excerpts stay within the contract, and memory never held the line
    assert result["error"] is None
    assert result["lines"] == 1 and result["bytes"] == 160 * 65536
    assert result["longest"] <= 300
    assert result["peak"] < 8 * 1024 * 1024


def test_half_text_half_binary_fails_with_the_text_part_summarized(summarize):
    text = b"".join(b"2026-11-27 10:00:%02d WARN can: frame late %d ms\n" % (i % 60, i) for i in range(20_000))
    binary = random.Random(7).randbytes(len(text)).replace(b"\n", b"\x00")
    s = summarize(text + binary)
    assert s.error is not None and "binary" in s.error
    assert s.stats.lines >= 20_000
    assert s.severity_counts  # the text half was still summarized


def test_nul_padding_after_a_power_loss_is_tolerated(summarize):
    text = b"2026-11-27 10:00:00 INFO x: ok\n" * 100
    s = summarize(text + bytes(4096))
    assert s.error is None
    assert s.stats.lines >= 100


def test_stream_errors_propagate_for_a_retry():
    # Given a stream that fails mid-way like a reset S3 connection
    class Flaky:
        def __init__(self) -> None:
            self.calls = 0

        def read(self, n: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 2:
                raise ConnectionResetError("connection reset by peer")
            return b"2026-11-27 10:00:00 INFO x: ok\n" * 100

    # Then the infrastructure error reaches the caller instead of a failed summary
    with pytest.raises(ConnectionResetError):
        summarize_stream(Flaky(), batch_id="b", file_id="f")


def test_the_byte_cap_cuts_a_streamed_format_without_failing_it(summarize, fixture_bytes):
    s = summarize(fixture_bytes("testfile_extended.dlt"), max_bytes=1000)
    assert s.error is None and s.stats.truncated
    assert 0 < s.stats.messages < 111 and s.stats.bytes <= 1000


def test_the_byte_cap_fails_a_format_that_needs_its_index(summarize, fixture_bytes):
    s = summarize(fixture_bytes("fake_sensors_sample.bag"), max_bytes=5000)
    assert s.stats.truncated
    assert s.error is not None and "parse limit" in s.error
