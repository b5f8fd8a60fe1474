"""Segmented parsing: merge(segments) == one pass, for random inputs and random split points."""

from __future__ import annotations

import io
import itertools
import random

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from functions.core.domain.segments import (
    FrameWalker,
    frames_from_seek_table,
    group_frames,
    plan_ranges,
    seek_table_size,
)
from functions.parse.segments import learn_head, merge_partials, owned_bytes, summarize_segment, text_reader
from functions.parse.summarize import summarize_stream

WORDS = ["open", "close", "sensor", "lidar", "camera", "timeout", "retry", "brake", "torque", "ok", "failed"]
LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
CODES = ["P0301", "U0100", "C1234", "B0001"]


def make_log(rng: random.Random, n: int) -> bytes:
    lines = []
    for i in range(n):
        kind = rng.random()
        if kind < 0.03:
            lines.append("")  # blank line
            continue
        ts = f"2026-11-{1 + i // 50000:02d} 10:{(i // 60) % 60:02d}:{i % 60:02d}.{rng.randrange(1000):03d}"
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 6)))
        extra = f" id={rng.randrange(10**6)}" if rng.random() < 0.5 else ""
        code = f" dtc {rng.choice(CODES)}" if rng.random() < 0.05 else ""
        # digits in key names survive masking: one line shape, several masked forms
        regs = f" PSR{rng.randrange(10)}={rng.randrange(10**4):x}" if rng.random() < 0.2 else ""
        msg = f"{ts} {rng.choice(LEVELS)} [node{rng.randrange(4)}] {words}{extra}{code}{regs}"
        if kind > 0.9:  # a status line whose numbers are signals (units, a quantity name, digits in a name)
            value = rng.choice(
                [
                    f"vbat {12 + rng.random():.2f} V",
                    f"tire FL {rng.uniform(1.5, 2.6):.2f} bar, soc={rng.randrange(100)}",
                    f"cell {rng.randrange(4)} voltage {rng.uniform(3.5, 4.1):.3f}V Tmax={rng.uniform(-5, 60):.1f}C",
                ]
            )
            msg = f"{ts} INFO [node{rng.randrange(4)}] {value}"
        if kind > 0.995:
            msg = f"user-{rng.randrange(10**9)} {words}"  # headerless line, a rare shape
        lines.append(msg)
    text = "\n".join(lines)
    return (text + "\n" if rng.random() < 0.7 else text).encode()


def single_pass(data: bytes) -> dict:
    return _comparable(summarize_stream(io.BytesIO(data), batch_id="b", file_id="f", file_name="x.log"))


def _comparable(summary) -> dict:
    out = summary.model_dump(mode="json")
    out["stats"].pop("seconds")
    return out


def segmented_text(data: bytes, bounds: list[int]) -> dict:
    head = learn_head(text_reader(io.BytesIO(data), None))
    partials = []
    edges = [0, *bounds, len(data)]
    for i in range(len(edges) - 1):
        s, e = edges[i], edges[i + 1]
        last = i == len(edges) - 2
        owned = owned_bytes(io.BytesIO(data[s:e]), None if last else (lambda e=e: io.BytesIO(data[e:])), first=i == 0)
        partials.append(summarize_segment(i, owned, head))
    # partials travel as JSON between invocations
    partials = [type(p).model_validate_json(p.model_dump_json()) for p in partials]
    return _comparable(merge_partials(partials, batch_id="b", file_id="f", file_name="x.log"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 3000), cuts=st.lists(st.floats(0, 1), max_size=6))
def test_merge_of_text_segments_equals_one_pass(seed: int, n: int, cuts: list[float]) -> None:
    # Given a random log and random split points (anywhere, even mid-line or at the same offset)
    data = make_log(random.Random(seed), n)
    bounds = sorted(int(c * len(data)) for c in cuts)
    # When it is parsed as segments and merged / Then the summary is the single pass's
    one = single_pass(data)
    assert segmented_text(data, bounds) == one
    # (its status lines' numbers included, as signals)
    names = {s["name"] for s in one["signals"]}
    assert n < 1500 or (names >= {"vbat", "tire FL", "tire soc", "cell Tmax"} and "cell 0 voltage" in names), names


def test_segments_that_own_no_line_still_merge() -> None:
    # Given one very long line cut into many tiny segments
    data = b"2026-11-01 10:00:00 INFO start\n" + b"x" * 5000 + b" P0301\n" + b"2026-11-01 10:00:01 ERROR end P0420\n"
    bounds = list(range(40, 5000, 300))
    assert segmented_text(data, bounds) == single_pass(data)


def test_evidence_lines_are_file_lines() -> None:
    rng = random.Random(7)
    data = make_log(rng, 2500) + b"2026-11-01 11:00:00 ERROR brake failed dtc P0571\n"
    merged = segmented_text(data, [len(data) // 3, 2 * len(data) // 3])
    code = next(c for c in merged["codes"] if c["code"] == "P0571")
    assert code["sample"]["line"] == data.count(b"\n")  # the last line of the file


# ---- zstd: frames are segments ------------------------------------------------------------------


def zstd_frames(data: bytes, frame_bytes: int, *, seek_table: bool) -> tuple[bytes, list[int]]:
    cctx = zstandard.ZstdCompressor(level=1)
    out, offsets, sizes = b"", [], []
    for i in range(0, len(data), frame_bytes):
        frame = cctx.compress(data[i : i + frame_bytes])
        offsets.append(len(out))
        sizes.append((len(frame), len(data[i : i + frame_bytes])))
        out += frame
    if seek_table:
        entries = b"".join(c.to_bytes(4, "little") + d.to_bytes(4, "little") for c, d in sizes)
        footer = len(sizes).to_bytes(4, "little") + b"\x00" + (0x8F92EAB1).to_bytes(4, "little")
        body = entries + footer
        out += (0x184D2A5E).to_bytes(4, "little") + len(body).to_bytes(4, "little") + body
    return out, offsets


@pytest.mark.parametrize("seek_table", [True, False])
def test_zstd_frames_found_from_seek_table_or_headers(seek_table: bool) -> None:
    data = make_log(random.Random(3), 4000)
    blob, offsets = zstd_frames(data, 20_000, seek_table=seek_table)
    walker = FrameWalker()
    for i in range(0, len(blob), 777):  # arbitrary feed sizes
        walker.feed(blob[i : i + 777])
    assert walker.complete and walker.offsets == offsets
    size = seek_table_size(blob[-9:])
    if seek_table:
        assert size is not None and frames_from_seek_table(blob[-size:], len(blob)) == offsets
    else:
        assert size is None


def test_a_seek_table_that_does_not_add_up_is_ignored() -> None:
    data = make_log(random.Random(4), 500)
    blob, _ = zstd_frames(data, 5_000, seek_table=True)
    size = seek_table_size(blob[-9:])
    assert size is not None
    assert frames_from_seek_table(blob[-size:], len(blob) + 1) is None


def test_merge_of_zstd_frame_segments_equals_one_pass() -> None:
    # Given a zstd file of many frames whose boundaries fall mid-line
    data = make_log(random.Random(5), 6000)
    blob, offsets = zstd_frames(data, 37_777, seek_table=True)
    segments = group_frames(offsets, len(blob), target=15_000)
    assert len(segments) >= 3
    head = learn_head(text_reader(io.BytesIO(blob), "zstd"))
    partials = []
    for seg in segments:
        last = seg.index == len(segments) - 1
        owned = owned_bytes(
            text_reader(io.BytesIO(blob[seg.start : seg.end]), "zstd"),
            None if last else (lambda e=seg.end: text_reader(io.BytesIO(blob[e:]), "zstd")),
            first=seg.index == 0,
        )
        partials.append(summarize_segment(seg.index, owned, head, fmt="zstd+text"))
    merged = merge_partials(partials, batch_id="b", file_id="f", file_name="x.log")
    assert _comparable(merged) == _comparable(
        summarize_stream(io.BytesIO(blob), batch_id="b", file_id="f", file_name="x.log")
    )


# ---- planning ------------------------------------------------------------------------------------


def test_ranges_cover_the_file_exactly() -> None:
    for size, target in [(1, 10), (10, 10), (11, 10), (10**12, 1 << 30), (999, 7)]:
        segs = plan_ranges(size, target, max_segments=50)
        assert segs[0].start == 0 and segs[-1].end == size
        assert all(a.end == b.start for a, b in itertools.pairwise(segs))
        assert len(segs) <= 50


def test_frames_group_into_segments_of_about_the_target() -> None:
    offsets = list(range(0, 1000, 10))
    segs = group_frames(offsets, 1000, target=100)
    assert [s.start for s in segs] == list(range(0, 1000, 100)) and segs[-1].end == 1000
    assert group_frames([0], 50, target=10) == [type(segs[0])(0, 0, 50)]
