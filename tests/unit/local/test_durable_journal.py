"""The local cloud's journal folds to the latest state, survives a torn last line, compacts to the
same state, and is what ``argus local status`` / ``reset`` read and empty (no moto, no sockets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argus.cli import main
from argus.local.durable import compact, fold, summarize


def _batch(batch_id: str, status: str) -> dict:
    key = {"pk": {"S": f"BATCH#{batch_id}"}, "sk": {"S": "#META"}}
    return {"k": "ddb", "t": "argus-local", "key": key, "item": {**key, "status": {"S": status}}}


def _write(path: Path, records: list[dict], torn: str = "") -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + torn)


RECORDS = [
    _batch("b1", "pending"),
    _batch("b1", "completed"),  # a later image of the same key wins
    _batch("b2", "sealed"),
    {"k": "sqs+", "q": "argus-parse", "m": {"id": "m1", "body": "x", "rc": 0}},
    {"k": "sqs+", "q": "argus-parse", "m": {"id": "m2", "body": "y", "rc": 0}},
    {"k": "sqsr", "q": "argus-parse", "id": "m2", "rc": 3},
    {"k": "sqs+", "q": "argus-parse-dlq", "m": {"id": "m2", "body": "y", "rc": 3}},  # redriven: moves
    {"k": "sqs-", "q": "argus-parse", "id": "m1"},
    {
        "k": "obj",
        "b": "logs",
        "key": "raw/b1/f1",
        "o": {"seg": [["blob1", 10], ["blob2", 5]], "etag": "e", "meta": {}, "modified": "2026-12-01T00:00:00+00:00"},
    },
    {"k": "mpu", "b": "logs", "id": "u1", "u": {"key": "raw/b2/f1", "meta": {}}},
    {"k": "part", "b": "logs", "id": "u1", "n": 1, "seg": [["blob3", 7]], "etag": "p1"},
    {"k": "mpu", "b": "logs", "id": "u2", "u": {"key": "raw/b2/f2", "meta": {}}},
    {"k": "mpu", "b": "logs", "id": "u2", "u": None},  # aborted
    {"k": "sfn+", "arn": "arn:1", "sm": "arn:sm", "name": "b1", "input": "{}"},
    {"k": "sfn-", "arn": "arn:1", "status": "SUCCEEDED"},
    {"k": "sfn+", "arn": "arn:2", "sm": "arn:sm", "name": "b2", "input": "{}"},
]


def test_a_journal_folds_to_the_latest_state_and_ignores_a_torn_last_line(tmp_path: Path) -> None:
    journal = tmp_path / "journal.jsonl"
    _write(journal, RECORDS, torn='{"k": "ddb", "t": "argus-lo')

    folded = fold(journal)

    assert folded.torn_tail
    assert {m["m"]["id"]: m["q"] for m in folded.messages.values()} == {"m2": "argus-parse-dlq"}
    assert [e["name"] for e in folded.unfinished_executions()] == ["b2"]
    assert list(folded.uploads) == [("logs", "u1")]
    assert summarize(folded) == {
        "batches": {"completed": 1, "sealed": 1},
        "objects": 1,
        "object_bytes": 15,
        "uploads": 1,
        "messages": 1,
        "executions_running": 1,
        "executions_ended": 1,
    }


def test_compaction_keeps_the_state_and_deletes_unreferenced_blobs(tmp_path: Path) -> None:
    journal, blobs = tmp_path / "journal.jsonl", tmp_path / "s3"
    blobs.mkdir()
    for name in ("blob1", "blob2", "blob3", "orphan"):
        (blobs / name).write_bytes(b"x")
    _write(journal, RECORDS)
    before = fold(journal)

    compact(before, journal, blobs)
    after = fold(journal)

    assert summarize(after) == summarize(before)
    assert after.items == before.items and after.messages == before.messages
    assert [e["name"] for e in after.unfinished_executions()] == ["b2"]
    assert sorted(p.name for p in blobs.iterdir()) == ["blob1", "blob2", "blob3"]
    assert len(journal.read_text().splitlines()) < len(RECORDS)


def test_status_shows_batches_by_status_and_reset_empties_after_yes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _write(data / "journal.jsonl", RECORDS)

    assert main(["local", "status", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "batches:    2 (completed 1, sealed 1)" in out
    assert "executions: 1 running, 1 ended" in out

    assert main(["local", "reset", "--data-dir", str(data), "--yes"]) == 0
    assert not data.exists()
