"""Concurrent vehicle uploads through presigned multipart URLs on the embedded local cloud.

N vehicles at once each open a batch, upload a log file straight to S3 through presigned part
URLs, complete it and seal; then the pipeline parses, gathers and diagnoses every batch. Prints
errors (target: none), upload throughput next to the same uploads made one after another in the
same run (the baseline), the time until every batch is completed, and peak RSS.

    python bench/bench_uploads.py [--vehicles 100] [--size-mib 6] [--quick]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argus.client import ArgusClient
from argus.commands._logs import function_logs
from argus.local.cloud import LocalCloud


def vin_of(serial: int) -> str:
    # One VIN per vehicle: the registry binds a VIN to the first vehicle that claims it.
    return f"WVWZZZ1JZXW{serial:06d}"


def make_log(path: Path, size: int, seed: int) -> Path:
    lines = []
    total = 0
    i = 0
    while total < size:
        if i % 97 == 5:
            message = "ERROR can1 bus-off, DTC U0100 set"
        else:
            message = f"INFO can0 rx frames={i} busload={30 + i % 9}%"
        stamp = f"2026-11-27T08:{(i // 60) % 60:02d}:{i % 60:02d}.{(i * 7 + seed) % 1000:03d}Z"
        line = f"{stamp} gw-ecu[{300 + seed % 50}]: {message}\n"
        lines.append(line)
        total += len(line)
        i += 1
    path.write_text("".join(lines))
    return path


def upload_one(info, vehicle: str, vin: str, path: Path) -> str:
    # A long timeout: locally each API function is one warm instance, so a burst queues (API Gateway
    # would scale out instead); the point here is that nothing fails, and how long the queue takes.
    with ArgusClient(info.api_url, info.mint_token("vehicle", vehicle, 3600), timeout_s=900) as client:
        batch_id = client.create_batch(vehicle, vin)["batch_id"]
        client.upload_file(batch_id, path)
        client.seal(batch_id)
        return batch_id


def run(info, files: list[Path], concurrent: bool) -> tuple[list[str], list[str], float]:
    done: list[str] = []
    errors: list[str] = []
    lock = threading.Lock()

    def one(i: int, path: Path) -> None:
        try:
            serial = i + (500_000 if concurrent else 0)
            batch_id = upload_one(info, f"veh-{'c' if concurrent else 's'}{i:04d}", vin_of(serial), path)
            with lock:
                done.append(batch_id)
        except Exception as exc:
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    t0 = time.perf_counter()
    if concurrent:
        threads = [threading.Thread(target=one, args=(i, p)) for i, p in enumerate(files)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        for i, p in enumerate(files):
            one(i, p)
    return done, errors, time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vehicles", type=int, default=100)
    parser.add_argument("--size-mib", type=float, default=6.0, help="file size (over 5 MiB: two parts)")
    parser.add_argument("--baseline", type=int, default=20, help="uploads made one after another")
    parser.add_argument("--quick", action="store_true", help="30 vehicles, 1 MiB files, baseline of 10")
    args = parser.parse_args()
    if args.quick:
        args.vehicles, args.size_mib, args.baseline = 30, 1.0, 10

    log = Path(".argus") / "logs" / "bench_uploads.log"  # the functions' log lines, not the report's
    with (
        function_logs(log, verbose=False),
        tempfile.TemporaryDirectory(prefix="argus-bench-") as tmp,
        LocalCloud(state_file=None) as cloud,
    ):
        print(f"function logs: {log}")
        info = cloud.info
        size = int(args.size_mib * 1024 * 1024)
        files = [make_log(Path(tmp) / f"can-{i:04d}.log", size, i) for i in range(max(args.vehicles, args.baseline))]
        print(f"{args.vehicles} vehicles x {size / 2**20:.1f} MiB through presigned multipart URLs (local cloud)")

        seq_done, seq_errors, seq_s = run(info, files[: args.baseline], concurrent=False)
        done, errors, conc_s = run(info, files[: args.vehicles], concurrent=True)
        mib = size / 2**20
        seq_rate = len(seq_done) * mib / seq_s
        conc_rate = len(done) * mib / conc_s
        print(
            f"one after another: {len(seq_done)} uploads in {seq_s:.1f} s ({seq_rate:.1f} MiB/s), "
            f"errors {len(seq_errors)}"
        )
        print(f"all at once:       {len(done)} uploads in {conc_s:.1f} s ({conc_rate:.1f} MiB/s), errors {len(errors)}")
        for e in errors[:5]:
            print("  error:", e)
        print(f"ratio throughput concurrent/sequential: {conc_rate / seq_rate:.2f}x")

        t0 = time.perf_counter()
        with ArgusClient(info.api_url, info.mint_token("engineer", "bench", 3600)) as engineer:
            statuses = [engineer.wait(b, timeout_s=600)["status"] for b in seq_done + done]
        print(
            f"pipeline: {statuses.count('completed')}/{len(statuses)} batches completed "
            f"{time.perf_counter() - t0:.1f} s after the last seal"
        )
        print(f"peak RSS of the whole local cloud: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        return 0 if not errors and not seq_errors and statuses.count("completed") == len(statuses) else 1


if __name__ == "__main__":
    sys.exit(main())
