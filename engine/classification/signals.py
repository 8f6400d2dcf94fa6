"""What one signal says about a product: the signals' names and the candidate type a signal names.

Every reader (the title's, a category path's, an HS code's, a description's) hands the choice the same small
record, a `Candidate`, so the readers and the choice between them can live in modules of their own without
importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass

from .matcher import Hit
from .normalise import CJK_MARK

SIGNAL_ATTRIBUTES = "attributes"
SIGNAL_HS = "hs_code"
SIGNAL_PRODUCT_TYPE = "product_type"
SIGNAL_CATEGORY = "category"
SIGNAL_TITLE = "title"
SIGNAL_DESCRIPTION = "description"
SIGNAL_LINE = "product_line"
SIGNAL_BRAND = "brand"
SIGNAL_NONE = "none"
SIGNAL_OVERRIDE = "override"

@dataclass(slots=True)
class Candidate:
    """A type (or a bucket of alternative types) named by one signal."""

    types: tuple[str, ...]
    signal: str
    evidence: str
    bucket: bool = False
    target: bool = False  # the title named the type only as what the product is for ("... for Model Car")
    part: bool = False  # the title also names a part or accessory word ("Spare Part ... RC Helicopter Ball Link")
    sub: bool = False  # the title named the type only in a "with" part: its main phrase names nothing (`_choose`)
    word: str = ""  # the phrase that named it (title or one-kind category segment): a description may narrow it
    also: tuple[str, str] | None = None  # a second product the title names ("A and B"): (type, evidence)
    vetoed: tuple[str, ...] = ()  # a taxonomy path's leaf read as these types, outside its branch: as the title may
    branch: frozenset[str] | None = None  # a category entry's own type: the kinds its branch holds
    in_shelf: bool = False  # the title's word is a word of the shelf's own leaf ("skin" on Skin Cleansing Brushes)
    powered: bool = False  # a machine part the title's own power word makes powered ("Electric ... Air Freshener")


def matched_word(padded: str, hit: Hit) -> str:
    """The matched phrase as the reader sees it (without CJK marks)."""
    word = padded[hit.start : hit.end]
    return word.replace(CJK_MARK, "") if CJK_MARK in word else word
