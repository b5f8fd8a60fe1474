"""The fast code-candidate finders give exactly what one ``finditer`` of the candidate regex gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import codes, native
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


# ---- shape_codes: finders, decisions, the yielding filter and the UDS gate in one native call -----
def _vendor_text(rnd: random.Random) -> bytes:
    """Vendor-like tokens (and tokens no vendor owns), UDS records, real codes, between candidate pieces."""
    from functions.core.domain.vendor import VENDOR_TOKENS

    heads = [t.encode() for t in VENDOR_TOKENS] + [b"J", b"R", b"UTF", b"SHA", b"ISO", b"XY", b"ISO5", b"EPS2"]
    parts = []
    for _ in range(rnd.randint(0, 8)):
        k = rnd.random()
        if k < 0.4:
            parts.append(rnd.choice(heads) + rnd.choice([b"", b"0", b"_AB"]) + rnd.choice([b"-", b"_", b" "]) + b"0000")
        elif k < 0.55:
            nrc = rnd.choice(b"0Ff").to_bytes()
            parts.append(rnd.choice([b"", b"0x", b" "]) + b"00 00 0" + nrc + b" 00 00 00 00 00")
        else:
            parts.append(_text(rnd))
    return b" ".join(parts)


def _uds_record(rnd: random.Random) -> bytes:
    """A shape of a 0x59 record (or a near miss of one): the lines a UDS gate is made for."""
    sep = rnd.choice([b" ", b":", b""])
    hexes = [b"00", b"0A", b"FF", b"0B", b"0x00", b"x"]  # (no 0F: an NRC candidate opens no gate)
    body = b"".join(sep + rnd.choice(hexes) for _ in range(rnd.randint(3, 8)))
    return rnd.choice([b"", b"0x", b"a", b"."]) + b"00" + sep + b"0" + rnd.choice(b"00AAx").to_bytes() + body


@pytest.mark.skipif(native.shapes is None, reason="native/shapes.c not built")
def test_the_native_shape_codes_equal_the_pure_steps():
    from functions.parse.codes import native_shape_codes, shape_codes

    # Given shapes from candidate pieces, vendor-like tokens, UDS records, random bytes and the cap's edge
    rnd = random.Random(21)
    shapes = [_text(rnd) for _ in range(20_000)] + [_vendor_text(rnd) for _ in range(20_000)]
    shapes += [rnd.randbytes(rnd.randint(0, 80)) for _ in range(10_000)]
    shapes += [b" ".join(_uds_record(rnd) for _ in range(rnd.randint(1, 3))) for _ in range(5_000)]
    shapes += [b"EPS-0000 " * 40, b"XY-0000 " * 40, b"P0000 " * 31 + b"EPS-0000", b"00 00 00 00 00 00 00 " * 8]
    twin = native_shape_codes(native.shapes)
    # Then the one native call gives the candidates and the gate the four pure steps give
    results = [shape_codes(s) for s in shapes]
    assert [twin(s) for s in shapes] == results
    # and the comparison is not vacuous: tokened candidates dropped and kept, UDS gates, the cap
    assert sum(1 for c, _ in results if any(rx is codes._TOKENED_RX for _, rx in c)) > 1000
    assert sum(1 for c in shapes if any(rx is codes._TOKENED_RX for _, rx in codes.candidates(c))) > sum(
        1 for c, _ in results if any(rx is codes._TOKENED_RX for _, rx in c)
    )
    assert sum(1 for _, g in results if g is not None) > 1000
    assert any(len(c) == MAX_CANDIDATES for c, _ in results)


@pytest.mark.skipif(native.shapes is None, reason="native/shapes.c not built")
def test_the_native_shape_codes_read_edge_shapes_and_logs_as_the_pure_steps(tmp_path):
    from argus.scenarios import FILE_NAMES, generate_scenario
    from functions.parse.codes import native_shape_codes, shape_codes

    # Given edge shapes (empty, huge tokens and runs, every byte value, non-ASCII) and scenario lines
    shapes = [b"", b"0", b"E", b"A" * 100_000 + b"_0", b"EPS-" + b"A" * 100_000 + b"_0", b"0x" * 50_000 + b"0f"]
    shapes += [b"00 " * 30_000, bytes(range(256)) * 4, "d\u00e9faut EPS-\u00c9_0 code\u00a0:0x000000".encode()]
    shapes += [b"\x00P0\x00" * 100, b"0x00 00 00 00 00 00 00", b"0X00:00:00:00:00:00:00 59"]
    for path in generate_scenario("can-pt-busoff", tmp_path, size_bytes=1 << 19):
        if path.name in FILE_NAMES.values():
            shapes += sorted(set(path.read_bytes().translate(ZERO_DIGITS).split(b"\n")))
    twin = native_shape_codes(native.shapes)
    # Then each reads as the pure steps read it
    for s in shapes:
        assert twin(s) == shape_codes(s), s[:80]
    # and a cap of one keeps what the first decision keeps
    for s in shapes[:12]:
        one = native.shapes.shape_codes(codes._ALTERNATIVES, codes._HEXREC_TAIL, 1, (), s)
        assert one[0] == tuple((p, rx) for p, rx in codes._decide(s, code_starts(s))[:1] if rx is not codes._TOKENED_RX)
