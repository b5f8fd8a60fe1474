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
    # When each is masked with the fast paths (memos warm, digits zeroed as the text path has them)
    # and with them switched off (every memo empty before each message)
    fast = [miner.mask_tokens(m, m.translate(_ZERO)) for m in messages]
    miner.clear_memos()
    real_plain, real_unit = miner._PLAIN_NUMBER, miner._unit_tail
    try:
        miner._PLAIN_NUMBER = lambda _tok: None
        miner._unit_tail = real_unit.__wrapped__
        slow = []
        for m in messages:
            miner.clear_memos()
            slow.append(miner.mask_tokens(m))
    finally:
        miner._PLAIN_NUMBER, miner._unit_tail = real_plain, real_unit
        miner.clear_memos()
    # Then the masked forms are the same
    assert fast == slow


_ZERO = str.maketrans("123456789", "000000000")


def test_a_token_masks_as_its_zeroed_form_says_when_no_digit_survives():
    # Given 30,000 tokens of digits, hex letters, the x of 0x, separators, brackets, keys and units
    rnd = random.Random(6)
    alphabet = "0123456789012345abcdefxXABCDEF.:,/_-+%#~()[]{}'\"!?;=@zZkmsV٣"
    tokens = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14))) for _ in range(30_000)]
    tokens += ["1x7f", "10x7f", "1xabc.def", "5x123456", "a1=", "x1=5", "e29b41d4", "abcd1234", "9" * 200]
    # When each is masked from its zeroed form (memos empty, then warm)
    for warm in (False, True):
        if not warm:
            miner.clear_memos()
        got = [miner._mask_zeroed(t, t.translate(_ZERO)) for t in tokens]
        # Then it is what the token rules give the token itself
        assert got == [miner._mask_token(t) for t in tokens]
    # and the zeroed form decides most of them (the rest keep a digit: they are masked from the token)
    zeroed = [miner._mask_one(t.translate(_ZERO)) for t in tokens]
    assert sum(1 for z in zeroed if "0" not in z) > 15_000


def test_lines_mask_the_same_with_their_zeroed_form_and_with_a_literal_wildcard():
    # Given messages of tokens with random digit runs, some quoted, some with a literal "<*>"
    rnd = random.Random(9)
    words = ["blk_", "id=", "0x", "10.", ":", "-", "(", ")", "'", '"', "<*>", "ms", "KB", "V", "Jul", "user",
             "x", "=", "a b", "/tmp/"]  # fmt: skip

    def token() -> str:
        return "".join(rnd.choice(words) if rnd.random() < 0.5 else str(rnd.getrandbits(rnd.randint(1, 40)))
                       for _ in range(rnd.randint(1, 3)))  # fmt: skip

    messages = [" ".join(token() for _ in range(rnd.randint(1, 10))) for _ in range(5_000)]
    # When each is masked with its zeroed form (memos warm across messages) and alone (memos empty)
    fast = [miner.mask_tokens(m, m.translate(_ZERO)) for m in messages]
    slow = []
    for m in messages:
        miner.clear_memos()
        slow.append(miner.mask_tokens(m))
    miner.clear_memos()
    # Then they are the same
    assert fast == slow


def test_the_masked_sequence_memo_stays_bounded(monkeypatch):
    # Given a bound of 1,000 memoised masked tokens
    monkeypatch.setattr(miner, "GLUED_TOKENS", 1_000)
    miner.clear_memos()
    # When 5,000 messages of distinct words are masked
    for i in range(5_000):
        miner.mask_tokens(f"event w{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)} done now")
    # Then the memo holds no more than the bound and one message over it
    assert sum(map(len, miner._GLUED)) <= 1_000 + miner.MAX_TOKENS
    miner.clear_memos()
