"""The two command-line entry points anyone can run and score."""

from __future__ import annotations

import csv
import json

from argus.cli import main


def test_templates_writes_one_loghub_row_per_input_line(tmp_path, capsys):
    # Given a CRLF log with a blank line and no final newline
    log = tmp_path / "x.log"
    lines = [f"2026-11-27 10:00:{i:02d} INFO svc.Worker: job {i} done in {i * 3} ms" for i in range(6)]
    lines.insert(3, "")
    log.write_bytes("\r\n".join(lines).encode())
    out = tmp_path / "structured.csv"
    # When templates are written
    assert main(["templates", str(log), "--out", str(out)]) == 0
    # Then the CSV has Loghub's header and one row per input line, LineId from 1
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["LineId", "EventId", "EventTemplate"]
    assert [r["LineId"] for r in rows] == [str(i) for i in range(1, 8)]
    job_rows = [r for i, r in enumerate(rows) if i != 3]
    assert len({r["EventId"] for r in job_rows}) == 1
    assert job_rows[0]["EventTemplate"] == "job <*> done in <*>"  # a unit after a number is part of it
    assert "\r" not in out.read_text()


def test_parse_prints_the_file_summary_as_json(tmp_path, capsys):
    log = tmp_path / "ecu.log"
    log.write_text("2026-11-27 10:00:00 ERROR obd.Dtc: DTC P0301 stored\n")
    assert main(["parse", str(log), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == "text"
    assert doc["codes"][0]["code"] == "P0301"
    assert doc["file_name"] == "ecu.log"


def test_parse_exits_non_zero_for_a_file_it_cannot_read(tmp_path, capsys):
    bad = tmp_path / "junk.bin"
    bad.write_bytes(bytes(range(256)) * 64)
    assert main(["parse", str(bad)]) == 1
    assert "failed:" in capsys.readouterr().out
