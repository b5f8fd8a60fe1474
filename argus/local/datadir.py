"""The local cloud's data folder: the one place that says where each piece of durable state lives.

Other parts of the project that need a local file (the issuer's signing key) take their path from
:class:`DataDir` rather than inventing one.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import IO

DEFAULT_DATA_DIR = Path(".argus") / "data"


class DataDirBusy(RuntimeError):
    """Another local cloud holds this data folder."""


class DataDir:
    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self._lock: IO[str] | None = None

    @property
    def s3_blobs(self) -> Path:
        return self.root / "s3"

    @property
    def journal(self) -> Path:
        return self.root / "journal.jsonl"

    @property
    def valkey(self) -> Path:
        return self.root / "valkey"

    @property
    def keys(self) -> Path:
        """The local issuer's keys (0700 folder, 0600 signing key; see ``argus.local.issuer``)."""
        return self.root / "keys"

    def exists(self) -> bool:
        return self.root.exists() and any(self.root.iterdir())

    def size_bytes(self) -> int:
        if not self.root.exists():
            return 0
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file())

    def acquire(self) -> None:
        """Hold the folder for this process: two clouds writing one journal would corrupt it."""
        self.root.mkdir(parents=True, exist_ok=True)
        handle = open(self.root / "lock", "w")  # noqa: SIM115 - held until release()
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise DataDirBusy(f"another local cloud is using {self.root}") from None
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock = handle

    def in_use(self) -> bool:
        if not (self.root / "lock").exists():
            return False
        with open(self.root / "lock") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(handle, fcntl.LOCK_UN)
        return False

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None
