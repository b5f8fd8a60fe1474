"""What CAN dumps and diagnostic hex traces share: frames → channels, ISO-TP payloads, J1939 DM1 codes.

A frame is counted per channel (interface and identifier). Diagnostic traffic is reassembled with
ISO-TP and each payload becomes one message ``<ECU id> UDS <hex bytes>`` so codes (``7F 22 31``),
templates and severities come out of the same machinery as text logs; an OBD-II DTC response (0x43,
0x47, 0x4A) also spells its decoded codes and their status (``... OBD DTC P0301 confirmed``). J1939 DM1 messages (single
frame or multi-packet BAM/RTS) become a message and one ``SPN<spn>-FMI<fmi>`` code per active DTC.
"""

from __future__ import annotations

from functions.core.domain.contracts import CodeKind
from functions.core.domain.dtc import OBD_DTC_RESPONSES, decode_obd_dtcs
from functions.core.domain.isotp import IsoTpReassembler, is_diagnostic_payload
from functions.core.domain.j1939 import PGN_DM1, PGN_TP_CM, PGN_TP_DT, TransportReassembler, decode_dm1, split_id
from functions.parse.builder import SummaryBuilder
from functions.parse.formats._common import RecordSink
from functions.parse.severity import ERROR, INFO, WARNING

_NRC_PENDING = 0x78  # "response pending": routine while an ECU works, not a fault
_DTC_STATUS_FAULTY = 0x09  # ISO 14229-1 DTC status bits 0 (testFailed) and 3 (confirmedDTC)


def _is_isotp_id(can_id: int, extended: bool) -> bool:
    # Diagnostic identifiers by convention: 11-bit 0x600-0x7FF (OBD 0x7DF/0x7E0-0x7EF sit there), and
    # 29-bit ISO 15765-4 normal fixed addressing (PF 0xDA physical, 0xDB functional).
    if extended:
        return (can_id >> 16) & 0xFF in (0xDA, 0xDB)
    return 0x600 <= can_id <= 0x7FF


def uds_severity(payload: bytes) -> int:
    if payload[0] == 0x7F:
        return INFO if len(payload) >= 3 and payload[2] == _NRC_PENDING else WARNING
    if payload[0] == 0x59 and len(payload) >= 7 and payload[1] in (0x02, 0x0A, 0x0F, 0x13, 0x15, 0x17):
        # reportDTC...ByStatusMask and friends: 3-byte DTC + status byte records after the mask
        statuses = payload[6::4]
        if any(s & _DTC_STATUS_FAULTY for s in statuses):
            return WARNING
    if OBD_DTC_RESPONSES.get(payload[0]) == "confirmed" and decode_obd_dtcs(payload):
        return WARNING  # (a pending code is listed at info, as a scan tool does; the code still counts)
    return INFO


def obd_text(payload: bytes) -> str:
    """What an OBD-II DTC response (or a clear's acknowledgement) says, in the words the text path
    reads codes from: each code is followed by its status word (``OBD DTC P0301 confirmed``), so its
    status reaches the diagnosis as a UDS record's does. Empty for any other payload."""
    if payload[:1] in (b"\x54", b"\x44"):
        # (ClearDiagnosticInformation / OBD mode 04 acknowledged: named, so it stays a line of its own
        # and the diagnosis can tell the codes reported before it were erased)
        return " DTC memory cleared"
    codes = decode_obd_dtcs(payload)
    if not codes:
        return ""
    status = OBD_DTC_RESPONSES[payload[0]]
    kind = "permanent DTC" if payload[0] == 0x4A else "DTC"
    return f" OBD {kind} " + ", ".join(f"{c} {status}" for c in codes)


def format_id(can_id: int, extended: bool) -> str:
    return f"{can_id:08X}" if extended else f"{can_id:03X}"


class FrameSink:
    """Frames in time order → the builder. ``isotp_all``: every identifier carries ISO-TP (hex traces)."""

    def __init__(self, builder: SummaryBuilder, *, isotp_all: bool = False) -> None:
        self.b = builder
        self.sink = RecordSink(builder)
        self.isotp = IsoTpReassembler()
        self.tp = TransportReassembler()
        self.isotp_all = isotp_all
        self.index = -1

    def frame(
        self, channel: str, can_id: int, extended: bool, data: bytes, ts: float | None, *, raw: bool = False
    ) -> None:
        """One frame; ``raw``: ``data`` is a whole payload already (an addressed DoIP/tester line)."""
        self.index += 1
        b = self.b
        b.messages += 1
        if ts is not None:
            b.observe_time(ts)
        ident = format_id(can_id, extended)
        b.add_channel(f"{channel} 0x{ident}" if channel else f"0x{ident}")
        if self.isotp_all or _is_isotp_id(can_id, extended):
            if (raw or len(data) > 8) and self.isotp_all and is_diagnostic_payload(data):
                self.payload(ident, data, ts)  # a raw payload (DoIP, a tester's log): no ISO-TP framing
                return
            done = self.isotp.feed(can_id, data, ts)
            if done is not None and is_diagnostic_payload(done[0]):
                self.payload(ident, done[0], done[1] if done[1] is not None else ts)
            return
        if extended:
            _, pgn, da, sa = split_id(can_id)
            if pgn == PGN_DM1 and len(data) <= 8:
                self.dm1(sa, data, ts)
            elif pgn in (PGN_TP_CM, PGN_TP_DT):
                done = self.tp.feed(pgn, sa, da, data, ts)
                if done is not None and done[0] == PGN_DM1:
                    self.dm1(sa, done[1], done[2] if done[2] is not None else ts)

    def payload(self, ident: str, payload: bytes, ts: float | None) -> None:
        text = f"{ident} UDS {payload.hex(' ').upper()}{obd_text(payload)}"
        self.sink.record(text, uds_severity(payload), ts, self.index, channel=None)

    def dm1(self, sa: int, data: bytes, ts: float | None) -> None:
        dm1 = decode_dm1(data)
        if dm1 is None:
            return
        lamps = dm1.lamps
        if lamps["MIL"] or lamps["RSL"]:
            sev = ERROR
        elif dm1.dtcs:
            sev = WARNING
        else:
            sev = INFO
        text = dm1.text(sa)
        self.sink.record(text, sev, ts, self.index)
        for dtc in dm1.dtcs:
            self.b.add_code(dtc.code, CodeKind.J1939, sev, ts, message_index=self.index, text=text)

    def error_frame(self, channel: str, ts: float | None) -> None:
        self.index += 1
        self.b.messages += 1
        text = f"{channel} error frame"
        self.sink.record(text, ERROR, ts, self.index)
        self.b.add_code(f"{channel} ERROR_FRAME", CodeKind.CAN, ERROR, ts, message_index=self.index, text=text)

    def finish(self) -> tuple[list[int], list[str]]:
        return self.sink.finish()
