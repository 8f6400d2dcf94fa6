"""Text as the matcher compares it: cleaned, folded, tokenised, stemmed; and how ordinary a word is.

An item and a catalog title compare equal when they say the same thing: mojibake repaired
("Childrenâ€™s", ftfy), HTML removed, accents folded, lower case, possessive "'s" dropped, every token
stemmed (Snowball English) so that "batteries" = "battery", "heated" = "heat". Product types are not
found here: they come from the classifier's vocabulary (``matching.types``).

How ordinary a word is ("white", "generic", "united": everyday English; "Zwoqq": a name) comes from
`wordfreq` rather than a hand list, so a brand column full of colours or marketplace names cannot make
a brand match. wordfreq's word lists ship inside its wheel: nothing is downloaded at run time.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from functools import cache, lru_cache

import ftfy
import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")  # PyStemmer's C code when installed (same stems, faster)
_TAG_RE = re.compile(r"<[^>]*>")
_MOJIBAKE_MARKERS = ("â€", "Ã", "Â", "â„")
_N_IN_N_RE = re.compile(r"\b(\d+)\s*-?\s*in\s*-?\s*(\d+)\b", re.I)
_POSSESSIVE_RE = re.compile(r"(\w)['’]s\b")
_APOS_RE = re.compile(r"['’‘`´]")
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")

#: wordfreq Zipf scale (log10 of frequency per billion words): at or above it a word or phrase is
#: everyday English, below it a name. 3.5 keeps "white" (5.5), "generic" (4.1) and "bicycle" (4.0)
#: ordinary, and uncommon surnames (about 3.4), rare names (2.5) and coinages (0) distinctive.
ORDINARY_ZIPF = 3.5
#: A word at least this common is an English word rather than a name (a qualifier: "heated" socks).
COMMON_ZIPF = 3.0

# Spelling variants that should compare equal after stemming (stem -> canonical stem).
SYNONYM_STEMS: dict[str, str] = {
    "bicycl": "bike", "cycl": "bike", "pyjama": "pajama", "pj": "pajama", "pjs": "pajama", "drier": "dryer",
    "colour": "color", "jewelleri": "jewelri", "tshirt": "tee", "couch": "sofa", "nappi": "diaper",
    "trouser": "pant", "aluminium": "aluminum", "adaptor": "adapt",
}


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("Childrenâ€™s" -> "Children’s"), as the real CPSC feed has.
    Only attempted when typical markers are present, so clean text costs one scan."""
    if not any(m in text for m in _MOJIBAKE_MARKERS):
        return text
    return ftfy.fix_text(text)


def clean(text: str | None) -> str:
    """Readable text: tags removed, entities decoded, mojibake repaired, whitespace collapsed."""
    if not text:
        return ""
    text = fix_mojibake(html.unescape(_TAG_RE.sub(" ", text)))
    text = text.replace("\u00a0", " ").replace("®", " ").replace("™", " ")
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lower-case ASCII with accents removed, possessives dropped and "2-in-1" kept as one token."""
    text = _APOS_RE.sub("", _POSSESSIVE_RE.sub(r"\1", text)).replace("&", " and ")
    if text.isascii():
        ascii_only = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    if "in" in ascii_only:
        ascii_only = _N_IN_N_RE.sub(r"\1in\2", ascii_only)
    return ascii_only


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(fold(text)))


def words(text: str) -> list[str]:
    """Folded word tokens of cleaned text (decimals kept together: "12.5w")."""
    return list(_words(text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem, cached (catalog titles repeat the same few thousand words)."""
    if not word.isalpha():
        return word
    found = _STEMMER.stemWord(word)
    return SYNONYM_STEMS.get(found, found)


def stems(tokens: list[str] | tuple[str, ...]) -> list[str]:
    return [stem(t) for t in tokens]


def stem_set(text: str) -> frozenset[str]:
    """Stems of a space-separated word list (for the word classes)."""
    return frozenset(_STEMMER.stemWord(w) for w in text.split())


@cache
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # imported when first needed: 0.2-0.3 s every CLI start paid

    return get_frequency_dict("en")


@lru_cache(maxsize=100_000)
def zipf(phrase: str) -> float:
    """wordfreq Zipf frequency of a word or phrase in English (0 when unknown).

    A plain lower-case word is looked up in wordfreq's table directly (its tokenizer costs 0.1 ms a call,
    a third of the index build); phrases and words with digits go through `zipf_frequency`."""
    if phrase.isalpha() and phrase.isascii() and phrase.islower():
        freq = _frequencies().get(phrase)
        return round(math.log10(freq) + 9, 2) if freq else 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(phrase, "en")


def is_ordinary(phrase: str) -> bool:
    """An everyday English word or phrase (a colour, "generic", "united", "amazon", "bicycle") or a number."""
    phrase = " ".join(words(phrase))
    return not phrase or phrase.isdigit() or zipf(phrase) >= ORDINARY_ZIPF


_SEGMENT_RE = re.compile(
    r"\s*[,;:|()\[\]{}\"“”]+\s*|\s+[-–—]+\s+|\s*[–—]\s*"
    r"|\s+(?:with|for|by|featuring|includes?|including|compatible|fits|from|in|that|which|w/|plus)\s+"
)


def segments(text: str) -> list[list[str]]:
    """Folded tokens of each part of a title, split at punctuation and at connecting words.

    "Zeph 2-in-1 Smart Fan with White Noise by Qwoo" -> [zeph 2in1 smart fan], [white noise], [qwoo]:
    the head noun of a title is in its first part that says what the product is.
    """
    out = []
    for part in _SEGMENT_RE.split(" " + fold(text) + " "):
        tokens = _TOKEN_RE.findall(part)
        if tokens:
            out.append(tokens)
    return out
