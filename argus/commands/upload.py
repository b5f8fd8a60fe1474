"""``argus upload PATH... --vehicle-id ID --vin VIN``: a vehicle sends its logs as one batch.

Parts go to presigned S3 URLs several at a time; each file's SHA-256 is computed in a first pass
(it is declared when the file is created, before any part is sent), so the platform can check what
it received. A journal maps
each file (path, size, mtime, SHA-256) to its batch, file and upload ids, written as soon as they
exist: after a crash or Ctrl-C, the same command sends only the parts S3 does not have yet.
One run at a time uses a journal: a second, concurrent run would read the same entries and add the
same files again (or overwrite the first run's entries), so it stops at once with exit code 6.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from argus.commands import _connect as conn

DEFAULT_PARALLEL = 4
HASH_CHUNK = 4 * 1024 * 1024
_ACCEPTING = ("pending", "uploading")


def default_journal() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "argus" / "uploads.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "upload",
        help="upload log files as one batch (parallel, resumable), then seal it",
        description="Upload files (folders are walked) as one batch, resumably: rerun the same command "
        "after an interruption and only the missing parts travel.",
        epilog="Exit codes: 0 done (and, with --wait, the batch completed); 1 the batch or a file failed; "
        "2 bad arguments or no API; 3 the API refused a request; 4 API or S3 unreachable; 5 --wait timed out; "
        "6 another upload is using the journal.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    parser.add_argument("--vehicle-id", required=True)
    parser.add_argument("--vin", required=True)
    parser.add_argument("--batch", help="add the files to this open batch (default: the journal's, else a new one)")
    parser.add_argument("--parallel", type=int, default=DEFAULT_PARALLEL, help="parts in flight at once (default 4)")
    parser.add_argument("--no-seal", action="store_true", help="leave the batch open for more files")
    parser.add_argument("--wait", action="store_true", help="follow the batch to its report and print it")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds --wait waits (default 1800)")
    parser.add_argument("--journal", type=Path, help=f"resume journal (default {default_journal()})")
    parser.add_argument("--json", action="store_true", help="print only a JSON result on stdout")
    parser.set_defaults(func=run)


def collect(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    unique = {p.resolve(): None for p in files}  # one file named twice is uploaded once
    return list(unique)


@contextmanager
def journal_lock(journal: Path) -> Iterator[None]:
    """Hold the journal for this run, or stop with :data:`~argus.commands._connect.EXIT_BUSY`.

    The lock is an exclusive ``flock`` on ``<journal>.lock``, not on the journal itself: each write
    replaces the journal (a new inode), which a lock on it would not follow. The kernel releases it
    when the process ends, however it ends, so a crash leaves nothing stale behind.
    """
    path = journal.with_name(journal.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        if not _try_lock(handle):
            handle.seek(0)
            holder = handle.read().strip() or "?"
            raise conn.CommandFailed(
                f"another `argus upload` (pid {holder}) is using the journal {journal}: let it finish "
                "(then rerun this one: only what is missing travels), or give this one its own --journal",
                conn.EXIT_BUSY,
            )
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")  # for the message another run prints
        handle.flush()
        yield  # closing the file releases the lock


def _try_lock(handle) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: a lock on the file's first byte
        import msvcrt

        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class Journal:
    """``{api_url|path: {size, mtime_ns, sha256, batch_id, file_id, upload_id}}``, rewritten atomically."""

    def __init__(self, path: Path, api_url: str) -> None:
        self.path = path
        self._prefix = api_url + "|"
        try:
            self._data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._data = {}

    def get(self, file: Path) -> dict[str, Any] | None:
        entry = self._data.get(self._prefix + str(file))
        stat = file.stat()
        if entry and entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns:
            return entry
        return None  # changed since it was journalled: a new file

    def file_ids(self, batch_id: str) -> set[str]:
        return {e["file_id"] for e in self._data.values() if e.get("batch_id") == batch_id and e.get("file_id")}

    def put(self, file: Path, **fields: Any) -> dict[str, Any]:
        stat = file.stat()
        key = self._prefix + str(file)
        entry = {**self._data.get(key, {}), **fields, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
        self._data[key] = entry
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._data, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
        return entry


def sha256_of(path: Path, on_bytes=None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while chunk := source.read(HASH_CHUNK):
            digest.update(chunk)
            if on_bytes:
                on_bytes(len(chunk))
    return digest.hexdigest()


def run(args: argparse.Namespace) -> int:
    if args.parallel < 1:
        return conn.fail("--parallel must be at least 1", conn.EXIT_USAGE)
    try:
        files = collect(args.paths)
    except FileNotFoundError as exc:
        return conn.fail(str(exc), conn.EXIT_USAGE)
    if not files:
        return conn.fail("no files to upload", conn.EXIT_USAGE)

    from rich.console import Console

    # --json: stdout carries only the JSON result; the progress display goes to stderr.
    console = Console(stderr=args.json)
    journal_path = args.journal or default_journal()
    stopped = "upload stopped: {} (rerun the same command to resume)"
    with journal_lock(journal_path), conn.api_client("vehicle", args.vehicle_id, stopped=stopped) as client:
        result = _upload(client, console, Journal(journal_path, client.api_url), files, args)
    if args.json:
        print(json.dumps(result, default=str))
    return result["exit_code"]


def _plan(client, journal: Journal, files: list[Path], args: argparse.Namespace):
    """Split the files into those already uploaded to a batch that has moved on (nothing to send)
    and those still to send; pick the batch for the latter: --batch, else the open batch the
    journal has them in, else a new one (opened only when something is left to send)."""
    from argus.client import ApiError

    batches: dict[str, dict[str, Any] | None] = {}

    def batch_of(batch_id: str) -> dict[str, Any] | None:
        if batch_id not in batches:
            try:
                batches[batch_id] = client.batch(batch_id)
            except ApiError as exc:
                if exc.status != 404:  # forgotten by the platform (another local cloud): start afresh
                    raise
                batches[batch_id] = None
        return batches[batch_id]

    done: list[tuple[Path, dict[str, Any]]] = []
    todo: list[Path] = []
    open_batch = args.batch
    for file in files:
        entry = journal.get(file)
        batch = batch_of(entry["batch_id"]) if entry and entry.get("batch_id") and entry.get("file_id") else None
        if batch is not None and batch["status"] not in _ACCEPTING and not args.batch:
            done.append((file, entry))
            continue
        if batch is not None and batch["status"] in _ACCEPTING and open_batch is None:
            open_batch = entry["batch_id"]
        todo.append(file)
    resumed = open_batch is not None and open_batch != args.batch
    if open_batch is None and todo:
        open_batch = client.create_batch(args.vehicle_id, args.vin)["batch_id"]
    if open_batch is None:  # everything was sent before: report on the batch it went to
        open_batch = done[0][1]["batch_id"]
    return open_batch, resumed, todo, done


def _seal(client, console, journal: Journal, batch_id: str, names: set[str]) -> None:
    """Seal; first abort files of ours that a killed run created but never journalled (they hold no
    parts: the id is journalled before any part is sent). The batch view is cached for a few
    seconds, so a refusal for incomplete files is retried once the view is fresh."""
    from argus.client import ApiError

    for attempt in range(4):
        claimed = journal.file_ids(batch_id)
        for f in client.batch(batch_id).get("files", []):
            if f["status"] == "uploading" and f["name"] in names and f["file_id"] not in claimed:
                client.request("DELETE", f"/v1/batches/{batch_id}/files/{f['file_id']}")
                console.print(f"{f['name']}: aborted an upload a killed run left behind ({f['file_id']})")
        try:
            client.seal(batch_id)
            return
        except ApiError as exc:
            if exc.code in ("batch_sealed", "illegal_transition"):
                return  # sealed already (a run that died after sealing, or a cached view said otherwise)
            if exc.code != "files_incomplete" or attempt == 3:
                raise
            time.sleep(2.0)


def _upload(client, console, journal: Journal, files: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    batch_id, resumed, files, done = _plan(client, journal, files, args)
    outcomes: list[dict[str, Any]] = []
    sent_parts = skipped_parts = sent_bytes = 0
    for file, entry in done:
        console.print(f"{file.name}: already uploaded to batch {entry['batch_id']}, nothing to send")
        outcomes.append({"name": file.name, "file_id": entry["file_id"], "batch_id": entry["batch_id"]})
    if files:
        verb = "Resuming" if resumed else "Uploading to"
        console.print(f"{verb} batch [cyan]{batch_id}[/] ({len(files)} file(s))")
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        total = progress.add_task("[bold]total", total=sum(f.stat().st_size for f in files))
        for file in files:
            size = file.stat().st_size
            task = progress.add_task(file.name[:40], total=size)
            entry = journal.get(file)
            if entry is None or entry.get("batch_id") != batch_id or not entry.get("file_id"):
                if entry is None or not entry.get("sha256"):
                    progress.update(task, description=f"{file.name[:32]} (sha256)")
                    sha = sha256_of(file, lambda n, t=task: progress.advance(t, n))
                    entry = journal.put(file, sha256=sha)
                    progress.reset(task, description=file.name[:40])
                upload = client.add_file(batch_id, file.name, size, sha256=entry["sha256"])
                entry = journal.put(file, batch_id=batch_id, file_id=upload["file_id"], upload_id=upload["upload_id"])
            else:
                upload = client.describe_file(batch_id, entry["file_id"])
            upload = {**upload, "batch_id": batch_id}
            if upload["status"] != "uploading":  # finished in an earlier run
                progress.update(task, completed=size)
                progress.advance(total, size)
                skipped_parts += upload.get("part_count", 0)
                outcomes.append({"name": file.name, "file_id": entry["file_id"], "status": upload["status"]})
                continue
            already = upload.get("received", [])
            done_bytes = sum(p.get("size", 0) for p in already)
            progress.update(task, completed=done_bytes)
            progress.advance(total, done_bytes)
            missing = upload["part_count"] - len(already)
            skipped_parts += len(already)

            def advance(n: int, t=task) -> None:
                progress.advance(t, n)
                progress.advance(total, n)

            parts = client.upload_parts(file, upload, on_bytes=advance, parallel=args.parallel)
            sent_parts += missing
            sent_bytes += size - done_bytes
            completed = client.complete_file(batch_id, entry["file_id"], parts)
            outcomes.append({"name": file.name, "file_id": entry["file_id"], "status": completed["status"]})
    console.print(f"Parts sent: {sent_parts}; already uploaded before: {skipped_parts}")
    batch = client.batch(batch_id)
    if not args.no_seal and batch["status"] in _ACCEPTING:
        _seal(client, console, journal, batch_id, {f.name for f in files} | {f.name for f, _ in done})
        console.print("Batch sealed; parsing and diagnosis run on the platform")
    result: dict[str, Any] = {
        "batch_id": batch_id,
        "resumed": resumed,
        "files": outcomes,
        "parts_sent": sent_parts,
        "parts_already_uploaded": skipped_parts,
        "bytes_sent": sent_bytes,
        "exit_code": conn.EXIT_OK,
    }
    if args.wait:
        result.update(_wait(client, console, batch_id, args))
    return result


def _wait(client, console, batch_id: str, args: argparse.Namespace) -> dict[str, Any]:
    from argus.client import ApiError
    from argus.commands.status import print_batch

    with console.status("waiting for the report…"):
        final = client.wait(batch_id, timeout_s=args.timeout)
    out: dict[str, Any] = {"batch": final}
    failed = final["status"] != "completed" or any(f["status"] == "failed" for f in final.get("files", []))
    if not args.json:
        print_batch(console, final)
    if final["status"] == "completed":
        try:
            report = client.report(batch_id)
        except ApiError as exc:
            if exc.status != 403:
                raise
            console.print("(the report is for engineers: `argus report " + batch_id + "`)")
        else:
            out["report"] = report
            if not args.json:
                from argus.commands.report import print_report

                print_report(console, report)
    out["exit_code"] = conn.EXIT_FAILED if failed else conn.EXIT_OK
    return out

