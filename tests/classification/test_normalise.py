"""The normaliser: one spelling per word, so the automaton can match whole words by spaces."""

from __future__ import annotations

import random
import sys

import pytest

from crossguard.engine.classification.normalise import normalise, repair_mojibake

normalise_module = sys.modules["crossguard.engine.classification.normalise"]  # (the package exports the function)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Dynex™ - 3.9' HDMI Cable - Black", "dynex | 3.9 hdmi cable | black"),
        ("Apple® - iPad® mini Wi-Fi", "apple | ipad mini wi fi"),
        ("T‑SHIRT", "t shirt"),  # non-breaking hyphen
        ("ｉＰｈｏｎｅ１５", "iphone 15"),  # full width
        ("Men's Kids' T-Shirt", "mens kids t shirt"),
        ("10000mAh Power Bank", "10000 mah power bank"),
        ("1:18 Diecast, 1/43 scale", "1∶18 diecast , 1∶43 scale"),
        ("Clothing >> Kids' Clothing >> Girls Wear", "clothing > kids clothing > girls wear"),
        ("蓝牙speaker【防水】", "蓝牙 speaker | 防水"),  # (zh39: 新款, a shop word, is now a phrase break of its own)
        ("Dr. Seuss book. Great", "dr seuss book | great"),  # (dots43: "Dr." runs on, the full stop breaks)
        ("  - dash -  ", "dash"),
        ("", ""),
    ],
)
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_mojibake_repair():
    assert repair_mojibake("Childrenâ€™s Pajamas") == "Children’s Pajamas"
    assert normalise("Childrenâ€™s Pajamas") == "childrens pajamas"
    assert normalise("Fisher-Price Rock â€˜n Glide") == "fisher price rock n glide"


def test_casefold():
    assert normalise("STRASSE Straße") == "strasse strasse"


@pytest.mark.parametrize(
    "raw",
    [
        "usb  charging cable",  # two spaces: two runs of words
        "usb charging cable2m 3.5mm jack",
        "kids toy (pack of 3) blue, red & green",
        "abc 12 def 3.x y.z .5 4..",
        " lead trail ",
        "a/b 1/18 scale+c",
        "(pack of 3)(x) a ,b , c",
    ],
)
def test_ascii_token_runs_read_as_single_tokens(raw):
    """The ASCII tokenizer matches a run of tokens one space apart at once: the text is the one that a match per
    token gives (the ASCII branch's single-token pattern, applied to the same prepared text)."""
    import importlib
    import re

    module = importlib.import_module("crossguard.engine.classification.normalise")  # the package exports the function

    single = re.compile(module._ASCII_TOKEN_ONE)
    text = module._RATIO_RE.sub(module.RATIO, raw.replace(". ", " | "))
    per_word = " ".join(single.findall(text)).encode().translate(module._ASCII_MARKS).decode()
    per_word = module._tidy_breaks(per_word) if any(mark in per_word for mark in "|,>") else per_word
    assert normalise(raw) == per_word


# The ASCII path has two ways to the same output: the regexes (run by the interpreter) and one loop over the
# characters (`_ascii_tokens`, used when the module runs compiled). The loop is plain Python too, so it is held to
# the regexes here whether or not anything was compiled.
ASCII_CASES = [
    "usb charging cable 2 m",
    "dynex | 3.9 hdmi cable | black",
    "10000mah power bank, iphone15 compatible",
    "1\u222618 diecast , 1\u222643 scale",
    "(new) [2 pack] {kids} <toys> !? ; : \"quoted\"",
    ", | > word , > | end ,",
    "| , ,",
    "v2.. x 3.5.7 a&b c/d e+f",
    "lego\u2019s 3. 4",
    "a , , b | , c > , d",
    "...",
    "",
]


def _by_regexes(text: str) -> str:
    out = " ".join(normalise_module._ASCII_TOKEN.findall(text)).encode().translate(normalise_module._ASCII_MARKS)
    tokens = out.decode()
    return normalise_module._tidy_breaks(tokens) if ("|" in tokens or "," in tokens or ">" in tokens) else tokens


@pytest.mark.parametrize("text", ASCII_CASES)
def test_the_character_loop_tokenises_as_the_regexes(text):
    assert normalise_module._ascii_tokens(text) == _by_regexes(text)


def test_the_character_loop_tokenises_as_the_regexes_on_random_texts():
    rnd = random.Random(14)
    alphabet = "ab9 .,|>;:()&/+-'\"!\u2236_"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert normalise_module._ascii_tokens(text) == _by_regexes(text), text


def test_the_loop_runs_exactly_when_the_module_is_compiled():
    compiled_file = not normalise_module.__file__.endswith(".py")
    assert normalise_module.COMPILED is compiled_file
    if compiled_file:  # the loop's typed form: C functions the module exports, which only the .pxd declares
        assert {"normalise", "_ascii_tokens", "_tidy_breaks"} <= set(getattr(normalise_module, "__pyx_capi__", {}))


def test_a_str_subclass_is_read_as_its_text():
    """Compiled or not, a str subclass (an enum member a caller passes) normalises as the plain string."""
    from enum import StrEnum

    class Kind(StrEnum):
        CAMERA = "Toy Camera"

    assert normalise_module.normalise(Kind.CAMERA) == normalise_module.normalise("Toy Camera") == "toy camera"
