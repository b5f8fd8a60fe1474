"""moto's S3 in the local cloud keeps objects on disk: a multipart upload, its completion and a
streaming GET of a file several times larger than the allowed growth leave the server's peak RSS
flat. moto alone joins every part in memory (and copies it twice), so this fails without
``argus.local.moto_s3_disk``. Measured in a child process: RSS is per process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap

import boto3
import httpx
import pytest

MIB = 1024 * 1024
PART = 8 * MIB
PARTS = 32  # 256 MiB: moto alone peaks at ≥ 3× this; on disk, measured 12 to 29 MiB (a few bodies in flight)
ALLOWED_GROWTH = 64 * MIB

_SERVER = textwrap.dedent(
    """
    import os, sys
    from argus.local.cloud import start_moto_server
    server, endpoint = start_moto_server()
    print(endpoint, flush=True)
    for line in sys.stdin:  # "rss" -> current and peak RSS in bytes; EOF -> exit
        status = dict(l.split(":", 1) for l in open("/proc/self/status").read().splitlines() if ":" in l)
        print(int(status["VmRSS"].split()[0]) * 1024, int(status["VmHWM"].split()[0]) * 1024, flush=True)
    server.stop()
    """
)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads peak RSS from /proc (Linux)")
def test_multipart_upload_completion_and_get_keep_the_server_rss_flat() -> None:
    # Given a moto server in its own process, as the local cloud starts it
    env = {**os.environ, "S3_UPLOAD_PART_MIN_SIZE": "1", "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x"}
    child = subprocess.Popen(
        [sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        endpoint = child.stdout.readline().strip()

        def rss() -> tuple[int, int]:
            child.stdin.write("rss\n")
            child.stdin.flush()
            current, peak = child.stdout.readline().split()
            return int(current), int(peak)

        s3 = boto3.client(
            "s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
        )
        s3.create_bucket(Bucket="flat-memory")
        upload_id = s3.create_multipart_upload(Bucket="flat-memory", Key="big.log")["UploadId"]
        block = os.urandom(MIB)
        part_body = block * (PART // MIB)
        baseline, _ = rss()

        # When a file of PARTS parts goes up through presigned part URLs, is completed, and read back
        parts = []
        with httpx.Client(timeout=60) as http:
            for number in range(1, PARTS + 1):
                url = s3.generate_presigned_url(
                    "upload_part",
                    Params={"Bucket": "flat-memory", "Key": "big.log", "UploadId": upload_id, "PartNumber": number},
                )
                response = http.put(url, content=part_body)
                response.raise_for_status()
                parts.append({"PartNumber": number, "ETag": response.headers["ETag"]})
        s3.complete_multipart_upload(
            Bucket="flat-memory", Key="big.log", UploadId=upload_id, MultipartUpload={"Parts": parts}
        )
        digest, size = hashlib.sha256(), 0
        for chunk in s3.get_object(Bucket="flat-memory", Key="big.log")["Body"].iter_chunks(MIB):
            digest.update(chunk)
            size += len(chunk)
        ranged = s3.get_object(Bucket="flat-memory", Key="big.log", Range=f"bytes={PART - 10}-{PART + 9}")
        _, peak = rss()

        # Then every byte came back, and the server grew by far less than the file
        assert size == PART * PARTS
        assert digest.hexdigest() == hashlib.sha256(part_body * PARTS).hexdigest()
        assert ranged["Body"].read() == (part_body[-10:] + part_body[:10])
        assert peak - baseline < ALLOWED_GROWTH, f"peak RSS grew {(peak - baseline) / MIB:.0f} MiB"
    finally:
        child.stdin.close()
        child.wait(timeout=30)
