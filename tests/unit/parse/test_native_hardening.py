"""native/shapes.c against bad input: wrong types and values raise instead of crashing, callers that
change a container under a lookup do not make it read freed memory, arithmetic past machine ints is
Python's, adversarial bytes summarize identically on both paths, and no call leaks references."""

from __future__ import annotations

import contextlib
import gc
import io
import json
import random
import sys
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import codes, miner, native, text
from functions.parse.summarize import summarize_stream
from functions.parse.text import count_shapes

shapes = native.shapes
pytestmark = pytest.mark.skipif(shapes is None, reason="native/shapes.c not built")

RAISES = (TypeError, ValueError, IndexError, KeyError, OverflowError, BufferError, ZeroDivisionError, AttributeError)
SHAPE = (0, 1, -1, 3, ("x",))  # (group, severity, channel, timestamp offset, candidates)


# ---- each function with wrong types and values: an exception, never a crash ----------------------
def _bad_calls():
    s = shapes
    return [
        (s.shape_keys, (b"a", -1)),
        (s.shape_keys, ("text", 10)),
        (s.shape_keys, (b"a",)),
        (s.shape_lines, ([b"a", "str"], 10)),
        (s.shape_lines, ([memoryview(b"abcd")[::2]], 10)),  # not contiguous
        (s.shape_lines, ((b"a",), 10)),
        (s.shape_lines, ([b"a"], -5)),
        (s.gate_lines, ([0], [b"k"], [b"x"], {b"k": (-1,)})),
        (s.gate_lines, ([5], [b"k"], [b"x"], {})),
        (s.gate_lines, ([-1], [b"k"], [b"x"], {})),
        (s.gate_lines, (["0"], [b"k"], [b"x"], {})),
        (s.gate_lines, ([0], [b"k"], ["x"], {b"k": (1,)})),
        (s.gate_lines, ([0], [b"k"], [b"x"], {b"k": [1]})),
        (s.gate_lines, ([0], [b"k"], [b"x"], {b"k": ("1",)})),
        (s.gate_lines, (None, [b"k"], [b"x"], {})),  # idx None needs wanted
        (s.gate_lines, ([0], [[1]], [b"x"], {})),  # an unhashable key
        (s.count_shapes, ({b"k": 1}, {}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": 1}, {b"k": (0, 1)}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": 1}, {b"k": (5, 0, -1, -1, ())}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": 1}, {b"k": (0, -3, -1, -1, ())}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": 1}, {b"k": ("0", 0, -1, -1, ())}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": "1"}, {b"k": (0, 0, -1, -1, ())}, [0], [0], [0], 1, None, None)),
        (s.count_shapes, ({b"k": 1}, {b"k": (0, 0, -1, -1, ())}, [0], [0], [0], 1, [], None)),
        (s.count_shapes, ({b"k": 1}, {b"k": (0, 0, -1, -1, ())}, [0], [0], [0], 2**70, None, None)),
        (s.place_spans, ({b"k": 0}, {b"k": (0, 1)}, None)),
        (s.place_spans, ({b"k": 0}, {b"k": (0, 1, "a", 3, 0, 0)}, None)),
        (s.place_spans, ({b"k": 0}, {}, lambda k, t: 1 / 0)),
        (s.place_spans, ({b"k": 0}, {}, lambda k, t: [0, 1, 2, 3, 4, 5])),
        (s.place_spans, ({b"k": 0}, {b"k": (0, 1, 2, 3, [], 0)}, None)),  # an unhashable place
        (s.timed_shapes, ({b"k": 0}, {b"k": (0,)}, [None])),
        (s.timed_shapes, ({b"k": 0}, {b"k": ()}, [None])),
        (s.timed_shapes, ({b"k": 0}, {b"k": 7}, [None])),
        (s.timed_shapes, ({b"k": 0}, {b"k": (3, 0)}, [None])),
        (s.timed_shapes, ({b"k": 0}, {}, [None])),
        (s.group_ends, ({b"k": 0}, {b"k": ()}, [None], True, {b"k": 0}, {b"k": 0}, 1)),
        (s.group_ends, ({b"k": 0}, {b"k": (0,)}, [None], True, {}, {b"k": 0}, 1)),
        (s.group_ends, ({b"k": 0}, {b"k": (0,)}, [None], True, {b"k": "0"}, {b"k": 0}, 1)),
        (s.group_ends, ({b"k": 0}, {b"k": (9,)}, [None], True, {b"k": 0}, {b"k": 0}, 1)),
        (s.stamps, ([b"abc"], [0], -1, 2, -1, -1)),
        (s.stamps, ([b"abc"], [0], 0, 2, 1, -1)),
        (s.stamps, ([b"abc"], [0, 1], 0, 2, -1, -1)),
        (s.stamps, (["abc"], [0], 0, 2, -1, -1)),
        (s.stamps, ([b"abc"], 5, 0, 2, -1, -1)),
        (s.pick, ([b"k"], [b"x", b"y"], None, {b"k"})),
        (s.pick, ([b"k"], [b"x"], [0, 1], {b"k"})),
        (s.pick, ([b"k"], [b"x"], None, [b"k"])),
        (s.pick, ([[1]], [b"x"], None, {b"k"})),
        (s.tally, ([0], [b"s"], [b"k"], {}, None, set(), False, {}, [], {}, {})),
        (s.tally, ([0, 1], [b"s"], [b"k"], {b"k": 0}, None, set(), False, {}, [], {}, {})),
        (s.tally, ([0], [[1]], [b"k"], {b"k": 0}, 0, set(), False, {}, [], {}, {})),
        (s.tally, ([0], [b"s"], [b"k"], {b"k": 0}, None, set(), False, {(b"s", 0): "x"}, [], {}, {})),
        (s.timeline_add, ({(b"s", 0): 1}, {}, _Timeline(0.0), [[0]], 1)),
        (s.timeline_add, ({b"s": 1}, {b"s": 1}, _Timeline(0.0), [[0]], 1)),
        (s.timeline_add, ({(b"s", 0): 1}, {b"s": "x"}, _Timeline(0.0), [[0]], 1)),
        (s.timeline_add, ({(b"s", 9): 1}, {b"s": 0}, _Timeline(0.0), [[0]], 1)),
        (s.timeline_add, ({(b"s", 0): 1}, {b"s": 5}, _Timeline(0.0), [[0]], 10)),  # a row shorter than buckets
        (s.timeline_add, ({(b"s", 0): 1}, {b"s": float("nan")}, _Timeline(0.0), [[0]], 1)),
        (s.timeline_add, ({(b"s", 0): 1}, {b"s": 0}, object(), [[0]], 1)),
        (s.code_starts, ("P0000",)),
        (s.code_starts, (b"P0000", 1)),
        (s.code_starts, ()),
        (s.code_starts, (memoryview(b"P0000 0x0F")[::2],)),  # not contiguous
        *_bad_mask_calls(),
    ]


def _bad_mask_calls():
    s, good = shapes, miner._NATIVE_RULES
    rules = s.mask_rules(good)
    import datetime

    return [
        (s.mask_rules, ()),
        (s.mask_rules, (good[:3],)),
        (s.mask_rules, ((*good, "extra"),)),
        (s.mask_rules, (("", *good[1:]),)),  # no wildcard
        (s.mask_rules, (("<\u00e9>", *good[1:]),)),  # not ASCII
        (s.mask_rules, ((good[0], -1, *good[2:]),)),
        (s.mask_rules, ((*good[:4], set(good[4]), *good[5:]),)),  # a set, not a frozenset
        (s.mask_rules, ((*good[:4], frozenset({1}), *good[5:]),)),
        (s.mask_rules, ((*good[:5], frozenset({"x" * 40}), *good[6:]),)),
        (s.mask_rules, ((*good[:5], frozenset({""}), *good[6:]),)),
        (s.mask_rules, ((*good[:8], b"(", good[9]),)),
        (s.mask_tokens, (rules, b"bytes 12")),
        (s.mask_tokens, (rules,)),
        (s.mask_tokens, ("rules", "x 1")),
        (s.mask_tokens, (None, "x 1")),
        (s.mask_tokens, (datetime.datetime_CAPI, "x 1")),  # a capsule of another name
        (s.decide_candidates, (codes._ALTERNATIVES[:9], codes._HEXREC_TAIL, 32, b"P0000", [0])),
        (s.decide_candidates, (list(codes._ALTERNATIVES), codes._HEXREC_TAIL, 32, b"P0000", [0])),
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, "P0000", [0])),
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, b"P0000", ["0"])),
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, b"P0000", [2**70])),
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, b"P0000", 0)),
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 2**70, b"P0000", [0])),
        # (not contiguous)
        (s.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, memoryview(b"P0000 0x0F")[::2], [0])),
        (s.decide_candidates, (codes._ALTERNATIVES, None, 32, b"0x000000 status 0x2F", [0])),  # a tail without match
        *_bad_shape_codes_calls(),
    ]


def _bad_shape_codes_calls():
    s, kinds, tail = shapes, codes._ALTERNATIVES, codes._HEXREC_TAIL
    heads = codes._vendor_zeroed()[1]
    return [
        (s.shape_codes, ()),
        (s.shape_codes, (kinds[:9], tail, 32, heads, b"P0000")),
        (s.shape_codes, (list(kinds), tail, 32, heads, b"P0000")),
        (s.shape_codes, (kinds, tail, 32, heads, "P0000")),
        (s.shape_codes, (kinds, tail, 2**70, heads, b"P0000")),
        (s.shape_codes, (kinds, tail, 32, list(heads), b"EPS-0000")),
        (s.shape_codes, (kinds, tail, 32, ("EPS",), b"EPS-0000")),  # a head that is not bytes
        (s.shape_codes, (kinds, tail, 32, heads, memoryview(b"P0000 0x0F")[::2])),  # not contiguous
        (s.shape_codes, (kinds, None, 32, heads, b"0x000000 status 0x2F")),  # a tail without match
    ]


class _Timeline:
    """A timeline with the attributes ``timeline_add`` reads; add_slow records its calls."""

    def __init__(self, origin, width=1.0):
        self.origin, self.width, self.slow = origin, width, 0

    def add_slow(self, ts, sev, c):
        self.slow += 1


def test_wrong_types_and_values_raise_and_never_crash():
    for i, (fn, args) in enumerate(_bad_calls()):
        with pytest.raises(RAISES):
            fn(*args)
        assert not sys.exc_info()[0], i


# ---- the defects this review fixed ---------------------------------------------------------------
def test_a_shape_tuple_too_short_for_its_severity_raises():
    # timed_shapes read hit[1] after checking only hit[0] exists: a 1-tuple read past the tuple
    with pytest.raises(TypeError):
        shapes.timed_shapes({b"k": 0}, {b"k": (0,)}, [None])


@pytest.mark.parametrize("q", [sys.maxsize, sys.maxsize - 1, 2**63, 2**100, 10**6])
def test_gate_offsets_past_the_line_or_the_machine_range_slice_as_python_does(q):
    # `q + 2 <= len` overflowed near the top of Py_ssize_t and read far outside the line
    lines = [b"x59", b"59"]
    gates = {b"k": (q,), b"j": (q, 0)}
    keys = [b"k", b"j"]
    want = [i for i in (0, 1) if text._opens(lines[i], gates[keys[i]])]
    assert shapes.gate_lines([0, 1], keys, lines, gates) == want == [1]
    assert shapes.gate_lines(None, keys, lines, gates, {b"k", b"j"}) == want


@pytest.mark.parametrize(
    ("start", "count", "sign"),
    [
        (2**62, 2**62, 1),
        (-(2**63), 1, -1),
        (0, 4, 2**62),
        (0, 2**63 - 1, -1),
        (5, -(2**63), -1),
        (2**80, 3, 1),
        (1, 2**90, -1),
        (0.5, 2, 1),
    ],
)
def test_counts_past_machine_ints_add_as_python_ints(start, count, sign):
    # list_add's `v + delta` and count_shapes' `sign * c` were signed long long arithmetic: they wrapped
    # (undefined behaviour) where the pure path gives big ints
    cache = {b"k": (0, 0, 0, 2, (1,)), b"n": None}
    counts = {b"k": count, b"n": 7}
    runs = []
    for fn in (count_shapes, shapes.count_shapes):
        lists = [[start, 1], [start], [start, 0]]
        timed, coded = {}, []
        fn(counts, cache, *lists, sign, timed, coded)
        runs.append((lists, timed, coded))
    assert runs[0] == runs[1]
    assert [type(v) for v in runs[1][0][0]] == [type(v) for v in runs[0][0][0]]


def test_timeline_and_tally_counts_past_machine_ints_add_as_python_ints():
    big = sys.maxsize
    rows, pure_rows = [[big, 0]], [[big, 0]]
    shapes.timeline_add({(b"s", 0): 5, (b"t", 0): 2**70}, {b"s": 0, b"t": 1}, _Timeline(0.0), rows, 2)
    pure_rows[0][0] += 5
    pure_rows[0][1] += 2**70
    assert rows == pure_rows
    pairs = {(b"s", 0): big}
    shapes.tally([0, 1], [b"s", b"s"], [b"k", b"k"], {b"k": 0}, None, set(), False, pairs, [], {}, {})
    assert pairs == {(b"s", 0): big + 2}
    pairs = {(b"s", 0): big}
    shapes.tally([0, 1], [b"s", b"s"], [b"k", b"k"], {b"k": 0}, 0, set(), False, pairs, [], {}, {})
    assert pairs == {(b"s", 0): big + 2}


@pytest.mark.parametrize(
    "span",
    [
        (0, 1, -sys.maxsize, sys.maxsize, 0, 0),
        (0, 1, -(2**62), 2**62, 0, 0),
        (0, 1, 3, 10, 0, 0),
        (0, 1, 3, 9, 0, 0),
        (0, 1, sys.maxsize, -sys.maxsize - 1, 0, 0),
        (0, 1, -1, -1, 0, 0),
    ],
)
def test_a_span_s_fraction_width_compares_as_python_ints(span):
    # `fz - fa >= 7` overflowed for far-apart bounds and let a span through that the pure path refuses
    got = shapes.place_spans({b"k": 0}, {b"k": span}, None)
    assert (got is None) == (span[3] - span[2] >= 7)


def test_a_huge_key_limit_allocates_nothing_up_front():
    # the scratch buffer was malloc(limit) before reading a byte: limit 2**50 raised MemoryError
    assert shapes.shape_keys(b"a1\nb2", 2**50) == ([b"a0", b"b0"], {b"a0": 1, b"b0": 1})
    lines, keys, _counts = shapes.shape_lines([b"a1\nb", memoryview(b"22")], 2**50)
    assert (lines, keys) == ([b"a1", b"b22"], [b"a0", b"b00"])


class _Meddler:
    """A key whose hash/eq runs Python code that empties the containers being walked."""

    victims: list = []

    def __init__(self, v=0):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        for victim in _Meddler.victims:
            victim.clear()
        gc.collect()
        return False


def test_containers_emptied_under_a_lookup_do_not_crash():
    # pick, tally and gate_lines read list items by an index and length taken before lookups that can
    # run Python code; they held no reference to the items they went on using
    def fresh(n=40):
        keys = [_Meddler(i) for i in range(n)]
        lines = [b"x59 %d" % i for i in range(n)]
        return keys, lines

    keys, lines = fresh()
    _Meddler.victims = [keys, lines]
    shapes.pick(keys, lines, None, {_Meddler(): 1})
    keys, lines = fresh()
    idx = list(range(40))
    _Meddler.victims = [keys, lines, idx]
    shapes.pick(keys, lines, idx, {_Meddler()})
    keys, lines = fresh()
    stamps, idx = [b"s"] * 40, list(range(40))
    _Meddler.victims = [keys, stamps, idx]
    with pytest.raises(RAISES):
        shapes.tally(idx, stamps, keys, {_Meddler(): 0}, None, set(), True, {}, [], {}, {})
    keys, lines = fresh()
    idx = list(range(40))
    _Meddler.victims = [keys, lines, idx]
    with contextlib.suppress(RAISES):
        shapes.gate_lines(idx, keys, lines, {_Meddler(): (1,)})
    keys, lines = fresh()
    _Meddler.victims = [keys, lines]
    with contextlib.suppress(RAISES):
        shapes.gate_lines(None, keys, lines, {}, {_Meddler()})
    _Meddler.victims = []


def test_dicts_changed_by_callbacks_do_not_crash():
    # place_spans calls compute (Python code) with borrowed key, offset and span references
    timed = {b"k%d" % i: i for i in range(50)}
    known = {}

    def compute(key, tsp):
        timed.clear()
        known.clear()
        gc.collect()
        return (0, 1, -1, -1, 0, 0)

    with contextlib.suppress(RuntimeError):
        shapes.place_spans(timed, known, compute)
    # a gate offset whose __index__ empties the gates and lines
    lines, gates = [b"x59"], {}

    class Offset:
        def __index__(self):
            lines.clear()
            gates.clear()
            gc.collect()
            return 1

    gates[b"k"] = (Offset(),)
    assert shapes.gate_lines([0], [b"k"], lines, gates) == [0]  # the line as it was: b"x59"[1:3]
    # a timeline whose add_slow empties the pairs being walked and the rows
    pairs = {(b"s%d" % i, 0): 1 for i in range(30)}
    rows = [[0] * 4]

    class Meddling(_Timeline):
        def add_slow(self, ts, sev, c):
            pairs.clear()
            gc.collect()

    with contextlib.suppress(RuntimeError):
        shapes.timeline_add(pairs, {b"s%d" % i: 100 + i for i in range(30)}, Meddling(0.0), rows, 4)
    # a severity count whose __index__ empties the cache under count_shapes and timed_shapes
    cache = {}

    class Index:
        def __index__(self):
            cache.clear()
            gc.collect()
            return 0

    cache.update({b"k%d" % i: (Index(), Index(), -1, 0, (1,)) for i in range(20)})
    try:
        shapes.count_shapes({b"k%d" % i: 1 for i in range(20)}, cache, [0], [0], [0], 1, {}, [])
    except (*RAISES, RuntimeError):
        pass
    cache.update({b"k%d" % i: (Index(), Index(), -1, 0, (1,)) for i in range(20)})
    try:
        shapes.timed_shapes({b"k%d" % i: 1 for i in range(20)}, cache, [None])
    except (*RAISES, RuntimeError):
        pass
    cache.update({b"k%d" % i: (Index(), 0) for i in range(20)})
    try:
        shapes.group_ends({b"k%d" % i: 1 for i in range(20)}, cache, [None], True, {}, {}, 5)
    except (*RAISES, RuntimeError):
        pass


# ---- no reference or memory growth over many calls (release builds have no gettotalrefcount) ------
def _good_calls(rnd: random.Random):
    block = bytes(rnd.choice(b"ab12 \n\r\xff:") for _ in range(rnd.randint(0, 400)))
    keys, counts = shapes.shape_keys(block, 16)
    lines = block.split(b"\n")
    cache = {
        k: (0, rnd.randrange(2), rnd.choice([-1, 0]), rnd.choice([-1, 0]), (1,) if rnd.random() < 0.5 else ())
        for k in counts
    }
    timed = {k: 0 for k in counts}
    spans = {k: (0, 2, -1, -1, -1, -1) for k in counts}
    sev_of = {k: cache[k][1] for k in counts}
    stamps_, where = shapes.stamps(lines, list(range(len(lines))), 0, 2, -1, -1)
    seconds = {s: float(rnd.randint(0, 9)) for s in where}
    rules = shapes.mask_rules(miner._NATIVE_RULES)
    shape = block.translate(text.ZERO_DIGITS) + b" P0000 0x0F 00 00 00 00 00 00 00 nrc ERR_AB_0 dtc: 0x000000 errno"
    # outputs fresh per call (lambdas), so that what grows is only what leaks
    return [
        (shapes.shape_keys, (block, 16)),
        (shapes.shape_keys, (block + b"\x00", 16)),
        (shapes.shape_lines, ([block[:7], memoryview(block)[7:], b"\n", bytearray(b"x1")], 8)),
        (lambda *a: shapes.count_shapes(*a, [0], [0, 0], [0], 1, {}, []), (counts, cache)),
        (lambda *a: shapes.place_spans(*a, dict(spans), lambda k, t: (0, 2, -1, -1, -1, -1)), (timed,)),
        (lambda *a: shapes.place_spans(*a, {}, lambda k, t: None), (timed,)),
        (shapes.timed_shapes, (timed, cache, [None])),
        (shapes.group_ends, (timed, cache, [None], True, dict.fromkeys(counts, 0), dict.fromkeys(counts, 1), 9)),
        (shapes.stamps, (lines, range(len(lines)), 0, 2, 3, 5)),
        (shapes.pick, (keys, lines, None, set(list(counts)[:2]))),
        (
            lambda *a: shapes.tally(*a, None, {stamps_[0]}, True, {}, [], {}, {}),
            (range(len(lines)), stamps_, keys, sev_of),
        ),
        (
            lambda *a: shapes.tally(*a, 0, {stamps_[0]}, True, {}, [], {}, {}),
            (range(len(lines)), stamps_, keys, sev_of),
        ),
        (lambda *a: shapes.timeline_add({(s, 0): 2**65 for s in where}, *a, _Timeline(0.0), [[0] * 4], 4), (seconds,)),
        (lambda *a: shapes.timeline_add({(s, 1): 1 for s in where}, *a, _Timeline(None), [[0], [0]], 1), (seconds,)),
        (shapes.gate_lines, (list(range(len(lines))), keys, lines, {k: (0, 3) for k in counts})),
        (shapes.code_starts, (block.translate(text.ZERO_DIGITS) + b" P0000 0x0F 00 00 00 00 00 00 00 nrc",)),
        (shapes.gate_lines, (None, keys, lines, {}, set(counts))),
        (shapes.mask_rules, (miner._NATIVE_RULES,)),
        (shapes.mask_tokens, (rules, block.decode("ascii", "replace") + " took 12 ms 'a b' x=1 <*> Jul 5 (KB)")),
        (shapes.mask_tokens, (rules, " ".join(["12 [ms] (<*> <*>)"] * 300))),  # past the stack buffers
        (shapes.mask_tokens, (rules, "a \u00e9 1")),
        (shapes.decide_candidates,
         (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, shape, list(range(-3, len(shape) + 3)))),
        (shapes.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 2, shape, range(len(shape)))),
        (shapes.decide_candidates, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, b"", [0, 1])),
        (shapes.shape_codes, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, codes._vendor_zeroed()[1], shape)),
        (shapes.shape_codes, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 2, (b"ERR",), shape + b" EPS-0000" * 80)),
        (shapes.shape_codes, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, (), b"00 00 00 00 00 00 00 0x00:00:00")),
        (shapes.shape_codes, (codes._ALTERNATIVES, codes._HEXREC_TAIL, 32, (), b"")),
    ]


def _run_all(calls):
    for fn, args in calls:
        with contextlib.suppress(RAISES):
            fn(*args)


def test_no_call_leaks_references_or_memory():
    rnd = random.Random(3)
    calls = _good_calls(rnd) + _bad_calls()
    # every argument's reference count is the same after a thousand calls as before
    # (not the interpreter's shared objects: ints, None, b"" and one-byte bytes are referenced everywhere)
    held = [a for _, args in calls for a in args if not isinstance(a, (int, float, type(None)))]
    held = [a for a in held if sys.getrefcount(a) < 1 << 20]
    before = [sys.getrefcount(a) for a in held]
    for _ in range(1000):
        _run_all(calls)
    assert [sys.getrefcount(a) for a in held] == before
    # and traced memory stays flat over many more calls of each function: a leaked int or bytes per
    # call is >= 28 bytes, 56 KB over 2000 calls (bounded interpreter caches fill in the rounds above).
    # Only what was allocated from this module's frames counts: in the whole suite other tests' threads
    # (a local cloud's pollers, a moto server) allocate meanwhile in the same process.
    mine = [tracemalloc.Filter(True, __file__)]

    def traced() -> int:
        return sum(t.size for t in tracemalloc.take_snapshot().filter_traces(mine).traces)

    grown = {}
    for n, call in enumerate(calls):
        _run_all([call] * 200)
        gc.collect()
        tracemalloc.start()
        try:
            start = traced()
            _run_all([call] * 2000)
            gc.collect()
            growth = traced() - start
        finally:
            tracemalloc.stop()
        if growth > 24 << 10:
            grown[n] = growth
    assert not grown, grown


def test_results_hold_their_own_references():
    # the returned lists and dicts own their items: dropping the inputs leaves them valid
    block = b"a1 x\nb2 y\na3 x\n\xc3\xa9\n"
    lines, keys, counts = shapes.shape_lines([block[:5], memoryview(block)[5:]], 64)
    # a key is held by the keys list (once per line of its shape) and the counts dict, nothing else
    # (getrefcount's argument is the + 1); read before any assert holds a temporary
    refs = [sys.getrefcount(keys[0]), sys.getrefcount(keys[1])]
    same = keys[0] is keys[2]
    del block
    gc.collect()
    assert refs == [2 + 1 + 1, 1 + 1 + 1]
    assert same
    assert lines == [b"a1 x", b"b2 y", b"a3 x", b"\xc3\xa9", b""]
    assert counts == {b"a0 x": 2, b"b0 y": 1, b"\xc3\xa9": 1, b"": 1}


# ---- adversarial bytes through the whole summary: identical on both paths -------------------------
_PARTS = [
    b"2026-12-01T10:00:0%d.%dZ ecu app[%d]: ok",
    b"2026-12-01 10:%02d:00,%03d INFO [main] a.B: value %d",
    b"2026-02-30 10:00:%02d ERROR bad date %d %d",
    b"Dec 31 23:59:%02d h sshd[%d]: DTC P0%03d stored",
    b"%d.%06d kern: 59 %02x 01 02 03 04 05 06",
    b"9999-12-31T23:59:%02d.%09d+1400 far future %d",
    b"0001-01-01T00:00:%02d.%d-1200 far past %d",
]


def _adversarial(seed: int, fragments: list[bytes]) -> bytes:
    rnd = random.Random(seed)
    out = []
    for i in range(2600):
        line = rnd.choice(_PARTS) % (i % 60, rnd.randint(0, 999), rnd.randint(0, 10**6))
        roll = rnd.random()
        if roll < 0.02:
            line = line.replace(b" ", b"\x00", 1)
        elif roll < 0.04:
            line = line + b"\xff\xfe\xc3"
        elif roll < 0.05:
            line = line * rnd.randint(200, 2000)  # long lines, past SHAPE_BYTES
        elif roll < 0.07 and fragments:
            line = rnd.choice(fragments)
        elif roll < 0.08:
            line = b""
        out.append(line)
    sep = rnd.choice([b"\n", b"\r\n"])
    data = sep.join(out)
    if rnd.random() < 0.3:
        data += b"\x1b[0m\r"  # no final newline
    return data


def _stream_summary(data: bytes, native_on: bool) -> dict:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(text, "NATIVE", native_on)
        mp.setattr(text, "BLOCK_BYTES", 16 << 10)
        got = summarize_stream(io.BytesIO(data), batch_id="b", file_id="f", file_name="x.log")
    out = json.loads(got.model_dump_json())
    out["stats"].pop("seconds", None)
    return out


@settings(max_examples=12, deadline=None)
@given(st.integers(0, 2**32), st.lists(st.binary(max_size=80), max_size=8))
def test_adversarial_bytes_summarize_identically_on_both_paths(seed, fragments):
    data = _adversarial(seed, fragments)
    assert _stream_summary(data, True) == _stream_summary(data, False)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n",
        b"\r\n" * 5000,
        b"\x00" * 70_000,
        b"a" * 200_000,
        b"\xff" * 5000 + b"\n" + b"1" * 9000,
        b"x\r" * 50_000,
        b"\n".join(b"2026-12-01 10:00:%02d \x00 %d" % (i % 60, i) for i in range(3000)),
    ],
)
def test_edge_inputs_summarize_identically_on_both_paths(data):
    assert _stream_summary(data, True) == _stream_summary(data, False)
