"""Fault codes in log text: SAE J2012 DTCs in every spelling, UDS negative responses and
ReadDTCInformation records, SAE J1939 SPN/FMI, vendor error codes.

Canonical code strings (one fact, so counts merge whatever the spelling):

* a J2012 DTC ``P0301``; with its ISO 14229-1 failure-type byte ``U0121-87`` (from ``U0121-87``,
  ``U0121:87``, ``U012187`` or the 3-byte hex ``0xC12187`` after a DTC label);
* with a status when the log states one: ``P0A7F-1B/confirmed`` (``/pending``, ``/test_failed``,
  ``/stored``), from a UDS 0x59 record's status byte or a status word next to the code;
* J1939 ``SPN110-FMI0``; UDS negative responses ``7F 36 72``.

Codes always contain digits, so the text path looks for them on a line's *shape* (digits zeroed) once
per shape: ``candidates`` gives the offsets where a code could start, and ``codes_at`` checks just
those offsets with anchored matches on each line of that shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import islice
from types import ModuleType

from functions.core.domain.contracts import CodeKind
from functions.core.domain.dtc import decode_dtc_bytes, status_name
from functions.core.domain.vendor import VENDOR_TOKENS

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

_HEX = rb"[0-9A-Fa-f]{2}"
_SEP = rb"[ :]?(?:0[xX])?"
# ReadDTCInformation sub-functions whose positive response is [0x59, sf, availability mask, records of
# DTC high, middle, low byte + status byte] (ISO 14229-1 §11.3).
_DTC_RECORD_SUBFUNCTIONS = frozenset({0x02, 0x0A, 0x0F, 0x13, 0x15, 0x17})
_STATUS_WORD = rb"(?i:\W{1,3}(?:status\W{0,3})?(?P<word>pending|confirmed|history|historic|active|test[ _-]?failed)\b)?"

# An event-memory table row: the code, then its failure-type byte in a column of its own (only when the
# code has no suffix) and its status byte, written 0x.., in the next (``0x0201  P0562-00  0x50  TNCSLC``,
# ``0x0011 B0001  1B  0xAF``). The 0x marks the status column: a bare number after a code may be a count.
_COLUMNS = (
    rb"(?:(?(ftb)|(?:[ \t]+(?P<ftbcol>[0-9A-Fa-f]{2})(?=[ \t]+0[xX][0-9A-Fa-f]{2}(?![\w])))?)"
    rb"[ \t]+0[xX](?P<colstatus>[0-9A-Fa-f]{2})(?![\w]))?"
)

# A DTC status after a 3-byte DTC (ISO 14229-1 DTCAndStatusRecord written out): a status byte under a key
# (``status 0x24``, ``st 0x2F``, ``UDS-Status=0x2F``, ``"status":"0x09"``) or a status word
# (``TestFailed``), after an optional parenthesised description of the code.
_STATUS_KEY = rb"(?:[A-Za-z]{1,4}[-_])?(?i:status|stat|sts|st)(?![A-Za-z])"


def _hex_status_tail(named: bool) -> bytes:
    byte = rb"(?P<status>[0-9A-Fa-f]{2})" if named else rb"[0-9A-Fa-f]{2}"
    words = rb"(?i:test[ _-]?failed|pending|confirmed)"
    word = rb"(?P<word>" + words + rb")" if named else words
    return (
        rb"(?:[ \t]*\([^()\n]{0,60}\))?[\"']?[ \t,;]*[\"']?(?:" + _STATUS_KEY
        + rb"[\"']?[ \t]*[:=]?[ \t]*[\"']?(?:0[xX])?" + byte + rb"(?![0-9A-Za-z])|" + word + rb"\b)"
    )


_PATTERNS = {
    "dtc": rb"(?<![\w-])(?P<dtc>[PCBU][0-3][0-9A-F]{3})(?:[-:]?(?P<ftb>[0-9A-F]{2}))?(?![\w])"
    + _COLUMNS + rb"(?:[^\n]{0,24}?(?i:status)\W{0,3}(?:0x)?(?P<status>[0-9A-Fa-f]{2})\b)?" + _STATUS_WORD,
    "dtchex": rb"(?i:dtc|code)\W{1,12}0[xX](?P<dtchex>[0-9A-Fa-f]{6})(?![0-9A-Za-z])(?:" + _hex_status_tail(True)
    + rb")?",
    # without a DTC label, a 3-byte hex value is a DTC only when a DTC status follows it
    "hexrec": rb"0[xX](?P<dtchex>[0-9A-Fa-f]{6})(?![0-9A-Za-z])" + _hex_status_tail(True),
    "uds": rb"(?<![0-9A-Za-z.])(?:0[xX])?59" + _SEP + rb"(?P<sf>" + _HEX + rb")" + _SEP + _HEX
    + rb"(?P<recs>(?:" + _SEP + _HEX + rb"){4,})",
    "j1939": rb"(?i:\bSPN)\W{0,3}(?P<spn>\d{1,6})[\s,;/|()-]{0,4}(?i:FMI)\W{0,3}(?P<fmi>\d{1,2})\b",
    "nrc": rb"(?<![\w])(?:0x)?7[Ff][ :,-]?(?:0x)?(?P<sid>[0-9A-Fa-f]{2})[ :,-]?(?:0x)?(?P<nrc>[0-9A-Fa-f]{2})(?![\w])",
    "nrc_only": rb"(?i:\bNRC)[ :=]*(?:0x)?(?P<nrc_only>[0-9A-Fa-f]{2})\b",
    # Not glog's level+date prefix ("E1108 12:22:55.454465"): a letter and MMDD before a time of day.
    "vendor": rb"(?<![\w-])(?P<vendor>(?:E|ERR|ERROR|FAULT|FLT|ALM|ALARM|DTC)[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?"
    rb"\d{3,6})(?![\w])(?! \d\d:\d\d:\d\d)",
    # A subsystem token, an optional class, then a number: EPS-1203, TPMS_W02, BMS_ERR_0x4A, IBST_FLT 0x1A3.
    "tokened": rb"(?<![\w-])(?P<tokened>(?P<tok>[A-Z][A-Z0-9]{1,5}?)(?:[_-][A-Z]{1,4})?(?:[_-]|(?<=FLT|ERR|ALM) )"
    rb"(?:0x[0-9A-Fa-f]{2,4}|[A-Z]?\d{2,5}))(?![\w])",
    "label": rb"(?P<label>(?i:error[ _]?code|err(?:no|code)|fault[ _]?code))[ \t]*[:=]?[ \t]*"
    rb"(?P<value>0x[0-9A-Fa-f]+|-?\d+)\b",
}
_KIND_RX = {k: re.compile(v) for k, v in _PATTERNS.items()}

# Where a code *could* start once every digit is replaced by 0. Each alternative starts at the same
# byte as the pattern of the same name, and zeroing digits keeps offsets, so positions found on a
# line's shape are exact positions to try on every line of that shape. The UDS alternative consumes
# only its first byte (the rest is a lookahead), so a record that starts inside a longer hex run
# (after an ISO-TP header) still gets its own candidate.
_CANDIDATE_RX = re.compile(
    rb"(?P<dtc>[PCBU]0)|(?P<hexrec>0[xX][0-9A-Fa-f]{6}(?![0-9A-Za-z])(?=" + _hex_status_tail(False) + rb"))"
    rb"|(?P<nrc>(?:0x)?0[Ff])|(?P<nrc_only>(?i:nrc))"
    rb"|(?P<j1939>(?i:spn))"
    rb"|(?P<vendor>(?:E|ERR|ERROR|FAULT|FLT|ALM|ALARM|DTC)[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?0)"
    rb"|(?P<tokened>[A-Z][A-Z0-9]{1,5}(?:[_-][A-Z]{1,4})?(?:[_-]|(?<=FLT|ERR|ALM) )(?:0x0|[A-Z]?0))"
    rb"|(?P<dtchex>(?i:dtc|code)\W{1,12}0[xX][0-9A-Fa-f]{6}(?![0-9A-Za-z]))"
    rb"|(?P<label>(?i:error[ _]?code|errno|errcode|fault[ _]?code))"
    rb"|(?P<uds>(?<![0-9A-Za-z.])(?:0[xX])?00(?=[ :]?(?:0[xX])?0[0-9A-Fa-f](?:[ :]?(?:0[xX])?[0-9A-Fa-f]{2}){5}))"
)

Candidates = tuple[tuple[int, re.Pattern[bytes]], ...]
MAX_CANDIDATES = 32

# Finding the candidates fast. ``_CANDIDATE_RX.finditer`` tries its nine alternatives at every byte
# (no alternative starts with a literal, so the regex engine has no first-character skip): ~45 µs
# for a 190-byte shape, the largest cost on lines never seen before. These finders each start with
# a literal or a character set (the engine skips to those bytes at C speed) and together find every
# position where an alternative can start (a superset); ``_CANDIDATE_RX.match`` then decides each
# position in order, exactly as ``finditer`` would (the leftmost match, the first alternative, the
# next search from its end). ``tests/unit/parse/test_codes.py`` holds the two equal.
# dtc, vendor and tokened codes: an upper-case letter, then a 0 after at most a few letters.
_AT_UPPER = re.compile(
    rb"[A-Z](?=0|[A-Z0-9]{1,5}(?:[_-][A-Z]{1,4})?[_\- ][A-Z]?0|[A-Z]{0,4}[_-]?(?:[A-Z][A-Z0-9]{1,7}[_-])?0)"
)
# nrc: "0F" or "0x0F" (the second holds the first two bytes on).
_AT_NRC = re.compile(rb"0[Ff]")
# hexrec: a 3-byte hex value written 0x...
_AT_HEX3 = re.compile(rb"0[xX](?=[0-9A-Fa-f]{6}(?![0-9A-Za-z]))")
# uds: its own start condition (no letter, digit or decimal point before: "22.590233 1574..." is a time
# and a counter, not a 0x59 record), found from the byte before it.
_UDS_AHEAD = rb"(?:0[xX])?00[ :]?(?:0[xX])?0[0-9A-Fa-f](?:[ :]?(?:0[xX])?[0-9A-Fa-f]{2}){5}"
_AFTER_UDS = re.compile(rb"[^0-9A-Za-z.](?=" + _UDS_AHEAD + rb")")
_UDS_AT_START = re.compile(_UDS_AHEAD)
# the case-insensitive words (nrc, spn, dtc/code, error/errno/errcode, fault), on the lower-cased shape
_AT_WORD = re.compile(rb"n(?=rc)|s(?=pn)|d(?=tc)|c(?=ode)|e(?=rr)|f(?=ault)")


# ``_decide`` or its native twin (``native_decide``)
Decide = Callable[[bytes, list[int]], Candidates]


def candidates(
    shape: bytes, starts: Callable[[bytes], list[int]] | None = None, decide: Decide | None = None
) -> Candidates:
    """Positions (and the pattern to try there) where a line of this digit-zeroed shape may hold a code.

    At most ``MAX_CANDIDATES``: a line of thousands of code-like words would otherwise cost memory
    per cached shape and a regex match per word on every line of that shape. ``starts``: the finders
    (``code_starts`` or its native twin, ``functions.parse.native``); ``decide``: ``_decide`` or its
    native twin.
    """
    found = (starts or code_starts)(shape)
    return (decide or _decide)(shape, found) if found else ()


def code_starts(shape: bytes) -> list[int]:
    """Where a candidate may start (a superset, unsorted): the pure twin of the native ``code_starts``."""
    starts = [m.start() for m in _AT_UPPER.finditer(shape)]
    if b"0" in shape:
        for m in _AT_NRC.finditer(shape):
            p = m.start()
            starts.append(p)
            if shape[p - 2 : p] == b"0x":
                starts.append(p - 2)
        starts += [m.start() for m in _AT_HEX3.finditer(shape)]
        starts += [m.start() + 1 for m in _AFTER_UDS.finditer(shape)]
        if shape[:1] == b"0" and _UDS_AT_START.match(shape):
            starts.append(0)
    starts += [m.start() for m in _AT_WORD.finditer(shape.lower())]
    return starts


_TOKENED_RX = _KIND_RX["tokened"]
_vendor_heads: tuple[int, re.Pattern[bytes], tuple[bytes, ...]] | None = None


def _vendor_zeroed() -> tuple[re.Pattern[bytes], tuple[bytes, ...]]:
    """The vendor tokens, digits zeroed: as one anchored alternation, and as the tuple of them the
    native ``shape_codes`` reads (rebuilt if the table changes)."""
    global _vendor_heads
    if _vendor_heads is None or _vendor_heads[0] != len(VENDOR_TOKENS):
        zero = bytes.maketrans(b"123456789", b"000000000")
        heads = sorted({t.encode().translate(zero) for t in VENDOR_TOKENS}, key=len, reverse=True)
        _vendor_heads = (len(VENDOR_TOKENS), re.compile(b"|".join(re.escape(h) for h in heads)), tuple(heads))
    return _vendor_heads[1], _vendor_heads[2]


def yielding(shape: bytes, cands: Candidates) -> Candidates:
    """``cands`` without the positions where no line of this shape can yield a code.

    A ``tokened`` match makes a code only when its token, or the token without its trailing digits,
    is a vendor token; both start where the match starts, so a vendor token (digits zeroed) must
    start the shape there. Positions without one are dropped ("J18-U01" in a BGL location): the
    codes found, their order and their lines stay exactly those of ``codes_at(line, cands)``.
    """
    if not any(rx is _TOKENED_RX for _, rx in cands):
        return cands
    head = _vendor_zeroed()[0].match
    return tuple((p, rx) for p, rx in cands if rx is not _TOKENED_RX or head(shape, p) is not None)


_UDS_RX = _KIND_RX["uds"]


def uds_gate(shape: bytes, cands: Candidates) -> tuple[int, ...] | None:
    """For a shape whose candidates are all UDS records: the offsets where its lines need ``59``.

    The record pattern needs the service byte ``59`` right at its start, or after ``0x``; on the
    shape that start reads ``00`` or ``0x00``, so a line of the shape can yield a record only when
    it has ``59`` at one of these offsets. None when the shape has any other candidate (check every
    line).
    """
    if not cands or any(rx is not _UDS_RX for _, rx in cands):
        return None
    return tuple(p + 2 if shape[p + 1 : p + 2] in (b"x", b"X") else p for p, _ in cands)


Gate = tuple[int, ...] | None
# ``shape_codes``' native twin (``native_shape_codes``)
ShapeCodes = Callable[[bytes], "tuple[Candidates, Gate]"]


def shape_codes(shape: bytes, native: ShapeCodes | None = None) -> tuple[Candidates, Gate]:
    """What the text path keeps about codes per shape: the candidates that can yield a code, and
    their UDS gate. ``native``: the C twin of the statements below (``native_shape_codes``)."""
    if native is not None:
        return native(shape)
    found = yielding(shape, candidates(shape))
    return found, uds_gate(shape, found)


def native_shape_codes(native: ModuleType) -> ShapeCodes:
    """``shape_codes`` in one C call (``functions.parse.native``): the finders, the regex's decisions,
    the yielding filter and the gate."""
    call = native.shape_codes

    def twin(shape: bytes) -> tuple[Candidates, Gate]:
        return call(_ALTERNATIVES, _HEXREC_TAIL, MAX_CANDIDATES, _vendor_zeroed()[1], shape)

    return twin


def _decide(shape: bytes, starts: list[int]) -> Candidates:
    """The candidates among ``starts`` (a superset of them), as one ``finditer`` finds them."""
    starts.sort()
    out: list[tuple[int, re.Pattern[bytes]]] = []
    cursor = 0
    match = _CANDIDATE_RX.match
    for p in starts:
        if p < cursor:
            continue
        m = match(shape, p)
        if m is not None:
            out.append((p, _KIND_RX[m.lastgroup or ""]))
            if len(out) >= MAX_CANDIDATES:
                break
            cursor = m.end()
    return tuple(out)


# The patterns _CANDIDATE_RX's alternatives stand for, in its order (each alternative is one named group).
_ALTERNATIVES = tuple(_KIND_RX[name] for name, _ in sorted(_CANDIDATE_RX.groupindex.items(), key=lambda kv: kv[1]))


# What must follow a bare 3-byte hex value for it to be a DTC (the ``hexrec`` alternative's lookahead): the
# C twin checks the value itself and calls this pattern where it stands.
_HEXREC_TAIL = re.compile(_hex_status_tail(False))


def native_decide(native: ModuleType) -> Decide:
    """The C twin of ``_decide`` from the accelerator (``functions.parse.native``): each alternative of
    the candidate regex read at each start as ``match`` reads it, the same candidates."""
    return partial(native.decide_candidates, _ALTERNATIVES, _HEXREC_TAIL, MAX_CANDIDATES)


def candidates_reference(shape: bytes) -> Candidates:
    """``candidates`` by one ``finditer``: the definition the fast finders are held equal to."""
    found = islice(_CANDIDATE_RX.finditer(shape), MAX_CANDIDATES)
    return tuple((m.start(), _KIND_RX[m.lastgroup or ""]) for m in found)


def codes_at(line: bytes, cands: Candidates) -> list[tuple[str, CodeKind]]:
    out: list[tuple[str, CodeKind]] = []
    for pos, rx in cands:
        m = rx.match(line, pos)
        if m is not None:
            # one line writing a code twice (``0xC12187 (U0121-87)``) reports it once
            out.extend(c for c in _classify(m) if c not in out)
    return out


_STATUS_WORDS = {b"history": "stored", b"historic": "stored", b"active": "test_failed"}


def _with_status(code: str, m: re.Match[bytes]) -> str:
    groups = m.groupdict()
    byte = groups.get("colstatus") or groups.get("status")
    if byte is not None:
        return f"{code}/{status_name(int(byte, 16))}"
    word = groups.get("word")
    if word is not None:
        w = re.sub(rb"[ _-]", b"", word.lower())
        name = _STATUS_WORDS.get(w, "test_failed" if w == b"testfailed" else w.decode())
        return f"{code}/{name}"
    return code


_PADDING = frozenset({0x00, 0x55, 0xAA, 0xCC, 0xFF})


def _records(sf: int, recs: bytes, before: bytes) -> list[tuple[str, CodeKind]]:
    if sf not in _DTC_RECORD_SUBFUNCTIONS:
        return []
    data = bytes.fromhex(re.sub(rb"0[xX]|[ :]", b"", recs).decode())
    # An ISO 15765-2 single frame ("03 59 02 FF AA AA ...") states the payload length in its PCI byte
    # just before the service id: the bytes after it are padding, not DTC records.
    pci = re.search(rb"(?:^|[^0-9A-Za-z])(?:0[xX])?([0-9A-Fa-f]{2})[ :]?(?:0[xX])?$", before)
    if pci is not None and 3 <= int(pci.group(1), 16) <= 7:
        data = data[: int(pci.group(1), 16) - 3]
    out = []
    for i in range(0, len(data) - 3, 4):
        hi, mid, ftb, status = data[i : i + 4]
        if hi == mid == ftb and hi in _PADDING:
            continue  # frame padding, not a record
        out.append((f"{decode_dtc_bytes(hi, mid)}-{ftb:02X}/{status_name(status)}", CodeKind.DTC))
    return out


def _in_a_value_list(m: re.Match[bytes]) -> bool:
    """A token with a comma right before and right after it is one field of a comma-separated record
    (``AT+QENG -> LTE,FDD,262,01,E922,-102``: a cell id), not a code the writer named."""
    line, a, b = m.string, m.start(), m.end()
    return line[a - 1 : a] == b"," and line[b : b + 1] == b","


# Keys that label an identifier, not a fault: a radio cell (3GPP cell id, PCI, ECI, TAC/LAC), a serial or
# part number, a hardware/software version, a hash. A code-like token right after one is that identifier
# (``RSRP -114 dBm, RSRQ -11 dB, cell C2627``: an LTE cell id in hex, no chassis code).
_IDENTIFIER_KEY = re.compile(
    rb"(?i)(?<![\w-])(?:cell(?:[ _-]?id)?|cid|pci|e?cgi|eci|tac|lac|serial(?:[ _-]?(?:no|nr|number))?|s/?n|"
    rb"part(?:[ _-]?(?:no|nr|number))?|p/?n|vin|mac|imei|imsi|iccid|hw|sw|build|version|ver|rev|hash|sha|commit)"
    rb"[\"']?[ \t]?[=:#]?[ \t]?[\"']?$"
)
# A field named an id or a tag ("idTag":"BUS-4417" in an OCPP frame, vehicle_id=TRK-12, "unitId": ...) holds
# the name of a thing, whatever its value looks like; a fault, error, event or DTC id still holds a code.
_ID_FIELD = re.compile(
    rb"(?<![\w-])(?P<key>(?:[A-Za-z]+[ _-]|[a-z]+(?=I[Dd]))?(?:id|Id|ID)(?:[_-]?(?:tag|Tag|TAG))?)"
    rb"[\"']?[ \t]?[=:][ \t]?[\"']?$"
)
_CODE_ID = re.compile(rb"(?i)^(?:fault|error|err|dtc|code|event|alarm|diag|trouble|fail)")


def _after_an_identifier_key(m: re.Match[bytes]) -> bool:
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _IDENTIFIER_KEY.search(before) is not None:
        return True
    field = _ID_FIELD.search(before)
    return field is not None and _CODE_ID.match(field.group("key")) is None


def _classify(m: re.Match[bytes]) -> list[tuple[str, CodeKind]]:
    kind = m.lastgroup
    if kind in ("vendor", "tokened") and _in_a_value_list(m):
        return []
    if kind in ("dtc", "vendor", "tokened") and _after_an_identifier_key(m):
        return []
    if m.re is _KIND_RX["dtc"]:
        code = m.group("dtc").decode()
        ftb = m.group("ftb") or m.group("ftbcol")
        if ftb is not None:
            code += "-" + ftb.decode().upper()
        return [(_with_status(code, m), CodeKind.DTC)]
    if m.re is _KIND_RX["dtchex"] or m.re is _KIND_RX["hexrec"]:
        raw = bytes.fromhex(m.group("dtchex").decode())
        return [(_with_status(f"{decode_dtc_bytes(raw[0], raw[1])}-{raw[2]:02X}", m), CodeKind.DTC)]
    if m.re is _KIND_RX["uds"]:
        return _records(int(m.group("sf"), 16), m.group("recs"), m.string[max(0, m.start() - 8) : m.start()])
    if m.re is _KIND_RX["j1939"]:
        return [(f"SPN{int(m.group('spn'))}-FMI{int(m.group('fmi'))}", CodeKind.J1939)]
    if kind == "nrc":
        sid, nrc = int(m.group("sid"), 16), int(m.group("nrc"), 16)
        if sid in UDS_SERVICES and nrc in NRC_NAMES:
            return [(f"7F {sid:02X} {nrc:02X}", CodeKind.UDS_NRC)]
    elif kind == "nrc_only":
        nrc = int(m.group("nrc_only"), 16)
        if nrc in NRC_NAMES:
            return [(f"NRC {nrc:02X}", CodeKind.UDS_NRC)]
    elif kind == "vendor":
        return [(m.group("vendor").decode(), CodeKind.VENDOR)]
    elif m.re is _KIND_RX["tokened"]:
        # Only a token that names a subsystem makes a code: "UTF-8" and "SHA-256" are not fault codes,
        # and "ISO-26262" cites a standard.
        tok = m.group("tok").decode()
        if tok != "ISO" and (tok in VENDOR_TOKENS or tok.rstrip("0123456789") in VENDOR_TOKENS):
            return [(m.group("tokened").decode(), CodeKind.VENDOR)]
    elif kind == "value":
        label = re.sub(rb"[ _]", b"_", m.group("label")).upper().decode()
        return [(f"{label}={m.group('value').decode()}", CodeKind.VENDOR)]
    return []
