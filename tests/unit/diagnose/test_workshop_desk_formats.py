"""Misses on workshop and engineer's-desk logs: a radio cell id read as a trouble code, a level column
after an ISO time, log text in other languages, a channel "latched" off read as a door latch, a value
that is not the one expected, and several peers lost in one line shape."""

from __future__ import annotations

from functions.core.domain.contracts import Category, Severity
from functions.core.domain.glossary import in_english
from functions.diagnose.knowledge import explicit_level, message_of, source_of, written_message
from functions.diagnose.rules import diagnose_rules
from functions.parse.codes import candidates, codes_at
from functions.parse.text import ZERO_DIGITS
from tests.unit.diagnose.builders import NOISE, at, batch_summary, code, file_summary, tpl


def _codes(line: bytes) -> list[str]:
    return [c for c, _ in codes_at(line, candidates(line.translate(ZERO_DIGITS)))]


def test_a_code_like_token_after_an_identifier_key_is_that_identifier():
    # Given a modem's serving cell printed in hex, and part / serial numbers
    assert _codes(b"lte-mgr[1096]: RSRP -114 dBm, RSRQ -11 dB, cell C2627") == []
    assert _codes(b"serving cell_id=B3594 pci: 311") == []
    assert _codes(b"hw: P0301 sw=U0100") == []
    # Then a trouble code named as one still is one
    assert _codes(b"DTC B3594 set, cell 3 voltage low") == ["B3594"]
    assert _codes(b"P0301 misfire cylinder 1") == ["P0301"]


def test_a_level_column_after_an_iso_time_is_a_stated_level_and_the_logger_its_writer():
    line = "2026-09-12 17:13:12,000 INFO     note: Historische Einträge U3003/U0100 gelöscht"
    assert explicit_level(line) is Severity.INFO
    assert source_of(line) == "note"
    assert written_message(line) == "Historische Einträge U3003/U0100 gelöscht"
    assert explicit_level("2026-12-02T15:39:12.000Z WARN  otad[913]: tls retry") is Severity.WARNING
    # (a date alone, no level column, states nothing)
    assert explicit_level("2026-12-02T15:39:12.000Z otad[913]: check done") is None


def test_a_dtc_on_a_line_that_states_info_is_no_fault_unless_called_a_trouble_code():
    # Given a workshop note (Python logging's default layout) that cleared history codes
    f = file_summary("f_1", [*NOISE[:1]], [
        code("U3003", 1, Severity.WARNING,
             excerpt="2026-09-12 17:13:12,000 INFO     note: Historische Einträge U3003/U0100 gelöscht"),
    ])
    # Then the note is no fault (its level is stated: info)
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_log_text_in_other_languages_is_read_in_english():
    assert in_english("GEN_ST: bit fallo excitación = 1, regulación detenida") == (
        "GEN_ST: bit failure excitation = 1, regulation stopped")
    assert in_english("LED-Treiber links: Last offen, Kanal abgeschaltet") == (
        "led driver links: open load, channel deactivated")
    assert "timeout" in in_english("tsuushin taimuauto") and "fault" in in_english("电池故障")
    # (English text is unchanged; an English word is never translated)
    assert in_english("links up, last frame ok") == "links up, last frame ok"
    # and the diagnosis reads it so: a Spanish alternator failure at a stated error level
    line = "2026-10-14 20:28:03,200 ERROR    lin: GEN_ST: bit fallo excitación = 1, regulación detenida"
    assert message_of(line).startswith("GEN_ST: bit failure")
    f = file_summary("f_1", [*NOISE[:1], at(tpl(line, 1, Severity.ERROR, line=30, excerpt=line), 900)])
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "alternator"), d.root_cause


def test_a_channel_latched_off_is_no_door_latch():
    # Given a power distribution unit's DLT line: its channel latched off
    line = "2026/09/13 06:47:37.240000 601.7400 000 ECU1 PDU CH log error verbose 1 ch 7 latched off, retry budget 0"
    f = file_summary("f_1", [*NOISE[:1], at(tpl(line, 1, Severity.ERROR, line=30, excerpt=line), 900)])
    d = diagnose_rules(batch_summary(f))
    # Then the writer (the PDU) names the part, not "latch"
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "lv_distribution"), d.root_cause


def test_a_value_that_is_not_the_expected_one_is_a_mismatch():
    # Given an update agent that rejects an image whose digest differs from the manifest's
    line = "2026-11-02 03:10:00,000 ERROR    ota: slot B digest 9f3c.. != manifest 9f3d.., image rejected"
    f = file_summary("f_1", [*NOISE[:1], at(tpl(line, 1, Severity.ERROR, line=30, excerpt=line), 900)])
    d = diagnose_rules(batch_summary(f))
    # Then it is the update's fault (its own verdict, not a peer's refusal)
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "ota"), d.root_cause


def _lost(template: str, excerpt: str, count: int = 21):
    gw = "2026/11/11 09:57:20.400000 600.9000 000 ECU1 GW RT log warn verbose 1 routing core heartbeat missed"
    f = file_summary("f_1", [
        *NOISE[:1],
        at(tpl(gw, 1, Severity.WARNING, line=20, excerpt=gw), 899.4),
        at(tpl(template, count, Severity.ERROR, line=30, excerpt=excerpt), 900, 912),
    ])
    return diagnose_rules(batch_summary(f))


def test_several_peers_lost_in_one_line_shape_are_the_network_that_carries_them():
    # Given one line shape "lost communication with <*>" that lost the BMS, the inverter, the cluster...
    # right after the gateway's routing core missed its heartbeat
    d = _lost("vcu: lost communication with <*> (timeout <*>)", "vcu: lost communication with BMS (timeout 500 ms)")
    # Then the gateway, not the BMS the sample names
    assert (d.category, d.subsystem) == (Category.CONNECTIVITY_NETWORK, "gateway"), d.root_cause
    # while a shape that names its one peer in every line is that peer's
    d = _lost("vcu: lost communication with BMS (timeout <*>)", "vcu: lost communication with BMS (timeout 500 ms)")
    assert d.category is Category.BATTERY_BMS, d.root_cause
