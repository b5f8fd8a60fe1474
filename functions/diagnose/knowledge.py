"""Domain knowledge the rule-based diagnoser reads: which subsystem a code or a log line points at,
and what a line says about risk.

Codes are the strongest evidence: SAE J2012 DTC ranges (``P0A7F`` is a traction battery fault,
``U0100`` a lost-communication fault), UDS negative responses during programming, vendor codes whose
subsystem token (``ERR_CAM_205``) says where they come from. Keywords attribute a log line when it
carries no code. Risk is read from what the vehicle did about a fault: a pending code and a warning
are low, an error that recovered is medium, a derate or a disabled feature is high, a safe stop or a
minimal risk maneuver is critical.
"""

from __future__ import annotations

import re

from functions.shared.contracts import Category, RiskLevel, Severity

C = Category

# ---- codes -------------------------------------------------------------------------------------

_DTC_EXACT: dict[str, Category] = {
    # Traction battery (hybrid/EV battery pack, BECM).
    "P0A7E": C.BATTERY_BMS, "P0A7F": C.BATTERY_BMS, "P0A80": C.BATTERY_BMS, "P0AA6": C.BATTERY_BMS,
    "P0AFA": C.BATTERY_BMS, "P0B3B": C.BATTERY_BMS, "P0A1F": C.BATTERY_BMS, "P0ABF": C.BATTERY_BMS,
    # Thermal: coolant, inverter and drive motor temperatures, fans, pumps.
    "P0A93": C.THERMAL, "P0A2F": C.THERMAL, "P0C73": C.THERMAL, "P0217": C.THERMAL, "P0218": C.THERMAL,
    "P0128": C.THERMAL, "P0480": C.THERMAL, "P0481": C.THERMAL, "P0A3C": C.THERMAL, "P0AEE": C.THERMAL,
    # Module software/hardware integrity.
    "P0601": C.ECU_SOFTWARE, "P0602": C.ECU_SOFTWARE, "P0603": C.ECU_SOFTWARE, "P0604": C.ECU_SOFTWARE,
    "P0605": C.ECU_SOFTWARE, "P0606": C.ECU_SOFTWARE, "P060A": C.ECU_SOFTWARE, "P060B": C.ECU_SOFTWARE,
    # Software incompatibility is what a half-applied update leaves behind.
    "U0300": C.OTA_UPDATE, "U3000": C.ECU_SOFTWARE,
}

# (prefix, category), longest prefix first.
_DTC_PREFIX: tuple[tuple[str, Category], ...] = (
    ("P0A7", C.BATTERY_BMS), ("P0A8", C.BATTERY_BMS), ("P0AA", C.BATTERY_BMS), ("P0AB", C.BATTERY_BMS),
    ("P0AC", C.BATTERY_BMS), ("P0AF", C.BATTERY_BMS), ("P0B", C.BATTERY_BMS), ("P0DA", C.BATTERY_BMS),
    ("P0A2", C.THERMAL), ("P0A3", C.THERMAL), ("P0A9", C.THERMAL), ("P0C6", C.THERMAL), ("P0C7", C.THERMAL),
    ("P021", C.THERMAL), ("P048", C.THERMAL), ("P06", C.ECU_SOFTWARE),
    ("U00", C.CAN_BUS), ("U01", C.CAN_BUS), ("U02", C.CAN_BUS), ("U04", C.CAN_BUS), ("U03", C.OTA_UPDATE),
)

_VENDOR_TOKENS: tuple[tuple[re.Pattern[str], Category], ...] = tuple(
    (re.compile(rx), cat)
    for rx, cat in (
        (r"BMS|BAT|BATT|CELL|HVB", C.BATTERY_BMS),
        (r"TMS|THM|THERM|COOL", C.THERMAL),
        (r"CAN|COM|NET|BUS", C.CAN_BUS),
        (r"LDR|LIDAR|LID", C.LIDAR),
        (r"CAM|CMR|VIS|IMG", C.CAMERA),
        (r"GNSS|GPS|LOC|RTK", C.GNSS),
        (r"SW|WDG|OS|SYS|MEM", C.ECU_SOFTWARE),
        (r"OTA|FOTA|UPD|FLS|FLASH", C.OTA_UPDATE),
    )
)

# UDS: services used while programming an ECU, and the NRCs that mean "programming failed".
_PROGRAMMING_SIDS = {0x34, 0x35, 0x36, 0x37, 0x31}
_PROGRAMMING_NRCS = {0x70, 0x71, 0x72, 0x73}
# responsePending and session refusals are how a healthy diagnostic conversation looks.
BENIGN_NRCS = {0x78, 0x7E, 0x7F, 0x11, 0x12, 0x21}

DTC_RX = re.compile(r"(?<![\w-])([PCBU][0-3][0-9A-F]{3})(?!\w)")
VENDOR_RX = re.compile(r"(?<![\w-])((?:E|ERR|ERROR|FAULT|FLT|ALM)[_-]([A-Z][A-Z0-9]{1,7})[_-]\d{3,6})(?!\w)")
NRC_RX = re.compile(r"(?i)(?<!\w)(?:0x)?7F[ :,-]?(?:0x)?([0-9A-F]{2})[ :,-]?(?:0x)?([0-9A-F]{2})(?!\w)")


def dtc_category(code: str) -> Category | None:
    code = code.upper()
    if code in _DTC_EXACT:
        return _DTC_EXACT[code]
    for prefix, category in _DTC_PREFIX:
        if code.startswith(prefix):
            return category
    return None


def vendor_category(code: str) -> Category | None:
    parts = re.split(r"[_-]", code.upper())
    for part in parts[1:-1] or parts:
        for rx, category in _VENDOR_TOKENS:
            if rx.fullmatch(part):
                return category
    return None


def nrc_category(sid: int, nrc: int) -> Category | None:
    if nrc in BENIGN_NRCS:
        return None
    if nrc in _PROGRAMMING_NRCS or (sid in _PROGRAMMING_SIDS and sid != 0x31):
        return C.OTA_UPDATE
    return None


def parse_nrc(code: str) -> tuple[int, int] | None:
    """``7F 36 72`` / ``0x7F 0x36 0x72`` → (0x36, 0x72); ``NRC 72`` → (0, 0x72)."""
    m = NRC_RX.search(code)
    if m:
        return int(m.group(1), 16), int(m.group(2), 16)
    m = re.search(r"(?i)NRC[ :=]*(?:0x)?([0-9A-F]{2})\b", code)
    if m:
        return 0, int(m.group(1), 16)
    return None


def code_category(code: str, kind: str) -> Category | None:
    if kind == "dtc":
        return dtc_category(code)
    if kind == "uds_nrc":
        parsed = parse_nrc(code)
        return nrc_category(*parsed) if parsed else None
    if kind == "vendor":
        return vendor_category(code)
    if kind == "can":
        return C.CAN_BUS
    return None


def codes_in_text(text: str) -> list[Category]:
    """Categories of every code a line mentions (DTCs, programming NRCs, vendor codes)."""
    found: list[Category] = []
    for m in DTC_RX.finditer(text):
        if (cat := dtc_category(m.group(1))) is not None:
            found.append(cat)
    for m in VENDOR_RX.finditer(text):
        if (cat := vendor_category(m.group(1))) is not None:
            found.append(cat)
    for m in NRC_RX.finditer(text):
        if (cat := nrc_category(int(m.group(1), 16), int(m.group(2), 16))) is not None:
            found.append(cat)
    return found


# ---- keywords ----------------------------------------------------------------------------------

_KEYWORDS: dict[Category, tuple[tuple[str, float], ...]] = {
    C.BATTERY_BMS: (
        (r"\bbms", 1.5), (r"\bcells?\b", 1), (r"\b(hv )?pack\b", 1), (r"\bsoc\s*[=:]|state of charge", 1),
        (r"\bsoh\b", 1), (r"contactor", 1.5), (r"isolation (fault|resistance)", 1.5), (r"thermal runaway", 2),
        (r"battery", 1), (r"precharge", 1), (r"balanc", 1), (r"becm|\bbecu\b", 1.5),
    ),
    C.THERMAL: (
        (r"coolant", 1.5), (r"inverter", 1), (r"\bigbt", 1.5), (r"\bpump", 1), (r"radiator", 1.5),
        (r"\bfans?\b", 0.5), (r"thermal[_ ](zone|mgr|management)|soc_thermal", 1.5), (r"throttl", 1),
        (r"overheat", 1.5), (r"heat ?pump|chiller", 1), (r"drive motor|motor_t\b|motor .{0,20}temperature", 1),
    ),
    C.CAN_BUS: (
        (r"\bcan\s?\d\b|\bcan[0-9]:", 1.5), (r"\bcan[ _-]?(bus|gateway|bridge|fd)\b|cangateway|can_bridge", 1.5),
        (r"bus[- ]?off", 2), (r"error[- ]passive", 2), (r"error[- ]warning state", 1.5), (r"\b[tr]ec=\d", 1),
        (r"(frame|pdu|message|msg) 0x[0-9a-f]{2,8}\b.{0,30}timeout|timeout.{0,20}0x[0-9a-f]{3}\b", 2),
        (r"stuff error|crc error.{0,20}can|arbitration", 1), (r"lost \w+ communication|lost communication", 1.5),
    ),
    C.LIDAR: ((r"lidar", 2), (r"point ?cloud", 1.5), (r"\blaser", 1), (r"\bldr\b", 1)),
    C.CAMERA: (
        (r"camera", 2), (r"\bcam\b", 1), (r"gmsl", 1.5), (r"deserializ", 1.5), (r"exposure", 1),
        (r"image (freeze|frozen)|frozen frame|identical frames", 1.5), (r"lane (keeping|detection)", 1),
        (r"\bglare\b", 1), (r"\blens\b", 0.5),
    ),
    C.GNSS: (
        (r"gnss", 2), (r"\bgps\b", 2), (r"\brtk", 1.5), (r"ntrip", 1.5), (r"\bfix\b|no_fix|fix lost", 1),
        (r"spoof|jamm", 1.5), (r"numsv", 1), (r"locali[sz]ation", 1), (r"\bhdop\b", 1),
        (r"position (jump|uncertainty)|covariance", 1),
    ),
    C.ECU_SOFTWARE: (
        (r"sigsegv|sigabrt|sigbus|segfault|segmentation fault|fatal signal", 2), (r"core dump|dumped core", 2),
        (r"watchdog", 1.5), (r"soft lockup|hard lockup|rcu.{0,10}stall", 2), (r"kernel panic|\boops\b", 2),
        (r"\banr in\b", 2), (r"lockstep", 2), (r"assert(ion)? fail", 1.5), (r"out of memory|oom-kill|heap usage", 1.5),
        (r"restarted \d+ times|restart counter", 1.5), (r"processor fault|memory check ?sum", 1.5),
        (r"stack overflow|null pointer|unhandled exception", 1.5),
    ),
    C.OTA_UPDATE: (
        (r"\bota\b|ota-agent|\bfota\b|otaupdate", 1.5), (r"firmware|\bfw\b|_fw_", 1), (r"\bflash(ing)?\b", 1),
        (r"requestdownload|transferdata|erasememory|requesttransferexit", 1.5),
        (r"generalprogrammingfailure|uploaddownloadnotaccepted|transferdatasuspended|wrongblocksequencecounter", 2),
        (r"signature verification", 1.5), (r"rollback|rolled back", 1.5), (r"bootloader", 1.5),
        (r"campaign", 1), (r"\bupdates?\b", 1), (r"\bslot [ab]\b", 1), (r"download", 0.5),
    ),
}

KEYWORDS: tuple[tuple[Category, re.Pattern[str], float], ...] = tuple(
    (cat, re.compile(rx), w) for cat, rules in _KEYWORDS.items() for rx, w in rules
)


def keyword_scores(text: str) -> dict[Category, float]:
    """Keyword weight per category for one (lower-cased) line."""
    scores: dict[Category, float] = {}
    for cat, rx, weight in KEYWORDS:
        if rx.search(text):
            scores[cat] = scores.get(cat, 0.0) + weight
    return scores


# ---- risk --------------------------------------------------------------------------------------

R = RiskLevel
# What the vehicle did about the fault, strongest first. Applied to lines at warning or above.
RISK_MARKERS: tuple[tuple[re.Pattern[str], RiskLevel], ...] = tuple(
    (re.compile(rx), risk)
    for rx, risk in (
        (r"thermal runaway|\bfire\b|venting", R.CRITICAL),
        (r"minimal risk maneuver|\bmrm\b|safe stop|safe state|emergency (stop|shutdown|hv)|stop vehicle", R.CRITICAL),
        (r"not drivable|immobili[sz]ed|stuck in bootloader|rollback failed", R.CRITICAL),
        (r"kernel panic|propulsion (lost|inhibited)|over-?temperature shutdown|coolant loss", R.CRITICAL),
        (r"welded|isolation fault|isolation resistance .{0,30}below", R.CRITICAL),
        (r"spoof|safety goal|esc and eps|brake and steering|actuators? (feedback )?lost", R.CRITICAL),
        (r"derat(e|ed|ing)|limp[ -]home|power limited|reduced (performance|power)|stop safely", R.HIGH),
        (r"\bdisabled\b|unavailable|\boffline\b|bus[- ]?off|\bstall(ed)?\b|motor stall", R.HIGH),
        (r"watchdog reset|soft lockup|hard lockup|link lost|lock lost|fix lost|\bno fix\b", R.HIGH),
        (r"contactor open|rolled back|generalprogrammingfailure|uploaddownloadnotaccepted", R.HIGH),
        (r"over-?temperature|overheat", R.HIGH),
    )
)

# Crash reports of an application (not a safety function) cap the risk of the line at medium.
RISK_CAPS: tuple[tuple[re.Pattern[str], RiskLevel], ...] = (
    (re.compile(r"sigsegv|sigabrt|fatal signal|\banr in\b|tombstone|has died"), R.MEDIUM),
)

# Lines that are evidence even at info level: a process dumped core, a service was killed.
INFO_EVIDENCE: tuple[tuple[re.Pattern[str], Category], ...] = (
    (re.compile(r"dumped core|core dump|status=(6/abrt|11/segv|9/kill)"), C.ECU_SOFTWARE),
)

RISK_ORDER = (R.LOW, R.MEDIUM, R.HIGH, R.CRITICAL)


def risk_rank(risk: RiskLevel) -> int:
    return RISK_ORDER.index(risk)


# ---- explicit level markers --------------------------------------------------------------------

_LEVEL_WORDS = {
    "trace": Severity.TRACE, "verbose": Severity.TRACE, "v": Severity.TRACE, "debug": Severity.DEBUG,
    "d": Severity.DEBUG, "info": Severity.INFO, "notice": Severity.INFO, "i": Severity.INFO,
    "warn": Severity.WARNING, "warning": Severity.WARNING, "w": Severity.WARNING, "error": Severity.ERROR,
    "err": Severity.ERROR, "e": Severity.ERROR, "fatal": Severity.CRITICAL, "critical": Severity.CRITICAL,
    "crit": Severity.CRITICAL, "f": Severity.CRITICAL, "emerg": Severity.CRITICAL, "alert": Severity.CRITICAL,
}
_EXPLICIT_LEVEL = (
    re.compile(r"\blevel=\"?(\w+)"),  # logfmt
    re.compile(r"(?i)\[(trace|debug|info|notice|warn|warning|error|err|fatal|critical|crit)\]"),
    re.compile(r"\b(DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|FATAL): "),  # Python logging style
    re.compile(r"^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ ([VDIWEF]) "),  # logcat threadtime
    re.compile(r"^([IWEF])\d{4} \d\d:\d\d:\d\d\.\d{6}\s"),  # glog
)


def explicit_level(line: str) -> Severity | None:
    """The level a line states itself (``level=warn``, ``[ERROR]``, logcat's ``W``, glog's ``E0314``).

    A stated level outranks a severity guessed from keywords: ``level=warn msg="network
    unreachable"`` is a warning even though "unreachable" sounds like an error."""
    head = line[:160]
    for rx in _EXPLICIT_LEVEL:
        m = rx.search(head)
        if m:
            return _LEVEL_WORDS.get(m.group(1).lower())
    return None


_HEADERS = (
    re.compile(r"^\d{4}-\d\d-\d\dT\S+ \S+ [\w.@/-]+(\[\d+\])?: "),  # journald short-iso
    re.compile(r"^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [\w.@/-]+(\[\d+\])?: "),  # RFC 3164 syslog
    re.compile(r"^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\s+\d+\s+\d+ [VDIWEF] [^:]+: "),  # logcat threadtime
    re.compile(r"^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ [^\]]+\] "),  # glog
)


def message_of(line: str) -> str:
    """The message of a raw log line, without its timestamp/host/process header."""
    for rx in _HEADERS:
        m = rx.match(line)
        if m:
            return line[m.end() :]
    return line
