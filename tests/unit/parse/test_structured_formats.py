"""Structured exports, CAN dumps and diagnostic hex traces: detected by content, read into messages,
codes and signals by the same machinery as text logs."""

from __future__ import annotations

import json

import pytest

from functions.core.domain.contracts import CodeKind, Severity
from functions.parse.detect import sniff

S = "structured/"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("bms_events.jsonl", "jsonl"),
        ("pack_signals.csv", "csv"),
        ("events_tsv.txt", "tsv"),
        ("rosout_echo.yaml", "yaml"),
        ("apollo_chassis.pb.txt", "pbtext"),
        ("candump.log", "candump-log"),
        ("candump_console.txt", "candump"),
        ("uds_trace.txt", "hex-trace"),
    ],
)
def test_each_format_is_detected_by_content_not_name(fixture_bytes, name, fmt):
    assert sniff(fixture_bytes(S + name)) == fmt


@pytest.mark.parametrize(
    "text",
    [
        # plain logs that merely contain braces, commas, colons or hex
        "2023-12-01 11:00:00 INFO planner: config {speed: 3, mode: auto}\n" * 5,
        '2023-12-01 11:00:00,123 INFO [main] payload={"a": 1}\n2023-12-01 11:00:01,456 WARN slow, retrying\n' * 3,
        "Dec  1 11:00:00 host kernel: usb 1-1: new device, id 1234\nDec  1 11:00:01 host kernel: done, ok\n" * 3,
        "starting logger, version 2\n2023-12-01 11:00:00,123 started\n2023-12-01 11:00:01,456 ready\n",
        '{"config": "one json object is not a log"} followed by text\nplain line two\nplain line three\n',
        "name: value\nother: thing\nmore: text here\n",  # a key: value print without YAML separators
        "0000: 7E 8A 00 11\n0010: 22 33 44 55\nhexdump of a buffer\nnot a trace\n",
        "00000000  7f 45 4c 46 02 01 01 00\n00000010  02 00 3e 00 01 00 00 00\n",  # hexdump -C
        "INFO: starting\nDEBUG: config {a: 1, b: 2}\nINFO: running\nWARN: slow\n",  # "Word: text" lines
    ],
)
def test_near_misses_stay_on_the_text_path(text):
    assert sniff(text.encode()) == "text"


def test_a_csv_named_txt_with_a_header_is_still_csv():
    data = b"time_s;pack_v;state\n0.0;12.6;ok\n0.1;12.5;ok\n0.2;12.6;ok\n"
    assert sniff(data) == "csv-semicolon"


def test_json_lines_records_become_messages_with_level_channel_and_codes(summarize, fixture_bytes):
    # Given JSON lines with a nested pack object, ms epoch times, an error record carrying a DTC field,
    # a malformed record, a raw traceback line and a record with a syslog priority
    s = summarize(fixture_bytes(S + "bms_events.jsonl"))
    assert s.error is None and s.format == "jsonl"
    # Then every record is a message, the bad one is skipped and counted
    assert s.stats.messages == 202 and s.stats.skipped == 1
    assert s.severity_counts == {Severity.INFO: 200, Severity.ERROR: 2}
    by_text = {t.template: t for t in s.templates}
    assert by_text["cell balancing cycle <*> done"].count == 199
    err = by_text["pack undervoltage detected dtc=<*>"]
    assert err.severity is Severity.ERROR and err.sample is not None and err.sample.line == 126
    # numbers never go into the text; the DTC field does, so the code is found
    assert [c.code for c in s.codes] == ["P0A7F"]
    assert "lost communication with ABS" in by_text  # priority 3 = error, "event" is the message
    assert by_text["lost communication with ABS"].severity is Severity.ERROR
    assert {c.name for c in s.channels} == {"BMS", "gateway"}
    assert s.time_range is not None and s.time_range.start.isoformat() == "2023-12-01T11:00:00+00:00"


def test_json_lines_numeric_fields_become_signals_with_units_and_a_found_sag(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "bms_events.jsonl"))
    sig = {x.name: x for x in s.signals}
    volt = sig["pack.voltage_v"]
    assert volt.unit == "V" and volt.source == "BMS" and volt.count == 200
    assert volt.excursion is not None and volt.excursion.samples == 10
    assert 360 < volt.excursion.value < 362 and volt.excursion.evidence.line in range(121, 131)
    assert volt.excursion.start.isoformat() == "2023-12-01T11:01:00+00:00"
    assert sig["pack.temp_degC"].unit == "degC" and sig["pack.temp_degC"].excursion is None
    assert sig["seq"].excursion is None  # a counter
    assert s.signals[0].name == "pack.voltage_v"  # the informative one first


def test_csv_signal_log_with_units_row_gives_signals_and_counts_a_bad_row(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "pack_signals.csv"))
    assert s.error is None and s.format == "csv"
    assert s.stats.messages == 600 and s.stats.skipped == 1
    assert s.templates == []  # pure samples: nothing to mine
    sig = {x.name: x for x in s.signals}
    assert set(sig) == {"pack_voltage", "coolant_temp", "frame_counter", "isolation", "noise_mA", "gear"}
    v = sig["pack_voltage"]
    assert v.unit == "V" and v.excursion is not None and v.excursion.samples == 20
    assert v.excursion.evidence is not None and v.excursion.evidence.line in range(405, 427)
    assert sig["isolation"].unit == "kOhm" and sig["coolant_temp"].unit == "degC"
    # a counter, flat signals, noise and an enumeration: no excursion
    for name in ("frame_counter", "coolant_temp", "isolation", "noise_mA", "gear"):
        assert sig[name].excursion is None, name
    assert s.time_range is not None and s.time_range.start.year == 2023


def test_tsv_event_log_maps_level_component_and_message(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "events_tsv.txt"))
    assert s.format == "tsv" and s.severity_counts == {Severity.INFO: 29, Severity.ERROR: 1}
    assert s.templates[0].template == "lidar frame drop rate high" and s.templates[0].sample.line == 22
    assert [c.name for c in s.channels] == ["perception"]


def test_yaml_rosout_dump_reads_stamp_ros2_levels_and_node(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "rosout_echo.yaml"))
    assert s.error is None and s.format == "yaml"
    assert s.stats.messages == 20 and s.stats.skipped == 1
    assert s.severity_counts == {Severity.INFO: 19, Severity.ERROR: 1}
    assert s.templates[0].severity is Severity.ERROR and "Lidar driver timeout" in s.templates[0].template
    assert [c.name for c in s.channels] == ["lidar_driver"]
    assert s.time_range.start.isoformat() == "2023-12-01T11:00:00+00:00"


def test_protobuf_text_dump_reads_apollo_headers_fields_and_a_battery_sag(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "apollo_chassis.pb.txt"))
    assert s.error is None and s.format == "pbtext" and s.stats.messages == 20
    assert s.severity_counts == {Severity.INFO: 19, Severity.ERROR: 1}
    assert s.templates[0].template == "chassis feedback lost error_code=<*>"
    assert s.templates[1].template == "engine_started=<*> driving_mode=<*>"  # enums are text, numbers are not
    assert [c.name for c in s.channels] == ["canbus"]
    sig = {x.name: x for x in s.signals}
    assert sig["battery_voltage"].excursion is not None and sig["battery_voltage"].excursion.samples == 4
    assert sig["header.sequence_num"].excursion is None and sig["speed_mps"].unit == "mps"


def test_candump_log_reassembles_uds_and_decodes_j1939_dm1_single_and_bam(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "candump.log"))
    assert s.error is None and s.format == "candump-log"
    assert s.stats.messages == 16 and s.stats.skipped == 1
    texts = [e.excerpt for e in s.samples]
    # the two-frame ReadDTCInformation response is one payload, after its ECU id
    assert "7E8 UDS 59 02 FF C1 21 87 09 03 01 00 2F" in texts
    codes = {c.code: c for c in s.codes}
    assert codes["7F 22 31"].kind is CodeKind.UDS_NRC
    assert codes["SPN110-FMI0"].kind is CodeKind.J1939 and codes["SPN110-FMI0"].severity is Severity.ERROR
    assert codes["SPN91-FMI3"].kind is CodeKind.J1939 and codes["SPN639-FMI9"].severity is Severity.WARNING
    assert any(t.startswith("J1939 DM1 SA 03 lamps AWL SPN91-FMI3 OC1 SPN639-FMI9 OC2") for t in texts)
    assert {c.name for c in s.channels} >= {"can0 0x123", "can0 0x7E8", "can0 0x18FECA00"}


def test_candump_console_form(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "candump_console.txt"))
    assert s.error is None and s.format == "candump" and s.stats.messages == 6
    assert {c.code for c in s.codes} == {"7F 22 22", "SPN110-FMI0"}


def test_hex_trace_reassembles_multi_frame_responses_and_skips_bad_lines(summarize, fixture_bytes):
    s = summarize(fixture_bytes(S + "uds_trace.txt"))
    assert s.error is None and s.format == "hex-trace"
    assert s.stats.messages == 6 and s.stats.skipped == 1
    texts = {e.excerpt for e in s.samples}
    assert "7E8 UDS 59 02 FF C1 21 87 09 03 01 00 2F" in texts  # confirmed DTC status → a warning
    # the negative response, and the two DTC records of the reassembled 0x59 answer with their status
    assert {c.code for c in s.codes} == {"7F 11 22", "U0121-87/confirmed", "P0301-00/confirmed"}


def test_a_structured_file_that_yields_nothing_fails_with_a_reason(summarize):
    # Given a YAML dump whose documents are lists, not messages
    s = summarize(b"- 1\n- 2\n---\n- 3\n- 4\n---\n- 5\n")
    # Then it is read as YAML, yields no record, and says so
    assert s.format == "yaml" and s.error is not None and "no YAML message" in s.error
    assert s.stats.skipped == 3
    # A head that only looks like JSON but does not parse is never claimed
    assert summarize(b'{"ts": 1, "msg": "a"\n' * 3).format == "text"


def test_long_form_signal_records_and_mixed_csv(summarize):
    # Given JSON lines of long-form samples: a signal name, a value and a unit per record
    recs = [
        {"ts": 1701428400 + i, "signal": "coolant", "value": 95.0 if 30 <= i < 34 else 40.0 + i % 2, "unit": "degC"}
        for i in range(60)
    ]
    s = summarize(b"".join(json.dumps(r).encode() + b"\n" for r in recs))
    (sig,) = s.signals
    assert (sig.name, sig.unit, sig.count) == ("coolant", "degC", 60)
    assert sig.excursion is not None and sig.excursion.samples == 4
    assert sig.excursion.start.timestamp() == 1701428430
    # Given a CSV mixing signal columns with level and message columns
    rows = ["time,level,ecu,msg,bus_v"] + [
        f"2023-12-01T11:00:{i:02d}Z,{'ERROR' if i == 40 else 'INFO'},DCDC,{'undervoltage' if i == 40 else 'ok'},"
        f"{9.0 if 40 <= i < 43 else 13.9 + 0.01 * (i % 3)}"
        for i in range(60)
    ]
    s = summarize("\n".join(rows).encode())
    assert s.format == "csv" and s.severity_counts == {Severity.INFO: 59, Severity.ERROR: 1}
    assert s.signals[0].name == "bus_v" and s.signals[0].source == "DCDC" and s.signals[0].excursion.samples == 3
    assert [c.name for c in s.channels] == ["DCDC"]


def test_compressed_json_lines_are_detected_after_decompression(summarize, fixture_bytes):
    import gzip

    s = summarize(gzip.compress(fixture_bytes(S + "bms_events.jsonl")))
    assert s.format == "gzip+jsonl" and s.stats.messages == 202


def test_bad_rows_never_crash(summarize):
    good = [b"time,volt_v,msg"] + [b"1701428400,12.6,ok"] * 12
    bad = [b"1701428402,x,y,z", b"\xff\xfe,1,2", b"", b"1,2", b'1701428401,"12.5,ok']
    s = summarize(b"\n".join(good + bad + good[1:]) + b"\n")
    assert s.format == "csv" and s.stats.messages >= 5 and s.stats.skipped >= 2
    docs = b"stamp:\n  sec: 1701428400\n  nanosec: 0\nvoltage: 12.5\n---\n" * 6
    data = docs + b"voltage: [1, 2\n---\nkey: *undefined_alias\n---\n- a list\n---\n" + docs
    s = summarize(data)
    assert s.format == "yaml" and s.stats.messages == 12 and s.stats.skipped == 3
    pb = b'header {\n  timestamp_sec: 1701428400\n}\nvalue: }\n\n}}}}\n\nheader { module_name: "a" }\n'
    s = summarize(pb)
    assert s.format == "pbtext" and s.stats.messages >= 1


def test_json_lines_level_spellings_and_epoch_units(summarize):
    recs = [
        {"time": 1701428400, "lvl": "WARN", "text": "a"},
        {"timestamp": 1701428400123, "sev": "E", "message": "b"},
        {"@timestamp": "2023-12-01T11:00:00.5+00:00", "level": 50, "msg": "c"},
        {"ts": 1701428400123456, "priority": "2", "msg": "d"},
        {"ts": 1701428400123456789, "severity": "notice", "msg": "e"},
        {"time_ms": 1701428400000, "level": "info", "ctx": {"state": "DRIVE", "ecu": {"name": "VCU"}}},
    ]
    s = summarize(b"".join(json.dumps(r).encode() + b"\n" for r in recs))
    assert s.format == "jsonl"
    sev = {t.template: t.severity for t in s.templates}
    assert sev["ctx.state=<*>"] is Severity.INFO  # "ecu.name" is the source, not text
    assert [c.name for c in s.channels] == ["VCU"]
    assert sev["a"] is Severity.WARNING and sev["b"] is Severity.ERROR and sev["d"] is Severity.CRITICAL
    assert sev["c"] is Severity.CRITICAL and sev["e"] is Severity.INFO
    assert s.time_range.start.isoformat() == "2023-12-01T11:00:00+00:00"
    assert s.time_range.end.isoformat() == "2023-12-01T11:00:00.500000+00:00"


@pytest.mark.parametrize(
    ("name", "fmt", "expect"),
    [
        ("bms_events.jsonl", "jsonl", {"codes": {"P0A7F"}, "signal": "pack.voltage_v"}),
        ("pack_signals.csv", "csv", {"codes": set(), "signal": "pack_voltage"}),
        ("events_tsv.txt", "tsv", {"codes": set(), "signal": None}),
        ("rosout_echo.yaml", "yaml", {"codes": set(), "signal": None}),
        ("apollo_chassis.pb.txt", "pbtext", {"codes": set(), "signal": "battery_voltage"}),
        # the reassembled 0x59 ReadDTCInformation answer decodes to its DTC records with their status
        ("candump.log", "candump-log", {"codes": {"SPN110-FMI0", "SPN91-FMI3", "SPN639-FMI9", "7F 22 31",
                                                  "U0121-87/confirmed", "P0301-00/confirmed"}}),
        ("candump_console.txt", "candump", {"codes": {"SPN110-FMI0", "7F 22 22"}}),
        ("uds_trace.txt", "hex-trace", {"codes": {"7F 11 22", "U0121-87/confirmed", "P0301-00/confirmed"}}),
    ],
)
def test_argus_parse_json_for_each_format(capsys, name, fmt, expect):
    from argus.cli import main

    from .conftest import FIXTURES

    assert main(["parse", str(FIXTURES / S / name), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == fmt and doc["error"] is None and doc["stats"]["messages"] > 0
    assert {c["code"] for c in doc["codes"]} == expect["codes"]
    if expect.get("signal"):
        top = doc["signals"][0]
        assert top["name"] == expect["signal"] and top["excursion"]["samples"] >= 4


def test_addressed_hex_trace_lines_are_whole_payloads(summarize):
    # Given a DoIP-style tester log: source -> target addresses, raw UDS payloads of a few bytes
    data = (
        b"12.000 Tx 0x0E80 -> 0x1001: 22 F1 90\n"
        b"12.010 Rx 0x1001 -> 0x0E80: 7F 22 31\n"
        b"12.020 Rx 0x1001 -> 0x0E80: 62 F1 90 57 41 55\n"
    )
    s = summarize(data)
    assert s.format == "hex-trace" and s.stats.messages == 3
    assert {c.code for c in s.codes} == {"7F 22 31"}
    assert "1001 UDS 62 F1 90 57 41 55" in {e.excerpt for e in s.samples} | {t.sample.excerpt for t in s.templates}


def test_obd_dtc_responses_in_a_hex_trace_give_codes_with_their_status(summarize):
    # Given OBD-II requests and answers (SAE J1979): mode 03 confirmed, 07 pending, 0A permanent, one
    # of them a multi-frame ISO-TP reply, all with the count byte CAN puts after the service id
    data = (
        b"12.000 Tx 7DF 01 03 00 00 00 00 00 00\n"
        b"12.010 Rx 7E8 04 43 01 03 01 00 00 00\n"
        b"12.100 Tx 7DF 01 07 00 00 00 00 00 00\n"
        b"12.110 Rx 7E8 04 47 01 04 20 00 00 00\n"
        b"13.000 Rx 7E9 10 0A 43 04 03 01 04 20\n"
        b"13.005 Tx 7E1 30 00 00 00 00 00 00 00\n"
        b"13.010 Rx 7E9 21 C1 21 0A 7F 00 00 00\n"
        b"14.000 Rx 7E8 06 4A 02 03 01 00 00 00\n"
        b"15.000 Rx 7E8 02 43 00 00 00 00 00 00\n"
    )
    s = summarize(data)
    assert s.format == "hex-trace" and s.error is None
    # Then each DTC comes out with its status (a 00 00 pair is padding, "43 00" lists none)
    assert {c.code for c in s.codes} == {
        "P0301/confirmed", "P0420/pending", "P0420/confirmed", "U0121/confirmed", "P0A7F/confirmed",
    }
    pending = next(c for c in s.codes if c.code == "P0420/pending")
    assert pending.status == "pending" and pending.severity is Severity.WARNING
    texts = {t.sample.excerpt for t in s.templates}
    assert "7E8 UDS 43 01 03 01 OBD DTC P0301 confirmed" in texts


def test_an_acknowledged_dtc_clear_is_a_line_of_its_own(summarize):
    # Given a tester clearing the DTC memory (UDS 0x14, OBD mode 04) and the ECUs' positive answers
    data = b"1.0 Tx 7B0 04 14 FF FF FF\n1.1 Rx 7B8 01 54\n2.0 Tx 7DF 01 04\n2.1 Rx 7E8 01 44\n3.0 Rx 7E8 02 10 01\n"
    s = summarize(data)
    texts = {t.sample.excerpt for t in s.templates}
    assert "7B8 UDS 54 DTC memory cleared" in texts and not s.codes


def test_obd_dtc_bytes_decode_by_their_two_bit_letter_and_count_byte():
    from functions.core.domain.dtc import decode_obd_dtcs

    assert decode_obd_dtcs(bytes.fromhex("43010301")) == ["P0301"]  # CAN: a count byte
    assert decode_obd_dtcs(bytes.fromhex("43030104200000")) == ["P0301", "P0420"]  # K-line: none, padded
    assert decode_obd_dtcs(bytes.fromhex("4702C1215123")) == ["U0121", "C1123"]
    assert decode_obd_dtcs(bytes.fromhex("4A00")) == []
    assert decode_obd_dtcs(bytes.fromhex("62F190")) == []  # not a DTC response
    assert decode_obd_dtcs(bytes.fromhex("4305")) == []  # a count with no bytes behind it


def test_journald_json_output_reads_priority_identifier_and_microsecond_time(summarize):
    # Given `journalctl -o json` lines: every value a string
    recs = [
        {
            "__REALTIME_TIMESTAMP": "1701428400123456",
            "PRIORITY": p,
            "SYSLOG_IDENTIFIER": "can-gw",
            "MESSAGE": m,
            "_PID": "812",
        }
        for p, m in (("6", "link up"), ("3", "bus-off on can1"), ("6", "link up"))
    ]
    s = summarize(b"".join(json.dumps(r).encode() + b"\n" for r in recs))
    assert s.format == "jsonl" and s.severity_counts == {Severity.INFO: 2, Severity.ERROR: 1}
    assert [c.name for c in s.channels] == ["can-gw"] and s.signals == []  # "_PID" is a string: not a signal
    assert s.time_range.start.timestamp() == 1701428400.123456


_HUGE_NAMES = """
import json, tracemalloc
from functions.parse.summarize import summarize_stream

class Records:  # forward-only: 3,000 JSON records of ~200 KB, each with a new 100 KB source and key
    def __init__(self):
        self.i, self.buf = 0, b""
    def read(self, n=-1):
        while len(self.buf) < 65536 and self.i < 3000:
            self.i += 1
            rec = {"ts": 1701428400 + self.i, "ecu": str(self.i) * 20000, "k" + str(self.i) * 5000: 1.5, "msg": "x"}
            self.buf += (json.dumps(rec) + "\\n").encode()
        out, self.buf = self.buf[:65536], self.buf[65536:]
        return out

tracemalloc.start()
s = summarize_stream(Records(), batch_id="b", file_id="f")
print(json.dumps({"peak": tracemalloc.get_traced_memory()[1], "format": s.format, "messages": s.stats.messages,
                  "signals": len(s.signals), "overflow": s.signals_overflow}))
"""


def test_ever_new_huge_sources_and_keys_keep_memory_bounded():
    # Given 600 MB of records, each with a new 100 KB source and a new 100 KB key (a record bigger than
    # the sniff window), summarized in a process of its own so tracemalloc sees only this work
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run(
        [sys.executable, "-c", _HUGE_NAMES],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=300,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # Then it is read as JSON lines, signals are capped and memory does not grow with the names
    assert result["format"] == "jsonl" and result["messages"] == 3000
    assert result["signals"] == 100 and result["overflow"] > 2500  # names cut to 128 chars may coincide
    assert result["peak"] < 64 * 1024 * 1024


def test_code_fields_reach_the_text_unless_they_say_no_code(summarize):
    # Given records whose error_code is 0 when healthy, and a numeric field whose name merely contains "code"
    recs = [
        {"ts": 1701428400 + i, "msg": "cycle", "error_code": 0, "decoder_latency_ms": 3.0 + i % 2} for i in range(5)
    ]
    recs.append({"ts": 1701428406, "msg": "cycle", "error_code": "E2041", "decoder_latency_ms": 3.0})
    s = summarize(b"".join(json.dumps(r).encode() + b"\n" for r in recs))
    # Then only the real code is found, and the latency is a signal, not text
    assert [c.code for c in s.codes] == ["E2041"]
    assert [x.name for x in s.signals] == ["decoder_latency_ms"]
    assert {t.template for t in s.templates} == {"cycle", "cycle error_code=<*>"}
