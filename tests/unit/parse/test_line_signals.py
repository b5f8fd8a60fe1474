"""Which numbers of a status line are signals, and what their series says (name, unit, figures)."""

from __future__ import annotations

import io

import pytest

from functions.parse import line_signals
from functions.parse.line_signals import shape_slots
from functions.parse.summarize import summarize_stream
from functions.parse.text import ZERO_DIGITS


def _named(message: str) -> list[tuple[str, str]]:
    key = message.encode().translate(ZERO_DIGITS)
    out = []
    for _a, _dot, _z, _mult, name, unit in shape_slots(key, 0):
        out.append((name if isinstance(name, str) else line_signals.name_of(message.encode(), name), unit))
    return out


@pytest.mark.parametrize(
    ("message", "want"),
    [
        ("tire FL 1.62 bar", [("tire FL", "bar")]),
        ("pack Tmax=58.4C", [("pack Tmax", "C")]),
        ("VBAT_12V: 10.9 V", [("VBAT_12V", "V")]),
        ("coolant 114 degC", [("coolant", "degC")]),
        ("soc 3 %", [("soc", "%")]),
        ("isolation 85 kOhm", [("isolation", "kOhm")]),
        ("oil 212 °F", [("oil", "degF")]),
        ("tyre RR 33 psi, 241 kPa", [("tyre RR", "psi")]),  # a value needs a name of its own
        ("cell 3 voltage 3.712V", [("cell 3 voltage", "V")]),
        ("pack SOC=62.4% V=395.2 I=-4.1A", [("pack SOC", "%"), ("pack V", ""), ("pack I", "A")]),
        ("soc=42", [("soc", "")]),  # an integer after a quantity name
        ("vbat: 12", [("vbat", "")]),
        ("T_cool: 93", [("T_cool", "")]),
        ("T_cool 93", []),  # a bare integer with no unit and no key separator is a count
        ("supply 4800 mV", [("supply", "mV")]),
        ("wake-up reason=TIMER lv=12.21V", [("lv", "V")]),
        ("pump1 3928 rpm (cmd 60%) pump2 3074 rpm", [("pump1", "rpm"), ("cmd", "%"), ("pump2", "rpm")]),
        ('level=info msg="loop=motor pump2 2470rpm t_in=39C"', [("motor pump2", "rpm"), ("t_in", "C")]),
        # not signals: durations, sizes, counts, ids, hex bytes, versions, times, addresses
        ("precharge 238ms done", []),
        ("freed 53530(7.2MB)", []),
        ("retry 3 of 5", []),
        ("frame 9706378 points=115720", []),
        ("rx 59 02 FF 1E 2A 3C 2F", []),
        ("firmware 1.2.3 installed", []),
        ("next run at 10:00:01", []),
        ("peer 10.0.0.12 up", []),
        ("step 2 A started", []),
        ('state {"soc": 62.4, "t_cell": 31.5}', [("soc", ""), ("t_cell", "")]),  # JSON inside a line
        ("ip=45.5.3.822 v=86 t=0 status=M", []),  # single-letter keys with integers are fields
    ],
)
def test_the_numbers_that_are_signals(message, want):
    assert _named(message) == want


def test_a_series_keeps_exact_figures_and_its_writer():
    rows = [f"2026-12-01T10:00:{i % 60:02d}.000Z ecu pwr[1]: VBAT_12V: {v} V" for i, v in
            enumerate(["12.6", "12.4", "-0.5", "13.05", "12.6"])]  # fmt: skip
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b", file_id="f", file_name="x.log")
    (s,) = f.signals
    assert (s.name, s.unit, s.source, s.count) == ("VBAT_12V", "V", "pwr", 5)
    assert (s.min, s.max, s.first, s.last, s.median) == (-0.5, 13.05, 12.6, 12.6, 12.6)
    assert s.mean == pytest.approx((12.6 + 12.4 - 0.5 + 13.05 + 12.6) / 5)


def test_series_past_the_cap_are_counted_as_overflow(monkeypatch):
    monkeypatch.setattr(line_signals, "MAX_LINE_SIGNALS", 3)
    rows = [f"node{chr(97 + i)} vbat {12 + i / 10:.1f} V" for i in range(6) for _ in range(3)]
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b", file_id="f", file_name="x.log")
    assert len(f.signals) == 3 and f.signals_overflow == 3


def test_the_value_and_time_sketches_stay_within_their_caps_and_keep_the_extremes(monkeypatch):
    monkeypatch.setattr(line_signals, "MAX_VALUES", 16)
    monkeypatch.setattr(line_signals, "MAX_BUCKETS", 8)
    rows = [f"2026-12-01T10:{i // 60:02d}:{i % 60:02d}Z ecu x[1]: temp {20 + i * 0.1:.1f} degC" for i in range(900)]
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b", file_id="f", file_name="x.log")
    (s,) = f.signals
    assert (s.min, s.max, s.count) == (20.0, 109.9, 900)
    # a grid of 2**23 micro-units (8.4 °C) keeps 16 bins: the median is within one bin of the true one
    assert s.median == pytest.approx(64.95, abs=8.4)


def test_a_value_read_once_or_twice_is_not_a_series():
    rows = ["thermal trip point 0 temp 49499", "thermal trip point 1 temp 49583", "vbat 12.1 V", "vbat 12.2 V"]
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b", file_id="f", file_name="x.log")
    assert f.signals == []
