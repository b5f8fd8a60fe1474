"""SAE J1939 rules: identifiers, DM1 active diagnostic trouble codes, and the transport protocol.

Pure protocol rules, no I/O. Facts from SAE J1939-21 (29-bit identifier, TP.CM/TP.DT transport) and
J1939-73 (DM1 layout: two lamp bytes, then 4 bytes per DTC — SPN in 19 bits, FMI in 5, occurrence
count in 7, conversion method 4, the current one).
"""

from __future__ import annotations

from dataclasses import dataclass

PGN_DM1 = 0xFECA
PGN_TP_CM = 0xEC00
PGN_TP_DT = 0xEB00
_BAM, _RTS, _ABORT = 0x20, 0x10, 0xFF
MAX_TP_BYTES = 1785  # 255 packets × 7 bytes
MAX_TP_SESSIONS = 1024
_LAMPS = ("MIL", "RSL", "AWL", "PL")  # malfunction, red stop, amber warning, protect (bits 7-6 .. 1-0)


def split_id(can_id: int) -> tuple[int, int, int, int]:
    """(priority, PGN, destination address, source address) of a 29-bit identifier."""
    priority = (can_id >> 26) & 0x7
    dp = (can_id >> 24) & 0x3  # extended data page + data page
    pf = (can_id >> 16) & 0xFF
    ps = (can_id >> 8) & 0xFF
    sa = can_id & 0xFF
    if pf < 240:  # PDU1: PS is a destination address
        return priority, (dp << 16) | (pf << 8), ps, sa
    return priority, (dp << 16) | (pf << 8) | ps, 0xFF, sa


@dataclass(frozen=True, slots=True)
class Dtc:
    spn: int
    fmi: int
    oc: int

    @property
    def code(self) -> str:
        return f"SPN{self.spn}-FMI{self.fmi}"


# How a decoded DM1 is written into the log stream ("J1939 DM1 SA 0B lamps AWL SPN117-FMI1 OC1"): a carrier of
# its codes, whose "lamps" are the diagnostic lamp status, no lamp of the vehicle's lighting.
DM1_PREFIX = "J1939 DM1 SA "


def is_dm1_text(message: str) -> bool:
    return message[: len(DM1_PREFIX)].upper() == DM1_PREFIX.upper()


@dataclass(frozen=True, slots=True)
class Dm1:
    lamps: dict[str, bool]
    dtcs: tuple[Dtc, ...]

    def text(self, source: int) -> str:
        on = [name for name, lit in self.lamps.items() if lit]
        lamps = "lamps " + (",".join(on) if on else "off")
        body = " ".join(f"{d.code} OC{d.oc}" for d in self.dtcs) or "no active DTC"
        return f"{DM1_PREFIX}{source:02X} {lamps} {body}"


def decode_dm1(data: bytes) -> Dm1 | None:
    if len(data) < 6:
        return None
    lamps = {name: (data[0] >> (6 - 2 * i)) & 0x3 == 1 for i, name in enumerate(_LAMPS)}
    dtcs = []
    for off in range(2, len(data) - 3, 4):
        b2, b3, b4, b5 = data[off : off + 4]
        spn = b2 | (b3 << 8) | ((b4 & 0xE0) << 11)
        fmi = b4 & 0x1F
        if spn in (0, 0x7FFFF):  # "no DTC" and padding
            continue
        dtcs.append(Dtc(spn, fmi, b5 & 0x7F))
    return Dm1(lamps, tuple(dtcs))


@dataclass(slots=True)
class _Transfer:
    pgn: int
    size: int
    packets: int
    data: bytearray
    next_seq: int
    ts: float | None


class TransportReassembler:
    """Multi-packet messages (BAM broadcast, or RTS/CTS to one node) keyed by (source, destination)."""

    def __init__(self) -> None:
        self._open: dict[tuple[int, int], _Transfer] = {}
        self.dropped = 0

    def feed(self, pgn: int, sa: int, da: int, data: bytes, ts: float | None = None):
        """(PGN, payload, start time) of the message this frame completes, else None."""
        if pgn == PGN_TP_CM and len(data) >= 8:
            ctrl = data[0]
            if ctrl in (_BAM, _RTS):
                size = data[1] | (data[2] << 8)
                if 8 < size <= MAX_TP_BYTES and len(self._open) < MAX_TP_SESSIONS:
                    target = data[5] | (data[6] << 8) | (data[7] << 16)
                    if (sa, da) in self._open:
                        self.dropped += 1
                    self._open[(sa, da)] = _Transfer(target, size, data[3], bytearray(), 1, ts)
            elif ctrl == _ABORT and self._open.pop((sa, da), None) is not None:
                self.dropped += 1
            return None
        if pgn == PGN_TP_DT and len(data) >= 2:
            cur = self._open.get((sa, da))
            if cur is None:
                return None
            if data[0] != cur.next_seq:
                del self._open[(sa, da)]
                self.dropped += 1
                return None
            cur.data += data[1:8]
            cur.next_seq += 1
            if len(cur.data) >= cur.size or cur.next_seq > cur.packets:
                del self._open[(sa, da)]
                return cur.pgn, bytes(cur.data[: cur.size]), cur.ts
        return None
