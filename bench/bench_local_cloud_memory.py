"""Peak memory of the embedded local cloud while one big text log goes through it end to end.

Starts ``argus local up --ephemeral`` as a child process, uploads a real-shaped text log over the
presigned multipart URLs the API hands out, seals the batch, waits for the report, and samples the
RSS of the cloud's whole process tree (the Python process with moto and the functions, and its
Valkey server) every 0.2 s. Prints the peak next to the file size: their ratio is the point.

    .venv/bin/python bench/bench_local_cloud_memory.py --gib 6      # the issue's check: peak < 2 GiB
    .venv/bin/python bench/bench_local_cloud_memory.py --quick      # 256 MiB, a minute

The lines come from ``../shared/data/loghub_full/Linux.log`` (a real syslog) when present, else
from the repository's test fixtures, repeated until the size is reached.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from argus.client import ArgusClient  # noqa: E402
from argus.local.issuer import mint_for  # noqa: E402

MIB = 1024 * 1024
TARGET_PEAK = 2 * 1024 * MIB  # issue 10's check for a 6 GiB file
SHARED_LOG = ROOT.parent / "shared" / "data" / "loghub_full" / "Linux.log"


def source_lines() -> list[bytes]:
    if SHARED_LOG.exists():
        return SHARED_LOG.read_bytes().splitlines(keepends=True)
    lines: list[bytes] = []
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.log")):
        lines.extend(path.read_bytes().splitlines(keepends=True))
    if not lines:
        raise SystemExit("no text log to repeat: need ../shared/data or tests/fixtures/**/*.log")
    return lines


def write_log(path: Path, size: int, block: bytes | None = None) -> None:
    """``size`` bytes of ``block`` (default: the source lines) repeated."""
    block = block if block is not None else b"".join(source_lines())
    with path.open("wb") as out:
        written = 0
        while written < size:
            chunk = block[: size - written]
            out.write(chunk)
            written += len(chunk)


def tree_rss(pid: int) -> int:
    """RSS in bytes of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        ppid = int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


class PeakSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.baseline = pid, 0, tree_rss(pid)
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(0.2):
            self.peak = max(self.peak, tree_rss(self.pid))

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def start_cloud(workdir: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    state = workdir / ".argus" / "local.json"
    cloud = subprocess.Popen(
        [sys.executable, "-m", "argus.cli", "local", "up", "--ephemeral", "--log-level", "WARNING"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=(workdir / "cloud.log").open("wb"),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 120
    while not state.exists():
        if cloud.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the local cloud did not start; see {workdir / 'cloud.log'}")
        time.sleep(0.2)
    time.sleep(0.2)  # the file is written in one call; let it land
    return cloud, json.loads(state.read_text())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gib", type=float, default=6.0, help="file size in GiB (default 6)")
    parser.add_argument("--quick", action="store_true", help="256 MiB instead")
    parser.add_argument("--timeout", type=float, default=7200.0, help="seconds to wait for the report")
    args = parser.parse_args()
    size = 256 * MIB if args.quick else int(args.gib * 1024 * MIB)

    with tempfile.TemporaryDirectory(prefix="argus-bench-mem-") as tmp:
        workdir = Path(tmp)
        log = workdir / "big.log"
        started = time.monotonic()
        write_log(log, size)
        print(f"wrote {size / MIB:,.0f} MiB of real-shaped text in {time.monotonic() - started:.0f} s")
        cloud, info = start_cloud(workdir)
        sampler = PeakSampler(cloud.pid)
        sampler.start()
        try:
            vehicle = ArgusClient(info["api_url"], mint_for(info, "vehicle", "bench-vehicle", 24 * 3600))
            engineer = ArgusClient(info["api_url"], mint_for(info, "engineer", "bench-engineer", 24 * 3600))
            batch_id = vehicle.create_batch("bench-vehicle", "WVWZZZ1JZXW000001")["batch_id"]
            t0 = time.monotonic()
            vehicle.upload_file(batch_id, log)
            upload_s = time.monotonic() - t0
            upload_peak = sampler.peak
            vehicle.seal(batch_id)
            final = engineer.wait(batch_id, timeout_s=args.timeout)
            total_s = time.monotonic() - t0
            report = engineer.report(batch_id) if final["status"] == "completed" else None
        finally:
            sampler.stop()
            cloud.send_signal(signal.SIGTERM)
            cloud.wait(timeout=60)

    print(f"file:                     {size / MIB:,.0f} MiB")
    print(f"upload (presigned parts): {upload_s:,.0f} s ({size / MIB / upload_s:,.1f} MiB/s)")
    print(f"upload → report:          {total_s:,.0f} s, batch {final['status']}, report {'served' if report else '-'}")
    print(f"cloud RSS at start:       {sampler.baseline / MIB:,.0f} MiB (process tree)")
    print(f"peak RSS during upload:   {upload_peak / MIB:,.0f} MiB")
    print(f"peak RSS, whole run:      {sampler.peak / MIB:,.0f} MiB = {sampler.peak / size:.3f} × the file size")
    return 0 if report and sampler.peak < TARGET_PEAK else 1


if __name__ == "__main__":
    raise SystemExit(main())
