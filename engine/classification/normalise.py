"""Text normalisation shared by the vocabulary (at load time) and product texts (at classification time).

Both sides go through the same function, so a synonym written `T-Shirt` in the YAML matches `t shirt`,
`T‑SHIRT` (non-breaking hyphen) or `ｔ－ｓｈｉｒｔ` (full width) in a title. The output is lower case
(casefolded) with exactly one space between tokens, so a word boundary is always a space and the automaton
can match Latin phrases padded with spaces, never inside a word:

- letters and digits are split ("10000mAh" -> "10000 mah", "iPhone15" -> "iphone 15"), and so are Latin and
  CJK runs ("蓝牙speaker" -> "蓝牙 speaker");
- ` | ` marks a hard phrase break (bracket, " - ", full stop, colon...), ` ¦ ` a comma, ` › ` a category path
  separator (">", "»"); the title reader splits noun phrases there;
- apostrophes and trade marks are dropped ("kids'" = "kids", "Dynex™" = "dynex"), and common mojibake
  (`Childrenâ€™s`) is repaired first.
"""

from __future__ import annotations

import re
import unicodedata

try:  # compiled by setup.py, `cython.compiled` is True; run as Python (with or without Cython installed), False
    import cython
except ImportError:  # pragma: no cover - Cython is a build requirement, not a run-time one
    COMPILED = False
else:
    COMPILED = cython.compiled

SEGMENT_BREAK = "|"
SOFT_BREAK = ","  # a comma: ends a noun phrase but continues a "for ..." list ("for iPad 2, iPad 3")
PATH_SEPARATOR = ">"  # between the segments of a category path
BREAKS = (SEGMENT_BREAK, SOFT_BREAK, PATH_SEPARATOR)
RATIO = "∶"  # scale ratios ("1:18", "1/18") are one token, written with U+2236

# Common UTF-8-read-as-cp1252 sequences; used when a whole-string repair is not possible.
_MOJIBAKE = (
    ("â€™", "'"),
    ("â€˜", "'"),
    ("â€œ", '"'),
    ("â€\x9d", '"'),
    ("â€“", "-"),
    ("â€”", "-"),
    ("â€¦", "..."),
    ("â€", '"'),
    ("Ã©", "é"),
    ("Ã¨", "è"),
    ("Ã¼", "ü"),
    ("Ã¶", "ö"),
    ("Ã¤", "ä"),
    ("ÃŸ", "ß"),
    ("Ã§", "ç"),
    ("Ã±", "ñ"),
    ("Â ", " "),
    ("Â", ""),
)
_MOJIBAKE_MARKERS = ("â€", "Ã", "Â")

_APOSTROPHES = {ord(ch): None for ch in "'’‘`´ʼ"}  # "kids'" = "kids", "men's" = "mens"
# NFKC would turn "™" into "tm"; drop the marks before it runs (on ASCII text they are simply not tokens).
_PRE_NFKC: dict[int, str | None] = {**_APOSTROPHES, **{ord(ch): None for ch in "™®©℠"}}

# cdfr55: the accents of French (and Spanish, Portuguese, Scandinavian) words, folded on both sides, so a title or path
# written without them ("SECHE-LINGE", "DEGUISEMENT", "Batterie telephone", as Cdiscount's upper-case tree and many
# French sellers write) matches the vocabulary's "sèche linge", "déguisement", "batterie téléphone", and the reverse.
# Not ä ö ü ß to a bare vowel: German's umlauts name other words ("für" is no "fur", "Bär" no "bar"); de57 folds them
# to their written-out spellings instead (below).
# review55: nor Spanish ñ, a letter of its own and no accent: folded, the vocabulary's "niño", "niña" (child words)
# read the names Nino and Nina ("Nino Percussion ... Cymbal" read a child's toy), as "años" would read "anos"
_ACCENTS = "àáâãåāçćčèéêëēėęìíîïīńòóôõøōùúûūýÿ"
_FOLDED = "aaaaaaccceeeeeeeiiiiinoooooouuuuyy"
# de57: German's umlauts and ß are written out as German writes them without the letters (a shop's ASCII feed, an old
# keyboard: "Kopfhoerer", "Huelle", "Beissring"): ä -> ae, ö -> oe, ü -> ue, ß -> ss, on both sides, so "Kopfhörer" and
# "Kopfhoerer" read alike and the vocabulary's umlaut words still match (they fold the same way). Not to a bare vowel:
# "für" stays no "fur" ("fuer"), "Bär" no "bar" ("baer"). No English or French word is touched (none holds the
# letters; "aero", "queue", "coeur" are what they were), and no folded vocabulary word meets another type's word.
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_FOLD: dict[int, str] = {
    **{ord(a): b for a, b in zip(_ACCENTS, _FOLDED, strict=True)},
    **{ord(a.upper()): b.upper() for a, b in zip(_ACCENTS, _FOLDED, strict=True) if a.upper() != a},
    ord("œ"): "oe", ord("Œ"): "OE", ord("æ"): "ae", ord("Æ"): "AE",
    # toy69: cp1252's Œ and œ read as Latin-1 arrive as the C1 controls U+008C and U+009C, which no text uses
    # otherwise (150 Cdiscount paths: "CACHE C\x8cUR", "N\x8cUD PAPILLON", "\x8cUF VIBRANT", "\x8cUFS SONORES")
    0x8C: "OE", 0x9C: "oe",
    **{ord(a): b for a, b in _UMLAUTS.items()},
    **{ord(a.upper()): b.upper() for a, b in _UMLAUTS.items() if a != "ß"},
    ord("ẞ"): "SS",
}
_FOLD_TABLE = str.maketrans(_FOLD)
# speed56: a text holding none of the characters `_FOLD_TABLE` maps comes back from it as it was: one search for them
# (`_FOLDS`, in C) costs a fraction of the table's look-up of every character of a non-ASCII text
_FOLDS = re.compile("[" + "".join(sorted(map(chr, _FOLD))) + "]")
# cdfr55: a French elision ("taie d'oreiller", "purificateur d'air", "l'ourson", "qu'il") is two words: the apostrophe
# becomes a space, so the title reads "taie d oreiller" as the vocabulary writes it, where dropping the apostrophe gave
# "doreiller". Only a lone elided letter (or "qu") before a vowel or h: "kids'", "men's", "rock 'n' roll" keep theirs.
_ELISION = re.compile(r"(?<![^\W\d_])(qu|[cdjlmnst])['’](?=[aeiouyhàâéèêëîïôûœ])", re.IGNORECASE)
# speed56: every character the pattern's letter before the apostrophe and its vowel after it can be (as
# re.IGNORECASE reads them: "ſ" is an s, "İ" and "ı" are i's; tests/classification/test_speed56.py checks both against
# the pattern over every code point). An apostrophe with neither around it ("men's", "kids'", "rock 'n' roll") is no
# elision, and the pattern, tried at every character, is not run (`_may_elide`).
_ELIDED_LETTERS = frozenset("cdjlmnstuCDJLMNSTU\u017f")
_ELISION_VOWELS = frozenset("aeiouyhAEIOUYHàâéèêëîïôûœÀÂÉÈÊËÎÏÔÛŒ\u0130\u0131")
_COMMON = str.maketrans(
    {
        "™": "",
        "®": "",
        "©": "",
        "℠": "",
        "’": "",
        "‘": "",
        "ʼ": "",
        "´": "",
        "–": " - ",
        "—": " - ",
        "“": '"',
        "”": '"',
        "\u00a0": " ",
        "•": "|",
        "…": "|",
        "×": "x",
        **_FOLD,
    }
)
_CJK = "\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_HARD = ';:!?()[]{}<|"“”„«»‹…•·・；：！？（）｜【】《》〈〉「」『』〔〕'
_JUNK = ".*#~^=\\_@$%™®©℠°\t\n\r\u00a0\u3000"
_DASHES = "‐‑‒–—―−﹣－⁃"
# One 1:1 table, so str.translate takes its fast path: phrase breaks become "|", commas ",", path arrows ">",
# junk a space; "&", "/", "+" are kept (padded later), hyphens become spaces after " - " was turned into a break.
_MARKS = str.maketrans(
    {
        **{ch: SEGMENT_BREAK for ch in _HARD},
        **{ch: " " for ch in _JUNK + "-" + _DASHES},
        **{chr(code): SEGMENT_BREAK for code in range(0x3000, 0x3040)},
        "，": SOFT_BREAK,
        "、": SOFT_BREAK,
        "›": PATH_SEPARATOR,
        "\x1d": ".",
        **{ch: None for ch in "'`´’‘ʼ"},
    }
)
_RATIO_RE = re.compile(r"(?<=\d)\s?[:/]\s?(?=\d)")
# s81: a decimal comma (French and German "14,4V", "2,4 GHz", "1,5 m") is the number's point, not a phrase break: the
# comma otherwise cut "14,4V-LI" into "14" and "4 v li" (a cordless tool lost its battery) and "2,4 GHz" into "2" and
# "4 ghz" (a model lost its radio link). One or two digits after it only: three are an English thousands group
# ("1,200 Piece", review74c), which stays apart
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d\d?(?!\d))")
# Whether a comma is followed by a digit at all: a literal-first pattern the regex engine finds by a fast scan, so most
# texts with commas (", " in a list, a description's prose) skip the look-behind pattern above (it cost 1 % a product)
_COMMA_DIGIT = re.compile(r",\d")
_NUMBER = re.compile(r"\d+(?:[∶.]\d+)*")  # numbers are tokens: "4gb" -> "4 gb", "i5" -> "i 5"
_SCRIPT = re.compile(rf"(?<=[{_CJK}])(?=[^{_CJK}\s])|(?<=[^{_CJK}\s])(?=[{_CJK}])")  # 蓝牙speaker -> 蓝牙 speaker
# A slash between two CJK words lists alternatives as "、" does (Tmall's and 1688's category names:
# "童装/婴儿装/亲子装", "女装/女士精品"): a comma, so each alternative ends its phrase. Between digits it is a scale
# ("1/18", `_RATIO_RE`) and between Latin words it is kept ("Dresses/Skirts").
_CJK_SLASH = re.compile(rf"(?<=[{_CJK}])\s*/\s*(?=[{_CJK}])")
# Chinese shop words a seller writes before or after the product noun, with no space ("手机包邮", "童装新款",
# "2024新款女装连衣裙"): free shipping, genuine, new season, hot seller, in stock, best seller, special price,
# clearance, flash sale, wholesale, drop-shipping, factory direct, "as seen on". They name no product and end the
# noun phrase as a comma does: 包邮 otherwise joins the noun before it into a bag (手机包, 电脑包: "平板电脑包邮"
# read a laptop bag), and a word that names the product only at the end of its phrase (童装, 女装) is no longer at
# the end with "新款" after it.
# After 背 or 钱 the 包 is the bag's own (背包 backpack, 钱包 wallet: "双肩背包邮" is a backpack, and neither 背 nor 钱
# alone is a product), so only the 邮 there is the shop word's (review39b).
_SHOP_WORDS = re.compile("(?<![背钱])包邮|正品|新款|热卖|现货|爆款|特价|清仓|秒杀|批发|一件代发|厂家直销|同款")
_DASH_WORD = re.compile(rf"(?:^|(?<=\s))[-{_DASHES}]+(?=\s|$)")
# kidtoy52b: an age range written with a spaced dash ("(6 - 8 years)", "3 - 5 Years", "0 – 6 months") is one range,
# not two phrases: the dash between its numbers joins them as "6-8 years" does ("6 8 years"). Only before an age
# unit, so "2 - 3 Pack" or a model's "500 - 12" still breaks; the search runs only on texts holding such a unit.
# fr59: and a French one ("Robe fille 3 - 4 ans", "Body 6 - 12 mois"), as "3-4 ans" reads
_SPACED_AGE = re.compile(rf"(?<=\d) +[-{_DASHES}] +(?=\d{{1,2}} ?(?:years?|yrs?|months?|mths?|ans|mois)\b)")
# fr59: the folded accents made the participle "télécommandé" (remote-controlled: "Hélicoptère télécommandé", an RC
# model, radio) the noun "télécommande" (a remote control); its final "é" is written "ee" before the fold, as the
# feminine "télécommandée" folds ("télécommandés" -> "telecommandees", the noun's plural "télécommandes" stays), and
# "radiocommandé" with it. A capitals title that drops the accent ("HELICOPTERE TELECOMMANDE") cannot be told apart
# and reads as before: the vocabulary lists the models' names in that spelling too.
_COMMANDED = re.compile(r"(?<=command)é(?=s?(?![^\W\d_]))", re.IGNORECASE)
# ASCII fast path: numbers (with decimals and ratios), words, and the punctuation that means something. A run of
# tokens one space apart is one match ("usb charging cable 2 m"): joined with spaces, the matches give the same text
# as one match per token, and each match costs the regex engine a round trip.
_ASCII_TOKEN_ONE = r"[a-z]+|[0-9][0-9.∶]*|[|,>&/+;:!?()\[\]{}<\"]"
_ASCII_TOKEN = re.compile(rf"(?:{_ASCII_TOKEN_ONE})(?: (?:{_ASCII_TOKEN_ONE}))*")
# As bytes: str.translate looks each character up in a dict (about 1 us a title); bytes.translate is one table pass,
# exact on UTF-8 (the table maps only ASCII bytes, and no byte of a multi-byte character is ASCII).
_ASCII_MARKS = bytes.maketrans(b';:!?()[]{}<"', SEGMENT_BREAK.encode() * 12)
_RUN = re.compile(r"[|,>](?: [|,>])+")
_STRENGTH = {SOFT_BREAK: 0, SEGMENT_BREAK: 1, PATH_SEPARATOR: 2}
_DECIMAL = re.compile(r"\d\.\d")
_DECIMAL_MARK = "\x1d"
_DIGIT = re.compile(r"\d")
# Dots that do not end a phrase (dots43). A full stop breaks the phrase, but a dot after an abbreviation does not:
# "Funko Mr. Monopoly Wacky Wobbler" must keep "mr monopoly" (a negative context) and "L.O.L. Surprise! Confetti Pop"
# its line "lol surprise". Two kinds, both read before ". " becomes a break:
# - dotted initialisms, single letters joined by dots ("L.O.L.", "U.S.A.", "R.C.", "e.g."), are one word ("lol");
#   two letters need the closing dot ("R.C."), so "y.z" or a file name is not one;
# - a closed list of abbreviations a seller writes with a dot, which a sentence seldom ends with: personal titles
#   (Mr., Dr., St. as Saint or Street), company forms (Ltd., Co., Corp.), "incl." and German "inkl." (s87: "Coolpix
#   A10 schwarz inkl. Tasche" read the bag), "Jr."/"Sr.", "Mt.", never
#   after a number ("5 ms." is milliseconds). Not "Inc.", often "including" in a title ("Cookery Set Inc. Apron and
#   Whisk": the break before what is included is right), nor "vs.", which joins two names of which neither
#   qualifies the other ("Mask Maker vs. Skull Grinder" is no grinder). "No.", "Vol." and "approx." only before a
#   number ("No. 5" reads "number 5", "Vol. 2" "vol 2", "approx. 30 cm"): "no" before a word is a negation ("no
#   batteries"), and a measurement often ends its sentence with "approx.".
# A sentence end after any other word ("... for kids. Batteries included") still breaks.
_ABBREVIATIONS = frozenset(("mr", "mrs", "ms", "dr", "st", "jr", "sr", "mt", "ltd", "co", "corp", "incl", "inkl"))
_BEFORE_NUMBER = {"no": "number", "vol": "vol", "approx": "approx"}
_RUN_ON = _ABBREVIATIONS | frozenset(_BEFORE_NUMBER)
_OPENERS = "([{<\"'"  # before a word: "(Mr. Bean)"
# Initialisms elsewhere ("(U.S.A.)", "L.O.L.!", "U.S.A" at the end); every one holds ".x." (the cheap test first).
_INITIAL_DOTS = re.compile(r"\.[a-z]\.")
_INITIALISM = re.compile(r"(?<![\w.])(?:(?:[a-z]\.){2,}(?!\w)|[a-z](?:\.[a-z]){2,}(?![\w.]))")
_NUMBER_SIGN = re.compile(r"(?<![\w.])no\.(?=\d)")  # "no.5"
# Model codes that begin with, or hold, a radio word's letters (radio50): "BT" (Bluetooth), "RC" (radio control),
# "RF" and "TV" glued to a number of two digits or more, or joined to it by a hyphen, are a maker's code, not the word:
# "Binaltech BT-21", "Toy Farm BT2030", "Roco RC44002", "REDMOMD RF-510" hair dryer, "Le Toy Van TV270", "Oxford
# 76TV001". Splitting letters from digits would make them "bt 21", "rf 510", so the letters are dropped and the
# number stays. One digit is a version or a count and keeps the word ("BT5.0", "BT 4.2", "RC1:10"), and so does an
# RF band (315, 433, 868, 915 MHz: "RF433 Receiver" is a radio module).
_RADIO_CODE = re.compile(r"(?<![a-z0-9])(?:bt|rc|tv|rf(?!315|433|868|915))-?(?=\d\d)|(?<=\d)(?:bt|rc|tv|rf)(?=\d)")
# Funko's "Pop!" line: its "!" is part of the name, not a phrase break, so "Pop! TV: ..." reads as "pop tv", which
# the global negative contexts hold (radio50: "Pop! TV: Sherlock Holmes - Violin" read a television)
_POP_LINE = re.compile(r"(?<![a-z0-9])pop!(?= ?[a-z0-9])")
# Where either pattern can match (`_code_marks`, norm51): a radio word's letters before a digit, directly or across a
# hyphen, for `_RADIO_CODE` (`_CODE_QUICK` is that test as a pattern, the interpreter's way), and "pop!" for
# `_POP_LINE`. Each is a flag of the small int `_code_marks` returns. (radio50 tested a digit after any t, c, f or v:
# 2.8 % of titles then ran the code pattern, twice; the letter pairs leave 0.05 %.)
_CODE_QUICK = re.compile(r"(?:bt|rc|rf|tv)-?\d")
_MAY_HOLD_CODE = 1
_HOLDS_POP = 2


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252 (`Childrenâ€™s`), as seen in real recall feeds."""
    if not any(marker in text for marker in _MOJIBAKE_MARKERS):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        for bad, good in _MOJIBAKE:
            text = text.replace(bad, good)
        return text


def normalise(text: str) -> str:
    """Lower-case, width-fold and punctuation-fold `text` so the automaton sees one spelling per word."""
    if not text:
        return ""
    if "," in text and _COMMA_DIGIT.search(text) is not None:
        text = _DECIMAL_COMMA.sub(".", text)  # "14,4V" is "14.4V" (s81)
    if ("é" in text or "É" in text) and ("mand" in text or "MAND" in text):
        text = _COMMANDED.sub("ee", text)  # "télécommandé" is no "télécommande" (fr59)
    if ("'" in text or "’" in text) and _may_elide(text):
        text = _ELISION.sub(r"\1 ", text)
    ascii_text = text.isascii()
    common = False  # whether `_COMMON` ran (and folded the accents)
    if not ascii_text and "â" not in text and "Ã" not in text:
        text = text.translate(_COMMON)  # ™ ® ’ – “ ”...: most "non-ASCII" titles are ASCII after this
        ascii_text = text.isascii()
        common = True
    if ascii_text:  # the common case: NFKC and casefold change nothing but case; one regex pass tokenises
        text = text.lower()
        if COMPILED:  # one loop over the characters, in C (normalise.pxd types it): a fraction of the regexes' cost
            # The loop also sees where a model code or "pop!" may be, and then gives None (55 of the catalog's 60,005
            # ASCII titles and categories): the text is read for them (`_codes_and_lines`) and the steps run again,
            # so no pass of its own looks for them first (norm51: that pass and its searches cost about 1,600 of
            # 10,200 instructions a title). Exact: the steps keep every code's letters, hyphen and digits and every
            # "pop!" as they were (they change only dots, apostrophes, spaced dashes and a ratio's marks), so the
            # loop sees each text `_codes_and_lines` would change; one it sees that way only after the steps ("bt'21")
            # comes back from `_codes_and_lines` as it was, and the second run ends as the first would have.
            out = _ascii_tokens(_ascii_steps(text), True)
            return out if out is not None else _ascii_tokens(_ascii_steps(_codes_and_lines(text, 3)))  # (both marks)
        # letters and spaces only (ASCII, lower case): nothing to split or map (compiled, the loop sees that in the
        # same pass as it reads the words). A text that is so only once its apostrophes go ("kids' toys") takes the
        # regexes, which give the same.
        if text.replace(" ", "").isalpha():
            return " ".join(text.split())
        marks = _code_marks_by_patterns(text)
        if marks:
            text = _codes_and_lines(text, marks)
        out = " ".join(_ASCII_TOKEN.findall(_ascii_steps(text))).encode().translate(_ASCII_MARKS).decode()
        return _tidy_breaks(out) if ("|" in out or "," in out or ">" in out) else out
    else:
        if common:
            # (speed56) `_COMMON` dropped every mark `_PRE_NFKC` drops but the ASCII "'" and "`", and folded â, Â
            # and Ã, so no mojibake marker is left for `repair_mojibake`: the same text without two look-ups of
            # every character
            if "'" in text:
                text = text.replace("'", "")
            if "`" in text:
                text = text.replace("`", "")
        else:
            text = repair_mojibake(text).translate(_PRE_NFKC)
        text = unicodedata.normalize("NFKC", text).casefold()
        if _FOLDS.search(text) is not None:  # (speed56: after `_COMMON`, only what NFKC composes: "e" + U+0301)
            text = text.translate(_FOLD_TABLE)
        marks = _code_marks(text) if COMPILED else _code_marks_by_patterns(text)
        if marks:
            text = _codes_and_lines(text, marks)
        if "-" in text or "–" in text or "—" in text or "−" in text:
            text = _DASH_WORD.sub(SEGMENT_BREAK, _joined_age_ranges(text))
    if (":" in text or "/" in text) and _may_hold_ratio(text):
        text = _RATIO_RE.sub(RATIO, text)  # 1:18, 1/18 scale -> one token
    if "." in text:
        text = _full_stops(text)  # a full stop ends a phrase, an abbreviation dot does not
        if "." in text:
            text = _DECIMAL.sub(_keep_decimal, text)  # 13.3 keeps its point; other dots become spaces
    if "/" in text:
        text = _CJK_SLASH.sub(SOFT_BREAK, text)
    # speed56: the shop words and the script boundaries are CJK's, and no step from here on adds a CJK character: a
    # text with none (a French or German title) skips both patterns after one search for one
    cjk = not ascii_text and _CJK_CHAR.search(text) is not None
    if cjk:
        text = _SHOP_WORDS.sub(SOFT_BREAK, text)
    text = text.translate(_MARKS)
    for mark in "|,>&/+":
        if mark in text:
            text = text.replace(mark, f" {mark} ")
    if _DIGIT.search(text) is not None:
        text = _NUMBER.sub(_pad, text)
    if cjk and _CJK_CHAR.search(text) is not None:
        text = _SCRIPT.sub(" ", text)
    return _tidy_breaks(" ".join(text.split()))


def _may_elide(text: str) -> bool:
    """False when `_ELISION` cannot change `text`: no apostrophe has one of the letters it elides before it
    (`_ELIDED_LETTERS`) and a vowel or h after it (`_ELISION_VOWELS`). Looking at the apostrophes' neighbours costs a
    fraction of the pattern, whose look-behind is tried at every character, and most apostrophes in a catalog are
    English ones ("Men's", "Kids'": speed56)."""
    for mark in "'’":
        at = text.find(mark, 1)
        while at != -1:
            if text[at - 1] in _ELIDED_LETTERS and text[at + 1 : at + 2] in _ELISION_VOWELS:
                return True
            at = text.find(mark, at + 1)
    return False


def _joined_age_ranges(text: str) -> str:
    """`text` with each age range written with a spaced dash joined ("6 - 8 years" -> "6 8 years", as "6-8 years"
    reads): before the dash breaks phrases, in both paths (kidtoy52b). The pattern runs only on a text naming a unit."""
    if "year" in text or "yr" in text or "month" in text or "mth" in text or "ans" in text or "mois" in text:
        return _SPACED_AGE.sub(" ", text)
    return text


def _ascii_steps(text: str) -> str:
    """What the ASCII path does to lower-case `text` before it reads the tokens: dashes, dots, apostrophes, ratios."""
    if "-" in text:
        if " - " in text:
            text = _joined_age_ranges(text)
        text = text.replace(" - ", " | ").replace(" -- ", " | ")  # a dash between words breaks the phrase
    if "." in text:
        text = _full_stops(text)  # a full stop ends a phrase, an abbreviation dot does not; "3.9" stays one token
    if "'" in text:
        text = text.replace("'", "")
    if (":" in text or "/" in text) and _may_hold_ratio(text):
        text = _RATIO_RE.sub(RATIO, text)  # 1:18, 1/18 scale -> one token
    return text


def _codes_and_lines(text: str, marks: int) -> str:
    """Drop the radio-word letters of a model code (`_RADIO_CODE`) and the "!" of Funko's "Pop!" (`_POP_LINE`) in
    lower-case `text`, as far as `marks` (`_code_marks`) says either can be there. Neither rewrite changes what the
    other looks at ("pop!" becomes "pop ", and neither "!" nor " " is a letter, a digit or a hyphen), so the marks
    of the text before the first still hold for the second."""
    if marks & _HOLDS_POP:
        text = _POP_LINE.sub("pop ", text)
    if marks & _MAY_HOLD_CODE:
        text = _RADIO_CODE.sub(" ", text)  # no search first: a text without a code comes back as it was
    return text


def _radio_letters_before(text: str, at: int) -> bool:
    """True when the characters before `at` in `text` are "bt", "rc", "rf" or "tv", or one of them and a hyphen: the
    letters every `_RADIO_CODE` match holds, when a digit is at `at`."""
    if at >= 1 and text[at - 1] == "-":
        at -= 1
    if at < 2:
        return False
    first = text[at - 2]
    second = text[at - 1]
    return (first == "b" and second == "t") or (first == "r" and (second == "c" or second == "f")) or (
        first == "t" and second == "v")


def _pop_before(text: str, at: int) -> bool:
    """True when "pop" is before `at` in `text` (a "!" there is Funko's: `_POP_LINE`)."""
    return at >= 3 and text[at - 3] == "p" and text[at - 2] == "o" and text[at - 1] == "p"


def _code_marks(text: str) -> int:
    """Which of `_codes_and_lines`'s rewrites can change lower-case `text`: `_MAY_HOLD_CODE` when a digit follows
    "bt", "rc", "rf" or "tv", directly or across a hyphen (every `_RADIO_CODE` match is one such), `_HOLDS_POP` when
    it holds "pop!" (every `_POP_LINE` match does). 0 for nearly every text (0.05 % of the catalog's titles and
    categories hold such a code, 0.04 % "pop!"), and then neither pattern runs.

    One pass over the characters, C when compiled (normalise.pxd types it); the interpreter asks the same of two
    searches instead (`_code_marks_by_patterns`), which cost microseconds a text compiled (a pattern with no literal
    start is tried at every character). Compiled, the ASCII path does not call either: `_ascii_tokens` looks in the
    pass that reads the tokens. tests/classification/test_normalise.py holds the three ways to each other."""
    marks = 0
    last = " "
    for i, ch in enumerate(text):
        if "0" <= ch <= "9":
            if not "0" <= last <= "9" and _radio_letters_before(text, i):  # (the first digit of a number)
                marks |= 1  # (_MAY_HOLD_CODE)
        elif ch == "!" and _pop_before(text, i):
            marks |= 2  # (_HOLDS_POP)
        last = ch
    return marks


def _code_marks_by_patterns(text: str) -> int:
    """`_code_marks` by a pattern and a search, the interpreter's way (`_CODE_QUICK`: a loop over the characters is
    slow there)."""
    marks = _MAY_HOLD_CODE if _CODE_QUICK.search(text) is not None else 0
    if "pop!" in text:
        marks |= _HOLDS_POP
    return marks


def _may_hold_ratio(text: str) -> bool:
    """False when `_RATIO_RE` cannot change `text`: no ":" or "/" has a digit one or two characters before it and one
    or two after it (the pattern is a digit, one optional space, the mark, one optional space, a digit; `isdigit`
    takes more than the pattern's digits, so it only ever lets the pattern run). Finding the marks costs a fraction
    of the pattern, whose look-behind is tried at every character, and half the texts that hold a mark hold no ratio
    ("Dresses/Skirts", "Size: M", "w/ Case": speed44)."""
    for mark in ":/":
        at = text.find(mark)
        while at != -1:
            before = text[max(at - 2, 0) : at]
            after = text[at + 1 : at + 3]
            if (before[-1:].isdigit() or before[:1].isdigit()) and (after[:1].isdigit() or after[-1:].isdigit()):
                return True
            at = text.find(mark, at + 1)
    return False


def _ascii_tokens(text: str, codes: bool = False) -> str | None:
    """The ASCII path's result in one pass over the characters: what the regex `_ASCII_TOKEN`, the table
    `_ASCII_MARKS` and `_tidy_breaks` give, in that order. With `codes`, None instead where `_code_marks(text)`
    would not be 0: a number begins after a radio word's letters, directly or across a hyphen
    (`_radio_letters_before`), or a "!" follows "pop" (`normalise` then reads them first).

    `text` is lower-case ASCII (and "∶", the ratio mark). A token is a run of letters, a number (a digit, then
    digits, points and ratio marks) or one mark; any other character only separates tokens. A run of breaks is
    one break, the strongest (`_strongest`), and none is kept at either end. Compiled with the types of
    normalise.pxd this loop is C; run by the interpreter it is slower than the regexes, so `normalise` calls it only
    compiled (tests/classification/test_normalise.py holds the two ways to the same output).
    """
    tokens = []
    start = 0
    state = 0  # in no token (0), in a word (1), in a number (2)
    last_break = " "  # the break the last token is, or " " (the last token is a word, or there is none)
    # Most texts are their own output (words and numbers one space apart): while that holds, no token is cut out;
    # `done` is where the output so far ends, and the first difference turns text[:done] into one token.
    clean = True
    done = 0
    for i, ch in enumerate(text):
        if "a" <= ch <= "z":
            kind = 1
        elif "0" <= ch <= "9" or (state == 2 and (ch == "." or ch == "\u2236")):  # (RATIO)
            kind = 2
        else:
            kind = 0
        if kind != state:
            # a number begins after a letter or a hyphen (most begin after a space)
            if kind == 2 and codes and (state == 1 or (i and text[i - 1] == "-")) and _radio_letters_before(text, i):
                return None
            if state:  # a word or a number ends here
                if clean:
                    done = i
                else:
                    tokens.append(text[start:i])
                last_break = " "
                if kind and clean:  # a word against a number ("iphone15"): the output splits them
                    clean = False
                    tokens.append(text[:done])
            start = i
            state = kind
        if kind:
            continue
        if clean and not (ch == " " and done == i and i):  # anything but one space after a token
            clean = False
            if done:
                tokens.append(text[:done])
        if ch in "&/+":
            tokens.append(ch)
            last_break = " "
        elif ch in '|,>;:!?()[]{}<"':
            if ch == "!" and codes and _pop_before(text, i):
                return None
            if ch != "," and ch != ">":
                ch = "|"  # (SEGMENT_BREAK)
            if last_break == " ":
                tokens.append(ch)
                last_break = ch
            elif ch == ">" or (ch == "|" and last_break == ","):  # the stronger of two breaks in a row (_STRENGTH)
                tokens[-1] = ch
                last_break = ch
    if clean:
        return text if state else text[:done]
    if state:
        tokens.append(text[start:])
        last_break = " "
    if last_break != " ":
        tokens.pop()
    if tokens and tokens[0] in BREAKS:
        del tokens[0]
    return " ".join(tokens)


def _full_stops(text: str) -> str:
    """Read the dots of lower-case `text`: a full stop (". ") breaks the phrase (" | "), except after an initialism or
    a listed abbreviation (`_ABBREVIATIONS`, `_BEFORE_NUMBER`), which lose their dots and run on.

    "l.o.l. surprise" -> "lol surprise", "mr. monopoly" -> "mr monopoly", "no. 5" -> "number 5", "for kids. batteries"
    -> "for kids | batteries". A split on ". " and a test of the word before each, not one regex over the text: a
    pattern with look-behinds tried at every character cost more than the rest of normalising a description.
    """
    initials = _INITIAL_DOTS.search(text) is not None  # every initialism holds ".x." (called only on a text with a dot)
    if ". " in text:
        parts = text.split(". ")
        # most texts: no initialism, and no listed word before any full stop: every full stop breaks
        if not initials and _RUN_ON.isdisjoint([part[part.rfind(" ") + 1 :].lstrip(_OPENERS) for part in parts[:-1]]):
            text = " | ".join(parts)
        else:
            out = [parts[0]]
            for part in parts[1:]:
                out.append(" " if _runs_on(out, part) else " | ")
                out.append(part)
            text = "".join(out)
    if "no." in text:
        text = _NUMBER_SIGN.sub("number ", text)
    if initials:
        text = _INITIALISM.sub(_undot, text)
    return text


def _runs_on(out: list[str], after: str) -> bool:
    """True when the ". " between `out[-1]` and `after` is an abbreviation's dot; `out[-1]` is then rewritten (an
    initialism without its dots, "no" as "number"). String operations, no regex: this runs at every full stop of a
    description."""
    before = out[-1]
    head, _, word = before[-12:].rpartition(" ")
    if len(word) >= 12 or not word:
        return False
    bare = word.lstrip(_OPENERS)
    if bare in _ABBREVIATIONS:
        return not head[-1:].isdigit()  # "5 ms." is milliseconds, and a sentence may end there
    if bare in _BEFORE_NUMBER:
        if not after[:1].isdigit():
            return False
        out[-1] = before[: len(before) - len(bare)] + _BEFORE_NUMBER[bare]
        return True
    if len(bare) >= 3 and len(bare) % 2 and bare[1::2] == "." * (len(bare) // 2) and bare[::2].isalpha():
        out[-1] = before[: len(before) - len(bare)] + bare[::2]  # an initialism, its closing dot the full stop's
        return True
    return False


def _undot(match: re.Match[str]) -> str:
    """An initialism loses its dots."""
    return match.group().replace(".", "")


def _tidy_breaks(out: str) -> str:
    """One break between phrases (the strongest of a run), none at either end."""
    if "| " in out or ", " in out or "> " in out:
        out = _RUN.sub(_strongest, out)
    while out and out[0] in "|,>":
        out = out[1:].lstrip()
    while out and out[-1] in "|,>":
        out = out[:-1].rstrip()
    return out


def _pad(match: re.Match[str]) -> str:
    return f" {match.group()} "


def _keep_decimal(match: re.Match[str]) -> str:
    return match.group().replace(".", _DECIMAL_MARK)


def _strongest(match: re.Match[str]) -> str:
    """A run of breaks is one break: a path separator beats a hard break, which beats a comma."""
    return max(match.group(0).split(" "), key=_STRENGTH.__getitem__)


CJK_MARK = "\x01"
_CJK_CHAR = re.compile(f"([{_CJK}])")


def has_cjk(text: str) -> bool:
    """True if the text contains a CJK character."""
    return _CJK_CHAR.search(text) is not None


def mark_cjk(text: str) -> str:
    """Prefix every CJK character with CJK_MARK (see matcher: keeps the automaton root small)."""
    return _CJK_CHAR.sub(CJK_MARK + r"\1", text)


def is_cjk(char: str) -> bool:
    """True for Han, kana and Hangul: scripts written without spaces, so matched without word boundaries."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2A6DF
    )
