"""Reactions the vehicle logged at info level or without a time, a modem's own interfaces, and where a
kernel line without wall time first appears in its file."""

from __future__ import annotations

import io

from functions.core.domain.contracts import Category, CodeKind, Evidence, RiskLevel, Severity, TemplateStat
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import NOISE, at, batch_summary, code, file_summary, tpl


def _timeless(text: str, excerpt: str) -> TemplateStat:
    return TemplateStat(template=text, count=1, severity=Severity.INFO, first_seen=None, last_seen=None,
                        sample=Evidence(file_id="f_tool", line=5, excerpt=excerpt, severity=Severity.INFO))


def test_a_service_tools_row_without_time_stating_a_limp_range_raises_the_risk():
    # Given a transmission code on the bus, and a service tool's fault table (no times) whose row says
    # the gearbox was locked in a limp range
    codes = [at(code("SPN127-FMI18", 26, Severity.WARNING, kind=CodeKind.J1939,
                     excerpt="J1939 DM1 SA 03 SPN 127 FMI 18 transmission oil pressure low"), 600, 900)]
    row = _timeless('TCU <*> <*> <*> <*> ACTIVE "Range clutch C2 fill not confirmed - transmission locked in limp '
                    'range"', 'TCU  520210.07  1  5120.2  5120.2  ACTIVE  "Range clutch C2 fill not confirmed - '
                    'transmission locked in limp range"')
    bus = file_summary("f_1", NOISE[:1], codes)
    d = diagnose_rules(batch_summary(bus))
    assert (d.category, d.risk_level) == (Category.POWERTRAIN, RiskLevel.LOW)
    d = diagnose_rules(batch_summary(bus, file_summary("f_tool", [row])))
    assert (d.category, d.risk_level) == (Category.POWERTRAIN, RiskLevel.HIGH), d.root_cause


def test_a_radar_saying_at_info_level_it_inhibited_its_function_raises_the_risk():
    codes = [at(code("SPN520830-FMI13", 168, Severity.WARNING, kind=CodeKind.J1939,
                     excerpt="J1939 DM1 SA 2A SPN 520830 FMI 13 lamps AWL"), 600, 3000)]
    inhibited = at(tpl("RDR online alignment: yaw estimate <*> deg outside <*> deg, function inhibited", 1,
                       Severity.INFO, line=40), 610)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], inhibited], codes)))
    assert (d.category, d.subsystem, d.risk_level) == (Category.ADAS_PERCEPTION, "radar", RiskLevel.HIGH)
    # and the same words from another system at info level do not
    other = at(tpl("seat heater zone 2 inhibited", 1, Severity.INFO, line=40), 610)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], other], codes)))
    assert d.risk_level is RiskLevel.LOW


def test_a_modems_host_interface_timing_out_is_the_cellular_modem():
    err = at(tpl("request NAS_GET_SERVING_SYSTEM timed out (<*>)", 225, line=30,
                 excerpt="2026-12-14T21:11:07.000Z qmi: request NAS_GET_SERVING_SYSTEM timed out (3000 ms)"), 600, 3500)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE[:1], err])))
    assert (d.category, d.subsystem) == (Category.CONNECTIVITY_NETWORK, "cellular"), d.root_cause


def _dmesg(first_at: int) -> bytes:
    """A kernel log (seconds since boot) of 400 lines: boot, a routine line, a one-off at 900 s (the latest
    first occurrence), and 30 × "request_module failed" from line ``first_at`` to the end."""
    out = [f"[{0.1 + i * 0.05:12.6f}] boot probe {i} ok" for i in range(20)]
    n = len(out)
    while len(out) < 400:
        t = 20.0 + 18.0 * (len(out) - n)
        if len(out) == 60:
            out.append(f"[{900.0:12.6f}] usb 1-1: new high-speed USB device number 3")
        elif len(out) >= first_at and len(out) % 12 == 0:
            out.append(f"[{t:12.6f}] can: request_module (can-proto-2) failed.")
        else:
            out.append(f"[{t:12.6f}] Restarting tasks ... done.")
    return "\n".join(out).encode()


def _diagnose_dmesg(first_at: int):
    f = summarize_stream(io.BytesIO(_dmesg(first_at)), batch_id="b_test", file_id="f_1", file_name="dmesg.txt")
    return diagnose_rules(batch_summary(f))


def test_a_recurring_kernel_line_from_the_first_tenth_of_its_file_is_routine():
    # Given a guessed-error kernel line recurring from line 36 of 400 (its clock, 3x0 s, is late beside the
    # latest first occurrence at 900 s, but the file goes on to ~7,000 s): background
    assert _diagnose_dmesg(36).category is Category.NONE
    # and the same line starting in the second half of the file is a fault of the CAN stack
    assert _diagnose_dmesg(240).category is Category.CONNECTIVITY_NETWORK
