"""Labelled, reproducible vehicle log batches: the demo's sample logs and the diagnosis evaluation set.

Every scenario writes the same four files (a VCU journal, a gateway logcat, an ADAS glog and a small
ADAS binary trace, DLT or MCAP) with the same names, so nothing but the content tells which fault is
in it. ``SCENARIOS`` lists each batch with the category and risk a good diagnosis should give.

    >>> from argus.scenarios import SCENARIOS, generate_scenario
    >>> paths = generate_scenario("bms-overtemp-derate", Path("out"), size_bytes=2 * 1024 * 1024, seed=7)
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path
from random import Random

from argus.scenarios.content import BENIGN, CATEGORIES, FAULTS, RISKS
from argus.scenarios.generator import _AVG_LINE_BYTES, Episode, TextLogWriter, write_dlt, write_mcap

__all__ = ["SCENARIOS", "Scenario", "demo_batch", "generate_scenario", "get_scenario"]

MiB = 1024 * 1024

# Share of a batch's bytes per source; the binary trace is capped (its writers are pure Python).
_SHARES = (("vcu", 0.52), ("gw", 0.25), ("adas", 0.20))
_BINARY_SHARE = 0.03
_BINARY_CAP = 3 * MiB
_BINARY_MIN = 16 * 1024
FILE_NAMES = {"vcu": "vcu_journal.log", "gw": "gateway_logcat.txt", "adas": "adcu_glog.log"}
_BINARY_NAMES = {"dlt": "adcu_trace.dlt", "mcap": "adcu_rosout.mcap"}


# The generator's fault families (content.CATEGORIES, the old taxonomy's names) and the label each
# scenario carries in the vehicle-systems taxonomy (functions.core.domain.taxonomy): category, subsystem.
_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("battery_bms", "low"): ("battery_bms", "cell"),
    ("battery_bms", "medium"): ("battery_bms", "cell"),
    ("battery_bms", "high"): ("battery_bms", "cell"),
    ("battery_bms", "critical"): ("battery_bms", "hv_isolation"),
    ("thermal", "low"): ("thermal", "coolant"),
    ("thermal", "medium"): ("thermal", "coolant"),
    ("thermal", "high"): ("thermal", "pump"),
    ("thermal", "critical"): ("thermal", "coolant"),
    ("can_bus", "low"): ("connectivity_network", "can"),
    ("can_bus", "medium"): ("connectivity_network", "can"),
    ("can_bus", "high"): ("connectivity_network", "can"),
    ("can_bus", "critical"): ("connectivity_network", "can"),
    ("lidar", "low"): ("adas_perception", "lidar"),
    ("lidar", "medium"): ("adas_perception", "lidar"),
    ("lidar", "high"): ("adas_perception", "lidar"),
    ("lidar", "critical"): ("adas_perception", "lidar"),
    ("camera", "low"): ("adas_perception", "camera"),
    ("camera", "medium"): ("adas_perception", "camera"),
    ("camera", "high"): ("adas_perception", "camera"),
    ("camera", "critical"): ("adas_perception", "camera"),
    ("gnss", "low"): ("adas_perception", "gnss"),
    ("gnss", "medium"): ("adas_perception", "gnss"),
    ("gnss", "high"): ("adas_perception", "gnss"),
    ("gnss", "critical"): ("adas_perception", "gnss"),
    ("ecu_software", "low"): ("software_platform", "crash"),
    ("ecu_software", "medium"): ("software_platform", "crash"),
    ("ecu_software", "high"): ("software_platform", "watchdog"),
    ("ecu_software", "critical"): ("software_platform", "watchdog"),
    ("ota_update", "low"): ("software_platform", "ota"),
    ("ota_update", "medium"): ("software_platform", "ota"),
    ("ota_update", "high"): ("software_platform", "ota"),
    ("ota_update", "critical"): ("software_platform", "ota"),
}


@dataclass(frozen=True)
class Scenario:
    name: str
    category: str  # expected Diagnosis.category (vehicle-systems taxonomy)
    risk: str  # expected Diagnosis.risk_level
    description: str
    subsystem: str = "none"  # expected Diagnosis.subsystem
    faults: tuple[tuple[str, str, float], ...] = ()  # (fault family, risk, intensity); the first dominates
    benign: tuple[str, ...] = ()  # names of benign episodes in content.BENIGN
    binary: str = "dlt"  # dlt | mcap
    default_size: int = 2 * MiB

    def episodes(self) -> list[Episode]:
        eps = [Episode(FAULTS[(c, r)], intensity) for c, r, intensity in self.faults]
        eps += [Episode(BENIGN[b]) for b in self.benign]
        return eps


_DESCRIPTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("battery_bms", "low"): ("bms-cell-drift", "cell voltage deviation and SOC drift, pending P0B3B"),
    ("battery_bms", "medium"): ("bms-imbalance-soh", "cell imbalance beyond limit, SOH low, confirmed P0A7F"),
    ("battery_bms", "high"): ("bms-overtemp-derate", "cell over-temperature, P0A7E/P0A80/P0AFA, derate"),
    ("battery_bms", "critical"): ("bms-runaway", "thermal runaway suspected, isolation fault P0AA6, welded contactor"),
    ("thermal", "low"): ("tms-loop2-warm", "coolant loop close to its limit, slow fan, pending P0C73"),
    ("thermal", "medium"): ("tms-inverter-hot", "inverter coolant over limit then recovered, P0A93"),
    ("thermal", "high"): ("tms-pump-stall", "coolant pump stalled, inverter over temperature, torque derated"),
    ("thermal", "critical"): ("tms-coolant-loss", "coolant loss, inverter over-temperature shutdown, safe stop"),
    ("can_bus", "low"): ("can-body-timeouts", "occasional BCM frame timeouts, error warning, pending U0140"),
    ("can_bus", "medium"): ("can-chassis-passive", "chassis CAN error passive and recovering, U0121 test failed"),
    ("can_bus", "high"): ("can-pt-busoff", "powertrain CAN bus-off, BMS comms lost, limp home, U0073/U0111"),
    ("can_bus", "critical"): ("can-chassis-busoff", "chassis CAN bus-off, ESC/EPS lost, minimal risk maneuver"),
    ("lidar", "low"): ("lidar-dirty-window", "roof lidar window contamination, cleaning requested"),
    ("lidar", "medium"): ("lidar-low-rate", "roof lidar frame rate low, fusion using stale data"),
    ("lidar", "high"): ("lidar-offline", "front lidar offline, highway pilot disabled"),
    ("lidar", "critical"): ("lidar-motor-stall", "roof lidar motor stall during pilot, minimal risk maneuver"),
    ("camera", "low"): ("cam-glare", "front camera exposure saturation in sun glare"),
    ("camera", "medium"): ("cam-gmsl-crc", "front narrow camera frame drops with GMSL CRC errors"),
    ("camera", "high"): ("cam-link-lost", "GMSL2 link lost on the front narrow camera, LKA disabled"),
    ("camera", "critical"): ("cam-freeze", "front camera image freeze during lane change, MRM"),
    ("gnss", "low"): ("gnss-rtk-float", "RTK fix degrades to float, old corrections"),
    ("gnss", "medium"): ("gnss-ntrip-loss", "no RTK corrections for a minute, covariance growing"),
    ("gnss", "high"): ("gnss-no-fix", "GNSS fix lost, lane-level features disabled"),
    ("gnss", "critical"): ("gnss-spoofing", "GNSS spoofing suspected, localization invalid, MRM"),
    ("ecu_software", "low"): ("sw-telematics-core", "one telematics daemon crash with core dump and restart"),
    ("ecu_software", "medium"): ("sw-hmi-crashloop", "HMI app SIGSEGV and ANRs on the IVI"),
    ("ecu_software", "high"): ("sw-adcu-watchdog", "soft lockups and watchdog resets on the ADCU, P0606"),
    ("ecu_software", "critical"): ("sw-lockstep", "VCU lockstep mismatch, kernel panic, propulsion inhibited"),
    ("ota_update", "low"): ("ota-download-resume", "OTA download interrupted and resumed"),
    ("ota_update", "medium"): ("ota-bad-signature", "OTA package signature verification failure"),
    ("ota_update", "high"): ("ota-flash-fail-rollback", "ADCU flashing fails with UDS NRC 0x72, rolled back"),
    ("ota_update", "critical"): ("ota-bms-bricked", "BMS erase fails, rollback fails, ECU stuck in bootloader"),
}


def _catalog() -> list[Scenario]:
    scenarios: list[Scenario] = []
    sizes = (1 * MiB, 2 * MiB, 3 * MiB, 4 * MiB)
    for ci, category in enumerate(CATEGORIES):
        for ri, risk in enumerate(RISKS):
            name, description = _DESCRIPTIONS[(category, risk)]
            label, subsystem = _LABELS[(category, risk)]
            scenarios.append(
                Scenario(
                    name=name,
                    category=label,
                    subsystem=subsystem,
                    risk=risk,
                    description=description,
                    faults=((category, risk, 1.0),),
                    binary="mcap" if (ci + ri) % 2 else "dlt",
                    default_size=sizes[(ci + ri) % len(sizes)],
                )
            )
    two_faults = (
        ("battery_bms", "high", "gnss", "low"),
        ("can_bus", "high", "camera", "low"),
        ("thermal", "critical", "lidar", "medium"),
        ("ota_update", "high", "can_bus", "low"),
        ("lidar", "high", "thermal", "low"),
        ("ecu_software", "high", "battery_bms", "low"),
        ("camera", "medium", "gnss", "low"),
        ("gnss", "high", "ota_update", "low"),
    )
    for i, (c1, r1, c2, r2) in enumerate(two_faults):
        label, subsystem = _LABELS[(c1, r1)]
        scenarios.append(
            Scenario(
                name=f"two-{_DESCRIPTIONS[(c1, r1)][0]}+{_DESCRIPTIONS[(c2, r2)][0]}",
                category=label,
                subsystem=subsystem,
                risk=r1,
                description=f"dominant: {_DESCRIPTIONS[(c1, r1)][1]}; minor: {_DESCRIPTIONS[(c2, r2)][1]}",
                faults=((c1, r1, 1.0), (c2, r2, 0.3)),
                binary="dlt" if i % 2 else "mcap",
                default_size=sizes[i % len(sizes)],
            )
        )
    noise_only = (
        ("healthy-commute", (), "an ordinary drive: telemetry, GC, benign warnings"),
        ("healthy-ota-install", ("ota_success",), "a successful OTA install with responsePending NRCs"),
        ("healthy-cold-morning", ("cold_start",), "cold start: pack heater, de-icing, lens heater"),
        ("healthy-workshop", ("workshop_session",), "workshop tester session reading and clearing DTCs"),
        ("healthy-tunnel", ("tunnel_drive",), "tunnel drive: RTK float and modem loss, then restored"),
        ("healthy-mixed", ("tunnel_drive", "workshop_session"), "tunnel drive, then a workshop session"),
    )
    for i, (name, benign, description) in enumerate(noise_only):
        scenarios.append(
            Scenario(
                name=name,
                category="none",
                subsystem="none",
                risk="low",
                description=description,
                benign=benign,
                binary="mcap" if i % 2 else "dlt",
                default_size=sizes[i % len(sizes)],
            )
        )
    return scenarios


SCENARIOS: list[Scenario] = _catalog()
_BY_NAME = {s.name: s for s in SCENARIOS}


def get_scenario(name: str) -> Scenario:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown scenario {name!r}; known: {', '.join(_BY_NAME)}") from None


def _rng(name: str, seed: int, part: str) -> Random:
    # crc32, not hash(): str hashes are salted per process and would break reproducibility.
    return Random(zlib.crc32(f"{name}/{seed}/{part}".encode()))


def _write_batch(
    out_dir: Path, name: str, seed: int, sizes: dict[str, int], episodes: list[Episode], binary: str | None
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    base = _rng(name, seed, "base")
    start = 1_772_000_000 + base.randint(0, 180 * 86400)  # spring 2026
    host = f"vcu-{base.getrandbits(16):04x}"
    # Every file of a batch covers the same drive, so a fault shows up at the same time in each.
    duration_s = min(2 * 86400.0, max(300.0, sum(sizes.values()) / MiB * 300.0))
    paths = []
    for source, size in sizes.items():
        gap = duration_s * _AVG_LINE_BYTES[source] / size
        writer = TextLogWriter(source, host=host, rng=_rng(name, seed, source), start_epoch=start, mean_gap_s=gap)
        paths.append(writer.write(out_dir / FILE_NAMES[source], size, episodes))
    if binary is not None:
        size = min(_BINARY_CAP, max(_BINARY_MIN, int(sum(sizes.values()) * _BINARY_SHARE)))
        gap = duration_s * _AVG_LINE_BYTES["bin"] / size
        write = write_dlt if binary == "dlt" else write_mcap
        paths.append(write(out_dir / _BINARY_NAMES[binary], size, _rng(name, seed, "bin"), start, gap, episodes))
    return paths


def generate_scenario(name: str, out_dir: Path, size_bytes: int | None = None, seed: int = 0) -> list[Path]:
    """Write the batch of scenario ``name`` (about ``size_bytes`` in all) into ``out_dir``."""
    scenario = get_scenario(name)
    total = scenario.default_size if size_bytes is None else size_bytes
    sizes = {source: max(4096, int(total * share)) for source, share in _SHARES}
    return _write_batch(Path(out_dir), name, seed, sizes, scenario.episodes(), scenario.binary)


def demo_batch(out_dir: Path) -> list[Path]:
    """The demo's three files: an 11.5 MiB VCU journal with a battery over-temperature fault (P0A80,
    P0AFA, contactor opening, derate), a 2 MiB gateway logcat with minor CAN noise, and a small ROS 2
    MCAP ``/rosout`` trace of the ADAS domain."""
    episodes = [Episode(FAULTS[("battery_bms", "high")]), Episode(FAULTS[("can_bus", "low")], 0.3)]
    sizes = {"vcu": int(11.5 * MiB), "gw": 2 * MiB}
    paths = _write_batch(Path(out_dir), "demo", 0, sizes, episodes, binary=None)
    base = _rng("demo", 0, "base")
    start = 1_772_000_000 + base.randint(0, 180 * 86400)
    gap = sum(sizes.values()) / MiB * 300.0 * _AVG_LINE_BYTES["bin"] / (64 * 1024)
    mcap = write_mcap(Path(out_dir) / _BINARY_NAMES["mcap"], 64 * 1024, _rng("demo", 0, "bin"), start, gap, episodes)
    return [*paths, mcap]
