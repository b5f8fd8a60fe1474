"""S3: presigned multipart uploads and streaming reads."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from botocore.exceptions import ClientError

from functions.core.domain.errors import NotFound, PartsInvalid
from functions.core.ports import UploadedPart


class S3ObjectStore:
    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self._bucket = bucket

    def create_multipart(self, key: str, content_type: str | None) -> str:
        kwargs: dict[str, Any] = {"Bucket": self._bucket, "Key": key}
        if content_type:
            kwargs["ContentType"] = content_type
        return self._s3.create_multipart_upload(**kwargs)["UploadId"]

    def presign_part(self, key: str, upload_id: str, number: int, expires_in: int, length: int | None = None) -> str:
        params: dict[str, Any] = {"Bucket": self._bucket, "Key": key, "UploadId": upload_id, "PartNumber": number}
        if length is not None:
            # SigV4 then lists content-length in X-Amz-SignedHeaders. A per-part checksum cannot be
            # bound here: only the whole file's SHA-256 is declared, and it is checked when parsing.
            params["ContentLength"] = length
        return self._s3.generate_presigned_url(
            "upload_part",
            Params=params,
            ExpiresIn=expires_in,
            HttpMethod="PUT",
        )

    def list_parts(self, key: str, upload_id: str) -> list[UploadedPart]:
        parts: list[UploadedPart] = []
        kwargs: dict[str, Any] = {"Bucket": self._bucket, "Key": key, "UploadId": upload_id}
        try:
            while True:
                response = self._s3.list_parts(**kwargs)
                parts.extend(
                    UploadedPart(number=p["PartNumber"], etag=p["ETag"], size=p["Size"])
                    for p in response.get("Parts", [])
                )
                if not response.get("IsTruncated"):
                    return parts
                kwargs["PartNumberMarker"] = response["NextPartNumberMarker"]
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("NoSuchUpload", "NoSuchKey", "404"):
                raise NotFound("the multipart upload no longer exists") from exc
            raise

    def complete_multipart(self, key: str, upload_id: str, parts: list[tuple[int, str]]) -> None:
        try:
            self._s3.complete_multipart_upload(
                Bucket=self._bucket,
                Key=key,
                UploadId=upload_id,
                MultipartUpload={"Parts": [{"PartNumber": n, "ETag": etag} for n, etag in parts]},
            )
        except ClientError as exc:
            code = exc.response["Error"]["Code"]
            if code in ("InvalidPart", "InvalidPartOrder", "EntityTooSmall"):
                raise PartsInvalid(f"S3 refused the parts: {code}", details={"s3_error": code}) from exc
            if code in ("NoSuchUpload", "404"):
                raise NotFound("the multipart upload no longer exists") from exc
            raise

    def abort_multipart(self, key: str, upload_id: str) -> None:
        try:
            self._s3.abort_multipart_upload(Bucket=self._bucket, Key=key, UploadId=upload_id)
        except ClientError as exc:
            if exc.response["Error"]["Code"] not in ("NoSuchUpload", "404"):
                raise

    def open_stream(self, key: str) -> BinaryIO:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"]
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("NoSuchKey", "404"):
                raise NotFound(f"object {key} does not exist") from exc
            raise

    def open_range(self, key: str, start: int, end: int | None = None) -> BinaryIO:
        if end is not None and end <= start:
            return io.BytesIO(b"")  # an empty range is not expressible as an HTTP Range
        span = f"bytes={start}-" if end is None else f"bytes={start}-{end - 1}"
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key, Range=span)["Body"]
        except ClientError as exc:
            code = exc.response["Error"]["Code"]
            if code in ("NoSuchKey", "404"):
                raise NotFound(f"object {key} does not exist") from exc
            if code == "InvalidRange":  # starting at or past the end: nothing there
                return io.BytesIO(b"")
            raise

    def object_size(self, key: str) -> int | None:
        try:
            return int(self._s3.head_object(Bucket=self._bucket, Key=key)["ContentLength"])
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("NoSuchKey", "404", "NotFound"):
                return None
            raise

    def presign_get(self, key: str, expires_in: int) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=expires_in, HttpMethod="GET"
        )

    def put_bytes(self, key: str, body: bytes, content_type: str = "application/json") -> None:
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=body, ContentType=content_type)

    def get_bytes(self, key: str) -> bytes | None:
        try:
            return self._s3.get_object(Bucket=self._bucket, Key=key)["Body"].read()
        except ClientError as exc:
            if exc.response["Error"]["Code"] in ("NoSuchKey", "404"):
                return None
            raise
