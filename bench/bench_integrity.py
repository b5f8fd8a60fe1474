"""What the security checks cost, each next to its baseline in the same run.

1. Parsing a text log with the declared SHA-256 verified in the same pass, vs. without.
2. Verifying a bearer JWT (RS256 and ES256, against a JWKS) on every request, as the uncached
   authorizer does, vs. the HMAC check of the previous home-made tokens.

    python bench/bench_integrity.py [--mib 256] [--quick]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.http.auth import ENGINEER_MAX_LIFETIME_S, Issuer, PemSigner, StaticKeys, issue_token, verify_token
from functions.parse.service import ParseService
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore, InMemoryQueue

VIN = "WVWZZZ1JZXW000001"


def make_log(mib: int) -> bytes:
    lines = []
    size, i = 0, 0
    while size < mib << 20:
        level = "ERROR" if i % 53 == 7 else "INFO"
        line = f"2026-11-27T08:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z ecu-{i % 7}[{300 + i % 11}]: {level} "
        line += (
            f"can0 rx frames={1000 + i} busload={30 + i % 7}% DTC P0{300 + i % 9}\n"
            if level == "ERROR"
            else (f"heartbeat seq={i} temp={40 + i % 13}.{i % 10} C\n")
        )
        lines.append(line)
        size += len(line)
        i += 1
    return "".join(lines).encode()


def parse_once(data: bytes, declared: str | None) -> float:
    repo, store = InMemoryBatchRepository(), InMemoryObjectStore()
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    key = batch.object_key("f_1")
    record = FileRecord(batch_id=batch.batch_id, file_id="f_1", name="a.log", size=len(data), sha256=declared,
                        object_key=key, upload_id="u", part_size=5 << 20)  # fmt: skip
    repo.add_file(batch, record)
    repo.save_file_status(record, record.transition(FileStatus.UPLOADED))
    store.objects[key] = data
    store.open_stream = lambda _key: io.BytesIO(store.objects[_key])  # a forward-only stream over the bytes
    service = ParseService(repo=repo, store=store, barrier_queue=InMemoryQueue())
    started = time.perf_counter()
    outcome = service.process(batch.batch_id, "f_1")
    elapsed = time.perf_counter() - started
    assert outcome is not None and outcome.status == "parsed", outcome
    return elapsed


def tokens(rounds: int) -> None:
    def pem(key) -> bytes:
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    signers = {
        "RS256": PemSigner(pem(rsa.generate_private_key(public_exponent=65537, key_size=2048)), "r", "RS256"),
        "ES256": PemSigner(pem(ec.generate_private_key(ec.SECP256R1())), "e", "ES256"),
    }
    keys = StaticKeys({"keys": [s.public_jwk() for s in signers.values()]})
    issuers = [Issuer("https://idp.example", "app", "engineer", keys, ENGINEER_MAX_LIFETIME_S)]
    secret = b"a-shared-hmac-secret-0123456789abcdef"
    payload = b"v1.eyJyb2xlIjoiZW5naW5lZXIiLCJzdWIiOiJhZGEifQ"
    mac = hmac.new(secret, payload, hashlib.sha256).digest()
    started = time.perf_counter()
    for _ in range(rounds):
        hmac.compare_digest(hmac.new(secret, payload, hashlib.sha256).digest(), mac)
    baseline_us = (time.perf_counter() - started) / rounds * 1e6
    print(f"HMAC token check (old, baseline)   {baseline_us:8.1f} µs/request")
    for alg, signer in signers.items():
        token = issue_token(signer, issuer="https://idp.example", audience="app", role="engineer", subject="ada",
                            ttl_s=3600)  # fmt: skip
        started = time.perf_counter()
        for _ in range(rounds):
            verify_token(token, issuers)
        us = (time.perf_counter() - started) / rounds * 1e6
        print(f"JWT {alg} verify (authorizer)      {us:8.1f} µs/request   ratio {us / baseline_us:6.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    mib = 32 if args.quick else args.mib
    data = make_log(mib)
    digest = hashlib.sha256(data).hexdigest()
    parse_once(data[: 1 << 20], None)  # warm imports
    without = min(parse_once(data, None) for _ in range(2))
    with_hash = min(parse_once(data, digest) for _ in range(2))
    print(f"parse {mib} MiB text log, no declared SHA-256 (baseline)  {without:6.2f} s  {mib / without:7.1f} MiB/s")
    print(
        f"parse {mib} MiB text log, SHA-256 verified in the same pass {with_hash:6.2f} s  {mib / with_hash:7.1f} MiB/s"
        f"   ratio {with_hash / without:5.3f}x"
    )
    tokens(200 if args.quick else 2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
