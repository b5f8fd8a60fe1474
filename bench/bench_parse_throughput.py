"""Text-path throughput, all in one run: the line-reading floor, our parser (chunked and line-by-line),
and Drain3.

Two inputs, written to a temporary file so every contender reads the same bytes from disk:

* real-shaped: lines cycling through the 8 Loghub-2k logs with every number redrawn (new ids, pids,
  sizes, addresses; same digit counts), as a fleet's logs repeat their shapes;
* vehicle journal: the scenario generator's VCU journal (ISO timestamps with zone, one format per
  file, as the platform's own logs are);
* all-distinct: the same lines with every number redrawn at a random length and a random 64-bit hex
  id appended, so no two lines share a digit-zeroed shape and the slow path runs for every line.

Timed, each on the same file:

* ``floor``      ``for line in f`` on the file opened in binary mode (the issue's reference);
* ``parse``      ``summarize_path`` (what ``argus parse`` and the parse Lambda do), chunked path, with
                 the C block pass (``native/shapes.c``) when it is built;
* ``pure``       the same on the pure-Python path (what runs without a compiler; same summary);
* ``reference``  the same with the line-by-line loop (the chunked path must give the same summary);
* ``workers``    ``argus parse``'s parallel path: byte-range segments in worker processes, merged
                 (CPU seconds of the parent and its workers, and wall time; the summary must be the
                 single pass's);
* ``templates``  per-line template assignment (``argus templates``), like-for-like with Drain3;
* ``drain3``     Drain3 with IP/hex/number masks, ``add_log_message`` per line (on a prefix when the
                 input is large: its rate is steady, and a full run would take minutes).

Times are CPU seconds of this process (``time.process_time``): the machine is shared, and wall time
would mostly measure the neighbours (it is printed too). The file is read once before timing, so the
page cache holds it.

    python bench/bench_parse_throughput.py                 # 1 GiB real-shaped, 100 MB all-distinct
    python bench/bench_parse_throughput.py --quick         # 64 MiB real-shaped, 10 MB all-distinct
    python bench/bench_parse_throughput.py --mib 256 --distinct-mb 20
    python bench/bench_parse_throughput.py --quick --shares   # also: where the parse time goes
"""

from __future__ import annotations

import argparse
import os
import random
import re
import tempfile
import time
from pathlib import Path

from bench_parse_data import drain3_miner, real_shaped_lines, require_data

POOL = 200_000  # distinct real-shaped lines, cycled to reach the size
DRAIN_LINES = 200_000
_DIGITS = re.compile(rb"\d+")


def write_real_shaped(path: Path, size: int) -> int:
    pool = b"\n".join(real_shaped_lines(POOL)) + b"\n"
    written = 0
    with path.open("wb") as fh:
        while written < size:
            part = pool[: size - written]
            fh.write(part)
            written += len(part)
    return written


def write_distinct(path: Path, size: int, seed: int = 3) -> int:
    rnd = random.Random(seed)
    written = 0
    with path.open("wb") as fh:
        source = real_shaped_lines(10**9)
        while written < size:
            block = []
            for _ in range(20_000):
                line = _DIGITS.sub(lambda m: str(rnd.getrandbits(rnd.randint(4, 40))).encode(), next(source))
                block.append(line + b" id=%016x" % rnd.getrandbits(64))
            data = b"\n".join(block) + b"\n"
            fh.write(data)
            written += len(data)
    return written


def write_vehicle_journal(folder: Path, size: int) -> Path:
    from argus.scenarios import FILE_NAMES, generate_scenario

    # the journal is about half of a batch's text bytes
    for path in generate_scenario("healthy-mixed", folder, size_bytes=2 * size):
        if path.name == FILE_NAMES["vcu"]:
            return path
    raise RuntimeError("the scenario generator wrote no VCU journal")


def floor(path: Path) -> tuple[float, int]:
    t = time.process_time()
    n = 0
    with path.open("rb") as fh:
        for _line in fh:
            n += 1
    return time.process_time() - t, n


def parse(path: Path, *, chunked: bool, native: bool = True):
    from functions.parse import summarize, text

    text.CHUNKED, text.NATIVE = chunked, native
    try:
        w, t = time.perf_counter(), time.process_time()
        summary = summarize.summarize_path(path, file_id="bench")
        return time.process_time() - t, summary, time.perf_counter() - w
    finally:
        text.CHUNKED, text.NATIVE = True, True


def parallel(path: Path, workers: int):
    """``argus parse``'s worker processes: (CPU seconds of parent and workers, summary, wall seconds)."""
    from argus.parallel_parse import summarize_parallel

    before, w = os.times(), time.perf_counter()
    summary = summarize_parallel(path, workers=workers, file_id="bench")
    after, wall = os.times(), time.perf_counter() - w
    cpu = sum(getattr(after, f) - getattr(before, f) for f in ("user", "system", "children_user", "children_system"))
    return cpu, summary, wall


# What a parse spends its time on, by the functions that own each stage (cumulative, so nested calls
# count in their caller's stage): the profile run is slower, but the shares are what it measures.
STAGES = {
    "template masking (miner.add)": ("miner.py", "add"),
    "code candidates (codes.candidates)": ("codes.py", "candidates"),
    "code extraction (codes.codes_at)": ("codes.py", "codes_at"),
    "severity keywords (keyword_rank)": ("severity.py", "keyword_rank"),
    "header split (HeaderModel.split)": ("header.py", "split"),
    "timestamps (TimestampLayout.at)": ("timestamps.py", "at"),
    "timestamps (TimestampLayout.locate)": ("timestamps.py", "locate"),
    "timestamps (TimestampLayout.seconds)": ("timestamps.py", "seconds"),
    "block clock (_BlockClock.build)": ("text.py", "build"),
    "block clock (_BlockClock.apply)": ("text.py", "apply"),
    "code lines (_code_lines)": ("text.py", "_code_lines"),
}


def shares(path: Path) -> None:
    import cProfile
    import pstats

    from functions.parse import summarize

    prof = cProfile.Profile()
    prof.runcall(summarize.summarize_path, path, file_id="bench")
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = max(ct for (_f, _l, name), (_cc, _nc, _tt, ct, _callers) in stats.items() if name == "summarize_path")
    print(f"  where the parse time goes (cProfile, {total:.1f} s profiled):")
    for label, (file, func) in STAGES.items():
        ct = sum(v[3] for (f, _l, name), v in stats.items() if name == func and f.endswith(file))
        print(f"    {label:40s} {100 * ct / total:5.1f} %")


def templates(path: Path) -> tuple[float, int]:
    from functions.parse.templates import iter_lines, mine_lines

    t = time.process_time()
    with path.open("rb") as fh:
        result = mine_lines(iter_lines(fh))
    return time.process_time() - t, len(result.line_groups)


def drain3(path: Path) -> float:
    """Drain3's lines per second on the file's first ``DRAIN_LINES`` lines."""
    with path.open("rb") as fh:
        texts = [next(fh).rstrip(b"\n").decode("utf-8", "replace") for _ in range(DRAIN_LINES)]
    miner = drain3_miner()
    t = time.process_time()
    for line in texts:
        miner.add_log_message(line)
    return len(texts) / (time.process_time() - t)


def run(
    label: str, path: Path, *, with_reference: bool, with_drain: bool, with_shares: bool = False, workers: int = 0
) -> None:
    size = path.stat().st_size
    floor(path)  # warm the page cache
    w = time.perf_counter()
    t_floor, n = floor(path)
    w_floor = time.perf_counter() - w
    t_parse, summary, w_parse = parse(path, chunked=True)
    print(f"\n== {label}: {size / 2**20:,.0f} MiB, {n:,} lines")
    print(f"  floor (for line in f)   {t_floor:7.2f} s   {size / 1e6 / t_floor:8.1f} MB/s   (wall {w_floor:.2f} s)")
    print(
        f"  parse (chunked)         {t_parse:7.2f} s   {size / 1e6 / t_parse:8.1f} MB/s   "
        f"ratio to floor {t_parse / t_floor:5.1f}x   ({len(summary.templates)} templates; wall {w_parse:.2f} s, "
        f"{w_parse / w_floor:.1f}x the floor's wall)"
    )
    same_as = summary.model_dump(exclude={"stats": {"seconds"}})
    from functions.parse.native import shapes

    if shapes is None:
        print("  (native block pass not built: `make install` builds it; the parse above is pure Python)")
    else:
        t_pure, pure, w_pure = parse(path, chunked=True, native=False)
        same = pure.model_dump(exclude={"stats": {"seconds"}}) == same_as
        print(
            f"  parse (pure Python)     {t_pure:7.2f} s   {size / 1e6 / t_pure:8.1f} MB/s   "
            f"ratio to floor {t_pure / t_floor:5.1f}x   native {t_pure / t_parse:4.2f}x faster "
            f"(wall {w_pure:.2f} s), summaries {'identical' if same else 'DIFFERENT'}"
        )
    if workers > 1:
        t_par, par, w_par = parallel(path, workers)
        same = par.model_dump(exclude={"stats": {"seconds"}}) == same_as
        print(
            f"  parse ({workers} workers)       {t_par:7.2f} s CPU   wall {w_par:6.2f} s "
            f"({size / 1e6 / w_par:.1f} MB/s, {w_par / w_floor:.1f}x the floor's wall)   "
            f"summary {'identical' if same else 'DIFFERENT'}"
        )
    if with_reference:
        t_ref, ref, _ = parse(path, chunked=False)
        same = ref.model_dump(exclude={"stats": {"seconds"}}) == same_as
        print(
            f"  parse (line by line)    {t_ref:7.2f} s   {size / 1e6 / t_ref:8.1f} MB/s   "
            f"ratio to floor {t_ref / t_floor:5.1f}x   chunked/line-by-line {t_ref / t_parse:4.2f}x faster, "
            f"summaries {'identical' if same else 'DIFFERENT'}"
        )
    if with_drain:
        t_tpl, lines = templates(path)
        d3 = drain3(path)
        print(f"  templates (argus templates) {lines / t_tpl:>12,.0f} lines/s")
        print(f"  drain3 (masks)              {d3:>12,.0f} lines/s  (first {DRAIN_LINES:,} lines)")
        print(f"  ratio templates/drain3: {lines / t_tpl / d3:.1f}x   parse/drain3: {n / t_parse / d3:.1f}x")
    if with_shares:
        shares(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="64 MiB real-shaped, 10 MB all-distinct")
    parser.add_argument("--mib", type=int, default=None, help="real-shaped size in MiB (default 1024)")
    parser.add_argument("--distinct-mb", type=int, default=None, help="all-distinct size in MB (default 100)")
    parser.add_argument("--shares", action="store_true", help="profile each parse once: time share per stage")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="processes for the parallel parse (default: CPUs)"
    )
    args = parser.parse_args()
    if not require_data():
        return 0
    real_mib = args.mib or (64 if args.quick else 1024)
    distinct_mb = args.distinct_mb or (10 if args.quick else 100)
    with tempfile.TemporaryDirectory() as tmp:
        real = Path(tmp) / "real_shaped.log"
        write_real_shaped(real, real_mib << 20)
        run(
            "real-shaped",
            real,
            with_reference=real_mib <= 256,
            with_drain=True,
            with_shares=args.shares,
            workers=args.workers,
        )
        os.unlink(real)
        journal = write_vehicle_journal(Path(tmp) / "vehicle", (real_mib << 20) // 4)
        run("vehicle journal", journal, with_reference=True, with_drain=False, with_shares=args.shares)
        distinct = Path(tmp) / "distinct.log"
        write_distinct(distinct, distinct_mb * 10**6)
        run(
            "all-distinct",
            distinct,
            with_reference=distinct_mb <= 20,
            with_drain=False,
            with_shares=args.shares,
            workers=args.workers,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
