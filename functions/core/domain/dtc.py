"""Diagnostic trouble codes by their structure: SAE J2012 / ISO 15031-6 ranges, the ISO 14229-1 failure-type
byte and status byte, the 2-byte DTC encoding, and SAE J1939 SPN/FMI.

A code's letter and leading digits name a system and a range of subsystems (``P03xx`` ignition and
misfire, ``P07xx``-``P09xx`` transmission, ``P0Axx`` hybrid/EV propulsion, ``U01xx`` lost communication
with a named peer, ``U03xx`` software incompatibility), so the table below holds ranges, longest
prefix first, not individual codes. Facts from the standards (see docs/decisions.md, 2026-12-01);
manufacturer-controlled ranges (``P1xxx``, ``B1xxx``, ``C1xxx``, ``U1xxx``) only tell the system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functions.core.domain.taxonomy import Category

C = Category

# (prefix, category, subsystem or "" when the range only tells the category). Longest prefix wins.
_RANGES: tuple[tuple[str, Category, str], ...] = (
    # ---- P: powertrain (J2012 P0xxx, P2xxx, P34xx SAE-controlled; P1xxx, P30-P33 manufacturer)
    ("P00", C.POWERTRAIN, "fuel"), ("P001", C.POWERTRAIN, "engine"), ("P002", C.POWERTRAIN, "engine"),
    ("P003", C.POWERTRAIN, "emissions"), ("P004", C.POWERTRAIN, "emissions"), ("P005", C.POWERTRAIN, "emissions"),
    ("P006", C.POWERTRAIN, "emissions"),
    ("P01", C.POWERTRAIN, "engine"), ("P0115", C.THERMAL, "coolant"), ("P0116", C.THERMAL, "coolant"),
    ("P0117", C.THERMAL, "coolant"), ("P0118", C.THERMAL, "coolant"), ("P0119", C.THERMAL, "coolant"),
    ("P0125", C.THERMAL, "coolant"), ("P0126", C.THERMAL, "coolant"), ("P0127", C.THERMAL, "coolant"),
    ("P0128", C.THERMAL, "coolant"), ("P013", C.POWERTRAIN, "emissions"), ("P014", C.POWERTRAIN, "emissions"),
    ("P015", C.POWERTRAIN, "emissions"), ("P016", C.POWERTRAIN, "emissions"), ("P017", C.POWERTRAIN, "fuel"),
    ("P018", C.POWERTRAIN, "fuel"), ("P019", C.POWERTRAIN, "fuel"),
    ("P02", C.POWERTRAIN, "fuel"), ("P0217", C.THERMAL, "overtemp"), ("P0218", C.THERMAL, "overtemp"),
    ("P0219", C.POWERTRAIN, "engine"), ("P022", C.POWERTRAIN, "engine"), ("P0234", C.POWERTRAIN, "engine"),
    ("P0299", C.POWERTRAIN, "engine"),
    ("P03", C.POWERTRAIN, "ignition"), ("P032", C.POWERTRAIN, "engine"), ("P033", C.POWERTRAIN, "engine"),
    ("P034", C.POWERTRAIN, "engine"), ("P037", C.POWERTRAIN, "engine"), ("P039", C.POWERTRAIN, "engine"),
    ("P04", C.POWERTRAIN, "emissions"), ("P046", C.POWERTRAIN, "fuel"), ("P0480", C.THERMAL, "radiator"),
    ("P0481", C.THERMAL, "radiator"), ("P0482", C.THERMAL, "radiator"), ("P0483", C.THERMAL, "radiator"),
    ("P0484", C.THERMAL, "radiator"), ("P0485", C.THERMAL, "radiator"),
    ("P05", C.POWERTRAIN, "engine"), ("P050", C.POWERTRAIN, "transmission"), ("P0504", C.BRAKES_CHASSIS, "brakes"),
    ("P053", C.THERMAL, "hvac"), ("P055", C.BRAKES_CHASSIS, "eps"), ("P056", C.POWER_SUPPLY, "lv_battery"),
    ("P0564", C.POWERTRAIN, "engine"), ("P057", C.BRAKES_CHASSIS, "brakes"),
    ("P06", C.SOFTWARE_PLATFORM, "watchdog"), ("P0600", C.CONNECTIVITY_NETWORK, "can"),
    ("P062", C.POWER_SUPPLY, "alternator"), ("P0627", C.POWERTRAIN, "fuel"), ("P0628", C.POWERTRAIN, "fuel"),
    ("P0629", C.POWERTRAIN, "fuel"), ("P0630", C.SOFTWARE_PLATFORM, "ota"), ("P064", C.POWER_SUPPLY, "lv_distribution"),
    ("P065", C.POWER_SUPPLY, "lv_distribution"), ("P068", C.POWER_SUPPLY, "lv_distribution"),
    ("P069", C.THERMAL, "radiator"),
    ("P07", C.POWERTRAIN, "transmission"), ("P08", C.POWERTRAIN, "transmission"), ("P09", C.POWERTRAIN, "transmission"),
    # P0Axx-P0Dxx: hybrid / electric propulsion.
    ("P0A", C.POWERTRAIN, "motor"), ("P0A00", C.THERMAL, "coolant"), ("P0A01", C.THERMAL, "coolant"),
    ("P0A09", C.POWER_SUPPLY, "dcdc"), ("P0A10", C.POWER_SUPPLY, "dcdc"), ("P0A0A", C.BATTERY_BMS, "hvil"),
    ("P0A0B", C.BATTERY_BMS, "hvil"), ("P0A0C", C.BATTERY_BMS, "hvil"), ("P0A0D", C.BATTERY_BMS, "hvil"),
    ("P0A0E", C.BATTERY_BMS, "hvil"), ("P0A1", C.POWERTRAIN, "inverter"), ("P0A1F", C.BATTERY_BMS, "bms"),
    ("P0A2", C.THERMAL, "overtemp"), ("P0A3", C.THERMAL, "overtemp"),
    # (P0A3F: drive motor A position sensor, the resolver, as P0A4x)
    ("P0A3F", C.POWERTRAIN, "motor"), ("P0A78", C.POWERTRAIN, "inverter"),
    ("P0A79", C.POWERTRAIN, "inverter"), ("P0A7A", C.POWERTRAIN, "inverter"), ("P0A7B", C.POWERTRAIN, "inverter"),
    ("P0A7C", C.POWERTRAIN, "motor"),
    ("P0A7D", C.BATTERY_BMS, "bms"), ("P0A7E", C.BATTERY_BMS, "cell"), ("P0A7F", C.BATTERY_BMS, "cell"),
    ("P0A80", C.BATTERY_BMS, "cell"), ("P0A81", C.THERMAL, "coolant"), ("P0A82", C.THERMAL, "coolant"),
    ("P0A84", C.THERMAL, "coolant"), ("P0A85", C.THERMAL, "coolant"), ("P0A8D", C.POWER_SUPPLY, "dcdc"),
    ("P0A8E", C.POWER_SUPPLY, "dcdc"), ("P0A8F", C.POWER_SUPPLY, "dcdc"), ("P0A9", C.POWERTRAIN, "motor"),
    ("P0A93", C.THERMAL, "coolant"), ("P0A94", C.POWER_SUPPLY, "dcdc"), ("P0A95", C.BATTERY_BMS, "bms"),
    ("P0A9B", C.BATTERY_BMS, "cell"), ("P0A9C", C.BATTERY_BMS, "cell"), ("P0A9D", C.BATTERY_BMS, "cell"),
    ("P0A9E", C.BATTERY_BMS, "cell"), ("P0AA", C.BATTERY_BMS, "contactor"), ("P0AA6", C.BATTERY_BMS, "hv_isolation"),
    ("P0AA7", C.BATTERY_BMS, "hv_isolation"), ("P0AB", C.BATTERY_BMS, "bms"), ("P0AC", C.BATTERY_BMS, "bms"),
    ("P0AD", C.BATTERY_BMS, "contactor"), ("P0AE", C.BATTERY_BMS, "contactor"), ("P0AF", C.BATTERY_BMS, "bms"),
    ("P0B", C.BATTERY_BMS, "cell"), ("P0C0", C.POWERTRAIN, "motor"), ("P0C1", C.POWERTRAIN, "motor"),
    ("P0C2", C.POWERTRAIN, "inverter"), ("P0C3", C.BATTERY_BMS, "bms"), ("P0C4", C.BATTERY_BMS, "bms"),
    ("P0C5", C.POWERTRAIN, "motor"), ("P0C6", C.THERMAL, "pump"), ("P0C7", C.THERMAL, "pump"),
    ("P0C", C.POWERTRAIN, "motor"), ("P0D", C.BATTERY_BMS, "charging"), ("P0E", C.POWERTRAIN, "inverter"),
    ("P1", C.POWERTRAIN, ""),
    ("P20", C.POWERTRAIN, "emissions"), ("P209", C.POWERTRAIN, "fuel"), ("P21", C.POWERTRAIN, "engine"),
    ("P217", C.POWERTRAIN, "fuel"), ("P218", C.THERMAL, "coolant"), ("P22", C.POWERTRAIN, "emissions"),
    ("P23", C.POWERTRAIN, "ignition"), ("P24", C.POWERTRAIN, "emissions"), ("P25", C.POWERTRAIN, "engine"),
    ("P250", C.POWER_SUPPLY, "alternator"), ("P26", C.POWERTRAIN, "engine"), ("P260", C.THERMAL, "pump"),
    ("P261", C.SOFTWARE_PLATFORM, "watchdog"), ("P27", C.POWERTRAIN, "transmission"),
    ("P28", C.POWERTRAIN, "transmission"), ("P29", C.POWERTRAIN, "fuel"), ("P2A", C.POWERTRAIN, "emissions"),
    ("P3", C.POWERTRAIN, ""), ("P34", C.POWERTRAIN, "engine"),
    # ---- C: chassis (C0xxx SAE; C1-C3 manufacturer)
    ("C0", C.BRAKES_CHASSIS, "abs"), ("C04", C.BRAKES_CHASSIS, "eps"), ("C05", C.BRAKES_CHASSIS, "eps"),
    ("C06", C.BRAKES_CHASSIS, "suspension"), ("C07", C.BRAKES_CHASSIS, "tpms"), ("C1", C.BRAKES_CHASSIS, ""),
    ("C2", C.BRAKES_CHASSIS, ""), ("C3", C.BRAKES_CHASSIS, ""),
    # ---- B: body (B00xx restraints; the rest is told by context)
    ("B0", C.BODY, ""), ("B00", C.BODY, "airbag"), ("B1", C.BODY, ""), ("B2", C.BODY, ""), ("B3", C.BODY, ""),
    # ---- U: network (U00xx network electrical, U01-U02 lost communication, U03 software incompatibility,
    # U04-U05 invalid data received)
    ("U0", C.CONNECTIVITY_NETWORK, "can"), ("U03", C.SOFTWARE_PLATFORM, "ota"), ("U1", C.CONNECTIVITY_NETWORK, "can"),
    ("U2", C.CONNECTIVITY_NETWORK, "can"), ("U3", C.SOFTWARE_PLATFORM, "watchdog"),
    ("U3003", C.POWER_SUPPLY, "lv_battery"),
)
_BY_PREFIX = {p: (cat, sub) for p, cat, sub in _RANGES}
_PREFIX_LENGTHS = sorted({len(p) for p in _BY_PREFIX}, reverse=True)

# U01xx-U02xx: "lost communication with <peer>", the peer named by the number (J2012 Annex).
# (first, last, category, subsystem) in hex numbers of the last three digits.
_PEERS: tuple[tuple[int, int, Category, str], ...] = (
    (0x100, 0x100, C.POWERTRAIN, "engine"), (0x101, 0x103, C.POWERTRAIN, "transmission"),
    (0x104, 0x108, C.POWERTRAIN, "engine"), (0x109, 0x109, C.POWERTRAIN, "fuel"),
    (0x110, 0x110, C.POWERTRAIN, "motor"), (0x111, 0x112, C.BATTERY_BMS, "bms"),
    (0x113, 0x120, C.POWERTRAIN, "engine"), (0x121, 0x121, C.BRAKES_CHASSIS, "abs"),
    (0x122, 0x125, C.BRAKES_CHASSIS, "esc"), (0x126, 0x126, C.BRAKES_CHASSIS, "eps"),
    (0x127, 0x127, C.BRAKES_CHASSIS, "tpms"), (0x128, 0x129, C.BRAKES_CHASSIS, "brakes"),
    (0x130, 0x131, C.BRAKES_CHASSIS, "eps"), (0x132, 0x139, C.BRAKES_CHASSIS, "suspension"),
    (0x140, 0x150, C.BODY, "doors"), (0x151, 0x154, C.BODY, "airbag"), (0x155, 0x158, C.BODY, "hmi"),
    (0x159, 0x159, C.ADAS_PERCEPTION, "ultrasonic"), (0x162, 0x163, C.ADAS_PERCEPTION, "gnss"),
    (0x164, 0x166, C.THERMAL, "hvac"), (0x181, 0x183, C.BODY, "lighting"), (0x184, 0x196, C.BODY, "hmi"),
    (0x197, 0x198, C.CONNECTIVITY_NETWORK, "telematics"), (0x199, 0x209, C.BODY, "doors"),
    (0x210, 0x211, C.BODY, "seats"), (0x212, 0x212, C.BRAKES_CHASSIS, "eps"), (0x214, 0x230, C.BODY, "doors"),
    (0x235, 0x235, C.ADAS_PERCEPTION, "radar"), (0x250, 0x250, C.BODY, "airbag"),
    (0x293, 0x294, C.POWERTRAIN, "motor"), (0x298, 0x298, C.POWER_SUPPLY, "dcdc"),
)

# Failure types that say "a message or the bus is missing", i.e. the reporting ECU sees a consequence.
MISSING_PEER_FTBS = frozenset({0x81, 0x82, 0x83, 0x86, 0x87, 0x88})

DTC_RE = re.compile(r"^([PCBU])([0-3])([0-9A-F]{3})$")
_LETTERS = "PCBU"


@dataclass(frozen=True)
class Location:
    category: Category
    subsystem: str  # "" when only the category is known
    specific: bool = True  # False when a range (not the exact code) placed it


def decode_dtc_bytes(high: int, low: int) -> str:
    """The 2-byte DTC encoding (ISO 15031-6 / J2012): bits 15-14 the letter, 13-12 the first digit,
    then three hex digits. ``0xC1 0x21`` → ``U0121``."""
    return f"{_LETTERS[high >> 6]}{(high >> 4) & 0x3}{high & 0xF:X}{low:02X}"


def location(code: str) -> Location | None:
    """Category and subsystem of a J2012 DTC (``P0301``, or ``U0121-87`` with a failure type)."""
    base = code.upper().split("-", 1)[0].split("/", 1)[0]
    if not DTC_RE.match(base):
        return None
    for n in _PREFIX_LENGTHS:
        hit = _BY_PREFIX.get(base[:n])
        if hit is not None:
            return Location(*hit, specific=n >= 5)
    return None


def lost_peer(code: str) -> Location | None:
    """For a "lost communication with X" DTC (U01xx-U02xx), the system of the missing peer X."""
    base = code.upper().split("-", 1)[0].split("/", 1)[0]
    if not (DTC_RE.match(base) and base[:2] == "U0" and base[2] in "12"):
        return None
    number = int(base[2:], 16)
    for first, last, cat, sub in _PEERS:
        if first <= number <= last:
            return Location(cat, sub)
    return None


def is_network_consequence(code: str) -> bool:
    """A code that reports a missing or invalid peer / bus (U00-U02, U04-U05, or a bus failure type):
    evidence that something is missing, not that the reporting component itself is broken."""
    base, _, rest = code.upper().partition("-")
    if not DTC_RE.match(base.split("/", 1)[0]):
        return False
    if base[:2] == "U0" and base[2] in "01245":
        return True
    ftb = rest.split("/", 1)[0]
    return bool(re.fullmatch(r"[0-9A-F]{2}", ftb)) and int(ftb, 16) in MISSING_PEER_FTBS


# ---- SAE J1979 (ISO 15031-5) OBD-II DTC responses -------------------------------------------
# The positive response to service 03 / 07 / 0A (request + 0x40) lists DTCs, two bytes each in the
# encoding above. 03 reports confirmed (MIL-relevant) codes, 07 pending ones (failed once, not yet
# confirmed), 0A permanent ones (confirmed codes only the ECU itself can clear): the status in the
# words ``status_name`` uses.
OBD_DTC_RESPONSES = {0x43: "confirmed", 0x47: "pending", 0x4A: "confirmed"}


def decode_obd_dtcs(payload: bytes) -> list[str]:
    """The DTCs of an OBD-II 0x43/0x47/0x4A response (``43 01 03 01`` → ``["P0301"]``).

    On CAN (ISO 15765-4) a count byte follows the service id, so the payload has an even length
    (1 + 1 + 2n); K-line replies have none (odd length, 1 + 2n). ``00 00`` pairs are padding."""
    if not payload or payload[0] not in OBD_DTC_RESPONSES:
        return []
    body = payload[1:]
    if len(body) % 2 == 1:
        body = body[1 : 1 + 2 * body[0]]
    return [decode_dtc_bytes(body[i], body[i + 1]) for i in range(0, len(body) - 1, 2) if body[i] or body[i + 1]]


# ---- ISO 14229-1 DTC status byte --------------------------------------------------------------
TEST_FAILED = 0x01
TEST_FAILED_THIS_CYCLE = 0x02
PENDING = 0x04
CONFIRMED = 0x08


def status_name(status: int) -> str:
    """One word for a status byte. A code whose test fails now (bit 0 or 1) is ``confirmed`` (bit 3) or
    ``pending`` (bit 2) or just ``test_failed``; one that is not failing now is ``pending`` if it failed
    in the last cycle (bit 2), else ``stored``: a confirmed code kept in memory after the fault went
    away (a history code) is not an active fault."""
    if is_active(status):
        return "confirmed" if status & CONFIRMED else "pending" if status & PENDING else "test_failed"
    return "pending" if status & PENDING else "stored"


def is_active(status: int) -> bool:
    return bool(status & (TEST_FAILED | TEST_FAILED_THIS_CYCLE))


# ---- SAE J1939-71/73: suspect parameter numbers and failure mode identifiers --------------------
# Well-known SPNs by the system they measure (J1939-71 parameter definitions).
_SPNS: dict[int, tuple[Category, str]] = {
    91: (C.POWERTRAIN, "engine"), 94: (C.POWERTRAIN, "fuel"), 97: (C.POWERTRAIN, "fuel"),
    98: (C.POWERTRAIN, "engine"), 100: (C.POWERTRAIN, "engine"), 102: (C.POWERTRAIN, "engine"),
    105: (C.POWERTRAIN, "engine"), 108: (C.POWERTRAIN, "engine"), 110: (C.THERMAL, "coolant"),
    111: (C.THERMAL, "coolant"), 157: (C.POWERTRAIN, "fuel"), 158: (C.POWER_SUPPLY, "lv_distribution"),
    167: (C.POWER_SUPPLY, "alternator"), 168: (C.POWER_SUPPLY, "lv_battery"), 171: (C.THERMAL, "hvac"),
    174: (C.POWERTRAIN, "fuel"), 175: (C.POWERTRAIN, "engine"), 177: (C.POWERTRAIN, "transmission"),
    190: (C.POWERTRAIN, "engine"), 191: (C.POWERTRAIN, "transmission"), 520: (C.POWERTRAIN, "transmission"),
    523: (C.POWERTRAIN, "transmission"), 627: (C.POWER_SUPPLY, "lv_distribution"),
    629: (C.SOFTWARE_PLATFORM, "watchdog"), 639: (C.CONNECTIVITY_NETWORK, "can"),
    651: (C.POWERTRAIN, "fuel"), 652: (C.POWERTRAIN, "fuel"), 653: (C.POWERTRAIN, "fuel"),
    654: (C.POWERTRAIN, "fuel"), 655: (C.POWERTRAIN, "fuel"), 656: (C.POWERTRAIN, "fuel"),
    84: (C.BRAKES_CHASSIS, "abs"), 904: (C.BRAKES_CHASSIS, "abs"), 905: (C.BRAKES_CHASSIS, "abs"),
    1121: (C.BRAKES_CHASSIS, "brakes"), 1761: (C.POWERTRAIN, "emissions"), 3031: (C.POWERTRAIN, "emissions"),
    3216: (C.POWERTRAIN, "emissions"), 3226: (C.POWERTRAIN, "emissions"), 3251: (C.POWERTRAIN, "emissions"),
    3719: (C.POWERTRAIN, "emissions"), 4364: (C.POWERTRAIN, "emissions"), 5246: (C.POWERTRAIN, "emissions"),
    1569: (C.POWERTRAIN, "engine"), 2791: (C.POWERTRAIN, "emissions"), 27: (C.POWERTRAIN, "emissions"),
    # (158, the key-switch battery potential, is the ignition-switched supply as an ECU receives it: distribution)
    # The engine fan: its clutch output device driver (647), estimated and requested speed (975, 986) and
    # measured speed (1639) belong to the radiator's cooling, not to the engine that drives the fan.
    647: (C.THERMAL, "radiator"), 975: (C.THERMAL, "radiator"), 986: (C.THERMAL, "radiator"),
    1639: (C.THERMAL, "radiator"),
    # Transmission oil pressure (127) and level (124); the ABS wheel-speed sensors per axle and side
    # (789-794); the service-brake air circuits 1 and 2 (1087, 1088) and the air supply (46).
    124: (C.POWERTRAIN, "transmission"), 127: (C.POWERTRAIN, "transmission"),
    789: (C.BRAKES_CHASSIS, "abs"), 790: (C.BRAKES_CHASSIS, "abs"), 791: (C.BRAKES_CHASSIS, "abs"),
    792: (C.BRAKES_CHASSIS, "abs"), 793: (C.BRAKES_CHASSIS, "abs"), 794: (C.BRAKES_CHASSIS, "abs"),
    46: (C.BRAKES_CHASSIS, "brakes"), 1087: (C.BRAKES_CHASSIS, "brakes"), 1088: (C.BRAKES_CHASSIS, "brakes"),
    # The hydraulic retarder's oil temperature (120): the heat a retarder turns braking into, which its cooler
    # must reject; the part that overheats is no transmission.
    120: (C.THERMAL, "overtemp"),
}
# SPNs 520192-524287 are manufacturer-assigned (J1939-71): only the ECU that reports one says its system.
_PROPRIETARY_SPNS = range(520192, 524288)
# The ECU a DM1 comes from, by its preferred source address (SAE J1939 industry group 0 table; "" where
# the ECU covers several parts of its system). Addresses of several systems (management computer, gateway,
# diagnostic tools) are left out: they say nothing about where a fault sits.
_SOURCE_ADDRESSES: dict[int, tuple[Category, str]] = {
    0x00: (C.POWERTRAIN, "engine"), 0x01: (C.POWERTRAIN, "engine"), 0x02: (C.POWERTRAIN, "engine"),
    0x03: (C.POWERTRAIN, "transmission"), 0x04: (C.POWERTRAIN, "transmission"),
    0x0B: (C.BRAKES_CHASSIS, "brakes"), 0x0C: (C.BRAKES_CHASSIS, "brakes"), 0x0D: (C.BRAKES_CHASSIS, "brakes"),
    0x0E: (C.BRAKES_CHASSIS, "brakes"), 0x0F: (C.POWERTRAIN, "engine"), 0x10: (C.POWERTRAIN, "transmission"),
    0x12: (C.POWERTRAIN, "fuel"), 0x13: (C.BRAKES_CHASSIS, "eps"), 0x14: (C.BRAKES_CHASSIS, "suspension"),
    0x15: (C.BRAKES_CHASSIS, "suspension"), 0x16: (C.BRAKES_CHASSIS, "suspension"), 0x17: (C.BODY, "hmi"),
    0x19: (C.THERMAL, "hvac"), 0x1A: (C.POWER_SUPPLY, "alternator"), 0x1C: (C.ADAS_PERCEPTION, "gnss"),
    0x1E: (C.POWER_SUPPLY, "lv_distribution"), 0x21: (C.BODY, ""), 0x28: (C.BODY, "hmi"),
    0x2A: (C.ADAS_PERCEPTION, "radar"), 0x2F: (C.BRAKES_CHASSIS, "suspension"), 0x30: (C.BRAKES_CHASSIS, "brakes"),
    0x33: (C.BRAKES_CHASSIS, "tpms"), 0x34: (C.POWERTRAIN, "ignition"), 0x35: (C.POWERTRAIN, "ignition"),
    0x36: (C.BODY, "seats"), 0x37: (C.BODY, "lighting"), 0x38: (C.BRAKES_CHASSIS, "eps"), 0x39: (C.THERMAL, "pump"),
    0x3A: (C.THERMAL, "hvac"), 0x3D: (C.POWERTRAIN, "emissions"), 0x3E: (C.BRAKES_CHASSIS, "esc"),
    0x40: (C.BRAKES_CHASSIS, "suspension"), 0x4A: (C.CONNECTIVITY_NETWORK, "cellular"),
    0x4E: (C.THERMAL, "radiator"), 0x4F: (C.BODY, "seats"), 0x50: (C.BRAKES_CHASSIS, "brakes"),
    0x51: (C.POWERTRAIN, "emissions"), 0x52: (C.POWERTRAIN, "emissions"), 0x53: (C.BODY, "airbag"),
    0x54: (C.BODY, "hmi"), 0x55: (C.POWERTRAIN, "emissions"), 0x56: (C.POWERTRAIN, "emissions"),
    0x57: (C.POWERTRAIN, "emissions"), 0x58: (C.BODY, "airbag"),
}
J1939_RE = re.compile(r"^SPN(\d{1,6})-FMI(\d{1,2})$")
# "DM1 SA 0B", "SA=0x03", "SA: 2A": the reporting ECU's source address, in hex as decoders print it.
_SOURCE_ADDRESS_RX = re.compile(r"\bSA\s*[=:]?\s*(?:0x)?([0-9A-F]{1,2})\b", re.IGNORECASE)


def j1939_source_address(text: str) -> int | None:
    m = _SOURCE_ADDRESS_RX.search(text)
    return int(m.group(1), 16) if m else None


def j1939_location(code: str, source_address: int | None = None) -> Location | None:
    """``SPN110-FMI0`` → the measured system (engine coolant temperature → thermal/coolant). An FMI of
    9 or 19 (update rate, network data in error) says the data did not arrive: a network matter. An SPN
    the table does not know (a proprietary one always) belongs to the ECU that reports it, when its
    source address is a single system's."""
    m = J1939_RE.match(code.upper())
    if not m:
        return None
    spn, fmi = int(m.group(1)), int(m.group(2))
    if fmi in (9, 19):
        return Location(C.CONNECTIVITY_NETWORK, "can")
    hit = _j1939_place(spn, source_address)
    return Location(*hit) if hit else Location(C.POWERTRAIN, "")


def _j1939_place(spn: int, source_address: int | None) -> tuple[Category, str] | None:
    hit = None if spn in _PROPRIETARY_SPNS else _SPNS.get(spn)
    if hit is None and source_address is not None:
        hit = _SOURCE_ADDRESSES.get(source_address)
    return hit


def j1939_placed(code: str, source_address: int | None = None) -> bool:
    """Whether a J1939 code's SPN or its reporting ECU names a system: a proprietary SPN from a
    self-configurable address (128-247, assigned by the vehicle maker) says only that something failed."""
    m = J1939_RE.match(code.upper())
    if not m:
        return True
    return int(m.group(2)) in (9, 19) or _j1939_place(int(m.group(1)), source_address) is not None


# FMI 0 and 1: data valid but above / below the normal operational range, "most severe level" (J1939-73);
# FMI 15-18 are the least and moderately severe levels of the same conditions.
MOST_SEVERE_FMIS = frozenset({0, 1})


def j1939_severity_fmi(code: str) -> int | None:
    m = J1939_RE.match(code.upper())
    return int(m.group(2)) if m else None
