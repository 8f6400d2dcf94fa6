"""Reading one catalog product for matching: the head types of its title, its brand, model numbers and
GTINs, and the cues that say which hazards it can have (electrical, heat, water, magnets)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from crossguard.engine.models import CatalogEntry

from . import text as tx
from . import wordclasses as wc
from .codes import CODE_RE, find_gtins, gtin_valid, is_code, normalize_code, normalize_gtin
from .types import TypeSig, VocabularyTypes, analyse

#: Brand column values that name no brand.
PLACEHOLDER_BRANDS = frozenset(
    "unknown generic na none other others unbranded oem brand misc various nobrand noname not applicable".split()
) | {"no brand", "not applicable", "n a", "no name"}

ELECTRIC_CUES = frozenset(tx.stems(
    "battery batteries rechargeable electric electrical electronic usb charger charging volt watt lithium "
    "plug powered power led heated heater light lamp cord corded cordless wireless bluetooth smart motor "
    "motorized wifi solar adapter mains remote sound lights bulb charge digital".split()))
HEAT_CUES = frozenset(tx.stems(
    "heat heated heater hot steam cook cooker kettle pan pot stove candle lighter iron grill oven toaster "
    "fryer warmer dryer straightener curling".split()))
WATER_CUES = frozenset(tx.stems("bath pool swim water float tub snorkel shower beach inflatable".split()))
UNIT_ELECTRIC_RE = re.compile(r"^\d+(?:\.\d+)?(?:v|w|mah|wh|kw|vac|vdc|a)$")
_DIGIT_RE = re.compile(r"\d")
_PET_RE = re.compile(r"\bfor\s+(?:dogs?|cats?|pets?|puppies|kittens)\b")
_NOT_CODE_AFTER = frozenset(
    "pack packs piece pieces pcs pc count ct psi mah watt watts w volt volts v lb lbs oz ml ft inch inches cm mm "
    "sheets pages cards tiles beads balls pairs sets rolls feet yards thread threads tc gsm".split()
)


def brand_tokens(brand: str, title_toks: list[str]) -> tuple[str, ...]:
    """The brand's folded tokens; none for a placeholder, or for an ordinary one-word "brand" the title
    does not carry (a brand column holding "White" for a bra titled without it is a colour)."""
    toks = tuple(tx.words(brand))
    if not toks or " ".join(toks) in PLACEHOLDER_BRANDS:
        return ()
    if len(toks) == 1 and tx.is_ordinary(toks[0]) and toks[0] not in title_toks:
        squashed = {"".join(title_toks[j:j + n]) for n in (2, 3) for j in range(len(title_toks))}
        if toks[0] not in squashed:
            return ()
    return toks


def _main_segment(segs: list[list[str]], brand: tuple[str, ...]) -> list[str]:
    """The first part of a title that names a product, with a leading brand removed."""
    for seg in segs:
        toks = list(seg)
        if brand and tuple(toks[:len(brand)]) == brand:
            toks = toks[len(brand):]
        if any(t.isalpha() and len(t) > 2 and not wc.is_descriptor(t) for t in toks):
            return toks
    return list(segs[0]) if segs else []


def title_sigs(title: str, brand: tuple[str, ...], types: VocabularyTypes) -> list[TypeSig]:
    """Head types of the title's main part; "Fan and White Noise Machine" is both products."""
    segs = tx.segments(title)
    main = _main_segment(segs, brand)
    if not main:
        return []
    parts: list[list[str]] = [[]]
    for t in main:
        if t in ("and", "or") and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(t)
    out: list[TypeSig] = []
    if len(parts) > 1 and all(parts):
        for part in parts:
            sig = analyse(part, types, names=brand)
            if sig is not None and (sig.types or tx.zipf(sig.head) >= tx.COMMON_ZIPF):
                out.append(sig)
    if not out:
        sig = analyse(main, types, names=brand)
        if sig is not None:
            out.append(sig)
    if all(x.generic for x in out):
        # "Pull String Toy for Babies, Silicone Teether": a main part that only says "toy" leaves the kind
        # to a later part
        start = next((k for k, seg in enumerate(segs) if seg[-len(main):] == main), 0)
        for seg in segs[start + 1:start + 3]:
            sig = analyse(seg, types, names=brand)
            if sig is not None and sig.types and not sig.generic:
                out.append(sig)
                break
    return out


def trailing_head(sig: TypeSig | None) -> str | None:
    """An ordinary noun after the last known type word ("Bed Assist Rail"): a possible head too."""
    if sig is None or not sig.types or not sig.text:
        return None
    last = sig.text.split()[-1]
    st = tx.stem(last)
    if (st != sig.head and last.isalpha() and len(last) > 2 and not wc.is_descriptor(last)
            and st not in wc.CONTAINER_WORDS and st not in wc.CLASS_WORDS and not wc.looks_adjective(last)
            and tx.zipf(last) >= tx.COMMON_ZIPF and st not in sig.head_terms):
        return st
    return None


@lru_cache(maxsize=65_536)
def category_stems(category: str) -> frozenset[str]:
    """Stems of a category path's words (paths repeat across a catalog: computed once each)."""
    return frozenset(tx.stems(tx.words(category)))


def is_pet(title: str, category: str) -> bool:
    return bool(category_stems(category) & {"pet", "dog"}) or bool(_PET_RE.search(tx.fold(title)))


def codes(title: str, entry: CatalogEntry) -> frozenset[str]:
    """Model-number-like tokens of a title, the product's `model` and the listings' identifiers."""
    out: set[str] = set()
    toks = list(CODE_RE.finditer(title)) if _DIGIT_RE.search(title) else []
    for j, m in enumerate(toks):
        raw = m.group(1)
        if not _DIGIT_RE.search(raw):
            continue
        if raw.isdigit():
            nxt = toks[j + 1].group(1).lower() if j + 1 < len(toks) else ""
            prev = toks[j - 1].group(1).lower() if j else ""
            if nxt not in _NOT_CODE_AFTER and prev not in ("x", "size", "of", "set", "pack") \
                    and is_code(raw, digits_ok=True):
                out.add(normalize_code(raw))
        elif is_code(raw):
            out.add(normalize_code(raw))
    model = entry.product.model
    if model and is_code(model, digits_ok=True, context=True):
        out.add(normalize_code(model))
    for identifier in _identifiers(entry):
        out.update(normalize_code(m.group(1)) for m in CODE_RE.finditer(identifier) if is_code(m.group(1)))
    return frozenset(out)


def gtins(title: str, entry: CatalogEntry) -> frozenset[str]:
    out: set[str] = set(find_gtins(title))
    if entry.product.gtin:
        digits = re.sub(r"\D", "", entry.product.gtin)
        if gtin_valid(digits):
            out.add(normalize_gtin(digits))
    for identifier in _identifiers(entry):
        out.update(find_gtins(identifier))
    return frozenset(out)


def _identifiers(entry: CatalogEntry) -> Iterable[str]:
    return {listing.product_identifier for listing in entry.listings if listing.product_identifier}
