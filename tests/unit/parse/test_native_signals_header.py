"""The per-shape slow path's line-signal candidates and header split in C (``value_starts``,
``header_split`` in native/shapes.c) against their pure twins, the reference: the same lists and
splits on generated, random and real lines, and bad input raises instead of crashing."""

from __future__ import annotations

import calendar
import codecs
import random
import re
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import header, line_signals, native, severity
from functions.parse.header import HEAD_CHARS, KINDS, HeaderModel, learn_header
from functions.parse.line_signals import _NUM, number_places, shape_slots, value_starts
from functions.parse.severity import keyword_rank
from functions.parse.text import ZERO_DIGITS
from tests.unit.parse.held_memory import held_from

REPO = Path(__file__).resolve().parents[3]
LOGHUB = REPO.parent / "shared" / "data" / "loghub2k"
shapes = native.shapes
needs_native = pytest.mark.skipif(shapes is None, reason="native/shapes.c not built")
quantity = line_signals._names_quantity

# ---- value_starts ---------------------------------------------------------------------------------
# Pieces of values, units, keys and the bytes their boundaries turn on (as shapes: digits are zeros).
_VALUE_PIECES = [
    b"0", b"00", b"000.00", b"-0", b"0.0", b"0.0000000", b"0" * 16, b" V", b"V", b"A", b" A", b"F", b" F", b"C",
    b"W", b"%", b" %", b"kWh", b"kW", b"mbar", b"bar", b"kOhm", b"\xc2\xb0C", b"\xc2\xb0F", b"\xce\xa9", b"km/h",
    b"rpm", b"Nm", b"ms", b"=", b":", b"= ", b": ", b" ", b"  ", b"soc", b"SOC", b"vbat", b"T_cool", b"pack", b"cell",
    b"temp", b"lv", b"id", b"reason", b"x", b"_", b".", b"-", b"/", b",", b";", b"(", b")", b"[", b"]", b"|", b"{",
    b"}", b"<", b">", b"'", b'"', b"\r", b"\t", b"0x", b"id=", b"\xc2", b"\xff", b"\x00",
]  # fmt: skip
# every unit of the pattern the C pass spells out again: a unit added to one side only fails the tests
_VALUE_PIECES += [codecs.escape_decode(u)[0] for u in line_signals._UNITS.split(b")(?!")[0].lstrip(b"(").split(b"|")]


def _key(rnd: random.Random) -> bytes:
    return b"".join(rnd.choice(_VALUE_PIECES) for _ in range(rnd.randint(0, 30)))


def _unfiltered(key: bytes, start: int, _quantity=None) -> list[int]:
    """Every number ``shape_slots`` looked at before its candidates were filtered."""
    body_end = len(key) - 1 if key.endswith(b"\r") else len(key)
    if key.find(b"0", start) < 0:
        return []
    return [p for p in number_places(key, start, body_end) if _NUM.match(key, p, body_end)]


def _scenario_shapes(tmp_path) -> list[bytes]:
    from argus.scenarios import FILE_NAMES, generate_scenario

    found = set()
    for name in ("can-pt-busoff", "healthy-mixed"):
        for path in generate_scenario(name, tmp_path / name, size_bytes=1 << 19):
            if path.name in FILE_NAMES.values():
                found.update(path.read_bytes().translate(ZERO_DIGITS).split(b"\n"))
    return sorted(found)


def test_the_candidates_filter_never_changes_the_slots(tmp_path):
    # Given generated value shapes, random bytes and the scenario logs' shapes, from several starts
    rnd = random.Random(5)
    keys = [_key(rnd) for _ in range(30_000)] + [rnd.randbytes(rnd.randint(0, 40)) for _ in range(5_000)]
    keys += _scenario_shapes(tmp_path)
    slotted = 0
    for key in keys:
        start = rnd.randint(0, min(len(key), 8)) if rnd.random() < 0.5 else 0
        # When the slots are read from the filtered candidates and from every number
        slots = shape_slots(key, start)
        # Then they are the same
        assert slots == shape_slots(key, start, _unfiltered), (key, start)
        slotted += bool(slots)
    assert slotted > 500  # not vacuous: many shapes carry values


@needs_native
def test_the_native_candidates_equal_the_pure_ones(tmp_path):
    # Given the same shapes, and random bytes with every byte value
    rnd = random.Random(9)
    keys = [_key(rnd) for _ in range(30_000)] + [rnd.randbytes(rnd.randint(0, 60)) for _ in range(20_000)]
    keys += [*_scenario_shapes(tmp_path), b"", b"0", b"\r", b"0\r", b"=0\r", b"soc=0", b"soc=0\r", b"x 0 V"]
    nonempty = 0
    for key in keys:
        for start in {0, 1, rnd.randint(0, len(key) + 2)}:
            # Then the C pass lists the pure twin's starts, in order
            want = value_starts(key, start)
            assert shapes.value_starts(key, start, quantity) == want, (key, start)
            nonempty += bool(want)
    assert nonempty > 2_000


@needs_native
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VALUE_PIECES) | st.binary(max_size=3), max_size=30), st.integers(0, 6))
def test_the_native_candidates_equal_the_pure_ones_on_any_bytes(parts: list[bytes], start: int):
    key = b"".join(parts)
    assert shapes.value_starts(key, start, quantity) == value_starts(key, start)


@needs_native
def test_the_native_candidates_ask_the_quantity_as_the_pure_twin_does():
    # Given integers after keys, and a quantity rule that records what it is asked
    key = b"soc=0, rpm: 00 lv=00 T_cool: 000 x=0 ab=0.0 retry 0"
    asked: dict[str, list[bytes]] = {"pure": [], "native": []}

    def rule(side):
        return lambda name: asked[side].append(name) or name in (b"soc", b"T_cool")

    # Then both ask about the same keys and keep the same numbers
    assert shapes.value_starts(key, 0, rule("native")) == value_starts(key, 0, rule("pure"))
    assert asked["native"] == asked["pure"] == [b"soc", b"rpm", b"lv", b"T_cool"]


# ---- header_split ---------------------------------------------------------------------------------
# Fields of each kind, near misses, and the separators between them.
_FIELDS = [
    "2026-12-01", "10:00:01.123", "Dec", "Dec.", "Jan,", "Sept", "Mon", "May", "[main]", "[", "]", "]:", "(", ")",
    "<", ">", "{", "}", "INFO", "info", "[ERROR]", "warn:", "(Warning)", "<crit>:", "W", "E1127", "I", "V", "v",
    "D0000", "D000", "Informational", "-", "--", "|", "||", ":", ">>", "kernel:", "sshd[123]:", "app.cc:120]",
    "x]", "a[b]", "a=b", "key=", "_k.v-1=x", "=x", "host1", "node-13", "word", "12", "-5", "+3x", "[12", "(4)",
    "[Sun Dec 04 04:47:44 2005]", "[req-1 - - -]", "{a b}:", "(x y),", ",", "],", "]:,", "a:b:", "#:", "@x:",
    "0:", "x:", "[a", "b]", "[a:]", "{x}", "\x00", "\x7f", "0" * 30, "[" + "x " * 120 + "]",
]  # fmt: skip
# every level word and month of header.py's patterns, which the C split spells out again
_FIELDS += header._LEVEL_WORDS.split("|") + [w.upper() for w in header._LEVEL_WORDS.split("|")]
_NAMES = (calendar.month_name, calendar.month_abbr, calendar.day_name, calendar.day_abbr)
_FIELDS += [w for names in _NAMES for w in names]
_FIELDS += ["Sept", "[Sept", "(Mon,", "May.,", "[warning]:", "<Fatal>", "(panic:"]
_GAPS = [" ", " ", " ", "  ", "\t", "", "\x1c", "\x1f", "\x0b", "\r"]


def _line(rnd: random.Random, pieces: list[str]) -> str:
    return "".join(rnd.choice(pieces) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, 14)))


def _assert_splits_equal(model: HeaderModel, line: str) -> bool:
    want = model.split(line)
    assert model.split(line, shapes.header_split) == want, (model.signatures, line)
    return want.content_start > 0


@needs_native
def test_the_native_split_equals_the_regexes_on_generated_headers():
    # Given random signatures of every kind, and lines of fields of every kind
    rnd = random.Random(1)
    kinds = list(KINDS)
    split = 0
    for _ in range(3_000):
        model = HeaderModel([tuple(rnd.choices(kinds, k=rnd.randint(1, 7))) for _ in range(rnd.randint(1, 3))])
        for _ in range(30):
            # Then the C split equals the regexes' on each
            split += _assert_splits_equal(model, _line(rnd, _FIELDS))
    assert split > 10_000  # not vacuous: many lines have a header


@needs_native
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(list(KINDS)), min_size=1, max_size=6), min_size=1, max_size=3),
    st.lists(st.sampled_from(_FIELDS) | st.text(st.characters(max_codepoint=127), max_size=4), max_size=16),
)
def test_the_native_split_equals_the_regexes_on_any_ascii(signatures, parts):
    _assert_splits_equal(HeaderModel([tuple(s) for s in signatures]), " ".join(parts))


def _logs(tmp_path) -> list[list[str]]:
    from argus.scenarios import FILE_NAMES, generate_scenario

    files = []
    for path in generate_scenario("can-pt-busoff", tmp_path, size_bytes=1 << 19):
        if path.name in FILE_NAMES.values():
            files.append(path.read_bytes())
    if LOGHUB.is_dir():
        files += [p.read_bytes() for p in sorted(LOGHUB.rglob("*.log"))]
    return [[ln.decode("utf-8", "replace").rstrip("\r") for ln in data.split(b"\n")] for data in files]


@needs_native
def test_the_native_split_equals_the_regexes_on_real_logs(tmp_path):
    # Given each scenario log (and each Loghub log when ../shared/data is there) and its learned header
    split = 0
    for lines in _logs(tmp_path):
        model = learn_header(lines)
        # Then every ASCII line splits the same way in C, and non-ASCII lines take the regexes
        for line in lines:
            split += _assert_splits_equal(model, line)
    assert split > 1_000


# ---- keyword_rank ---------------------------------------------------------------------------------
# Every word of the keyword pattern (its optional parts both ways), negations before and none values
# after them, and the bytes their boundaries turn on.
_WORDS = re.sub(r"\(\?P<\w+>|\(\?i\)|\\b|\(\?:|[()]", "", severity._KEYWORDS.pattern).split("|")
_KEYWORD_PIECES = [
    w.replace(".?", sep).replace("d?", d).replace("g?", d and "g")
    for w in _WORDS
    for sep in ("", " ", "-", ".")
    for d in ("", "d")
]
_KEYWORD_PIECES += severity._KEYWORD_HEADS.pattern.split("|")
_KEYWORD_PIECES += [w.upper() for w in _WORDS] + [w.title() for w in _WORDS]
_KEYWORD_PIECES += [
    "no", "No", "NO", "not", "Not", "zero", "without", "cannot", "nothing", "no active", "zero new", "x_no", "5no",
    "(s)", "(S)", "count", "counter", "cnt", "total", "num", "nr", ":", "=", " = ", ": ", '"', "'", "none", "None",
    "false", "null", "nil", "nil_", "noneX", " ", "  ", "_", "-", "\t", "\x1c", "\n", ".", ",", "0", "5", "x", "A",
    "kernel:", "bus\noff", "errorpassive", "error_passive",
]  # fmt: skip


def _keyword_text(rnd: random.Random) -> str:
    gaps = ["", " ", " ", "_", "-", ": "]
    return "".join(rnd.choice(_KEYWORD_PIECES) + rnd.choice(gaps) for _ in range(rnd.randint(0, 12)))


@needs_native
def test_the_native_keyword_rank_equals_the_regexes():
    # Given texts of keywords, negations, none values and boundary bytes, and random ASCII
    rnd = random.Random(4)
    texts = [_keyword_text(rnd) for _ in range(40_000)]
    texts += ["".join(chr(rnd.randint(0, 127)) for _ in range(rnd.randint(0, 40))) for _ in range(5_000)]
    texts += ["", " ", "error", "no error", "error: none", "x" * 100_000 + " fault", "fault " * 10_000]
    texts += ["no " * 10_000 + "error", "no\n error", "not \nerror", "error\n: none", "a" * 29 + " no error" + "-" * 40]
    texts += ["_" * 100_000 + "error", "error" + "=" * 100_000 + "none", "\x00error\x7f", "ERROR(S) COUNT = 'NIL'"]
    ranks = set()
    for t in texts:
        # Then the C search gives the regexes' rank on each
        want = keyword_rank(t)
        assert keyword_rank(t, shapes.keyword_rank) == want, t
        ranks.add(want)
    assert ranks == {severity.INFO, severity.WARNING, severity.ERROR, severity.CRITICAL}


@needs_native
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_KEYWORD_PIECES) | st.text(st.characters(max_codepoint=127), max_size=3), max_size=20))
def test_the_native_keyword_rank_equals_the_regexes_on_any_ascii(parts):
    t = "".join(parts)
    assert keyword_rank(t, shapes.keyword_rank) == keyword_rank(t)


# ---- bad input: an exception, never a crash ---------------------------------------------------------
@needs_native
@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.value_starts("soc=0", 0, quantity),
        lambda s: s.value_starts(b"soc=0", -1, quantity),
        lambda s: s.value_starts(b"soc=0", 0, None),
        lambda s: s.value_starts(b"soc=0", 0),
        lambda s: s.value_starts(b"soc=0", 2**70, quantity),
        lambda s: s.value_starts(memoryview(b"soc=0 0 V")[::2], 0, quantity),  # not contiguous
        lambda s: s.value_starts(b"soc=0", 0, lambda name: 1 / 0),
        lambda s: s.value_starts(b"soc=0", 0, lambda name: _NoBool()),
        lambda s: s.header_split(b"INFO x", (b"l",), HEAD_CHARS),
        lambda s: s.header_split("INFO x", [b"l"], HEAD_CHARS),
        lambda s: s.header_split("INFO x", ("l",), HEAD_CHARS),
        lambda s: s.header_split("INFO x", (b"q",), HEAD_CHARS),
        lambda s: s.header_split("INFO x", (b"l\0",), HEAD_CHARS),
        lambda s: s.header_split("INFO x", (b"l",), -1),
        lambda s: s.header_split("INFO \xe9", (b"l",), HEAD_CHARS),  # not ASCII
        lambda s: s.header_split("INFO x", (b"l",)),
        lambda s: s.keyword_rank(b"error"),
        lambda s: s.keyword_rank("erreur \xe9"),  # not ASCII
        lambda s: s.keyword_rank(),
    ],
)
def test_wrong_types_and_values_raise(call):
    with pytest.raises((TypeError, ValueError, OverflowError, BufferError, ZeroDivisionError)):
        call(shapes)
    assert not sys.exc_info()[0]


class _NoBool:
    def __bool__(self):
        raise ValueError("no truth")


@needs_native
def test_huge_tokens_empty_input_and_odd_bytes_are_read_as_the_pure_twins_read_them():
    # Given keys and lines at the edges: empty, one huge token, all zeros, every byte value, NULs
    keys = [b"", b"\r", b"0" * 100_000, b"soc=" + b"0" * 100_000 + b" V", b"x=" * 50_000 + b"0", bytes(range(256)) * 4]
    keys += [b"\x00=0 V\x00", b"\xc2\xb0C 0\xc2\xb0C", b"a=0\r\r", b"0 " * 10_000 + b"%"]
    for key in keys:
        for start in (0, 1, len(key), len(key) + 5):
            assert shapes.value_starts(key, start, quantity) == value_starts(key, start)
    model = HeaderModel([("num", "lvl", "tag"), ("brk",) * 40, ("word",) * 25, ("brk", "end", "kv")])
    lines = ["", " ", "\x00", "[" * 600, "]" * 600, "x" * 100_000, "1 INFO " + "a" * 10_000 + ":"]
    lines += [" \t".join("[a]" * 300)]
    lines += ["\x00".join(_FIELDS), "[" + " ]" * 300, "1 " * 5_000, "{" * 250 + "}" * 250]
    for line in lines:
        _assert_splits_equal(model, line)
    assert shapes.header_split("x" * 5000, (b"s" * 5000,), 10**6) is None  # more fields than tokens
    assert shapes.header_split("a b", (), HEAD_CHARS) is None
    assert shapes.header_split(" a b ", (b"",), HEAD_CHARS) == (1, -1, -1, -1, -1)  # as r"\s*\s*" matches


@needs_native
def test_the_calls_leak_no_references_and_no_memory():
    # Given inputs that take every path: values with units, keys naming quantities, brackets spanning words
    key = b"pack soc=00 V=000.0V cell 0 temp 00 C x=0"
    line = "2026-12-01 10:00:01 [Sun Dec 04] INFO kernel: soc=3"
    sigs = (b"nnbl", b"nnblt")
    before = (sys.getrefcount(key), sys.getrefcount(line), sys.getrefcount(sigs))
    for _ in range(1_000):
        shapes.value_starts(key, 0, quantity)
        shapes.header_split(line, sigs, HEAD_CHARS)
        shapes.keyword_rank(line + " no error: none, fault")
    assert (sys.getrefcount(key), sys.getrefcount(line), sys.getrefcount(sigs)) == before
    tracemalloc.start()
    try:
        for _ in range(200):
            shapes.value_starts(key, 0, quantity)
            shapes.header_split(line, sigs, HEAD_CHARS)
            shapes.keyword_rank(line + " no error: none, fault")
        first = held_from(__file__)
        for _ in range(2_000):
            shapes.value_starts(key, 0, quantity)
            shapes.header_split(line, sigs, HEAD_CHARS)
            shapes.keyword_rank(line + " no error: none, fault")
        assert held_from(__file__) - first < 10_000
    finally:
        tracemalloc.stop()
