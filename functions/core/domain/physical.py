"""Physical plausibility of numeric signals: the range a quantity stays in on a working vehicle.

A robust excursion (a signal leaving its own baseline) misses a slow drift: a coolant temperature
that climbs for twenty minutes moves its own median with it. A quantity also has limits that hold on
every vehicle, whatever its baseline: this module names the quantity of a signal from its name and
unit, and the limit beyond which the part is out of its operating range. Limits are general
engineering figures (sources in docs/decisions.md), deliberately at the edge of the normal band so
that a healthy vehicle in any state (cold start, fast charge, a parked car's resting battery) stays
inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A physical quantity a signal measures, its subsystem, and its operating limits."""

    name: str
    subsystem: str
    low: float | None = None
    high: float | None = None
    # A quantity that moves between normal states inside its limits (a 12 V net resting at 12.5 V and
    # charging at 14.3 V; a cell voltage following the state of charge): a departure from its own
    # baseline that stays inside the limits is a change of state, not a fault.
    stateful: bool = False


def _words(name: str) -> str:
    """``"ENG_CoolantTemp_degC"`` → ``"eng coolant temp degc"``: names split into lower-case words."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return re.sub(r"[^a-z0-9]+", " ", spaced.lower()).strip()


_TEMP_UNITS = frozenset({"c", "degc", "°c", "celsius", "deg c"})
_VOLT_UNITS = frozenset({"v", "volt", "volts"})
_TEMP_WORD = re.compile(r"\b(temp\w*|t|tmp|ect)\b")
_VOLT_WORD = re.compile(r"\b(volt\w*|v|u|vbat|ubat|vbatt|ubatt)\b")
# (a zonal architecture's zone controllers distribute the 12 V net: a zone's voltage is that net's, there)
# (a battery's voltage at a 12 V or 24 V net's level is that net's: a traction pack reads hundreds of volts)
_LV_WORD = re.compile(
    r"\b(lv|12v|24v|kl30|kl 30|aux|supply|bus|net|bordnetz|vbat|ubat|vbatt|ubatt|batt?|battery|system|zone)\b"
)


# Names of measured quantities (symbols and words engineers use for them): a bare number after one of
# these in a log line is a measurement (``soc 3``, ``vbat: 12``, ``T_cool 93``), not a count or an id.
_QUANTITY_NAME = re.compile(
    r"\b(t|tmp|temp\w*|volt\w*|v|u|vbat\w*|ubat\w*|vbatt|ubatt|i|curr\w*|amps?|soc|soh|press\w*|p|"
    r"coolant|cool|rpm|speed|tire|tyre|tpms|isolation|riso|resistance|humidity|level)\b"
)
_PRESSURE_BAR = {"bar": 1.0, "mbar": 1e-3, "kpa": 1e-2, "hpa": 1e-3, "mpa": 10.0, "psi": 0.0689476}
# (not "compressor": an air suspension has one too; a bare "HP" up to ~35 bar is an A/C high side, a
# fuel rail's high pressure runs at 50-2,000 bar)
_OHM_KOHM = {"ohm": 1e-3, "kohm": 1.0, "mohm": 1e3, "Ω": 1e-3, "kω": 1.0, "mω": 1e3}
_ISOLATION = re.compile(r"\b(iso|isolation|insulation|riso|r iso|imd)\b")
ISOLATION_MIN_KOHM = 100.0
_REFRIGERANT = re.compile(r"\b(refrig\w*|r134a|r1234yf|a ?c|hvac|aircon|climate)\b")
_AIR_SPRING = re.compile(r"\b(air ?spring|strut|level\w*|ride|suspension|reservoir|tank|brake|fuel|rail)\b")
_HIGH_SIDE = re.compile(r"\b(hp|high|high side|discharge|pd|head)\b")
REFRIGERANT_HIGH_SIDE_MIN_BAR = 3.0
_TYRE_WORD = re.compile(r"\b(tire|tyre|tires|tyres|tpms|wheel|fl|fr|rl|rr|lf|rf|lr)\b")


def names_quantity(name: str) -> bool:
    """Whether a name (a key in a log line) names a measured quantity."""
    return _QUANTITY_NAME.search(_words(name)) is not None


def quantity_of(
    name: str, unit: str, median: float, first: float | None = None, *, resting: bool = False
) -> Quantity | None:
    """The quantity a signal measures, from its name, unit and level (``median`` tells a 12 V net from
    a 24 V one, and a cell's volts from a pack's); None when the name says nothing this module knows.
    ``first``, the signal's first reading, is its own reference where the limit is relative to it.
    ``resting``: the net had no charging source all along (the vehicle stood, never charged), so a
    12 V net's voltage is its battery's open-circuit voltage, whose low limit is the discharged one."""
    words = _words(name)
    u = unit.lower().strip()
    temp = u in _TEMP_UNITS or (not u and _TEMP_WORD.search(words) is not None)
    volts = _volts(words, u)
    if temp and ("coolant" in words or re.search(r"\b(ect|water temp)\b", words)):
        if re.search(r"\b(batt?\w*|hv|pack|bms|chiller)\b", words):
            # A battery loop runs at cell temperatures (~20-40 °C); above ~50 °C the cells overheat with it.
            return Quantity("battery coolant temperature", "coolant", high=50.0)
        # Engine and drive-unit loops regulate at ~85-105 °C (thermostat, fans); 110 °C and up overheats.
        return Quantity("coolant temperature", "coolant", high=110.0)
    if (
        temp
        and re.search(r"\b(soc|cpu|gpu|npu|junction|die|tj|processor)\b", words)
        and not re.search(r"\b(batt?\w*|hv|pack|bms|cells?)\b", words)
    ):
        # A processor throttles its clocks at ~95-105 °C junction (automotive SoCs are rated to 105-125 °C):
        # from 100 °C it runs hot, the overtemperature of a non-battery part (thermal).
        return Quantity("processor temperature", "overtemp", high=100.0)
    if temp and re.search(r"\bcells?\b", words):
        # Li-ion cells are rated to ~55-60 °C in operation.
        return Quantity("cell temperature", "cell", high=60.0)
    if volts and re.search(r"\bcells?\b", words) and 1.5 <= median <= 5.0:
        # Li-ion cell window (NMC/NCA ~2.5-4.2 V, LFP ~2.5-3.65 V): beyond it the cell is abused.
        return Quantity("cell voltage", "cell", low=2.5, high=4.25, stateful=True)
    ohms = _OHM_KOHM.get(u)
    if ohms is not None and _ISOLATION.search(words):
        # UN R100 / ISO 6469-3: a traction circuit's isolation from the chassis at least 100 Ω per volt
        # (DC), 500 Ω/V while connected to AC mains; healthy packs read MΩ. Below 100 kΩ, 100 Ω/V of a
        # 1 kV pack (and 500 Ω/V of a 200 V one) is gone: an isolation fault on any pack class.
        return Quantity("HV isolation resistance", "hv_isolation", low=ISOLATION_MIN_KOHM / ohms)
    scale = _PRESSURE_BAR.get(u)
    if scale is not None and _TYRE_WORD.search(words) and 1.2 <= median * scale <= 5.0:
        # A passenger tyre runs at its placard pressure (~2.0-3.0 bar); TPMS warns 20-25 % below it
        # (UN ECE R64, FMVSS 138): below 1.6 bar even the lowest placard has lost a quarter. A tyre's
        # first reading of a drive is its own placard's proxy: a quarter below it is the same warning.
        low = 1.6
        if first is not None and 1.2 <= first * scale <= 5.0:
            low = max(low, 0.75 * first * scale)
        return Quantity("tyre pressure", "tpms", low=low / scale)
    if (scale is not None and _HIGH_SIDE.search(words) and (_REFRIGERANT.search(words) or words in ("hp", "pd"))
            and (first is None or first * scale <= 35.0) and not _AIR_SPRING.search(words)):
        # An A/C circuit's high side holds at least the refrigerant's saturation pressure at ambient
        # (R134a / R1234yf: ~3 bar at 0 °C, ~6.5 bar at 25 °C; 10-20 bar with the compressor running);
        # below ~3 bar the circuit has lost its charge (the low-pressure cut-out trips at ~2-2.5 bar).
        # A circuit that starts that low (a cold soak below 0 °C) is its own first reading: no breach.
        return Quantity("refrigerant high-side pressure", "hvac", low=REFRIGERANT_HIGH_SIDE_MIN_BAR / scale)
    if _lv_net_volts(words, u):
        if 11.0 <= median <= 15.5:
            # A 12 V net: a resting lead-acid battery at ~12.4-12.8 V, charging at 13.5-14.8 V; below
            # ~11.5 V ECUs brown out, above ~15.5 V the regulator has failed.
            if resting:
                return Quantity("resting 12 V battery voltage", "lv_battery", low=RESTING_DISCHARGED_V,
                                high=15.5, stateful=True)
            return Quantity("12 V supply voltage", "lv_battery", low=11.5, high=15.5, stateful=True)
        if 22.0 <= median <= 30.0:
            return Quantity("24 V supply voltage", "lv_battery", low=22.0, high=31.0, stateful=True)
    return None


def _volts(words: str, u: str) -> bool:
    """Whether a signal is a voltage, by its unit or, without one, by its name."""
    return u in _VOLT_UNITS or (not u and _VOLT_WORD.search(words) is not None)


def _lv_net_volts(words: str, u: str) -> bool:
    """Whether a signal's words and unit name a low-voltage net's voltage (not a pack's, a cell's)."""
    return (_volts(words, u) and _LV_WORD.search(words) is not None
            and not re.search(r"\b(hv|pack|cell|dc ?link)\b", words))


def breach(q: Quantity, lowest: float, highest: float) -> tuple[str, float, float] | None:
    """("above"/"below", the extreme value, the limit) when a signal's range left the quantity's limits."""
    if q.high is not None and highest > q.high:
        return "above", highest, q.high
    if q.low is not None and lowest < q.low:
        return "below", lowest, q.low
    return None


# A resting lead-acid battery's open-circuit voltage maps to its state of charge (~12.6-12.7 V full,
# ~12.2 V half, ~12.0 V a quarter, below ~11.9 V discharged: BCI / battery makers' OCV tables, at
# 25 °C after the surface charge has settled). While the vehicle stands and nothing charges the net, a
# 12 V net below this level is a battery that cannot hold its charge (or a load draining it).
RESTING_DISCHARGED_V = 11.9

# A 12 V net above a resting battery's open-circuit voltage is being charged (by the alternator or the
# DC-DC converter): when it then falls below its limit, the charging source stopped supplying it.
CHARGING_LEVEL_V = 13.2
# A net this far below it no longer charges its battery: the battery carries the loads.
NOT_CHARGING_V = 13.0


# A cabin held by its climate control stays within a couple of kelvin of its set point.
CABIN_DRIFT_K = 6.0


@dataclass(frozen=True)
class HeldQuantity:
    """A quantity a working vehicle holds level while it runs, and the steady drift of it that is a
    fault (``direction`` +1: a rise, -1: a fall; at least ``absolute`` in the signal's unit, or
    ``relative`` of where the drift began). ``subsystem`` None: the signal's own name places it."""

    name: str
    subsystem: str | None
    direction: int
    absolute: float | None = None
    relative: float | None = None
    moving_only: bool = False  # held only while the vehicle drives (a parked one's climate control is off)
    settles_first: bool = False  # held only once it settled (a heater warms a frozen cabin at its own rate)


_ANGLE_UNITS = frozenset({"deg", "°", "degree", "degrees"})
_ALIGNMENT = re.compile(r"\b(yaw|pitch|roll|align\w*|misalign\w*|calib\w*|mount\w*)\b")
_MOUNTED = re.compile(r"\b(cam\w*|radar|lidar|sensor|align\w*|misalign\w*|calib\w*)\b")
_REFRIGERANT_SIDE = re.compile(r"\b(suction|discharge|low side|high side|lp|hp|ps|pd|refrig\w*|r134a|r1234yf)\b")
_MEMORY = re.compile(r"\b(rss|heap|mem|memory|vmrss|pss|uss)\b")
_CABIN = re.compile(r"\b(cabin|interior|passenger compartment)\b")
_MEMORY_UNITS = frozenset({"", "b", "kb", "mb", "gb", "kib", "mib", "gib", "bytes", "%", "pct", "percent"})
_MEMORY_UNIT_WORD = re.compile(r"\b(b|kb|mb|gb|kib|mib|gib|bytes|pct)\b")
_ESTIMATE = re.compile(r"\b(offset|bias)\b")
_PLACE = re.compile(r"\b(lane|lateral|lat|path|track|position|pos)\b")  # an offset from a lane is a place
_CONVERTER = re.compile(r"\b(dcdc|dc dc|ldc|apm|converter|regulator)\b")
_OUTPUT = re.compile(r"\b(out|output|vout|uout)\b")


def held_quantity(name: str, unit: str, began: float | None = None) -> HeldQuantity | None:
    """The held quantity a signal measures, from its name and unit, or None. ``began``: the level its
    move started from (a 12 V net is held only while something charges it)."""
    words = _words(name)
    u = unit.lower().strip()
    if began is not None and CHARGING_LEVEL_V <= began <= 15.5 and _lv_net_volts(words, u):
        # A running vehicle's charging source (alternator, DC-DC converter) holds its 12 V net at the
        # charging voltage (13.5-14.8 V); a net sinking steadily from there to below a charging level
        # has its loads carried by the battery: the source is giving out (derating, failing).
        return HeldQuantity("charged 12 V net voltage", "lv_battery", -1, absolute=began - NOT_CHARGING_V)
    if (u in _ANGLE_UNITS or re.search(r"\bdeg\b", words)) and _ALIGNMENT.search(words) and _MOUNTED.search(words):
        # A camera's or radar's mounting angle, estimated online, settles once and holds: ADAS sensors
        # tolerate ~1 deg of misalignment before their function is inhibited (makers' alignment specs).
        return HeldQuantity("sensor alignment angle", None, 0, absolute=1.0)
    scale = _PRESSURE_BAR.get(u)
    if scale is not None and _REFRIGERANT_SIDE.search(words) and not _AIR_SPRING.search(words):
        # With the compressor running, the expansion valve holds an A/C circuit's suction and discharge
        # pressures near their set points; a charge leaking away lowers both steadily.
        return HeldQuantity("refrigerant pressure", "hvac", -1, relative=0.4)
    if scale is not None and _TYRE_WORD.search(words):
        # A tyre's pressure rises a few percent as it warms and holds; a slow puncture loses it steadily.
        return HeldQuantity("tyre pressure", "tpms", -1, relative=0.1)
    if _OHM_KOHM.get(u) is not None and _ISOLATION.search(words):
        # A healthy traction circuit's isolation holds at MΩ; one that keeps falling is decaying.
        return HeldQuantity("HV isolation resistance", "hv_isolation", -1, relative=0.5)
    if _ESTIMATE.search(words) and not _PLACE.search(words):
        # A sensor's offset or bias (a current sensor's zero, a gyro's bias), estimated online, stays near
        # its calibration: one that keeps walking away, to several times where it was, is a sensor
        # (or its estimator) failing, whichever way it walks.
        return HeldQuantity("sensor offset", None, 0, relative=3.0)
    if _volts(words, u) and _CONVERTER.search(words) and _OUTPUT.search(words):
        # A DC-DC converter (or a regulator) holds its output at its set point whatever the load; an output
        # sinking steadily by a tenth (14.2 V to 12.8 V) no longer charges the 12 V battery.
        return HeldQuantity("converter output voltage", None, -1, relative=0.1)
    if is_temperature(name, unit) and _CABIN.search(words):
        # Climate control holds a cabin at its set point once it has pulled it down or warmed it up (a
        # first-order approach, which is no drift); a cabin that drifts steadily several kelvin away from
        # where it held has lost its cooling or its heating.
        return HeldQuantity("cabin temperature", "hvac", 0, absolute=CABIN_DRIFT_K, moving_only=True,
                            settles_first=True)
    if _MEMORY.search(words) and (u in _MEMORY_UNITS or _MEMORY_UNIT_WORD.search(words)):
        # A process's memory grows to its working set at start-up and holds; doubling at an even rate
        # is a leak (which ends with the kernel's OOM killer or the process's restart).
        return HeldQuantity("process memory", "oom", 1, relative=1.0)
    return None


def is_temperature(name: str, unit: str) -> bool:
    """Whether a signal is a temperature, by its unit or, without one, by its name."""
    u = unit.lower().strip()
    return u in _TEMP_UNITS or (not u and _TEMP_WORD.search(_words(name)) is not None)


_COOLING_MEDIUM = re.compile(r"\b(coolant|cool|inlet|water|glycol|loop)\b")
_NOT_A_PART = re.compile(r"\b(ambient|amb|outside|outdoor|cabin|interior|air|evap\w*|batt?\w*|pack|cells?|bms)\b")


def is_coolant_temperature(name: str, unit: str) -> bool:
    """A cooling circuit's temperature (the medium a part sheds its heat to)."""
    return is_temperature(name, unit) and _COOLING_MEDIUM.search(_words(name)) is not None


def is_part_temperature(name: str, unit: str) -> bool:
    """A part's own temperature: not a cooling medium's, the air's, nor a battery's (cells have their own
    spread rule)."""
    words = _words(name)
    return (is_temperature(name, unit) and _COOLING_MEDIUM.search(words) is None
            and _NOT_A_PART.search(words) is None)
