from functions.diagnose.tokens import BpeTokenCounter, ByteBoundCounter


def test_bpe_counter_matches_cl100k_and_needs_no_download():
    # "hello world" is [15339, 1917] in cl100k_base
    assert BpeTokenCounter().count("hello world") == 2


def test_byte_bound_fallback_over_counts_log_text():
    line = "2026-03-14T08:12:33.114522+0000 vcu-3f2a bmsd[812]: [ERROR] cell over-temperature module=4 T=61.5C\n"
    text = line * 50
    assert ByteBoundCounter().count(text) >= BpeTokenCounter().count(text)
