"""A J1939 code the SPN table does not place (a proprietary SPN always) belongs to the ECU that reports it:
the DM1's source address names it (J1939 preferred addresses). Status bytes under their short keys."""

from functions.core.domain import dtc
from functions.core.domain.contracts import Category, CodeKind, Severity
from functions.diagnose.knowledge import RECOVERY_RX, code_location
from functions.diagnose.rules import _stated_status, diagnose_rules
from tests.unit.diagnose.builders import NOISE, at, batch_summary, code, file_summary


def test_a_proprietary_spn_belongs_to_the_reporting_ecu():
    # Given proprietary SPNs reported by the headway controller (0x2A), the body controller (0x21) and
    # the pneumatic system controller (0x30)
    assert code_location("SPN520830-FMI13", "j1939", "J1939 DM1 SA 2A lamps AWL SPN520830-FMI13 OC1") == (
        Category.ADAS_PERCEPTION, "radar")
    assert code_location("SPN520500-FMI5", "j1939", "#   PGN 65226 DM1 SA=0x21  SPN 520500 FMI 5")[0] is Category.BODY
    assert code_location("SPN520999-FMI2", "j1939", "DM1 SA: 30 SPN520999-FMI2") == (Category.BRAKES_CHASSIS,
                                                                                     "brakes")
    # Then a known SPN is still placed by what it measures, whoever reports it
    assert code_location("SPN110-FMI16", "j1939", "J1939 DM1 SA 2A SPN110-FMI16 OC1") == (Category.THERMAL,
                                                                                        "coolant")
    # And without a source address an unknown SPN stays the powertrain's
    assert dtc.j1939_location("SPN520830-FMI13").category is Category.POWERTRAIN


def test_wheel_speed_sensor_and_air_circuit_spns_are_the_brakes():
    assert dtc.j1939_location("SPN791-FMI2") == dtc.Location(Category.BRAKES_CHASSIS, "abs")
    assert dtc.j1939_location("SPN1088-FMI18").category is Category.BRAKES_CHASSIS
    assert dtc.j1939_location("SPN127-FMI18") == dtc.Location(Category.POWERTRAIN, "transmission")


def test_a_dm1_from_the_radar_names_the_radar():
    dm1 = at(code("SPN520830-FMI13", 40, Severity.WARNING, CodeKind.J1939, line=3,
                  excerpt="J1939 DM1 SA 2A lamps AWL SPN520830-FMI13 OC1"), 1200, 2400)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE], [dm1])))
    assert (d.category, d.subsystem) == (Category.ADAS_PERCEPTION, "radar")


def test_a_status_byte_under_a_short_key_is_read():
    assert _stated_status("ABS: C1A00-02 st=0x28 (confirmed, not failing now)") == "stored"
    assert _stated_status("BCM: B1A31-13 sts: 2F") == "confirmed"
    assert _stated_status("first start=09 of the day") is None


def test_a_check_run_again_and_passing_and_a_fix_regained_are_recoveries():
    assert RECOVERY_RX.search("assertion failed in tool script step 14 - script issue, step re-run passed")
    assert RECOVERY_RX.search("gpsd:info: ublox: 3d fix regained, rtk float -> fixed in 6 s")
    assert not RECOVERY_RX.search("step re-run scheduled")
