"""Parse use case: one uploaded object → a FileSummary in S3, a file status, a barrier message.

A file that cannot be read becomes ``failed`` with the reason and still reaches the barrier, so the
batch completes. Dependency failures (S3, DynamoDB, SQS) raise, so the SQS message is retried.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from botocore.exceptions import BotoCoreError, ClientError

from functions.core.app.deadline import DEFAULT_MARGIN_S, Deadline, DeadlineStream, OutOfTime
from functions.core.domain.batch import FileRecord, FileStatus, utcnow
from functions.core.domain.contracts import FileProcessed, FileSummary, ParseStats
from functions.core.domain.errors import ConcurrentUpdate
from functions.core.domain.keys import summary_key
from functions.core.observability import logger
from functions.core.ports import BatchRepository, MessageQueue, ObjectStore, WorkflowStarter

from .streams import MAX_DECOMPRESSED_BYTES, HashingReader
from .summarize import summarize_stream


def no_messages_is_a_failure(summary: FileSummary) -> FileSummary:
    """A file recognised by its magic bytes (a BLF or MCAP header, say) from which not one message or
    line could be read has nothing to diagnose: a header followed by garbage is not a parsed log."""
    if summary.error is None and summary.stats.messages == 0 and summary.stats.lines == 0:
        return summary.model_copy(
            update={"error": f"no messages could be read from this {summary.format} file (only its header is valid)"}
        )
    return summary


@dataclass
class ParseOutcome:
    batch_id: str
    file_id: str
    status: str
    skipped: bool = False
    format: str | None = None
    bytes: int = 0
    seconds: float = 0.0


@dataclass
class ParseService:
    repo: BatchRepository
    store: ObjectStore
    barrier_queue: MessageQueue
    max_bytes: int | None = None
    max_decompressed_bytes: int = MAX_DECOMPRESSED_BYTES
    # The long-file path: files past the threshold (or out of time) that can be split go to the
    # segmented workflow; the others fail with a reason before the invocation ends.
    segmented: WorkflowStarter | None = None
    segment_threshold: int | None = None
    deadline_margin_s: float = DEFAULT_MARGIN_S

    def process(
        self, batch_id: str, file_id: str, remaining_ms: Callable[[], int] | None = None
    ) -> ParseOutcome | None:
        file = self.repo.get_file(batch_id, file_id)
        if file is None:
            logger.warning("object has no file record; ignored", extra={"batch_id": batch_id, "file_id": file_id})
            return None
        if file.status is FileStatus.ABORTED:
            return ParseOutcome(batch_id, file_id, str(file.status), skipped=True)
        if file.status.processed:
            # A duplicate event: the first delivery may have died before its barrier message left.
            self._notify(file.batch_id, file.file_id, file.status, file.error)
            return ParseOutcome(batch_id, file_id, str(file.status), skipped=True)

        if (
            self.segmented is not None
            and self.segment_threshold is not None
            and file.size >= self.segment_threshold
            and self._hand_off(file.object_key, batch_id, file_id)
        ):
            return ParseOutcome(batch_id, file_id, "segmented", skipped=True, bytes=file.size)
        try:
            # The file record's last change is its completion, when S3 assembled the object (its LastModified).
            summary = self._summarize(
                file.object_key,
                batch_id,
                file_id,
                file.name,
                Deadline(remaining_ms, self.deadline_margin_s),
                file.updated_at,
                file.sha256,
            )
        except OutOfTime as exc:
            if self.segmented is not None and self._hand_off(file.object_key, batch_id, file_id):
                return ParseOutcome(batch_id, file_id, "segmented", skipped=True, bytes=file.size)
            summary = FileSummary(
                batch_id=batch_id,
                file_id=file_id,
                file_name=file.name,
                format="unknown",
                stats=ParseStats(format="unknown"),
                error=(
                    f"not parsed within one invocation ({exc}); only text logs (plain or in one compression "
                    "layer) and MCAP files with a chunk index can be parsed in parts, so this file cannot be split"
                    if self.segmented is not None
                    else f"not parsed within one invocation ({exc}), and no long-file workflow is configured"
                ),
            )
        return self.finish(file, summary)

    def finish(self, file: FileRecord, summary: FileSummary) -> ParseOutcome:
        """Store the summary, record the file's status, tell the barrier (also the segmented path's end)."""
        batch_id, file_id = file.batch_id, file.file_id
        key = summary_key(batch_id, file_id)
        self.store.put_bytes(key, summary.model_dump_json().encode())

        target = FileStatus.FAILED if summary.error else FileStatus.PARSED
        saved: FileRecord | None = None
        for _ in range(3):  # the ingest function may move uploading→uploaded under us
            previous = file.transition(target, error=summary.error)
            file.summary_key, file.format = key, summary.format
            if self.repo.save_file_status(file, previous):
                saved = file
                break
            current = self.repo.get_file(batch_id, file_id)
            if current is None or current.status.processed or current.status is FileStatus.ABORTED:
                saved = current  # another delivery finished it, or the vehicle aborted it
                break
            file = current
        else:
            raise ConcurrentUpdate(f"file {file_id} kept changing while it was parsed")  # SQS delivers it again
        if saved is None or not saved.status.processed:
            # Aborted meanwhile: not part of the sealed set, so the barrier must not count it.
            return ParseOutcome(batch_id, file_id, str(saved.status) if saved else "missing", skipped=True)
        file = saved
        self._notify(batch_id, file_id, file.status, file.error)
        stats = summary.stats
        return ParseOutcome(
            batch_id, file_id, str(file.status), format=summary.format, bytes=stats.bytes, seconds=stats.seconds
        )

    def _hand_off(self, key: str, batch_id: str, file_id: str) -> bool:
        from functions.parse.segments import long_file_format, segmenter_of

        assert self.segmented is not None
        stream = self.store.open_stream(key)
        try:
            fmt = long_file_format(stream)
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()
        size = self.store.object_size(key) or 0
        if fmt is None or not segmenter_of(fmt).splittable(self.store, key, fmt, size):
            return False  # e.g. an MCAP without a chunk index: parsed in one pass (or failed when out of time)
        self.segmented.start(f"{batch_id}-{file_id}", json.dumps({"batch_id": batch_id, "file_id": file_id}))
        logger.info("handed to the segmented path", extra={"batch_id": batch_id, "file_id": file_id, "format": fmt})
        return True

    def _summarize(
        self,
        key: str,
        batch_id: str,
        file_id: str,
        name: str,
        deadline: Deadline,
        uploaded_at: datetime,
        declared_sha256: str | None = None,
    ) -> FileSummary:
        stream = DeadlineStream(self.store.open_stream(key), deadline)
        # The declared SHA-256 is checked here, in the one pass that reads the whole object anyway:
        # S3's own SHA-256 of a multipart upload is a checksum of part checksums, not of the file.
        hashing = HashingReader(stream) if declared_sha256 else None
        try:
            summary = summarize_stream(
                hashing or stream,
                batch_id=batch_id,
                file_id=file_id,
                file_name=name,
                max_bytes=self.max_bytes,
                max_decompressed_bytes=self.max_decompressed_bytes,
                uploaded_at=uploaded_at,
            )
            if hashing is not None:
                hashing.drain()  # the parser may stop early (a cap, a corrupt record): hash the rest
                actual = hashing.hexdigest()
                if actual != declared_sha256.lower():
                    summary = summary.model_copy(
                        update={
                            "error": f"the content's SHA-256 is {actual} but {declared_sha256.lower()} was declared "
                            f"({hashing.bytes} bytes read): the upload is corrupt or not the declared file"
                        }
                    )
            return no_messages_is_a_failure(summary)
        except (BotoCoreError, ClientError, ConnectionError, TimeoutError, OutOfTime):
            raise  # transient: let SQS deliver it again; out of time: the caller decides
        except Exception as exc:  # a parser bug must not wedge the batch: record it and move on
            logger.exception("parser crashed", extra={"batch_id": batch_id, "file_id": file_id})
            return FileSummary(
                batch_id=batch_id,
                file_id=file_id,
                file_name=name,
                format="unknown",
                stats=ParseStats(format="unknown"),
                error=f"parser error: {type(exc).__name__}: {str(exc)[:200]}",
            )
        finally:
            close = getattr(stream, "close", None)
            if close:
                close()

    def _notify(self, batch_id: str, file_id: str, status: FileStatus, error: str | None) -> None:
        message = FileProcessed(
            batch_id=batch_id,
            file_id=file_id,
            status="failed" if status is FileStatus.FAILED else "parsed",
            error=error,
            at=utcnow(),
        )
        self.barrier_queue.send(message.model_dump_json())
