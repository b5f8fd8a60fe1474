"""``argus local up`` as a child process, as a user runs it: started on a data folder, stopped
cleanly (SIGTERM) or killed (SIGKILL), started again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from argus.client import ArgusClient

ROOT = Path(__file__).resolve().parents[2]


class LocalCloudProcess:
    def __init__(self, workdir: Path, data_dir: Path | None, extra_env: dict[str, str] | None = None) -> None:
        self.workdir = workdir
        self.data_dir = data_dir
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.info: dict[str, Any] = {}
        self.starts = 0

    @property
    def state_file(self) -> Path:
        return self.workdir / ".argus" / "local.json"

    def start(self, timeout_s: float = 90.0) -> dict[str, Any]:
        self.state_file.unlink(missing_ok=True)  # a killed cloud leaves its file behind
        self.starts += 1
        data = ["--ephemeral"] if self.data_dir is None else ["--data-dir", str(self.data_dir)]
        log = (self.workdir / f"cloud-{self.starts}.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "argus.cli", "local", "up", "--log-level", "WARNING", *data],
            cwd=self.workdir,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT), **self.extra_env},
        )
        deadline = time.monotonic() + timeout_s
        while True:
            if self.state_file.exists():
                try:
                    self.info = json.loads(self.state_file.read_text())
                    return self.info
                except json.JSONDecodeError:  # being written
                    pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local cloud did not start:\n{self.log()}")
            time.sleep(0.1)

    def log(self) -> str:
        path = self.workdir / f"cloud-{self.starts}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def client(self, role: str, subject: str) -> ArgusClient:
        from argus.local.issuer import mint_for

        return ArgusClient(self.info["api_url"], mint_for(self.info, role, subject, 3600))

    def close(self) -> None:
        """Stop whatever still runs, including a Valkey server a killed cloud left behind."""
        if self.process is not None and self.process.poll() is None:
            self.kill()
        if self.data_dir is not None:
            from argus.local.cloud import _stop_stale_valkey

            _stop_stale_valkey(self.data_dir / "valkey")
