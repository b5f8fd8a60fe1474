"""The upload journal: an entry holds while the file is unchanged, and survives a restart."""

from __future__ import annotations

import hashlib
import os

from argus.commands.upload import Journal, collect, sha256_of


def test_an_entry_is_kept_across_restarts_and_dropped_when_the_file_changes(tmp_path):
    log = tmp_path / "a.log"
    log.write_bytes(b"line\n" * 10)
    journal = Journal(tmp_path / "state" / "uploads.json", "http://api")
    journal.put(log, sha256="ab" * 32, batch_id="b_1", file_id="f_1")
    # A new process reads what the last one wrote
    again = Journal(tmp_path / "state" / "uploads.json", "http://api")
    assert again.get(log)["file_id"] == "f_1"
    assert again.file_ids("b_1") == {"f_1"}
    # Another API never sees it, and a changed file is a new file
    assert Journal(tmp_path / "state" / "uploads.json", "http://other").get(log) is None
    log.write_bytes(b"line\n" * 11)
    os.utime(log, ns=(1, 1))
    assert again.get(log) is None


def test_the_hash_is_the_files_sha256_and_folders_are_walked(tmp_path):
    (tmp_path / "logs" / "sub").mkdir(parents=True)
    (tmp_path / "logs" / "sub" / "b.log").write_bytes(b"x" * 10_000_000)
    (tmp_path / "logs" / ".hidden").write_bytes(b"skip")
    seen: list[int] = []
    digest = sha256_of(tmp_path / "logs" / "sub" / "b.log", seen.append)
    assert digest == hashlib.sha256(b"x" * 10_000_000).hexdigest()
    assert sum(seen) == 10_000_000
    assert [p.name for p in collect([tmp_path / "logs", tmp_path / "logs" / "sub" / "b.log"])] == ["b.log"]
