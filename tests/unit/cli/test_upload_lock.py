"""One `argus upload` at a time per journal: a second process stops at once, before it reads the
journal or reaches the API, with exit code 6 and the holder's pid; the lock goes with the run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from argus.commands._connect import EXIT_BUSY
from argus.commands.upload import journal_lock

HOLD = """
import sys
from pathlib import Path
from argus.commands.upload import journal_lock
with journal_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()  # until the test says so
"""


def _upload(journal: Path, folder: Path) -> subprocess.CompletedProcess:
    # An API nothing listens on: a run that got past the lock would try it and exit 4 (unreachable).
    env = {**os.environ, "ARGUS_API_URL": "http://127.0.0.1:9", "ARGUS_TOKEN": "t"}
    args = ["upload", str(folder), "--vehicle-id", "veh-1", "--vin", "WVWZZZ1JZXW000001", "--journal", str(journal)]
    return subprocess.run(
        [sys.executable, "-m", "argus.cli", *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_a_second_upload_of_the_same_journal_stops_with_exit_code_6(tmp_path):
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "a.log").write_text("line\n")
    journal = tmp_path / "state" / "uploads.json"
    # Given another process holding the journal for its run
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(journal)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        # When a second upload with the same journal starts
        second = _upload(journal, tmp_path / "logs")
        # Then it stops with the busy code, naming the holder and the way out
        assert second.returncode == EXIT_BUSY, second.stderr
        assert f"pid {holder.pid}" in second.stderr and "--journal" in second.stderr
        assert not journal.exists()  # it wrote nothing
    finally:
        holder.communicate("done\n", timeout=30)
    # And once the first run has ended, the journal is free again
    with journal_lock(journal):
        pass


def test_the_lock_is_released_when_the_run_ends_even_by_an_error(tmp_path):
    journal = tmp_path / "uploads.json"
    try:
        with journal_lock(journal):
            raise RuntimeError("the run died")
    except RuntimeError:
        pass
    with journal_lock(journal):
        pass
