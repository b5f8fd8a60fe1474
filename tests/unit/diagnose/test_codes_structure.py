"""Codes by structure: J2012 ranges, the 2-byte encoding, failure-type and status bytes, UDS 0x59
records in hex text, J1939 SPN/FMI, and vendor codes named by a subsystem token."""

import pytest

from functions.core.domain import dtc
from functions.core.domain.contracts import CodeKind, CodeStat
from functions.core.domain.taxonomy import Category
from functions.diagnose.knowledge import code_location
from functions.parse.codes import candidates, codes_at
from functions.parse.text import ZERO_DIGITS

_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)


def _codes(line: bytes) -> list[tuple[str, CodeKind]]:
    return codes_at(line, candidates(line.translate(_ZERO)))


@pytest.mark.parametrize(("code", "category", "subsystem"), [
    ("P0301", Category.POWERTRAIN, "ignition"),  # P03xx ignition / misfire
    ("P0357", Category.POWERTRAIN, "ignition"),
    ("P0420", Category.POWERTRAIN, "emissions"),
    ("P0730", Category.POWERTRAIN, "transmission"),  # P07-P09 transmission
    ("P0871", Category.POWERTRAIN, "transmission"),
    ("P0562", Category.POWER_SUPPLY, "lv_battery"),  # system voltage low
    ("P0A7F", Category.BATTERY_BMS, "cell"),  # P0Axx hybrid / EV
    ("P0AA6", Category.BATTERY_BMS, "hv_isolation"),
    ("P0A0A", Category.BATTERY_BMS, "hvil"),
    ("P0217", Category.THERMAL, "overtemp"),
    ("C0035", Category.BRAKES_CHASSIS, "abs"),
    ("B0001", Category.BODY, "airbag"),
    ("U0073", Category.CONNECTIVITY_NETWORK, "can"),
    ("U0300", Category.SOFTWARE_PLATFORM, "ota"),  # U03xx software incompatibility
    ("U0121-87", Category.CONNECTIVITY_NETWORK, "can"),
])
def test_a_dtc_is_placed_by_its_letter_and_leading_digits(code, category, subsystem):
    loc = dtc.location(code)
    assert loc is not None and (loc.category, loc.subsystem) == (category, subsystem)


def test_lost_communication_codes_name_the_missing_peer():
    assert dtc.lost_peer("U0121") == dtc.Location(Category.BRAKES_CHASSIS, "abs")
    assert dtc.lost_peer("U0111-87").category is Category.BATTERY_BMS
    assert dtc.lost_peer("U0140").category is Category.BODY
    assert dtc.lost_peer("P0301") is None
    assert dtc.is_network_consequence("U0100") and dtc.is_network_consequence("P0A7F-87")
    assert not dtc.is_network_consequence("P0A7F-1B")


def test_the_two_byte_encoding_and_the_status_byte():
    assert dtc.decode_dtc_bytes(0xC1, 0x21) == "U0121"
    assert dtc.decode_dtc_bytes(0x0A, 0x7F) == "P0A7F"
    assert dtc.decode_dtc_bytes(0x40, 0x35) == "C0035"
    assert dtc.status_name(0x2F) == "confirmed"  # failing now and confirmed
    assert dtc.status_name(0x25) == "pending"  # failing now, not yet confirmed
    assert dtc.status_name(0x01) == "test_failed"
    assert dtc.status_name(0x28) == "stored"  # confirmed in memory, not failing: a history code
    assert dtc.status_name(0x24) == "pending"


@pytest.mark.parametrize(("line", "want"), [
    (b"fault U0121-87 lost comm ABS", [("U0121-87", CodeKind.DTC)]),
    (b"DTC P0A7F:1B status=0x2F", [("P0A7F-1B/confirmed", CodeKind.DTC)]),
    (b"event dtc=0xC12187 src=0x10", [("U0121-87", CodeKind.DTC)]),
    # a 3-byte DTC with its status needs no label; a bare 3-byte id (a TPMS sensor) is no code
    (b"range-ext ECU: 0x030200 status 0x24 (pending)", [("P0302-00/pending", CodeKind.DTC)]),
    (b"Fehlerspeichereintrag 0xD23287 (RLS Botschaft fehlt) TestFailed", [("U1232-87/test_failed", CodeKind.DTC)]),
    (b"stored 0x0AA100 st 0x2F, ready inhibit", [("P0AA1-00/confirmed", CodeKind.DTC)]),
    (b"0x081100  UDS-Status=0x24 (PDTC|TFSLC)", [("P0811-00/pending", CodeKind.DTC)]),
    (b"DTC 0x404500 st 0x2F", [("C0045-00/confirmed", CodeKind.DTC)]),
    (b"rear sensor id 0x4F21A7 not heard yet", []),
    # one line writing a code twice reports it once
    (b"stored DTC 0xC12187 (U0121-87)", [("U0121-87", CodeKind.DTC)]),
    (b"P0301 (pending)", [("P0301/pending", CodeKind.DTC)]),
    (b"J1939 DM1 SPN 110 FMI 0 OC 3", [("SPN110-FMI0", CodeKind.J1939)]),
    (b"spn=3216,fmi=2", [("SPN3216-FMI2", CodeKind.J1939)]),
    (b"EPS-1203 torque sensor", [("EPS-1203", CodeKind.VENDOR)]),
    (b"TPMS_W02 low inflation", [("TPMS_W02", CodeKind.VENDOR)]),
    (b"IBST_FLT 0x1A3 booster", [("IBST_FLT 0x1A3", CodeKind.VENDOR)]),
    (b"UTF-8 SHA-256 ISO-26262 CAN 0x123", []),  # tokens that name no subsystem are not codes
    (b"E1108 12:22:55.454465  1726 cam.cc:140] no frames", []),  # a glog prefix is not a vendor code
])
def test_codes_in_every_spelling_get_one_canonical_string(line, want):
    assert _codes(line) == want


def test_uds_read_dtc_information_records_in_hex_text_carry_their_status():
    # Given a 0x59 0x02 response in a trace, spaced or packed, after an ISO-TP first-frame header
    spaced = _codes(b"rx 7E8 10 0B 59 02 FF C1 21 87 2F 0A 7F 1B 08")
    packed = _codes(b"resp: 5902ff c121872f 0a7f1b25")
    # Then every record is a DTC with its failure type and status
    assert spaced == [("U0121-87/confirmed", CodeKind.DTC), ("P0A7F-1B/stored", CodeKind.DTC)]
    assert packed == [("U0121-87/confirmed", CodeKind.DTC), ("P0A7F-1B/pending", CodeKind.DTC)]
    # And a single frame's padding after its stated length is not a record
    assert _codes(b"RX 0x7E8 DLC=8 03 59 02 FF AA AA AA AA") == []
    assert _codes(b"RX 7EC 07 59 02 FF 0C 78 00 09") == [("P0C78-00/confirmed", CodeKind.DTC)]


def test_a_code_stat_carries_failure_type_and_status_from_its_canonical_string():
    c = CodeStat(code="U0121-87/confirmed", kind=CodeKind.DTC, count=1)
    assert (c.failure_type, c.status) == ("87", "confirmed")
    assert CodeStat(code="P0301", kind=CodeKind.DTC, count=1).status is None


def test_j1939_and_vendor_codes_are_placed_by_spn_token_or_words():
    assert code_location("SPN110-FMI0", "j1939") == (Category.THERMAL, "coolant")
    assert code_location("SPN639-FMI9", "j1939") == (Category.CONNECTIVITY_NETWORK, "can")
    assert code_location("EPS-1203", "vendor") == (Category.BRAKES_CHASSIS, "eps")
    assert code_location("BMS_ERR_0x4A", "vendor", "cell overvoltage module 5 cell 57") == (
        Category.BATTERY_BMS, "cell")
    assert code_location("E0042", "vendor", "[ADAS_FUS] E0042 track lost") == (Category.ADAS_PERCEPTION, "fusion")
    # a range the table knows roughly is refined by the code's own description
    assert code_location("P0C78-00", "dtc", "Hybrid/EV Battery Precharge Time Too Long") == (
        Category.BATTERY_BMS, "contactor")


def test_an_event_memory_table_row_gives_its_failure_type_and_status_columns_to_the_code():
    # The parser joins the columns after the code; the diagnosis reads the status from the code
    from functions.diagnose.rules import _stated_status
    from functions.parse.codes import candidates, codes_at

    zero = ZERO_DIGITS

    def codes(line: str) -> list[str]:
        raw = line.encode()
        return [c for c, _ in codes_at(raw, candidates(raw.translate(zero)))]

    assert codes("0x0201   P0562-00   0x50    TNCSLC|TNCTOC (not tested since clear)") == ["P0562-00/stored"]
    assert codes("0x0418   P0AA6-00   0x00    passed") == ["P0AA6-00/stored"]
    assert codes("0x0311   P0A78-00   0x2F    confirmed") == ["P0A78-00/confirmed"]
    assert codes("0x0011 B0001     1B  0xAF        1  1") == ["B0001-1B/confirmed"]  # a failure-type column
    assert codes("0x0012 C0035\t0x24") == ["C0035/pending"]
    # a status only right after the code, and only a byte written 0x..
    assert codes("P0301 at 0x2F") == ["P0301"]
    assert codes("P0301 0x1234 P0420  2F") == ["P0301", "P0420"]
    # what the diagnosis still reads itself: a status byte or word further along the line
    assert _stated_status("P0301 misfire detected, status 0x2F") == "confirmed"
    assert _stated_status("P0301 misfire (pending)") == "pending"
    assert _stated_status("P0301 at 0x2F") is None


def test_a_code_like_field_of_a_comma_separated_record_is_no_code():
    from functions.parse.codes import candidates, codes_at

    zero = ZERO_DIGITS
    line = b'AT+QENG="servingcell" -> LTE,FDD,262,01,E922,-102'
    assert codes_at(line, candidates(line.translate(zero))) == []
    line = b"modem fault E922, retrying"
    assert [c for c, _ in codes_at(line, candidates(line.translate(zero)))] == ["E922"]


def test_an_abbreviation_two_systems_share_reads_in_the_system_its_compound_names():
    # RAD is a radiator in a thermal token and a radar in an ADAS one; a lost driving function
    # ("ACC unavailable") is the fault's consequence and does not move the code to another part
    assert code_location("E0017", "vendor", "[ADAS_RAD] E0017 misalignment, ACC unavailable") == (
        Category.ADAS_PERCEPTION, "radar")
    assert code_location("E0017", "vendor", "[TMS_RAD] E0017 fan stuck") == (Category.THERMAL, "radiator")
    assert code_location("RAD-0042", "vendor", "fan circuit open") == (Category.THERMAL, "radiator")


def test_a_decimal_time_and_counter_are_no_uds_record():
    from functions.parse.codes import candidates, codes_at

    zero = ZERO_DIGITS
    line = b"606 2026/12/01 14:08:22.590233 15740902 94 ZCU1 ZCU IO log debug V 1 [door_fl=CLOSED]"
    assert codes_at(line, candidates(line.translate(zero))) == []
    line = b"7E8 UDS 59 02 FF C1 21 87 09"
    assert [c for c, _ in codes_at(line, candidates(line.translate(zero)))] == ["U0121-87/confirmed"]


def test_a_dlt_export_with_abbreviated_mode_gives_its_ids_as_the_source():
    from functions.diagnose.knowledge import explicit_level, message_of, source_of

    line = "505 2026/12/01 22:20:37.000000 5375000 249 ZCU1 ZCU LGT log error V 1 [LB_L open load I=0.02A]"
    assert source_of(line) == "ZCU1 ZCU LGT"
    assert message_of(line) == "[LB_L open load I=0.02A]"
    assert explicit_level(line) is not None


def test_an_interlock_loop_that_opens_is_a_fault_state_and_open_loop_control_is_not():
    from functions.diagnose.knowledge import FAULT_STATE_RX

    assert FAULT_STATE_RX.search("hvil open (loop 2, rear junction box), debounce 20ms")
    assert FAULT_STATE_RX.search("interlock loop 1 opened")
    assert not FAULT_STATE_RX.search("fuel control in open loop, warm-up")


def test_a_chip_throttling_for_heat_is_an_overtemperature_not_an_engine_throttle():
    from functions.diagnose.knowledge import FAULT_STATE_RX, best_subsystem

    assert best_subsystem("soc junction 107c, safety throttle") == "overtemp"
    assert best_subsystem("soc junction 98c, throttling gpu 30%") == "overtemp"
    assert best_subsystem("throttle position sensor a circuit low") == "engine"
    assert FAULT_STATE_RX.search("soc junction 107c, safety throttle")
