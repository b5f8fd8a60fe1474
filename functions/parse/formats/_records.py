"""What the structured text exports share (JSON lines, CSV/TSV, YAML and protobuf-text dumps).

A record is a flat mapping of dotted key paths to scalars. The roles of its keys (time, level,
message, source, unit, code) are decided by key name once per key set and cached: exports repeat
one schema for millions of records. Then:

- the message text is the message field (plus any code fields, so codes are found), or else a
  compact ``key=value`` rendering of the non-numeric fields — numeric fields never go into text
  (every distinct number would make a new template);
- numeric fields become signals (:mod:`functions.parse.signals`), named by their key path, with
  the record's source and unit;
- the severity comes from the level field (names, syslog priorities 0-7, or the 10-50 scale of
  Python logging and ROS 2), else from keywords in the text, as for plain text lines.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from functions.parse.builder import SummaryBuilder
from functions.parse.formats._common import RecordSink, binary_stream
from functions.parse.line_signals import Slot, name_of, shape_slots
from functions.parse.severity import CRITICAL, DEBUG, ERROR, INFO, TRACE, WARNING, keyword_rank, level_rank
from functions.parse.signals import SignalAccumulator
from functions.parse.streams import Readable
from functions.parse.text import ZERO_DIGITS

MAX_RECORD_LINE = 1 << 20  # a line longer than this is skipped (and counted), never buffered whole
MAX_FIELDS = 256  # fields per record past this are ignored
MAX_DEPTH = 8
_PLAN_CACHE_MAX = 512  # key sets; a file with ever-new keys only costs re-planning
MAX_NAME = 128  # sources, units and signal names are cut here: they are kept per signal and channel
FLUSH_VALUES = 1 << 16  # buffered numeric samples (all signals) before they go to the accumulator
FLUSH_SERIES = 2048  # ... or distinct signals buffered
RELATIVE_BEFORE = 1e8  # epoch seconds before 1973-03: a relative clock (time since start), not a date

_LEVEL_KEYS = {"level", "severity", "lvl", "sev", "priority", "prio", "pri", "loglevel", "levelname", "loglvl"}
_SYSLOG_KEYS = {"priority", "prio", "pri"}
_MESSAGE_KEYS = {"msg", "message", "text", "event", "log", "logmessage", "eventmessage", "content", "body"}
_TIME_KEYS = {"ts", "time", "timestamp", "datetime", "date", "t", "stamp", "eventtime", "logtime", "realtimetimestamp"}
_TIME_UNITS = {"s": 1.0, "sec": 1.0, "secs": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}
_SOURCE_KEYS = {
    "ecu", "source", "src", "module", "modulename", "component", "process", "proc", "service", "topic", "node",
    "logger", "loggername", "app", "application", "appid", "channel", "canid", "unit", "systemdunit",
    "syslogidentifier", "comm", "tag", "subsystem", "device", "sender", "context", "name",
}  # fmt: skip
_UNIT_KEYS = {"unit", "units", "uom"}
_CODE_KEYS = {"errno", "fault", "faults", "error", "err", "errnum"}
_SIGNAL_NAME_KEYS = {"signal", "signalname", "metric", "metricname", "param", "parameter", "name", "key", "sensor"}
_VALUE_KEYS = {"value", "val", "reading", "measurement"}
_NUMERIC = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")


def norm_key(path: str) -> str:
    last = path.rsplit(".", 1)[-1]
    return re.sub(r"[^a-z0-9]", "", last.lower())


def _is_code_key(k: str) -> bool:
    # "error_code", "dtc", "fault_codes", "dtc_list" — not "decoder_latency_ms"
    return k.endswith(("code", "codes", "dtc", "dtcs")) or k.startswith("dtc") or k in _CODE_KEYS


_NULL_CODE = re.compile(r"(?i)(?:0x)?0*(?:\.0*)?|none|null|nil|ok|n/?a|-|no_?error|no_?fault")


def _no_code(v: Any) -> bool:
    """``error_code: 0`` in every healthy record means "no code", not a code to count."""
    return v is False or _NULL_CODE.fullmatch(str(v).strip()) is not None


def _time_scale(k: str) -> float | None:
    """Seconds per unit when the key names a time: ``ts``, ``time_ms``, ``timestamp_us``..., else None."""
    if k in _TIME_KEYS:
        return 0.0  # unit from magnitude
    for head in ("timestamp", "time", "ts", "stamp"):
        if k.startswith(head) and k[len(head) :] in _TIME_UNITS:
            return _TIME_UNITS[k[len(head) :]]
    return None


class _Plan:
    """Roles of one key set (the schema of a record)."""

    __slots__ = ("level", "message", "sec_nsec", "sig_name", "source", "time", "time_scale", "unit", "value")
    __slots__ += ("codes", "entity", "skip")

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.time: str | None = None
        self.time_scale = 0.0
        self.sec_nsec: tuple[str, str] | None = None
        self.level = self.message = self.source = self.unit = self.sig_name = self.value = None
        self.codes: set[str] = set()
        self.entity: str | None = None  # a long table's key naming which part a row measures (set by its reader)
        self.skip: set[str] = set()  # time-like keys: neither text nor signals
        normed = {k: norm_key(k) for k in keys}

        def pick(names: set[str]) -> str | None:
            # the shallowest key of a role wins (a top-level "level" over "ctx.level")
            found = [k for k in keys if normed[k] in names]
            return min(found, key=lambda k: k.count(".")) if found else None

        # ROS (header.stamp.sec + nanosec), ROS 1 (secs + nsecs), Apollo (timestamp_sec)
        for k in keys:
            if normed[k] in ("sec", "secs"):
                base = k[: -len(k.rsplit(".", 1)[-1])]
                for ns in ("nanosec", "nsec", "nsecs", "nanosecs"):
                    if base + ns in normed:
                        if self.sec_nsec is None or k.count(".") < self.sec_nsec[0].count("."):
                            self.sec_nsec = (k, base + ns)
                        self.skip.update((k, base + ns))
        for k in keys:
            scale = _time_scale(normed[k])
            if scale is None:
                continue
            self.skip.add(k)
            if self.sec_nsec is None and (self.time is None or k.count(".") < self.time.count(".")):
                self.time, self.time_scale = k, scale
        self.level = pick(_LEVEL_KEYS)
        self.message = pick(_MESSAGE_KEYS)
        self.value = pick(_VALUE_KEYS)
        if self.value is not None:
            self.sig_name = pick(_SIGNAL_NAME_KEYS)
        self.unit = pick(_UNIT_KEYS)
        self.source = pick(_SOURCE_KEYS - ({"name"} if self.sig_name else set()) - _UNIT_KEYS)
        self.codes = {k for k in keys if _is_code_key(normed[k])}
        self.skip.update(x for x in (self.level, self.message, self.source, self.unit, self.sig_name) if x)


def epoch(value: Any, scale: float = 0.0) -> float | None:
    """Epoch seconds from a number (unit from ``scale``, else from magnitude) or an ISO 8601 string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        v = value.strip()
        if _NUMERIC.match(v):
            value = float(v)
        else:
            return iso_epoch(v)
    if not isinstance(value, int | float) or not math.isfinite(value):
        return None
    v = float(value)
    if scale:
        v *= scale
    elif v > 1e17:
        v /= 1e9
    elif v > 1e14:
        v /= 1e6
    elif v > 1e11:
        v /= 1e3
    if v < RELATIVE_BEFORE or v > 7.3e9:  # relative clocks and nonsense are not dates
        return None
    return v


def iso_epoch(text: str) -> float | None:
    if len(text) < 10 or not text[:4].isdigit():
        return None
    t = text.replace("Z", "+00:00").replace("z", "+00:00")
    if len(t) > 10 and t[10] == " ":
        t = t[:10] + "T" + t[11:]
    t = t.replace(",", ".").replace("/", "-")
    try:
        dt = datetime.fromisoformat(t)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


_SYSLOG = {0: CRITICAL, 1: CRITICAL, 2: CRITICAL, 3: ERROR, 4: WARNING, 5: INFO, 6: INFO, 7: DEBUG}
_ROS1 = {1: DEBUG, 2: INFO, 4: WARNING, 8: ERROR, 16: CRITICAL}  # rosgraph_msgs/Log bit values


def numeric_level(n: int, key: str | None, *, ros1: bool = False) -> int | None:
    """A numeric level: syslog 0-7 (always for priority keys), or ROS 1 bits in ROS dumps, or the
    10-50 scale of Python logging and ROS 2 (10 debug, 20 info, 30 warn, 40 error, 50 fatal)."""
    if ros1 and n in _ROS1:
        return _ROS1[n]
    if (key is not None and norm_key(key) in _SYSLOG_KEYS) or 0 <= n <= 7:
        return _SYSLOG.get(n)
    if 10 <= n <= 60:
        return (TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL, CRITICAL)[n // 10]
    return None


def number(value: Any, *, parse_strings: bool) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if parse_strings and isinstance(value, str) and value:
        try:
            f = float(value)
        except ValueError:
            return None
        return f if math.isfinite(f) and "_" not in value else None
    return None


def flatten(obj: dict, out: dict[str, Any] | None = None, prefix: str = "", depth: int = 0) -> dict[str, Any]:
    """Nested objects → dotted key paths. Lists are not descended into (positions are not names)."""
    if out is None:
        out = {}
    for k, v in obj.items():
        if len(out) >= MAX_FIELDS:
            break
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            if depth < MAX_DEPTH:
                flatten(v, out, key + ".", depth + 1)
        elif not isinstance(v, list):
            out[key] = v
    return out


def _render(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v)
    return f'"{s}"' if " " in s else s


class StructuredSink:
    """Flat records → messages (through :class:`RecordSink`) and signals."""

    def __init__(self, builder: SummaryBuilder, *, parse_strings: bool, ros1_levels: bool = False) -> None:
        self.b = builder
        self.sink = RecordSink(builder)
        self.signals = SignalAccumulator(line_based=True)
        builder.signals = self.signals
        self.parse_strings = parse_strings  # CSV and text dumps carry numbers as strings; JSON does not
        self.ros1_levels = ros1_levels
        self._plans: dict[tuple[str, ...], _Plan] = {}
        self.records = 0
        # numeric samples per (source, name, unit), flushed to the accumulator in batches
        self._buf: dict[tuple[str, str, str], tuple[list[float], list[float | None], list[int]]] = {}
        self._buffered = 0
        # numbers written inside a record's message (``"text": "tire FL 2.48 bar RR 2.46"``): the value
        # slots of each message shape, as the text path finds them in status lines
        self._slots: dict[bytes, tuple[Slot, ...]] = {}

    def plan(self, keys: tuple[str, ...]) -> _Plan:
        p = self._plans.get(keys)
        if p is None:
            if len(self._plans) >= _PLAN_CACHE_MAX:
                self._plans.clear()
            p = self._plans[keys] = _Plan(keys)
        return p

    def record(self, rec: dict[str, Any], line: int, plan: _Plan | None = None) -> None:
        b = self.b
        b.messages += 1
        self.records += 1
        p = plan or self.plan(tuple(rec))
        ts = None
        if p.sec_nsec is not None:
            sec, nsec = rec.get(p.sec_nsec[0]), rec.get(p.sec_nsec[1])
            s, ns = number(sec, parse_strings=True), number(nsec, parse_strings=True)
            if s is not None:
                ts = epoch(s + (ns or 0.0) / 1e9, 1.0)
        elif p.time is not None:
            ts = epoch(rec.get(p.time), p.time_scale)
        source = rec.get(p.source) if p.source else None
        source = str(source)[:MAX_NAME] if source not in (None, "") else ""
        unit = rec.get(p.unit) if p.unit else None
        unit = str(unit)[:MAX_NAME] if unit not in (None, "") else ""
        parse = self.parse_strings
        buf = self._buf
        part = f"{p.entity}.{rec.get(p.entity)}." if p.entity is not None else ""
        text_parts: list[str] = []
        for k, v in rec.items():
            if k in p.skip or v is None or v == "":
                continue
            if k in p.codes:
                if not _no_code(v):
                    text_parts.append(f"{k}={_render(v)}")
                continue
            num = number(v, parse_strings=parse)
            if num is not None:
                if k == p.value:
                    name = rec.get(p.sig_name) if p.sig_name else None
                    key = (source, str(name)[:MAX_NAME] if name not in (None, "") else k[:MAX_NAME], unit)
                else:
                    key = (source, f"{part}{k}"[:MAX_NAME], "")
                series = buf.get(key)
                if series is None:
                    series = buf[key] = ([], [], [])
                series[0].append(num)
                series[1].append(ts)
                series[2].append(line)
                self._buffered += 1
            elif p.message is None:
                text_parts.append(f"{k}={_render(v)}")
        if self._buffered >= FLUSH_VALUES or len(buf) >= FLUSH_SERIES:
            self.flush()
        msg = rec.get(p.message) if p.message else None
        if msg not in (None, ""):
            text = str(msg)
            self._message_values(text, source, ts, line)
            if p.codes:
                codes = [t for t in text_parts if t.split("=", 1)[0] in p.codes]
                if codes:
                    text = f"{text} {' '.join(codes)}"
        else:
            text = " ".join(text_parts)
        severity = None
        if p.level is not None:
            lv = rec.get(p.level)
            if isinstance(lv, bool):
                lv = None
            if isinstance(lv, int | float) or (isinstance(lv, str) and lv.strip().isdigit()):
                severity = numeric_level(int(float(lv)), p.level, ros1=self.ros1_levels)
            elif isinstance(lv, str):
                severity = level_rank(lv)
        if ts is not None:
            b.observe_time(ts)
        if not text:
            return  # a pure signal sample: counted as a message, nothing to mine
        if severity is None:
            severity = keyword_rank(text)
        self.sink.record(text, severity, ts, line, channel=source or None, by_line=True)

    def _message_values(self, text: str, source: str, ts: float | None, line: int) -> None:
        """A message's numbers with a unit or after a quantity's name, as signals of the record's source."""
        raw = text.encode("utf-8", "replace")
        shape = raw.translate(ZERO_DIGITS)
        slots = self._slots.get(shape)
        if slots is None:
            if len(self._slots) >= _PLAN_CACHE_MAX:
                self._slots.clear()
            slots = self._slots[shape] = shape_slots(shape, 0)
        buf = self._buf
        for a, _dot, z, mult, name, unit in slots:
            value = float(raw[a:z]) * (-1.0 if mult < 0 else 1.0)
            label = name if isinstance(name, str) else name_of(raw, name)
            key = (source, f"{label}"[:MAX_NAME], unit)
            series = buf.get(key)
            if series is None:
                series = buf[key] = ([], [], [])
            series[0].append(value)
            series[1].append(ts)
            series[2].append(line)
            self._buffered += 1

    def flush(self) -> None:
        """Hand buffered samples to the accumulator in batches (its per-value work then runs in builtins)."""
        extend = self.signals.extend
        for (source, name, unit), (vals, tss, ats) in self._buf.items():
            extend(name, vals, tss, ats, source=source, unit=unit)
        self._buf = {}
        self._buffered = 0

    def finish(self) -> tuple[list[int], list[str]]:
        self.flush()
        return self.sink.finish()


def lines(reader: Readable, builder: SummaryBuilder) -> Iterator[tuple[int, str]]:
    """(1-based line number, decoded line) read forward; over-long lines are skipped and counted."""
    stream: io.BufferedReader = binary_stream(reader)
    n = 0
    while True:
        raw = stream.readline(MAX_RECORD_LINE)
        if not raw:
            return
        builder.bytes += len(raw)
        n += 1
        builder.lines += 1
        if len(raw) >= MAX_RECORD_LINE and not raw.endswith(b"\n"):
            while True:  # the rest of this line is dropped chunk by chunk
                more = stream.readline(MAX_RECORD_LINE)
                builder.bytes += len(more)
                if not more or more.endswith(b"\n"):
                    break
            builder.skipped += 1
            continue
        text = raw.decode("utf-8", "replace").rstrip("\r\n")
        yield n, (text.lstrip("\ufeff") if n == 1 else text)
