"""The masking twin in native/shapes.c (``mask_tokens``) gives exactly the pure token rules' masked
tokens: on generated tokens and messages, every ASCII character, long and huge input, the scenario
logs and the bench's all-distinct lines. Non-ASCII messages are left to the pure rules."""

from __future__ import annotations

import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from functions.parse import miner, native

shapes = native.shapes
pytestmark = pytest.mark.skipif(shapes is None, reason="native/shapes.c not built")
FAST = miner.native_masker(shapes) if shapes is not None else None

# Words every token rule turns on: numbers, hex, paths, hosts, URLs, keys, units, dates, quotes,
# brackets, literal wildcards and near misses of each.
_WORDS = [
    "took", "12", "ms", "5", "KB,", "[ms]", "(KB)", "(ms]", "Jul", "17", "23:21:54", "2005", "Sun", "(Jul,", "pm",
    "'a b'", "\"q 1\"", "('x", "(\"y z\")", "'", '"', "x=1", "rhost=", "=5", "a=(", "k=[v]", "(12)", "f(x)",
    "80717(A)", "10.0.0.1:80", "0x1f", "0X", "0x", "0xg", "-0x1", "#12", "~3", "+4%", "1.2.", "e29b41d4",
    "abcd-12-ef", "abcd-1", "blk_-42", "node-7", "a--7", "core.9369", "a.b-3", "v2.3.4", "80%", "-", "5V", "5",
    "V,", "mV", "kWh", "degC", "bytes", "MiB", "mib", "rpm", "<*>", "x<*>", "<*>)", "(<*>", "<*>,<*>",
    "db1.example.com", "a.b.c.de", "a.b.cd", "x.io", "A.com", "-a.com", "a-.com", "a..com", "a.b.c.d.e1",
    "/tmp/x", "./a", "../b", "~/c", "C:\\x", "C:/y", "\\\\srv", "a/b/c", "a/b", "http://x", "u@h.c", "u@h",
    "ok", "OK", "ERROR", "id=0000", "user", "root", "{}", "[]", "()", "!?", ";", ":", ".", "Wed", "sept", "UTC",
]  # fmt: skip
_CHARS = "".join(chr(c) for c in range(128))


def _pure(message: str) -> tuple[str, ...]:
    miner.clear_memos()
    return miner.mask_tokens(message)


def _messages(rnd: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        kind = rnd.random()
        if kind < 0.5:
            sep = rnd.choice([" ", "  ", "\t", " \x1c", "\x0b"])
            out.append(sep.join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 14))))
        elif kind < 0.8:  # words glued to their neighbours or broken up by punctuation
            out.append("".join(rnd.choice(_WORDS + [" "] * 8) for _ in range(rnd.randint(0, 20))))
        else:  # any ASCII character
            out.append("".join(rnd.choice(_CHARS) for _ in range(rnd.randint(0, 60))))
    return out


def test_masked_messages_equal_the_token_rules_on_generated_messages():
    # Given 60,000 messages of rule words, glued words and random ASCII (every character)
    messages = _messages(random.Random(21), 60_000)
    # When each is masked by the C twin and by the pure rules (memos emptied before each)
    # Then the masked tokens are the same
    for m in messages:
        assert FAST(m) == _pure(m), m


def test_tokens_of_every_ascii_character_mask_as_the_rules_say():
    # Given 40,000 single tokens from the characters the rules look at, and from all of ASCII
    rnd = random.Random(22)
    alphabet = "0123456789abcdefxXABCDEFzZkmsVgG.:,/_-+%#~()[]{}'\"!?;=@\\<*>"
    tokens = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 16))) for _ in range(30_000)]
    tokens += ["".join(rnd.choice(_CHARS.strip()) for _ in range(rnd.randint(1, 8))) for _ in range(10_000)]
    # Then each masks as ``_mask_token`` masks it (a message of one token)
    for t in tokens:
        assert FAST(t) == _pure(t), t


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
def test_any_ascii_text_masks_as_the_rules_say(message):
    assert FAST(message) == _pure(message)


def test_long_and_huge_input_masks_as_the_rules_say():
    # Given messages past the stack buffers, past MAX_TOKENS tokens, tokens past MAX_TOKEN_CHARS,
    # quotes near the token limit, and nothing at all
    rnd = random.Random(23)
    long_word = "a" * (miner.MAX_TOKEN_CHARS + 1)
    messages = [
        "", " ", "\t\n", "x", "9" * 100_000, long_word, long_word[:-1], "a" * 159 + "1", "(" * 300 + "1" + ")" * 300,
        " ".join(rnd.choice(_WORDS) for _ in range(miner.MAX_TOKENS + 50)),
        " ".join(["'a"] + ["b"] * (miner.MAX_TOKENS - 2) + ["c'", "d'"]),
        " ".join(["x"] * (miner.MAX_TOKENS - 1) + ["'a", "b'"]),
        "'" + " ".join(["w"] * 20) + "'",
        "".join(rnd.choice(_CHARS) for _ in range(5_000)),
        " ".join(str(rnd.getrandbits(64)) + rnd.choice(["", "ms", "=", "."]) for _ in range(400)),
    ]
    messages += [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(100, 300))) for _ in range(200)]
    for m in messages:
        assert FAST(m) == _pure(m), m[:200]


def test_a_message_that_is_not_ascii_is_left_to_the_pure_rules():
    # Given messages with a character past ASCII (a unit, a digit, white space the rules read as such)
    messages = ["took 12 µs", "٣ items", "a\u2003b 5", "x=é", "5 Ω", "snow ☃ 12"]
    # Then the C twin declines them, and mask_tokens with it masks them as the pure rules do
    for m in messages:
        assert FAST(m) is None
        assert miner.mask_tokens(m, None, FAST) == _pure(m)


def test_the_rules_come_from_the_python_side(monkeypatch):
    # Given other limits, words and wildcard than the miner's own, in the pure rules and in the C twin
    rules = {
        "WILDCARD": "<#>", "MAX_TOKENS": 4, "QUOTED_WORDS": 2, "MAX_TOKEN_CHARS": 6, "_TLDS": frozenset({"zz"}),
        "_DATE_WORDS": frozenset({"noon", "ok"}), "_UNITS": frozenset({"furlong", "kb"}), "_SI_UNITS": frozenset({"Q"}),
    }  # fmt: skip
    for name, value in rules.items():
        monkeypatch.setattr(miner, name, value)
    miner._unit_tail.cache_clear()
    fast = shapes.mask_rules((*rules.values(), miner._OPEN, miner._CLOSE))
    words = [*_WORDS, "x.zz", "x.qq", "Q", "(Q)", "furlong", "noon", "<#>", "a<#>", "abcdefg1", "'a b c'"]
    rnd = random.Random(24)
    messages = [" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 7))) for _ in range(20_000)]
    try:
        # Then both mask every message the same, and the limits and words given are the ones used
        for m in messages:
            assert shapes.mask_tokens(fast, m) == _pure(m), m
        assert shapes.mask_tokens(fast, "a 1 b c d") == ("a", "<#>", "b", "c")
        assert shapes.mask_tokens(fast, "x.zz x.qq 5 Q") == ("<#>", "x.qq", "<#>")
        assert shapes.mask_tokens(fast, "'a b' z") == ("'a b'", "z")
        assert shapes.mask_tokens(fast, "'a b c'") == ("'a", "b", "c'")
        assert shapes.mask_tokens(fast, "abcdefg1 7 furlong noon") == ("<#>",)
    finally:
        miner._unit_tail.cache_clear()
        miner.clear_memos()


def test_scenario_logs_and_the_bench_lines_mask_as_the_rules_say(tmp_path):
    # Given the messages of every scenario log and the bench's all-distinct lines
    from argus.scenarios import FILE_NAMES, generate_scenario

    lines = []
    for path in generate_scenario("can-pt-busoff", tmp_path, size_bytes=1 << 19):
        if path.name in FILE_NAMES.values():
            lines += path.read_text("utf-8", "replace").splitlines()
    rnd = random.Random(3)
    digits = re.compile(r"\d+")
    lines += [digits.sub(lambda _m: str(rnd.getrandbits(rnd.randint(4, 40))), line) + f" id={rnd.getrandbits(64):016x}"
              for line in lines[:5_000]]  # fmt: skip
    # Then the C twin masks each ASCII one as the rules do (memos warm here, as in a parse)
    miner.clear_memos()
    ascii_lines = [line for line in lines if line.isascii()]
    assert len(ascii_lines) > 5_000
    for line in ascii_lines:
        assert FAST(line) == miner.mask_tokens(line), line


def test_text_path_summaries_are_identical_with_the_c_masking_on_and_off(tmp_path, monkeypatch):
    # Given the edge-case logs and a scenario batch, parsed on the native path with the C masking
    # and with the pure masking
    from argus.scenarios import generate_scenario
    from functions.parse import text
    from functions.parse.summarize import summarize_path

    from .test_text_summary import _edge_case_logs

    paths = list(generate_scenario("can-pt-busoff", tmp_path / "scenario", size_bytes=1 << 19))
    for name, data in _edge_case_logs().items():
        paths.append(tmp_path / f"{name}.log")
        paths[-1].write_bytes(data)

    def run(masker) -> list[dict]:
        monkeypatch.setattr(text, "_MASKER", masker)
        miner.clear_memos()
        out = [json.loads(summarize_path(p, file_id="f").model_dump_json()) for p in paths]
        for summary in out:
            summary["stats"].pop("seconds", None)
        return out

    # Then every FileSummary is the same
    assert run(FAST) == run(None)
