"""Binary and structured formats, read forward-only from a non-seekable stream, detected by content."""

from __future__ import annotations

import io
import json

import can
import zstandard

from functions.core.domain.contracts import CodeKind, Severity


def test_mcap_rosout_records_become_templates_with_levels_and_topics(summarize, fixture_bytes):
    # Given a ROS 2 MCAP recording with 10 /rosout log messages and 10 plain topic messages
    s = summarize(fixture_bytes("talker.mcap"))
    # Then the log messages are mined, the other topic is counted
    assert s.error is None and s.format == "mcap"
    assert s.stats.messages == 20
    assert [(t.template, t.count) for t in s.templates] == [("Publishing: 'Hello, world! <*>'", 10)]
    assert s.severity_counts == {Severity.INFO: 10}
    assert {c.name: c.count for c in s.channels} == {"/topic": 10, "rosout:minimal_publisher": 10}
    assert s.templates[0].sample is not None and s.templates[0].sample.message_index == 0
    assert s.time_range is not None and s.time_range.start.year == 2020


def test_dlt_levels_map_to_severities_and_ids_to_channels(summarize, fixture_bytes):
    # Given a DLT v1 file with fatal, error, warn and info log messages
    s = summarize(fixture_bytes("testfile_extended.dlt"))
    # Then each level is counted and the ECU/app/context ids are channels
    assert s.error is None and s.format == "dlt"
    assert s.stats.messages == 111
    assert s.severity_counts[Severity.CRITICAL] == 1
    assert s.severity_counts[Severity.ERROR] == 1
    assert s.severity_counts[Severity.WARNING] == 3
    assert any(c.name == "ECU1/LOG/TEST" for c in s.channels)
    assert s.templates[0].severity is Severity.CRITICAL


def test_ros1_bag_without_rosout_gives_topic_counts(summarize, fixture_bytes):
    s = summarize(fixture_bytes("fake_sensors_sample.bag"))
    assert s.error is None and s.format == "rosbag1"
    assert s.stats.messages == 20
    assert {c.name: c.count for c in s.channels} == {"/my_magnetic_field": 10, "/my_temperature": 10}
    assert s.time_range is not None


def test_apollo_cyber_record_gives_channel_counts(summarize, fixture_bytes):
    s = summarize(fixture_bytes("example.record.00000"))
    assert s.error is None and s.format == "cyber-record"
    assert s.stats.messages == 34
    assert {c.name: c.count for c in s.channels}["/apollo/canbus/chassis"] == 15


def test_mdf4_can_recording_counts_frames_per_identifier(summarize, fixture_bytes):
    s = summarize(fixture_bytes("LOG_FCBF0606_00003482_00000001-60B621D9.MF4"))
    assert s.error is None and s.format == "mdf"
    assert s.stats.messages == 1815
    assert sum(c.count for c in s.channels) == 1815
    assert s.channels[0].name.startswith("CAN") and " 0x" in s.channels[0].name


def _asc_trace(tmp_path) -> bytes:
    path = tmp_path / "trace.asc"
    with can.ASCWriter(str(path)) as writer:
        for i in range(30):
            writer.on_message_received(
                can.Message(
                    timestamp=1700000000 + i * 0.01,
                    arbitration_id=0x123,
                    is_extended_id=False,
                    data=[i % 256] * 8,
                    channel=0,
                )
            )
        writer.on_message_received(
            can.Message(timestamp=1700000000.5, arbitration_id=0x18FF50E5, is_extended_id=True, data=[1, 2], channel=0)
        )
        writer.on_message_received(can.Message(timestamp=1700000000.6, is_error_frame=True, channel=0))
    text = path.read_text()
    # Controller status lines are written by CANoe/CANalyzer, not by python-can: add two by hand.
    status = (
        "   0.700000 CAN 1 Status:chip status error passive - TxErr: 132 RxErr: 0\n"
        "   0.800000 CAN 1 Status:chip status busoff - TxErr: 256 RxErr: 0\n"
    )
    return text.replace("End TriggerBlock", status + "End TriggerBlock").encode()


def test_asc_trace_counts_frames_error_frames_and_bus_states(summarize, tmp_path):
    # Given an ASC trace with 31 frames, an error frame, error-passive and bus-off status lines
    s = summarize(_asc_trace(tmp_path))
    # Then frames are counted per identifier and the faults are CAN codes
    assert s.error is None and s.format == "asc"
    channels = {c.name: c.count for c in s.channels}
    assert channels["ch0 0x123"] == 30 and channels["ch0 0x18FF50E5"] == 1
    codes = {c.code: c for c in s.codes}
    assert codes["ch0 ERROR_FRAME"].kind is CodeKind.CAN
    assert codes["ch0 ERROR_PASSIVE"].severity is Severity.ERROR
    assert codes["ch0 BUS_OFF"].severity is Severity.CRITICAL
    assert s.severity_counts[Severity.CRITICAL] == 1


def test_blf_trace_is_detected_by_magic_whatever_its_name(tmp_path, summarize):
    # Given a BLF written by python-can
    path = tmp_path / "not-a-blf.txt"
    with can.BLFWriter(str(path)) as writer:
        for i in range(50):
            writer.on_message_received(
                can.Message(
                    timestamp=1700000000 + i,
                    arbitration_id=0x200 + i % 2,
                    is_extended_id=False,
                    data=bytes(8),
                    channel=1,
                )
            )
        writer.on_message_received(can.Message(timestamp=1700000100, is_error_frame=True, channel=1))
    # When summarized (the name says .txt)
    s = summarize(path.read_bytes())
    # Then the content decides
    assert s.error is None and s.format == "blf"
    assert {c.name: c.count for c in s.channels} == {"ch1 0x200": 25, "ch1 0x201": 25}
    assert [c.code for c in s.codes] == ["ch1 ERROR_FRAME"]


def test_zstd_wrapper_around_a_binary_format(summarize, fixture_bytes):
    s = summarize(zstandard.ZstdCompressor().compress(fixture_bytes("testfile_extended.dlt")))
    assert s.error is None and s.format == "zstd+dlt"
    assert s.stats.messages == 111


def test_journal_export_entries_become_records(summarize):
    # Given `journalctl -o export` output, one message carrying a binary field
    data = (
        b"__CURSOR=s=1\n__REALTIME_TIMESTAMP=1700000000000000\nPRIORITY=3\nSYSLOG_IDENTIFIER=bmsd\n"
        b"MESSAGE=cell 12 over temperature, DTC P0A7E\n\n"
        b"__CURSOR=s=2\n__REALTIME_TIMESTAMP=1700000001000000\nPRIORITY=6\nSYSLOG_IDENTIFIER=bmsd\n"
        b"MESSAGE\n\x0b\x00\x00\x00\x00\x00\x00\x00hello\x00world\n\n"
    )
    s = summarize(data)
    assert s.error is None and s.format == "journal-export"
    assert s.stats.messages == 2
    assert s.severity_counts == {Severity.ERROR: 1, Severity.INFO: 1}
    assert [c.code for c in s.codes] == ["P0A7E"]
    assert s.channels[0].name == "bmsd"


def test_summaries_serialize_to_json_within_the_contract(summarize, fixture_bytes):
    s = summarize(fixture_bytes("talker.mcap"))
    doc = json.loads(s.model_dump_json())
    assert doc["stats"]["format"] == "mcap"
    assert io.BytesIO(s.model_dump_json().encode()).getbuffer().nbytes < 64 * 1024
