from collections import Counter

from mcap_ros2.reader import read_ros2_messages
from pydlt import DltFileReader

from argus.scenarios import SCENARIOS, demo_batch, generate_scenario
from argus.scenarios.content import CATEGORIES, RISKS
from functions.core.domain.taxonomy import CATEGORY_OF


def test_catalog_covers_every_category_risk_noise_and_two_fault_batches():
    assert len(SCENARIOS) >= 30
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)
    pairs = Counter(s.faults[0][:2] for s in SCENARIOS if len(s.faults) == 1)  # (fault family, risk)
    assert all(pairs[(c, r)] >= 1 for c in CATEGORIES for r in RISKS)
    assert sum(1 for s in SCENARIOS if s.category == "none") >= 3
    assert sum(1 for s in SCENARIOS if len(s.faults) == 2) >= 4
    # Labels are in the vehicle-systems taxonomy: a category and one of its documented subsystems
    assert all(CATEGORY_OF[s.subsystem].value == s.category for s in SCENARIOS)


def test_generation_is_deterministic_and_file_names_do_not_leak_the_label(tmp_path):
    a = generate_scenario("can-pt-busoff", tmp_path / "a", 200_000, seed=3)
    b = generate_scenario("can-pt-busoff", tmp_path / "b", 200_000, seed=3)
    c = generate_scenario("healthy-commute", tmp_path / "c", 200_000, seed=3)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert {p.name for p in a} - {"adcu_trace.dlt", "adcu_rosout.mcap"} == \
        {p.name for p in c} - {"adcu_trace.dlt", "adcu_rosout.mcap"}
    assert abs(sum(p.stat().st_size for p in a) - 200_000) < 40_000


def test_text_logs_look_like_their_real_formats(tmp_path):
    paths = {p.name: p for p in generate_scenario("bms-overtemp-derate", tmp_path, 400_000, seed=1)}
    journal = paths["vcu_journal.log"].read_text().splitlines()
    logcat = paths["gateway_logcat.txt"].read_text().splitlines()
    glog = paths["adcu_glog.log"].read_text().splitlines()
    assert journal[0][:4].isdigit() and "+0000 vcu-" in journal[0]  # short-iso-precise
    assert logcat[0][2] == "-" and logcat[0].split()[4] in "VDIWEF"  # threadtime
    assert glog[0][0] in "IWEF" and "] " in glog[0] and ".cc:" in glog[0]  # glog
    assert any("P0A80" in line for line in journal)


def test_binary_traces_are_readable_by_the_reference_readers(tmp_path):
    dlt = next(p for p in generate_scenario("lidar-offline", tmp_path / "d", 300_000, seed=2) if p.suffix == ".dlt")
    messages = list(DltFileReader(str(dlt)))
    assert len(messages) > 50 and any("ERR_LDR_310" in str(m) for m in messages)
    mcap = next(p for p in generate_scenario("lidar-motor-stall", tmp_path / "m", 300_000, seed=2)
                if p.suffix == ".mcap")
    with open(mcap, "rb") as f:
        logs = [m.ros_msg for m in read_ros2_messages(f, topics=["/rosout"])]
    assert len(logs) > 50 and any(m.level == 50 and "ERR_LDR_501" in m.msg for m in logs)


def test_demo_batch_has_a_large_journal_with_a_battery_fault(tmp_path):
    paths = demo_batch(tmp_path)
    assert len(paths) == 3
    journal = paths[0].read_text()
    assert paths[0].stat().st_size >= 11 * 1024 * 1024
    assert "P0A80" in journal and "P0AFA" in journal and "contactor" in journal
    assert paths[2].suffix == ".mcap"
