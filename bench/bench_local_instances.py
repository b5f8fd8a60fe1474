"""Concurrent function instances in the embedded local cloud: a batch of 4 × 500 MB text logs from
upload to report with one instance per function, then with the default (the CPU count), in one run.

    .venv/bin/python bench/bench_local_instances.py              # 4 × 500 MB
    .venv/bin/python bench/bench_local_instances.py --quick      # 4 × 64 MB
    .venv/bin/python bench/bench_local_instances.py --instances 4

The lines come from ``../shared/data/loghub_full/Linux.log`` (a real syslog) when present, else
from the repository's fixtures; each file starts at another offset so the files differ.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_local_cloud_memory import source_lines, write_log  # noqa: E402

from argus.client import ArgusClient  # noqa: E402
from argus.local.cloud import LocalCloud  # noqa: E402

MB = 1000 * 1000


def write_files(folder: Path, count: int, size: int) -> list[Path]:
    lines = source_lines()
    paths = []
    for n in range(count):
        block = b"".join(lines[n * len(lines) // count :] + lines[: n * len(lines) // count])
        path = folder / f"ecu-{n}.log"
        write_log(path, size, block)
        paths.append(path)
    return paths


def run_batch(cloud: LocalCloud, files: list[Path], timeout_s: float) -> tuple[float, str]:
    info = cloud.info
    assert info is not None
    vehicle = ArgusClient(info.api_url, info.mint_token("vehicle", "bench-vehicle", 24 * 3600))
    engineer = ArgusClient(info.api_url, info.mint_token("engineer", "bench-eng", 24 * 3600))
    started = time.perf_counter()
    batch_id = vehicle.create_batch("bench-vehicle", "WVWZZZ1JZXW000001")["batch_id"]
    with ThreadPoolExecutor(len(files)) as pool:  # a vehicle uploads its files side by side
        list(pool.map(lambda p: vehicle.upload_file(batch_id, p), files))
    vehicle.seal(batch_id)
    final = engineer.wait(batch_id, timeout_s=timeout_s)
    return time.perf_counter() - started, final["status"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=500, help="size of each file in MB (default 500)")
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--instances", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--quick", action="store_true", help="4 × 64 MB")
    parser.add_argument("--timeout", type=float, default=3600.0)
    args = parser.parse_args()
    size = 64 * MB if args.quick else args.mb * MB

    with tempfile.TemporaryDirectory(prefix="argus-bench-instances-") as tmp:
        files = write_files(Path(tmp), args.files, size)
        results = {}
        for n, instances in enumerate((1, args.instances)):
            with LocalCloud(state_file=None, stack=f"bench-instances-{n}", instances=instances) as cloud:
                elapsed, status = run_batch(cloud, files, args.timeout)
                results[instances] = elapsed
                print(
                    f"{instances} instance(s) per function: {elapsed:7.1f} s upload → report ({status}); "
                    f"worker processes spawned: {cloud.functions.spawned() or 'none'}"
                )
    one, many = results[1], results[args.instances]
    print(
        f"\n{args.files} × {size / MB:.0f} MB on {os.cpu_count()} CPUs: {one:.1f} s with 1 instance, "
        f"{many:.1f} s with {args.instances}: {one / many:.2f}× faster"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
