"""norm51: radio50's model-code and "Pop!" step, read without a pass of its own (speed, the same readings).

Compiled, the ASCII path's token loop (`_ascii_tokens` with `codes`) sees where a model code or "pop!" may be and
gives None, and only then are the patterns run; a non-ASCII text is looked at by a loop of its own (`_code_marks`);
the interpreter asks two searches (`_code_marks_by_patterns`). All three are plain Python, so they are held to each
other and to the patterns themselves here, compiled or not.
"""

from __future__ import annotations

import random
import sys

import pytest

from crossguard.engine.classification.normalise import normalise

N = sys.modules["crossguard.engine.classification.normalise"]  # (the package exports the function)

# Each as e406720 read it (compiled and not): the readings did not move.
READINGS = [
    ("Binaltech BT-21 Convoy Transformer", "binaltech 21 convoy transformer"),
    ("Toy Farm BT2030 Tractor with Trailer", "toy farm 2030 tractor with trailer"),
    ("Roco RC44002 Locomotive H0", "roco 44002 locomotive h 0"),
    ("REDMOMD RF-510 Hair Dryer 2000W", "redmomd 510 hair dryer 2000 w"),
    ("Le Toy Van TV270 Wooden Castle", "le toy van 270 wooden castle"),
    ("Oxford Diecast 76TV001 Bus 1:76", "oxford diecast 76 001 bus 1∶76"),
    ("X-BT21 toy", "x 21 toy"),
    ("1rc2 kit", "1 2 kit"),
    ("Dr. RC-12 Car. Batteries", "dr 12 car | batteries"),  # the dots are read first, then the code again
    ("Bluetooth Headphones BT5.0 Wireless", "bluetooth headphones bt 5.0 wireless"),  # one digit: a version
    ("Speaker BT 4.2 Portable", "speaker bt 4.2 portable"),
    ("RC1:10 Monster Truck 2.4GHz", "rc 1∶10 monster truck 2.4 ghz"),
    ("RF433 Receiver Module 433MHz", "rf 433 receiver module 433 mhz"),  # an RF band
    ("TV-5 Retro Game Console", "tv 5 retro game console"),
    ("tv 5 inch LCD", "tv 5 inch lcd"),
    ("rc3 mini car", "rc 3 mini car"),
    ("Kids' BT'21 Headset", "kids bt 21 headset"),  # seen by the loop only after the apostrophe goes: no code
    ("Smart TV 55 inch 4K", "smart tv 55 inch 4 k"),
    ("USB-C Cable 2m", "usb c cable 2 m"),
    ("Funko Pop! TV: Sherlock Holmes - Violin", "funko pop tv | sherlock holmes | violin"),
    ("POP! Vinyl Batman", "pop vinyl batman"),
    ("Pop!Vinyl", "pop vinyl"),
    ("pop ! vinyl figure", "pop | vinyl figure"),
    ("Funko POP!™ Movies: Jaws", "funko pop movies | jaws"),
    ("POP! Rocks: BTS - Jin", "pop rocks | bts | jin"),
    ("Lollipop! Party Bag", "lollipop | party bag"),
    ("无线蓝牙耳机 BT-21 入耳式", "无线蓝牙耳机 21 入耳式"),
    ("ＢＴ－２１ ワイヤレス", "21 ワイヤレス"),
    ("泡泡玛特 POP MART Pop! 手办", "泡泡玛特 pop mart pop | 手办"),  # Funko's "!" is before a Latin word or a number
    ("遥控车 RC-1:16 四驱", "遥控车 rc 1∶16 四驱"),
]


@pytest.mark.parametrize(("raw", "expected"), READINGS)
def test_model_codes_and_pop_read_as_before(raw, expected):
    assert normalise(raw) == expected


def _by_the_loop(raw: str) -> str:
    """The compiled ASCII path, run here whether or not anything is compiled."""
    text = raw.lower()
    out = N._ascii_tokens(N._ascii_steps(text), True)
    return out if out is not None else N._ascii_tokens(N._ascii_steps(N._codes_and_lines(text, 3)))


def _by_the_patterns(raw: str) -> str:
    """The interpreter's ASCII path: the searches, then the regexes."""
    text = raw.lower()
    marks = N._code_marks_by_patterns(text)
    if marks:
        text = N._codes_and_lines(text, marks)
    out = " ".join(N._ASCII_TOKEN.findall(N._ascii_steps(text))).encode().translate(N._ASCII_MARKS).decode()
    return N._tidy_breaks(out) if ("|" in out or "," in out or ">" in out) else out


def _agree(raw: str) -> None:
    text = raw.lower()
    marks = N._code_marks(text)
    assert marks == N._code_marks_by_patterns(text), raw
    if not marks & N._MAY_HOLD_CODE:  # the patterns cannot change what the quick test passes over
        assert N._RADIO_CODE.search(text) is None, raw
    if not marks & N._HOLDS_POP:
        assert N._POP_LINE.search(text) is None, raw
    if text.isascii():
        steps = N._ascii_steps(text)
        # the token loop gives None exactly where the quick tests, asked of the text it reads, are not 0
        assert (N._ascii_tokens(steps, True) is None) == (N._code_marks(steps) != 0), raw
        assert N._ascii_tokens(steps, True) in (None, N._ascii_tokens(steps)), raw
        assert _by_the_loop(raw) == _by_the_patterns(raw), raw


TITLES = [raw for raw, _ in READINGS] + [
    "Rc-Car BT-2 rf-433 remote tv-55",
    "tvtv12 btbt-34 rcrc5 rfrf915 rf868",
    "Headset bt- 21, bt -21, bt--21",
    "pop! pop!! pop!? poppop! p.o.p! pop'!",
    "kids. bt-21. tv 12: rc 1/18 scale",
    "",
]


@pytest.mark.parametrize("raw", TITLES)
def test_the_loops_and_the_patterns_agree(raw):
    _agree(raw)


def test_the_loops_and_the_patterns_agree_on_random_texts():
    rnd = random.Random(51)
    alphabet = "btrcfvpo!-19 .':/"
    for _ in range(30_000):
        _agree("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))))


def test_the_flags_only_let_through_what_the_patterns_would_read():
    # a digit after t, c, f or v alone is no code (radio50's quick test let these through to the pattern)
    for text in ("5 pack 2 set", "usb-c 2m", "gift 12 pcs", "40v drill", "1/64 scale diecast, 2 cars"):
        assert N._code_marks(text) == N._code_marks_by_patterns(text) == 0, text
    assert N._code_marks("bt-21") == N._MAY_HOLD_CODE
    assert N._code_marks("funko pop! tv") == N._HOLDS_POP
    assert N._code_marks("pop! rc12") == N._MAY_HOLD_CODE | N._HOLDS_POP


def test_the_loops_run_in_c_when_compiled():
    if not N.__file__.endswith(".py"):
        exported = set(getattr(N, "__pyx_capi__", {}))
        assert {"_code_marks", "_radio_letters_before", "_pop_before", "_ascii_steps", "_ascii_tokens"} <= exported
