"""Objects on disk in moto's S3, so GB files pass through the local cloud in flat memory.

moto 5.2.5 keeps every object in memory: ``FakeMultipart.complete`` joins all parts into one
``bytearray``, copies it to ``bytes`` (and joins them a third time for the default CRC64NVME
checksum), and ``GetObject`` returns ``key.value`` — the whole object read into memory, then sliced
for a ``Range``. A 3.8 GB upload took the local cloud to 15.3 GB RSS. S3 itself never holds an
object in memory, so neither should its stand-in.

The seam, patched here (``argus.local.durable`` also wraps ``S3Response.key_response`` to journal writes):

- ``FakeKey.value`` (setter): the bytes go to a file under the blob folder instead of a
  ``SpooledTemporaryFile``; the key keeps a list of *segments* (file, size). Request bodies are
  already bounded by the part size, so writing them is the only copy.
- ``FakeMultipart.complete``: checks the parts as moto does (ETags, minimum size, order), then keeps
  the parts' segments as the object's content — a part list, as S3 does internally; no bytes are
  copied, so completing a 10 GiB upload takes milliseconds and no memory. The multipart ETag is the
  MD5 of the part MD5s as before; a checksum is computed (streaming) only when the client asked for
  an algorithm, since moto's default would read the whole object again.
- ``FakeKey.value`` (getter), only while ``S3Response.get_object`` runs: a lazy :class:`FileBody`
  instead of bytes. moto's range handling only takes ``len()`` and a slice of it, and Flask streams
  any iterable body, so a ranged or full GET reads the files in 1 MiB chunks. Everywhere else the
  getter still returns bytes (copies, Select), as moto expects.

Blob files are never deleted by moto's garbage-collection ``dispose``: a durable local cloud keeps
them for the next start (:mod:`argus.local.durable` removes unreferenced ones at start-up), and an
ephemeral one deletes its whole folder at stop.
"""

from __future__ import annotations

import codecs
import hashlib
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXPECTED_MOTO_VERSION = "5.2.5"  # the internals named above were read in this version
CHUNK = 1024 * 1024

_state: dict[str, Any] = {"root": None, "installed": False}
_streaming = threading.local()
Segment = tuple[str, int]  # (absolute path of a blob file, its size)


def blob_root() -> Path:
    root = _state["root"]
    if root is None:
        raise RuntimeError("moto_s3_disk.install(root) has not been called")
    return root


class FileBody:
    """A read-only, lazily read view of bytes ``[start, stop)`` of a list of segments."""

    def __init__(self, segments: list[Segment], start: int = 0, stop: int | None = None) -> None:
        self.segments = segments
        total = sum(size for _, size in segments)
        self.start = max(0, min(start, total))
        self.stop = total if stop is None else max(self.start, min(stop, total))

    def __len__(self) -> int:
        return self.stop - self.start

    def __bool__(self) -> bool:
        return len(self) > 0

    def __getitem__(self, item: slice) -> FileBody:
        if not isinstance(item, slice) or item.step not in (None, 1):
            raise TypeError("FileBody supports contiguous slices only")
        begin, end, _ = item.indices(len(self))
        return FileBody(self.segments, self.start + begin, self.start + max(begin, end))

    def __iter__(self) -> Iterator[bytes]:
        offset = 0  # of the current segment within the whole object
        for path, size in self.segments:
            lo, hi = max(self.start, offset), min(self.stop, offset + size)
            if lo < hi:
                with open(path, "rb") as f:
                    f.seek(lo - offset)
                    remaining = hi - lo
                    while remaining:
                        chunk = f.read(min(CHUNK, remaining))
                        if not chunk:  # a blob shorter than recorded: never hand out wrong bytes
                            raise OSError(f"blob {path} is truncated")
                        remaining -= len(chunk)
                        yield chunk
            offset += size
            if offset >= self.stop:
                break

    def __bytes__(self) -> bytes:
        return b"".join(self)


def _new_blob_path() -> Path:
    return blob_root() / uuid.uuid4().hex


def write_blob(chunks: Any) -> tuple[Segment, str]:
    """Write bytes (or an iterable of chunks) to a new blob; (segment, md5 hex)."""
    path = _new_blob_path()
    md5 = hashlib.md5()  # S3 defines the ETag as an MD5
    size = 0
    with open(path, "wb") as f:
        for chunk in [chunks] if isinstance(chunks, bytes | bytearray | memoryview) else chunks:
            f.write(chunk)
            md5.update(chunk)
            size += len(chunk)
    return (str(path), size), md5.hexdigest()


def segments_of(key: Any) -> list[Segment] | None:
    return key.__dict__.get("_argus_segments")


def adopt_segments(key: Any, segments: list[Segment]) -> None:
    """Make ``key``'s content these blob segments (used by completion and by a restore at start)."""
    buffer = key.__dict__.get("_value_buffer")
    if buffer is not None:
        buffer.close()
    import io

    key._value_buffer = io.BytesIO()  # moto closes it in dispose(); the content lives in the segments
    key._argus_segments = list(segments)
    key.contentsize = sum(size for _, size in segments)


def _streaming_checksum(segments: list[Segment], algorithm: str) -> str:
    """moto's ``compute_checksum`` over the whole object, fed chunk by chunk."""
    import base64
    import binascii

    if algorithm in ("SHA1", "SHA256"):
        digest = hashlib.new(algorithm.lower())
        for chunk in FileBody(segments):
            digest.update(chunk)
        raw = digest.digest()
    elif algorithm == "CRC64NVME":
        from awscrt import checksums

        value = 0
        for chunk in FileBody(segments):
            value = checksums.crc64nvme(chunk, value)
        raw = value.to_bytes(8, "big")
    else:  # CRC32 / CRC32C (moto falls back to CRC32 without the crc32c package too)
        try:
            import crc32c

            update = crc32c.crc32c if algorithm == "CRC32C" else binascii.crc32
        except ImportError:
            update = binascii.crc32
        value = 0
        for chunk in FileBody(segments):
            value = update(chunk, value)
        raw = value.to_bytes(4, "big")
    return base64.b64encode(raw).decode()


def _complete(self: Any, body: Iterator[tuple[int, str]]) -> tuple[Any, str, tuple[str, str, int] | None]:
    from moto.s3.exceptions import EntityTooSmall, InvalidPart, MalformedXML
    from moto.s3.models import S3_UPLOAD_PART_MIN_SIZE
    from moto.s3.utils import compute_checksum

    decode_hex = codecs.getdecoder("hex_codec")
    md5s = bytearray()
    segments: list[Segment] = []
    composite = bytearray()
    algorithm: str | None = self.metadata.get("x-amz-checksum-algorithm")
    checksum_type: str | None = self.metadata.get("x-amz-checksum-type")
    if algorithm and not checksum_type:
        checksum_type = "FULL_OBJECT" if algorithm == "CRC64NVME" else "COMPOSITE"
    last = None
    count = 0
    for pn, etag in body:
        part = self.parts.get(pn)
        part_etag = None
        if part is not None:
            part_etag = part.etag.replace('"', "")
            etag = etag.replace('"', "")
        if part is None or part_etag != etag:
            raise InvalidPart()
        if last is not None and last.contentsize < S3_UPLOAD_PART_MIN_SIZE:
            raise EntityTooSmall()
        md5s.extend(decode_hex(part_etag)[0])
        part_segments = segments_of(part)
        if part_segments is None:  # a part written before install(): moto's in-memory buffer
            part_segments = [write_blob(part.value)[0]]
            adopt_segments(part, part_segments)
        segments.extend(part_segments)
        if algorithm and checksum_type == "COMPOSITE":  # per part: bounded by the part size
            composite.extend(compute_checksum(part.value, algorithm, encode_base64=False))
        last = part
        count += 1
    if count == 0:
        raise MalformedXML
    full_etag = hashlib.md5(bytes(md5s))  # S3: the MD5 of the part MD5s
    checksum: tuple[str, str, int] | None = None
    if algorithm and checksum_type == "COMPOSITE":
        checksum = ("COMPOSITE", compute_checksum(bytes(composite), algorithm).decode(), count)
    elif algorithm:
        checksum = ("FULL_OBJECT", _streaming_checksum(segments, algorithm), 1)
    return DiskValue(segments), f"{full_etag.hexdigest()}-{count}", checksum


class DiskValue:
    """What :func:`_complete` hands to ``put_object``: the object's segments, not its bytes."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments


def _release_request_bodies(*holders: Any) -> None:
    """A request body (a part: MBs) stays reachable from a reference cycle of Flask's request and
    moto's response objects until the garbage collector runs, which few allocations trigger:
    measured +8 MiB RSS per 8 MiB part until the next collection, and the collections came late
    enough under load to hold 150 MiB. Once the response is built nothing reads the body again, so
    dropping the request's and the response's references frees it at once, whatever the
    collector does."""
    for holder in holders:
        attributes = getattr(holder, "__dict__", None) or {}
        for name in ("data", "_cached_data", "body", "raw_body"):
            value = attributes.get(name)
            if isinstance(value, bytes | bytearray) and len(value) > CHUNK:
                attributes[name] = b""


def install(root: Path) -> None:
    """Patch moto (once per process) and keep new blobs under ``root``; a later call moves new blobs."""
    root.mkdir(parents=True, exist_ok=True)
    _state["root"] = root
    if _state["installed"]:
        return
    import moto
    from moto.s3.models import FakeKey, FakeMultipart
    from moto.s3.responses import S3Response

    if moto.__version__ != EXPECTED_MOTO_VERSION:
        raise RuntimeError(
            f"argus.local.moto_s3_disk patches moto {EXPECTED_MOTO_VERSION} internals (FakeKey.value, "
            f"FakeMultipart.complete, S3Response.get_object); moto {moto.__version__} is installed: "
            "re-check those against the new version, then update EXPECTED_MOTO_VERSION"
        )
    original_value: property = FakeKey.value

    def get_value(self: Any) -> Any:
        segments = segments_of(self)
        if segments is None:
            return original_value.fget(self)
        if getattr(_streaming, "on", False):
            return FileBody(segments)
        return bytes(FileBody(segments))

    def set_value(self: Any, new_value: Any) -> None:
        if isinstance(new_value, DiskValue):
            adopt_segments(self, new_value.segments)
            return
        if isinstance(new_value, str):
            new_value = new_value.encode("utf-8")
        segment, md5 = write_blob(iter(new_value) if isinstance(new_value, FileBody) else new_value)
        adopt_segments(self, [segment])
        if self.__dict__.get("_etag") is None:
            self._etag = md5  # moto would read the buffer back for it

    FakeKey.value = property(get_value, set_value)
    FakeMultipart.complete = _complete

    original_get_object = S3Response.get_object

    def get_object(self: Any) -> Any:
        _streaming.on = True  # key.value is read once, as the body of this response
        try:
            return original_get_object(self)
        finally:
            _streaming.on = False

    S3Response.get_object = get_object

    original_key_response = S3Response.key_response

    def key_response(self: Any, request: Any, full_url: str, headers: Any) -> Any:
        try:
            return original_key_response(self, request, full_url, headers)
        finally:
            _release_request_bodies(request, self)

    S3Response.key_response = key_response
    _state["installed"] = True
