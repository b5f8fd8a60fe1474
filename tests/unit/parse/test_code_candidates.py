"""The fast code-candidate finders give exactly what one ``finditer`` of the candidate regex gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import native
from functions.parse.codes import MAX_CANDIDATES, _decide, candidates, candidates_reference, code_starts, native_decide
from functions.parse.text import ZERO_DIGITS

# (finders, decisions): the pure ones and, when built, their twins in native/shapes.c
FINDERS = [pytest.param((code_starts, None), id="pure")]
if native.shapes is not None:
    FINDERS.append(pytest.param((native.shapes.code_starts, None), id="native finders"))
    FINDERS.append(pytest.param((native.shapes.code_starts, native_decide(native.shapes)), id="native"))

# Pieces of every candidate kind, near misses of them, and the bytes their boundaries turn on.
_FRAGMENTS = [
    b"P0", b"C0", b"B0", b"U0", b"0x0F", b"0x0f", b"0F", b"0f", b"0X00", b"0x00", b"00 00 ", b"00:00:",
    b"0000000000000000", b"nrc", b"NRC", b"Nrc", b"spn", b"SPN", b"fmi", b"dtc", b"DTC", b"code", b"Code",
    b"error", b"Error Code", b"error_code", b"errno", b"errcode", b"fault", b"fault_code", b"FAULT-", b"FLT ",
    b"ERR", b"ERROR_", b"ALM", b"ALARM", b"E_", b"E-", b"E0", b"EPS-0000", b"TPMS_W00", b"BMS_ERR_0x0A",
    b"IBST_FLT 0x0A0", b"ISO-00000", b"a0", b"Z", b"x", b" ", b"\t", b"-", b"_", b":", b"=", b"(", b"\n",
    b"\xff", b"\x00", b".", b"0.00", b".00 00", b"0x000000", b"0xC00A00", b" status ", b"st", b"UDS-Status=",
    b"TestFailed", b" (desc) ", b'"',
]  # fmt: skip
_BYTES = b"0PCBUxXfFnNrRcCsSpEeOoAaLlTtMmDdIiZ _-:,;=().\t\xff"


def _text(rnd: random.Random) -> bytes:
    parts = []
    for _ in range(rnd.randint(0, 40)):
        parts.append(rnd.choice(_FRAGMENTS) if rnd.random() < 0.6 else bytes([rnd.choice(_BYTES)]))
    return b"".join(parts)


def test_the_fast_finders_equal_the_reference_on_generated_shapes():
    # Given 50,000 shapes built from candidate pieces, near misses and boundary bytes
    rnd = random.Random(3)
    shapes = [_text(rnd) for _ in range(50_000)]
    shapes += [b"P0000 " * 100, b"0" * 40, b"00 " * 30, b"id=0fa0c00b0e0d0f00 0x0F0F"]
    # Then the fast candidates equal one finditer of the candidate regex on every one
    reference = [candidates_reference(s) for s in shapes]
    for finder in FINDERS:
        assert [candidates(s, *finder.values[0]) for s in shapes] == reference
    # and the check is not vacuous: most shapes have candidates, some have the cap
    assert sum(1 for c in reference if c) > 25_000
    assert any(len(c) == MAX_CANDIDATES for c in reference)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.binary(max_size=3), max_size=30))
def test_the_fast_finders_equal_the_reference_on_any_bytes(parts: list[bytes]):
    shape = b"".join(parts)
    for finder in FINDERS:
        assert candidates(shape, *finder.values[0]) == candidates_reference(shape)


@pytest.mark.skipif(native.shapes is None, reason="native/shapes.c not built")
def test_the_native_finders_give_the_pure_ones_starts_in_order():
    # Given shapes from candidate pieces and random bytes (every byte value)
    rnd = random.Random(11)
    shapes = [_text(rnd) for _ in range(20_000)] + [rnd.randbytes(rnd.randint(0, 60)) for _ in range(20_000)]
    # Then the C pass finds each start the pure finders find, once each, ascending
    for s in shapes:
        assert native.shapes.code_starts(s) == sorted(set(code_starts(s))), s


@pytest.mark.skipif(native.shapes is None, reason="native/shapes.c not built")
def test_the_native_decisions_equal_the_regex_at_every_position():
    # Given shapes from candidate pieces and random bytes, and every position of each as a start
    # (unsorted, repeated, past the end), so that every alternative is read everywhere
    rnd = random.Random(12)
    shapes = [_text(rnd) for _ in range(30_000)] + [rnd.randbytes(rnd.randint(0, 60)) for _ in range(20_000)]
    decide = native_decide(native.shapes)
    for s in shapes:
        starts = list(range(len(s) + 2)) * 2
        rnd.shuffle(starts)
        # Then the C decisions are the anchored regex's, in the same order and up to the same cap
        assert decide(s, list(starts)) == _decide(s, list(starts)), s
        # and a cap of one keeps only the first
        assert native.shapes.decide_candidates(decide.args[0], decide.args[1], 1, s, starts) == _decide(s, starts)[:1]


@pytest.mark.skipif(native.shapes is None, reason="native/shapes.c not built")
def test_the_native_decisions_read_edge_shapes_as_the_regex_does():
    # Given shapes at the edges: empty, huge tokens and runs, every byte value, non-ASCII text, and
    # starts below zero and past the end
    shapes = [b"", b"0", b"P", b"A" * 100_000 + b"_0", b"ERR_" + b"A" * 100_000 + b"_0", b"0x" * 50_000 + b"0f"]
    shapes += [b"dtc" + b" " * 13 + b"0x000000", b"dtc" + b" " * 12 + b"0x000000", b"00 " * 30_000]
    shapes += [bytes(range(256)) * 4, "d\u00e9faut ERR_\u00c9_0 code\u00a0:0x000000".encode(), b"\x00P0\x00" * 100]
    decide = native_decide(native.shapes)
    for s in shapes:
        starts = [-3, -1, *range(0, len(s) + 3, 1 if len(s) < 5_000 else 7)]
        # Then the C decisions are the regex's, starts and kinds alike
        assert decide(s, list(starts)) == _decide(s, list(starts)), s[:80]
        assert decide(s, code_starts(s)) == _decide(s, code_starts(s)) == candidates_reference(s), s[:80]


def test_the_fast_finders_equal_the_reference_on_scenario_logs(tmp_path):
    # Given the lines of every scenario log, digits zeroed as the text path sees them
    from argus.scenarios import FILE_NAMES, generate_scenario

    zero = ZERO_DIGITS
    shapes = set()
    for path in generate_scenario("can-pt-busoff", tmp_path, size_bytes=1 << 20):
        if path.name in FILE_NAMES.values():
            shapes.update(path.read_bytes().translate(zero).split(b"\n"))
    # Then the fast candidates equal the reference on each, and some of them hold codes
    reference = [candidates_reference(s) for s in shapes]
    for finder in FINDERS:
        assert [candidates(s, *finder.values[0]) for s in shapes] == reference
    assert any(candidates_reference(s) for s in shapes)


def test_dropping_candidates_that_cannot_yield_keeps_every_code():
    # Given lines whose digits vary, with vendor-like tokens, BGL locations and real codes
    from functions.core.domain.vendor import VENDOR_TOKENS
    from functions.parse.codes import codes_at, yielding

    rnd = random.Random(9)
    zero = ZERO_DIGITS
    heads = [t.encode() for t in VENDOR_TOKENS] + [b"J", b"R", b"UTF", b"SHA", b"ISO", b"XY", b"ISO5", b"EPS2"]
    found = 0
    for _ in range(20_000):
        parts = []
        for _ in range(rnd.randint(1, 6)):
            digits = str(rnd.randint(0, 99999))[: rnd.randint(1, 5)].encode()
            parts.append(rnd.choice(heads) + rnd.choice([b"", b"0", b"1"]) + rnd.choice([b"-", b"_", b" "]) + digits)
        line = b" ".join(parts)
        shape = line.translate(zero)
        cands = candidates(shape)
        # Then the codes found on the line are the same with the pruned candidates
        codes = codes_at(line, cands)
        assert codes_at(line, yielding(shape, cands)) == codes, line
        found += bool(codes)
    assert found > 1000  # the lines do hold codes, so the comparison is not vacuous
