"""The text path of summarize_stream: what a vehicle's plain or gzipped log turns into."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest

from functions.core.domain.contracts import CodeKind, Severity
from functions.parse.summarize import summarize_stream

LOG = b"""2026-11-27 10:00:00.125 INFO  [main] bms.Monitor: pack voltage 401.2 V cell 17 ok
2026-11-27 10:00:01.250 INFO  [main] bms.Monitor: pack voltage 400.9 V cell 18 ok
2026-11-27 10:00:02.000 WARN  [can0] gw.Router: frame 0x18FF50E5 late by 12 ms
2026-11-27 10:00:03.000 ERROR [diag] obd.Dtc: DTC P0301 stored, misfire cylinder 1
2026-11-27 10:00:04.000 ERROR [diag] obd.Dtc: DTC P0301 stored, misfire cylinder 1
2026-11-27 10:00:05.000 ERROR [diag] uds.Client: negative response 7F 22 31 for DID F190
2026-11-27 10:00:06.500 FATAL [ota] ota.Installer: ERR_OTA_042 image signature mismatch
2026-11-27 10:00:07.000 INFO  [main] bms.Monitor: pack voltage 399.7 V cell 3 ok
"""


def summarize(data: bytes, **kw):
    return summarize_stream(io.BytesIO(data), batch_id="b-1", file_id="f-1", file_name="ecu.log", **kw)


def test_plain_text_log_gives_counts_codes_templates_and_time_range():
    # Given a small ECU log with levels, a repeated DTC, a UDS negative response and a vendor code
    # When it is summarized
    s = summarize(LOG)
    # Then the statistics describe it
    assert s.error is None
    assert s.format == "text"
    assert s.stats.lines == 8 and s.stats.bytes == len(LOG)
    assert s.severity_counts == {
        Severity.INFO: 3,
        Severity.WARNING: 1,
        Severity.ERROR: 3,
        Severity.CRITICAL: 1,
    }
    assert s.time_range is not None
    assert s.time_range.start == datetime(2026, 11, 27, 10, 0, 0, 125000, tzinfo=UTC)
    assert s.time_range.end == datetime(2026, 11, 27, 10, 0, 7, tzinfo=UTC)
    codes = {c.code: c for c in s.codes}
    assert codes["P0301"].kind is CodeKind.DTC and codes["P0301"].count == 2
    assert codes["P0301"].first_seen == datetime(2026, 11, 27, 10, 0, 3, tzinfo=UTC)
    assert codes["P0301"].last_seen == datetime(2026, 11, 27, 10, 0, 4, tzinfo=UTC)
    assert codes["P0301"].sample is not None and codes["P0301"].sample.line == 4
    assert codes["7F 22 31"].kind is CodeKind.UDS_NRC
    assert codes["ERR_OTA_042"].kind is CodeKind.VENDOR
    # and the repeated voltage lines collapse into one template, counted three times
    voltage = [t for t in s.templates if "pack voltage" in t.template]
    assert len(voltage) == 1 and voltage[0].count == 3
    assert voltage[0].first_seen == datetime(2026, 11, 27, 10, 0, 0, 125000, tzinfo=UTC)
    assert voltage[0].last_seen == datetime(2026, 11, 27, 10, 0, 7, tzinfo=UTC)
    # the worst template comes first, and evidence points at file and 1-based line
    assert s.templates[0].severity is Severity.CRITICAL
    fatal = s.samples[0]
    assert fatal.file_id == "f-1" and fatal.line == 7 and "ERR_OTA_042" in fatal.excerpt
    assert {c.name for c in s.channels} >= {"bms.Monitor", "obd.Dtc"}


def test_gzip_wrapper_is_detected_by_content_not_name():
    # Given the same log gzipped, under a name that says nothing
    s = summarize(gzip.compress(LOG))
    # Then it reads through the wrapper and gives the same statistics
    assert s.error is None
    assert s.format == "gzip+text"
    assert s.stats.lines == 8
    assert {c.code for c in s.codes} == {"P0301", "7F 22 31", "ERR_OTA_042"}


def test_crlf_lines_and_a_missing_final_newline_are_handled():
    # Given a Windows-style log without a trailing newline
    data = LOG.replace(b"\n", b"\r\n").rstrip(b"\r\n")
    # When summarized
    s = summarize(data)
    # Then every line counts and no template carries a stray carriage return
    assert s.stats.lines == 8
    assert all("\r" not in t.template for t in s.templates)


def test_evidence_excerpts_are_capped():
    # Given an error line far longer than an excerpt may be
    line = b"2026-11-27 10:00:00 ERROR x.Y: " + b"A" * 5000 + b"\n"
    # When summarized
    s = summarize(line * 3)
    # Then excerpts respect the contract's limit
    assert s.samples and all(len(e.excerpt) <= 300 for e in s.samples)
    assert all(len(t.template) <= 300 for t in s.templates)


def test_max_bytes_stops_reading_and_marks_the_summary_truncated():
    # Given a long log and a 1 KiB cap
    data = LOG * 200
    # When summarized with the cap
    s = summarize(data, max_bytes=1024)
    # Then it stops near the cap and says so, without failing the file
    assert s.error is None
    assert s.stats.truncated
    assert s.stats.bytes <= 1024


def test_a_logfmt_level_in_the_message_wins_over_alarming_words():
    # Given structured lines whose level field says warn/info although the text sounds alarming
    data = b"".join(
        b'2026-11-27T10:00:%02dZ vcu host[1]: level=warn msg="telematics backend unreachable, retry %d"\n' % (i, i)
        + b'2026-11-27T10:00:%02dZ vcu host[1]: level=info msg="update check timed out, will retry"\n' % i
        + b'2026-11-27T10:00:%02dZ vcu host[1]: level=error msg="BMS derate active %d"\n' % (i, i)
        for i in range(10)
    )
    # When summarized
    s = summarize_stream(io.BytesIO(data), batch_id="b", file_id="f")
    # Then each line keeps the level it declared
    assert s.severity_counts == {Severity.WARNING: 10, Severity.INFO: 10, Severity.ERROR: 10}


def test_the_inline_level_prefilter_never_changes_a_severity():
    # Given key=value texts around every level key, in mixed case, next to other keys and non-ASCII
    import random

    from functions.parse import severity

    def reference(text: str) -> int | None:
        m = severity._INLINE_LEVEL.search(text)
        return severity.level_rank(m.group(1)) if m else None

    rnd = random.Random(7)
    keys = ["level", "lvl", "severity", "loglevel", "log_level", "id", "size", "levels", "key", "pLevel", "ſeverity"]
    values = ["warn", "ERROR", "info", "'fatal'", '"debug"', "7", "x"]
    texts = []
    for _ in range(5000):
        fields = [rnd.choice(keys) + "=" + rnd.choice(values) for _ in range(rnd.randint(1, 3))]
        text = rnd.choice(["", "msg ", "Kernel: ", "x"]).join(["", *fields])
        texts.append("".join(c.upper() if rnd.random() < 0.2 else c for c in text))
    texts += ["LEVEL=warn", "Severity=Error", "id=12 size=3", "a=b", "no fields", "lvl='crit'"]
    # Then the prefiltered rank equals the plain regex's rank on every one
    assert [severity.inline_level_rank(t) for t in texts] == [reference(t) for t in texts]


def test_the_keyword_prefilter_never_changes_a_severity():
    # Given texts built from keyword fragments, joiners and case changes (the cases a prefilter can miss)
    import random

    from functions.parse import severity

    def reference(text: str) -> int:
        best = severity.INFO
        for m in severity._KEYWORDS.finditer(text):
            if m.group("crit"):
                return severity.CRITICAL
            best = severity.ERROR if m.group("err") else max(best, severity.WARNING)
        return best

    rnd = random.Random(5)
    words = [
        "error",
        "fail",
        "bus",
        "off",
        "out",
        "of",
        "memory",
        "timed",
        "fault",
        "warn",
        "x_y",
        "passive",
        "kernel",
        "panic",
        "oom",
        "killer",
        "Timeout",
        "DROP",
    ]
    texts = [
        "".join(rnd.choice(words) + rnd.choice(["", "-", "_", ".", " ", "  "]) for _ in range(rnd.randint(1, 6)))
        for _ in range(5000)
    ]
    texts += ["bus-off", "BUS_OFF", "error_passive", "Segmentation Fault", "oom-killer", "Out Of Memory", "ok"]
    # Then the prefiltered rank equals the plain regex's rank on every one
    assert [severity.keyword_rank(t) for t in texts] == [reference(t) for t in texts]


def _summary_json(data: bytes, *, chunked: bool, chunk: int) -> dict:
    import json

    from functions.parse.builder import SummaryBuilder
    from functions.parse.text import TextSummarizer

    builder = SummaryBuilder(batch_id="b", file_id="f", file_name="x.log")
    text = TextSummarizer(builder, chunked=chunked)
    for start in range(0, len(data), chunk):
        text.feed(data[start : start + chunk])
    g2t, texts = text.finish()
    out = json.loads(builder.build(group_to_template=g2t, template_texts=texts).model_dump_json())
    out["stats"].pop("seconds", None)
    return out


def _edge_case_logs() -> dict[str, bytes]:
    import random

    rnd = random.Random(11)
    logs: dict[str, bytes] = {}
    # a year-less syslog running over New Year, interleaved out of order near midnight
    rows = []
    for i in range(3000):
        day, month = (31, "Dec") if i < 1500 else (1, "Jan")
        clock = f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{i % 60:02d}"
        rows.append(f"{month} {day:2d} {clock} h sshd[{i}]: x {i}")
    logs["syslog-new-year"] = "\n".join(rows).encode()
    # ISO with zone offsets that vary by line, fractions of varying width, codes, blank and CRLF lines
    rows = []
    for i in range(3000):
        tz = rnd.choice(["+0000", "+0130", "-0800", "Z"])
        frac = "".join(rnd.choice("0123456789") for _ in range(rnd.choice([3, 6])))
        msg = rnd.choice([f"DTC P0{rnd.randint(100, 999)} stored", "ok", f"ERR_OTA_{rnd.randint(10, 99)} failed", ""])
        rows.append(f"2026-12-{1 + i % 28:02d}T10:{i % 60:02d}:{rnd.randint(0, 59):02d}.{frac}{tz} ecu app[{i}]: {msg}")
        if i % 97 == 0:
            rows.append("")
    logs["iso-zones-codes"] = "\r\n".join(rows).encode()
    # dates that do not exist, a binary line, an over-long line, and lines without timestamps
    rows = []
    for i in range(2500):
        month = 13 if i % 211 == 0 else 1 + i % 12
        rows.append(f"2026-{month:02d}-05 10:00:{i % 60:02d},{i % 1000:03d} INFO [main] a.B: value {i}")
        if i % 500 == 0:
            rows.append("continuation line without a timestamp " + str(i))
    rows.insert(1200, "\x00\x01\x02binary\x03" * 20)
    rows.insert(1800, "2026-01-05 10:00:00,000 INFO [main] a.B: " + "long " * 20_000)
    logs["bad-dates-binary-long"] = "\n".join(rows).encode()
    # epoch seconds (the layout the chunked clock leaves to the line loop) and a mixed-format file
    logs["epoch"] = "\n".join(f"{1733040000 + i} host kern.info app[{i}]: tick {i}" for i in range(2500)).encode()
    logs["mixed"] = logs["syslog-new-year"][:60_000] + b"\n" + logs["iso-zones-codes"] + b"\n" + logs["epoch"]
    # UDS ReadDTCInformation records among numeric headers whose digit runs look like hex records
    # (the block path skips lines lacking the 59 service byte), with and without 0x, several
    # severities per second, and records on lines of the same shape that do and do not carry one
    rows = []
    for i in range(3000):
        head = f"{rnd.randint(100000, 999999)} {rnd.randint(100000, 999999)} {rnd.randint(10, 99)}"
        level = rnd.choice(["INFO", "WARN", "ERROR"])
        sid = rnd.choice(["59", "59", "62", "7F"])
        # no 0F in a record's shape: a shape whose one candidate is the record is what the gate serves
        rec = " ".join("".join(rnd.choice("0123456789ABCDE") for _ in range(2)) for _ in range(8))
        iso = f"2026-12-01T10:{i % 60:02d}:{rnd.randint(0, 59):02d}Z"
        rows.append(
            rnd.choice(
                [
                    f"{iso} {level} diag: rx {sid} 02 FF {rec}",
                    f"{iso} {level} diag: rx 0x{sid} 0x02 0xFF {rec}",
                    f"{head} {level} diag: rx {sid} 02 FF {rec}",
                    f"{head} {level} dfs.DataNode: block {rnd.randint(10**13, 10**14)} {rnd.randint(10**13, 10**14)}",
                    f"{head} {level} diag: 03 {sid} 02 FF 01 23 45 2F AA AA",
                ]
            )
        )
    logs["uds-numeric-headers"] = "\n".join(rows).encode()
    # status lines whose numbers are signals: units, quantity names, negative values, digits in a name,
    # a shape that is timed in one block and a timeless one beside it
    rows = []
    for i in range(3000):
        iso = f"2026-12-01T10:{i // 60 % 60:02d}:{i % 60:02d}.{rnd.randint(0, 999):03d}Z"
        value = rnd.choice(
            [
                f"VBAT_12V: {rnd.uniform(10.5, 14.5):.1f} V",
                f"tire FL {rnd.uniform(1.2, 2.6):.2f} bar",
                f"pack SOC={rnd.randint(0, 100)}% V={rnd.uniform(300, 400):.1f} I={rnd.uniform(-50, 50):.1f}A",
                f"cell {rnd.randint(1, 12)} temp {rnd.uniform(-20, 70):.1f} degC",
            ]
        )
        rows.append(f"{iso} ecu bms[{i}]: {value}" if i % 37 else f"status {value}")
    logs["status-values"] = "\n".join(rows).encode()
    return logs


@pytest.mark.parametrize(("chunk", "block"), [(4096, 16 << 10), (1 << 20, None), (4096, None)])
def test_the_chunked_path_gives_the_same_summary_as_the_line_by_line_reference(tmp_path, monkeypatch, chunk, block):
    # Given vehicle logs from the scenario generator and logs built to hit every edge of the fast path,
    # processed in small blocks (shapes, spans and seconds carried across blocks) and in the default ones
    from argus.scenarios import FILE_NAMES, generate_scenario
    from functions.parse import text

    if block is not None:
        monkeypatch.setattr(text, "BLOCK_BYTES", block)

    logs = _edge_case_logs()
    for path in generate_scenario("can-pt-busoff", tmp_path, size_bytes=1 << 20):
        if path.name in FILE_NAMES.values():
            logs[path.name] = path.read_bytes()
    for name, data in logs.items():
        # When each is summarized by the chunked path and by the line-by-line reference
        fast = _summary_json(data, chunked=True, chunk=chunk)
        reference = _summary_json(data, chunked=False, chunk=chunk)
        # Then the summaries are identical, field for field
        assert fast == reference, name
        if name == "status-values":
            assert len(fast["signals"]) >= 10, fast["signals"]


def test_keyword_matches_found_from_their_heads_are_those_of_the_full_search():
    # Given texts of every keyword, pieces of them, and the bytes word boundaries turn on
    import random
    import re

    from functions.parse import severity

    alternatives = re.findall(r"[a-z][a-z .?\-()]*", severity._KEYWORDS_SOURCE.split(")\\b", 1)[0])
    words = [w for a in alternatives for w in re.split(r"\(\?:|\.\?|[()?|]", a) if w.strip()]
    words += ["error", "x", "_", "0", "-", " ", ".", "timedout", "busoff", "faulty", "re", "warning"]
    rnd = random.Random(12)
    texts = [
        "".join(rnd.choice(words) + rnd.choice(["", " ", " ", "-", "_", "."]) for _ in range(rnd.randint(1, 12)))
        for _ in range(20_000)
    ]
    # Then the head-driven search finds exactly the matches of the full search, in order
    for t in texts:
        got = [(m.span(), m.lastgroup) for m in severity._keyword_matches(t)]
        assert got == [(m.span(), m.lastgroup) for m in severity._KEYWORDS_LOWER.finditer(t)], t
    # and the check is not vacuous: most texts hold a keyword
    assert sum(1 for t in texts if severity._KEYWORDS_LOWER.search(t)) > 10_000
