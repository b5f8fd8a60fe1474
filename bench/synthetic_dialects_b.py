"""A second frozen set of synthetic dialects (set B): the clean held-out check.

Set A (``synthetic_dialects.py``) was frozen before tuning, but its failures were then read to find
which classes of mistakes the miner made, so it no longer counts as unseen. Set B was written
(2026-12-01, 20:40 UTC) before any miner change was evaluated on it, and only its aggregate figures are
ever printed by the benchmark: do not inspect its per-line output while changing the miner, and do not
edit it. Same slot generators as set A; different headers, events and seed.
"""

from __future__ import annotations

import random
import re

from synthetic_dialects import SLOTS, _name, _render, _ts

SEED = 4217
LINES = 2000


def h_iso_tid(rnd: random.Random, i: int) -> str:
    hh, mm, ss, _, us = _ts(rnd, i)
    return f"2026-12-01T{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}Z <{rnd.randint(1, 64)}> {rnd.choice(['I', 'W', 'E'])} "


def h_level_first(rnd: random.Random, i: int) -> str:
    hh, mm, ss, ms, _ = _ts(rnd, i)
    lvl = rnd.choices(["INFO ", "WARN ", "ERROR", "DEBUG"], [70, 15, 10, 5])[0]
    return f"{lvl} {hh:02d}:{mm:02d}:{ss:02d}.{ms:03d} [{_name(rnd)}-thread-{rnd.randint(1, 8)}] "


def h_pipe(rnd: random.Random, i: int) -> str:
    hh, mm, ss, ms, _ = _ts(rnd, i)
    return f"20261201 {hh:02d}{mm:02d}{ss:02d}.{ms:03d}|{_name(rnd).upper()}|{rnd.randint(1000, 99999)}|"


def h_hostport(rnd: random.Random, i: int) -> str:
    return f"{_name(rnd)}@10.0.{rnd.randint(0, 9)}.{rnd.randint(1, 99)}:{rnd.randint(2000, 2100)} #{i} "


def h_weekday(rnd: random.Random, i: int) -> str:
    hh, mm, ss, _, _ = _ts(rnd, i)
    day = ["Mon", "Tue", "Wed", "Thu", "Fri"][(i // 400) % 5]
    return f"{day} Dec  {1 + i // 400} {hh:02d}:{mm:02d}:{ss:02d} CET {rnd.choice(['gw01', 'gw02'])} "


DIALECTS = {
    "iso_tid": (
        h_iso_tid,
        [
            (25, "scheduler tick {num} late by {qty}"),
            (20, "job {uuid} finished with code {num} after {qty}"),
            (12, "queue {name} depth {num} (limit {num})"),
            (10, "evicted {num} entries from cache {quoted}"),
            (8, "mounted volume {path} at {path}"),
            (8, "peer {ipport} sent {num} frames"),
            (6, "retransmit seq={num} ack={num} win={num}"),
            (5, "lease renewed for {dur}"),
            (4, "leader is now {name}"),
            (2, "checkpoint written"),
        ],
    ),
    "level_first": (
        h_level_first,
        [
            (20, "Request {hex} served in {qty} status={num}"),
            (18, "Cache miss for key {quoted}"),
            (14, "Opened connection to {ipport}"),
            (12, "Pool stats: {kv}"),
            (10, "Flushed {num} records ({qty}) to {path}"),
            (8, "Vehicle {vin} session {uuid} started"),
            (6, "Rejected frame id {hex}: bad CRC"),
            (5, "Battery pack temperature {qty} exceeds limit {qty}"),
            (4, "Reloading rules from {path}"),
            (3, "Listener stopped"),
        ],
    ),
    "pipe": (
        h_pipe,
        [
            (25, "onStep count={num} total={num}"),
            (20, "sync record {hex} to server ok in {qty}"),
            (15, "screen {state} reason {num}"),
            (10, "upload {path} size {qty}"),
            (10, "gps fix lat={float} lon={float} acc={qty}"),
            (8, "user {user} opened page {quoted}"),
            (6, "alarm set for {dur}"),
            (4, "network lost"),
        ],
    ),
    "hostport": (
        h_hostport,
        [
            (25, "GET {path} -> {num} ({qty})"),
            (20, "PUT {path} -> {num} ({qty})"),
            (12, "token for {user} expires in {qty}"),
            (10, "rate limit {num}/{num} for {ip}"),
            (10, "handshake with {ipport} failed: {quoted}"),
            (8, "{num} workers busy, {num} idle"),
            (6, "config {ver} active"),
            (4, "draining"),
        ],
    ),
    "weekday": (
        h_weekday,
        [
            (20, "kernel: usb {num}-{num}: new high-speed USB device number {num} using ehci-pci"),
            (18, "dhcpd: DHCPACK on {ip} to {hex} via eth{num}"),
            (14, "sshd[{num}]: Accepted publickey for {user} from {ip} port {num} ssh2"),
            (12, "sshd[{num}]: Connection closed by {ip} port {num} [preauth]"),
            (10, "cron[{num}]: ({user}) CMD ({path} --quiet)"),
            (8, "ntpd[{num}]: adjusting local clock by {float}s"),
            (6, "kernel: CAN{num}: bus-off, restarting in {qty}"),
            (6, "systemd[1]: Started {name}.service."),
        ],
    ),
}


def generate(dialect: str, lines: int = LINES, seed: int = SEED) -> tuple[list[bytes], list[str]]:
    header, events = DIALECTS[dialect]
    rnd = random.Random(f"{seed}:{dialect}")
    weights = [w for w, _ in events]
    out: list[bytes] = []
    truth: list[str] = []
    for i in range(lines):
        text, template = _render(rnd.choices(events, weights)[0][1], rnd)
        out.append((header(rnd, i) + text).encode())
        truth.append(template)
    return out, truth


_USED = {slot for _, events in DIALECTS.values() for _, e in events for slot in re.findall(r"\{(\w+)\}", e)}
assert set(SLOTS) >= _USED
