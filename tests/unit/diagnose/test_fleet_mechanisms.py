"""Commercial-vehicle and fleet logs (tuning11): an id field's value is a name, an operation that mostly
succeeds, a peer offline for a moment, a decoded DM1's lamps, a maker's SPN from a maker's address, a hydraulic
retarder's oil, year-less stamps beside dated files, a watchdog filed at info, a function a part took away at
info level, a 24 V battery's voltage. Each beside the case it must not hide."""

from datetime import timedelta

from functions.core.domain import dtc, physical
from functions.core.domain.contracts import (
    BatchSummary,
    Category,
    CodeKind,
    CodeStat,
    Evidence,
    Severity,
    TemplateStat,
    TimeRange,
)
from functions.diagnose.gather import merge_summaries
from functions.diagnose.rules import diagnose_rules
from functions.parse.codes import candidates, codes_at
from functions.parse.text import ZERO_DIGITS
from tests.unit.diagnose.builders import T0, batch, file_summary, record


def _t(excerpt: str, first_s: float, severity: Severity = Severity.INFO, count: int = 1,
       last_s: float | None = None, file_id: str = "f_1") -> TemplateStat:
    first = T0 + timedelta(seconds=first_s)
    last = T0 + timedelta(seconds=last_s if last_s is not None else first_s)
    return TemplateStat(template=excerpt, count=count, severity=severity, first_seen=first, last_seen=last,
                        sample=Evidence(file_id=file_id, line=1, timestamp=first, excerpt=excerpt))


def _dm1(code: str, sa: str, first_s: float, count: int = 40, lamps: str = "AWL") -> CodeStat:
    text = f"J1939 DM1 SA {sa} lamps {lamps} {code} OC1"
    first = T0 + timedelta(seconds=first_s)
    return CodeStat(code=code, kind=CodeKind.J1939, count=count, severity=Severity.WARNING, first_seen=first,
                    last_seen=first + timedelta(seconds=10 * count),
                    sample=Evidence(file_id="f_can", message_index=7, timestamp=first, excerpt=text))


def _summary(*templates: TemplateStat, codes: tuple[CodeStat, ...] = ()) -> BatchSummary:
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], templates=list(templates),
                        codes=list(codes), time_range=TimeRange(start=T0, end=T0 + timedelta(minutes=40)))


def _codes(line: bytes) -> list[str]:
    return [c for c, _ in codes_at(line, candidates(line.translate(ZERO_DIGITS)))]


def test_a_code_like_value_of_an_id_field_is_a_name():
    # Given an OCPP frame whose idTag is the bus's fleet number, and other id fields
    assert _codes(b'[2,"0a11b2c4","StartTransaction",{"connectorId":1,"idTag":"BUS-4417","meterStart":1}]') == []
    assert _codes(b"vehicle_id=BUS-4417 route 12") == []
    assert _codes(b'{"unitId": "CAM-205"}') == []
    # Then a fault's, an error's or a DTC's id still holds a code, and a bare code is one
    assert _codes(b"fault_id=ERR_CAM_205 set") == ["ERR_CAM_205"]
    assert _codes(b'"errorId":"E1234"') == ["E1234"]
    assert _codes(b"BUS-4417 error frames") == ["BUS-4417"]


def test_an_operation_that_keeps_succeeding_around_its_failures_is_no_fault():
    fail = "Dec  3 14:18:20 tgw-2093 telematicsd[2469]: upload batch 0016 timed out after 15000 ms, kept in spool"
    ok = "Dec  3 14:07:31 tgw-2093 telematicsd[2469]: upload batch 0001 -> fleet.api:443 HTTP 200 in 380 ms"
    # Given 11 upload failures spread over 24 min, and 59 successes of the same writer all around them
    spread = _t(fail, 660, Severity.ERROR, count=11, last_s=2120)
    around = _t(ok, 20, count=59, last_s=2380)
    assert diagnose_rules(_summary(spread, around)).category is Category.NONE
    # Then an outage that fails every try while it lasts (12 failures in 5 min) is still the fault
    outage = _t(fail, 900, Severity.ERROR, count=12, last_s=1230)
    assert diagnose_rules(_summary(outage, around)).category is Category.CONNECTIVITY_NETWORK
    # and without the successes the spread failures are too
    assert diagnose_rules(_summary(spread)).category is Category.CONNECTIVITY_NETWORK


def test_a_peer_offline_for_a_moment_and_back_is_ridden_through():
    off = _t("Dec  4 05:27:41 bcm-4417 ticketing[1034]: validator 1 offline: backend unreachable, storing taps "
             "locally", 600, Severity.ERROR)
    back = _t("Dec  4 05:28:21 bcm-4417 ticketing[1034]: validator 1 online, 17 taps uploaded", 640)
    assert diagnose_rules(_summary(off, back)).category is Category.NONE
    # (a function the vehicle took away is no peer's absence, even when it came back)
    disabled = _t("Dec  4 05:27:41 bcm-4417 ticketing[1034]: validator 1 offline, door release disabled",
                  600, Severity.ERROR)
    assert diagnose_rules(_summary(disabled, back)).category is not Category.NONE


def test_a_decoded_dm1_lamp_status_names_no_lamp():
    line = _t("J1939 DM1 SA 0B lamps AWL SPN117-FMI18 OC1", 300, Severity.WARNING, count=40, last_s=700)
    d = diagnose_rules(_summary(line, codes=(_dm1("SPN117-FMI18", "0B", 300),)))
    assert d.category is Category.BRAKES_CHASSIS
    assert "lighting" not in d.root_cause


def test_a_makers_spn_from_a_makers_address_sits_where_the_batch_points():
    assert not dtc.j1939_placed("SPN520505-FMI0", 0xEF)
    assert dtc.j1939_placed("SPN520505-FMI0", 0x3D) and dtc.j1939_placed("SPN110-FMI0", 0xEF)
    code = _dm1("SPN520505-FMI0", "EF", 600)
    # Given a coolant pump that stopped a few minutes before the code, in another file
    pump = _t("Dec  3 11:16:41 vcu[200]: coolant pump stalled, speed 0 rpm", 300, Severity.ERROR, file_id="f_2")
    d = diagnose_rules(_summary(pump, codes=(code,)))
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump")
    # Then with nothing around it the code stays the powertrain's
    assert diagnose_rules(_summary(codes=(code,))).category is Category.POWERTRAIN


def test_a_hydraulic_retarders_oil_temperature_is_a_thermal_matter():
    assert dtc.j1939_location("SPN120-FMI0", 0x10) == dtc.Location(Category.THERMAL, "overtemp")


def test_year_less_stamps_a_year_before_every_dated_file_take_their_year():
    # Given a syslog file placed in the year before the upload, and a CAN dump dated the same days a year later
    late = T0.replace(year=T0.year + 1)
    syslog = file_summary("f_1", [_t("Dec  6 08:29:07 bms-4417 bmsd[3254]: contactor open refused", 0)])
    syslog = syslog.model_copy(update={"time_range": TimeRange(start=T0, end=T0 + timedelta(minutes=30))})
    dump = file_summary("f_2", fmt="candump-log").model_copy(
        update={"time_range": TimeRange(start=late, end=late + timedelta(minutes=30))})
    merged = merge_summaries(batch(), [record("f_1"), record("f_2")], {"f_1": syslog, "f_2": dump})
    # Then the syslog lines sit beside the dump's
    assert merged.templates[0].first_seen == late
    assert merged.time_range.start == late
    # (a file already beside another keeps its time)
    near = dump.model_copy(update={"time_range": TimeRange(start=T0, end=T0 + timedelta(minutes=5))})
    kept = merge_summaries(batch(), [record("f_1"), record("f_2")], {"f_1": syslog, "f_2": near})
    assert kept.templates[0].first_seen == T0


def test_a_watchdog_that_fired_is_evidence_at_any_level():
    fired = _t("Dec  8 02:27:32 ic-4417 cluster[2690]: WDG: window watchdog not serviced, reset in 100 ms", 600)
    boot = _t("Dec  8 02:27:38 ic-4417 cluster[2690]: boot: reset cause WATCHDOG, app 7.3.2", 606)
    d = diagnose_rules(_summary(fired, boot))
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "watchdog")
    # (a watchdog's configured timeout is a setting)
    setting = _t("Dec  8 02:00:01 ic-4417 systemd[1]: cluster.service: watchdog timeout 30 s", 10)
    assert diagnose_rules(_summary(setting)).category is Category.NONE


def test_a_function_a_part_took_away_at_info_level_after_its_stated_fault_is_proof():
    cause = _t("Dec  8 05:23:25 bcm-4711 seat[303]: compressor duty 48% over 10 min, limit 20%: seat air leak "
               "assumed", 1200)
    reaction = _t("Dec  8 05:23:26 bcm-4711 seat[303]: compressor disabled, seat lowered to end stop", 1201)
    d = diagnose_rules(_summary(cause, reaction))
    assert (d.category, d.subsystem) == (Category.BODY, "seats")
    # Then either line alone is no fault: a function switched off for no stated reason, a suspicion unanswered
    assert diagnose_rules(_summary(reaction)).category is Category.NONE
    assert diagnose_rules(_summary(cause)).category is Category.NONE


def test_a_battery_voltage_at_a_24_v_level_is_the_24_v_net():
    q = physical.quantity_of("batt_v", "V", 23.5)
    assert q is not None and q.subsystem == "lv_battery" and q.low == 22.0
    # (a traction pack's voltage is not)
    assert physical.quantity_of("batt_v", "V", 640.0) is None


def _window(file_id: str, minutes: float):
    from functions.core.domain.contracts import SeverityTimeline

    buckets = int(minutes)
    return SeverityTimeline(file_id=file_id, start=T0, bucket_seconds=60,
                            counts={Severity.INFO: [1] * buckets})


def test_a_dm1_code_its_ecu_stopped_broadcasting_once_healed():
    # Given a cold truck's low brake air (SPN 117 FMI 1, amber lamp, once) for 150 s, then 20 min of clean DM1
    low_air = _dm1("SPN117-FMI1", "0B", 130, count=15)
    summary = _summary(codes=(low_air,)).model_copy(update={"timelines": [_window("f_can", 25)]})
    assert diagnose_rules(summary).category is Category.NONE
    # Then a code that is still broadcast at the end, or that lit the red stop lamp, is a fault
    still = _dm1("SPN117-FMI1", "0B", 1200, count=15)
    assert diagnose_rules(summary.model_copy(update={"codes": [still]})).category is Category.BRAKES_CHASSIS
    red = _dm1("SPN117-FMI1", "0B", 130, count=15, lamps="RSL")
    assert diagnose_rules(summary.model_copy(update={"codes": [red]})).category is Category.BRAKES_CHASSIS
    # and so is one that gave way to another code of its ECU
    later = _dm1("SPN1087-FMI1", "0B", 300, count=80)
    assert diagnose_rules(summary.model_copy(update={"codes": [low_air, later]})).category is Category.BRAKES_CHASSIS


def test_a_bracketed_tag_after_an_iso_time_is_the_writer():
    from functions.diagnose.knowledge import message_of, source_of

    line = "2026-12-07T20:23:06.000Z [ehps] steering assist LOST - manual steering only"
    assert source_of(line) == "ehps"
    assert message_of(line) == "steering assist LOST - manual steering only"


def test_a_lost_safety_function_filed_at_info_after_its_parts_fault_is_proof():
    phase = _t("2026-12-07T20:23:05.000Z [ehps] motor phase V open, pump stopped", 900)
    lost = _t("2026-12-07T20:23:06.000Z [ehps] steering assist LOST - manual steering only", 901)
    d = diagnose_rules(_summary(phase, lost))
    # (the electro-hydraulic steering's own pump: the steering, not a coolant pump)
    assert (d.category, d.subsystem, d.risk_level.value) == (Category.BRAKES_CHASSIS, "eps", "critical")


def test_a_component_token_with_a_digit_part_still_names_its_part():
    from functions.diagnose.knowledge import token_subsystem

    assert token_subsystem("fault code=GNSS_ABSENT_3H_PENDING") == "gnss"


def test_the_key_switch_battery_potential_is_the_switched_supply():
    assert dtc.j1939_location("SPN158-FMI2") == dtc.Location(Category.POWER_SUPPLY, "lv_distribution")


def test_a_term_spanning_the_writer_and_its_words_is_the_lines():
    from functions.diagnose.knowledge import best_subsystem

    # ("tcu" alone is a telematics unit; a TCU that shifts gears is the transmission's)
    assert best_subsystem("shift 6->7 aborted: gate position not confirmed", source="tcu") == "transmission"
    assert best_subsystem("upload queue flushed", source="tcu") == "telematics"


def test_one_pole_of_a_connection_that_left_its_twin_is_that_contacts_fault():
    from tests.unit.diagnose.builders import signal

    hot = signal("inlet temp DC+", "C", 34.7, 35.6, 32.6, 1.5, excursion=154.0)
    hot.max = 154.0
    cold = signal("inlet temp DC-", "C", 35.8, 35.8, 32.7, 1.5)
    cold.min = 28.0
    from functions.core.domain.contracts import FileOutcome
    from functions.diagnose.rules import findings

    hot.file_id = cold.file_id = "f_c"
    charger = FileOutcome(file_id="f_c", file_name="charge_controller.log", status="parsed")
    summary = _summary().model_copy(update={"signals": [hot, cold], "files": [charger]})

    found = [f for f in findings(summary) if f.kind == "signal" and "twin" in f.text]
    assert [(f.category, f.subsystem) for f in found] == [(Category.BATTERY_BMS, "charging")]
    # Then two poles that warmed together are no fault
    both = cold.model_copy(update={"max": 150.0, "excursion": hot.excursion})
    assert not [f for f in findings(summary.model_copy(update={"signals": [hot, both]})) if "twin" in f.text]


def test_a_watchdog_reset_of_a_part_the_line_names_is_that_parts():
    zone = _t("Nov 02 17:52:28 ccu-a kernel: [1003.600039] eth2: zone_fl: watchdog reset reported by ZC-FL firmware",
              600)
    assert diagnose_rules(_summary(zone)).category is Category.CONNECTIVITY_NETWORK
