"""Inputs built to make the parser hang, or grow memory with the input: each must end, bounded.

Anything that could hang runs in a subprocess with a timeout, so a regression fails the test instead
of stalling the suite; memory is measured there too (tracemalloc counts every thread of a process, and
a test worker may be running other suites' threads).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import zstandard

from functions.parse.builder import SummaryBuilder
from functions.parse.codes import MAX_CANDIDATES, candidates
from functions.parse.formats._common import MAX_RECORD_BYTES, ExactReads, RecordSink
from functions.parse.miner import WILDCARD, merge_groups
from functions.parse.streams import ParseLimitError
from functions.parse.templates import MAX_LINE, iter_lines
from functions.parse.text import SHAPE_BYTES

REPO = Path(__file__).resolve().parents[3]

# Prelude of every subprocess probe: a forward-only generated stream and a JSON result line.
_PRELUDE = """
import gzip, json, random, sys, tracemalloc
from functions.parse.summarize import summarize_stream

class Chunks:
    def __init__(self, gen):
        self.gen, self.buf = gen, b""
    def read(self, n=-1):
        while len(self.buf) < max(n, 1):
            nxt = next(self.gen, None)
            if nxt is None:
                break
            self.buf += nxt
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

def report(stream):
    tracemalloc.start()
    s = summarize_stream(stream, batch_id="b", file_id="f")
    _, peak = tracemalloc.get_traced_memory()
    print(json.dumps({"peak": peak, "error": s.error, "lines": s.stats.lines, "templates": len(s.templates),
                      "codes": len(s.codes), "truncated": s.stats.truncated}))
"""


def probe(body: str, timeout: int = 30) -> dict:
    """Run ``body`` (after the prelude) in a fresh interpreter; a hang becomes a TimeoutExpired failure."""
    out = subprocess.run(
        [sys.executable, "-c", _PRELUDE + textwrap.dedent(body)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=timeout,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# A member that inflates to ~1.3 MB, more than one decompression chunk (the hang needed that).
_BIG_MEMBER = """
text = b"".join(b"2026-11-27 10:00:%02d INFO worker %d finished job %d\\n" % (i % 60, i, i * 7) for i in range(20_000))
assert len(text) > 1 << 20
member = gzip.compress(text)
"""


def test_concatenated_gzip_members_over_a_chunk_each_are_all_read():
    # Given two gzip members of ~1.3 MB of text each, back to back (rotated logs appended)
    # When summarized
    result = probe(_BIG_MEMBER + "report(__import__('io').BytesIO(member + member))")
    # Then both members are read to the end, without error
    assert result["error"] is None
    assert result["lines"] == 40_000


def test_tar_style_zero_padding_after_a_gzip_member_is_ignored():
    # Given a large member followed by 512 and then 100,000 zero bytes (tar blocks, preallocated files)
    for pad in (512, 100_000):
        # When summarized
        result = probe(_BIG_MEMBER + f"report(__import__('io').BytesIO(member + bytes({pad})))")
        # Then the padding is neither an error nor a hang
        assert result["error"] is None, pad
        assert result["lines"] == 20_000


def test_trailing_junk_after_a_gzip_member_stops_with_a_clear_reason():
    # Given a large member followed by bytes that are not another member
    result = probe(_BIG_MEMBER + "report(__import__('io').BytesIO(member + b'not gzip at all' * 100))")
    # Then reading stops, says why, and keeps every line of the member
    assert result["error"] is not None and "trailing garbage after the last gzip member" in result["error"]
    assert result["lines"] == 20_000


def test_padding_between_members_then_another_member_is_read():
    result = probe(_BIG_MEMBER + "report(__import__('io').BytesIO(member + bytes(1000) + member))")
    assert result["error"] is None
    assert result["lines"] == 40_000


def test_distinct_long_lines_keep_memory_bounded():
    # Given 200 lines of 500 KB that all differ in their first word (a cache keyed on whole lines
    # would hold ~100 MB of keys)
    result = probe(
        """
        rnd = random.Random(2)
        letters = b"abcdefghijklmnopqrstuvwxyz"
        base = bytes(rnd.choice(letters) for _ in range(500_000))
        lines = (bytes(rnd.choice(letters) for _ in range(8)) + b" " + base + b"\\n" for _ in range(200))
        report(Chunks(lines))
        """,
        timeout=120,
    )
    # Then every line is counted and memory stays far below the input size
    assert result["error"] is None
    assert result["lines"] == 200
    assert result["peak"] < 32 * 1024 * 1024


def test_lines_packed_with_code_like_words_keep_memory_bounded():
    # Given 100 distinct 60 KB lines made of 10,000 DTC-shaped words each
    result = probe(
        """
        rnd = random.Random(3)
        letters = "abcdefghijklmnopqrstuvwxyz"
        def lines():
            for _ in range(100):
                word = "".join(rnd.choice(letters) for _ in range(8))
                yield (word + " " + "P0000 " * 10_000 + "\\n").encode()
        report(Chunks(lines()))
        """,
        timeout=120,
    )
    # Then they are summarized with memory independent of how many codes a line could hold
    assert result["error"] is None
    assert result["lines"] == 100
    assert result["codes"] >= 1
    assert result["peak"] < 40 * 1024 * 1024


def test_code_candidates_per_line_shape_are_capped():
    assert len(candidates(b"P0000 " * 10_000)) == MAX_CANDIDATES
    assert len(candidates(b"P0000 P0000")) == 2


def test_binary_format_records_are_keyed_on_their_head_only():
    # Given a record sink fed 50 distinct 200 KB messages
    sink = RecordSink(SummaryBuilder(batch_id="b", file_id="f"))
    for i in range(50):
        sink.record(f"{chr(97 + i % 26)}{chr(97 + i // 26)} " + "payload " * 25_000, 2, None, i)
    # Then every message is counted, and no cached shape is larger than the head it is keyed on
    _, texts = sink.finish()
    assert sum(sink.b.g_count) == 50
    assert all(len(key) <= SHAPE_BYTES for key in sink._cache)
    assert texts and max(len(t) for t in texts) <= SHAPE_BYTES


def test_a_record_claiming_more_than_the_record_limit_is_refused():
    reads = ExactReads(io.BytesIO(b"x" * 100))
    assert reads.read(10) == b"x" * 10
    with pytest.raises(ParseLimitError, match="over the"):
        reads.read(MAX_RECORD_BYTES + 1)
    assert MAX_RECORD_BYTES <= 64 * 1024**2


def test_merging_long_templates_that_differ_in_one_position():
    # Given 20 groups of 150 tokens that differ only at position 100, with distinct one-off values
    base = [f"word{chr(97 + i % 26)}" for i in range(150)]
    groups = []
    for i in range(20):
        toks = list(base)
        toks[100] = f"user{chr(97 + i)}{chr(98 + i)}x"
        groups.append(tuple(toks))
    # When merged
    templates, members = merge_groups(groups, [1] * len(groups))
    # Then they become one template with a wildcard exactly there
    assert len(templates) == 1
    assert templates[0][100] == WILDCARD
    assert templates[0][:100] == tuple(base[:100]) and templates[0][101:] == tuple(base[101:])
    assert sorted(members[0]) == list(range(20))


def test_iter_lines_splits_like_bytes_split_and_cuts_long_lines():
    # Given lines of assorted lengths, some beyond a chunk, some with CRLF, with and without a final newline
    lengths = [0, 1, 5, 1000, MAX_LINE - 1, MAX_LINE + 5, (1 << 20) + 7, 70_000, 3]
    lines = [(b"ab" * (n // 2 + 1))[:n] for n in lengths]
    lines[2] = b"abc\r"
    for tail in (b"", b"\n"):
        data = b"\n".join(lines) + tail
        # When split
        got = list(iter_lines(io.BytesIO(data)))
        # Then they match a plain split, each line cut at MAX_LINE and its CR dropped
        want = [ln[:MAX_LINE].removesuffix(b"\r") for ln in lines]
        assert got == want


def test_iter_lines_on_100_mb_without_a_newline_stays_bounded():
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import json, tracemalloc
                from functions.parse.templates import iter_lines
                class Chunks:
                    left = 100
                    def read(self, n=-1):
                        if not self.left:
                            return b""
                        self.left -= 1
                        return b"E" * (1 << 20)
                tracemalloc.start()
                lines = [len(x) for x in iter_lines(Chunks())]
                print(json.dumps({"lines": lines, "peak": tracemalloc.get_traced_memory()[1]}))
                """
            ),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
        timeout=60,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["lines"] == [MAX_LINE]
    assert result["peak"] < 16 * 1024 * 1024


_ZSTD_TEXT = b"".join(
    b"2026-11-27 10:00:%02d INFO can: frame %d ok %x\n" % (i % 60, i, i * 7919) for i in range(60_000)
)


def test_truncated_zstd_fails_and_keeps_the_lines_before_the_cut(summarize):
    # Given a zstd-compressed text log cut in half (an interrupted upload)
    data = zstandard.ZstdCompressor(write_checksum=True).compress(_ZSTD_TEXT)
    for cut in (len(data) // 2, len(data) - 1):
        # When summarized
        s = summarize(data[:cut])
        # Then the summary says it was cut, like gzip/bz2/xz do, and keeps what was read
        assert s.error is not None and "truncated zstd stream" in s.error, cut
        assert 0 < s.stats.lines <= 60_000


def test_complete_zstd_frames_with_a_skippable_frame_between_are_not_truncated(summarize):
    # Given three frames of different shapes (one streamed in blocks, with no content size) and a
    # skippable frame between them
    first = zstandard.ZstdCompressor(write_checksum=True).compress(_ZSTD_TEXT[:1_000_000])
    out = io.BytesIO()
    with zstandard.ZstdCompressor(write_content_size=False).stream_writer(out, closefd=False) as w:
        for i in range(1_000_000, len(_ZSTD_TEXT), 200_000):
            w.write(_ZSTD_TEXT[i : i + 200_000])
            w.flush(zstandard.FLUSH_BLOCK)
    skippable = (0x184D2A55).to_bytes(4, "little") + (6).to_bytes(4, "little") + b"argus!"
    rle = zstandard.ZstdCompressor().compress(b"\n" * 1000)
    # When summarized
    s = summarize(first + skippable + out.getvalue() + rle)
    # Then all of it is read and nothing is reported missing
    assert s.error is None
    assert s.stats.lines == 61_000
