"""A battery fault summary that both the model stub and the rules can diagnose."""

from tests.unit.diagnose.builders import NOISE, batch_summary, code, file_summary, tpl

ANSWER = {
    "category": "battery_bms", "risk_level": "critical", "root_cause": "Thermal runaway in module 3.",
    "recommendations": ["Stop the vehicle", "Isolate the HV system"], "evidence_refs": ["C1"], "confidence": 0.9,
}


def battery_summary():
    return batch_summary(file_summary("f_1", [
        *NOISE,
        tpl("[ERROR] cell over-temperature <*>", 40, line=200,
            excerpt="bmsd[812]: [ERROR] cell over-temperature module=4 cell=17 T=61.5C"),
        tpl('level=error msg="BMS power derate active <*>"', 12, line=210),
    ], [code("P0A80", 1, line=220)]))
