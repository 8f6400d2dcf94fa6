"""Model numbers and GTINs: the strongest evidence an item can give about a SKU.

A model number is a code in a "model/style/item/part number" context (any shape, digits alone
included) or a code mixing letters and digits anywhere; units ("24V", "10,000mAh", "2700K"), sizes
("4x4"), years and "2-in-1" are never codes. A GTIN is 12-14 digits with a valid GS1 check digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import wordclasses as wc

_MODEL_CTX_RE = re.compile(
    r"\b(?:model|style|item|sku|catalog|catalogue|part|product|article|ref|reference|mpn)s?\s*"
    r"(?:numbers?|nos?\.?|#|codes?)?\s*(?::|is|are|include|includes|including|beginning\s+with)?\s*"
    r"(?P<list>[\"“]?[A-Za-z0-9][A-Za-z0-9\-./\"”]*[0-9][A-Za-z0-9\-./\"”]*"
    r"(?:\s*(?:,|and|or|/|&|;)\s*(?:and\s+|or\s+)?[\"“]?[A-Za-z0-9][A-Za-z0-9\-./\"”]*)*)",
    re.I,
)
_MODEL_KEY_RE = re.compile(r"\b(?:model|style|item|part|catalog)s?(?:\s+(?:numbers?|nos?\.?|#|names?))?\b", re.I)
_SENTENCE_END_RE = re.compile(r"\.(?!\d)\s|\.$|;")
_NOT_MODEL_CTX_RE = re.compile(r"(?:serial|lot|date|batch|tracking|registration|case|docket)\s*$", re.I)
CODE_RE = re.compile(r"(?<![\w-])([A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*)(?![\w-])")
_N_IN_N = re.compile(r"^\d+IN\d+$")
_DIM_RE = re.compile(r"^\d+(?:X\d+)+$")
_YEAR_RE = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_ORDINAL_RE = re.compile(r"^\d+(?:ST|ND|RD|TH|S)$")
_GTIN_RE = re.compile(r"(?<!\d)(\d{12,14})(?!\d)")
_GTIN_CTX_RE = re.compile(r"\b(?:UPC|GTIN|EAN|barcode)s?\b[^0-9]{0,20}((?:\d[ -]?){11,13}\d)", re.I)
_SHAPE_A = re.compile(r"[A-Z]+")
_SHAPE_9 = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class ModelNumber:
    raw: str
    norm: str
    where: str  # "title" or "text"
    context: bool  # named as a model/style/item number

    @property
    def strong(self) -> bool:
        """Long mixed codes ("AB-C12", "XYZ008") identify a product alone; "P123" or "7200" do not."""
        return any(c.isalpha() for c in self.norm) and len(self.norm) >= 5


def gtin_valid(code: str) -> bool:
    """GS1 check digit of a 12-14 digit GTIN/UPC/EAN."""
    if not code.isdigit() or len(code) not in (12, 13, 14):
        return False
    digits = [int(c) for c in code]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == digits[-1]


def normalize_gtin(code: str) -> str:
    return code.zfill(14)


def find_gtins(text: str) -> list[str]:
    """Valid 12-14 digit GTINs in text (digits may be spaced after "UPC"/"EAN"), as GTIN-14."""
    out: list[str] = []
    for m in _GTIN_CTX_RE.finditer(text):
        code = re.sub(r"\D", "", m.group(1))
        if gtin_valid(code):
            out.append(normalize_gtin(code))
    for m in _GTIN_RE.finditer(text):
        if gtin_valid(m.group(1)):
            out.append(normalize_gtin(m.group(1)))
    return list(dict.fromkeys(out))


def normalize_code(raw: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", raw.upper())


def code_shape(norm: str) -> str:
    """Letter/digit pattern of a code: "AB12" -> "A9", "5100L" -> "9A" (to tell "another model")."""
    return _SHAPE_A.sub("A", _SHAPE_9.sub("9", norm))


def is_code(raw: str, *, digits_ok: bool = False, context: bool = False) -> bool:
    """A product code: letters with digits (or digits only in a model context), not a unit or size."""
    norm = normalize_code(raw)
    if len(norm) < 3 or len(norm) > 20 or not any(c.isdigit() for c in norm):
        return False
    low = raw.lower().replace(",", "")
    if not context and (wc.UNIT_RE.match(low) or wc.UNIT_RE.match(norm.lower())):
        return False
    if _N_IN_N.match(norm) or _DIM_RE.match(norm) or _ORDINAL_RE.match(norm):
        return False
    if not any(c.isalpha() for c in norm):
        return digits_ok and 3 <= len(norm) <= 10 and not _YEAR_RE.match(norm)
    return len(norm) >= 4


def _context_lists(text: str, where: str, out: dict[str, ModelNumber]) -> None:
    """"model numbers 5100, 5100L and 5120": every listed code, digits-only ones included."""
    for m in _MODEL_CTX_RE.finditer(text):
        if _NOT_MODEL_CTX_RE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        for raw in re.split(r"\s*(?:,|\band\b|\bor\b|/|&|;)\s*", m.group("list")):
            raw = raw.strip("\"“”'. ")
            if raw and is_code(raw, digits_ok=True, context=True):
                out.setdefault(normalize_code(raw), ModelNumber(raw, normalize_code(raw), where, True))


def _context_sentences(text: str, where: str, out: dict[str, ModelNumber]) -> None:
    """The rest of a sentence that names models lists more ("Models 905e Auto Steamer, 915e ...")."""
    for m in _MODEL_KEY_RE.finditer(text):
        if _NOT_MODEL_CTX_RE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        tail = _SENTENCE_END_RE.split(text[m.end():m.end() + 240], maxsplit=1)[0]
        for c in CODE_RE.finditer(tail):
            raw = c.group(1)
            if (any(ch.isalpha() for ch in raw) and (raw[0].isdigit() or raw[0].isupper())
                    and is_code(raw, context=True) and not wc.UNIT_RE.match(raw.lower())):
                out.setdefault(normalize_code(raw), ModelNumber(raw, normalize_code(raw), where, True))


def find_codes(text: str, where: str) -> list[ModelNumber]:
    """Model numbers in text: context lists, sentences that name models, and free upper-case codes."""
    out: dict[str, ModelNumber] = {}
    _context_lists(text, where, out)
    _context_sentences(text, where, out)
    for m in CODE_RE.finditer(text):
        raw = m.group(1)
        # a free code must look like one: upper-case letters mixed with digits ("BI-B41", "5100L")
        if any(c.isalpha() for c in raw) and not raw.isalpha() and not any(c.islower() for c in raw) \
                and is_code(raw):
            out.setdefault(normalize_code(raw), ModelNumber(raw, normalize_code(raw), where, False))
    return list(out.values())
