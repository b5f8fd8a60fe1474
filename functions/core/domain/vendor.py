# ruff: noqa: E501  (one subsystem per entry)
"""Vendor fault codes: the subsystem tokens their names carry (``ERR_CAM_205``, ``EPS-1203``,
``TPMS_W02``, ``BMS_ERR_0x4A``). Vendors name codes after the component that raises them with the
usual engineering abbreviations; this is that vocabulary, per subsystem of the taxonomy.
"""

from __future__ import annotations

from functions.core.domain.taxonomy import CATEGORY_OF

_NAMES: dict[str, str] = {
    "bms": "BMS BAT BATT HVB BECM BMU", "cell": "CELL CEL", "hv_isolation": "ISO IMD INS", "hvil": "HVIL",
    "contactor": "CONT CTR CNT PRECHG", "charging": "CHG OBC EVSE CHRG CCS", "engine": "ENG ECM PCM EMS",
    "fuel": "FUEL INJ FPMP", "ignition": "IGN MISF", "emissions": "EGR DPF SCR NOX CAT EMIS",
    "transmission": "TCM TRN TRANS GBX", "motor": "MOT EMOT MTR EDU", "inverter": "INV IGBT PIM",
    "coolant": "TMS THM THERM COOL CLNT", "pump": "PMP PUMP", "radiator": "RAD FAN", "hvac": "HVAC AC CLIM",
    "overtemp": "OT OVT OTP", "brakes": "BRK EBS EBB EPB IBS IBST", "abs": "ABS WSS", "esc": "ESC ESP TCS",
    "eps": "EPS STR STEER SAS", "suspension": "SUS SUSP", "tpms": "TPMS TPM TIRE", "airbag": "SRS ABG AIRBAG ACU",
    "doors": "DOOR BCM LCK LOCK", "lighting": "LGT LAMP HL LIGHT", "seats": "SEAT", "hmi": "HMI IVI CLU DISP",
    "camera": "CAM CMR VIS IMG", "lidar": "LDR LIDAR LID", "radar": "RDR RADAR FRR FLR LRR MRR SRR", "ultrasonic": "USS PDC",
    "fusion": "FUS PERC PER", "gnss": "GNSS GPS RTK", "localization": "LOC LOCZ", "planning": "PLN PLAN",
    "can": "CAN COM BUS", "lin": "LIN", "flexray": "FR FLEX", "ethernet": "ETH PHY", "gateway": "GW GTW CGW",
    "telematics": "TCU TEL TBOX", "cellular": "LTE MDM MODEM NAD WWAN", "crash": "SW APP", "oom": "MEM OOM",
    "watchdog": "WDG WDT", "kernel": "OS KRN KERN", "filesystem": "FS NVM EMMC", "ota": "OTA FOTA UPD FLS FLASH BOOT",
    "lv_battery": "LV VBAT LVB", "dcdc": "DCDC DCD LDC APM", "alternator": "ALT GEN", "lv_distribution": "PDU FUSE PSU PWR",
}

VENDOR_TOKENS: dict[str, str] = {name: sub for sub, names in _NAMES.items() for name in names.split()}
assert all(sub in CATEGORY_OF for sub in _NAMES), "a vendor token names a subsystem outside the taxonomy"

# Abbreviations two systems use: the other parts of a compound token (``ADAS_RAD``, ``TMS_RAD``) say
# which system is meant; alone, the first reading is taken.
AMBIGUOUS_TOKENS: dict[str, tuple[str, ...]] = {"RAD": ("radiator", "radar")}
# Parts that name a whole system rather than a subsystem (``ADAS_RAD``, ``ADAS_FUS``).
SYSTEM_TOKENS = {"ADAS": "adas_perception", "AD": "adas_perception", "ADS": "adas_perception"}
