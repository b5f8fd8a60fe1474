"""A stop the vehicle made on its own (a minimal-risk manoeuvre, a pull-over) proves the cascade of
complaints just before it, and the lines after it say where it left the vehicle, not what it was doing."""

from __future__ import annotations

from functions.core.domain.contracts import Category, RiskLevel, Severity
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import NOISE, at, batch_summary, file_summary, tpl

_MRC = ("MRC request: pull-over to shoulder, target decel <*>",
        "E0314 08:10:02.000000 2301 safety_supervisor.cc:188] MRC request: pull-over to shoulder, target decel "
        "2.5 m/s2")


def _stop():
    return at(tpl(_MRC[0], 1, Severity.ERROR, line=50, excerpt=_MRC[1]), 602)


def _reason():
    return at(tpl("degraded: lidar_top coverage insufficient", 1, Severity.WARNING, line=49,
                  excerpt="W0314 08:10:00.800000 2212 safety_supervisor.cc:120] degraded: lidar_top coverage "
                          "insufficient"), 600.8)


def test_a_pull_over_that_names_no_part_proves_the_warning_just_before_it():
    # Given a supervisor's warning naming the lidar, and nothing else of note
    quiet = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], _reason()])))
    assert quiet.category is Category.NONE
    # When the vehicle pulls over a second later, in a line that names no part
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], _reason(), _stop()])))
    # Then the warning is the stop's reason, and the stop is critical
    assert (d.category, d.subsystem, d.risk_level) == (Category.ADAS_PERCEPTION, "lidar", RiskLevel.CRITICAL)


def test_a_stray_warning_long_before_the_cascade_is_not_its_reason():
    # Given a camera's one-off dropped frames 40 s before the supervisor's warning and the stop
    stray = at(tpl("cam_right dropped <*> frame(s) seq gap", 1, Severity.WARNING, line=40,
                   excerpt="W0314 08:09:20.000000 2240 camera_driver.cc:221] cam_right dropped 3 frame(s) seq gap"),
               560)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], stray, _stop()])))
    # (alone, its 42 s lead is inside the stop's minute: the nearest complaint is what the stop answers)
    assert d.category is Category.ADAS_PERCEPTION
    door = at(tpl("degraded: door ajar while moving", 1, Severity.WARNING, line=49,
                  excerpt="W0314 08:10:00.800000 2212 safety_supervisor.cc:120] degraded: door ajar while moving"),
              600.8)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], stray, door, _stop()])))
    assert (d.category, d.subsystem) == (Category.BODY, "doors"), d.root_cause


def test_parking_after_the_stop_does_not_make_the_fault_a_parked_one():
    # Given the stop and its reason, then the bridge applying park and the parking brake
    park = at(tpl("<*> gear P request -> ACK, EPB apply", 1, Severity.INFO, line=60,
                  excerpt="Mar 14 08:10:15 av-rt127 dbw_bridge[1804]: <INFO> gear P request -> ACK, EPB apply"), 615)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], _reason(), _stop(), park])))
    # Then the fault came while driving: the risk is not lowered for a parked vehicle
    assert d.risk_level is RiskLevel.CRITICAL
    early = at(tpl("<*> gear P request -> ACK, EPB apply", 1, Severity.INFO, line=60,
                   excerpt="Mar 14 08:05:00 av-rt127 dbw_bridge[1804]: <INFO> gear P request -> ACK, EPB apply"), 300)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], early, _reason(), _stop()])))
    assert d.risk_level is RiskLevel.HIGH


def test_a_consumer_complaint_the_vehicle_reacted_to_is_no_noise_of_its_part():
    # Given a camera that logs dropped frames all along, then once "no frames", and the supervisor capping
    # the speed for that camera a second later
    drops = at(tpl("cam_rear dropped <*> frame(s) seq gap", 40, Severity.WARNING, line=30,
                   excerpt="W0314 08:00:30.000000 2240 camera_driver.cc:221] cam_rear dropped 2 frame(s) seq gap"),
               30, 3500)
    lost = at(tpl("cam_front_narrow no frames <*>", 1, Severity.ERROR, line=40,
                  excerpt="E0314 08:10:00.000000 2301 camera_driver.cc:221] cam_front_narrow no frames 2000 ms"), 600)
    cap = at(tpl("degraded: long-range camera missing, speed cap <*>", 1, Severity.WARNING, line=41,
                 excerpt="W0314 08:10:01.000000 2212 safety_supervisor.cc:120] degraded: long-range camera missing, "
                         "speed cap 40 kph"), 601)
    # Then without the reaction the lone "no frames" is the camera's noise; with it, a camera fault
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], drops, lost]))).category is Category.NONE
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], drops, lost, cap])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.ADAS_PERCEPTION, "camera", RiskLevel.HIGH)
