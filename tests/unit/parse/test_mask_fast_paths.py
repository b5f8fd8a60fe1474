"""The masking fast paths answer exactly what the full token rules answer."""

from __future__ import annotations

import random

from functions.parse import miner


def test_a_plain_number_is_what_the_token_rules_mask_whole():
    # Given 100,000 tokens built from digits, hex letters, separators, signs, brackets and quotes
    rnd = random.Random(4)
    alphabet = "0123456789abcdefxXABCDEF.:,/_-+%#~()[]{}'\"!?;=zZ٣"
    tokens = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(100_000)]
    tokens += ["10.2.7.14:50010", "0x7f3a", "/10.0.0.1", "5000,", "(12)", "1.2.", "-3", "+4%", "٣٤"]
    plain = [t for t in tokens if miner._PLAIN_NUMBER(t) is not None]
    # Then every token the fast path takes is one the full rules mask to a bare wildcard
    assert [miner._mask_token(t) for t in plain] == [miner.WILDCARD] * len(plain)
    # and the fast path does take many of them, but not those with punctuation to keep
    assert len(plain) > 3_000
    assert miner._PLAIN_NUMBER("5000,") is None and miner._PLAIN_NUMBER("(12)") is None


def test_masked_messages_do_not_change_with_the_fast_paths():
    # Given messages mixing numbers, units, dates, quoted strings and key=value pairs
    rnd = random.Random(8)
    words = ["took", "12", "ms", "5", "KB,", "[ms]", "Jul", "17", "23:21:54", "2005", "'a b'", "x=1", "(12)",
             "10.0.0.1:80", "0x1f", "blk_-42", "node-7", "ok", "\"q 1\"", "v2.3.4", "80%", "-", "5V"]  # fmt: skip
    messages = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) for _ in range(20_000)]
    # When each is masked with the fast paths and with them switched off
    fast = [miner.mask_tokens(m) for m in messages]
    miner._MEMO.clear()
    real_plain, real_unit = miner._PLAIN_NUMBER, miner._unit_tail
    try:
        miner._PLAIN_NUMBER = lambda _tok: None
        miner._unit_tail = real_unit.__wrapped__
        slow = [miner.mask_tokens(m) for m in messages]
    finally:
        miner._PLAIN_NUMBER, miner._unit_tail = real_plain, real_unit
        miner._MEMO.clear()
    # Then the masked forms are the same
    assert fast == slow
