"""Synthetic log dialects with ground truth: an extra held-out check for the template miner.

FROZEN on 2026-12-01, before any miner change of issue 9 was tuned: the dialects, their events and the
seed are not to be edited to suit the miner (that would make them tuning data). Add new dialects in a
new frozen set instead.

Each dialect has its own header layout (none of them is one of the 8 Loghub-2k systems the miner is
developed on) and a set of events; each event is a template whose ``{slot}`` fields are drawn from
value generators, some of which span several tokens (a number with a bracketed unit, key=value lists,
quoted strings, paths). The ground-truth template of a line is the event's text with every slot as
``<*>``. Generated with a fixed seed, 2,000 lines per dialect, in memory (nothing is written).

    python bench/synthetic_dialects.py      # prints a few lines of each dialect
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

SEED = 20261201
LINES = 2000
_SLOT = re.compile(r"\{(\w+)\}")

Gen = Callable[[random.Random], str]

_NAMES = [
    "planner",
    "perception",
    "localizer",
    "lidar_front",
    "radar_rl",
    "camera_fc",
    "gateway",
    "bms",
    "tcu",
    "adas",
    "hmi",
    "mapper",
    "fusion",
    "controller",
    "watchdog",
    "recorder",
    "uploader",
]
_WORDS = ["alpha", "bravo", "delta", "echo", "kilo", "lima", "oscar", "sierra", "tango", "zulu", "nova", "orbit"]
_UNITS = ["ms", "s", "KB", "MB", "kB", "B", "Hz", "V", "A", "%"]


def _num(rnd: random.Random) -> str:
    return str(rnd.choice([rnd.randint(0, 9), rnd.randint(10, 999), rnd.randint(1000, 99999)]))


def _float(rnd: random.Random) -> str:
    return f"{rnd.uniform(0, 500):.{rnd.choice([1, 2, 3])}f}"


def _quantity(rnd: random.Random) -> str:
    """One quantity, written in any of the ways loggers do: 12ms, 12 ms, 12 [ms], 12.5(ms)."""
    value = rnd.choice([_num, _float])(rnd)
    unit = rnd.choice(_UNITS)
    style = rnd.randrange(4)
    return [f"{value}{unit}", f"{value} {unit}", f"{value} [{unit}]", f"{value}({unit})"][style]


def _hexid(rnd: random.Random) -> str:
    width = rnd.choice([8, 12, 16])
    return f"{rnd.getrandbits(64):0{width}x}"


def _uuid(rnd: random.Random) -> str:
    h = f"{rnd.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _path(rnd: random.Random) -> str:
    parts = [rnd.choice(["var", "data", "opt", "mnt", "srv"]), *rnd.sample(_NAMES + _WORDS, rnd.randint(1, 4))]
    ext = rnd.choice(["", ".log", ".bin", ".mcap", ".yaml", ".json"])
    return "/" + "/".join(parts) + ext


def _ip_port(rnd: random.Random) -> str:
    return f"10.{rnd.randint(0, 255)}.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}:{rnd.randint(1024, 65535)}"


def _ip(rnd: random.Random) -> str:
    return f"192.168.{rnd.randint(0, 255)}.{rnd.randint(1, 254)}"


def _name(rnd: random.Random) -> str:
    return rnd.choice(_NAMES)


def _user(rnd: random.Random) -> str:
    return rnd.choice(["root", "svc", "ota", "diag", "ci"]) + rnd.choice(["", str(rnd.randint(1, 99))])


def _quoted(rnd: random.Random) -> str:
    return '"' + " ".join(rnd.choice(_WORDS + _NAMES) for _ in range(rnd.randint(1, 4))) + '"'


def _kv_list(rnd: random.Random) -> str:
    keys = rnd.sample(["speed", "gear", "soc", "temp", "mode", "lane", "yaw", "rpm"], rnd.randint(1, 4))
    return " ".join(f"{k}={rnd.choice([_num, _float, _name])(rnd)}" for k in keys)


def _num_list(rnd: random.Random) -> str:
    return ",".join(_num(rnd) for _ in range(rnd.randint(1, 6)))


def _topic(rnd: random.Random) -> str:
    return "/" + "/".join(rnd.sample(["sensing", "lidar", "points", "camera", "image", "odom", "tf", "cmd"], 2))


def _version(rnd: random.Random) -> str:
    return f"{rnd.randint(0, 9)}.{rnd.randint(0, 20)}.{rnd.randint(0, 99)}"


def _vin(rnd: random.Random) -> str:
    return "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def _dtc(rnd: random.Random) -> str:
    return rnd.choice("PCBU") + f"{rnd.randint(0, 0x3FFF):04X}"


def _state(rnd: random.Random) -> str:
    return rnd.choice(["IDLE", "ACTIVE", "STANDBY", "FAULT", "INIT", "SHUTDOWN"])


def _duration(rnd: random.Random) -> str:
    return f"{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"


SLOTS: dict[str, Gen] = {
    "num": _num,
    "float": _float,
    "qty": _quantity,
    "hex": _hexid,
    "uuid": _uuid,
    "path": _path,
    "ipport": _ip_port,
    "ip": _ip,
    "name": _name,
    "user": _user,
    "quoted": _quoted,
    "kv": _kv_list,
    "nums": _num_list,
    "topic": _topic,
    "ver": _version,
    "vin": _vin,
    "dtc": _dtc,
    "state": _state,
    "dur": _duration,
}

# ---- headers: each returns the text before the message -----------------------------------------


def _ts(rnd: random.Random, i: int) -> tuple[int, int, int, int, int]:
    sec = 36000 + i * 3 + rnd.randint(0, 2)
    return (sec // 3600) % 24, (sec // 60) % 60, sec % 60, rnd.randint(0, 999), rnd.randint(0, 999999)


def h_rosout(rnd: random.Random, i: int) -> str:
    lvl = rnd.choices(["INFO", "WARN", "ERROR", "DEBUG"], [70, 15, 10, 5])[0]
    return f"[{lvl}] [{1733000000 + i}.{rnd.randint(0, 999999999):09d}] [{_name(rnd)}]: "


def h_monthday_pid(rnd: random.Random, i: int) -> str:
    hh, mm, ss, ms, _ = _ts(rnd, i)
    pid, tid = rnd.randint(100, 9999), rnd.randint(100, 9999)
    lvl = rnd.choices("IWEDV", [60, 15, 10, 10, 5])[0]
    return f"12-01 {hh:02d}:{mm:02d}:{ss:02d}.{ms:03d}  {pid:5d}  {tid:5d} {lvl} {_name(rnd).capitalize()}: "


def h_python(rnd: random.Random, i: int) -> str:
    hh, mm, ss, ms, _ = _ts(rnd, i)
    lvl = rnd.choices(["INFO", "WARNING", "ERROR", "DEBUG"], [70, 15, 10, 5])[0]
    mod = rnd.choice(["argus.fleet.sync", "argus.can.bridge", "ota.agent", "ota.agent.download"])
    return f"2026-12-01 {hh:02d}:{mm:02d}:{ss:02d},{ms:03d} - {mod} - {lvl} - "


def h_endpoint(rnd: random.Random, i: int) -> str:
    hh, mm, ss, _, _ = _ts(rnd, i)
    prog = rnd.choice(["otaclient", "diagd", "telemetryd.bin", "MapSync.exe", "can2eth"])
    return f"[12.01 {hh:02d}:{mm:02d}:{ss:02d}] {prog} - {_ip_port(rnd)} "


def h_bare(rnd: random.Random, i: int) -> str:
    return ""


def h_epoch_host(rnd: random.Random, i: int) -> str:
    host = f"ecu{rnd.randint(1, 12)}.veh{rnd.randint(100, 130)}.fleet"
    facility = f"kern.{rnd.choice(['info', 'warn', 'err'])}"
    return f"{1733040000 + i * 2} {host} {facility} {_name(rnd)}[{rnd.randint(1, 30000)}]: "


DIALECTS: dict[str, tuple[Callable[[random.Random, int], str], list[tuple[int, str]]]] = {
    # ROS 2 console output
    "rosout": (
        h_rosout,
        [
            (30, "Received {num} points on {topic} in {qty}"),
            (20, "Publishing trajectory with {num} waypoints, horizon {qty}"),
            (10, "Transform from {name} to {name} is {float} seconds old"),
            (8, "Loaded map tile {path}"),
            (6, "Parameter {quoted} set to {float}"),
            (6, "Node state: {state} -> {state}"),
            (5, "Dropped message on {topic}: queue full ({num} messages)"),
            (5, "Lidar sync lost for {qty}"),
            (4, "Controller gains: {kv}"),
            (3, "Timer callback overran by {qty}"),
            (3, "Shutting down"),
            (2, "Waiting for service {topic} to become available"),
        ],
    ),
    # Android-logcat-like threadtime lines: partial date, pid, tid, one-letter level, tag
    "monthday_pid": (
        h_monthday_pid,
        [
            (25, "onSensorChanged value={float} accuracy={num}"),
            (15, "Battery level {num}% voltage {qty} temperature {qty}"),
            (12, "Connected to {ipport} after {num} attempts"),
            (10, "write({num}) to {path} took {qty}"),
            (8, "Starting activity {name}/{name}.MainActivity for user {num}"),
            (8, "GC freed {num} objects / {qty} in {qty}"),
            (6, "Session {uuid} closed: {quoted}"),
            (5, "Package {name} version {ver} installed"),
            (4, "Unable to resolve host {quoted}: no address associated with hostname"),
            (3, "ANR in {name} (reason: input dispatching timed out)"),
            (2, "Wakelock released after {dur}"),
        ],
    ),
    # Python logging with " - " separated fields
    "python": (
        h_python,
        [
            (20, "Downloading chunk {num}/{num} of {path} ({qty})"),
            (15, "Chunk {num} verified, sha256 {hex}"),
            (12, "Vehicle {vin} reported DTC {dtc} with status {hex}"),
            (10, "Retrying request to https://ota.example.com/api/v2/{name} in {qty} (attempt {num})"),
            (8, "Signals: {kv}"),
            (8, "Campaign {uuid} applied to {num} vehicles"),
            (6, "Config reloaded from {path}"),
            (5, "Unexpected response {num} from server: {quoted}"),
            (5, "Upload of {path} completed: {qty} in {qty}"),
            (4, "Heartbeat OK"),
            (3, "Disk usage {num}% on {path}"),
        ],
    ),
    # a bracketed partial date, a program name and a remote endpoint before the message
    "endpoint": (
        h_endpoint,
        [
            (30, "close, {num} bytes ({qty}) sent, {num} bytes ({qty}) received, lifetime {dur}"),
            (25, "open through proxy gw.example.net:{num} HTTPS"),
            (15, "error : Could not connect through proxy gw.example.net:{num} - connection timed out"),
            (10, "close, {num} bytes sent, {num} bytes received, lifetime <{num} sec"),
            (8, "resolved to {ip} in {qty}"),
            (6, "retry {num} of {num} after {qty}"),
        ],
    ),
    # no header at all: bare messages, as a tool prints them
    "bare": (
        h_bare,
        [
            (20, "frame {num} decoded in {qty} ({num} objects)"),
            (15, "writing {path}"),
            (12, "skipped {num} frames: {kv}"),
            (10, "track {num} lost at x={float} y={float}"),
            (10, "calibration residual {float} px over {num} points"),
            (8, "opened {quoted} with id {hex}"),
            (6, "queue sizes {nums}"),
            (5, "done."),
            (4, "WARNING: clock jump of {qty} detected"),
            (4, "user {user} logged in from {ip}"),
        ],
    ),
    # epoch seconds, a host name, facility.level, program[pid]
    "epoch_host": (
        h_epoch_host,
        [
            (25, "eth0: link up, {num} Mbps, full duplex"),
            (20, "CAN bus {name} error counter tx={num} rx={num}"),
            (15, "thermal zone {num} at {qty}, throttling {state}"),
            (10, "mounted {path} (read-only) in {qty}"),
            (10, "session opened for user {user} by (uid={num})"),
            (8, "segfault at {hex} ip {hex} sp {hex} error {num} in {name}[{hex}+{hex}]"),
            (6, "firmware {ver} verified, image {path}"),
            (6, "watchdog: {name} did not respond for {qty}"),
        ],
    ),
}


def _render(event: str, rnd: random.Random) -> tuple[str, str]:
    text = _SLOT.sub(lambda m: SLOTS[m.group(1)](rnd), event)
    return text, _SLOT.sub("<*>", event)


def generate(dialect: str, lines: int = LINES, seed: int = SEED) -> tuple[list[bytes], list[str]]:
    """The raw lines of one dialect and the ground-truth template of each."""
    header, events = DIALECTS[dialect]
    rnd = random.Random(f"{seed}:{dialect}")
    weights = [w for w, _ in events]
    out: list[bytes] = []
    truth: list[str] = []
    for i in range(lines):
        event = rnd.choices(events, weights)[0][1]
        text, template = _render(event, rnd)
        out.append((header(rnd, i) + text).encode())
        truth.append(template)
    return out, truth


if __name__ == "__main__":
    for name in DIALECTS:
        lines, truth = generate(name, 4)
        print(f"== {name}")
        for ln, t in zip(lines, truth, strict=True):
            print("  ", ln.decode(), "   ->", t)
