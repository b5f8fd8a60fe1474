"""What a diagnostic code means, from the structure the standards give it (no per-vehicle tables).

- SAE J2012 DTCs: the letter is the system, the first digit generic (0, 2, 3 for P) or
  manufacturer-specific, the next digit the subsystem (for powertrain codes).
- ISO 14229 (UDS) negative responses ``7F <service> <nrc>``: the service and the response code.
- SAE J1939 ``SPNn-FMIm``: the failure mode identifier says how the parameter failed.
"""

from __future__ import annotations

import re

_DTC = re.compile(r"^([PCBU])([0-3])([0-9A-F])([0-9A-F]{2})$")
_SYSTEMS = {"P": "Powertrain", "C": "Chassis", "B": "Body", "U": "Network communication"}
_POWERTRAIN_GROUPS = {
    "0": "fuel and air metering, auxiliary emission controls",
    "1": "fuel and air metering",
    "2": "fuel and air metering (injector circuit)",
    "3": "ignition system or misfire",
    "4": "auxiliary emission controls",
    "5": "vehicle speed, idle control and auxiliary inputs",
    "6": "computer and output circuit",
    "7": "transmission",
    "8": "transmission",
    "9": "transmission",
    "A": "hybrid propulsion",
    "B": "hybrid propulsion",
    "C": "hybrid propulsion",
}
_UDS_SERVICES = {
    0x10: "DiagnosticSessionControl",
    0x11: "ECUReset",
    0x14: "ClearDiagnosticInformation",
    0x19: "ReadDTCInformation",
    0x22: "ReadDataByIdentifier",
    0x23: "ReadMemoryByAddress",
    0x27: "SecurityAccess",
    0x28: "CommunicationControl",
    0x2E: "WriteDataByIdentifier",
    0x2F: "InputOutputControlByIdentifier",
    0x31: "RoutineControl",
    0x34: "RequestDownload",
    0x35: "RequestUpload",
    0x36: "TransferData",
    0x37: "RequestTransferExit",
    0x3D: "WriteMemoryByAddress",
    0x3E: "TesterPresent",
    0x85: "ControlDTCSetting",
}
_UDS_NRCS = {
    0x10: "general reject",
    0x11: "service not supported",
    0x12: "sub-function not supported",
    0x13: "incorrect message length or invalid format",
    0x14: "response too long",
    0x21: "busy, repeat request",
    0x22: "conditions not correct",
    0x24: "request sequence error",
    0x25: "no response from sub-net component",
    0x26: "failure prevents execution of requested action",
    0x31: "request out of range",
    0x33: "security access denied",
    0x35: "invalid key",
    0x36: "exceeded number of attempts",
    0x37: "required time delay not expired",
    0x70: "upload/download not accepted",
    0x71: "transfer data suspended",
    0x72: "general programming failure",
    0x73: "wrong block sequence counter",
    0x78: "request received, response pending",
    0x7E: "sub-function not supported in active session",
    0x7F: "service not supported in active session",
}
_J1939 = re.compile(r"^SPN(\d+)-FMI(\d+)$", re.IGNORECASE)
_FMIS = {
    0: "data valid but above normal (most severe)",
    1: "data valid but below normal (most severe)",
    2: "data erratic, intermittent or incorrect",
    3: "voltage above normal or shorted high",
    4: "voltage below normal or shorted low",
    5: "current below normal or open circuit",
    6: "current above normal or grounded circuit",
    7: "mechanical system not responding or out of adjustment",
    8: "abnormal frequency, pulse width or period",
    9: "abnormal update rate",
    10: "abnormal rate of change",
    11: "root cause not known",
    12: "bad intelligent device or component",
    13: "out of calibration",
    14: "special instructions",
    15: "data valid but above normal (least severe)",
    16: "data valid but above normal (moderately severe)",
    17: "data valid but below normal (least severe)",
    18: "data valid but below normal (moderately severe)",
    19: "received network data in error",
    31: "condition exists",
}
_HEX = re.compile(r"[0-9A-Fa-f]{2}")


def describe_code(code: str, kind: str) -> str:
    """A short human description, or "" when the standard structure says nothing."""
    if kind == "dtc":
        m = _DTC.match(code.upper())
        if m is None:
            return ""
        system, scope, group = m.group(1), m.group(2), m.group(3)
        generic = scope in ("0", "2") or (system == "P" and scope == "3" and group in "4567")
        text = f"{_SYSTEMS[system]}, {'generic (SAE)' if generic else 'manufacturer-specific'}"
        if system == "P" and group in _POWERTRAIN_GROUPS:
            text += f": {_POWERTRAIN_GROUPS[group]}"
        return text
    if kind == "uds_nrc":
        pairs = [int(h, 16) for h in _HEX.findall(code)]
        if len(pairs) >= 2 and pairs[0] == 0x7F:
            pairs = pairs[1:]
        if len(pairs) < 2:
            return ""
        service = _UDS_SERVICES.get(pairs[0], f"service 0x{pairs[0]:02X}")
        reason = _UDS_NRCS.get(pairs[1], f"response code 0x{pairs[1]:02X}")
        return f"UDS negative response to {service}: {reason}"
    if kind == "j1939":
        m = _J1939.match(code)
        if m is None:
            return ""
        return f"J1939 parameter {m.group(1)}: {_FMIS.get(int(m.group(2)), 'reserved failure mode')}"
    if kind == "can":
        return "CAN bus error state or error frames"
    if kind == "vendor":
        return "manufacturer-specific error code"
    return ""
