from functions.core.domain.contracts import Category, CodeKind, RiskLevel, Severity
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import NOISE, NOISE_CODES, batch_summary, code, file_summary, tpl


def _diagnose(templates=(), codes=()):
    return diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, *templates], [*NOISE_CODES, *codes])))


def test_noise_only_is_none_low():
    # Given only benign traffic: telemetry, late frames, a Bluetooth error, responsePending NRCs
    # When diagnosed
    d = _diagnose()
    # Then nothing is blamed
    assert (d.category, d.risk_level) == (Category.NONE, RiskLevel.LOW)
    assert d.evidence == []


def test_battery_over_temperature_with_derate_is_high_with_evidence():
    # Given cell over-temperature errors, a derate and confirmed battery DTCs
    d = _diagnose(
        [
            tpl("[ERROR] cell over-temperature <*> <*> <*>", 40, line=200,
                excerpt="bmsd[812]: [ERROR] cell over-temperature module=4 cell=17 T=61.5C limit=58.0C"),
            tpl('level=error msg="BMS power derate active: discharge limit <*>', 12, line=210),
        ],
        [code("P0A80", 1, line=220, excerpt="bmsd[812]: [ERROR] DTC P0A80 status=0x2F confirmedDTC"),
         code("P0AFA", 1, line=230)],
    )
    # Then the battery is blamed at high risk, pointing at the lines
    assert (d.category, d.risk_level) == (Category.BATTERY_BMS, RiskLevel.HIGH)
    assert "P0A80" in d.root_cause
    assert {e.line for e in d.evidence} >= {200, 220}
    assert 1 <= len(d.recommendations) <= 5


def test_safe_stop_makes_it_critical_and_a_bus_off_keyword_alone_does_not():
    # Given a chassis bus-off with a minimal risk maneuver
    critical = _diagnose([
        tpl("CAN1 chassis bus-off persisted <*> ESC and EPS unreachable", 20, Severity.CRITICAL),
        tpl("minimal risk maneuver engaged: chassis actuators lost", 1, Severity.CRITICAL),
    ], [code("U0121", 1, Severity.CRITICAL)])
    # And a powertrain bus-off that a parser ranked critical by keyword, with no safety reaction
    high = _diagnose([tpl("mcp251xfd spi0.0 can0: bus-off", 30, Severity.CRITICAL)], [code("U0073", 1)])
    # Then only the first is critical
    assert (critical.category, critical.risk_level) == (Category.CONNECTIVITY_NETWORK, RiskLevel.CRITICAL)
    assert (high.category, high.subsystem, high.risk_level) == (Category.CONNECTIVITY_NETWORK, "can", RiskLevel.HIGH)


def test_pending_code_with_warnings_is_low():
    # Given a pending DTC and a few warnings
    d = _diagnose(
        [tpl("[WARN] cell voltage deviation <*> above balancing threshold", 9, Severity.WARNING)],
        [code("P0B3B", 1, Severity.WARNING, excerpt="[WARN] DTC P0B3B status=0x24 pendingDTC")],
    )
    assert (d.category, d.subsystem, d.risk_level) == (Category.BATTERY_BMS, "cell", RiskLevel.LOW)


def test_app_crash_reports_cap_at_medium():
    # Given an infotainment app crashing (tombstones are logged at fatal level)
    d = _diagnose([
        tpl("signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr <*>", 14, Severity.CRITICAL),
        tpl("ANR in com.argus.hmi <*> Reason: Input dispatching timed out", 9, Severity.ERROR),
    ])
    assert (d.category, d.subsystem, d.risk_level) == (Category.SOFTWARE_PLATFORM, "crash", RiskLevel.MEDIUM)


def test_dominant_fault_wins_over_a_minor_one():
    # Given an OTA flash failure (many errors) and a minor GNSS degradation (a few warnings with a code)
    d = _diagnose(
        [
            tpl("ECU <*> ADCU TransferData block <*>: 0x7F 0x36 0x72 generalProgrammingFailure", 60),
            tpl('level=error msg="flashing ADCU failed, rolled back to slot A" code=ERR_OTA_305', 20),
            tpl("RTK fix degraded to FLOAT, correction age <*> (ERR_GNSS_101)", 6, Severity.WARNING),
        ],
        [code("7F 36 72", 60, kind=CodeKind.UDS_NRC), code("ERR_GNSS_101", 6, Severity.WARNING, CodeKind.VENDOR)],
    )
    assert (d.category, d.subsystem, d.risk_level) == (Category.SOFTWARE_PLATFORM, "ota", RiskLevel.HIGH)


def test_benign_nrcs_and_info_level_codes_are_not_faults():
    # Given responsePending during a healthy flash and a DTC-looking token in an info line
    d = _diagnose(
        [tpl("ECU <*> BCM 0x7F 0x36 0x78 responsePending", 50, Severity.WARNING)],
        [code("7F 36 78", 50, Severity.WARNING, CodeKind.UDS_NRC),
         code("U0A45", 300, Severity.INFO, excerpt="ActivityManager: Start proc 4711:com.example.media/u0a45")],
    )
    assert d.category is Category.NONE


def test_an_info_level_line_that_calls_its_code_a_dtc_is_a_fault_report():
    # A scan tool lists a pending code at info level: a pending fault (low), not noise
    d = _diagnose([], [code("P0420", 1, Severity.INFO, excerpt="DTC P0420  Catalyst Efficiency  Status: Pending")])
    assert (d.category, d.subsystem, d.risk_level) == (Category.POWERTRAIN, "emissions", RiskLevel.LOW)


def test_a_code_a_tester_cleared_is_a_record_of_the_past():
    d = _diagnose([], [code("P0420", 1, Severity.INFO, excerpt="tester: DTC P0420 cleared (history)")])
    assert d.category is Category.NONE
    d = _diagnose([], [code("P0420", 1, Severity.INFO, excerpt="tester: DTC P0420 erased by workshop")])
    assert d.category is Category.NONE


def test_a_code_a_test_step_provoked_and_found_is_no_fault():
    d = _diagnose([], [code("U0121", 1, Severity.WARNING,
                            excerpt="eol-runner[736]: TEST step 22: INJECT CAN silence ABS (U0121 expected)")])
    assert d.category is Category.NONE
    d = _diagnose([], [code("C0035", 1, Severity.WARNING,
                            excerpt="eol-runner[736]: TEST step 14: expected C0035 present -> PASS; clearing")])
    assert d.category is Category.NONE
    # an expectation a reading missed is no test outcome: the code stays a fault
    d = _diagnose([], [code("P0562", 3, Severity.ERROR, excerpt="P0562 system voltage low: 10.8 V, expected 13.5 V")])
    assert d.category is Category.POWER_SUPPLY


def test_a_dtc_record_the_ecu_then_confirmed_clearing_is_a_record_of_the_past():
    # Given an ECU's 0x59 record, then its positive answer to ClearDiagnosticInformation
    record = code("C0035-00/confirmed", 1, Severity.WARNING, excerpt="7B8 UDS 59 02 FF 40 35 00 09", line=147)
    ack = tpl("<*> UDS <*> DTC memory cleared", 1, Severity.INFO, line=156, excerpt="7B8 UDS 54 DTC memory cleared")
    assert _diagnose([ack], [record]).category is Category.NONE
    # Then without the clear, or with a clear by another ECU, the record is a fault
    assert _diagnose([], [record]).category is Category.BRAKES_CHASSIS
    other = tpl("<*> UDS <*> DTC memory cleared", 1, Severity.INFO, line=156, excerpt="7E8 UDS 54 DTC memory cleared")
    assert _diagnose([other], [record]).category is Category.BRAKES_CHASSIS


def test_a_line_whose_words_name_no_part_is_placed_by_its_writers_component_id():
    # Given a DLT line from the lighting context whose words (German, a pin name) name no part
    excerpt = ("505 2026/12/01 22:20:37.000000 5375000 249 ZCU1 ZCU LGT log error V 1 "
               "[LB_L open load I=0.02A (exp 0.9A) Abblendlicht links defekt]")
    t = tpl("ZCU LGT log error V <*> [LB_L open load I=<*> (exp <*>) Abblendlicht links defekt]", 1,
            Severity.ERROR, line=505, excerpt=excerpt)
    d = _diagnose([t])
    assert (d.category, d.subsystem) == (Category.BODY, "lighting")


def test_a_component_token_in_a_message_outranks_its_writers_name():
    # Given the ESC writing that the front-left wheel-speed sensor gives no edges
    excerpt = ("88 2026/12/01 19:37:20.000000 100 1 ESC ESC WSS log error V 1 "
               "[WSS_FL implaus. no edges 300ms at v=62kph]")
    t = tpl("ESC WSS log error V <*> [WSS_FL implaus. no edges <*> at v=<*>]", 1, Severity.ERROR, line=88,
            excerpt=excerpt)
    d = _diagnose([t])
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "abs")


def test_a_confirmed_restraint_fault_is_a_lost_safety_function():
    d = _diagnose([], [code("B0001-00/confirmed", 1, Severity.WARNING, excerpt="0x0011 B0001  1B  0xAF")])
    assert (d.category, d.subsystem, d.risk_level) == (Category.BODY, "airbag", RiskLevel.HIGH)
    # a stored (history) one is not
    d = _diagnose([], [code("B0001-00/stored", 1, Severity.WARNING, excerpt="0x0011 B0001  1B  0x50")])
    assert d.risk_level is not RiskLevel.HIGH


def test_an_identifiers_words_state_a_reaction():
    from functions.diagnose.rules import _line_risk

    assert _line_risk("red warning steering_assist_lost", Severity.ERROR) is RiskLevel.CRITICAL
    assert _line_risk("vmax limit: v_max=80 km/h", Severity.WARNING) is RiskLevel.HIGH
