"""Numeric signal statistics and excursions; ISO-TP reassembly; J1939 DM1 and transport decoding."""

from __future__ import annotations

import random

from functions.core.domain.contracts import MAX_SIGNALS
from functions.core.domain.isotp import IsoTpReassembler
from functions.core.domain.j1939 import PGN_DM1, PGN_TP_CM, PGN_TP_DT, TransportReassembler, decode_dm1, split_id
from functions.parse.signals import MAX_TRACKED_SIGNALS, SignalAccumulator, split_unit

T0 = 1701428400.0


def _stats(values, name="x", **kw):
    acc = SignalAccumulator()
    for i, v in enumerate(values):
        acc.add(name, v, T0 + i * 0.01, i + 1, **kw)
    stats, overflow = acc.stats(file_id="f")
    assert overflow == 0
    return stats[0]


def test_a_voltage_sag_in_a_long_noisy_signal_is_found_with_its_times():
    # Given 50,000 samples of 12.6 V ± 50 mV with a 300-sample sag to 10.2 V in the middle
    r = random.Random(3)
    values = [12.6 + r.gauss(0, 0.05) for _ in range(50_000)]
    for i in range(30_000, 30_300):
        values[i] = 10.2 + r.gauss(0, 0.05)
    s = _stats(values, "pack_voltage_v")
    # Then the statistics are right and the excursion is the sag, with where and when
    assert s.unit == "V" and s.count == 50_000
    assert abs(s.median - 12.6) < 0.01 and 0.02 < s.mad < 0.05
    e = s.excursion
    assert e is not None and e.samples == 300 and e.value < 10.1 and e.score > 20
    assert e.start.timestamp() == T0 + 300.0 and abs(e.end.timestamp() - (T0 + 302.99)) < 1e-6
    assert e.evidence is not None and 30_001 <= e.evidence.line <= 30_300


def test_a_short_sag_in_a_small_file_is_found_exactly():
    values = [40.0 + 0.1 * (i % 3) for i in range(200)]
    values[100:106] = [95.0] * 6
    e = _stats(values, "coolant [degC]").excursion
    assert e is not None and e.samples == 6 and e.value == 95.0


def test_counters_flat_signals_noise_and_enums_have_no_excursion():
    r = random.Random(5)
    n = 5_000
    assert _stats(list(range(n)), "frame_counter").excursion is None
    assert _stats([T0 + i for i in range(n)], "t_copy").excursion is None  # a clock in a column
    assert _stats([25.0] * n, "flat_degC").excursion is None
    blip = [12.0] * n
    blip[700] = 12.1  # one quantisation step
    assert _stats(blip, "bus_v").excursion is None
    assert _stats([r.gauss(0, 1) for _ in range(n)], "noise").excursion is None
    assert _stats([r.uniform(-1, 1) for _ in range(n)], "uniform").excursion is None
    assert _stats([r.choice([0, 1, 2, 7]) for _ in range(n)], "state").excursion is None


def test_a_single_glitch_is_not_an_excursion():
    values = [12.6 + 0.01 * (i % 5) for i in range(2_000)]
    values[900] = 3.0
    assert _stats(values, "v").excursion is None


def test_signals_are_capped_and_the_most_informative_come_first():
    acc = SignalAccumulator()
    for k in range(MAX_TRACKED_SIGNALS + 50):
        for i in range(20):
            v = 1.0 + 0.01 * (i % 4)
            if k == 400 and 10 <= i < 14:
                v = 9.0
            acc.add(f"s{k}", v, None, i)
    stats, overflow = acc.stats()
    assert len(stats) == MAX_SIGNALS and overflow == MAX_TRACKED_SIGNALS + 50 - MAX_SIGNALS
    assert stats[0].name == "s400" and stats[0].excursion is not None
    assert stats[0].excursion.start is None  # no times given


def test_units_from_column_names():
    assert split_unit("pack_voltage_v") == ("pack_voltage_v", "V")
    assert split_unit("Temp [degC]") == ("Temp", "degC")
    # a statistic after the unit is no unit of its own ("min" is minutes only when nothing else is)
    assert split_unit("cell_v_min") == ("cell_v_min", "V")
    assert split_unit("charge_time_min") == ("charge_time_min", "min")
    assert split_unit("intake (kPa)") == ("intake", "kPa")
    assert split_unit("coolant_degC") == ("coolant_degC", "degC")
    assert split_unit("state") == ("state", "")


def test_isotp_single_first_consecutive_and_flow_control_frames():
    r = IsoTpReassembler()
    assert r.feed(0x7E8, bytes.fromhex("037F223100000000")) == (bytes.fromhex("7F2231"), None)
    payload = bytes(range(0x59, 0x59 + 20))
    assert r.feed(0x7E8, bytes([0x10, 20]) + payload[:6], 1.0) is None
    assert r.feed(0x7E0, bytes.fromhex("3000000000000000")) is None  # flow control: skipped
    assert r.feed(0x7E8, bytes([0x21]) + payload[6:13], 1.1) is None
    assert r.feed(0x7E8, bytes([0x22]) + payload[13:20], 1.2) == (payload, 1.0)


def test_isotp_sessions_are_per_id_and_a_sequence_gap_drops_the_transfer():
    r = IsoTpReassembler()
    a, b = bytes(range(10)), bytes(range(100, 110))
    r.feed(0x7E8, bytes([0x10, 10]) + a[:6])
    r.feed(0x7E9, bytes([0x10, 10]) + b[:6])
    assert r.feed(0x7E9, bytes([0x21]) + b[6:]) == (b, None)
    assert r.feed(0x7E8, bytes([0x22]) + a[6:]) is None and r.dropped == 1  # SN 2 where 1 was due
    assert r.feed(0x7E8, bytes([0x21]) + a[6:]) is None  # nothing open any more


def test_dm1_single_frame_lamps_and_dtc_fields():
    # SPN 520,193 (19 bits) FMI 31 OC 126: all bit fields at their edges
    spn, fmi, oc = 520_193, 31, 126
    data = bytes([0b0100_0100, 0xFF, spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) << 5) | fmi, oc, 0xFF, 0xFF])
    dm1 = decode_dm1(data)
    assert dm1 is not None and dm1.lamps == {"MIL": True, "RSL": False, "AWL": True, "PL": False}
    assert [(d.spn, d.fmi, d.oc, d.code) for d in dm1.dtcs] == [(spn, fmi, oc, "SPN520193-FMI31")]
    assert decode_dm1(bytes([0, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF])).dtcs == ()  # "no active DTC"


def test_dm1_over_bam_with_several_dtcs():
    assert split_id(0x18FECA00) == (6, PGN_DM1, 0xFF, 0x00)
    assert split_id(0x1CECFF03)[1:] == (PGN_TP_CM, 0xFF, 0x03)
    body = bytes([0x10, 0xFF]) + bytes([91, 0, 3, 1]) + bytes([0x7F, 0x02, 9, 2]) + bytes([0xBE, 0x00, 0x20 | 4, 7])
    tp = TransportReassembler()
    assert tp.feed(PGN_TP_CM, 3, 0xFF, bytes([0x20, len(body), 0, 2, 0xFF, 0xCA, 0xFE, 0x00]), 5.0) is None
    assert tp.feed(PGN_TP_DT, 3, 0xFF, bytes([1]) + body[:7]) is None
    pgn, data, ts = tp.feed(PGN_TP_DT, 3, 0xFF, bytes([2]) + body[7:14])
    assert pgn == PGN_DM1 and data == body and ts == 5.0
    dm1 = decode_dm1(data)
    assert [d.code for d in dm1.dtcs] == ["SPN91-FMI3", "SPN639-FMI9", "SPN65726-FMI4"]
    assert dm1.lamps["RSL"] and not dm1.lamps["MIL"]
