"""The cost of durability in the embedded local cloud: API requests per second with an ephemeral
cloud, with a data folder (journal flushed to the kernel per record: survives ``kill -9``), and
with ``--fsync`` (survives power loss), measured one after another in one run.

Each request of the mix writes: create a batch (a DynamoDB put), declare a file (DynamoDB writes
and an S3 multipart upload), and read the batch back.

    .venv/bin/python bench/bench_local_durability.py            # 3 × 150 rounds per mode, interleaved
    .venv/bin/python bench/bench_local_durability.py --quick    # 1 × 40 rounds

It also times the journal's append alone (flushed, and fsynced), and counts records per request.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from argus.client import ArgusClient  # noqa: E402
from argus.local.cloud import LocalCloud  # noqa: E402
from argus.local.durable import Journal  # noqa: E402

CLIENTS = 4


def measure(cloud: LocalCloud, rounds: int) -> float:
    info = cloud.info
    assert info is not None
    token = info.mint_token("vehicle", "bench-vehicle", 3600)
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


def journal_append_us(folder: Path, fsync: bool, records: int = 2000) -> float:
    """Microseconds per journal record of a typical size (a DynamoDB item image)."""
    journal = Journal(folder / f"micro-{fsync}.jsonl", fsync=fsync)
    item = {"pk": {"S": "BATCH#b_0123456789abcdef0123"}, "sk": {"S": "#META"}, "status": {"S": "uploading"}}
    record = {"k": "ddb", "t": "argus-local", "key": {"pk": item["pk"], "sk": item["sk"]}, "item": item}
    started = time.perf_counter()
    for _ in range(records):
        journal.append(record)
    elapsed = time.perf_counter() - started
    journal.close()
    return elapsed / records * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=3, help="each mode this often, interleaved; medians")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds, repeats = (40, 1) if args.quick else (args.rounds, args.repeats)

    modes = ("ephemeral", "data folder", "data folder + fsync")
    rps: dict[str, list[float]] = {mode: [] for mode in modes}
    records_per_request: list[float] = []
    with tempfile.TemporaryDirectory(prefix="argus-bench-durable-") as tmp:
        run = 0
        for _ in range(repeats):  # interleaved: load from elsewhere on the machine hits every mode alike
            for mode in modes:
                run += 1
                options: dict = {}
                if mode != "ephemeral":
                    options = {"data_dir": Path(tmp) / f"run-{run}", "fsync": mode.endswith("fsync")}
                # moto keeps one state per process: each run gets its own resource names
                with LocalCloud(state_file=None, stack=f"bench-durable-{run}", **options) as cloud:
                    rps[mode].append(measure(cloud, rounds))
                    if cloud._journal is not None:
                        records_per_request.append(cloud._journal.records / ((rounds + min(20, rounds)) * 3))
                print(f"{mode:22s} {rps[mode][-1]:8.1f} requests/s")
        flushed_us = journal_append_us(Path(tmp), fsync=False)
        fsynced_us = journal_append_us(Path(tmp), fsync=True)
    median = {mode: statistics.median(values) for mode, values in rps.items()}
    base = median["ephemeral"]
    print(f"\nmedian of {repeats}, {rounds} rounds of create batch + declare file + read batch, {CLIENTS} clients:")
    for mode in modes:
        print(f"  {mode:22s} {median[mode]:8.1f} requests/s  {median[mode] / base:.2f}× ephemeral")
    per_request = statistics.mean(records_per_request)
    print(
        f"journal: {per_request:.1f} records per request; {flushed_us:.1f} µs per record flushed, "
        f"{fsynced_us:.0f} µs fsynced → {per_request * flushed_us / 1000:.2f} ms / "
        f"{per_request * fsynced_us / 1000:.2f} ms per request"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
