"""The cost of durability in the embedded local cloud: API requests per second with an ephemeral
cloud, with a data folder (journal flushed to the kernel per record: survives ``kill -9``), and
with ``--fsync`` (survives power loss), measured one after another in one run.

Each request of the mix writes: create a batch (a DynamoDB put), declare a file (DynamoDB writes
and an S3 multipart upload), and read the batch back.

    .venv/bin/python bench/bench_local_durability.py            # 300 rounds per mode
    .venv/bin/python bench/bench_local_durability.py --quick    # 60 rounds
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from argus.client import ArgusClient  # noqa: E402
from argus.local.cloud import LocalCloud  # noqa: E402
from functions.shared.auth import issue_token  # noqa: E402

CLIENTS = 4


def measure(cloud: LocalCloud, rounds: int) -> float:
    info = cloud.info
    assert info is not None
    token = issue_token(info.token_secret, "vehicle", "bench-vehicle", 3600)
    clients = [ArgusClient(info.api_url, token) for _ in range(CLIENTS)]

    def one_round(i: int) -> int:
        client = clients[i % CLIENTS]
        batch_id = client.create_batch("bench-vehicle", "WVWZZZ1JZXW000001")["batch_id"]
        client.add_file(batch_id, "a.log", 1024)
        client.request("GET", f"/v1/batches/{batch_id}")
        return 3

    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(one_round, range(min(20, rounds))))  # warm: imports, cold starts
        started = time.perf_counter()
        requests = sum(pool.map(one_round, range(rounds)))
        elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    return requests / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds = 60 if args.quick else args.rounds

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="argus-bench-durable-") as tmp:
        modes = {
            "ephemeral": {"data_dir": None},
            "data folder": {"data_dir": Path(tmp) / "flushed"},
            "data folder + fsync": {"data_dir": Path(tmp) / "fsynced", "fsync": True},
        }
        for n, (mode, options) in enumerate(modes.items()):
            # moto keeps one state per process: each mode gets its own resource names
            with LocalCloud(state_file=None, stack=f"bench-durable-{n}", **options) as cloud:
                results[mode] = measure(cloud, rounds)
            print(f"{mode:22s} {results[mode]:8.1f} requests/s")
    base = results["ephemeral"]
    print(f"\ndata folder / ephemeral:         {results['data folder'] / base:.2f}×")
    print(f"data folder + fsync / ephemeral: {results['data folder + fsync'] / base:.2f}×")
    print(f"({rounds} rounds of create batch + declare file + read batch, {CLIENTS} clients)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
