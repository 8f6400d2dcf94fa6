"""Cleaning, folding and stems; ordinary words from word frequencies (wordfreq, no network)."""

from __future__ import annotations

from crossguard.watchers.matching import text as tx


def test_mojibake_html_and_entities() -> None:
    assert tx.words(tx.clean("Childrenâ€™s Pajamas")) == ["children", "pajamas"]
    assert tx.clean("<p><span>Cat &amp; Jack</span></p>") == "Cat & Jack"


def test_fold_keeps_n_in_n_together_and_drops_possessives() -> None:
    assert tx.words("Fisher-Price 4-in-1 Rock 'n Glide") == ["fisher", "price", "4in1", "rock", "n", "glide"]
    assert tx.words("Kids' Sandals, Children's") == ["kids", "sandals", "children"]


def test_stems_compare_plurals_and_spellings() -> None:
    assert tx.stem("batteries") == tx.stem("battery")
    assert tx.stem("bicycle") == tx.stem("bike")
    assert tx.stem("pyjamas") == tx.stem("pajamas")
    assert tx.stem("adaptors") == tx.stem("adapter")
    assert tx.stem("heated") != tx.stem("socks")


def test_ordinary_words_come_from_word_frequencies() -> None:
    for word in ("white", "generic", "blue", "red", "united", "bicycle", "amazon", "action", "port", "big", "other",
                 "hobby lobby"):
        assert tx.is_ordinary(word), word
    for word in ("ugreen", "baseus", "zhiyun", "aukey", "tozo", "zwoqq"):
        assert not tx.is_ordinary(word), word
    assert tx.zipf("white") == 5.51  # the table lookup agrees with wordfreq's own function
    assert tx.is_ordinary("2024")  # a number is never a distinctive brand


def test_segments_split_titles_at_connectors_and_punctuation() -> None:
    segs = tx.segments("Breez 2-in-1 Smart Bedroom Fan with White Noise by SNOOZ, App Controlled")
    assert segs[0] == ["breez", "2in1", "smart", "bedroom", "fan"]
    assert ["snooz"] in segs
