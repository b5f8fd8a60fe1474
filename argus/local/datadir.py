"""The local cloud's data folder: the one place that says where each piece of durable state lives.

Other parts of the project that need a local file (a signing key, a registry) take their path from
:class:`DataDir` (``DataDir.current()`` inside a running local cloud) rather than inventing one.
"""

from __future__ import annotations

import fcntl
import os
import secrets
from pathlib import Path
from typing import IO

DEFAULT_DATA_DIR = Path(".argus") / "data"
DATA_DIR_ENV = "ARGUS_LOCAL_DATA_DIR"  # set by a running local cloud for the code it hosts


class DataDirBusy(RuntimeError):
    """Another local cloud holds this data folder."""


class DataDir:
    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self._lock: IO[str] | None = None

    @classmethod
    def current(cls) -> DataDir | None:
        """The data folder of the local cloud running in this process, if any."""
        value = os.environ.get(DATA_DIR_ENV)
        return cls(Path(value)) if value else None

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
        """Secrets (0700 folder, 0600 files): the token secret; a signing key belongs here too."""
        return self.root / "keys"

    def key_file(self, name: str) -> Path:
        return self.keys / name

    def read_or_create_secret(self, name: str) -> str:
        """A random secret created once and kept for every later start."""
        path = self.key_file(name)
        if path.exists():
            return path.read_text().strip()
        self.keys.mkdir(parents=True, exist_ok=True, mode=0o700)
        value = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(value)
            f.flush()
            os.fsync(f.fileno())
        return value

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
