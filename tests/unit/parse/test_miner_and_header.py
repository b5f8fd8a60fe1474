"""Template mining and header detection: the rules that make GA work without per-log settings."""

from __future__ import annotations

import pytest

from functions.parse.header import learn_header
from functions.parse.miner import TemplateMiner, mask_tokens


@pytest.mark.parametrize(
    ("message", "masked"),
    [
        (
            "PacketResponder 1 for block blk_-1608999687919862906 terminating",
            "PacketResponder <*> for block blk_<*> terminating",
        ),
        ("Received connection request /10.10.34.11:45307", "Received connection request <*>"),
        ("rhost=218.188.2.4 user=root", "rhost=<*> user=<*>"),
        ("connection from 1.2.3.4 () at Sun Jul 17 23:21:54 2005", "connection from <*> () at <*>"),
        ("estimated size 16.0 B, free 317.1 KB)", "estimated size <*>, free <*>)"),
        # a quantity is one variable however its unit is written
        ("took 12 [ms], 3.3(V) and 7 (KiB)", "took <*>, <*> and <*>"),
        # a quoted string of a few words is one token (its words masked), so its length does not vary
        ('Parameter "max speed" set to 4', 'Parameter "max speed" set to <*>'),
        ("interface ee0 on node-246", "interface ee<*> on node-<*>"),
        ("loading /etc/httpd/conf/workers2.properties from http://x.org/a", "loading <*> from <*>"),
        ("delete blk_1 blk_2 blk_3 blk_4", "delete blk_<*>"),
        ("request a692162415ae0f4e served", "request <*> served"),
    ],
)
def test_masking_types_tokens_by_shape(message, masked):
    assert " ".join(mask_tokens(message)) == masked


def mine(messages: list[str]) -> list[int]:
    miner = TemplateMiner()
    groups = [miner.add(m) for m in messages]
    g2t, _ = miner.finalize()
    return [g2t[g] for g in groups]


def test_a_slot_word_makes_the_next_word_a_variable():
    # Given the same message for three users
    t = mine([f"session opened for user {u} by (uid=0)" for u in ("cyrus", "news", "test", "news")])
    # Then it is one template
    assert len(set(t)) == 1


def test_an_enumeration_of_frequent_values_stays_apart():
    # Given two messages that differ in one frequent word (an enumeration, not a variable)
    msgs = ["123 HIGHMEM available."] * 5 + ["456 LOWMEM available."] * 5
    t = mine(msgs)
    # Then they are two templates
    assert len(set(t)) == 2


def test_a_long_tail_of_values_is_a_variable():
    # Given a message whose third word takes many values, some seen once
    procs = ["httpd"] * 20 + ["python"] * 5 + ["sendmail", "mrtg", "sshd"]
    t = mine([f"Out of Memory: Killed process {i} ({p})." for i, p in enumerate(procs)])
    assert len(set(t)) == 1


def test_an_empty_value_is_an_instance_of_a_masked_one():
    t = mine(["connection from 1.2.3.4 (host.example.com) at x"] * 3 + ["connection from 1.2.3.5 () at x"])
    assert len(set(t)) == 1


def test_compaction_keeps_memory_bounded_and_groups_stable():
    # Given more distinct messages than the group table holds
    miner = TemplateMiner(max_groups=50)
    groups = [
        miner.add(f"user u{chr(97 + i % 26)}{chr(97 + i // 26 % 26)} logged in from host h{i}") for i in range(500)
    ]
    groups += [miner.add(f"disk {w} is full") for w in ("sda", "sdb", "sdc", "sdd")]
    # Then the table stayed bounded and everything still maps to a template
    assert len(miner.group_tokens) <= 60
    g2t, texts = miner.finalize()
    assert all(0 <= g2t[g] < len(texts) for g in groups)


@pytest.mark.parametrize(
    ("lines", "content"),
    [
        (  # log4j
            ["2015-10-18 18:01:47,978 INFO [main] org.apache.App: Created thing 1"] * 3,
            "Created thing 1",
        ),
        (  # syslog
            ["Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown"] * 3,
            "check pass; user unknown",
        ),
        (  # Android logcat threadtime
            ["03-17 16:13:38.811  1702  2395 D WindowManager: printFreezingDisplayLogs opening app"] * 3,
            "printFreezingDisplayLogs opening app",
        ),
        (  # glog / Apollo
            ["I1127 10:00:00.123456  4321 planning.cc:120] Planning succeeded in 12 ms"] * 3,
            "Planning succeeded in 12 ms",
        ),
        (  # Zookeeper-style separators and a bracketed thread
            ["2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0.0.0.0:2181:FastLeaderElection@774] - Notification"]
            * 3,
            "Notification",
        ),
    ],
)
def test_header_detection_finds_the_message(lines, content):
    header = learn_header(lines)
    assert lines[0][header.split(lines[0]).content_start :] == content


def test_many_values_in_one_slot_are_a_variable_even_without_rare_ones():
    # Given one event naming 8 different buses, each seen often (no long tail of rare values)
    buses = ["gateway", "body", "chassis", "powertrain", "adas", "infotainment", "diag", "private"]
    t = mine([f"CAN bus {b} error counter tx={i} rx={i}" for i in range(10) for b in buses])
    # Then it is one template: no event-naming enumeration has that many members
    assert len(set(t)) == 1


def test_key_value_lists_of_varying_length_are_one_variable():
    # Given one event carrying a list of key=value pairs whose keys and length vary
    lists = ["gear=3", "soc=80 temp=21", "lane=2 yaw=0.1 rpm=900", "speed=12", "mode=eco soc=79", "temp=20"]
    t = mine([f"skipped {i} frames: {kv}" for i, kv in enumerate(lists * 3)])
    assert len(set(t)) == 1


def test_optional_fields_of_few_shapes_stay_apart():
    # Given two shapes of a message that differ by an optional field (few fillings: not a variable)
    t = mine([f"session opened uid={i}" for i in range(5)] + [f"session opened uid={i} euid={i}" for i in range(5)])
    assert len(set(t)) == 2


def test_a_program_name_with_or_without_digits_is_one_header_column():
    # Given a bracketed date, a program name (some with digits) and a remote endpoint before the message
    lines = [
        f"[12.01 10:00:{i:02d}] {prog} - 10.0.0.{i}:{5000 + i} open through proxy"
        for i, prog in enumerate(["can2eth", "diagd", "ota1", "telemetryd.bin"] * 5)
    ]
    header = learn_header(lines)
    # Then every line is cut after the same columns
    assert {ln[header.split(ln).content_start :] for ln in lines} == {"open through proxy"}


def test_a_file_where_few_lines_open_like_a_header_has_no_header():
    lines = [f"frame {i} decoded in {i} ms" for i in range(95)] + ["WARNING: clock jump detected"] * 5
    header = learn_header(lines)
    assert all(header.split(ln).content_start == 0 for ln in lines)


def test_pipe_delimited_fields_after_a_date_with_a_space_are_header():
    lines = [f"20261201 10{i:04d}.123|PLANNER|{1000 + i}|onStep count={i}" for i in range(50)]
    header = learn_header(lines)
    assert {ln[header.split(ln).content_start :].split("=")[0] for ln in lines} == {"onStep count"}


def test_key_value_fields_are_message_not_header_and_a_level_some_lines_carry_is_read():
    # Given a display log whose routine lines are key=value fields, and a few lines that carry a level
    lines = [f"2026-12-02T09:50:{i:02d}.083Z HMI  page=TRIP  speed={i}  cc=ACC  msg_queue=0" for i in range(50)]
    warn = '2026-12-02T09:54:34.900Z WARN  popup: "ACC / Emergency Brake Assist not available"'
    header = learn_header([*lines, warn])
    # Then the fields stay in the message, and the level of the other line is its level, not its words
    assert lines[0][header.split(lines[0]).content_start :].startswith("HMI  page=TRIP")
    split = header.split(warn)
    assert warn[split.content_start :] == 'popup: "ACC / Emergency Brake Assist not available"'
    assert split.level == "WARN"
