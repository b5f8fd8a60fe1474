"""Streams realistic vehicle log files: journald, logcat and glog text, AUTOSAR DLT and ROS 2 MCAP.

Everything is driven by one seeded :class:`random.Random` per file, so a scenario regenerates byte for
byte. Text files are written in chunks while they grow, never held whole, so a 1 GB batch costs the
same memory as a 1 MB one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from random import Random

from argus.scenarios.content import COMPONENTS, NOISE, Fault, Line

_CHUNK_LINES = 4096
_AVG_LINE_BYTES = {"vcu": 125, "gw": 105, "adas": 100, "bin": 90}
_LEVEL_WORD = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}
_LOGFMT_LEVEL = {"D": "debug", "I": "info", "W": "warn", "E": "error", "F": "fatal"}
_WORD_LEVEL = {"D": "DEBUG", "I": "INFO", "W": "WARNING", "E": "ERROR", "F": "CRITICAL"}


@dataclass(frozen=True)
class Episode:
    """A fault (or benign episode) placed in a batch; ``intensity`` scales its line rate."""

    fault: Fault
    intensity: float = 1.0


class _Clock:
    """Monotonic log time with cached per-second prefixes (formatting dominates generation time)."""

    def __init__(self, start_epoch: float) -> None:
        self.t = start_epoch
        self._sec = -1
        self._parts: tuple[str, str, str] = ("", "", "")

    def parts(self) -> tuple[str, str, str, int]:
        """(ISO date-time to the second, MM-DD, MMDD, microseconds)."""
        sec = int(self.t)
        if sec != self._sec:
            tm = time.gmtime(sec)
            self._sec = sec
            self._parts = (
                time.strftime("%Y-%m-%dT%H:%M:%S", tm),
                time.strftime("%m-%d %H:%M:%S", tm),
                time.strftime("%m%d %H:%M:%S", tm),
            )
        return (*self._parts, int((self.t - sec) * 1_000_000))


def _picker(lines: list[Line], rng: Random) -> Iterator[Line]:
    weights = [w for w, *_ in lines]
    while True:
        yield from rng.choices(lines, weights=weights, k=256)


class TextLogWriter:
    """Writes one text log of a source (``vcu``, ``gw``, ``adas``) up to ``size_bytes``."""

    def __init__(self, source: str, *, host: str, rng: Random, start_epoch: float, mean_gap_s: float) -> None:
        self.source = source
        self.host = host
        self.rng = rng
        self.clock = _Clock(start_epoch)
        self.mean_gap_s = mean_gap_s
        self._tids = {name: c.pid + rng.randint(3, 60) for name, c in COMPONENTS.items()}
        self._glog_lines = {name: rng.randint(40, 900) for name in COMPONENTS}

    def render(self, level: str, comp_name: str, msg: str) -> str:
        comp = COMPONENTS[comp_name]
        iso, mdhms, mdhms_compact, usec = self.clock.parts()
        if self.source == "vcu":
            head = f"{iso}.{usec:06d}+0000 {self.host} "
            if comp.style == "kernel":
                return f"{head}kernel: {msg}"
            ident = f"{comp.name}[{comp.pid}]"
            if comp.style == "bracket":
                return f"{head}{ident}: [{_LEVEL_WORD[level]}] {msg}"
            if comp.style == "logfmt":
                if msg.startswith("level="):
                    return f"{head}{ident}: {msg}"
                return f'{head}{ident}: level={_LOGFMT_LEVEL[level]} msg="{msg}"'
            if comp.style == "word":
                return f"{head}{ident}: {_WORD_LEVEL[level]}: {msg}"
            return f"{head}{ident}: {msg}"
        if self.source == "gw":
            return f"{mdhms}.{usec // 1000:03d} {comp.pid:5d} {self._tids[comp_name]:5d} {level} {comp.name}: {msg}"
        # glog: severity letter, MMDD, time, thread id, file:line]
        glog_level = level if level in "IWEF" else "I"
        return (
            f"{glog_level}{mdhms_compact}.{usec:06d} {self._tids[comp_name]:5d} "
            f"{comp.style}:{self._glog_lines[comp_name]}] {msg}"
        )

    def write(self, path: Path, size_bytes: int, episodes: list[Episode]) -> Path:
        rng = self.rng
        noise = _picker(NOISE[self.source], rng)
        expected = size_bytes // _AVG_LINE_BYTES[self.source]
        plans = [_EpisodePlan(e, self.source, rng, expected) for e in episodes]
        written = 0
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            buf: list[str] = []
            while written < size_bytes:
                frac = written / size_bytes if size_bytes else 1.0
                self.clock.t += rng.expovariate(1.0 / self.mean_gap_s)
                line = _next_line(plans, noise, rng, frac)
                text = self.render(*line) + "\n"
                buf.append(text)
                written += len(text)
                if len(buf) >= _CHUNK_LINES:
                    out.write("".join(buf))
                    buf.clear()
            # One-off lines still pending (a tiny file whose window was skipped) are not lost.
            for plan in plans:
                for level, comp, msg in plan.drain():
                    self.clock.t += self.mean_gap_s
                    buf.append(self.render(level, comp, msg) + "\n")
            out.write("".join(buf))
        return path


MIN_EPISODE_LINES = 15  # a fault repeats: even a small file carries a handful of its lines


class _EpisodePlan:
    """Decides, line by line, whether the episode speaks in this file now."""

    def __init__(self, episode: Episode, source: str, rng: Random, expected_lines: int) -> None:
        fault = episode.fault
        self.rng = rng
        self.start, self.end = fault.window
        lines = [ln for ln in fault.rate_lines if COMPONENTS[ln[2]].source == source]
        window_lines = max(1.0, expected_lines * (self.end - self.start))
        rate = max(fault.rate, MIN_EPISODE_LINES / window_lines)
        self.rate = min(0.5, rate * episode.intensity) if lines else 0.0
        self.picker = _picker(lines, rng) if lines else None
        once = [o for o in fault.once_lines if COMPONENTS[o[1]].source == source]
        span = self.end - self.start
        # One-off lines land early in the window, in order: the code is set, then the reaction.
        self.once = [(self.start + span * (i + 1) / (len(once) + 3), o) for i, o in enumerate(once)]

    def next_line(self, frac: float) -> tuple[str, str, str] | None:
        if self.once and frac >= self.once[0][0]:
            _at, (level, comp, render) = self.once.pop(0)
            return (level, comp, render(self.rng))
        if self.picker is not None and self.start <= frac < self.end and self.rng.random() < self.rate:
            _w, level, comp, render = next(self.picker)
            return (level, comp, render(self.rng))
        return None

    def drain(self) -> Iterator[tuple[str, str, str]]:
        while self.once:
            _at, (level, comp, render) = self.once.pop(0)
            yield (level, comp, render(self.rng))


# ---- binary traces -----------------------------------------------------------------------------

_DLT_LEVEL = {"D": 0x5, "I": 0x4, "W": 0x3, "E": 0x2, "F": 0x1}
_ROS_LEVEL = {"D": 10, "I": 20, "W": 30, "E": 40, "F": 50}
_ROS_LOG_MSGDEF = """builtin_interfaces/Time stamp
uint8 level
string name
string msg
string file
string function
uint32 line
================================================================================
MSG: builtin_interfaces/Time
int32 sec
uint32 nanosec
"""


def _next_line(plans: list[_EpisodePlan], noise: Iterator, rng: Random, frac: float) -> tuple[str, str, str]:
    """The next fault line due at ``frac`` of the file (first episode that has one), else noise."""
    for plan in plans:
        line = plan.next_line(frac)
        if line is not None:
            return line
    _w, level, comp, render = next(noise)
    return (level, comp, render(rng))


def _binary_events(
    count: int, rng: Random, start_epoch: float, gap_s: float, episodes: list[Episode]
) -> Iterator[tuple[float, str, str, str]]:
    """(epoch, level, component, message) for the ``bin`` source, noise and episodes interleaved."""
    noise = _picker(NOISE["bin"], rng)
    plans = [_EpisodePlan(e, "bin", rng, count) for e in episodes]
    t = start_epoch
    for i in range(count):
        t += rng.expovariate(1.0 / gap_s)
        frac = i / count
        yield (t, *_next_line(plans, noise, rng, frac))
    for plan in plans:
        for line in plan.drain():
            t += gap_s
            yield (t, *line)


def write_dlt(
    path: Path, size_bytes: int, rng: Random, start_epoch: float, gap_s: float, episodes: list[Episode]
) -> Path:
    """AUTOSAR DLT (v1, verbose string payloads with storage headers) via pydlt's writer."""
    from pydlt import (
        ArgumentString,
        DltFileWriter,
        DltMessage,
        MessageLogInfo,
        MessageType,
        StorageHeader,
    )

    count = max(50, size_bytes // 90)
    with DltFileWriter(path) as writer:
        for n, (t, level, comp, msg) in enumerate(_binary_events(count, rng, start_epoch, gap_s, episodes)):
            sec = int(t)
            message = DltMessage.create_verbose_message(
                [ArgumentString(msg)],
                MessageType.DLT_TYPE_LOG,
                MessageLogInfo(_DLT_LEVEL[level]),
                application_id=comp,
                context_id="MAIN",
                timestamp=int((t - start_epoch) * 10_000),  # DLT ticks are 0.1 ms since ECU start
                session_id=COMPONENTS[comp].pid or 1,
                ecu_id="ADCU",
                message_counter=n % 256,
                str_header=StorageHeader(sec, int((t - sec) * 1_000_000), "ADCU"),
            )
            writer.write_message(message)
    return path


def write_mcap(
    path: Path, size_bytes: int, rng: Random, start_epoch: float, gap_s: float, episodes: list[Episode]
) -> Path:
    """ROS 2 MCAP with ``/rosout`` (rcl_interfaces/msg/Log, CDR) via mcap-ros2-support's writer."""
    from mcap_ros2.writer import Writer

    count = max(50, size_bytes // 110)
    with open(path, "wb") as stream:
        writer = Writer(stream)
        schema = writer.register_msgdef("rcl_interfaces/msg/Log", _ROS_LOG_MSGDEF)
        for seq, (t, level, comp, msg) in enumerate(_binary_events(count, rng, start_epoch, gap_s, episodes)):
            ns = int(t * 1e9)
            node = COMPONENTS[comp].style
            writer.write_message(
                "/rosout",
                schema,
                {
                    "stamp": {"sec": ns // 1_000_000_000, "nanosec": ns % 1_000_000_000},
                    "level": _ROS_LEVEL[level],
                    "name": node,
                    "msg": msg,
                    "file": f"src/{node}.cpp",
                    "function": "on_timer",
                    "line": 100 + len(node) * 3,
                },
                log_time=ns,
                publish_time=ns,
                sequence=seq,
            )
        writer.finish()
    return path
