"""The C block pass (native/shapes.c) against the pure path it replaces: the same keys, counts and
FileSummary, byte for byte, or it is not used."""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import sysconfig
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import native, text
from functions.parse.summarize import summarize_path

from .test_text_summary import _edge_case_logs

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "parse"
SHARED = REPO.parent / "shared" / "data"
shapes = native.shapes
needs_native = pytest.mark.skipif(
    shapes is None, reason="native/shapes.c not built (make install builds it where a C compiler is)"
)


def _pure(block: bytes, limit: int):
    """What ``TextSummarizer._prepare`` and ``_process_block`` compute in Python."""
    marked = block.translate(text._ZERO_DIGITS_MARK_BINARY)
    if b"\0" in marked:
        return None
    keys = [k[:limit] for k in marked.split(b"\n")]
    return keys, Counter(keys)


def _assert_same(block: bytes, limit: int = text.SHAPE_BYTES) -> None:
    got, want = shapes.shape_keys(block, limit), _pure(block, limit)
    if want is None:
        assert got is None
        return
    keys, counts = got
    assert keys == want[0]
    assert list(counts.items()) == list(want[1].items())  # the same counts in first-appearance order
    # one object per shape: the lookups after it compare by identity
    assert len({id(k) for k in keys}) == len(counts)


def test_the_native_pass_is_built_where_a_compiler_is():
    # CI runs `make install`, which builds it; a stale build (source edited since) is refused by the loader
    if os.environ.get(native.PURE_ENV, "") not in ("", "0"):
        pytest.skip(f"{native.PURE_ENV} forces the pure path")
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if not (shutil.which(compiler) and native.SOURCE.is_file()):
        pytest.skip("no C compiler or no native source: the pure path runs")
    assert shapes is not None, "run `make install` (or `python setup.py build_ext --inplace`) to rebuild native/"


def test_a_build_from_another_source_is_not_loaded(monkeypatch, tmp_path):
    if shapes is None:
        pytest.skip("native module not built")
    edited = tmp_path / "shapes.c"
    edited.write_bytes(native.SOURCE.read_bytes() + b"\n/* edited */\n")
    monkeypatch.setattr(native, "SOURCE", edited)
    assert native.load() is None
    monkeypatch.setattr(native, "SOURCE", tmp_path / "absent.c")  # a bundle without sources
    assert native.load() is shapes
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert native.load() is None


@needs_native
def test_every_byte_value_maps_as_the_pure_table_says():
    for c in range(256):
        for block in (bytes([c]), b"ab" + bytes([c]) * 40 + b"\nx9", bytes([c]) * 17):
            _assert_same(block)


@needs_native
@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=80),
            st.text(alphabet="0123456789 abAB:\t\r\x1b\n.", max_size=120).map(str.encode),
            st.sampled_from([b"2026-12-01 10:00:0%d INFO x=%d" % (i, i) for i in range(10)]),
        ),
        max_size=40,
    ),
    st.sampled_from([0, 1, 7, 16, 17, 33, text.SHAPE_BYTES]),
)
def test_keys_and_counts_equal_the_pure_path_on_generated_blocks(parts, limit):
    _assert_same(b"\n".join(parts), limit)
    _assert_same(b"".join(parts), limit)


@needs_native
def test_keys_equal_on_long_lines_many_shapes_and_edges():
    rnd = random.Random(5)
    long = b"".join(rnd.choice([b"a", b"7", b" ", b"\xc3\xa9"]) for _ in range(3 * text.SHAPE_BYTES))
    for block in (b"", b"\n", b"\n\n", b"x\n", long, long + b"\n" + long[:100], long + b"\x00", long + b"\x01"):
        _assert_same(block)
    # more shapes than the table's first size: it grows, first-appearance order kept
    lines = [b"k%d v=%s" % (i, b"x" * (i % 97)) for i in range(5000)]
    rnd.shuffle(lines)
    _assert_same(b"\n".join(lines * 3))


def _summary(path: Path, native_on: bool, monkeypatch) -> dict:
    monkeypatch.setattr(text, "NATIVE", native_on)
    out = json.loads(summarize_path(path, file_id="f").model_dump_json())
    out["stats"].pop("seconds", None)
    return out


def _compare(path: Path, monkeypatch) -> None:
    assert _summary(path, True, monkeypatch) == _summary(path, False, monkeypatch), path.name


@needs_native
def test_file_summaries_are_identical_on_the_edge_case_logs_and_fixtures(tmp_path, monkeypatch):
    from argus.scenarios import generate_scenario

    paths = []
    for name, data in _edge_case_logs().items():
        paths.append(tmp_path / f"{name}.log")
        paths[-1].write_bytes(data)
    paths += list(generate_scenario("can-pt-busoff", tmp_path / "scenario", size_bytes=1 << 20))
    paths += [p for p in FIXTURES.rglob("*") if p.is_file() and not p.name.startswith("LICENSE")]
    for path in paths:
        _compare(path, monkeypatch)


@needs_native
def test_file_summaries_are_identical_on_the_bench_inputs_and_shared_logs(tmp_path, monkeypatch):
    if not (SHARED / "loghub2k").is_dir():
        pytest.skip(f"{SHARED} absent: put the shared data there to run this")
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from bench_parse_throughput import write_distinct, write_real_shaped
    finally:
        sys.path.remove(str(REPO / "bench"))
    write_real_shaped(tmp_path / "real.log", 6 << 20)
    write_distinct(tmp_path / "distinct.log", 1_000_000)
    paths = [tmp_path / "real.log", tmp_path / "distinct.log", *sorted((SHARED / "loghub2k").glob("*/*.log"))]
    for path in paths:
        _compare(path, monkeypatch)


def _fed(data: bytes, native_on: bool, chunk: int, as_type=bytes) -> dict:
    from functions.parse.builder import SummaryBuilder
    from functions.parse.text import TextSummarizer

    builder = SummaryBuilder(batch_id="b", file_id="f", file_name="x.log")
    summarizer = TextSummarizer(builder, native=native_on)
    assert summarizer.native is native_on
    for start in range(0, len(data), chunk):
        summarizer.feed(as_type(data[start : start + chunk]))
    g2t, texts = summarizer.finish()
    out = json.loads(builder.build(group_to_template=g2t, template_texts=texts).model_dump_json())
    out["stats"].pop("seconds", None)
    return out


@needs_native
@pytest.mark.parametrize(("chunk", "block"), [(997, 16 << 10), (4096, None), (1 << 20, None)])
def test_fed_in_chunks_the_native_and_pure_paths_agree(monkeypatch, chunk, block):
    # lines cut across chunks and blocks, over-long lines, binary lines, a file without a final newline
    if block is not None:
        monkeypatch.setattr(text, "BLOCK_BYTES", block)
    for name, data in _edge_case_logs().items():
        assert _fed(data, True, chunk) == _fed(data, False, chunk), name
    data = _edge_case_logs()["iso-zones-codes"]
    assert _fed(data, True, chunk, bytearray) == _fed(data, False, chunk), "bytearray chunks"


@needs_native
@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.binary(max_size=40), st.sampled_from([b"\n", b"", b"a1\n", b"\n\n", b"x" * 50])), max_size=12
    ),
    st.sampled_from([0, 3, 16, text.SHAPE_BYTES]),
)
def test_lines_from_pieces_equal_the_split_of_their_join(pieces, limit):
    block = b"".join(pieces)
    got = shapes.shape_lines([memoryview(p) if i % 2 else p for i, p in enumerate(pieces)], limit)
    want = _pure(block, limit)
    if want is None:
        assert got is None
        return
    lines, keys, counts = got
    assert lines == block.split(b"\n")
    assert keys == want[0]
    assert list(counts.items()) == list(want[1].items())


@needs_native
def test_the_uds_gate_filter_equals_the_python_one():
    rnd = random.Random(9)
    shapes_ = [b"s%d" % i for i in range(12)]
    gates = {s: tuple(rnd.randrange(0, 30) for _ in range(rnd.randint(0, 3))) for s in shapes_[:8]}
    gates[shapes_[8]] = None  # a shape with other candidates: every line checked
    for _ in range(200):
        keys = [rnd.choice(shapes_) for _ in range(60)]
        lines = [
            bytes(rnd.choice(b"5599 0x") for _ in range(rnd.randint(0, 34))) + rnd.choice([b"", b"59", b"5"])
            for _ in keys
        ]
        idx = sorted(rnd.sample(range(60), rnd.randint(0, 60)))
        want = [i for i in idx if (g := gates.get(keys[i])) is None or text._opens(lines[i], g)]
        assert shapes.gate_lines(idx, keys, lines, gates) == want
        wanted = set(rnd.sample(shapes_, 6))
        every = [i for i in range(60) if keys[i] in wanted]
        want = [i for i in every if (g := gates.get(keys[i])) is None or text._opens(lines[i], g)]
        assert shapes.gate_lines(None, keys, lines, gates, wanted) == want


@needs_native
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.binary(max_size=30), max_size=30),
    st.integers(0, 35),
    st.integers(0, 35),
    st.sampled_from([(-1, -1), (0, 2), (5, 40), (31, 29)]),
)
def test_stamps_equal_the_slices_and_dict_of_the_pure_clock(sel, a, z, zone):
    from operator import add, itemgetter

    ta, tz = zone
    idx = list(range(3, 3 + 2 * len(sel), 2))
    want = list(map(itemgetter(slice(a, z)), sel))
    if ta >= 0:
        want = list(map(add, want, map(itemgetter(slice(ta, tz)), sel)))
    got, where = shapes.stamps(sel, idx, a, z, ta, tz)
    assert got == want
    assert list(where.items()) == list(dict(zip(want, idx, strict=True)).items())
    assert len({id(s) for s in got}) == len(where)


@needs_native
def test_the_timeline_loop_equals_the_python_one():
    from functions.parse.severity import SEVERITIES
    from functions.parse.timeline import TimelineAccumulator

    rnd = random.Random(13)
    for _ in range(50):
        # seconds near each other and far apart: buckets widen and shift (add_slow) mid-loop
        seconds = {b"s%d" % i: rnd.choice([1_700_000_000, 1_700_086_400, 0]) + rnd.randint(0, 5000) for i in range(80)}
        pairs = {(s, rnd.randrange(len(SEVERITIES))): rnd.randint(1, 9) for s in rnd.sample(list(seconds), 60)}
        pure, fast = TimelineAccumulator(), TimelineAccumulator()
        start = float(1_700_000_000 + rnd.randint(0, 10))
        for t in (pure, fast):
            t.add(start, 1)
        origin, width = pure.origin, pure.width
        for (stamp, sev), c in pairs.items():
            ts = float(seconds[stamp])
            k = -1 if origin is None else int((ts - origin) // width)
            if 0 <= k < text.TIMELINE_BUCKETS:
                pure.counts[sev][k] += c
            else:
                pure.add_slow(ts, sev, c)
                origin, width = pure.origin, pure.width
        shapes.timeline_add(pairs, seconds, fast, fast.counts, text.TIMELINE_BUCKETS)
        assert (fast.origin, fast.width, fast.counts) == (pure.origin, pure.width, pure.counts)
