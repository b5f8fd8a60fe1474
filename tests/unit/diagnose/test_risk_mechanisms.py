"""Risk from what the vehicle did: a level guessed from words is no fatal line, a plugged-in charging
station means the vehicle stands, and a supply fault that only took comfort functions is medium."""

import pytest

from functions.core.domain.contracts import Category, RiskLevel, Severity
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import NOISE, at, batch_summary, file_summary, tpl


def test_an_oom_kill_guessed_critical_from_its_words_is_medium_but_a_stated_fatal_is_high():
    guessed = at(tpl("Out of memory: Killed process <*> (map_srv)", 1, Severity.CRITICAL, line=7,
                     excerpt="kernel: Out of memory: Killed process 2317 (map_srv)"), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, guessed])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.SOFTWARE_PLATFORM, "oom", RiskLevel.MEDIUM)
    stated = at(tpl("[FATAL] Out of memory: Killed process <*> (map_srv)", 1, Severity.CRITICAL, line=7), 1800)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, stated]))).risk_level is RiskLevel.HIGH


def test_a_charging_station_in_the_conversation_means_the_vehicle_stands():
    fault = [at(tpl("[ERROR] isolation fault, insulation resistance 85 kOhm below limit, charge stop", 1, line=4), 900)]
    moving = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, *fault])))
    plugged = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, *fault, at(tpl(
        "SECC: EVSE status ready, control pilot state C", 300, Severity.INFO, line=2), 0, 3500)])))
    assert moving.category is plugged.category is Category.BATTERY_BMS
    assert (moving.risk_level, plugged.risk_level) == (RiskLevel.CRITICAL, RiskLevel.HIGH)


def test_a_supply_channel_that_only_took_comfort_functions_is_medium():
    trip = at(tpl("[ERROR] eFuse trip on channel 14, latched off until next ignition cycle", 2, line=5), 600, 640)
    seat = at(tpl("[WARN] seat ventilation unavailable", 1, Severity.WARNING, line=6), 601)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, trip, seat])))
    assert (d.category, d.risk_level) == (Category.POWER_SUPPLY, RiskLevel.MEDIUM)
    # and one that took the steering assist with it is not
    eps = at(tpl("[WARN] steering assist unavailable", 1, Severity.WARNING, line=6), 601)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, trip, eps]))).risk_level is RiskLevel.HIGH


def test_a_stated_error_that_reports_nothing_wrong_proves_no_fault():
    # A writer filing a routine line at error ("Registering new address record ... on eth1") is no symptom
    benign = at(tpl("Registering new address record for <*> on <*>.", 6, line=8,
                    excerpt='{"PRIORITY": "3", "SYSLOG_IDENTIFIER": "avahi-daemon", "MESSAGE": '
                            '"Registering new address record for 169.254.12.7 on eth1.IPv4."}'), 1200, 1500)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, benign]))).category is Category.NONE
    # while a stated error that says a part stopped is one, with no "error" or "fail" in its words
    pump = at(tpl("[ERROR] coolant pump EWP2: speed feedback lost, commanded 70 % measured 0 rpm", 1, line=8), 1200)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, pump])))
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump")


def test_a_refused_connection_is_a_peer_saying_no():
    refused = at(tpl("[ERROR] Hands-Free Voice gateway failed connect to <*>: Connection refused (<*>)", 4, line=8),
                 1200, 1300)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, refused]))).category is Category.NONE
    dropped = at(tpl("[ERROR] telematics backend connection lost, 40 records queued", 4, line=8), 1200, 1300)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, dropped]))).category is (
        Category.CONNECTIVITY_NETWORK)


def test_an_ecu_that_says_it_set_a_pending_code_for_a_part_is_a_pending_fault_of_that_part():
    line = at(tpl("RL door latch switch: plausibility counter <*>, DTC pending (not confirmed)", 1, Severity.INFO,
                  line=9), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, line])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.BODY, "doors", RiskLevel.LOW)
    cleared = at(tpl("RL door latch switch: no DTC pending", 1, Severity.INFO, line=9), 1800)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, cleared]))).category is Category.NONE


def test_advice_to_see_a_workshop_is_not_being_in_one():
    fault = at(tpl("[ERROR] airbag driver stage 1 disabled: squib loop resistance out of range", 1, line=4), 900)
    advice = at(tpl("ClusterService: message 'Airbag fault - see workshop'", 1, Severity.WARNING, line=5), 901)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, fault, advice])))
    assert (d.category, d.risk_level) == (Category.BODY, RiskLevel.CRITICAL)


def test_a_reaction_of_the_whole_vehicle_counts_whoever_logs_it():
    hvil = at(tpl("[ERROR] HVIL interlock loop 2 interrupted, contactors opened", 1, line=4), 900)
    coast = at(tpl("[WARN] drive state READY -> FAULT_COAST, hazard lights requested", 5, Severity.WARNING, line=5),
               905, 920)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, hvil]))).risk_level is not RiskLevel.CRITICAL
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, hvil, coast])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.BATTERY_BMS, "hvil", RiskLevel.CRITICAL)


def test_an_underscored_state_token_reads_as_words_and_an_emergency_mode_is_high():
    stall = at(tpl("[ERROR] loop pump EWP1: actual speed 0 rpm at 3200 command, status OVERCURRENT_STALL", 1,
                   line=4), 900)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, stall])))
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump")
    mode = at(tpl("[ERROR] air suspension level below nominal, emergency mode: vmax 80 km/h", 1, line=4), 900)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, mode])))
    assert (d.category, d.risk_level) == (Category.BRAKES_CHASSIS, RiskLevel.HIGH)


def test_a_line_of_status_fields_is_about_the_component_whose_status_is_not_normal():
    from functions.diagnose.rules import _subject

    assert "gnss" in _subject("fusion_status=ok gnss_status=error lidar_status=ok")
    assert "lidar" not in _subject("fusion_status=ok gnss_status=error lidar_status=ok")
    assert _subject("lidar_status=ok") == "lidar_status=ok"  # one field: nothing to choose


def test_a_kernel_panic_is_high_and_a_lost_instrument_cluster_is_no_comfort_matter():
    panic = at(tpl("[  1315.014000] Kernel panic - not syncing: Oops: Fatal exception", 1, Severity.CRITICAL, line=3,
                   excerpt="[FATAL] Kernel panic - not syncing: Oops: Fatal exception"), 900)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, panic]))).risk_level is RiskLevel.HIGH
    cluster = at(tpl("[ERROR] instrument cluster display disabled: panel backlight driver fault", 1, line=3), 900)
    seat = at(tpl("[ERROR] seat heater module disabled: driver fault", 1, line=3), 900)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, cluster]))).risk_level is RiskLevel.HIGH
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, seat]))).risk_level is RiskLevel.MEDIUM


def test_a_frequent_error_that_starts_after_a_quiet_stretch_has_an_onset_and_a_rare_one_does_not():
    # 13 occurrences from 23 % of a 1-hour recording to its end: at that rate the first would have come
    # within the first ~9 minutes, so 14 minutes of silence before it is an onset
    frequent = at(tpl("[ERROR] eCall unavailable: no cellular modem", 13, line=5), 828, 3590)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, frequent])))
    assert (d.category, d.subsystem) == (Category.CONNECTIVITY_NETWORK, "cellular")
    # while 3 occurrences over the same stretch are as early as their rate allows: background
    rare = at(tpl("[ERROR] eCall unavailable: no cellular modem", 3, line=5), 828, 3590)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, rare]))).category is Category.NONE


def test_a_failed_check_at_a_fatal_level_is_a_crash_of_its_process_and_a_takeover_request_is_high():
    check = at(tpl("F1104 09:02:39.000000 4242 tracker.cc:88] Check failed: tracks_.size() == assoc.size()", 1,
                   Severity.CRITICAL, line=4), 900)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, check])))
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "crash")
    gnss = at(tpl("[ERROR] GNSS solution lost, status NONE", 20, line=4), 900, 1500)
    takeover = at(tpl("W1104 02:57:39.914428  6463 guardian.cc:88] takeover request to safety driver", 3,
                      Severity.WARNING, line=6), 1000, 1100)
    alone = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, gnss])))
    handed = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, gnss, takeover])))
    assert alone.category is handed.category is Category.ADAS_PERCEPTION
    assert (alone.risk_level, handed.risk_level) == (RiskLevel.MEDIUM, RiskLevel.HIGH)


def test_a_stated_error_on_a_physical_reading_is_a_reading_the_ecu_judged_bad():
    reading = at(tpl("[ERROR] coolant pump speed deviation <*> rpm", 3, line=8,
                     excerpt="thermald[77]: [ERROR] coolant pump speed 412 rpm"), 1200, 1300)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, reading]))).category is Category.THERMAL
    duration = at(tpl("[ERROR] TensorRT engine warmup took <*> s", 3, line=8,
                      excerpt="[ERROR] TensorRT engine warmup took 1.4 s"), 1200, 1300)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, duration]))).category is Category.NONE


def test_a_timeout_twice_in_a_file_full_of_its_subsystems_lesser_complaints_is_that_files_noise():
    timeout = at(tpl("cam_rear: exposure settle timeout (tunnel exit)", 2, file_id="f_cam", line=8,
                     excerpt="E1115 07:03:24.000000  5705 camera_driver.cc:512] cam_rear: exposure settle timeout"),
                 1200, 1260)
    drops = at(tpl("cam_front: dropped <*> frame(s), ring buffer late", 25, Severity.WARNING, file_id="f_cam",
                   line=9), 60, 3500)
    quiet = diagnose_rules(batch_summary(file_summary("f_cam", [timeout])))
    noisy = diagnose_rules(batch_summary(file_summary("f_cam", [timeout, drops])))
    assert (quiet.category, noisy.category) == (Category.ADAS_PERCEPTION, Category.NONE)


@pytest.mark.parametrize("line", [
    "[ERROR] misfire detected on cylinder 3",
    "[ERROR] brake fluid level low",
    "[ERROR] coolant leak suspected, level sensor",
    "[ERROR] HV interlock loop open circuit",
    "[ERROR] front radar misaligned by 3.6 deg",
])
def test_a_stated_error_in_the_words_of_an_abnormal_state_stays_a_fault(line):
    f = at(tpl(line, 1, line=8), 1200)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, f]))).category is not Category.NONE
