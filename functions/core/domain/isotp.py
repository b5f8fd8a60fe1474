"""ISO 15765-2 (ISO-TP) reassembly: CAN frames of diagnostic traffic → whole UDS/OBD payloads.

Pure protocol rules, no I/O. One session per sending CAN id (each id is one direction of a
tester↔ECU pair). Single frames and first frame + consecutive frames are reassembled; flow-control
frames carry no payload and are skipped; a consecutive frame out of sequence drops the session.
CAN FD escapes (single frame length 0 + a length byte, first frame length 0 + a 32-bit length) are
read too. Payloads are capped at ``MAX_PAYLOAD`` bytes (ISO-TP allows 4 GiB; diagnostic responses
are far smaller), and at most ``MAX_SESSIONS`` ids have a transfer open at once.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PAYLOAD = 4095
MAX_SESSIONS = 4096

# First bytes a UDS (ISO 14229-1) or OBD (SAE J1979) payload can start with: requests, positive
# responses (request + 0x40) and the negative response 0x7F. Lets callers tell diagnostic traffic
# from ordinary signal frames that happen to look like ISO-TP.
_REQUESTS = frozenset(
    set(range(0x01, 0x0B))
    | {0x10, 0x11, 0x14, 0x19, 0x22, 0x23, 0x24, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2E, 0x2F, 0x31}
    | {0x34, 0x35, 0x36, 0x37, 0x38, 0x3D, 0x3E, 0x83, 0x84, 0x85, 0x86, 0x87}
)
SERVICE_IDS = frozenset(_REQUESTS | {s + 0x40 for s in _REQUESTS} | {0x7F})


def is_diagnostic_payload(payload: bytes) -> bool:
    return bool(payload) and payload[0] in SERVICE_IDS


@dataclass(slots=True)
class _Open:
    size: int
    data: bytearray
    next_sn: int
    ts: float | None


class IsoTpReassembler:
    """Feed frames in time order; ``feed`` returns a finished payload, or None."""

    def __init__(self) -> None:
        self._open: dict[int, _Open] = {}
        self.dropped = 0  # transfers abandoned: a gap in the sequence, a new first frame, or too many open

    def feed(self, can_id: int, data: bytes, ts: float | None = None) -> tuple[bytes, float | None] | None:
        """The payload completed by this frame and the time its transfer began, else None."""
        if not data:
            return None
        kind = data[0] >> 4
        if kind == 0:  # single frame
            n, body = data[0] & 0x0F, data[1:]
            if n == 0 and len(data) > 8:  # CAN FD: the length is in the next byte
                n, body = data[1], data[2:]
            if 0 < n <= len(body):
                self._open.pop(can_id, None)
                return bytes(body[:n]), ts
            return None
        if kind == 1:  # first frame
            if len(data) < 2:
                return None
            size, body = ((data[0] & 0x0F) << 8) | data[1], data[2:]
            if size == 0 and len(data) >= 6:
                size, body = int.from_bytes(data[2:6], "big"), data[6:]
            if size <= len(body) or size > MAX_PAYLOAD:
                return None
            if can_id in self._open:
                self.dropped += 1
            elif len(self._open) >= MAX_SESSIONS:
                self.dropped += 1
                return None
            self._open[can_id] = _Open(size, bytearray(body), 1, ts)
            return None
        if kind == 2:  # consecutive frame
            cur = self._open.get(can_id)
            if cur is None:
                return None
            if data[0] & 0x0F != cur.next_sn:
                del self._open[can_id]
                self.dropped += 1
                return None
            cur.data += data[1:]
            cur.next_sn = (cur.next_sn + 1) & 0x0F
            if len(cur.data) >= cur.size:
                del self._open[can_id]
                return bytes(cur.data[: cur.size]), cur.ts
            return None
        return None  # 3: flow control (no payload); 4-15: not ISO-TP
