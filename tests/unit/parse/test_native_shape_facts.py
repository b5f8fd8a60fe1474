"""``shape_facts`` in native/shapes.c, everything the slow path reads from a new ASCII line in one call,
against ``text.shape_facts`` on the pure steps (the reference): the same facts on generated, random and
real lines under generated and learned header models; bad input raises instead of crashing."""

from __future__ import annotations

import random
import sys
import tracemalloc
from pathlib import Path

import pytest

from functions.parse import codes, header, line_signals, miner, native, severity
from functions.parse.header import KINDS, HeaderModel, learn_header
from functions.parse.text import ZERO_DIGITS, native_facts_args, shape_facts
from tests.unit.parse.held_memory import held_from
from tests.unit.parse.test_code_candidates import _FRAGMENTS, _uds_record
from tests.unit.parse.test_native_signals_header import _FIELDS, _GAPS, _KEYWORD_PIECES, _VALUE_PIECES

REPO = Path(__file__).resolve().parents[3]
LOGHUB = REPO.parent / "shared" / "data" / "loghub2k"
shapes = native.shapes
pytestmark = pytest.mark.skipif(shapes is None, reason="native/shapes.c not built")

# the message pieces of every step: keywords and negations, inline levels, values and units, codes
_INLINE = [
    "level=", "LEVEL=", "lvl=", "Lvl=", "severity=", "loglevel=", "log_level=", "xlevel=", "_lvl=", "level=\"",
    "level='", "level=5", "warn", "error", "ERROR", "fatal", "info", "bogus", "\"warn\"", "'E'", "i", "W0203",
]  # fmt: skip
_PIECES = _FIELDS + _KEYWORD_PIECES + _INLINE
_PIECES += [p.decode("latin-1") for p in _VALUE_PIECES + _FRAGMENTS if p.isascii()]


def _line(rnd: random.Random) -> bytes:
    head = "".join(rnd.choice(_FIELDS) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 5)))
    body = "".join(rnd.choice(_PIECES) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 14)))
    digits = "".join(str(rnd.randint(0, 9)) if c == "0" and rnd.random() < 0.7 else c for c in head + body)
    return digits.encode("latin-1")


def native_shape_facts(native):
    """The text path's call of the C twin (its arguments for a header model, then the line and shape)."""
    return lambda line, shape, model: native.shape_facts(*native_facts_args(native, model), line, shape)


def _assert_same(twin, line: bytes, model: HeaderModel | None) -> bool:
    shape = line.translate(ZERO_DIGITS)
    got, want = twin(line, shape, model), shape_facts(line, shape, model)
    if not line.isascii():
        assert got is None, line
    elif want is None:
        assert got == (), line
    else:
        assert got == want, (line, model and model.signatures)
    return bool(want and want[2] > 0)


def test_the_native_facts_equal_the_pure_steps_on_generated_lines_and_headers():
    # Given random header models of every field kind (and none), and lines of headers, keywords,
    # inline levels, values, codes and the gaps between them, with digits drawn in
    rnd = random.Random(31)
    twin = native_shape_facts(shapes)
    kinds = list(KINDS)
    split = 0
    for m in range(1_500):
        sigs = [tuple(rnd.choices(kinds, k=rnd.randint(1, 6))) for _ in range(rnd.randint(1, 3))]
        model = None if m % 10 == 0 else HeaderModel(sigs)
        for _ in range(20):
            # Then the one C call gives the pure steps' facts
            split += _assert_same(twin, _line(rnd), model)
    assert split > 5_000  # not vacuous: many lines have a header


def test_the_native_facts_equal_the_pure_steps_on_odd_lines():
    # Given blank lines, carriage returns, every byte value, non-ASCII text, huge tokens and UDS records
    rnd = random.Random(32)
    twin = native_shape_facts(shapes)
    lines = [b"", b" ", b"\t\x0b\x0c\x1c\x1f ", b"\r", b"\r\r\r", b"x\r\r", b" \r", b"level=warn\r", b"\x00", b"\x7f"]
    lines += [bytes([c]) for c in range(256)] + [bytes(range(128)) * 3, bytes(range(256))]
    lines += ["d\u00e9faut ERR_\u00c9_1 code".encode(), b"\xff\xfe error", "\u00e9".encode() + b" " * 600]
    lines += [b"x" * 100_000 + b" error", b"level=" + b"w" * 100_000, b"E1127 " + b"a=1 " * 5_000]
    lines += [b"[" + b"x " * 300 + b"] fault", b"1 2 3 4 5 6 7 8 9 " * 100, b"0x" * 20_000 + b"0f"]
    lines += [_uds_record(rnd).replace(b"0", b"5", 1) for _ in range(500)]
    lines += [bytes(rnd.choice(b"aZ0 =:.-_\r\t[]\"'") for _ in range(rnd.randint(0, 60))) for _ in range(5_000)]
    models = [None, HeaderModel([]), HeaderModel([("num", "lvl")]), HeaderModel([("lvl", "tag"), ("word",)])]
    for line in lines:
        for model in models:
            _assert_same(twin, line, model)


def _logs(tmp_path) -> list[list[bytes]]:
    from argus.scenarios import FILE_NAMES, generate_scenario

    files = []
    for name in ("can-pt-busoff", "healthy-mixed"):
        for path in generate_scenario(name, tmp_path / name, size_bytes=1 << 19):
            if path.name in FILE_NAMES.values():
                files.append(path.read_bytes())
    if LOGHUB.is_dir():
        files += [p.read_bytes() for p in sorted(LOGHUB.rglob("*.log"))]
    return [data.split(b"\n") for data in files]


def test_the_native_facts_equal_the_pure_steps_on_real_logs(tmp_path):
    # Given each scenario log (and each Loghub log when ../shared/data is there) and its learned header
    twin = native_shape_facts(shapes)
    split = 0
    for lines in _logs(tmp_path):
        model = learn_header([ln.decode("utf-8", "replace") for ln in lines[:2000]])
        if model.pipe_fields:
            continue  # the text path reads pipe headers by the Python steps
        # Then every line reads the same in one C call
        for line in lines:
            split += _assert_same(twin, line, model)
    assert split > 1_000


def _args(line: bytes = b"x level=warn P0300", sigs: tuple = (b"l",)) -> list:
    fixed = [
        shapes.mask_rules(miner._NATIVE_RULES), severity._LEVELS, severity._NATIVE_RANKS,
        line_signals._names_quantity, codes._ALTERNATIVES, codes._HEXREC_TAIL, codes.MAX_CANDIDATES,
        codes._vendor_zeroed()[1], sigs, header.HEAD_CHARS,
    ]  # fmt: skip
    return [*fixed, line, line.translate(ZERO_DIGITS)]


def _with(i: int, value) -> list:
    args = _args()
    args[i] = value
    return args


@pytest.mark.parametrize(
    "args",
    [
        [],
        _args()[:-1],
        _with(0, "rules"),
        _with(1, list(severity._LEVELS.items())),
        _with(2, severity._NATIVE_RANKS[:3]),
        _with(3, "not callable"),
        _with(4, codes._ALTERNATIVES[:9]),
        _with(6, 2**70),
        _with(7, ("EPS",)),
        _with(8, (b"?",)),
        _with(8, ("l",)),
        _with(9, -1),
        _with(10, "text"),
        _with(11, memoryview(b"x level=warn P0300")[::2]),
        [*_args()[:3], lambda name: 1 / 0, *_args()[4:10], b"soc=5", b"soc=0"],
    ],
)
def test_wrong_types_and_values_raise(args):
    with pytest.raises((TypeError, ValueError, OverflowError, ZeroDivisionError, BufferError)):
        shapes.shape_facts(*args)


def test_the_call_leaks_no_references_and_no_memory():
    rnd = random.Random(33)
    lines = [_line(rnd) for _ in range(200)] + [b"", b"  \r", "\u00e9 error".encode(), b"level=" + b"w" * 600]
    model = HeaderModel([("num", "lvl", "tag")])
    twin = native_shape_facts(shapes)
    # (the empty and one-byte bytes are the interpreter's shared singletons: other threads of the worker move
    # their counts)
    held = [*(line for line in lines if len(line) > 1), severity._LEVELS, severity._NATIVE_RANKS, codes._ALTERNATIVES]

    def run(rounds: int) -> None:
        for _ in range(rounds):
            for line in lines:
                twin(line, line.translate(ZERO_DIGITS), model)

    before = [sys.getrefcount(a) for a in held]
    run(50)
    assert [sys.getrefcount(a) for a in held] == before
    tracemalloc.start()
    try:
        run(1)
        start = held_from(__file__)
        run(20)
        growth = held_from(__file__) - start
    finally:
        tracemalloc.stop()
    assert growth < 64 << 10, growth

