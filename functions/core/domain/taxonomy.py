"""The vehicle-systems taxonomy of a diagnosis: where the root cause sits, as a category and a subsystem.

This is the one definition (issue 8): the contracts, the model prompt and output schema, the rules,
the scenario generator and the docs all read it from here. ``TAXONOMY_VERSION`` takes part in the
diagnosis cache signature, so an answer cached under another taxonomy is never served.
"""

from __future__ import annotations

from enum import StrEnum

TAXONOMY_VERSION = "vehicle-systems-v2"


class Category(StrEnum):
    BATTERY_BMS = "battery_bms"
    POWERTRAIN = "powertrain"
    THERMAL = "thermal"
    BRAKES_CHASSIS = "brakes_chassis"
    BODY = "body"
    ADAS_PERCEPTION = "adas_perception"
    CONNECTIVITY_NETWORK = "connectivity_network"
    SOFTWARE_PLATFORM = "software_platform"
    POWER_SUPPLY = "power_supply"
    NONE = "none"


# What each category covers (the model prompt carries these words).
DEFINITIONS: dict[Category, str] = {
    Category.BATTERY_BMS: "traction battery, BMS, HV isolation, HVIL, contactors, charging",
    Category.POWERTRAIN: "engine, fuel/air, ignition and misfire, emissions, transmission, e-motor and inverter drive",
    Category.THERMAL: "cooling circuits, pumps, radiator, HVAC and refrigerant, overtemperature of non-battery parts",
    Category.BRAKES_CHASSIS: "brakes, ABS/ESC, steering and EPS, suspension, tyres and TPMS",
    Category.BODY: "airbags, doors and locks, lighting, seats, HMI hardware",
    Category.ADAS_PERCEPTION: "camera, lidar, radar, ultrasonic, fusion, GNSS, localization, planning",
    Category.CONNECTIVITY_NETWORK: (
        "CAN/LIN/FlexRay/automotive Ethernet, gateway, lost communication, telematics, cellular"
    ),
    Category.SOFTWARE_PLATFORM: "crashes, OOM, watchdog, kernel, filesystem, OTA and updates",
    Category.POWER_SUPPLY: "12/48 V battery, DC-DC, alternator, low-voltage distribution",
    Category.NONE: "a healthy batch: nothing points at a fault",
}

# The documented subsystem list, per category (docs/decisions.md repeats it for readers).
SUBSYSTEMS: dict[Category, tuple[str, ...]] = {
    Category.BATTERY_BMS: ("bms", "cell", "hv_isolation", "hvil", "contactor", "charging"),
    Category.POWERTRAIN: ("engine", "fuel", "ignition", "emissions", "transmission", "motor", "inverter"),
    Category.THERMAL: ("coolant", "pump", "radiator", "hvac", "overtemp"),
    Category.BRAKES_CHASSIS: ("brakes", "abs", "esc", "eps", "suspension", "tpms"),
    Category.BODY: ("airbag", "doors", "lighting", "seats", "hmi"),
    Category.ADAS_PERCEPTION: ("camera", "lidar", "radar", "ultrasonic", "fusion", "gnss", "localization", "planning"),
    Category.CONNECTIVITY_NETWORK: ("can", "lin", "flexray", "ethernet", "gateway", "telematics", "cellular"),
    Category.SOFTWARE_PLATFORM: ("crash", "oom", "watchdog", "kernel", "filesystem", "ota"),
    Category.POWER_SUPPLY: ("lv_battery", "dcdc", "alternator", "lv_distribution"),
    Category.NONE: ("none",),
}

# Each subsystem belongs to exactly one category (checked below at import).
CATEGORY_OF: dict[str, Category] = {sub: cat for cat, subs in SUBSYSTEMS.items() for sub in subs}
assert len(CATEGORY_OF) == sum(len(s) for s in SUBSYSTEMS.values()), "a subsystem is listed twice"

ALL_SUBSYSTEMS: tuple[str, ...] = tuple(CATEGORY_OF)


def default_subsystem(category: Category) -> str:
    """The subsystem named when only the category is known (the first, most general one listed)."""
    return SUBSYSTEMS[category][0]


def taxonomy_text(definitions: bool = False) -> str:
    """The taxonomy as a prompt states it: each category with its subsystems (compact, ~170 tokens),
    or one line per category with its definition too (~380 tokens)."""
    if definitions:
        return "\n".join(
            f"- {cat.value}: {DEFINITIONS[cat]} (subsystems: {', '.join(SUBSYSTEMS[cat])})" for cat in Category
        )
    return "; ".join(f"{cat.value} ({','.join(SUBSYSTEMS[cat])})" for cat in Category)
