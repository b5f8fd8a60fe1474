"""Fault codes in log text: SAE J2012 DTCs, UDS negative responses, vendor error codes.

Codes always contain digits, so the text path looks for them on a line's *shape* (digits zeroed) once
per shape: ``candidates`` gives the offsets where a code could start, and ``codes_at`` checks just
those offsets with anchored matches on each line of that shape.
"""

from __future__ import annotations

import re
from itertools import islice

from functions.shared.contracts import CodeKind

# ISO 14229-1 negative response codes (the ones ECUs actually send).
NRC_NAMES = {
    0x10: "generalReject",
    0x11: "serviceNotSupported",
    0x12: "subFunctionNotSupported",
    0x13: "incorrectMessageLengthOrInvalidFormat",
    0x14: "responseTooLong",
    0x21: "busyRepeatRequest",
    0x22: "conditionsNotCorrect",
    0x24: "requestSequenceError",
    0x25: "noResponseFromSubnetComponent",
    0x26: "failurePreventsExecutionOfRequestedAction",
    0x31: "requestOutOfRange",
    0x33: "securityAccessDenied",
    0x35: "invalidKey",
    0x36: "exceedNumberOfAttempts",
    0x37: "requiredTimeDelayNotExpired",
    0x70: "uploadDownloadNotAccepted",
    0x71: "transferDataSuspended",
    0x72: "generalProgrammingFailure",
    0x73: "wrongBlockSequenceCounter",
    0x78: "requestCorrectlyReceivedResponsePending",
    0x7E: "subFunctionNotSupportedInActiveSession",
    0x7F: "serviceNotSupportedInActiveSession",
}
# UDS request service ids (ISO 14229-1), so a stray "7F xx yy" in a hex dump is not taken for an NRC.
UDS_SERVICES = frozenset(
    {0x10, 0x11, 0x14, 0x19, 0x22, 0x23, 0x24, 0x27, 0x28, 0x29, 0x2A, 0x2C, 0x2E, 0x2F, 0x31, 0x34, 0x35}
    | {0x36, 0x37, 0x38, 0x3D, 0x3E, 0x83, 0x84, 0x85, 0x86, 0x87}
)

_PATTERNS = {
    "dtc": rb"(?<![\w-])(?P<dtc>[PCBU][0-3][0-9A-F]{3})(?![\w])",
    "nrc": rb"(?<![\w])(?:0x)?7[Ff][ :,-]?(?:0x)?(?P<sid>[0-9A-Fa-f]{2})[ :,-]?(?:0x)?(?P<nrc>[0-9A-Fa-f]{2})(?![\w])",
    "nrc_only": rb"(?i:\bNRC)[ :=]*(?:0x)?(?P<nrc_only>[0-9A-Fa-f]{2})\b",
    "vendor": rb"(?<![\w-])(?P<vendor>(?:E|ERR|ERROR|FAULT|FLT|ALM|ALARM|DTC)[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?"
    rb"\d{3,6})(?![\w])",
    "label": rb"(?P<label>(?i:error[ _]?code|err(?:no|code)|fault[ _]?code))[ \t]*[:=]?[ \t]*"
    rb"(?P<value>0x[0-9A-Fa-f]+|-?\d+)\b",
}
_KIND_RX = {k: re.compile(v) for k, v in _PATTERNS.items()}

# Where a code *could* start once every digit is replaced by 0. Each alternative starts at the same
# byte as the pattern of the same name, and zeroing digits keeps offsets, so positions found on a
# line's shape are exact positions to try on every line of that shape.
_CANDIDATE_RX = re.compile(
    rb"(?P<dtc>[PCBU]0)|(?P<nrc>(?:0x)?0[Ff])|(?P<nrc_only>(?i:nrc))"
    rb"|(?P<vendor>(?:E|ERR|ERROR|FAULT|FLT|ALM|ALARM|DTC)[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?0)"
    rb"|(?P<label>(?i:error[ _]?code|errno|errcode|fault[ _]?code))"
)

Candidates = tuple[tuple[int, re.Pattern[bytes]], ...]
MAX_CANDIDATES = 32


def candidates(shape: bytes) -> Candidates:
    """Positions (and the pattern to try there) where a line of this digit-zeroed shape may hold a code.

    At most ``MAX_CANDIDATES``: a line of thousands of code-like words would otherwise cost memory
    per cached shape and a regex match per word on every line of that shape.
    """
    found = islice(_CANDIDATE_RX.finditer(shape), MAX_CANDIDATES)
    return tuple((m.start(), _KIND_RX[m.lastgroup or ""]) for m in found)


def codes_at(line: bytes, cands: Candidates) -> list[tuple[str, CodeKind]]:
    out = []
    for pos, rx in cands:
        m = rx.match(line, pos)
        if m is not None:
            code = _classify(m)
            if code is not None:
                out.append(code)
    return out


def _classify(m: re.Match[bytes]) -> tuple[str, CodeKind] | None:
    kind = m.lastgroup
    if kind == "dtc":
        return m.group("dtc").decode(), CodeKind.DTC
    elif kind == "nrc":
        sid, nrc = int(m.group("sid"), 16), int(m.group("nrc"), 16)
        if sid in UDS_SERVICES and nrc in NRC_NAMES:
            return f"7F {sid:02X} {nrc:02X}", CodeKind.UDS_NRC
    elif kind == "nrc_only":
        nrc = int(m.group("nrc_only"), 16)
        if nrc in NRC_NAMES:
            return f"NRC {nrc:02X}", CodeKind.UDS_NRC
    elif kind == "vendor":
        return m.group("vendor").decode(), CodeKind.VENDOR
    elif kind == "value":
        label = re.sub(rb"[ _]", b"_", m.group("label")).upper().decode()
        return f"{label}={m.group('value').decode()}", CodeKind.VENDOR
    return None
